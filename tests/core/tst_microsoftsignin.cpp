// Sign-in and refresh against a fake Microsoft identity provider on a loopback port. The browser is
// played by the test: it opens the address MicrosoftSignIn hands over and follows the redirect back
// to the loopback listener, or throws other things at that listener.
#include "account/accountsettings.h"
#include "account/tokenkeeper.h"
#include "fakeidentityprovider.h"
#include "secrets/memorysecretstore.h"
#include "signin/loopbackreplyhandler.h"
#include "signin/microsoftsignin.h"
#include "signin/pkce.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct BrowserVisit {
    int status = 0;
    QUrl location;     // where the sign-in page redirected to
    int callbackStatus = 0;
    QByteArray page;   // what the loopback listener showed
};

QNetworkReply *get(QNetworkAccessManager &manager, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    return reply;
}

} // namespace

class tst_MicrosoftSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signsInWithPkceAndStateOnLoopback();
    void signInFailures_data();
    void signInFailures();
    void stateMismatchIsRefused();
    void listenerIgnoresGarbageFaviconAndSecondCallback();
    void tokenEndpointFailures_data();
    void tokenEndpointFailures();
    void browserTimeLimitAndCancel();
    void signedInAsSomeoneElse();
    void refreshRotatesAndStoresTheNewToken();
    void refreshAfterRevocationSaysSignInAgain();
    void concurrentRequestsRefreshOnce();

private:
    OAuthSettings settings() const;
    // Plays the browser: opens the sign-in page, optionally changes the redirect, follows it.
    BrowserVisit browse(const QUrl &url, const std::function<QUrl(QUrl)> &tamper = {});
    // Runs a sign-in to its end with the browser following every step.
    std::pair<std::optional<SignInTokens>, std::optional<SignInFailure>> signInThroughBrowser(
        MicrosoftSignIn &signIn, BrowserVisit *visit = nullptr, const std::function<QUrl(QUrl)> &tamper = {});

    std::unique_ptr<FakeIdentityProvider> m_idp;
    std::unique_ptr<QNetworkAccessManager> m_clientNetwork;
    QNetworkAccessManager m_browser;
};

void tst_MicrosoftSignIn::init()
{
    m_idp = std::make_unique<FakeIdentityProvider>();
    QVERIFY(m_idp->start());
    m_clientNetwork = std::make_unique<QNetworkAccessManager>();
    m_clientNetwork->setTransferTimeout(2000);
}

void tst_MicrosoftSignIn::cleanup()
{
    m_clientNetwork.reset();
    m_idp.reset();
}

OAuthSettings tst_MicrosoftSignIn::settings() const
{
    OAuthSettings oauth;
    oauth.authorizeUrl = m_idp->authorizeUrl();
    oauth.tokenUrl = m_idp->tokenUrl();
    oauth.clientId = FakeIdentityProvider::sandboxClientId;
    oauth.scopes = { FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope, u"offline_access"_s,
                     u"openid"_s, u"profile"_s, u"email"_s };
    return oauth;
}

BrowserVisit tst_MicrosoftSignIn::browse(const QUrl &url, const std::function<QUrl(QUrl)> &tamper)
{
    BrowserVisit visit;
    std::unique_ptr<QNetworkReply> page(get(m_browser, url));
    visit.status = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    visit.location = page->header(QNetworkRequest::LocationHeader).toUrl();
    if (visit.status != 302 || !visit.location.isValid())
        return visit;
    const QUrl target = tamper ? tamper(visit.location) : visit.location;
    std::unique_ptr<QNetworkReply> callback(get(m_browser, target));
    visit.callbackStatus = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    visit.page = callback->readAll();
    return visit;
}

