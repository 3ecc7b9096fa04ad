// The fake Microsoft identity platform, driven over HTTP with QNetworkAccessManager exactly as a client drives the
// real one: the authorize redirect, the token endpoint (PKCE, single-use codes, refresh token rotation), every error
// in Microsoft's shape, the test hooks, and /tokeninfo accepting what was issued.
#include "tests/support/fakeidentityprovider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// RFC 7636, Appendix B.
const QString rfcVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString rfcChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;

// What the product asks Microsoft for (resources/providers/outlook.json).
const QString productScopes = u"https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send "
                              "offline_access openid profile email"_s;
const QString redirectUri = u"http://localhost:53682/callback"_s;
const QString clientId = FakeIdentityProvider::sandboxClientId;

using Pairs = QList<std::pair<QString, QString>>;

QByteArray formEncode(const Pairs &pairs)
{
    QByteArrayList parts;
    for (const auto &[name, value] : pairs)
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

// A query as Microsoft writes it into a redirect: '+' for spaces, %xx for the rest.
QMultiMap<QString, QString> decodeMicrosoftQuery(QByteArray query)
{
    QMultiMap<QString, QString> values;
    for (QByteArray pair : query.split('&')) {
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        values.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
    }
    return values;
}

QJsonObject jwtPart(const QString &jwt, int part)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(part).toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QJsonDocument::fromJson(decoded.decoded).object() : QJsonObject();
}

// Everything the fake logs, while a Capture lives.
QStringList *capturedMessages = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (capturedMessages)
        capturedMessages->append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

struct Capture {
    QStringList messages;
    Capture()
    {
        capturedMessages = &messages;
        previousHandler = qInstallMessageHandler(captureMessage);
    }
    ~Capture()
    {
        qInstallMessageHandler(previousHandler);
        capturedMessages = nullptr;
    }
};

} // namespace

class tst_FakeIdentityProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void localhostReachesTheProvider();
    void pkceRoundTripWithTheRfcVector();
    void authorizeRecordsTheRequest();
    void idTokenClaims_data();
    void idTokenClaims();
    void personalAccount();
    void scopesDecideWhatIsIssued();
    void codeIsSingleUse();
    void codeExpires();
    void verifierMustMatch_data();
    void verifierMustMatch();
    void redirectUriMustBeTheSame();
    void clientSecretIsRefused_data();
    void clientSecretIsRefused();
    void tokenRequestChecks_data();
    void tokenRequestChecks();
    void correlationIdComesFromTheClient();
    void refreshRotatesTheToken();
    void refreshScopesMustBeConsented();
    void refreshTokenEnds_data();
    void refreshTokenEnds();
    void refreshTokenExpiresAfterInactivity();
    void refreshTokenBelongsToItsClient();
    void authorizeErrorPages_data();
    void authorizeErrorPages();
    void redirectPortIsIgnoredForLoopback_data();
    void redirectPortIsIgnoredForLoopback();
    void authorizeErrorRedirects_data();
    void authorizeErrorRedirects();
    void signInPageOutcomes_data();
    void signInPageOutcomes();
    void pageThatNeverAnswers();
    void accountMustFitTheAuthority_data();
    void accountMustFitTheAuthority();
    void injectedAadstsError();
    void injectedServerErrorPage();
    void injectedGarbage();
    void injectedDelay();
    void injectedClose();
    void injectedTrickleHangAndCaptivePortal();
    void faultsAreQueued();
    void tokenInfoAcceptsIssuedTokens();
    void tokenInfoRefusesExpiredTokens();
    void tokenInfoRefusesAfterLifetime();
    void tokenEndpointRefusesGet();
    void countsAndSignals();
    void secretsNeverReachTheLog();

private:
    struct Reply {
        bool finished = false;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QByteArray location; // raw, as sent
        QJsonObject json;
        QMultiMap<QString, QString> redirect; // the query of the Location, decoded
    };

    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply authorize(const Pairs &parameters, const QString &tenant = u"common"_s);
    Reply token(const Pairs &fields, const QString &tenant = u"common"_s,
                const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"),
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply tokenInfo(const QString &accessToken, const QByteArray &service);
    static Pairs authorizeParameters(const QString &challenge = rfcChallenge);
    static Pairs codeFields(const QString &code, const QString &verifier = rfcVerifier);
    static Pairs refreshFields(const QString &refreshToken, const QString &scope = {});
    // Signs in with the RFC vector; empty when the redirect carried no code.
    QString signIn(const Pairs &parameters = authorizeParameters(), const QString &tenant = u"common"_s);
    // Signs in and redeems the code: the token answer.
    QJsonObject signInAndRedeem();

    std::unique_ptr<FakeIdentityProvider> m_provider;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

// Microsoft's error body: HTTP status, error, "AADSTSnnnnn: text\r\nTrace ID: ...\r\nCorrelation ID: ...\r\n
// Timestamp: ...", error_codes [n], and the ids again on their own.
#define VERIFY_MICROSOFT_ERROR(reply, wantStatus, wantError, wantCode)                                                \
    do {                                                                                                              \
        const Reply &checked_ = (reply);                                                                              \
        QVERIFY(checked_.finished);                                                                                   \
        QCOMPARE(checked_.status, wantStatus);                                                                        \
        QVERIFY2(checked_.contentType.startsWith("application/json"), checked_.contentType.constData());              \
        QCOMPARE(checked_.json.value(u"error"_s).toString(), QString(wantError));                                     \
        static const QRegularExpression shape(                                                                        \
            u"^AADSTS(\\d+): ([^\\r\\n]+)\\r\\nTrace ID: ([0-9a-f-]{36})\\r\\nCorrelation ID: ([0-9a-f-]{36})"_s  \
            u"\\r\\nTimestamp: (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ)$"_s);                      \
        const QString description = checked_.json.value(u"error_description"_s).toString();                          \
        const auto match = shape.match(description);                                                                  \
        QVERIFY2(match.hasMatch(), qPrintable(description));                                                          \
        QCOMPARE(match.captured(1).toInt(), wantCode);                                                                \
        QCOMPARE(checked_.json.value(u"error_codes"_s).toArray(), QJsonArray{wantCode});                              \
        QCOMPARE(checked_.json.value(u"trace_id"_s).toString(), match.captured(3));                                   \
        QCOMPARE(checked_.json.value(u"correlation_id"_s).toString(), match.captured(4));                             \
        QCOMPARE(checked_.json.value(u"timestamp"_s).toString(), match.captured(5));                                  \
        QCOMPARE(checked_.json.value(u"error_uri"_s).toString(),                                                      \
                 u"https://login.microsoftonline.com/error?code=%1"_s.arg(wantCode));                                \
        QVERIFY(checked_.body.startsWith("{\"error\":"));                                                             \
    } while (false)

void tst_FakeIdentityProvider::init()
{
    m_provider = std::make_unique<FakeIdentityProvider>();
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void tst_FakeIdentityProvider::cleanup()
{
    m_manager.reset();
    m_provider.reset();
}

tst_FakeIdentityProvider::Reply tst_FakeIdentityProvider::send(const QByteArray &verb, const QUrl &url,
                                                               const QByteArray &body,
                                                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    // A browser would follow the redirect to the app; here the redirect itself is under test.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> networkReply(m_manager->sendCustomRequest(request, verb, body));
    QSignalSpy finished(networkReply.get(), &QNetworkReply::finished);
    Reply reply;
    reply.finished = finished.wait(15000) || networkReply->isFinished();
    reply.error = networkReply->error();
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.contentType = networkReply->rawHeader("Content-Type");
    if (networkReply->isOpen())
        reply.body = networkReply->readAll();
    reply.location = networkReply->rawHeader("Location");
    reply.json = QJsonDocument::fromJson(reply.body).object();
    const qsizetype query = reply.location.indexOf('?');
    if (query >= 0)
        reply.redirect = decodeMicrosoftQuery(reply.location.mid(query + 1));
    return reply;
}

tst_FakeIdentityProvider::Reply tst_FakeIdentityProvider::authorize(const Pairs &parameters, const QString &tenant)
{
    QUrl url = m_provider->authorizeUrl(tenant);
    url.setQuery(QString::fromLatin1(formEncode(parameters)));
    return send(QByteArrayLiteral("GET"), url);
}

tst_FakeIdentityProvider::Reply tst_FakeIdentityProvider::token(const Pairs &fields, const QString &tenant,
                                                                const QByteArray &contentType,
                                                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto allHeaders = headers;
    allHeaders.prepend({QByteArrayLiteral("Content-Type"), contentType});
    return send(QByteArrayLiteral("POST"), m_provider->tokenUrl(tenant), formEncode(fields), allHeaders);
}

tst_FakeIdentityProvider::Reply tst_FakeIdentityProvider::tokenInfo(const QString &accessToken,
                                                                    const QByteArray &service)
{
    // As Dovecot asks: the token appended to tokeninfo_url, the protocol in a header.
    const QUrl url(u"http://localhost:%1/tokeninfo?access_token=%2"_s.arg(m_provider->port())
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(accessToken))));
    return send(QByteArrayLiteral("GET"), url, {}, {{QByteArrayLiteral("X-Dovecot-Auth-Service"), service}});
}

