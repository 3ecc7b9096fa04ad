#include "tests/support/fakeidentityprovider.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcIdentityProvider, "mailsetup.test.identityprovider")

using namespace Qt::StringLiterals;

namespace {

// Real Microsoft access tokens are a few kilobytes and travel in the query string, so the head must hold
// one comfortably; anything far beyond that is garbage and is refused rather than buffered.
constexpr qsizetype maxHeadBytes = 32 * 1024;
constexpr qsizetype maxBodyBytes = 64 * 1024;
constexpr int maxHeaderLines = 100;
// A client that connects and then stalls must not hold a slot for ever; Dovecot asks and reads within milliseconds.
constexpr int connectionTimeoutMs = 10 * 1000;
constexpr int maxConnections = 64;

const QString authorizePath = u"/{tenant}/oauth2/v2.0/authorize"_s;
const QString tokenPath = u"/{tenant}/oauth2/v2.0/token"_s;
const QString discoveryPath = u"/{domain}/v2.0/.well-known/openid-configuration"_s;
const QString applicationName = u"Mail Setup"_s;

bool isTokenChar(char c)
{
    // RFC 9110 tchar: what a method or header name may be made of.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Microsoft treats scope names case-insensitively; so do we.
bool hasScope(const QStringList &granted, const QString &wanted)
{
    return granted.contains(wanted, Qt::CaseInsensitive);
}

// The OpenID Connect scopes ask for an id_token and a refresh token, not for access to a resource.
bool isOidcScope(const QString &scope)
{
    static const QStringList oidc{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return oidc.contains(scope, Qt::CaseInsensitive);
}

QStringList splitScopes(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

QStringList resourceScopes(const QStringList &scopes)
{
    QStringList resource;
    for (const QString &scope : scopes) {
        if (!isOidcScope(scope) && !hasScope(resource, scope))
            resource.append(scope);
    }
    return resource;
}

// The resource scopes of `requested` that `consented` does not cover.
QStringList scopesBeyond(const QStringList &requested, const QStringList &consented)
{
    QStringList beyond;
    for (const QString &scope : resourceScopes(requested)) {
        if (!hasScope(consented, scope))
            beyond.append(scope);
    }
    return beyond;
}

QString describeService(const QString &service)
{
    return service.isEmpty() ? u"(none)"_s : service.left(20);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// How ASP.NET (HttpUtility.UrlEncode) writes a query value, which is what Microsoft's redirects carry:
// spaces as '+', lower-case hex, and only -_.!*() left as they are.
QByteArray microsoftUrlEncode(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || (c != '\0' && std::strchr("-_.!*()", c)))
            out += c;
        else if (u == ' ')
            out += '+';
        else
            out += '%' + QByteArray(1, hex[u >> 4]) + hex[u & 0xf];
    }
    return out;
}

QString decodeFormComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

FakeIdentityProvider::Fields parseForm(QByteArrayView text)
{
    FakeIdentityProvider::Fields fields;
    for (const QByteArray &pair : text.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        fields.items.append({decodeFormComponent(name), decodeFormComponent(value)});
    }
    return fields;
}

// "2023-05-25 13:21:24Z", as error bodies write it.
QString microsoftTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'Z';
}

// "2021-02-20T02:58:17.0350262Z", as AADSTS texts write the time a token was issued.
QString microsoftIssueTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"0000Z"_s;
}

// "90.00:00:00": a .NET TimeSpan, as AADSTS700082 writes the allowed inactivity.
QString timeSpan(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    return u"%1.%2"_s.arg(days).arg(time.toString(u"HH:mm:ss"_s));
}

QByteArray jsonValue(const QJsonValue &value)
{
    // The value alone, as QJsonDocument writes it inside an array.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A JSON object with its members in this order (QJsonObject would sort them): Microsoft's bodies, as sent.
using Members = QList<std::pair<QString, QJsonValue>>;
QByteArray orderedJson(const Members &members)
{
    QByteArray out = "{";
    for (const auto &[name, value] : members) {
        if (out.size() > 1)
            out += ',';
        out += jsonValue(name) + ':' + jsonValue(value);
    }
    return out + '}';
}

// A JWT with Microsoft's header and the given claims; the RS256 signature is 256 random bytes, which nothing
// here or in the product checks (the token comes straight from the token endpoint over a trusted connection).
QString makeJwt(const Members &claims)
{
    const Members header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"kid"_s, base64Url(randomBytes(20))}};
    return base64Url(orderedJson(header)) + u'.' + base64Url(orderedJson(claims)) + u'.' + base64Url(randomBytes(256));
}

bool isPersonal(const FakeIdentityProvider::Account &account)
{
    return account.tenantId.compare(FakeIdentityProvider::personalTenantId, Qt::CaseInsensitive) == 0;
}

QString preferredUsername(const FakeIdentityProvider::Account &account)
{
    return account.preferredUsername.isEmpty() ? account.email : account.preferredUsername;
}

bool isLoopbackHost(const QString &host)
{
    return host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1;
}

// http://localhost[:port][/path], the only kind of redirect a desktop app may ask for.
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == "http"_L1 && isLoopbackHost(url.host()) && url.userInfo().isEmpty()
        && !url.hasFragment();
}

