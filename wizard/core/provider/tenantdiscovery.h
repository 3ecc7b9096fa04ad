// Asks Microsoft's OpenID discovery document of a domain which tenant the domain belongs to: a work tenant (its id
// in the issuer), the consumers tenant (a personal account), or none (AADSTS90002, "tenant not found"). One of the
// account-kind detector's two lookups; the other is MxResolver. interpret() is the pure reading of the answer
// (fuzzed as tests/fuzz/fuzz_tenantdiscovery); TenantDiscovery makes the request and bounds what it reads. The
// time limit is the detector's, as for the MX lookup.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// What the discovery document said, for the detector to combine; no words for people (evidence and problem are
// for the helpdesk).
struct TenantDiscoveryAnswer {
    enum class Answer { None, Tenant, Consumers, TenantNotFound };
    Answer answer = Answer::None;
    QString tenantId; // lower-case, for Answer::Tenant and Answer::Consumers
    QString evidence; // the issuer, or the AADSTS90002 line
    QString problem;  // for Answer::None: why there is no usable answer
};

class TenantDiscovery : public QObject
{
    Q_OBJECT
public:
    // Microsoft's discovery document, "{domain}" standing for the domain.
    static inline const QString defaultUrlTemplate =
        QStringLiteral("https://login.microsoftonline.com/{domain}/v2.0/.well-known/openid-configuration");
    // Microsoft's discovery documents are about 2 KB; anything far larger is not one.
    static constexpr qsizetype maxAnswerBytes = 256 * 1024;

    explicit TenantDiscovery(QObject *parent = nullptr);
    ~TenantDiscovery() override;

    // Where to ask, "{domain}" standing for the domain (a provider profile's oauth.discoveryUrl); empty:
    // defaultUrlTemplate. An unusable template (see OAuthSettings::expandDiscoveryUrl) makes the lookup fail.
    void setUrlTemplate(const QString &urlTemplate);
    QString urlTemplate() const;
    // The manager to share (not owned); otherwise one is made on first use.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    // Starts asking about `domain` (ACE); finished() follows once, never from within this call, unless abort()
    // comes first. A lookup still running is abandoned.
    void lookUp(const QString &domain);
    // Stops the running lookup; no finished() follows.
    void abort();

    // What an HTTP answer says: `httpStatus` 0 means no HTTP answer at all (`networkError` then says why).
    static TenantDiscoveryAnswer interpret(int httpStatus, const QByteArray &body, const QString &networkError = {});
    // The tenant id in an issuer such as https://login.microsoftonline.com/{tid}/v2.0 (or sts.windows.net/{tid}/),
    // lower-case; empty when there is none.
    static QString tenantOfIssuer(const QString &issuer);

Q_SIGNALS:
    void finished(const TenantDiscoveryAnswer &answer);

private:
    void onReplyFinished();
    void finishLater(const TenantDiscoveryAnswer &answer);
    void dropReply();
    QNetworkAccessManager *networkAccessManager();

    QString m_urlTemplate;
    QPointer<QNetworkAccessManager> m_manager;
    QNetworkAccessManager *m_ownManager = nullptr;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    quint64 m_run = 0;
};
