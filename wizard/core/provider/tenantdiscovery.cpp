#include "wizard/core/provider/tenantdiscovery.h"

#include "wizard/core/provider/accountkind.h"
#include "wizard/core/provider/providerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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

TenantDiscoveryAnswer failure(const QString &problem)
{
    TenantDiscoveryAnswer answer;
    answer.problem = problem;
    return answer;
}

} // namespace

TenantDiscovery::TenantDiscovery(QObject *parent)
    : QObject(parent)
{
}

TenantDiscovery::~TenantDiscovery()
{
    abort();
}

void TenantDiscovery::setUrlTemplate(const QString &urlTemplate)
{
    m_urlTemplate = urlTemplate.trimmed();
}

QString TenantDiscovery::urlTemplate() const
{
    return m_urlTemplate.isEmpty() ? defaultUrlTemplate : m_urlTemplate;
}

void TenantDiscovery::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

QNetworkAccessManager *TenantDiscovery::networkAccessManager()
{
    if (m_manager)
        return m_manager;
    if (!m_ownManager)
        m_ownManager = new QNetworkAccessManager(this);
    return m_ownManager;
}

void TenantDiscovery::abort()
{
    ++m_run;
    dropReply();
    m_body.clear();
}

void TenantDiscovery::dropReply()
{
    if (!m_reply)
        return;
    // Deleting a reply aborts its request. abort() would too, but Qt 6.4 then warns "error: Internal problem,
    // this method must only be called once" when the answer was already on its way (a queued HTTP error).
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
}

void TenantDiscovery::finishLater(const TenantDiscoveryAnswer &answer)
{
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run, answer] {
        if (run == m_run)
            Q_EMIT finished(answer);
    });
}

void TenantDiscovery::lookUp(const QString &domain)
{
    abort();
    const QUrl url = OAuthSettings::expandDiscoveryUrl(urlTemplate(), domain);
    if (!url.isValid()) {
        finishLater(failure(u"unusable discovery address template %1"_s.arg(urlTemplate())));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_reply = networkAccessManager()->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply)
            return;
        m_body += m_reply->read(maxAnswerBytes + 1 - m_body.size());
        if (m_body.size() > maxAnswerBytes) {
            dropReply();
            m_body.clear();
            finishLater(failure(u"answer larger than %1 bytes"_s.arg(maxAnswerBytes)));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &TenantDiscovery::onReplyFinished);
}

void TenantDiscovery::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_body += reply->read(maxAnswerBytes + 1 - m_body.size());
    const QByteArray body = m_body;
    m_body.clear();
    if (body.size() > maxAnswerBytes) {
        Q_EMIT finished(failure(u"answer larger than %1 bytes"_s.arg(maxAnswerBytes)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Q_EMIT finished(interpret(status, body, status == 0 ? reply->errorString() : QString()));
}

TenantDiscoveryAnswer TenantDiscovery::interpret(int httpStatus, const QByteArray &body, const QString &networkError)
{
    if (httpStatus <= 0)
        return failure(u"no answer (%1)"_s.arg(networkError.isEmpty() ? u"no HTTP status"_s : networkError.left(300)));
    if (body.size() > maxAnswerBytes)
        return failure(u"answer larger than %1 bytes"_s.arg(maxAnswerBytes));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200) {
        const QString issuer = json.value(u"issuer"_s).toString();
        const QString tenant = tenantOfIssuer(issuer);
        if (tenant.isEmpty()) {
            return failure(u"HTTP 200 without a tenant id in its issuer (%1)"_s.arg(
                issuer.isEmpty() ? u"none"_s : issuer.left(200)));
        }
        TenantDiscoveryAnswer answer;
        answer.answer = tenant == MicrosoftTenants::consumersId ? TenantDiscoveryAnswer::Answer::Consumers
                                                                : TenantDiscoveryAnswer::Answer::Tenant;
        answer.tenantId = tenant;
        answer.evidence = u"issuer %1"_s.arg(issuer.left(200));
        return answer;
    }
    const QString description = firstLine(json.value(u"error_description"_s).toString());
    if (httpStatus >= 400 && httpStatus < 500 && isTenantNotFound(json)) {
        TenantDiscoveryAnswer answer;
        answer.answer = TenantDiscoveryAnswer::Answer::TenantNotFound;
        answer.evidence = u"discovery HTTP %1: %2"_s.arg(QString::number(httpStatus),
                                                          description.isEmpty() ? u"AADSTS90002"_s : description);
        return answer;
    }
    return failure(u"HTTP %1%2"_s.arg(QString::number(httpStatus),
                                      description.isEmpty() ? QString() : u": "_s + description));
}

QString TenantDiscovery::tenantOfIssuer(const QString &issuer)
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
