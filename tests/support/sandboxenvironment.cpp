#include "tests/support/sandboxenvironment.h"

#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

bool SandboxEnvironment::load(QString *error)
{
    const QString envFile = qEnvironmentVariable("MAILSETUP_SANDBOX_ENV");
    if (envFile.isEmpty()) {
        *error = u"MAILSETUP_SANDBOX_ENV is not set: run this test through CTest"_s;
        return false;
    }
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + envFile;
        return false;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith('#') || equals <= 0)
            continue;
        QString text = QString::fromUtf8(line.mid(equals + 1)).trimmed();
        if (text.size() >= 2 && (text.startsWith(u'\'') || text.startsWith(u'"')))
            text = text.mid(1, text.size() - 2);
        m_values.insert(QString::fromUtf8(line.left(equals)).remove("export "_L1).trimmed(), text);
    }
    return true;
}

QString SandboxEnvironment::fileContents(const QString &key) const
{
    QFile file(value(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool SandboxEnvironment::inboxHas(const QByteArray &needle) const
{
    const QString maildir = value(u"SANDBOX_MAILDIR"_s);
    for (const QString &folder : { u"new"_s, u"cur"_s }) {
        QDirIterator files(maildir + u'/' + folder, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
    }
    return false;
}
