#include "wizard/core/provider/accountkinddetector.h"

#include "wizard/core/provider/personaldomains.h"
#include "wizard/core/provider/providerprofile.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAccountKind, "mailsetup.provider.kind")

using namespace Qt::StringLiterals;

namespace {

template<typename Enum>
QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

} // namespace

AccountKindDetector::AccountKindDetector(QObject *parent)
    : QObject(parent)
    , m_timeLimit(new QTimer(this))
    , m_mxTimer(new QTimer(this))
    , m_discoveryTimer(new QTimer(this))
    , m_tenantDiscovery(new TenantDiscovery(this))
{
    for (QTimer *timer : {m_timeLimit, m_mxTimer, m_discoveryTimer})
        timer->setSingleShot(true);
    connect(m_timeLimit, &QTimer::timeout, this, &AccountKindDetector::onTimeLimit);
    setMxResolver(nullptr);
    connect(m_tenantDiscovery, &TenantDiscovery::finished, this, &AccountKindDetector::onDiscoveryFinished);
    connect(m_mxTimer, &QTimer::timeout, this,
            [this] { failMx(u"no answer within %1 ms"_s.arg(m_lookupTimeLimitMs)); });
    connect(m_discoveryTimer, &QTimer::timeout, this,
            [this] { failDiscovery(u"no answer within %1 ms"_s.arg(m_lookupTimeLimitMs)); });
}

AccountKindDetector::~AccountKindDetector()
{
    abort();
}

// --- settings -------------------------------------------------------------------------------------------------

void AccountKindDetector::setTimeLimitMs(int ms)
{
    m_timeLimitMs = std::max(1, ms);
}

int AccountKindDetector::timeLimitMs() const
{
    return m_timeLimitMs;
}

void AccountKindDetector::setLookupTimeLimitMs(int ms)
{
    m_lookupTimeLimitMs = std::max(1, ms);
}

int AccountKindDetector::lookupTimeLimitMs() const
{
    return m_lookupTimeLimitMs;
}

void AccountKindDetector::startLookupTimer(QTimer *timer)
{
    // A lookup limit at or beyond the overall one would only race it: the overall limit then ends the lookup.
    if (m_lookupTimeLimitMs < m_timeLimitMs)
        timer->start(m_lookupTimeLimitMs);
}

void AccountKindDetector::setNameserver(const QHostAddress &address, quint16 port)
{
    if (auto *dns = qobject_cast<DnsMxResolver *>(m_mxResolver))
        dns->setNameserver(address, port);
}

void AccountKindDetector::setMxResolver(MxResolver *resolver)
{
    if (m_mxResolver) {
        m_mxResolver->abort();
        m_mxResolver->disconnect(this);
        m_mxResolver->deleteLater();
    }
    m_mxResolver = resolver ? resolver : new DnsMxResolver;
    m_mxResolver->setParent(this);
    connect(m_mxResolver, &MxResolver::finished, this, &AccountKindDetector::onMxFinished);
}

QHostAddress AccountKindDetector::nameserver() const
{
    const auto *dns = qobject_cast<const DnsMxResolver *>(m_mxResolver);
    return dns ? dns->nameserver() : QHostAddress();
}

quint16 AccountKindDetector::nameserverPort() const
{
    const auto *dns = qobject_cast<const DnsMxResolver *>(m_mxResolver);
    return dns ? dns->nameserverPort() : 53;
}

void AccountKindDetector::setDiscoveryUrl(const QString &urlTemplate)
{
    m_tenantDiscovery->setUrlTemplate(urlTemplate);
}

QString AccountKindDetector::discoveryUrl() const
{
    return m_tenantDiscovery->urlTemplate();
}

void AccountKindDetector::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_tenantDiscovery->setNetworkAccessManager(manager);
}

bool AccountKindDetector::supportsNameserverPort(quint16 port)
{
    return DnsMxResolver::supportsNameserverPort(port);
}

// --- pure helpers ---------------------------------------------------------------------------------------------

