#include "tests/support/memorymxresolver.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

MemoryMxResolver::MemoryMxResolver(const QHash<QString, QStringList> &records, QObject *parent)
    : MxResolver(parent)
{
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        m_records.insert(it.key().toLower(), it.value());
}

void MemoryMxResolver::abort()
{
    ++m_run;
}

void MemoryMxResolver::lookUp(const QString &domain)
{
    abort();
    const QString name = domain.toLower();
    m_queried.append(name);
    if (m_silent)
        return;
    MxAnswer answer;
    if (m_refusing) {
        answer.problem = u"no answer (ServerFailureError: refused)"_s;
    } else if (const auto found = m_records.constFind(name); found == m_records.cend()) {
        answer.problem = u"no answer (NotFoundError: NXDOMAIN)"_s;
    } else {
        QList<std::pair<int, QString>> byPreference;
        for (const QString &entry : *found)
            byPreference.append({entry.section(u' ', 0, 0).toInt(), entry.section(u' ', 1)});
        std::stable_sort(byPreference.begin(), byPreference.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        answer.answered = true;
        for (const auto &[preference, host] : std::as_const(byPreference))
            answer.hosts.append(normalizedHost(host));
    }
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run, answer] {
        if (run == m_run)
            Q_EMIT finished(answer);
    });
}
