#pragma once

#include "wizard/core/provider/accountkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

// A stand-in for the Microsoft identity platform (v2.0 endpoints) on loopback, for tests and the offline sandbox.
//
// GET /{tenant}/oauth2/v2.0/authorize behaves as if the user completed the sign-in page at once: it checks the
// request as Microsoft does (client id, redirect URI with the loopback port ignored, response type, scopes, PKCE
// S256) and answers 302 Found to redirect_uri with a single-use code, or with the error the test chose (the user
// cancels, consent is missing, wrong tenant, ...). POST /{tenant}/oauth2/v2.0/token redeems the code (PKCE checked,
// no client secret allowed) and rotates refresh tokens; every error has Microsoft's shape (AADSTS number, trace and
// correlation ids, timestamp). The access tokens it issues are known to GET /tokeninfo, which answers Dovecot's
// oauth2 passdb, so that XOAUTH2 is checked for real: a token is accepted only while it is known, unexpired and
// carries the scope the asking protocol needs (IMAP.AccessAsUser.All for imap, SMTP.Send for smtp), as Outlook does.
// GET /{domain}/v2.0/.well-known/openid-configuration is the OpenID discovery document that tells a Microsoft 365
// domain before sign-in: the issuer names the domain's tenant, and a domain no tenant has gets 400 AADSTS90002.
//
// Stricter than Microsoft on purpose, so that the product cannot lean on leniency: PKCE S256 and the IMAP and SMTP
// scopes are required at authorize, and a refresh token that was used is refused at once (Microsoft lets it live on
// for a while): the product must keep the new one every time.
//
// The HTTP side is a deliberately small HTTP/1.1 server (one request per connection, bounded sizes, a per-connection
// timeout), so tests can also throw garbage at it. Tokens, codes and verifiers are secrets even here: nothing this
// class logs or emits contains one, only redacted() forms.
class FakeIdentityProvider : public QObject
{
    Q_OBJECT

public:
    // What the provider knows about one access token.
    struct TokenGrant {
        QString email;
        QStringList scopes;
        QDateTime expiresAt;
    };

    // One parsed request, as handed to a route.
    struct Request {
        QByteArray method;
        QString path;                          // percent-decoded, without the query
        QByteArray query;                      // still encoded, as received
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        QHash<QString, QString> pathParameters; // the {name} segments of the route's path
    };

    // One answer; the server adds Content-Length, Connection: close and the no-store headers itself.
    struct Response {
        enum class Delivery {
            Answer, // send it
            Close,  // close the connection without a byte
            Hang,   // keep the connection open and never answer
        };
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> extraHeaders;
        Delivery delivery = Delivery::Answer;
        int delayMs = 0;   // wait this long before delivering
        int trickleMs = 0; // > 0: send the answer one byte at a time, this long apart
    };

    // Form fields or query parameters, decoded (application/x-www-form-urlencoded: '+' is a space), in order,
    // duplicates kept.
    struct Fields {
        QList<std::pair<QString, QString>> items;
        bool contains(const QString &name) const;
        QString value(const QString &name) const; // the first one
        int count(const QString &name) const;
        QStringList names() const;
    };

    // The person who completes the sign-in page.
    struct Account {
        QString email;             // the email claim, and the user /tokeninfo names for the tokens issued
        QString preferredUsername; // empty: the email
        QString name;
        QString tenantId;          // tid: personalTenantId for a personal Microsoft account (outlook.com)
        QString objectId;          // oid
    };

    // What the sign-in page does once the browser opens it.
    enum class SignInPage {
        SignsIn,             // signs in and consents at once: redirect with ?code=...&state=...
        UserCancels,         // access_denied, "the user canceled the authentication" (personal account page)
        UserDeclinesConsent, // access_denied, AADSTS65004 "User declined to consent to access the app."
        ConsentRequired,     // consent_required, AADSTS65001 (the organisation restricts user consent)
        NeedsAdminApproval,  // consent_required, AADSTS90094 (the "Need admin approval" page)
        WrongTenant,         // invalid_request, AADSTS50020 (this account does not exist in that tenant)
        InvalidRequest,      // invalid_request, AADSTS9002313 "Invalid request. Request is malformed or invalid."
        NoAnswer,            // 200 with a sign-in page that never redirects: the user walked away
    };
    Q_ENUM(SignInPage)