Pairs tst_FakeIdentityProvider::authorizeParameters(const QString &challenge)
{
    return {{u"client_id"_s, clientId},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, redirectUri},
            {u"scope"_s, productScopes},
            {u"state"_s, u"Zt3K9_state-Value"_s},
            {u"code_challenge"_s, challenge},
            {u"code_challenge_method"_s, u"S256"_s},
            {u"prompt"_s, u"select_account"_s},
            {u"login_hint"_s, u"alex@sandbox.test"_s},
            {u"response_mode"_s, u"query"_s}};
}

Pairs tst_FakeIdentityProvider::codeFields(const QString &code, const QString &verifier)
{
    return {{u"grant_type"_s, u"authorization_code"_s},
            {u"client_id"_s, clientId},
            {u"code"_s, code},
            {u"redirect_uri"_s, redirectUri},
            {u"code_verifier"_s, verifier},
            {u"scope"_s, productScopes}};
}

Pairs tst_FakeIdentityProvider::refreshFields(const QString &refreshToken, const QString &scope)
{
    Pairs fields{{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId}, {u"refresh_token"_s, refreshToken}};
    fields.append({u"scope"_s, scope.isEmpty() ? productScopes : scope});
    return fields;
}

QString tst_FakeIdentityProvider::signIn(const Pairs &parameters, const QString &tenant)
{
    const Reply reply = authorize(parameters, tenant);
    if (reply.status != 302)
        return {};
    return reply.redirect.value(u"code"_s);
}

QJsonObject tst_FakeIdentityProvider::signInAndRedeem()
{
    const QString code = signIn();
    if (code.isEmpty())
        return {};
    const Reply reply = token(codeFields(code));
    return reply.status == 200 ? reply.json : QJsonObject();
}

// ---------------------------------------------------------------------------------------------------------------

void tst_FakeIdentityProvider::localhostReachesTheProvider()
{
    // The provider listens on 127.0.0.1 only, and profiles name it "localhost": whatever localhost resolves to
    // here (127.0.0.1 alone, or ::1 first as on most desktops), the manager must end up at the listener.
    const QHostInfo info = QHostInfo::fromName(u"localhost"_s);
    QVERIFY(!info.addresses().isEmpty());
    qInfo() << "localhost resolves to" << info.addresses();
    QCOMPARE(clientId, u"sandbox-client"_s); // the header's constants are ready before this file's statics
    QCOMPARE(m_provider->clientIds(), QStringList{clientId});
    QCOMPARE(m_provider->authorizeUrl().host(), u"localhost"_s);
    QCOMPARE(m_provider->tokenUrl(u"consumers"_s).toString(),
             u"http://localhost:%1/consumers/oauth2/v2.0/token"_s.arg(m_provider->port()));
    QElapsedTimer timer;
    timer.start();
    const Reply reply = authorize(authorizeParameters());
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 302);
    // Qt tries IPv6 and IPv4 side by side; a refused ::1 must not cost the client a time-out.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_FakeIdentityProvider::pkceRoundTripWithTheRfcVector()
{
    // The vector itself, so that a broken hash in the fake cannot pass unnoticed.
    QCOMPARE(QCryptographicHash::hash(rfcVerifier.toLatin1(), QCryptographicHash::Sha256)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             rfcChallenge.toLatin1());

    const Reply authorized = authorize(authorizeParameters());
    QVERIFY(authorized.finished);
    QCOMPARE(authorized.status, 302);
    QVERIFY2(authorized.location.startsWith(redirectUri.toLatin1() + "?code="),
             authorized.location.left(80).constData());
    QCOMPARE(authorized.redirect.value(u"state"_s), u"Zt3K9_state-Value"_s);
    QVERIFY(!authorized.redirect.value(u"session_state"_s).isEmpty());
    QCOMPARE(authorized.redirect.count(u"code"_s), 1);
    const QString code = authorized.redirect.value(u"code"_s);
    QVERIFY(code.size() > 100);

    const Reply redeemed = token(codeFields(code));
    QVERIFY(redeemed.finished);
    QCOMPARE(redeemed.error, QNetworkReply::NoError);
    QCOMPARE(redeemed.status, 200);
    QVERIFY2(redeemed.contentType.startsWith("application/json"), redeemed.contentType.constData());
    const QJsonObject json = redeemed.json;
    QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(json.value(u"scope"_s).toString(), u"%1 %2"_s.arg(FakeIdentityProvider::imapScope,
                                                                FakeIdentityProvider::smtpScope));
    QCOMPARE(json.value(u"expires_in"_s).toInt(), 3599);
    QCOMPARE(json.value(u"ext_expires_in"_s).toInt(), 3599);
    QVERIFY(json.value(u"access_token"_s).toString().size() > 1000);
    QVERIFY(!json.value(u"refresh_token"_s).toString().isEmpty());
    QVERIFY(!json.value(u"id_token"_s).toString().isEmpty());
    QVERIFY(redeemed.body.startsWith("{\"token_type\":\"Bearer\",\"scope\":"));

    // What the client sent: the verifier, and no secret of any kind.
    const FakeIdentityProvider::TokenRequest request = m_provider->lastTokenRequest();
    QCOMPARE(request.fields.value(u"code_verifier"_s), rfcVerifier);
    QVERIFY(!request.fields.contains(u"client_secret"_s));
    QVERIFY(!request.fields.contains(u"client_assertion"_s));
    QCOMPARE(request.contentType, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(request.tenant, u"common"_s);
}

void tst_FakeIdentityProvider::authorizeRecordsTheRequest()
{
    Pairs parameters = authorizeParameters();
    parameters.append({u"domain_hint"_s, u"organizations"_s});
    parameters.append({u"nonce"_s, u"n-0S6_WzA2Mj"_s});
    QVERIFY(!signIn(parameters, u"organizations"_s).isEmpty());
    const FakeIdentityProvider::AuthorizeRequest request = m_provider->lastAuthorizeRequest();
    QCOMPARE(request.tenant, u"organizations"_s);
    QCOMPARE(request.clientId, clientId);
    QCOMPARE(request.redirectUri, redirectUri);
    QCOMPARE(request.responseType, u"code"_s);
    QCOMPARE(request.scopes, productScopes.split(u' '));
    QCOMPARE(request.state, u"Zt3K9_state-Value"_s);
    QCOMPARE(request.codeChallenge, rfcChallenge);
    QCOMPARE(request.codeChallengeMethod, u"S256"_s);
    QCOMPARE(request.prompt, u"select_account"_s);
    QCOMPARE(request.loginHint, u"alex@sandbox.test"_s);
    QCOMPARE(request.domainHint, u"organizations"_s);
    QCOMPARE(request.responseMode, u"query"_s);
    QCOMPARE(request.nonce, u"n-0S6_WzA2Mj"_s);
    QCOMPARE(request.parameters.items.size(), parameters.size());

    // Microsoft decodes a query as a form: an unencoded '+' is a space. A client that does not encode it
    // sends a different login_hint than it meant.
    QUrl url = m_provider->authorizeUrl();
    url.setQuery(QString::fromLatin1(formEncode(authorizeParameters()) + "&x=a+b%2Bc"));
    QCOMPARE(send(QByteArrayLiteral("GET"), url).status, 302);
    QCOMPARE(m_provider->lastAuthorizeRequest().parameters.value(u"x"_s), u"a b+c"_s);
}

void tst_FakeIdentityProvider::idTokenClaims_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::newRow("common") << u"common"_s;
    QTest::newRow("organizations") << u"organizations"_s;
    QTest::newRow("tenant id") << FakeIdentityProvider::sandboxTenantId;
    QTest::newRow("tenant domain") << u"sandbox.test"_s;
}