// Microsoft's matching: scheme, host, path and query exactly; the port too, except for loopback addresses,
// where it is ignored so that an app may listen on any free port.
bool redirectMatches(const QUrl &sent, const QUrl &registered)
{
    if (!sent.isValid() || !registered.isValid() || !sent.userInfo().isEmpty() || sent.hasFragment())
        return false;
    if (sent.scheme().compare(registered.scheme(), Qt::CaseInsensitive) != 0
        || sent.host().compare(registered.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (!isLoopbackHost(registered.host()) && sent.port(-1) != registered.port(-1))
        return false;
    return sent.path(QUrl::FullyEncoded) == registered.path(QUrl::FullyEncoded)
        && sent.hasQuery() == registered.hasQuery()
        && sent.query(QUrl::FullyEncoded) == registered.query(QUrl::FullyEncoded);
}

bool isNamedAuthority(const QString &tenant)
{
    return tenant.compare("common"_L1, Qt::CaseInsensitive) == 0
        || tenant.compare("consumers"_L1, Qt::CaseInsensitive) == 0
        || tenant.compare("organizations"_L1, Qt::CaseInsensitive) == 0;
}

// common, consumers, organizations, a tenant id, or a tenant's domain name.
bool isKnownTenant(const QString &tenant)
{
    return isNamedAuthority(tenant) || isGuid(tenant) || (tenant.contains(u'.') && !tenant.startsWith(u'.'));
}

// May this account sign in through this authority?
bool accountFitsTenant(const FakeIdentityProvider::Account &account, const QString &tenant)
{
    if (tenant.compare("common"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (tenant.compare("consumers"_L1, Qt::CaseInsensitive) == 0)
        return isPersonal(account);
    if (tenant.compare("organizations"_L1, Qt::CaseInsensitive) == 0)
        return !isPersonal(account);
    if (isGuid(tenant))
        return tenant.compare(account.tenantId, Qt::CaseInsensitive) == 0;
    return !isPersonal(account) && account.email.section(u'@', 1).compare(tenant, Qt::CaseInsensitive) == 0;
}

// The ids every Microsoft error carries: a helpdesk quotes them.
struct ErrorIds {
    QString traceId;
    QString correlationId;
    QDateTime time;

    static ErrorIds forRequest(const FakeIdentityProvider::Request &request)
    {
        ErrorIds ids;
        ids.traceId = newGuid();
        // Microsoft uses the client's client-request-id as the correlation id when it is one.
        const QString clientRequestId = QString::fromLatin1(request.headers.value("client-request-id")).trimmed();
        ids.correlationId = isGuid(clientRequestId) ? clientRequestId.toLower() : newGuid();
        ids.time = QDateTime::currentDateTimeUtc();
        return ids;
    }

    QString description(int code, const QString &text) const
    {
        return u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(code).arg(
            text, traceId, correlationId, microsoftTimestamp(time));
    }
};

QString errorUri(int code)
{
    return u"https://login.microsoftonline.com/error?code=%1"_s.arg(code);
}

FakeIdentityProvider::Response aadstsError(const FakeIdentityProvider::Request &request, int status,
                                           const QString &error, int code, const QString &text)
{
    const ErrorIds ids = ErrorIds::forRequest(request);
    FakeIdentityProvider::Response response;
    response.status = status;
    response.body = orderedJson({
        {u"error"_s, error},
        {u"error_description"_s, ids.description(code, text)},
        {u"error_codes"_s, QJsonArray{code}},
        {u"timestamp"_s, microsoftTimestamp(ids.time)},
        {u"trace_id"_s, ids.traceId},
        {u"correlation_id"_s, ids.correlationId},
        {u"error_uri"_s, errorUri(code)},
    });
    return response;
}

QByteArray htmlPage(const QString &title, const QString &body)
{
    return (u"<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
            "<body>%2</body></html>\n"_s.arg(title.toHtmlEscaped(), body))
        .toUtf8();
}

// The page the sign-in service shows when it cannot send the browser back to the app.
FakeIdentityProvider::Response errorPage(const FakeIdentityProvider::Request &request, int code, const QString &text)
{
    const ErrorIds ids = ErrorIds::forRequest(request);
    FakeIdentityProvider::Response response;
    response.status = 400;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    const QString details = u"<div id=\"error\"><p>Sign in</p><p>Sorry, but we’re having trouble signing you in.</p>"
                            "<p>Request Id: %1</p><p>Correlation Id: %2</p><p>Timestamp: %3</p>"
                            "<p>Message: AADSTS%4: %5</p></div>"_s.arg(ids.traceId, ids.correlationId,
                                                                       ids.time.toString(Qt::ISODate))
                                .arg(code)
                                .arg(text.toHtmlEscaped());
    response.body = htmlPage(u"Sign in to your account"_s, details);
    return response;
}

FakeIdentityProvider::Response found(const QString &redirectUri, bool inFragment,
                                     const QList<std::pair<QString, QString>> &parameters)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = inFragment ? '#' : (location.contains('?') ? '&' : '?');
    for (const auto &[name, value] : parameters) {
        location += separator + microsoftUrlEncode(name) + '=' + microsoftUrlEncode(value);
        separator = '&';
    }
    FakeIdentityProvider::Response response;
    response.status = 302;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    response.extraHeaders.append({QByteArrayLiteral("Location"), location});
    response.body = htmlPage(u"Object moved"_s, u"<h2>Object moved to <a href=\"%1\">here</a>.</h2>"_s.arg(
                                                    QString::fromUtf8(location).toHtmlEscaped()));
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// Microsoft's texts, with %1... for what varies. Kept together so a test can see what the fake says.
namespace Text {
const auto missingParameter = u"The request body must contain the following parameter: '%1'."_s;
const auto duplicateParameter = u"The request is not properly formatted. The parameter '%1' is duplicated."_s;
const auto tenantNotFound = u"Tenant '%1' not found. This may happen if there are no active subscriptions for the "
                            "tenant. Check with your subscription administrator."_s;
const auto discoveryTenantNotFound =
    u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the correct "
    "cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for "
    "the tenant."_s;
const auto invalidTenantName =
    u"Specified tenant identifier '%1' is neither a valid DNS name, nor a valid external domain."_s;
const auto applicationNotFound =
    u"Application with identifier '%1' was not found in the directory '%2'. This can happen if the application has "
    "not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have "
    "sent your authentication request to the wrong tenant."_s;
const auto redirectMismatch =
    u"The redirect URI '%1' specified in the request does not match the redirect URIs configured for the application "
    "'%2'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. "
    "Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this."_s;
const auto responseTypeNotEnabled = u"response_type '%1' is not enabled for the application."_s;
const auto scopeNotValid = u"The provided value for the input parameter 'scope' isn't valid. The scope '%1' isn't "
                           "valid: this sign-in must ask for %2."_s;
const auto challengeSize = u"Invalid size of Code_Challenge parameter."_s;
const auto malformed = u"Invalid request. Request is malformed or invalid."_s;
const auto userDeclined = u"User declined to consent to access the app."_s;
const auto notConsented = u"The user or administrator has not consented to use the application with ID '%1' named "
                          "'%2'. Send an interactive authorization request for this user and resource."_s;
const auto adminApproval = u"The grant requires admin permission."_s;
const auto wrongTenant =
    u"User account '%1' from identity provider '%2' does not exist in tenant '%3' and cannot access the application "
    "'%4'(%5) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and "
    "sign in again with a different Azure Active Directory user account."_s;
const auto postOnly = u"The endpoint only accepts POST requests. Received a GET request."_s;
const auto unsupportedGrant = u"The app requested an unsupported grant type '%1'."_s;
const auto publicClient = u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s;
const auto alreadyRedeemed = u"OAuth2 Authorization code was already redeemed, please retry with a new valid code or "
                             "use an existing refresh token."_s;
const auto grantExpired = u"The provided authorization code or refresh token has expired due to inactivity. Send a "
                          "new interactive authorization request for this user and resource."_s;
const auto grantInvalid = u"Provided grant is invalid or malformed."_s;
const auto otherTenant = u"Provided Authorization Code is intended to use against other tenant, thus rejected."_s;
const auto redirectNotSame = u"The provided value for the 'redirect_uri' is not valid. The value must exactly match "
                             "the redirect URI used to obtain the authorization code."_s;
const auto verifierMismatch =
    u"The Code_Verifier does not match the code_challenge supplied in the authorization request."_s;
const auto scopesUnauthorized = u"The request was denied because one or more scopes requested are unauthorized or "
                                "expired. The user must first sign in and grant the client application access to the "
                                "requested scope."_s;
const auto refreshInactive =
    u"The refresh token has expired due to inactivity. The token was issued on %1 and was inactive for %2."_s;
const auto refreshRevoked =
    u"The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have "
    "changed or reset their password. The grant was issued on '%1' and the TokensValidFrom date (before which tokens "
    "are not valid) for this user is '%2'."_s;
const auto refreshSignInFrequency =
    u"The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token "
    "was issued on %1 and the maximum allowed lifetime for this request is %2."_s;
} // namespace Text

} // namespace

FakeIdentityProvider::Account FakeIdentityProvider::sandboxAccount()
{
    return Account{u"alex@sandbox.test"_s, {}, u"Alex Sandbox"_s, sandboxTenantId, sandboxObjectId};
}

// --- Fields, TokenFault ---------------------------------------------------------------------------------------

bool FakeIdentityProvider::Fields::contains(const QString &name) const
{
    return count(name) > 0;
}

QString FakeIdentityProvider::Fields::value(const QString &name) const
{
    for (const auto &[key, value] : items) {
        if (key == name)
            return value;
    }
    return {};
}

int FakeIdentityProvider::Fields::count(const QString &name) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&name](const auto &item) { return item.first == name; }));
}