std::pair<std::optional<SignInTokens>, std::optional<SignInFailure>> tst_MicrosoftSignIn::signInThroughBrowser(
    MicrosoftSignIn &signIn, BrowserVisit *visit, const std::function<QUrl(QUrl)> &tamper)
{
    std::optional<SignInTokens> tokens;
    std::optional<SignInFailure> failure;
    connect(&signIn, &MicrosoftSignIn::signedIn, this, [&](const SignInTokens &result) { tokens = result; });
    connect(&signIn, &MicrosoftSignIn::failed, this, [&](const SignInFailure &result) { failure = result; });
    QSignalSpy browserNeeded(&signIn, &MicrosoftSignIn::browserNeeded);
    signIn.signIn(u"alex@sandbox.test"_s);
    if (browserNeeded.isEmpty() && !browserNeeded.wait(5000))
        return { tokens, failure };
    const BrowserVisit result = browse(browserNeeded.constFirst().constFirst().toUrl(), tamper);
    if (visit)
        *visit = result;
    // Neither, when it timed out: the caller sees both empty.
    (void)QTest::qWaitFor([&] { return tokens || failure; }, 10'000);
    return { tokens, failure };
}

void tst_MicrosoftSignIn::signsInWithPkceAndStateOnLoopback()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    BrowserVisit visit;
    QSignalSpy exchanging(&signIn, &MicrosoftSignIn::exchangingCode);
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit);
    QVERIFY2(!failure, failure ? qPrintable(failure->reply()) : "");
    QVERIFY(tokens);
    QCOMPARE(exchanging.size(), 1);

    // The authorize request: PKCE S256, a fresh 22-character state, one consent for IMAP and SMTP.
    const auto authorize = m_idp->lastAuthorizeRequest();
    QCOMPARE(authorize.codeChallengeMethod, u"S256"_s);
    QCOMPARE(authorize.codeChallenge.size(), 43);
    QCOMPARE(authorize.state.size(), 22);
    QCOMPARE(authorize.prompt, u"select_account"_s);
    QCOMPARE(authorize.loginHint, u"alex@sandbox.test"_s);
    QVERIFY(authorize.scopes.contains(FakeIdentityProvider::imapScope));
    QVERIFY(authorize.scopes.contains(FakeIdentityProvider::smtpScope));
    QVERIFY(authorize.scopes.contains(u"offline_access"_s));
    const QUrl redirect(authorize.redirectUri);
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"localhost"_s);
    QCOMPARE(redirect.path(), u"/callback"_s);
    QVERIFY(redirect.port() > 0);

    // The token request: the verifier that belongs to the challenge, the same redirect, no secret.
    const auto token = m_idp->lastTokenRequest();
    QCOMPARE(token.fields.value(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(Pkce::challengeFor(token.fields.value(u"code_verifier"_s).toLatin1()), authorize.codeChallenge.toLatin1());
    QCOMPARE(token.fields.value(u"redirect_uri"_s), authorize.redirectUri);
    QVERIFY(!token.fields.contains(u"client_secret"_s));

    QVERIFY(!tokens->accessToken.isEmpty());
    QVERIFY(!tokens->refreshToken.isEmpty());
    QVERIFY(tokens->expiresAt > QDateTime::currentDateTime().addSecs(3000));
    QVERIFY(tokens->claims);
    QCOMPARE(tokens->claims->signedInAddress(), u"alex@sandbox.test"_s);
    QCOMPARE(tokens->claims->tenantId, FakeIdentityProvider::sandboxTenantId);
    QVERIFY(!tokens->claims->isPersonalAccount());

    // Our own page, in words; then the listener is gone.
    QCOMPARE(visit.callbackStatus, 200);
    QVERIFY(visit.page.contains("You are signed in"));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(1000));
}

void tst_MicrosoftSignIn::signInFailures_data()
{
    QTest::addColumn<FakeIdentityProvider::SignInPage>("page");
    QTest::addColumn<DiagnosisId>("classId");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("user cancels") << FakeIdentityProvider::SignInPage::UserCancels << DiagnosisId::UserCancelled << QString();
    QTest::newRow("declines consent") << FakeIdentityProvider::SignInPage::UserDeclinesConsent << DiagnosisId::UserCancelled << u"AADSTS65004"_s;
    QTest::newRow("consent required") << FakeIdentityProvider::SignInPage::ConsentRequired << DiagnosisId::ConsentRequired << u"AADSTS65001"_s;
    QTest::newRow("needs admin approval") << FakeIdentityProvider::SignInPage::NeedsAdminApproval << DiagnosisId::ConsentRequired << u"AADSTS90094"_s;
    QTest::newRow("wrong tenant") << FakeIdentityProvider::SignInPage::WrongTenant << DiagnosisId::WrongAccountOrTenant << u"AADSTS50020"_s;
    QTest::newRow("invalid request") << FakeIdentityProvider::SignInPage::InvalidRequest << DiagnosisId::ClientError << u"AADSTS9002313"_s;
}