void tst_FakeIdentityProvider::idTokenClaims()
{
    QFETCH(QString, tenant);
    FakeIdentityProvider::Account account = FakeIdentityProvider::sandboxAccount();
    account.preferredUsername = u"Alex@Sandbox.test"_s;
    m_provider->setAccount(account);
    Pairs parameters = authorizeParameters();
    parameters.append({u"nonce"_s, u"abc123"_s});
    const QString code = signIn(parameters, tenant);
    QVERIFY(!code.isEmpty());
    const Reply reply = token(codeFields(code), tenant);
    QCOMPARE(reply.status, 200);
    const QString idToken = reply.json.value(u"id_token"_s).toString();
    QCOMPARE(idToken.count(u'.'), 2);
    const QJsonObject header = jwtPart(idToken, 0);
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QVERIFY(!idToken.section(u'.', 2).isEmpty());

    const QJsonObject claims = jwtPart(idToken, 1);
    QCOMPARE(claims.value(u"aud"_s).toString(), clientId);
    QCOMPARE(claims.value(u"iss"_s).toString(),
             u"https://login.microsoftonline.com/%1/v2.0"_s.arg(FakeIdentityProvider::sandboxTenantId));
    QCOMPARE(claims.value(u"tid"_s).toString(), FakeIdentityProvider::sandboxTenantId);
    QCOMPARE(claims.value(u"oid"_s).toString(), FakeIdentityProvider::sandboxObjectId);
    QVERIFY(!claims.value(u"sub"_s).toString().isEmpty());
    QVERIFY(claims.value(u"sub"_s).toString() != FakeIdentityProvider::sandboxObjectId);
    QCOMPARE(claims.value(u"preferred_username"_s).toString(), u"Alex@Sandbox.test"_s);
    QCOMPARE(claims.value(u"email"_s).toString(), u"alex@sandbox.test"_s);
    QCOMPARE(claims.value(u"name"_s).toString(), u"Alex Sandbox"_s);
    QCOMPARE(claims.value(u"ver"_s).toString(), u"2.0"_s);
    QCOMPARE(claims.value(u"nonce"_s).toString(), u"abc123"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = claims.value(u"iat"_s).toInteger();
    QVERIFY(qAbs(iat - now) <= 5);
    QCOMPARE(claims.value(u"nbf"_s).toInteger(), iat);
    QVERIFY(claims.value(u"exp"_s).toInteger() > now + 3000);
}

void tst_FakeIdentityProvider::personalAccount()
{
    m_provider->setAccount({u"someone@outlook.com"_s, {}, u"Some One"_s, FakeIdentityProvider::personalTenantId,
                            u"00000000-0000-0000-1234-56789abcdef0"_s});
    const Reply authorized = authorize(authorizeParameters(), u"consumers"_s);
    QCOMPARE(authorized.status, 302);
    // Personal sign-ins come back without a session_state.
    QVERIFY(!authorized.redirect.contains(u"session_state"_s));
    const Reply reply = token(codeFields(authorized.redirect.value(u"code"_s)), u"consumers"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject claims = jwtPart(reply.json.value(u"id_token"_s).toString(), 1);
    QCOMPARE(claims.value(u"tid"_s).toString(), u"9188040d-6c67-4c5b-b112-36a304b66dad"_s);
    QCOMPARE(claims.value(u"iss"_s).toString(),
             u"https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"_s);
    QCOMPARE(claims.value(u"preferred_username"_s).toString(), u"someone@outlook.com"_s);

    // A personal access token is an opaque ticket with '+', '/' and '=' in it: it must survive the query.
    const QString accessToken = reply.json.value(u"access_token"_s).toString();
    QVERIFY(accessToken.startsWith(u"EwB"_s));
    QCOMPARE(accessToken.count(u'.'), 0);
    const Reply checked = tokenInfo(accessToken, "imap");
    QCOMPARE(checked.status, 200);
    QCOMPARE(checked.json.value(u"email"_s).toString(), u"someone@outlook.com"_s);

    // Its refresh token carries '!' and '*', which a client must encode in the form.
    const QString refreshToken = reply.json.value(u"refresh_token"_s).toString();
    QVERIFY(refreshToken.startsWith(u"M.C5"_s));
    QCOMPARE(token(refreshFields(refreshToken), u"consumers"_s).status, 200);
}

void tst_FakeIdentityProvider::scopesDecideWhatIsIssued()
{
    // Without offline_access no refresh token, without openid no id_token; without profile/email no such claims.
    Pairs parameters = authorizeParameters();
    parameters[3].second = u"%1 %2 openid"_s.arg(FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope);
    QString code = signIn(parameters);
    QVERIFY(!code.isEmpty());
    Pairs fields = codeFields(code);
    fields.removeLast(); // no scope: the authorize request's
    Reply reply = token(fields);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains(u"refresh_token"_s));
    const QJsonObject claims = jwtPart(reply.json.value(u"id_token"_s).toString(), 1);
    QVERIFY(!claims.contains(u"email"_s));
    QVERIFY(!claims.contains(u"preferred_username"_s));
    QCOMPARE(claims.value(u"tid"_s).toString(), FakeIdentityProvider::sandboxTenantId);

    parameters[3].second =
        u"%1 %2 offline_access"_s.arg(FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope);
    code = signIn(parameters);
    fields = codeFields(code);
    fields.removeLast();
    reply = token(fields);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains(u"id_token"_s));
    QVERIFY(reply.json.contains(u"refresh_token"_s));

    // Asking the token endpoint for more than was consented at the page.
    code = signIn();
    fields = codeFields(code);
    fields.last().second = productScopes + u' ' + FakeIdentityProvider::popScope;
    VERIFY_MICROSOFT_ERROR(token(fields), 400, u"invalid_grant"_s, 70000);
    // ... and for less is fine: the token carries only that.
    fields.last().second = FakeIdentityProvider::imapScope;
    reply = token(fields);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"scope"_s).toString(), FakeIdentityProvider::imapScope);
}

void tst_FakeIdentityProvider::codeIsSingleUse()
{
    const QString code = signIn();
    QVERIFY(!code.isEmpty());
    QCOMPARE(token(codeFields(code)).status, 200);
    const Reply again = token(codeFields(code));
    VERIFY_MICROSOFT_ERROR(again, 400, u"invalid_grant"_s, 54005);
    QVERIFY(again.json.value(u"error_description"_s).toString().startsWith(
        u"AADSTS54005: OAuth2 Authorization code was already redeemed"_s));

    // Each sign-in has a code of its own.
    const QString other = signIn();
    QVERIFY(!other.isEmpty());
    QVERIFY(other != code);

    // A code the provider never gave out.
    VERIFY_MICROSOFT_ERROR(token(codeFields(code + u"x"_s)), 400, u"invalid_grant"_s, 9002313);
}