AccountKindDetector::Kind AccountKindDetector::kindOfMailServer(const QString &mxHost)
{
    const QString host = MxResolver::normalizedHost(mxHost);
    // Outlook.com's inbound servers, e.g. eur.olc.protection.outlook.com (ispdb hotmail.com.xml names them).
    if (host.endsWith(".olc.protection.outlook.com"_L1))
        return Kind::Personal;
    // Exchange Online: contoso-com.mail.protection.outlook.com; with DNSSEC (inbound SMTP DANE) the newer
    // contoso-com.<id>.mx.microsoft.
    if (host.endsWith(".mail.protection.outlook.com"_L1) || host.endsWith(".mx.microsoft"_L1))
        return Kind::Work;
    return Kind::Unknown;
}

// --- detection ------------------------------------------------------------------------------------------------

bool AccountKindDetector::isRunning() const
{
    return m_running;
}

AccountKindDetector::Result AccountKindDetector::result() const
{
    return m_result;
}

void AccountKindDetector::abort()
{
    ++m_run;
    m_running = false;
    stopLookups();
}

void AccountKindDetector::stopLookups()
{
    m_timeLimit->stop();
    m_mxTimer->stop();
    m_discoveryTimer->stop();
    m_mxResolver->abort();
    m_tenantDiscovery->abort();
}

void AccountKindDetector::detect(const QString &address)
{
    abort();
    m_running = true;
    m_elapsed.start();
    m_mx = {};
    m_discovery = {};
    m_address = EmailAddress::check(address);

    Result result;
    result.address = m_address.normalized;
    result.domain = m_address.domain;
    if (!m_address.isValid()) {
        result.kind = Kind::Unknown;
        result.reason = Reason::InvalidAddress;
        result.addressProblem = m_address.problem;
        result.evidence = u"address: %1"_s.arg(enumName(m_address.problem));
        finishLater(result);
        return;
    }
    // No lookup at all: nothing about the address leaves the machine.
    if (PersonalDomains::contains(m_address.domain)) {
        result.kind = Kind::Personal;
        result.reason = Reason::PersonalDomain;
        result.evidence = u"personal domains list: %1"_s.arg(m_address.domain);
        finishLater(result);
        return;
    }

    const quint64 run = m_run;
    m_holdDecision = true;
    m_timeLimit->start(m_timeLimitMs);
    startMxLookup(m_address.domain);
    startDiscovery(m_address.domain);
    m_holdDecision = false;
    // A lookup that could not even start may already decide; finished() must still come later.
    if (m_mx.done || m_discovery.done) {
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                finishIfDecided();
        });
    }
}

void AccountKindDetector::startMxLookup(const QString &domain)
{
    startLookupTimer(m_mxTimer);
    m_mxResolver->lookUp(domain);
}

void AccountKindDetector::onMxFinished(const MxAnswer &answer)
{
    if (!m_running || m_mx.done)
        return;
    m_mxTimer->stop();
    m_mx.done = true;
    m_mx.answered = answer.answered;
    m_mx.hosts = answer.hosts;
    m_mx.problem = answer.problem;
    finishIfDecided();
}

void AccountKindDetector::failMx(const QString &problem)
{
    m_mxResolver->abort();
    m_mxTimer->stop();
    m_mx.done = true;
    m_mx.answered = false;
    m_mx.problem = problem;
    finishIfDecided();
}

void AccountKindDetector::startDiscovery(const QString &domain)
{
    startLookupTimer(m_discoveryTimer);
    m_tenantDiscovery->lookUp(domain);
}

void AccountKindDetector::onDiscoveryFinished(const TenantDiscoveryAnswer &answer)
{
    if (!m_running || m_discovery.done)
        return;
    m_discoveryTimer->stop();
    m_discovery = {};
    static_cast<TenantDiscoveryAnswer &>(m_discovery) = answer;
    m_discovery.done = true;
    finishIfDecided();
}

void AccountKindDetector::failDiscovery(const QString &problem)
{
    m_tenantDiscovery->abort();
    m_discoveryTimer->stop();
    m_discovery = {};
    m_discovery.done = true;
    m_discovery.problem = problem;
    finishIfDecided();
}