void tst_MicrosoftSignIn::signInFailures()
{
    QFETCH(FakeIdentityProvider::SignInPage, page);
    QFETCH(DiagnosisId, classId);
    QFETCH(QString, aadsts);
    m_idp->setSignInPage(page);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    BrowserVisit visit;
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit);
    QVERIFY(!tokens);
    QVERIFY(failure);
    QCOMPARE(failure->id, classId);
    if (!aadsts.isEmpty())
        QCOMPARE(failure->aadstsCode, aadsts);
    QCOMPARE(failure->diagnosis().id, classId);
    // The browser says it did not work, and sends the person back to Mail Setup.
    QVERIFY(visit.page.contains("did not finish"));
    QCOMPARE(m_idp->tokenRequestCount(), 0);
}

void tst_MicrosoftSignIn::stateMismatchIsRefused()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    BrowserVisit visit;
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit, [](QUrl url) {
        QUrlQuery query(url);
        query.removeQueryItem(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged-state-from-another-page"_s);
        url.setQuery(query);
        return url;
    });
    QVERIFY(!tokens);
    QVERIFY(failure);
    QCOMPARE(failure->id, DiagnosisId::ClientError);
    QVERIFY(failure->detail.contains(u"state"_s));
    QVERIFY(visit.page.contains("did not finish"));
    // The code was never redeemed.
    QCOMPARE(m_idp->tokenRequestCount(), 0);
}

void tst_MicrosoftSignIn::listenerIgnoresGarbageFaviconAndSecondCallback()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy browserNeeded(&signIn, &MicrosoftSignIn::browserNeeded);
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
    signIn.signIn(u"alex@sandbox.test"_s);
    QVERIFY(!browserNeeded.isEmpty() || browserNeeded.wait(5000));
    const QUrl redirect(signIn.redirectUri());

    // Garbage bytes, a favicon request and a GET elsewhere: none of them is the answer.
    QTcpSocket garbage;
    garbage.connectToHost(QHostAddress::LocalHost, redirect.port());
    QVERIFY(garbage.waitForConnected(2000));
    garbage.write(QByteArray("\x16\x03\x01\x00\xff garbage\r\n\r\n", 20));
    garbage.waitForBytesWritten(1000);
    QUrl favicon = redirect;
    favicon.setPath(u"/favicon.ico"_s);
    favicon.setHost(u"127.0.0.1"_s);
    delete get(m_browser, favicon);
    QUrl elsewhere = favicon;
    elsewhere.setPath(u"/"_s);
    delete get(m_browser, elsewhere);
    QTest::qWait(100);  // give the listener time to (not) react to them
    QCOMPARE(failed.size(), 0);
    QCOMPARE(signedIn.size(), 0);

    // The real answer still works.
    const BrowserVisit visit = browse(browserNeeded.constFirst().constFirst().toUrl());
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10'000);
    QVERIFY(visit.page.contains("You are signed in"));
    QCOMPARE(failed.size(), 0);
    // A second callback (a reload) changes nothing: the listener is closed, or it answers "nothing to do".
    QNetworkReply *again = get(m_browser, visit.location);
    QVERIFY(again->error() != QNetworkReply::NoError || again->readAll().contains("Nothing to do"));
    delete again;
    QTest::qWait(50);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_idp->tokenRequestCount(), 1);
}

void tst_MicrosoftSignIn::tokenEndpointFailures_data()
{
    QTest::addColumn<FakeIdentityProvider::TokenFault>("fault");
    QTest::addColumn<DiagnosisId>("classId");
    using Fault = FakeIdentityProvider::TokenFault;
    QTest::newRow("consent at the token endpoint")
        << Fault::aadsts(u"invalid_grant"_s, 65001, u"The user or administrator has not consented to use the application with ID 'sandbox-client' named 'Mail Setup'."_s)
        << DiagnosisId::ConsentRequired;
    QTest::newRow("mfa") << Fault::aadsts(u"invalid_grant"_s, 50076, u"Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication."_s)
                         << DiagnosisId::MfaRequired;
    QTest::newRow("conditional access") << Fault::aadsts(u"invalid_grant"_s, 53003, u"Access has been blocked by Conditional Access policies."_s)
                                        << DiagnosisId::BlockedByPolicy;
    QTest::newRow("server error page") << Fault::serverErrorPage(503) << DiagnosisId::TemporaryServerError;
    QTest::newRow("garbage") << Fault::garbage() << DiagnosisId::UnexpectedReply;
    // Twice: Qt sends a request again once when the connection closes without an answer.
    QTest::newRow("closed without answer") << Fault::closeWithoutAnswer() << DiagnosisId::ServerClosed;
    QTest::newRow("slower than the time limit") << Fault::delay(5000) << DiagnosisId::ConnectionTimeout;
}