void tst_FakeIdentityProvider::codeExpires()
{
    m_provider->setCodeLifetime(0);
    const QString code = signIn();
    QVERIFY(!code.isEmpty());
    VERIFY_MICROSOFT_ERROR(token(codeFields(code)), 400, u"invalid_grant"_s, 70008);
}

void tst_FakeIdentityProvider::verifierMustMatch_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("another verifier") << u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXK"_s;
    QTest::newRow("the challenge itself") << rfcChallenge;
    QTest::newRow("empty") << QString();
}

void tst_FakeIdentityProvider::verifierMustMatch()
{
    QFETCH(QString, verifier);
    const QString code = signIn();
    const Reply reply = token(codeFields(code, verifier));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 501481);
    QVERIFY(reply.json.value(u"error_description"_s).toString().startsWith(
        u"AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request."_s));
    // A failed redemption leaves the code usable with the right verifier.
    QCOMPARE(token(codeFields(code)).status, 200);
}

void tst_FakeIdentityProvider::redirectUriMustBeTheSame()
{
    const QString code = signIn();
    Pairs fields = codeFields(code);
    fields[3].second = u"http://localhost:53683/callback"_s; // another port than at authorize
    VERIFY_MICROSOFT_ERROR(token(fields), 400, u"invalid_grant"_s, 70000);
    fields.removeAt(3);
    VERIFY_MICROSOFT_ERROR(token(fields), 400, u"invalid_request"_s, 900144);
    QCOMPARE(token(codeFields(code)).status, 200);
}

void tst_FakeIdentityProvider::clientSecretIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty client_secret (what Qt 6.4 sends)") << u"client_secret"_s << QString();
    QTest::newRow("client_secret") << u"client_secret"_s << u"s3cr3t"_s;
    QTest::newRow("client_assertion") << u"client_assertion"_s << u"eyJ.x.y"_s;
}

void tst_FakeIdentityProvider::clientSecretIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const QString code = signIn();
    Pairs fields = codeFields(code);
    fields.append({name, value});
    const Reply reply = token(fields);
    VERIFY_MICROSOFT_ERROR(reply, 401, u"invalid_client"_s, 700025);
    QVERIFY(reply.json.value(u"error_description"_s).toString().startsWith(
        u"AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s));
    QVERIFY(m_provider->lastTokenRequest().fields.contains(name));
}

void tst_FakeIdentityProvider::tokenRequestChecks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("JSON body") << u"json"_s << 400 << u"invalid_request"_s << 900144;
    QTest::newRow("no grant_type") << u"drop grant_type"_s << 400 << u"invalid_request"_s << 900144;
    QTest::newRow("password grant") << u"grant password"_s << 400 << u"unsupported_grant_type"_s << 70003;
    QTest::newRow("no client_id") << u"drop client_id"_s << 400 << u"invalid_request"_s << 900144;
    QTest::newRow("unknown client_id") << u"client other"_s << 400 << u"unauthorized_client"_s << 700016;
    QTest::newRow("no code") << u"drop code"_s << 400 << u"invalid_request"_s << 900144;
    QTest::newRow("duplicated parameter") << u"duplicate scope"_s << 400 << u"invalid_request"_s << 9000411;
    QTest::newRow("unknown tenant") << u"tenant nowhere"_s << 400 << u"invalid_request"_s << 90002;
    QTest::newRow("another tenant") << u"tenant 11111111-2222-3333-4444-555555555555"_s << 400 << u"invalid_grant"_s
                                    << 700005;
    QTest::newRow("code of another client") << u"register other"_s << 400 << u"invalid_grant"_s << 70000;
}

void tst_FakeIdentityProvider::tokenRequestChecks()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const QString signedInCode = signIn();
    QVERIFY(!signedInCode.isEmpty());
    Pairs fields = codeFields(signedInCode);
    QString tenant = u"common"_s;
    QByteArray contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    const QString verb = change.section(u' ', 0, 0);
    const QString argument = change.section(u' ', 1);
    auto drop = [&fields](const QString &name) {
        fields.removeIf([&name](const auto &field) { return field.first == name; });
    };
    if (verb == "json"_L1) {
        QJsonObject object;
        for (const auto &[name, value] : std::as_const(fields))
            object.insert(name, value);
        const Reply reply = send(QByteArrayLiteral("POST"), m_provider->tokenUrl(),
                                 QJsonDocument(object).toJson(QJsonDocument::Compact),
                                 {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
        VERIFY_MICROSOFT_ERROR(reply, status, error, code);
        QVERIFY(reply.json.value(u"error_description"_s).toString().contains(u"'grant_type'"_s));
        QVERIFY(m_provider->lastTokenRequest().fields.items.isEmpty());
        QCOMPARE(m_provider->lastTokenRequest().contentType, QByteArrayLiteral("application/json"));
        return;
    }
    if (verb == "drop"_L1)
        drop(argument);
    else if (verb == "grant"_L1)
        fields[0].second = argument;
    else if (verb == "client"_L1)
        fields[1].second = argument;
    else if (verb == "duplicate"_L1)
        fields.append({argument, FakeIdentityProvider::imapScope});
    else if (verb == "tenant"_L1)
        tenant = argument;
    else if (verb == "register"_L1) {
        m_provider->registerClient(argument, {FakeIdentityProvider::sandboxRedirectUri});
        fields[1].second = argument;
    }
    const Reply reply = token(fields, tenant, contentType);
    VERIFY_MICROSOFT_ERROR(reply, status, error, code);
    if (verb == "drop"_L1)
        QVERIFY(reply.json.value(u"error_description"_s).toString().contains(u"'%1'"_s.arg(argument)));
}

void tst_FakeIdentityProvider::correlationIdComesFromTheClient()
{
    const QByteArray correlation = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    const Reply reply = token(codeFields(u"unknown"_s), u"common"_s,
                              QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8"),
                              {{QByteArrayLiteral("client-request-id"), correlation}});
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 9002313);
    QCOMPARE(reply.json.value(u"correlation_id"_s).toString().toLatin1(), correlation);
    QCOMPARE(m_provider->lastTokenRequest().clientRequestId, correlation);
    // Every error has new ids.
    const Reply other = token(codeFields(u"unknown"_s));
    QVERIFY(other.json.value(u"trace_id"_s) != reply.json.value(u"trace_id"_s));
    QVERIFY(other.json.value(u"correlation_id"_s) != reply.json.value(u"correlation_id"_s));
}

void tst_FakeIdentityProvider::refreshRotatesTheToken()
{
    const QJsonObject first = signInAndRedeem();
    const QString refresh1 = first.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh1.isEmpty());

    Reply reply = token(refreshFields(refresh1));
    QCOMPARE(reply.status, 200);
    const QString refresh2 = reply.json.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh2.isEmpty());
    QVERIFY(refresh2 != refresh1);
    QVERIFY(reply.json.value(u"access_token"_s).toString() != first.value(u"access_token"_s).toString());
    QVERIFY(reply.json.contains(u"id_token"_s));
    QCOMPARE(reply.json.value(u"expires_in"_s).toInt(), 3599);
    QVERIFY(!m_provider->lastTokenRequest().fields.contains(u"client_secret"_s));

    // The old one is gone the moment the new one exists.
    VERIFY_MICROSOFT_ERROR(token(refreshFields(refresh1)), 400, u"invalid_grant"_s, 70008);
    reply = token(refreshFields(refresh2));
    QCOMPARE(reply.status, 200);
    const QString refresh3 = reply.json.value(u"refresh_token"_s).toString();
    VERIFY_MICROSOFT_ERROR(token(refreshFields(refresh2)), 400, u"invalid_grant"_s, 70008);

    // Without a scope: what was consented at sign-in.
    Pairs fields = refreshFields(refresh3);
    fields.removeLast();
    reply = token(fields);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"scope"_s).toString(),
             u"%1 %2"_s.arg(FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope));
    QVERIFY(reply.json.contains(u"id_token"_s));

    // A refresh token nobody issued; none at all.
    VERIFY_MICROSOFT_ERROR(token(refreshFields(u"1.Anever-issued"_s)), 400, u"invalid_grant"_s, 9002313);
    VERIFY_MICROSOFT_ERROR(token({{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId}}), 400,
                           u"invalid_request"_s, 900144);
}

