#include "wizard/core/provider/accountkinddetector.h"

#include "wizard/core/provider/personaldomains.h"
#include "wizard/core/provider/providerprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAccountKind, "mailsetup.provider.kind")

using namespace Qt::StringLiterals;

namespace {

// Microsoft's discovery documents are about 2 KB; anything far larger is not one.
constexpr qsizetype maxDiscoveryBytes = 256 * 1024;


// The tenant id in an issuer such as https://login.microsoftonline.com/{tid}/v2.0 (or sts.windows.net/{tid}/).
QString tenantOfIssuer(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.size() == 36 && !QUuid::fromString(segment).isNull())
            return segment.toLower();
    }
    return {};
}

// The first line of an AADSTS description ("AADSTS90002: Tenant '...' not found. ..."), without the trace ids.
QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed().left(300);
}

bool isTenantNotFound(const QJsonObject &body)
{
    const QJsonArray codes = body.value(u"error_codes"_s).toArray();
    if (std::any_of(codes.begin(), codes.end(), [](const QJsonValue &code) { return code.toInt() == 90002; }))
        return true;
    return body.value(u"error_description"_s).toString().startsWith("AADSTS90002:"_L1);
}

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
{
    for (QTimer *timer : {m_timeLimit, m_mxTimer, m_discoveryTimer})
        timer->setSingleShot(true);
    connect(m_timeLimit, &QTimer::timeout, this, &AccountKindDetector::onTimeLimit);
    setMxResolver(nullptr);
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
    m_discoveryUrl = urlTemplate.trimmed();
}

QString AccountKindDetector::discoveryUrl() const
{
    return m_discoveryUrl.isEmpty() ? defaultDiscoveryUrl : m_discoveryUrl;
}

void AccountKindDetector::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

QNetworkAccessManager *AccountKindDetector::networkAccessManager()
{
    if (m_manager)
        return m_manager;
    if (!m_ownManager)
        m_ownManager = new QNetworkAccessManager(this);
    return m_ownManager;
}

bool AccountKindDetector::supportsNameserverPort(quint16 port)
{
    return DnsMxResolver::supportsNameserverPort(port);
}

// --- pure helpers ---------------------------------------------------------------------------------------------

QStringList AccountKindDetector::personalDomains()
{
    return PersonalDomains::all();
}

bool AccountKindDetector::isPersonalDomain(const QString &domain)
{
    return PersonalDomains::contains(domain);
}

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
    dropReply();
    m_body.clear();
}

void AccountKindDetector::dropReply()
{
    if (!m_reply)
        return;
    // Deleting a reply aborts its request. abort() would too, but Qt 6.4 then warns "error: Internal problem,
    // this method must only be called once" when the answer was already on its way (a queued HTTP error).
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
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
    if (isPersonalDomain(m_address.domain)) {
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
    const QUrl url = OAuthSettings::expandDiscoveryUrl(discoveryUrl(), domain);
    if (!url.isValid()) {
        failDiscovery(u"unusable discovery address template %1"_s.arg(discoveryUrl()));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_body.clear();
    m_reply = networkAccessManager()->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply)
            return;
        m_body += m_reply->read(maxDiscoveryBytes + 1 - m_body.size());
        if (m_body.size() > maxDiscoveryBytes)
            failDiscovery(u"answer larger than %1 bytes"_s.arg(maxDiscoveryBytes));
    });
    connect(m_reply, &QNetworkReply::finished, this, &AccountKindDetector::onDiscoveryFinished);
    startLookupTimer(m_discoveryTimer);
}

void AccountKindDetector::onDiscoveryFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_discoveryTimer->stop();
    m_body += reply->read(maxDiscoveryBytes + 1 - m_body.size());
    const QByteArray body = m_body;
    m_body.clear();
    if (body.size() > maxDiscoveryBytes) {
        failDiscovery(u"answer larger than %1 bytes"_s.arg(maxDiscoveryBytes));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        failDiscovery(u"no answer (%1)"_s.arg(reply->errorString()));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 200) {
        const QString issuer = json.value(u"issuer"_s).toString();
        const QString tenant = tenantOfIssuer(issuer);
        if (tenant.isEmpty()) {
            failDiscovery(u"HTTP 200 without a tenant id in its issuer (%1)"_s.arg(
                issuer.isEmpty() ? u"none"_s : issuer.left(200)));
            return;
        }
        m_discovery.done = true;
        m_discovery.answer = tenant == MicrosoftTenants::consumersId ? DiscoveryOutcome::Answer::Consumers
                                                         : DiscoveryOutcome::Answer::Tenant;
        m_discovery.tenantId = tenant;
        m_discovery.evidence = u"issuer %1"_s.arg(issuer.left(200));
        finishIfDecided();
        return;
    }
    const QString description = firstLine(json.value(u"error_description"_s).toString());
    if (status >= 400 && status < 500 && isTenantNotFound(json)) {
        m_discovery.done = true;
        m_discovery.answer = DiscoveryOutcome::Answer::TenantNotFound;
        m_discovery.evidence = u"discovery HTTP %1: %2"_s.arg(QString::number(status),
                                                               description.isEmpty() ? u"AADSTS90002"_s : description);
        finishIfDecided();
        return;
    }
    failDiscovery(u"HTTP %1%2"_s.arg(QString::number(status),
                                     description.isEmpty() ? QString() : u": "_s + description));
}

void AccountKindDetector::failDiscovery(const QString &problem)
{
    dropReply();
    m_body.clear();
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
        : m_discovery.answer == DiscoveryOutcome::Answer::None ? u"discovery: %1"_s.arg(m_discovery.problem)
                                                               : m_discovery.evidence;
    using Answer = DiscoveryOutcome::Answer;

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