void tst_MicrosoftSignIn::tokenEndpointFailures()
{
    QFETCH(FakeIdentityProvider::TokenFault, fault);
    QFETCH(DiagnosisId, classId);
    m_idp->failNextTokenRequest(fault, fault.kind == FakeIdentityProvider::TokenFault::Kind::Close ? 2 : 1);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    QElapsedTimer clock;
    clock.start();
    const auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(!tokens);
    QVERIFY(failure);
    QCOMPARE(failure->id, classId);
    // The network time limit (2 s here) bounds even a token endpoint that never answers.
    QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
    if (fault.kind == FakeIdentityProvider::TokenFault::Kind::Aadsts) {
        QCOMPARE(failure->aadstsCode, u"AADSTS%1"_s.arg(fault.aadstsCode));
        QVERIFY(!failure->traceId.isEmpty());
        QVERIFY(!failure->correlationId.isEmpty());
        QVERIFY(failure->diagnosis().reply.contains(failure->traceId));
    }
}

void tst_MicrosoftSignIn::browserTimeLimitAndCancel()
{
    m_idp->setSignInPage(FakeIdentityProvider::SignInPage::NoAnswer);
    {
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        signIn.setBrowserTimeoutMs(300);
        QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
        signIn.signIn(u"alex@sandbox.test"_s);
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.constFirst().constFirst().value<SignInFailure>().id, DiagnosisId::UserCancelled);
        // The helpdesk reads the limit as it was, not "within 0 minutes".
        const QString detail = failed.constFirst().constFirst().value<SignInFailure>().detail;
        QVERIFY2(detail.endsWith(u"within 300 ms"_s), qPrintable(detail));
        QVERIFY(!signIn.isBusy());
    }
    {
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        QSignalSpy browserNeeded(&signIn, &MicrosoftSignIn::browserNeeded);
        QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
        signIn.signIn(u"alex@sandbox.test"_s);
        QVERIFY(!browserNeeded.isEmpty() || browserNeeded.wait(3000));
        const quint16 port = QUrl(signIn.redirectUri()).port();
        signIn.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<SignInFailure>().id, DiagnosisId::UserCancelled);
        // The listener closes with the sign-in.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(1000));
    }
}

void tst_MicrosoftSignIn::signedInAsSomeoneElse()
{
    auto other = FakeIdentityProvider::sandboxAccount();
    other.email = u"someone.else@outlook.com"_s;
    other.preferredUsername = other.email;
    other.tenantId = FakeIdentityProvider::personalTenantId;
    m_idp->setAccount(other);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    const auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(tokens);
    QVERIFY(tokens->claims->isPersonalAccount());
    const auto mismatch = checkSignedInAddress(tokens->claims->signedInAddress(), u"alex@sandbox.test"_s);
    QVERIFY(mismatch);
    QCOMPARE(mismatch->id, DiagnosisId::WrongAccountOrTenant);
    QVERIFY(mismatch->detail.contains(u"someone.else@outlook.com"_s));
    QVERIFY(!checkSignedInAddress(u"Alex@Sandbox.Test "_s, u"alex@sandbox.test"_s));
}