    // How a refresh token stopped working; each gives Microsoft's invalid_grant for it.
    enum class RefreshTokenEnd {
        Inactive,        // AADSTS700082 "The refresh token has expired due to inactivity..."
        Revoked,         // AADSTS50173 (password changed or reset, sessions revoked)
        SignInFrequency, // AADSTS70043 (a Conditional Access sign-in frequency policy)
    };
    Q_ENUM(RefreshTokenEnd)

    // A failure the next token request(s) get instead of their answer, whatever they asked.
    struct TokenFault {
        enum class Kind {
            Aadsts,          // Microsoft's error body with this error, AADSTS number and text
            ServerErrorPage, // HTTP 5xx with an HTML page, as the service answers when it is unwell
            Garbage,         // HTTP 200, Content-Type application/json, a body that is no JSON at all
            Close,           // the connection closes without an answer (Qt sends the request once more when this
                             // happens: queue it twice for the client to see RemoteHostClosedError)
            DelayOnly,       // the normal answer, after delayMs
            Trickle,         // an answer that looks like tokens (made up: nothing is used up), one byte every
                             // trickleMs: never silent long enough for a per-read time limit
            Hang,            // the request is read and never answered; the connection stays open
            CaptivePortal,   // HTTP 200 with an HTML page, as a hotel network's own sign-in page answers
        };
        Kind kind = Kind::Aadsts;
        int httpStatus = 400;
        QString error;     // OAuth error code: invalid_grant, interaction_required, ...
        int aadstsCode = 0;
        QString text;      // the sentence after "AADSTSnnnnn: "
        int delayMs = 0;   // before answering (or closing)
        int trickleMs = 0; // Trickle: between two bytes

        static TokenFault aadsts(const QString &error, int code, const QString &text, int httpStatus = 400);
        static TokenFault serverErrorPage(int httpStatus = 500);
        static TokenFault garbage();
        static TokenFault closeWithoutAnswer();
        static TokenFault delay(int ms);
        static TokenFault trickle(int msPerByte);
        static TokenFault hang();
        static TokenFault captivePortal();
        TokenFault after(int ms) const; // the same fault, answered after ms
    };

    // The last authorize request, decoded as Microsoft decodes it.
    struct AuthorizeRequest {
        QString tenant;
        QString clientId;
        QString redirectUri;
        QString responseType;
        QStringList scopes;
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
        QString prompt;
        QString loginHint;
        QString domainHint;
        QString responseMode;
        QString nonce;
        Fields parameters; // everything, in order
    };

    // The last token request.
    struct TokenRequest {
        QString tenant;
        QByteArray contentType;
        QByteArray clientRequestId; // the client-request-id header, when sent
        Fields fields;              // empty unless the body was application/x-www-form-urlencoded
    };

    // Inline, so that they are initialised before any static of a file that includes this header.
    static inline const QString imapScope = QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All");
    static inline const QString smtpScope = QStringLiteral("https://outlook.office.com/SMTP.Send");
    static inline const QString popScope = QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All");
    static inline const QString personalTenantId = MicrosoftTenants::consumersId;
    // The sandbox's app registration, and its work tenant and account alex@sandbox.test: a new provider's defaults.
    static inline const QString sandboxClientId = QStringLiteral("sandbox-client");
    static inline const QString sandboxRedirectUri = QStringLiteral("http://localhost/callback");
    static inline const QString sandboxTenantId = QStringLiteral("5a1d0b0e-7e57-4c0d-9a11-5a1db0c5e7e5");
    static inline const QString sandboxObjectId = QStringLiteral("a1e5a1e5-0b1d-4e57-8a11-000000a1e500");
    static Account sandboxAccount();

    explicit FakeIdentityProvider(QObject *parent = nullptr);
    ~FakeIdentityProvider() override;

    // Listens on 127.0.0.1 only; port 0 lets the system pick a free port (read it back with port()).
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    // http://localhost:PORT/{tenant}/oauth2/v2.0/authorize and .../token, as a provider profile names them.
    QUrl authorizeUrl(const QString &tenant = QStringLiteral("common")) const;
    QUrl tokenUrl(const QString &tenant = QStringLiteral("common")) const;