void tst_FakeIdentityProvider::refreshScopesMustBeConsented()
{
    const QString refresh = signInAndRedeem().value(u"refresh_token"_s).toString();
    // A subset is fine, and the access token carries only that.
    Reply reply = token(refreshFields(refresh, FakeIdentityProvider::imapScope + u" offline_access"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"scope"_s).toString(), FakeIdentityProvider::imapScope);
    QVERIFY(!reply.json.contains(u"id_token"_s));
    const QString imapOnly = reply.json.value(u"access_token"_s).toString();
    QCOMPARE(tokenInfo(imapOnly, "imap").status, 200);
    QCOMPARE(tokenInfo(imapOnly, "smtp").status, 401);

    // The rotated token still carries everything consented at sign-in.
    const QString next = reply.json.value(u"refresh_token"_s).toString();
    const QString beyond = productScopes + u' ' + FakeIdentityProvider::popScope;
    reply = token(refreshFields(next, beyond));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 70000);
    QVERIFY(reply.json.value(u"error_description"_s).toString().contains(u"scopes requested are unauthorized"_s));
    // Graph's IMAP scope is another resource's.
    reply = token(refreshFields(next, u"https://graph.microsoft.com/IMAP.AccessAsUser.All offline_access"_s));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 70000);
    // A refused refresh does not use the token up.
    reply = token(refreshFields(next));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"scope"_s).toString(),
             u"%1 %2"_s.arg(FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope));
}

void tst_FakeIdentityProvider::refreshTokenEnds_data()
{
    QTest::addColumn<FakeIdentityProvider::RefreshTokenEnd>("why");
    QTest::addColumn<bool>("all");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("inactive") << FakeIdentityProvider::RefreshTokenEnd::Inactive << false << 700082
                              << u"The refresh token has expired due to inactivity. The token was issued on "_s;
    QTest::newRow("revoked") << FakeIdentityProvider::RefreshTokenEnd::Revoked << false << 50173
                             << u"The provided grant has expired due to it being revoked"_s;
    QTest::newRow("sign-in frequency") << FakeIdentityProvider::RefreshTokenEnd::SignInFrequency << false << 70043
                                       << u"sign-in frequency checks by conditional access"_s;
    QTest::newRow("all, inactive") << FakeIdentityProvider::RefreshTokenEnd::Inactive << true << 700082
                                   << u"was inactive for 90.00:00:00."_s;
}

void tst_FakeIdentityProvider::refreshTokenEnds()
{
    QFETCH(FakeIdentityProvider::RefreshTokenEnd, why);
    QFETCH(bool, all);
    QFETCH(int, code);
    QFETCH(QString, words);
    const QString refresh = signInAndRedeem().value(u"refresh_token"_s).toString();
    const QString other = signInAndRedeem().value(u"refresh_token"_s).toString();
    if (all)
        m_provider->revokeAllRefreshTokens(why);
    else
        m_provider->revokeRefreshToken(refresh, why);
    const Reply reply = token(refreshFields(refresh));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, code);
    QVERIFY2(reply.json.value(u"error_description"_s).toString().contains(words),
             qPrintable(reply.json.value(u"error_description"_s).toString()));
    QCOMPARE(token(refreshFields(other)).status, all ? 400 : 200);
}

void tst_FakeIdentityProvider::refreshTokenExpiresAfterInactivity()
{
    const QString refresh = signInAndRedeem().value(u"refresh_token"_s).toString();
    m_provider->setRefreshTokenLifetime(0);
    const Reply reply = token(refreshFields(refresh));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 700082);
    QVERIFY(reply.json.value(u"error_description"_s).toString().contains(u"was inactive for 0.00:00:00."_s));
}

void tst_FakeIdentityProvider::refreshTokenBelongsToItsClient()
{
    const QString refresh = signInAndRedeem().value(u"refresh_token"_s).toString();
    m_provider->registerClient(u"other-client"_s, {FakeIdentityProvider::sandboxRedirectUri});
    Pairs fields = refreshFields(refresh);
    fields[1].second = u"other-client"_s;
    VERIFY_MICROSOFT_ERROR(token(fields), 400, u"invalid_grant"_s, 70000);
}

void tst_FakeIdentityProvider::authorizeErrorPages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("code");
    const QString common = u"common"_s;
    QTest::newRow("127.0.0.1 not registered") << u"redirect_uri"_s << u"http://127.0.0.1:53682/callback"_s << common
                                              << 50011;
    QTest::newRow("[::1] not registered") << u"redirect_uri"_s << u"http://[::1]:53682/callback"_s << common << 50011;
    QTest::newRow("https") << u"redirect_uri"_s << u"https://localhost:53682/callback"_s << common << 50011;
    QTest::newRow("other path") << u"redirect_uri"_s << u"http://localhost:53682/"_s << common << 50011;
    QTest::newRow("no path") << u"redirect_uri"_s << u"http://localhost:53682"_s << common << 50011;
    QTest::newRow("trailing slash") << u"redirect_uri"_s << u"http://localhost:53682/callback/"_s << common << 50011;
    QTest::newRow("path case") << u"redirect_uri"_s << u"http://localhost:53682/Callback"_s << common << 50011;
    QTest::newRow("query") << u"redirect_uri"_s << u"http://localhost:53682/callback?x=1"_s << common << 50011;
    QTest::newRow("other host") << u"redirect_uri"_s << u"http://example.com/callback"_s << common << 50011;
    QTest::newRow("no redirect_uri") << u"redirect_uri"_s << QString() << common << 900144;
    QTest::newRow("no client_id") << u"client_id"_s << QString() << common << 900144;
    QTest::newRow("unknown client, web redirect") << u"client_id+redirect_uri"_s << u"https://example.com/cb"_s
                                                  << common << 700016;
    QTest::newRow("unknown tenant") << QString() << QString() << u"nowhere"_s << 90002;
    QTest::newRow("duplicated parameter") << u"state"_s << u"+second"_s << common << 9000411;
}

void tst_FakeIdentityProvider::authorizeErrorPages()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, tenant);
    QFETCH(int, code);
    Pairs parameters = authorizeParameters();
    if (name == "client_id+redirect_uri"_L1) {
        parameters[0].second = u"unknown-client"_s;
        parameters[2].second = value;
    } else if (value.startsWith(u'+')) {
        parameters.append({name, value.mid(1)});
    } else if (!name.isEmpty()) {
        for (auto &parameter : parameters) {
            if (parameter.first == name)
                parameter.second = value;
        }
        parameters.removeIf([](const auto &parameter) { return parameter.second.isEmpty(); });
    }
    const Reply reply = authorize(parameters, tenant);
    QVERIFY(reply.finished);
    // No redirect: the browser shows Microsoft's page, and the app hears nothing.
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.location.isEmpty());
    QVERIFY(reply.contentType.startsWith("text/html"));
    const QString page = QString::fromUtf8(reply.body);
    QVERIFY2(page.contains(u"Message: AADSTS%1: "_s.arg(code)), qPrintable(page));
    QVERIFY(page.contains(u"Request Id: "_s));
    QVERIFY(page.contains(u"Correlation Id: "_s));
    if (code == 50011)
        QVERIFY(page.contains(u"The redirect URI &#x27;"_s) || page.contains(u"The redirect URI '"_s));
    QCOMPARE(m_provider->lastAuthorizeRequest().tenant, tenant);
}