QStringList FakeIdentityProvider::Fields::names() const
{
    QStringList names;
    for (const auto &item : items)
        names.append(item.first);
    return names;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::aadsts(const QString &error, int code,
                                                                          const QString &text, int httpStatus)
{
    TokenFault fault;
    fault.kind = Kind::Aadsts;
    fault.error = error;
    fault.aadstsCode = code;
    fault.text = text;
    fault.httpStatus = httpStatus;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::serverErrorPage(int httpStatus)
{
    TokenFault fault;
    fault.kind = Kind::ServerErrorPage;
    fault.httpStatus = httpStatus;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::garbage()
{
    TokenFault fault;
    fault.kind = Kind::Garbage;
    fault.httpStatus = 200;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::closeWithoutAnswer()
{
    TokenFault fault;
    fault.kind = Kind::Close;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::delay(int ms)
{
    TokenFault fault;
    fault.kind = Kind::DelayOnly;
    fault.delayMs = ms;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::trickle(int msPerByte)
{
    TokenFault fault;
    fault.kind = Kind::Trickle;
    fault.trickleMs = std::max(1, msPerByte);
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::hang()
{
    TokenFault fault;
    fault.kind = Kind::Hang;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::captivePortal()
{
    TokenFault fault;
    fault.kind = Kind::CaptivePortal;
    fault.httpStatus = 200;
    return fault;
}

FakeIdentityProvider::TokenFault FakeIdentityProvider::TokenFault::after(int ms) const
{
    TokenFault fault = *this;
    fault.delayMs = ms;
    return fault;
}

// --- the server -----------------------------------------------------------------------------------------------

struct FakeIdentityProvider::Connection {
    QByteArray buffer;
    bool answered = false;
    QTimer *timer = nullptr;
};

FakeIdentityProvider::FakeIdentityProvider(QObject *parent)
    : QObject(parent)
    , m_account(sandboxAccount())
    , m_requiredScopes{imapScope, smtpScope}
{
    m_clients.insert(sandboxClientId, {sandboxRedirectUri});
    addRoute(QByteArrayLiteral("GET"), u"/tokeninfo"_s,
             [this](const Request &request) { return handleTokenInfo(request); });
    addRoute(QByteArrayLiteral("GET"), authorizePath,
             [this](const Request &request) { return handleAuthorize(request); });
    addRoute(QByteArrayLiteral("POST"), tokenPath, [this](const Request &request) { return handleToken(request); });
    addRoute(QByteArrayLiteral("GET"), tokenPath, [this](const Request &request) { return handleTokenGet(request); });
    addRoute(QByteArrayLiteral("GET"), discoveryPath,
             [this](const Request &request) { return handleDiscovery(request); });
    m_tenantDomains.insert(u"sandbox.test"_s, sandboxTenantId);
}

FakeIdentityProvider::~FakeIdentityProvider()
{
    stop();
}

bool FakeIdentityProvider::start(quint16 port)
{
    stop();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(maxConnections);
    // Loopback only: a fake that accepts any token must never be reachable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_errorString.clear();
    connect(m_server, &QTcpServer::newConnection, this, &FakeIdentityProvider::onNewConnection);
    qCInfo(lcIdentityProvider) << "listening on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

void FakeIdentityProvider::stop()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        forgetConnection(socket);
    }
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool FakeIdentityProvider::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FakeIdentityProvider::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString FakeIdentityProvider::errorString() const
{
    return m_errorString;
}

QUrl FakeIdentityProvider::authorizeUrl(const QString &tenant) const
{
    return QUrl(u"http://localhost:%1/%2/oauth2/v2.0/authorize"_s.arg(port()).arg(tenant));
}

QUrl FakeIdentityProvider::tokenUrl(const QString &tenant) const
{
    return QUrl(u"http://localhost:%1/%2/oauth2/v2.0/token"_s.arg(port()).arg(tenant));
}

// --- configuration --------------------------------------------------------------------------------------------

void FakeIdentityProvider::registerClient(const QString &clientId, const QStringList &redirectUris)
{
    m_clients.insert(clientId, redirectUris);
}

void FakeIdentityProvider::unregisterClient(const QString &clientId)
{
    m_clients.remove(clientId);
}

QStringList FakeIdentityProvider::clientIds() const
{
    QStringList ids = m_clients.keys();
    ids.sort();
    return ids;
}

void FakeIdentityProvider::setAccount(const Account &account)
{
    m_account = account;
}

FakeIdentityProvider::Account FakeIdentityProvider::account() const
{
    return m_account;
}

void FakeIdentityProvider::setSignInPage(SignInPage page)
{
    m_signInPage = page;
}

void FakeIdentityProvider::setRequiredScopes(const QStringList &scopes)
{
    m_requiredScopes = scopes;
}

void FakeIdentityProvider::setCodeLifetime(qint64 seconds)
{
    m_codeLifetime = seconds;
}

void FakeIdentityProvider::setAccessTokenLifetime(qint64 seconds)
{
    m_accessTokenLifetime = seconds;
}

void FakeIdentityProvider::setRefreshTokenLifetime(qint64 seconds)
{
    m_refreshTokenLifetime = seconds;
}

void FakeIdentityProvider::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (TokenGrant &grant : m_tokens)
        grant.expiresAt = past;
}

void FakeIdentityProvider::revokeRefreshToken(const QString &refreshToken, RefreshTokenEnd why)
{
    auto it = m_refreshTokens.find(refreshToken);
    if (it != m_refreshTokens.end())
        it->ended = why;
}

void FakeIdentityProvider::revokeAllRefreshTokens(RefreshTokenEnd why)
{
    for (RefreshGrant &grant : m_refreshTokens)
        grant.ended = why;
}

void FakeIdentityProvider::failNextTokenRequest(const TokenFault &fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_tokenFaults.append(fault);
}

void FakeIdentityProvider::clearTokenFaults()
{
    m_tokenFaults.clear();
}

FakeIdentityProvider::AuthorizeRequest FakeIdentityProvider::lastAuthorizeRequest() const
{
    return m_lastAuthorize;
}

FakeIdentityProvider::TokenRequest FakeIdentityProvider::lastTokenRequest() const
{
    return m_lastToken;
}

int FakeIdentityProvider::authorizeRequestCount() const
{
    return m_authorizeCount;
}

int FakeIdentityProvider::tokenRequestCount() const
{
    return m_tokenCount;
}

void FakeIdentityProvider::addToken(const QString &token, const QString &email, const QStringList &scopes,
                                    qint64 expiresInSeconds)
{
    addToken(token, TokenGrant{email, scopes, QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds)});
}

void FakeIdentityProvider::addToken(const QString &token, const TokenGrant &grant)
{
    m_tokens.insert(token, grant);
}

void FakeIdentityProvider::revoke(const QString &token)
{
    m_tokens.remove(token);
    m_fileTokens.remove(token);
}

void FakeIdentityProvider::revokeAll()
{
    m_tokens.clear();
    m_fileTokens.clear();
}

bool FakeIdentityProvider::setTokenFile(const QString &path, QString *error)
{
    m_tokenFile = path;
    m_fileTokens.clear();
    return reloadTokenFile(error);
}

int FakeIdentityProvider::requestCount() const
{
    return m_requestCount;
}

QString FakeIdentityProvider::redacted(const QString &token)
{
    // At most 4 characters, and never more than a quarter of the token, so a short test token is not all shown.
    return u"%1…(%2 chars)"_s.arg(token.left(std::min<qsizetype>(4, token.size() / 4))).arg(token.size());
}

// --- OpenID discovery ----------------------------------------------------------------------------------------

void FakeIdentityProvider::setTenantDomain(const QString &domain, const QString &tenantId)
{
    m_tenantDomains.insert(domain.trimmed().toLower(), tenantId.trimmed().toLower());
}

void FakeIdentityProvider::removeTenantDomain(const QString &domain)
{
    m_tenantDomains.remove(domain.trimmed().toLower());
}

void FakeIdentityProvider::clearTenantDomains()
{
    m_tenantDomains.clear();
}

QHash<QString, QString> FakeIdentityProvider::tenantDomains() const
{
    return m_tenantDomains;
}

void FakeIdentityProvider::setDiscoveryDelay(int ms)
{
    m_discoveryDelayMs = std::max(0, ms);
}

int FakeIdentityProvider::discoveryRequestCount() const
{
    return m_discoveryCount;
}

QString FakeIdentityProvider::discoveryUrl(const QString &domain) const
{
    return u"http://localhost:%1/%2/v2.0/.well-known/openid-configuration"_s.arg(port()).arg(domain);
}

// --- HTTP -----------------------------------------------------------------------------------------------------

void FakeIdentityProvider::addRoute(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append(Route{method, path.mid(1).split(u'/'), std::move(handler)});
}

void FakeIdentityProvider::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            qCWarning(lcIdentityProvider) << "too many connections; refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new Connection;
        m_connections.insert(socket, connection);
        // The timer belongs to the socket, so it goes when the socket goes, never while it fires.
        connection->timer = new QTimer(socket);
        connection->timer->setSingleShot(true);
        connect(connection->timer, &QTimer::timeout, socket, [socket] {
            qCInfo(lcIdentityProvider) << "connection timed out; closing it";
            socket->abort();
        });
        connection->timer->start(connectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forgetConnection(socket); });
        // Data may have arrived before the signals were connected.
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeIdentityProvider::forgetConnection(QTcpSocket *socket)
{
    Connection *connection = m_connections.take(socket);
    if (!connection)
        return;
    delete connection;
    socket->deleteLater();
}

void FakeIdentityProvider::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    const QByteArray data = socket->readAll();
    // One request per connection: whatever follows the answered request is dropped unread.
    if (connection->answered)
        return;
    connection->buffer += data;
    if (connection->buffer.size() > maxHeadBytes + maxBodyBytes) {
        connection->answered = true;
        respond(socket, jsonError(413, u"invalid_request"_s, u"request too large"_s));
        return;
    }
    handleBuffered(socket, *connection);
}

bool FakeIdentityProvider::handleBuffered(QTcpSocket *socket, Connection &connection)
{
    const QByteArray &buffer = connection.buffer;
    qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    qsizetype separatorSize = 4;
    // Be lenient with bare LF line ends, as many small HTTP servers are.
    const qsizetype bareEnd = buffer.indexOf("\n\n");
    if (bareEnd >= 0 && (headEnd < 0 || bareEnd < headEnd)) {
        headEnd = bareEnd;
        separatorSize = 2;
    }
    auto refuse = [&](int status, const QString &description) {
        connection.answered = true;
        qCInfo(lcIdentityProvider).noquote() << "refused a malformed request:" << description << "->" << status;
        respond(socket, jsonError(status, u"invalid_request"_s, description));
        return true;
    };
    if (headEnd < 0) {
        if (buffer.size() > maxHeadBytes)
            return refuse(431, u"request head too large"_s);
        return false;
    }
    if (headEnd > maxHeadBytes)
        return refuse(431, u"request head too large"_s);

    QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.size() > maxHeaderLines + 1)
        return refuse(431, u"too many header lines"_s);

    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        return refuse(400, u"malformed request line"_s);
    }

    Request request;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        request.query = target.mid(queryStart + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return refuse(400, u"malformed header line"_s);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && request.headers.contains(name) && request.headers.value(name) != value)
            return refuse(400, u"conflicting Content-Length"_s);
        request.headers.insert(name, value);
    }

    if (request.headers.contains("transfer-encoding"))
        return refuse(501, u"Transfer-Encoding is not supported"_s);
    qsizetype bodySize = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray value = request.headers.value("content-length");
        bodySize = value.toLongLong(&ok);
        if (!ok || bodySize < 0 || value.startsWith('+') || value.startsWith('-'))
            return refuse(400, u"malformed Content-Length"_s);
        if (bodySize > maxBodyBytes)
            return refuse(413, u"request body too large"_s);
    }
    const qsizetype bodyStart = headEnd + separatorSize;
    if (buffer.size() - bodyStart < bodySize)
        return false; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, bodySize);

    connection.answered = true;
    ++m_requestCount;
    respond(socket, dispatch(request));
    return true;
}