    // --- the app registration and the user ---------------------------------------------------------------------

    // A public client and its redirect URIs ("Mobile and desktop applications"). Registering a client id again
    // replaces its URIs. A new provider knows sandboxClientId with sandboxRedirectUri.
    void registerClient(const QString &clientId, const QStringList &redirectUris);
    void unregisterClient(const QString &clientId);
    QStringList clientIds() const;
    // Who signs in on the page (default: sandboxAccount()).
    void setAccount(const Account &account);
    Account account() const;
    // What the page does (default SignsIn); stays until changed. SignsIn still answers WrongTenant when the account
    // does not fit the authority: a personal account at organizations or at a tenant, a work account at consumers,
    // at another tenant id or at another domain.
    void setSignInPage(SignInPage page);
    // The authorize request must ask for all of these (default imapScope and smtpScope), else invalid_scope.
    // Empty: any scopes, as Microsoft itself allows.
    void setRequiredScopes(const QStringList &scopes);

    // --- lifetimes, revocation ---------------------------------------------------------------------------------

    void setCodeLifetime(qint64 seconds);         // default 600
    void setAccessTokenLifetime(qint64 seconds);  // default 3599; expires_in says the same
    void setRefreshTokenLifetime(qint64 seconds); // of inactivity; default 90 days
    // Every access token issued so far expires now, while its holder still believes expires_in.
    void expireAccessTokens();
    // The refresh token (or all of them) stops working, with the error Microsoft gives for that reason.
    void revokeRefreshToken(const QString &refreshToken, RefreshTokenEnd why = RefreshTokenEnd::Inactive);
    void revokeAllRefreshTokens(RefreshTokenEnd why = RefreshTokenEnd::Inactive);

    // --- OpenID discovery: which tenant a domain belongs to ------------------------------------------------------

    // GET /{domain}/v2.0/.well-known/openid-configuration answers with the discovery document of the domain's
    // tenant: issuer https://login.microsoftonline.com/{tid}/v2.0, as Microsoft's, and endpoints on this provider.
    // A domain that no tenant has gets Microsoft's 400 invalid_tenant, AADSTS90002. Domains match in any case. As
    // at Microsoft, a tenant id works in the domain's place (a known one: of a domain here, of the account, or the
    // consumers tenant), and so do common and organizations (issuer with "{tenantid}") and consumers.
    // A new provider maps sandbox.test to sandboxTenantId.
    void setTenantDomain(const QString &domain, const QString &tenantId);
    void removeTenantDomain(const QString &domain);
    void clearTenantDomains();
    QHash<QString, QString> tenantDomains() const; // lower-case domain -> tenant id
    // Every discovery answer comes this much later (default 0), for time-limit tests.
    void setDiscoveryDelay(int ms);
    int discoveryRequestCount() const;
    // http://localhost:PORT/{domain}/v2.0/.well-known/openid-configuration, for one domain or, with the default,
    // as the template a provider profile's oauth.discoveryUrl takes.
    QString discoveryUrl(const QString &domain = QStringLiteral("{domain}")) const;

    // --- failures and what was asked ---------------------------------------------------------------------------

    // The next `times` token requests get this fault instead of their answer (queued after earlier faults;
    // DelayOnly: the normal answer, later). A faulted request is still counted and recorded, and a code or refresh
    // token in it is not used up.
    void failNextTokenRequest(const TokenFault &fault, int times = 1);
    void clearTokenFaults();
    AuthorizeRequest lastAuthorizeRequest() const;
    TokenRequest lastTokenRequest() const;
    int authorizeRequestCount() const;
    int tokenRequestCount() const;

    // --- the token store /tokeninfo uses -----------------------------------------------------------------------

    void addToken(const QString &token, const QString &email, const QStringList &scopes, qint64 expiresInSeconds);
    void addToken(const QString &token, const TokenGrant &grant);
    void revoke(const QString &token);
    void revokeAll();

    // Tokens also come from a JSON file ([{token, email, scopes, expiresAt}], expiresAt as ISO 8601 or Unix
    // seconds), read again on every token check so a test or the sandbox script can change them while we run.
    // Returns false (with a reason) when the file cannot be read now; later reads keep the last good contents.
    bool setTokenFile(const QString &path, QString *error = nullptr);