void tst_FakeIdentityProvider::redirectPortIsIgnoredForLoopback_data()
{
    QTest::addColumn<QStringList>("registered");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<bool>("accepted");
    const QStringList localhost{u"http://localhost/callback"_s};
    QTest::newRow("ephemeral port") << localhost << u"http://localhost:49152/callback"_s << true;
    QTest::newRow("another port") << localhost << u"http://localhost:8080/callback"_s << true;
    QTest::newRow("no port") << localhost << u"http://localhost/callback"_s << true;
    QTest::newRow("registered with a port") << QStringList{u"http://localhost:1234/callback"_s}
                                            << u"http://localhost:5678/callback"_s << true;
    QTest::newRow("host case") << localhost << u"http://LOCALHOST:5678/callback"_s << true;
    QTest::newRow("127.0.0.1 registered") << QStringList{u"http://127.0.0.1/callback"_s}
                                          << u"http://127.0.0.1:5678/callback"_s << true;
    QTest::newRow("localhost when 127.0.0.1 is registered") << QStringList{u"http://127.0.0.1/callback"_s}
                                                            << u"http://localhost:5678/callback"_s << false;
    QTest::newRow("[::1] registered") << QStringList{u"http://[::1]/callback"_s} << u"http://[::1]:5678/callback"_s
                                      << true;
    QTest::newRow("bare localhost") << QStringList{u"http://localhost"_s} << u"http://localhost:5678"_s << true;
    QTest::newRow("web app port counts") << QStringList{u"https://app.example.com:8443/cb"_s}
                                         << u"https://app.example.com:9443/cb"_s << false;
    QTest::newRow("web app exact") << QStringList{u"https://app.example.com:8443/cb"_s}
                                   << u"https://app.example.com:8443/cb"_s << true;
}

void tst_FakeIdentityProvider::redirectPortIsIgnoredForLoopback()
{
    QFETCH(QStringList, registered);
    QFETCH(QString, sent);
    QFETCH(bool, accepted);
    m_provider->registerClient(clientId, registered);
    Pairs parameters = authorizeParameters();
    parameters[2].second = sent;
    const Reply reply = authorize(parameters);
    QCOMPARE(reply.status, accepted ? 302 : 400);
    if (accepted) {
        // Back to exactly the address the app gave, port and all.
        QVERIFY2(reply.location.startsWith(sent.toUtf8() + (sent.contains(u'?') ? "&" : "?") + "code="),
                 reply.location.left(100).constData());
        const QString code = reply.redirect.value(u"code"_s);
        Pairs fields = codeFields(code);
        fields[3].second = sent;
        QCOMPARE(token(fields).status, 200);
    }
}

void tst_FakeIdentityProvider::authorizeErrorRedirects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown client") << u"client_id"_s << u"not-registered"_s << u"unauthorized_client"_s << 700016;
    QTest::newRow("token response type") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s
                                         << 700054;
    QTest::newRow("no response type") << u"response_type"_s << QString() << u"invalid_request"_s << 900144;
    QTest::newRow("no scope") << u"scope"_s << QString() << u"invalid_request"_s << 900144;
    QTest::newRow("no SMTP scope") << u"scope"_s << u"https://outlook.office.com/IMAP.AccessAsUser.All openid"_s
                                   << u"invalid_scope"_s << 70011;
    QTest::newRow("Graph scopes") << u"scope"_s
                                  << u"https://graph.microsoft.com/IMAP.AccessAsUser.All "
                                     "https://graph.microsoft.com/SMTP.Send offline_access"_s
                                  << u"invalid_scope"_s << 70011;
    QTest::newRow("no challenge") << u"code_challenge"_s << QString() << u"invalid_request"_s << 900144;
    QTest::newRow("no challenge method") << u"code_challenge_method"_s << QString() << u"invalid_request"_s << 900144;
    QTest::newRow("plain challenge") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s << 9002313;
    QTest::newRow("short challenge") << u"code_challenge"_s << u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw"_s
                                     << u"invalid_request"_s << 501491;
}

void tst_FakeIdentityProvider::authorizeErrorRedirects()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(int, code);
    Pairs parameters = authorizeParameters();
    for (auto &parameter : parameters) {
        if (parameter.first == name)
            parameter.second = value;
    }
    parameters.removeIf([](const auto &parameter) { return parameter.second.isEmpty(); });
    const Reply reply = authorize(parameters);
    QCOMPARE(reply.status, 302);
    QVERIFY2(reply.location.startsWith(redirectUri.toUtf8() + "?error=" + error.toUtf8() + "&error_description="),
             reply.location.constData());
    QCOMPARE(reply.redirect.value(u"error"_s), error);
    QCOMPARE(reply.redirect.value(u"state"_s), u"Zt3K9_state-Value"_s);
    QVERIFY(!reply.redirect.contains(u"code"_s));
    QCOMPARE(reply.redirect.value(u"error_uri"_s), u"https://login.microsoftonline.com/error?code=%1"_s.arg(code));
    static const QRegularExpression shape(
        u"^AADSTS(\\d+): .+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\n"
        "Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"_s);
    const auto match = shape.match(reply.redirect.value(u"error_description"_s));
    QVERIFY2(match.hasMatch(), qPrintable(reply.redirect.value(u"error_description"_s)));
    QCOMPARE(match.captured(1).toInt(), code);
    // Microsoft's encoding: "AADSTSnnnnn%3a+Words+...%0d%0aTrace+ID%3a+..."
    QVERIFY2(reply.location.contains("error_description=AADSTS" + QByteArray::number(code) + "%3a+"),
             reply.location.constData());
    QVERIFY(reply.location.contains("%0d%0aTrace+ID%3a+"));
}

void tst_FakeIdentityProvider::signInPageOutcomes_data()
{
    QTest::addColumn<FakeIdentityProvider::SignInPage>("page");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("user cancels") << FakeIdentityProvider::SignInPage::UserCancels << u"access_denied"_s << 0
                                  << QByteArray("error=access_denied&error_description=the+user+canceled+the+"
                                                "authentication&state=");
    QTest::newRow("user declines consent")
        << FakeIdentityProvider::SignInPage::UserDeclinesConsent << u"access_denied"_s << 65004
        << QByteArray("error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+"
                      "app.%0d%0aTrace+ID%3a+");
    QTest::newRow("consent required") << FakeIdentityProvider::SignInPage::ConsentRequired << u"consent_required"_s
                                      << 65001 << QByteArray("error_description=AADSTS65001%3a+The+user+or+admin");
    QTest::newRow("needs admin approval") << FakeIdentityProvider::SignInPage::NeedsAdminApproval
                                          << u"consent_required"_s << 90094 << QByteArray("AADSTS90094%3a+");
    QTest::newRow("wrong tenant") << FakeIdentityProvider::SignInPage::WrongTenant << u"invalid_request"_s << 50020
                                  << QByteArray("AADSTS50020%3a+User+account+%27alex%40sandbox.test%27+from+identity+"
                                                "provider+%27https%3a%2f%2fsts.windows.net%2f");
    QTest::newRow("invalid request") << FakeIdentityProvider::SignInPage::InvalidRequest << u"invalid_request"_s
                                     << 9002313 << QByteArray("AADSTS9002313%3a+Invalid+request.");
}

void tst_FakeIdentityProvider::signInPageOutcomes()
{
    QFETCH(FakeIdentityProvider::SignInPage, page);
    QFETCH(QString, error);
    QFETCH(int, code);
    QFETCH(QByteArray, raw);
    m_provider->setSignInPage(page);
    QSignalSpy answered(m_provider.get(), &FakeIdentityProvider::authorizeAnswered);
    const Reply reply = authorize(authorizeParameters());
    QCOMPARE(reply.status, 302);
    QVERIFY2(reply.location.contains(raw), reply.location.constData());
    QCOMPARE(reply.redirect.value(u"error"_s), error);
    QCOMPARE(reply.redirect.value(u"state"_s), u"Zt3K9_state-Value"_s);
    QVERIFY(!reply.redirect.contains(u"code"_s));
    if (code > 0)
        QVERIFY(reply.redirect.value(u"error_description"_s).startsWith(u"AADSTS%1: "_s.arg(code)));
    else
        QCOMPARE(reply.redirect.value(u"error_description"_s), u"the user canceled the authentication"_s);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(0).toInt(), 302);
    QCOMPARE(answered.first().at(1).toString(), error);

    // Until the test changes it back.
    QCOMPARE(authorize(authorizeParameters()).redirect.value(u"error"_s), error);
    m_provider->setSignInPage(FakeIdentityProvider::SignInPage::SignsIn);
    QVERIFY(!signIn().isEmpty());
}

