#include "tests/support/sandboxenvironment.h"

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