FakeIdentityProvider::Response FakeIdentityProvider::dispatch(Request &request)
{
    const QStringList segments = request.path.mid(1).split(u'/');
    QByteArrayList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &pattern = route.segments.at(i);
            if (pattern.startsWith(u'{') && pattern.endsWith(u'}')) {
                matches = !segments.at(i).isEmpty();
                parameters.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
            } else {
                // Microsoft's paths are case-insensitive (/Common/OAuth2/V2.0/Token works).
                matches = pattern.compare(segments.at(i), Qt::CaseInsensitive) == 0;
            }
        }
        if (!matches)
            continue;
        if (route.method == request.method) {
            request.pathParameters = parameters;
            return route.handler(request);
        }
        allowed.append(route.method);
    }
    // Only the path is logged, never the query: that is where the token travels.
    if (allowed.isEmpty()) {
        qCInfo(lcIdentityProvider).noquote() << request.method << request.path.left(100) << "-> 404";
        return jsonError(404, u"not_found"_s);
    }
    qCInfo(lcIdentityProvider).noquote() << request.method << request.path.left(100) << "-> 405";
    Response response = jsonError(405, u"invalid_request"_s, u"method not allowed"_s);
    response.extraHeaders.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

void FakeIdentityProvider::respond(QTcpSocket *socket, const Response &response)
{
    if (response.delivery == Response::Delivery::Hang) {
        // Open until the client gives up or the provider stops: that is the fault.
        if (Connection *connection = m_connections.value(socket))
            connection->timer->stop();
        return;
    }
    if (response.delayMs <= 0) {
        deliver(socket, response);
        return;
    }
    // The connection's time limit must not cut the delay short.
    if (Connection *connection = m_connections.value(socket))
        connection->timer->start(response.delayMs + connectionTimeoutMs);
    QTimer::singleShot(response.delayMs, socket, [this, socket, response] { deliver(socket, response); });
}