void tst_MicrosoftSignIn::refreshRotatesAndStoresTheNewToken()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(tokens);
    const QString identity = tokens->claims->accountIdentity();

    MemorySecretStore store;
    TokenKeeper keeper(&store);
    keeper.setNetworkAccessManager(m_clientNetwork.get());
    keeper.setLockDirectory(QDir::tempPath());
    // Stored as if the access token had already expired.
    tokens->expiresAt = QDateTime::currentDateTime().addSecs(-10);
    bool kept = false;
    keeper.keep(identity, *tokens, this, [&](const SecretResult &result) { kept = result.ok(); });
    QTRY_VERIFY(kept);

    std::optional<TokenOutcome> outcome;
    keeper.freshAccessToken(identity, settings(), false, this, [&](const TokenOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 5000);
    QVERIFY(outcome->ok());
    QVERIFY(outcome->refreshed);
    QVERIFY(outcome->accessToken != tokens->accessToken);
    QCOMPARE(m_idp->lastTokenRequest().fields.value(u"grant_type"_s), u"refresh_token"_s);
    QVERIFY(!m_idp->lastTokenRequest().fields.contains(u"client_secret"_s));
    QVERIFY(!m_idp->lastTokenRequest().fields.contains(u"redirect_uri"_s));

    // The new refresh token replaced the old one in the store at once.
    std::optional<SecretResult> stored;
    store.read(AccountSettings::secretKeyFor(identity), this, [&](const SecretResult &result) { stored = result; });
    QTRY_VERIFY(stored);
    QVERIFY(stored->ok());
    QVERIFY(stored->secret != tokens->refreshToken.toUtf8());

    // A second request within the access token's life uses the stored one: no token request.
    const int requests = m_idp->tokenRequestCount();
    std::optional<TokenOutcome> second;
    keeper.freshAccessToken(identity, settings(), false, this, [&](const TokenOutcome &result) { second = result; });
    QTRY_VERIFY(second);
    QVERIFY(second->ok());
    QVERIFY(!second->refreshed);
    QCOMPARE(second->accessToken, outcome->accessToken);
    QCOMPARE(m_idp->tokenRequestCount(), requests);

    // On demand: refreshes again, and the refresh token rotated once more.
    std::optional<TokenOutcome> forced;
    keeper.freshAccessToken(identity, settings(), true, this, [&](const TokenOutcome &result) { forced = result; });
    QTRY_VERIFY_WITH_TIMEOUT(forced, 5000);
    QVERIFY(forced->refreshed);
    QCOMPARE(m_idp->tokenRequestCount(), requests + 1);
}

void tst_MicrosoftSignIn::refreshAfterRevocationSaysSignInAgain()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    const auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(tokens);
    m_idp->revokeRefreshToken(tokens->refreshToken, FakeIdentityProvider::RefreshTokenEnd::Inactive);

    MicrosoftSignIn refresher(settings());
    refresher.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy failed(&refresher, &MicrosoftSignIn::failed);
    refresher.refresh(tokens->refreshToken);
    QVERIFY(failed.wait(5000));
    const auto result = failed.constFirst().constFirst().value<SignInFailure>();
    QCOMPARE(result.error, u"invalid_grant"_s);
    QCOMPARE(result.aadstsCode, u"AADSTS700082"_s);
    QCOMPARE(result.id, DiagnosisId::SignInExpired);

    // A refresh after that goes through a new flow: no stuck status from the failed one.
    MicrosoftSignIn again(settings());
    again.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy failedAgain(&again, &MicrosoftSignIn::failed);
    again.refresh(tokens->refreshToken);
    QVERIFY(failedAgain.wait(5000));
}

void tst_MicrosoftSignIn::concurrentRequestsRefreshOnce()
{
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(tokens);
    const QString identity = tokens->claims->accountIdentity();
    tokens->expiresAt = QDateTime::currentDateTime().addSecs(-10);

    MemorySecretStore store;
    TokenKeeper first(&store);
    TokenKeeper second(&store);
    QTemporaryDir locks;
    for (TokenKeeper *keeper : { &first, &second }) {
        keeper->setNetworkAccessManager(m_clientNetwork.get());
        keeper->setLockDirectory(locks.path());
    }
    bool kept = false;
    first.keep(identity, *tokens, this, [&](const SecretResult &result) { kept = result.ok(); });
    QTRY_VERIFY(kept);

    const int before = m_idp->tokenRequestCount();
    m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(300));
    std::optional<TokenOutcome> a, b;
    first.freshAccessToken(identity, settings(), false, this, [&](const TokenOutcome &result) { a = result; });
    second.freshAccessToken(identity, settings(), false, this, [&](const TokenOutcome &result) { b = result; });
    QTRY_VERIFY_WITH_TIMEOUT(a && b, 10'000);
    QVERIFY(a->ok());
    QVERIFY(b->ok());
    QCOMPARE(a->accessToken, b->accessToken);
    // One refresh for both, so a rotated refresh token is never used twice.
    QCOMPARE(m_idp->tokenRequestCount(), before + 1);
}

QTEST_GUILESS_MAIN(tst_MicrosoftSignIn)
#include "tst_microsoftsignin.moc"