void tst_FakeIdentityProvider::pageThatNeverAnswers()
{
    m_provider->setSignInPage(FakeIdentityProvider::SignInPage::NoAnswer);
    const Reply reply = authorize(authorizeParameters());
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.location.isEmpty());
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.contains("Sign in to your account"));
    QCOMPARE(m_provider->authorizeRequestCount(), 1);
    QCOMPARE(m_provider->lastAuthorizeRequest().state, u"Zt3K9_state-Value"_s);
}

void tst_FakeIdentityProvider::accountMustFitTheAuthority_data()
{
    QTest::addColumn<bool>("personal");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("fits");
    QTest::newRow("personal at common") << true << u"common"_s << true;
    QTest::newRow("personal at consumers") << true << u"consumers"_s << true;
    QTest::newRow("personal at organizations") << true << u"organizations"_s << false;
    QTest::newRow("personal at a work tenant") << true << FakeIdentityProvider::sandboxTenantId << false;
    QTest::newRow("work at consumers") << false << u"consumers"_s << false;
    QTest::newRow("work at its tenant") << false << FakeIdentityProvider::sandboxTenantId << true;
    QTest::newRow("work at another tenant") << false << u"11111111-2222-3333-4444-555555555555"_s << false;
    QTest::newRow("work at its domain") << false << u"sandbox.test"_s << true;
    QTest::newRow("work at another domain") << false << u"contoso.com"_s << false;
}

void tst_FakeIdentityProvider::accountMustFitTheAuthority()
{
    QFETCH(bool, personal);
    QFETCH(QString, tenant);
    QFETCH(bool, fits);
    if (personal) {
        m_provider->setAccount({u"someone@outlook.com"_s, {}, u"Some One"_s, FakeIdentityProvider::personalTenantId,
                                u"00000000-0000-0000-1234-56789abcdef0"_s});
    }
    const Reply reply = authorize(authorizeParameters(), tenant);
    QCOMPARE(reply.status, 302);
    if (fits) {
        QVERIFY(reply.redirect.contains(u"code"_s));
        QCOMPARE(token(codeFields(reply.redirect.value(u"code"_s)), tenant).status, 200);
    } else {
        QVERIFY(reply.redirect.value(u"error_description"_s).startsWith(u"AADSTS50020: "_s));
        if (personal)
            QVERIFY(reply.redirect.value(u"error_description"_s).contains(u"from identity provider 'live.com'"_s));
    }
}

void tst_FakeIdentityProvider::injectedAadstsError()
{
    const QString code = signIn();
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::aadsts(
        u"interaction_required"_s, 50076,
        u"Due to a configuration change made by your administrator, or because you moved to a new location, you "
        "must use multi-factor authentication to access 'https://outlook.office.com'."_s));
    QSignalSpy answered(m_provider.get(), &FakeIdentityProvider::tokenAnswered);
    const Reply reply = token(codeFields(code));
    VERIFY_MICROSOFT_ERROR(reply, 400, u"interaction_required"_s, 50076);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(0).toString(), u"authorization_code"_s);
    QCOMPARE(answered.first().at(1).toInt(), 400);
    QCOMPARE(answered.first().at(2).toString(), u"interaction_required"_s);
    // The request is recorded, and the code untouched: the next redemption works.
    QCOMPARE(m_provider->lastTokenRequest().fields.value(u"code_verifier"_s), rfcVerifier);
    QCOMPARE(token(codeFields(code)).status, 200);

    // Any status.
    m_provider->failNextTokenRequest(
        FakeIdentityProvider::TokenFault::aadsts(u"temporarily_unavailable"_s, 50196, u"The server is busy."_s, 503));
    VERIFY_MICROSOFT_ERROR(token(codeFields(code)), 503, u"temporarily_unavailable"_s, 50196);
}

void tst_FakeIdentityProvider::injectedServerErrorPage()
{
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::serverErrorPage());
    const Reply reply = token(codeFields(signIn()));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.error, QNetworkReply::InternalServerError);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(reply.json.isEmpty());
}

void tst_FakeIdentityProvider::injectedGarbage()
{
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::garbage());
    const Reply reply = token(codeFields(signIn()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QVERIFY(reply.body.startsWith("{\"token_type\":\"Bearer\""));
}

void tst_FakeIdentityProvider::injectedDelay()
{
    const QString code = signIn();
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(600));
    QElapsedTimer timer;
    timer.start();
    Reply reply = token(codeFields(code));
    QVERIFY(timer.elapsed() >= 550);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.contains(u"access_token"_s));

    // A delay longer than the client waits: the client gives up (Qt's transfer time limit here).
    m_manager->setTransferTimeout(200);
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(3000));
    timer.restart();
    reply = token(codeFields(signIn()));
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QVERIFY(timer.elapsed() < 2500);

    // An error after a delay.
    m_manager->setTransferTimeout(0);
    m_provider->failNextTokenRequest(
        FakeIdentityProvider::TokenFault::aadsts(u"invalid_grant"_s, 50173, u"The grant was revoked."_s).after(300));
    timer.restart();
    reply = token(codeFields(signIn()));
    QVERIFY(timer.elapsed() >= 250);
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_grant"_s, 50173);
}

void tst_FakeIdentityProvider::injectedClose()
{
    const QString code = signIn();
    // Qt sends a request once more when the connection closes before any answer: one close goes unnoticed...
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::closeWithoutAnswer());
    QSignalSpy answered(m_provider.get(), &FakeIdentityProvider::tokenAnswered);
    Reply reply = token(codeFields(code));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_provider->tokenRequestCount(), 2);
    QCOMPARE(answered.size(), 2);
    QCOMPARE(answered.first().at(1).toInt(), 0); // closed
    QCOMPARE(answered.first().at(2).toString(), u"(connection closed)"_s);

    // ... two reach the client.
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::closeWithoutAnswer(), 2);
    reply = token(codeFields(signIn()));
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(m_provider->tokenRequestCount(), 4);
}

void tst_FakeIdentityProvider::injectedTrickleHangAndCaptivePortal()
{
    // A trickle: a byte every 100 ms, never silent for long, never done within a client's limit for the whole.
    const QString code = signIn();
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::trickle(100));
    QNetworkRequest request(m_provider->tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> trickled(m_manager->post(request, formEncode(codeFields(code))));
    QTest::qWait(1200);
    QVERIFY(!trickled->isFinished());
    const qint64 received = trickled->bytesAvailable();
    QTest::qWait(500);
    QVERIFY(!trickled->isFinished());
    // The status line and headers came (Qt holds them back until the head is complete), and more keeps coming.
    QVERIFY(trickled->bytesAvailable() >= received);
    trickled->abort();
    // The code was not used up by the fault.
    QCOMPARE(token(codeFields(code)).status, 200);

    // A hang: the request is read, nothing ever comes back, until the client gives up.
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::hang());
    m_manager->setTransferTimeout(600);
    QSignalSpy answered(m_provider.get(), &FakeIdentityProvider::tokenAnswered);
    QElapsedTimer timer;
    timer.start();
    Reply reply = token(codeFields(signIn()));
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QVERIFY(timer.elapsed() >= 550);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(1).toInt(), 0);
    QCOMPARE(answered.first().at(2).toString(), u"(no answer)"_s);
    m_manager->setTransferTimeout(0);

    // A captive portal: 200, HTML.
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::captivePortal());
    reply = token(codeFields(signIn()));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.contains("Guest Wi-Fi"));
}