void FakeIdentityProvider::deliver(QTcpSocket *socket, const Response &response)
{
    if (response.delivery == Response::Delivery::Close) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store, no-cache\r\nPragma: no-cache\r\n";
    // One request per connection keeps the parser simple; Dovecot's HTTP client reconnects as needed.
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    if (response.trickleMs > 0) {
        // Never silent for long, never done: only a limit on the whole request ends this.
        if (Connection *connection = m_connections.value(socket))
            connection->timer->stop();
        auto *trickle = new QTimer(socket);
        connect(trickle, &QTimer::timeout, socket, [socket, trickle, out, sent = qsizetype(0)]() mutable {
            if (sent >= out.size()) {
                trickle->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(out.mid(sent++, 1));
        });
        trickle->start(response.trickleMs);
        return;
    }
    socket->write(out);
    socket->disconnectFromHost();
}

// --- GET /{tenant}/oauth2/v2.0/authorize ----------------------------------------------------------------------

FakeIdentityProvider::Response FakeIdentityProvider::handleAuthorize(const Request &request)
{
    ++m_authorizeCount;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Codes are kept after use (a second redemption must be recognised), but not for ever.
    m_codes.removeIf([&now](QHash<QString, CodeGrant>::iterator entry) { return entry->expiresAt.secsTo(now) > 3600; });

    const Fields parameters = parseForm(request.query);
    AuthorizeRequest recorded;
    recorded.tenant = request.pathParameters.value(u"tenant"_s);
    recorded.clientId = parameters.value(u"client_id"_s);
    recorded.redirectUri = parameters.value(u"redirect_uri"_s);
    recorded.responseType = parameters.value(u"response_type"_s);
    recorded.scopes = splitScopes(parameters.value(u"scope"_s));
    recorded.state = parameters.value(u"state"_s);
    recorded.codeChallenge = parameters.value(u"code_challenge"_s);
    recorded.codeChallengeMethod = parameters.value(u"code_challenge_method"_s);
    recorded.prompt = parameters.value(u"prompt"_s);
    recorded.loginHint = parameters.value(u"login_hint"_s);
    recorded.domainHint = parameters.value(u"domain_hint"_s);
    recorded.responseMode = parameters.value(u"response_mode"_s);
    recorded.nonce = parameters.value(u"nonce"_s);
    recorded.parameters = parameters;
    m_lastAuthorize = recorded;

    // Never the query: the state and the challenge are in it. The client and the redirect are no secrets.
    const QString what = u"GET %1 client_id=%2 redirect_uri=%3"_s.arg(
        request.path.left(100), recorded.clientId.left(60), recorded.redirectUri.left(100));
    auto page = [&](int code, const QString &text, const QString &why) {
        qCInfo(lcIdentityProvider).noquote() << what << u"-> 400 page AADSTS%1"_s.arg(code) << why;
        Q_EMIT authorizeAnswered(400, u"AADSTS%1"_s.arg(code));
        return errorPage(request, code, text);
    };
    const bool inFragment = recorded.responseMode == "fragment"_L1;
    auto back = [&](const QString &error, int code, const QString &text, const QString &why) {
        QList<std::pair<QString, QString>> answer{{u"error"_s, error}};
        if (code > 0) {
            answer.append({u"error_description"_s, ErrorIds::forRequest(request).description(code, text)});
            answer.append({u"error_uri"_s, errorUri(code)});
        } else {
            answer.append({u"error_description"_s, text});
        }
        if (parameters.contains(u"state"_s))
            answer.append({u"state"_s, recorded.state});
        qCInfo(lcIdentityProvider).noquote()
            << what << "-> 302" << error << (code > 0 ? u"AADSTS"_s + QString::number(code) : QString()) << why;
        Q_EMIT authorizeAnswered(302, error);
        return found(recorded.redirectUri, inFragment, answer);
    };

    for (const QString &name : parameters.names()) {
        if (parameters.count(name) > 1)
            return page(9000411, Text::duplicateParameter.arg(name), u"(duplicated parameter)"_s);
    }
    if (!isKnownTenant(recorded.tenant))
        return page(90002, Text::tenantNotFound.arg(recorded.tenant), u"(unknown tenant)"_s);
    if (recorded.clientId.isEmpty())
        return page(900144, Text::missingParameter.arg(u"client_id"_s), u"(no client_id)"_s);
    if (recorded.redirectUri.isEmpty())
        return page(900144, Text::missingParameter.arg(u"redirect_uri"_s), u"(no redirect_uri)"_s);

    const QUrl redirect(recorded.redirectUri, QUrl::StrictMode);
    if (!m_clients.contains(recorded.clientId)) {
        const QString text = Text::applicationNotFound.arg(recorded.clientId, recorded.tenant);
        // Without a registration nothing vouches for the redirect; only a loopback one is safe to send back to.
        if (isLoopbackRedirect(redirect))
            return back(u"unauthorized_client"_s, 700016, text, u"(unknown client)"_s);
        return page(700016, text, u"(unknown client)"_s);
    }
    const QStringList registered = m_clients.value(recorded.clientId);
    const bool redirectRegistered =
        std::any_of(registered.cbegin(), registered.cend(), [&redirect](const QString &uri) {
            return redirectMatches(redirect, QUrl(uri, QUrl::StrictMode));
        });
    if (!redirectRegistered)
        return page(50011, Text::redirectMismatch.arg(recorded.redirectUri, recorded.clientId),
                    u"(redirect URI not registered)"_s);

    // From here on the browser goes back to the app, with the error if there is one.
    if (recorded.responseType.isEmpty())
        return back(u"invalid_request"_s, 900144, Text::missingParameter.arg(u"response_type"_s),
                    u"(no response_type)"_s);
    if (recorded.responseType != "code"_L1)
        return back(u"unsupported_response_type"_s, 700054, Text::responseTypeNotEnabled.arg(recorded.responseType),
                    u"(only response_type=code)"_s);
    if (recorded.scopes.isEmpty())
        return back(u"invalid_request"_s, 900144, Text::missingParameter.arg(u"scope"_s), u"(no scope)"_s);
    QStringList missingScopes;
    for (const QString &scope : std::as_const(m_requiredScopes)) {
        if (!hasScope(recorded.scopes, scope))
            missingScopes.append(scope);
    }
    if (!missingScopes.isEmpty())
        return back(u"invalid_scope"_s, 70011,
                    Text::scopeNotValid.arg(recorded.scopes.join(u' '), m_requiredScopes.join(u' ')),
                    u"(missing %1)"_s.arg(missingScopes.join(u' ')));
    if (recorded.codeChallenge.isEmpty())
        return back(u"invalid_request"_s, 900144, Text::missingParameter.arg(u"code_challenge"_s),
                    u"(PKCE is required here)"_s);
    if (recorded.codeChallengeMethod.isEmpty())
        return back(u"invalid_request"_s, 900144, Text::missingParameter.arg(u"code_challenge_method"_s),
                    u"(code_challenge_method=S256 is required here)"_s);
    if (recorded.codeChallengeMethod != "S256"_L1)
        return back(u"invalid_request"_s, 9002313, Text::malformed,
                    u"(code_challenge_method must be S256, not %1)"_s.arg(recorded.codeChallengeMethod.left(20)));
    // An S256 challenge is the base64url of 32 bytes: 43 characters.
    static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
    if (!challengeShape.match(recorded.codeChallenge).hasMatch())
        return back(u"invalid_request"_s, 501491, Text::challengeSize, u"(code_challenge is no S256 value)"_s);

    SignInPage outcome = m_signInPage;
    if (outcome == SignInPage::SignsIn && !accountFitsTenant(m_account, recorded.tenant))
        outcome = SignInPage::WrongTenant;

    switch (outcome) {
    case SignInPage::SignsIn:
        break;
    case SignInPage::UserCancels:
        return back(u"access_denied"_s, 0, u"the user canceled the authentication"_s, u"(user cancelled)"_s);
    case SignInPage::UserDeclinesConsent:
        return back(u"access_denied"_s, 65004, Text::userDeclined, u"(user declined consent)"_s);
    case SignInPage::ConsentRequired:
        return back(u"consent_required"_s, 65001, Text::notConsented.arg(recorded.clientId, applicationName),
                    u"(consent required)"_s);
    case SignInPage::NeedsAdminApproval:
        return back(u"consent_required"_s, 90094, Text::adminApproval, u"(needs admin approval)"_s);
    case SignInPage::WrongTenant: {
        const QString identityProvider =
            isPersonal(m_account) ? u"live.com"_s : u"https://sts.windows.net/%1/"_s.arg(m_account.tenantId);
        return back(u"invalid_request"_s, 50020,
                    Text::wrongTenant.arg(preferredUsername(m_account), identityProvider, recorded.tenant,
                                          recorded.clientId, applicationName),
                    u"(account not in tenant %1)"_s.arg(recorded.tenant));
    }
    case SignInPage::InvalidRequest:
        return back(u"invalid_request"_s, 9002313, Text::malformed, u"(invalid request, as the test asked)"_s);
    case SignInPage::NoAnswer: {
        qCInfo(lcIdentityProvider).noquote() << what << "-> 200 sign-in page that never answers";
        Q_EMIT authorizeAnswered(200, {});
        Response response;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = htmlPage(u"Sign in to your account"_s,
                                 u"<form method=\"post\" action=\"#\"><div>Sign in</div>"
                                 "<input type=\"email\" name=\"loginfmt\" placeholder=\"Email, phone, or Skype\">"
                                 "<input type=\"submit\" value=\"Next\"></form>"_s);
        return response;
    }
    }

    // Work and school codes are long opaque strings; personal ones are short tickets.
    const QString code = isPersonal(m_account)
        ? u"M.C5%1_BAY.2.U.%2"_s.arg(QRandomGenerator::system()->bounded(10, 99)).arg(newGuid())
        : u"0.A"_s + base64Url(randomBytes(540));
    CodeGrant grant;
    grant.clientId = recorded.clientId;
    grant.tenant = recorded.tenant;
    grant.redirectUri = recorded.redirectUri;
    grant.scopes = recorded.scopes;
    grant.codeChallenge = recorded.codeChallenge;
    grant.nonce = recorded.nonce;
    grant.account = m_account;
    grant.expiresAt = now.addSecs(m_codeLifetime);
    m_codes.insert(code, grant);

    QList<std::pair<QString, QString>> answer{{u"code"_s, code}};
    if (parameters.contains(u"state"_s))
        answer.append({u"state"_s, recorded.state});
    if (!isPersonal(m_account))
        answer.append({u"session_state"_s, newGuid()});
    qCInfo(lcIdentityProvider).noquote() << what << "-> 302 code" << redacted(code) << "for"
                                         << preferredUsername(m_account);
    Q_EMIT authorizeAnswered(302, {});
    return found(recorded.redirectUri, inFragment, answer);
}

// --- POST /{tenant}/oauth2/v2.0/token -------------------------------------------------------------------------

FakeIdentityProvider::Response FakeIdentityProvider::handleTokenGet(const Request &request)
{
    ++m_tokenCount;
    m_lastToken = TokenRequest{request.pathParameters.value(u"tenant"_s), {},
                               request.headers.value("client-request-id"), {}};
    qCInfo(lcIdentityProvider).noquote() << "GET" << request.path.left(100) << "-> 400 AADSTS900561";
    Q_EMIT tokenAnswered({}, 400, u"invalid_request"_s);
    return aadstsError(request, 400, u"invalid_request"_s, 900561, Text::postOnly);
}

FakeIdentityProvider::Response FakeIdentityProvider::handleToken(const Request &request)
{
    ++m_tokenCount;
    TokenRequest recorded;
    recorded.tenant = request.pathParameters.value(u"tenant"_s);
    recorded.contentType = request.headers.value("content-type");
    recorded.clientRequestId = request.headers.value("client-request-id");
    // Microsoft reads form bodies only: a JSON body is a request without parameters.
    if (recorded.contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        recorded.fields = parseForm(request.body);
    m_lastToken = recorded;
    const Fields &fields = recorded.fields;
    const QString grantType = fields.value(u"grant_type"_s);
    const QString clientId = fields.value(u"client_id"_s);

    Response response;
    QString outcome;
    const std::optional<TokenFault> fault =
        m_tokenFaults.isEmpty() ? std::nullopt : std::optional<TokenFault>(m_tokenFaults.takeFirst());
    if (fault && fault->kind != TokenFault::Kind::DelayOnly) {
        response = faultResponse(*fault, request);
        outcome = u"(injected fault)"_s;
    } else {
        auto answer = [&]() -> Response {
            for (const QString &name : fields.names()) {
                if (fields.count(name) > 1)
                    return aadstsError(request, 400, u"invalid_request"_s, 9000411, Text::duplicateParameter.arg(name));
            }
            if (!isKnownTenant(recorded.tenant))
                return aadstsError(request, 400, u"invalid_request"_s, 90002,
                                   Text::tenantNotFound.arg(recorded.tenant));
            if (grantType.isEmpty())
                return aadstsError(request, 400, u"invalid_request"_s, 900144,
                                   Text::missingParameter.arg(u"grant_type"_s));
            if (grantType != "authorization_code"_L1 && grantType != "refresh_token"_L1)
                return aadstsError(request, 400, u"unsupported_grant_type"_s, 70003,
                                   Text::unsupportedGrant.arg(grantType));
            if (clientId.isEmpty())
                return aadstsError(request, 400, u"invalid_request"_s, 900144,
                                   Text::missingParameter.arg(u"client_id"_s));
            if (!m_clients.contains(clientId))
                return aadstsError(request, 400, u"unauthorized_client"_s, 700016,
                                   Text::applicationNotFound.arg(clientId, recorded.tenant));
            // Even an empty client_secret counts: a public client must not send the parameter at all.
            if (fields.contains(u"client_secret"_s) || fields.contains(u"client_assertion"_s))
                return aadstsError(request, 401, u"invalid_client"_s, 700025, Text::publicClient);
            if (grantType == "authorization_code"_L1)
                return redeemCode(request, fields, clientId);
            return redeemRefreshToken(request, fields, clientId);
        };
        response = answer();
        if (fault)
            response.delayMs = fault->delayMs;
    }

    QString error;
    if (response.delivery == Response::Delivery::Close)
        error = u"(connection closed)"_s;
    else if (response.delivery == Response::Delivery::Hang)
        error = u"(no answer)"_s;
    else if (fault && fault->kind == TokenFault::Kind::CaptivePortal)
        error = u"(captive portal)"_s;
    else if (fault && fault->kind == TokenFault::Kind::Trickle)
        error = u"(trickled)"_s;
    else if (response.status != 200 || fault)
        error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toString();
    if (error.isEmpty() && response.status != 200)
        error = u"(HTTP %1)"_s.arg(response.status);
    if (error.isEmpty() && fault && fault->kind == TokenFault::Kind::Garbage)
        error = u"(garbage)"_s;
    if (response.status == 200 && error.isEmpty()) {
        outcome += u" tokens issued"_s;
    } else if (response.delivery != Response::Delivery::Close) {
        const QJsonArray codes = QJsonDocument::fromJson(response.body).object().value(u"error_codes"_s).toArray();
        if (!codes.isEmpty())
            outcome += u" AADSTS%1"_s.arg(codes.first().toInteger());
    }
    QStringList line{u"POST %1 grant_type=%2 client_id=%3 ->"_s.arg(request.path.left(100), grantType.left(40),
                                                                    clientId.left(60)),
                     response.delivery == Response::Delivery::Close ? u"closed"_s : QString::number(response.status),
                     error, outcome.trimmed()};
    if (response.delayMs > 0)
        line.append(u"after %1 ms"_s.arg(response.delayMs));
    if (response.trickleMs > 0)
        line.append(u"one byte every %1 ms"_s.arg(response.trickleMs));
    line.removeAll(QString());
    qCInfo(lcIdentityProvider).noquote() << line.join(u' ');
    const bool answered = response.delivery == Response::Delivery::Answer;
    Q_EMIT tokenAnswered(grantType, answered ? response.status : 0, error);
    return response;
}

FakeIdentityProvider::Response FakeIdentityProvider::redeemCode(const Request &request, const Fields &fields,
                                                                const QString &clientId)
{
    const QString code = fields.value(u"code"_s);
    if (code.isEmpty())
        return aadstsError(request, 400, u"invalid_request"_s, 900144, Text::missingParameter.arg(u"code"_s));
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return aadstsError(request, 400, u"invalid_grant"_s, 9002313, Text::malformed);
    CodeGrant &grant = it.value();
    if (grant.redeemed)
        return aadstsError(request, 400, u"invalid_grant"_s, 54005, Text::alreadyRedeemed);
    if (QDateTime::currentDateTimeUtc() >= grant.expiresAt)
        return aadstsError(request, 400, u"invalid_grant"_s, 70008, Text::grantExpired);
    if (grant.clientId != clientId)
        return aadstsError(request, 400, u"invalid_grant"_s, 70000, Text::grantInvalid);
    const QString tenant = request.pathParameters.value(u"tenant"_s);
    if (!isNamedAuthority(tenant) && tenant.compare(grant.tenant, Qt::CaseInsensitive) != 0
        && tenant.compare(grant.account.tenantId, Qt::CaseInsensitive) != 0)
        return aadstsError(request, 400, u"invalid_grant"_s, 700005, Text::otherTenant);
    if (!fields.contains(u"redirect_uri"_s))
        return aadstsError(request, 400, u"invalid_request"_s, 900144, Text::missingParameter.arg(u"redirect_uri"_s));
    if (fields.value(u"redirect_uri"_s) != grant.redirectUri)
        return aadstsError(request, 400, u"invalid_grant"_s, 70000, Text::redirectNotSame);
    const QByteArray verifier = fields.value(u"code_verifier"_s).toUtf8();
    const QString challenge = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    if (verifier.isEmpty() || challenge != grant.codeChallenge)
        return aadstsError(request, 400, u"invalid_grant"_s, 501481, Text::verifierMismatch);
    const QStringList requested =
        fields.contains(u"scope"_s) ? splitScopes(fields.value(u"scope"_s)) : grant.scopes;
    if (!scopesBeyond(requested, grant.scopes).isEmpty())
        return aadstsError(request, 400, u"invalid_grant"_s, 70000, Text::scopesUnauthorized);
    grant.redeemed = true;
    return issueTokens(clientId, grant.account, grant.scopes, requested, grant.nonce, {});
}

FakeIdentityProvider::Response FakeIdentityProvider::redeemRefreshToken(const Request &request, const Fields &fields,
                                                                        const QString &clientId)
{
    const QString refreshToken = fields.value(u"refresh_token"_s);
    if (refreshToken.isEmpty())
        return aadstsError(request, 400, u"invalid_request"_s, 900144,
                           Text::missingParameter.arg(u"refresh_token"_s));
    auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return aadstsError(request, 400, u"invalid_grant"_s, 9002313, Text::malformed);
    RefreshGrant &grant = it.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Stricter than Microsoft, which lets a replaced refresh token live on: the product must keep the new one.
    if (grant.replaced)
        return aadstsError(request, 400, u"invalid_grant"_s, 70008, Text::grantExpired);
    std::optional<RefreshTokenEnd> ended = grant.ended;
    if (!ended && grant.lastUsedAt.secsTo(now) >= m_refreshTokenLifetime)
        ended = RefreshTokenEnd::Inactive;
    if (ended) {
        switch (*ended) {
        case RefreshTokenEnd::Inactive:
            return aadstsError(request, 400, u"invalid_grant"_s, 700082,
                               Text::refreshInactive.arg(microsoftIssueTime(grant.issuedAt),
                                                         timeSpan(std::max<qint64>(m_refreshTokenLifetime, 0))));
        case RefreshTokenEnd::Revoked:
            return aadstsError(request, 400, u"invalid_grant"_s, 50173,
                               Text::refreshRevoked.arg(microsoftIssueTime(grant.issuedAt), microsoftIssueTime(now)));
        case RefreshTokenEnd::SignInFrequency:
            return aadstsError(request, 400, u"invalid_grant"_s, 70043,
                               Text::refreshSignInFrequency.arg(microsoftIssueTime(grant.issuedAt), u"86400"_s));
        }
    }
    if (grant.clientId != clientId)
        return aadstsError(request, 400, u"invalid_grant"_s, 70000, Text::grantInvalid);
    const QStringList requested =
        fields.contains(u"scope"_s) ? splitScopes(fields.value(u"scope"_s)) : grant.scopes;
    if (!scopesBeyond(requested, grant.scopes).isEmpty())
        return aadstsError(request, 400, u"invalid_grant"_s, 70000, Text::scopesUnauthorized);
    grant.replaced = true;
    const RefreshGrant used = grant; // issueTokens inserts into m_refreshTokens: no reference may outlive that
    return issueTokens(clientId, used.account, used.scopes, requested, {}, refreshToken);
}

FakeIdentityProvider::Response FakeIdentityProvider::issueTokens(const QString &clientId, const Account &account,
                                                                 const QStringList &consented,
                                                                 const QStringList &requested, const QString &nonce,
                                                                 const QString &replacedRefreshToken)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 iat = now.toSecsSinceEpoch();
    const QStringList granted = resourceScopes(requested);
    const QString issuer = u"https://login.microsoftonline.com/%1/v2.0"_s.arg(account.tenantId);

    // Personal accounts get an opaque ticket, work accounts a JWT for Outlook; both as long as the real ones,
    // which is what breaks short line limits. Nothing may read either: they are for the mail server alone.
    QString accessToken;
    if (isPersonal(account)) {
        accessToken = u"EwB"_s + QString::fromLatin1(randomBytes(1100).toBase64());
    } else {
        QStringList shortScopes;
        for (const QString &scope : granted)
            shortScopes.append(scope.section(u'/', -1));
        accessToken = makeJwt({
            {u"aud"_s, u"https://outlook.office.com"_s},
            {u"iss"_s, u"https://sts.windows.net/%1/"_s.arg(account.tenantId)},
            {u"iat"_s, iat},
            {u"nbf"_s, iat},
            {u"exp"_s, iat + m_accessTokenLifetime},
            {u"app_displayname"_s, applicationName},
            {u"appid"_s, clientId},
            {u"name"_s, account.name},
            {u"oid"_s, account.objectId},
            {u"scp"_s, shortScopes.join(u' ')},
            {u"tid"_s, account.tenantId},
            {u"unique_name"_s, preferredUsername(account)},
            {u"upn"_s, preferredUsername(account)},
            {u"uti"_s, base64Url(randomBytes(16))},
            {u"ver"_s, u"1.0"_s},
            {u"xms_pad"_s, base64Url(randomBytes(600))},
        });
    }
    m_tokens.insert(accessToken, TokenGrant{account.email, granted, now.addSecs(m_accessTokenLifetime)});

    Members body{
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, granted.join(u' ')},
        {u"expires_in"_s, m_accessTokenLifetime},
        {u"ext_expires_in"_s, m_accessTokenLifetime},
        {u"access_token"_s, accessToken},
    };
    QString refreshToken;
    if (hasScope(consented, u"offline_access"_s)) {
        refreshToken = isPersonal(account) ? u"M.C5%1_BAY.0.U.-"_s.arg(QRandomGenerator::system()->bounded(10, 99))
                + QString::fromLatin1(randomBytes(300).toBase64()).replace(u'/', u'!').replace(u'+', u'*')
                                           : u"1.A"_s + base64Url(randomBytes(700));
        m_refreshTokens.insert(refreshToken, RefreshGrant{clientId, consented, account, now, now, false, {}});
        body.append({u"refresh_token"_s, refreshToken});
    }
    if (hasScope(requested, u"openid"_s)) {
        Members claims{
            {u"aud"_s, clientId},
            {u"iss"_s, issuer},
            {u"iat"_s, iat},
            {u"nbf"_s, iat},
            {u"exp"_s, iat + 3600},
        };
        if (hasScope(requested, u"email"_s) && !account.email.isEmpty())
            claims.append({u"email"_s, account.email});
        if (hasScope(requested, u"profile"_s))
            claims.append({u"name"_s, account.name});
        if (!nonce.isEmpty())
            claims.append({u"nonce"_s, nonce});
        claims.append({u"oid"_s, account.objectId});
        if (hasScope(requested, u"profile"_s))
            claims.append({u"preferred_username"_s, preferredUsername(account)});
        // sub is pairwise: the same user has another sub in another app.
        const QByteArray subject = QCryptographicHash::hash((account.objectId + u'|' + clientId).toUtf8(),
                                                            QCryptographicHash::Sha256);
        claims.append({u"rh"_s, u"0.A"_s + base64Url(randomBytes(40)) + u'.'});
        claims.append({u"sub"_s, base64Url(subject)});
        claims.append({u"tid"_s, account.tenantId});
        claims.append({u"uti"_s, base64Url(randomBytes(16))});
        claims.append({u"ver"_s, u"2.0"_s});
        body.append({u"id_token"_s, makeJwt(claims)});
    }

    qCInfo(lcIdentityProvider).noquote()
        << u"issued access token %1 for %2, scopes %3, expires in %4 s; %5%6"_s.arg(
               redacted(accessToken), account.email, granted.join(u' '), QString::number(m_accessTokenLifetime),
               refreshToken.isEmpty() ? u"no refresh token"_s : u"refresh token "_s + redacted(refreshToken),
               replacedRefreshToken.isEmpty() ? QString() : u" (replaces "_s + redacted(replacedRefreshToken) + u')');
    Response response;
    response.body = orderedJson(body);
    return response;
}

