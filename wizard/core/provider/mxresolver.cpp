#include "wizard/core/provider/mxresolver.h"

#include <QDnsLookup>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

QString MxResolver::normalizedHost(const QString &host)
{
    QString normalized = host.trimmed().toLower();
    if (normalized.endsWith(u'.'))
        normalized.chop(1);
    return normalized;
}

DnsMxResolver::DnsMxResolver(QObject *parent)
    : MxResolver(parent)
{
}

DnsMxResolver::~DnsMxResolver()
{
    abort();
}

bool DnsMxResolver::supportsNameserverPort(quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return port != 0;
#else
    // QDnsLookup::setNameserver() takes an address only; the Unix backend asks it on port 53.
    return port == 53;
#endif
}

void DnsMxResolver::setNameserver(const QHostAddress &address, quint16 port)
{
    m_nameserver = address;
    m_nameserverPort = port;
}

void DnsMxResolver::abort()
{
    ++m_run;
    if (!m_dns)
        return;
    // abort() emits finished() at once; the resolver thread runs on and its answer is dropped.
    m_dns->disconnect(this);
    m_dns->abort();
    m_dns->deleteLater();
    m_dns = nullptr;
}

void DnsMxResolver::finishLater(const MxAnswer &answer)
{
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run, answer] {
        if (run == m_run)
            Q_EMIT finished(answer);
    });
}

void DnsMxResolver::lookUp(const QString &domain)
{
    abort();
    if (!m_nameserver.isNull() && !supportsNameserverPort(m_nameserverPort)) {
        finishLater({false, {},
                     u"Qt %1 asks a chosen DNS server on port 53 only, not on port %2"_s.arg(
                         QString::fromLatin1(qVersion()), QString::number(m_nameserverPort))});
        return;
    }
    m_dns = new QDnsLookup(QDnsLookup::MX, domain, this);
    if (!m_nameserver.isNull()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        m_dns->setNameserver(m_nameserver, m_nameserverPort);
#else
        m_dns->setNameserver(m_nameserver);
#endif
    }
    connect(m_dns, &QDnsLookup::finished, this, &DnsMxResolver::onLookupFinished);
    m_dns->lookup();
}

void DnsMxResolver::onLookupFinished()
{
    QDnsLookup *dns = m_dns;
    if (!dns)
        return;
    m_dns = nullptr;
    dns->deleteLater();
    MxAnswer answer;
    // Only a real answer counts. Qt 6.4 gives InvalidReplyError for a time-out, a refused query and a "no such
    // domain" alike, and some resolvers say "no such domain" for everything when offline: none of these tells
    // that the domain has no mail servers.
    if (dns->error() != QDnsLookup::NoError) {
        answer.problem = u"no answer (%1: %2)"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<QDnsLookup::Error>().valueToKey(int(dns->error()))),
            dns->errorString());
        Q_EMIT finished(answer);
        return;
    }
    QList<QDnsMailExchangeRecord> records = dns->mailExchangeRecords();
    std::stable_sort(records.begin(), records.end(),
                     [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                         return a.preference() < b.preference();
                     });
    answer.answered = true;
    for (const QDnsMailExchangeRecord &record : std::as_const(records))
        answer.hosts.append(normalizedHost(record.exchange()));
    Q_EMIT finished(answer);
}