    int requestCount() const; // every request, of every endpoint

    // "abcd…(43 chars)": how a token may appear in logs (at most 4 characters, at most a quarter of it).
    static QString redacted(const QString &token);

Q_SIGNALS:
    // A token check was answered; service is the protocol Dovecot named ("imap", "smtp") or empty.
    void tokenChecked(const QString &service, const QString &redactedToken, bool accepted);
    // The authorize endpoint answered: 302 with a code (error empty), 302 with an error (error: its OAuth code),
    // 400 with an error page (error: "AADSTSnnnnn"), or 200 with the page that never answers (error empty).
    void authorizeAnswered(int httpStatus, const QString &error);
    // The token endpoint answered (error empty: tokens were issued; status 0: closed, or never answered);
    // grantType as the request said it. Emitted when the answer is decided, before any injected delay.
    void tokenAnswered(const QString &grantType, int httpStatus, const QString &error);
    // The discovery endpoint answered for this domain (as asked) with this status; emitted before any delay.
    void discoveryAnswered(const QString &domain, int httpStatus);

private:
    using Handler = std::function<Response(const Request &)>;
    struct Route {
        QByteArray method;
        QStringList segments; // "{name}" matches any one segment
        Handler handler;
    };
    struct Connection;
    // What a code stands for until it is redeemed.
    struct CodeGrant {
        QString clientId;
        QString tenant;      // of the authorize path
        QString redirectUri; // exactly as the authorize request sent it
        QStringList scopes;  // as requested, consented by the user at once
        QString codeChallenge;
        QString nonce;
        Account account;
        QDateTime expiresAt;
        bool redeemed = false;
    };
    // One refresh token: current until it is used (then replaced) or ended.
    struct RefreshGrant {
        QString clientId;
        QStringList scopes; // consented
        Account account;
        QDateTime issuedAt;
        QDateTime lastUsedAt;
        bool replaced = false;
        std::optional<RefreshTokenEnd> ended;
    };

    void addRoute(const QByteArray &method, const QString &path, Handler handler);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void forgetConnection(QTcpSocket *socket);
    // Returns true when a complete request was found and answered (or refused) on this connection.
    bool handleBuffered(QTcpSocket *socket, Connection &connection);
    Response dispatch(Request &request);
    void respond(QTcpSocket *socket, const Response &response);
    void deliver(QTcpSocket *socket, const Response &response);

    Response handleTokenInfo(const Request &request);
    Response handleDiscovery(const Request &request);
    Response handleAuthorize(const Request &request);
    Response handleToken(const Request &request);
    Response handleTokenGet(const Request &request);
    Response redeemCode(const Request &request, const Fields &fields, const QString &clientId);
    Response redeemRefreshToken(const Request &request, const Fields &fields, const QString &clientId);
    Response issueTokens(const QString &clientId, const Account &account, const QStringList &consented,
                         const QStringList &requested, const QString &nonce, const QString &replacedRefreshToken);
    Response faultResponse(const TokenFault &fault, const Request &request);
    bool reloadTokenFile(QString *error);
    const TokenGrant *findGrant(const QString &token) const;

    static Response jsonError(int status, const QString &error, const QString &description = {});

    QTcpServer *m_server = nullptr;
    QString m_errorString;
    QList<Route> m_routes;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QString, TokenGrant> m_tokens;
    QHash<QString, TokenGrant> m_fileTokens;
    QString m_tokenFile;
    int m_requestCount = 0;

    QHash<QString, QStringList> m_clients;
    Account m_account;
    SignInPage m_signInPage = SignInPage::SignsIn;
    QStringList m_requiredScopes;
    qint64 m_codeLifetime = 600;
    qint64 m_accessTokenLifetime = 3599;
    qint64 m_refreshTokenLifetime = 90 * 24 * 3600;
    QHash<QString, CodeGrant> m_codes;
    QHash<QString, RefreshGrant> m_refreshTokens;
    QList<TokenFault> m_tokenFaults;
    AuthorizeRequest m_lastAuthorize;
    TokenRequest m_lastToken;
    int m_authorizeCount = 0;
    int m_tokenCount = 0;
    QHash<QString, QString> m_tenantDomains;
    int m_discoveryDelayMs = 0;
    int m_discoveryCount = 0;
};