FakeIdentityProvider::Response FakeIdentityProvider::faultResponse(const TokenFault &fault, const Request &request)
{
    Response response;
    switch (fault.kind) {
    case TokenFault::Kind::Aadsts:
        response = aadstsError(request, fault.httpStatus, fault.error, fault.aadstsCode, fault.text);
        break;
    case TokenFault::Kind::ServerErrorPage:
        response.status = fault.httpStatus;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = htmlPage(u"Service unavailable"_s,
                                 u"<h1>Sorry, but we’re having trouble signing you in.</h1>"
                                 "<p>The service is temporarily unavailable. Please try again later.</p>"_s);
        break;
    case TokenFault::Kind::Garbage:
        response.status = fault.httpStatus;
        // Cut off in the middle, as a broken proxy or a dropped connection leaves it, then noise.
        response.body = QByteArrayLiteral("{\"token_type\":\"Bearer\",\"scope\":\"https://outlook.office.com/IMAP.Acc")
            + QByteArray("\x00\x1f\x8b\x08\xff\xfe<html>", 13) + randomBytes(48);
        break;
    case TokenFault::Kind::Close:
        response.delivery = Response::Delivery::Close;
        break;
    case TokenFault::Kind::Hang:
        response.delivery = Response::Delivery::Hang;
        break;
    case TokenFault::Kind::CaptivePortal:
        response.status = 200;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = htmlPage(u"Welcome"_s, u"<h1>Welcome to the Guest Wi-Fi</h1>"
                                               "<p>Please accept the terms of use to continue.</p>"_s);
        break;
    case TokenFault::Kind::Trickle:
        // What an answer looks like, never finished in time; made up, so that nothing is used up for it.
        response.body = QJsonDocument(QJsonObject{
                                          {u"token_type"_s, u"Bearer"_s},
                                          {u"scope"_s, imapScope + u' ' + smtpScope},
                                          {u"expires_in"_s, 3599},
                                          {u"access_token"_s, base64Url(randomBytes(1500))},
                                          {u"refresh_token"_s, base64Url(randomBytes(600))},
                                      })
                            .toJson(QJsonDocument::Compact);
        response.trickleMs = fault.trickleMs;
        break;
    case TokenFault::Kind::DelayOnly:
        break;
    }
    response.delayMs = fault.delayMs;
    return response;
}