void AccountKindDetector::onTimeLimit()
{
    if (!m_running)
        return;
    const QString problem = u"no answer within the overall limit of %1 ms"_s.arg(m_timeLimitMs);
    m_holdDecision = true; // decide once, below, with both outcomes final
    if (!m_mx.done)
        failMx(problem);
    if (!m_discovery.done)
        failDiscovery(problem);
    m_holdDecision = false;
    finish(combine());
}

void AccountKindDetector::finishIfDecided()
{
    if (!m_running || m_holdDecision)
        return;
    const Result decided = combine();
    // Nothing outranks an MX host of Outlook.com, so discovery need not be awaited.
    const bool final = (m_mx.done && m_discovery.done)
        || (m_mx.done && decided.reason == Reason::OutlookComMx);
    if (final)
        finish(decided);
}

AccountKindDetector::Result AccountKindDetector::combine() const
{
    Result result;
    result.address = m_address.normalized;
    result.domain = m_address.domain;
    result.mxHosts = m_mx.hosts;

    QString microsoftHost;
    Kind mxKind = Kind::Unknown;
    for (const QString &host : m_mx.hosts) {
        mxKind = kindOfMailServer(host);
        if (mxKind != Kind::Unknown) {
            microsoftHost = host;
            break;
        }
    }
    const QString mxSummary = !m_mx.done ? u"MX: pending"_s
        : !m_mx.answered               ? u"MX: %1"_s.arg(m_mx.problem)
        : m_mx.hosts.isEmpty()         ? u"MX: no records"_s
                                       : u"MX %1"_s.arg(m_mx.hosts.join(u", "_s));
    const QString discoverySummary = !m_discovery.done ? u"discovery: pending"_s
        : m_discovery.answer == TenantDiscoveryAnswer::Answer::None ? u"discovery: %1"_s.arg(m_discovery.problem)
                                                               : m_discovery.evidence;
    using Answer = TenantDiscoveryAnswer::Answer;

    if (mxKind == Kind::Personal) {
        result.kind = Kind::Personal;
        result.reason = Reason::OutlookComMx;
        result.evidence = u"MX %1"_s.arg(microsoftHost);
    } else if (mxKind == Kind::Work) {
        result.kind = Kind::Work;
        result.reason = Reason::Microsoft365Mx;
        result.evidence = u"MX %1"_s.arg(microsoftHost);
        if (m_discovery.answer == Answer::Tenant) {
            result.tenantId = m_discovery.tenantId;
            result.evidence += u"; "_s + m_discovery.evidence;
        }
    } else if (m_discovery.answer == Answer::Tenant) {
        result.kind = Kind::Work;
        result.reason = Reason::Microsoft365Tenant;
        result.tenantId = m_discovery.tenantId;
        result.evidence = m_discovery.evidence + u"; "_s + mxSummary;
    } else if (m_discovery.answer == Answer::Consumers) {
        result.kind = Kind::Personal;
        result.reason = Reason::ConsumersTenant;
        result.evidence = m_discovery.evidence + u"; "_s + mxSummary;
    } else if (m_discovery.answer == Answer::TenantNotFound) {
        result.kind = Kind::NotMicrosoft;
        result.reason = Reason::TenantNotFound;
        result.evidence = m_discovery.evidence + u"; "_s + mxSummary;
    } else if (m_mx.answered) {
        result.kind = Kind::NotMicrosoft;
        result.reason = Reason::OtherMailServers;
        result.evidence = mxSummary + u"; "_s + discoverySummary;
    } else {
        result.kind = Kind::Unknown;
        result.reason = Reason::NoNetworkAnswer;
        result.evidence = mxSummary + u"; "_s + discoverySummary;
    }
    return result;
}

void AccountKindDetector::finishLater(Result result)
{
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run, result] {
        if (run == m_run && m_running)
            finish(result);
    });
}

void AccountKindDetector::finish(Result result)
{
    stopLookups();
    m_running = false;
    result.elapsedMs = m_elapsed.elapsed();
    m_result = result;
    qCInfo(lcAccountKind).noquote() << u"%1: %2 (%3) in %4 ms; %5"_s.arg(
        result.domain.isEmpty() ? u"(no domain)"_s : result.domain, enumName(result.kind), enumName(result.reason),
        QString::number(result.elapsedMs), result.evidence);
    Q_EMIT finished(result);
}