void tst_FakeIdentityProvider::faultsAreQueued()
{
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::serverErrorPage(503), 2);
    m_provider->failNextTokenRequest(FakeIdentityProvider::TokenFault::garbage());
    const QString code = signIn();
    QCOMPARE(token(codeFields(code)).status, 503);
    QCOMPARE(token(codeFields(code)).status, 503);
    QVERIFY(token(codeFields(code)).json.isEmpty());
    QCOMPARE(token(codeFields(code)).status, 200);
    QCOMPARE(m_provider->tokenRequestCount(), 4);
}

void tst_FakeIdentityProvider::tokenInfoAcceptsIssuedTokens()
{
    const QJsonObject tokens = signInAndRedeem();
    const QString accessToken = tokens.value(u"access_token"_s).toString();
    QSignalSpy checked(m_provider.get(), &FakeIdentityProvider::tokenChecked);
    for (const QByteArray &service : {QByteArrayLiteral("imap"), QByteArrayLiteral("smtp")}) {
        const Reply reply = tokenInfo(accessToken, service);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"email"_s).toString(), u"alex@sandbox.test"_s);
        QCOMPARE(reply.json.value(u"active"_s).toString(), u"true"_s);
        const int expiresIn = reply.json.value(u"expires_in"_s).toInt();
        QVERIFY2(expiresIn > 3590 && expiresIn <= 3599, qPrintable(QString::number(expiresIn)));
    }
    // POP was not asked for.
    QCOMPARE(tokenInfo(accessToken, "pop3").status, 401);
    QCOMPARE(checked.size(), 3);
    QCOMPARE(checked.at(0).at(2).toBool(), true);
    QCOMPARE(checked.at(2).at(2).toBool(), false);
    QVERIFY(!checked.at(0).at(1).toString().contains(accessToken.mid(4, 20)));

    // The work account's access token is a JWT for Outlook; nothing in the product may rely on that.
    const QJsonObject claims = jwtPart(accessToken, 1);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"https://outlook.office.com"_s);
    QCOMPARE(claims.value(u"scp"_s).toString(), u"IMAP.AccessAsUser.All SMTP.Send"_s);

    // revoke() works on issued tokens too.
    m_provider->revoke(accessToken);
    QCOMPARE(tokenInfo(accessToken, "imap").status, 401);
}

void tst_FakeIdentityProvider::tokenInfoRefusesExpiredTokens()
{
    const QString accessToken = signInAndRedeem().value(u"access_token"_s).toString();
    QCOMPARE(tokenInfo(accessToken, "imap").status, 200);
    m_provider->expireAccessTokens();
    const Reply reply = tokenInfo(accessToken, "imap");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json.value(u"error_description"_s).toString(), u"token expired"_s);
    // A refresh gives a working one again.
    const QString fresh = signInAndRedeem().value(u"access_token"_s).toString();
    QCOMPARE(tokenInfo(fresh, "smtp").status, 200);
}

void tst_FakeIdentityProvider::tokenInfoRefusesAfterLifetime()
{
    m_provider->setAccessTokenLifetime(2);
    const QJsonObject tokens = signInAndRedeem();
    QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 2);
    const QString accessToken = tokens.value(u"access_token"_s).toString();
    QCOMPARE(tokenInfo(accessToken, "imap").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(tokenInfo(accessToken, "imap").status, 401, 5000);
}

void tst_FakeIdentityProvider::tokenEndpointRefusesGet()
{
    const Reply reply = send(QByteArrayLiteral("GET"), m_provider->tokenUrl());
    VERIFY_MICROSOFT_ERROR(reply, 400, u"invalid_request"_s, 900561);
    // Other verbs and paths are the HTTP layer's business.
    QCOMPARE(send(QByteArrayLiteral("PUT"), m_provider->tokenUrl()).status, 405);
    QCOMPARE(send(QByteArrayLiteral("GET"), QUrl(u"http://localhost:%1/common/oauth2/v2.0/nothing"_s.arg(
                                                m_provider->port())))
                 .status,
             404);
    // Paths are case-insensitive, as Microsoft's are.
    QCOMPARE(send(QByteArrayLiteral("GET"), QUrl(u"http://localhost:%1/Common/OAuth2/V2.0/Token"_s.arg(
                                                m_provider->port())))
                 .status,
             400);
}

void tst_FakeIdentityProvider::countsAndSignals()
{
    QSignalSpy authorized(m_provider.get(), &FakeIdentityProvider::authorizeAnswered);
    QSignalSpy answered(m_provider.get(), &FakeIdentityProvider::tokenAnswered);
    const QJsonObject tokens = signInAndRedeem();
    QCOMPARE(token(refreshFields(tokens.value(u"refresh_token"_s).toString())).status, 200);
    QCOMPARE(tokenInfo(tokens.value(u"access_token"_s).toString(), "imap").status, 200);
    QCOMPARE(m_provider->authorizeRequestCount(), 1);
    QCOMPARE(m_provider->tokenRequestCount(), 2);
    QCOMPARE(m_provider->requestCount(), 4);
    QCOMPARE(authorized.size(), 1);
    QCOMPARE(authorized.first().at(0).toInt(), 302);
    QVERIFY(authorized.first().at(1).toString().isEmpty());
    QCOMPARE(answered.size(), 2);
    QCOMPARE(answered.at(1).at(0).toString(), u"refresh_token"_s);
    QCOMPARE(answered.at(1).at(1).toInt(), 200);
    QVERIFY(answered.at(1).at(2).toString().isEmpty());
    QCOMPARE(m_provider->lastTokenRequest().fields.value(u"grant_type"_s), u"refresh_token"_s);
}

void tst_FakeIdentityProvider::secretsNeverReachTheLog()
{
    Capture capture;
    const FakeIdentityProvider::Account personal{u"someone@outlook.com"_s, {}, u"Some One"_s,
                                                 FakeIdentityProvider::personalTenantId,
                                                 u"00000000-0000-0000-1234-56789abcdef0"_s};
    QStringList secrets{rfcVerifier, rfcChallenge};
    for (const auto &account : {FakeIdentityProvider::sandboxAccount(), personal}) {
        m_provider->setAccount(account);
        const QString tenant = account.tenantId == FakeIdentityProvider::personalTenantId ? u"consumers"_s
                                                                                          : u"common"_s;
        const Reply authorized = authorize(authorizeParameters(), tenant);
        const QString code = authorized.redirect.value(u"code"_s);
        QVERIFY(!code.isEmpty());
        const QJsonObject tokens = token(codeFields(code), tenant).json;
        token(codeFields(code), tenant); // the refused second redemption logs too
        const Reply refreshed = token(refreshFields(tokens.value(u"refresh_token"_s).toString()), tenant);
        QCOMPARE(refreshed.status, 200);
        tokenInfo(tokens.value(u"access_token"_s).toString(), "imap");
        secrets << code << tokens.value(u"access_token"_s).toString() << tokens.value(u"refresh_token"_s).toString()
                << tokens.value(u"id_token"_s).toString() << refreshed.json.value(u"access_token"_s).toString()
                << refreshed.json.value(u"refresh_token"_s).toString();
    }
    QVERIFY(capture.messages.size() >= 10);
    const QString log = capture.messages.join(u'\n');
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 40);
        // Not whole, and no run of 12 characters from anywhere in it (the redacted form shows 4).
        for (qsizetype at = 0; at + 12 <= secret.size(); at += 6)
            QVERIFY2(!log.contains(secret.mid(at, 12)), qPrintable(u"found part of a secret at %1"_s.arg(at)));
    }
    QVERIFY(!log.contains(u"Zt3K9_state-Value"_s));
}

QTEST_GUILESS_MAIN(tst_FakeIdentityProvider)
#include "tst_fakeidentityprovider.moc"