// --- GET /{domain}/v2.0/.well-known/openid-configuration ------------------------------------------------------

FakeIdentityProvider::Response FakeIdentityProvider::handleDiscovery(const Request &request)
{
    ++m_discoveryCount;
    const QString asked = request.pathParameters.value(u"domain"_s);
    const QString lower = asked.toLower();
    QString tenantId;   // what the issuer names
    QString pathTenant; // what the endpoints carry
    if (lower == "common"_L1 || lower == "organizations"_L1) {
        // Microsoft's multi-tenant documents name no tenant: the issuer keeps the placeholder.
        tenantId = u"{tenantid}"_s;
        pathTenant = lower;
    } else if (lower == "consumers"_L1) {
        tenantId = personalTenantId;
        pathTenant = lower;
    } else if (isGuid(lower)) {
        const QList<QString> known = m_tenantDomains.values();
        if (known.contains(lower) || lower == m_account.tenantId.toLower() || lower == personalTenantId)
            tenantId = pathTenant = lower;
    } else {
        tenantId = pathTenant = m_tenantDomains.value(lower);
    }

    Response response;
    if (!isKnownTenant(asked)) {
        response = aadstsError(request, 400, u"invalid_request"_s, 900023, Text::invalidTenantName.arg(asked));
    } else if (tenantId.isEmpty()) {
        response = aadstsError(request, 400, u"invalid_tenant"_s, 90002, Text::discoveryTenantNotFound.arg(asked));
    } else {
        // Microsoft's document, in its order. The endpoints point here, so that a client following them stays on
        // loopback; the issuer is Microsoft's, the same as the iss of the id_tokens issued here.
        const QString here = u"http://localhost:%1/%2"_s.arg(port()).arg(pathTenant);
        const QString issuer = u"https://login.microsoftonline.com/%1/v2.0"_s.arg(tenantId);
        const bool personal = tenantId == personalTenantId;
        response.body = orderedJson({
            {u"token_endpoint"_s, here + u"/oauth2/v2.0/token"_s},
            {u"token_endpoint_auth_methods_supported"_s,
             QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
            {u"jwks_uri"_s, here + u"/discovery/v2.0/keys"_s},
            {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
            {u"subject_types_supported"_s, QJsonArray{u"pairwise"_s}},
            {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s}},
            {u"response_types_supported"_s,
             QJsonArray{u"code"_s, u"id_token"_s, u"code id_token"_s, u"id_token token"_s}},
            {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
            {u"issuer"_s, issuer},
            {u"request_uri_parameter_supported"_s, false},
            {u"userinfo_endpoint"_s, u"https://graph.microsoft.com/oidc/userinfo"_s},
            {u"authorization_endpoint"_s, here + u"/oauth2/v2.0/authorize"_s},
            {u"device_authorization_endpoint"_s, here + u"/oauth2/v2.0/devicecode"_s},
            {u"http_logout_supported"_s, true},
            {u"frontchannel_logout_supported"_s, true},
            {u"end_session_endpoint"_s, here + u"/oauth2/v2.0/logout"_s},
            {u"claims_supported"_s,
             QJsonArray{u"sub"_s, u"iss"_s, u"cloud_instance_name"_s, u"cloud_instance_host_name"_s,
                        u"cloud_graph_host_name"_s, u"msgraph_host"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"auth_time"_s,
                        u"acr"_s, u"nonce"_s, u"preferred_username"_s, u"name"_s, u"tid"_s, u"ver"_s,
                        u"at_hash"_s, u"c_hash"_s, u"email"_s}},
            {u"kerberos_endpoint"_s, here + u"/kerberos"_s},
            {u"tenant_region_scope"_s, personal ? QJsonValue(QJsonValue::Null) : QJsonValue(u"EU"_s)},
            {u"cloud_instance_name"_s, u"microsoftonline.com"_s},
            {u"cloud_graph_host_name"_s, u"graph.windows.net"_s},
            {u"msgraph_host"_s, u"graph.microsoft.com"_s},
            {u"rbac_url"_s, u"https://pas.windows.net"_s},
        });
    }
    response.delayMs = m_discoveryDelayMs;
    qCInfo(lcIdentityProvider).noquote()
        << u"GET /%1/v2.0/.well-known/openid-configuration ->"_s.arg(asked.left(100)) << response.status
        << (tenantId.isEmpty() ? u"(no such tenant)"_s : u"(tenant %1)"_s.arg(tenantId));
    Q_EMIT discoveryAnswered(asked, response.status);
    return response;
}

// --- GET /tokeninfo -------------------------------------------------------------------------------------------

FakeIdentityProvider::Response FakeIdentityProvider::handleTokenInfo(const Request &request)
{
    // Dovecot 2.3.19 with introspection_mode=get appends the token to tokeninfo_url; with the default mode
    // ("auth") it sends it as a bearer header instead. Both are understood so either configuration works.
    QString token =
        QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    const QByteArray authorization = request.headers.value("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7).trimmed());

    // With send_auth_headers=yes Dovecot names the protocol that asks (the auth request's service):
    // "imap" for IMAP logins, "smtp" for Postfix's SASL lookups through the auth socket.
    const QString service = QString::fromUtf8(request.headers.value("x-dovecot-auth-service")).trimmed().toLower();

    auto answer = [&](bool accepted, Response response, const QString &why) {
        qCInfo(lcIdentityProvider).noquote()
            << u"GET /tokeninfo service=%1 token=%2 ->"_s.arg(describeService(service), redacted(token))
            << response.status << why;
        Q_EMIT tokenChecked(service, redacted(token), accepted);
        return response;
    };

    if (token.isEmpty())
        return answer(false, jsonError(400, u"invalid_request"_s, u"no access_token"_s), u"(no token)"_s);

    QStringList acceptable;
    if (service == "imap"_L1)
        acceptable = {imapScope};
    else if (service == "smtp"_L1)
        acceptable = {smtpScope};
    else if (service == "pop3"_L1)
        acceptable = {popScope};
    else if (service.isEmpty())
        acceptable = {imapScope, smtpScope};
    else
        return answer(false, jsonError(401, u"invalid_token"_s, u"unknown protocol"_s), u"(unknown protocol)"_s);

    QString reloadError;
    if (!reloadTokenFile(&reloadError))
        qCWarning(lcIdentityProvider).noquote() << "keeping the previous tokens:" << reloadError;

    const TokenGrant *grant = findGrant(token);
    if (!grant)
        return answer(false, jsonError(401, u"invalid_token"_s, u"unknown token"_s), u"(unknown token)"_s);

    qint64 expiresIn = std::numeric_limits<int>::max();
    if (grant->expiresAt.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(grant->expiresAt);
        if (left <= 0)
            return answer(false, jsonError(401, u"invalid_token"_s, u"token expired"_s), u"(expired)"_s);
        expiresIn = (left + 999) / 1000;
        // Dovecot reads expires_in as a 32-bit number and rejects the whole answer if it does not fit.
        expiresIn = std::min(expiresIn, qint64(std::numeric_limits<int>::max()));
    }

    const bool inScope = std::any_of(acceptable.cbegin(), acceptable.cend(),
                                     [grant](const QString &scope) { return hasScope(grant->scopes, scope); });
    if (!inScope)
        return answer(false, jsonError(401, u"invalid_token"_s, u"token lacks the scope"_s), u"(scope missing)"_s);

    // Flat, as Dovecot 2.3 needs: it ignores nested values; "active" is compared as the string "true".
    const QJsonObject body{
        {u"email"_s, grant->email},
        {u"active"_s, u"true"_s},
        {u"expires_in"_s, expiresIn},
        {u"scope"_s, grant->scopes.join(u' ')},
        {u"token_type"_s, u"Bearer"_s},
    };
    Response response;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer(true, response, u"(accepted for %1)"_s.arg(grant->email));
}

bool FakeIdentityProvider::reloadTokenFile(QString *error)
{
    if (m_tokenFile.isEmpty())
        return true;
    QFile file(m_tokenFile);
    if (!file.exists()) {
        // A removed file revokes what it granted.
        m_fileTokens.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(m_tokenFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        if (error)
            *error = u"%1 is not a JSON array of tokens"_s.arg(m_tokenFile);
        return false;
    }

    QHash<QString, TokenGrant> tokens;
    const QJsonArray entries = document.array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString token = object.value(u"token"_s).toString();
        if (token.isEmpty())
            continue;
        TokenGrant grant;
        grant.email = object.value(u"email"_s).toString();
        const QJsonValue scopes = object.value(u"scopes"_s);
        if (scopes.isArray()) {
            const QJsonArray list = scopes.toArray();
            for (const QJsonValue &scope : list)
                grant.scopes.append(scope.toString());
        } else {
            grant.scopes = scopes.toString().split(u' ', Qt::SkipEmptyParts);
        }
        // No expiresAt: the token does not expire.
        const QJsonValue expiresAt = object.value(u"expiresAt"_s);
        if (expiresAt.isDouble())
            grant.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiresAt.toDouble()), Qt::UTC);
        else if (expiresAt.isString())
            grant.expiresAt = QDateTime::fromString(expiresAt.toString(), Qt::ISODate);
        tokens.insert(token, grant);
    }
    m_fileTokens = tokens;
    return true;
}

const FakeIdentityProvider::TokenGrant *FakeIdentityProvider::findGrant(const QString &token) const
{
    auto it = m_tokens.constFind(token);
    if (it != m_tokens.cend())
        return &it.value();
    it = m_fileTokens.constFind(token);
    if (it != m_fileTokens.cend())
        return &it.value();
    return nullptr;
}

// The small errors of the HTTP layer and of /tokeninfo (not Microsoft's token endpoint, whose errors are
// aadstsError's).
FakeIdentityProvider::Response FakeIdentityProvider::jsonError(int status, const QString &error,
                                                               const QString &description)
{
    QJsonObject body{{u"error"_s, error}};
    if (!description.isEmpty())
        body.insert(u"error_description"_s, description);
    Response response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}
