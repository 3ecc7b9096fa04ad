// Sign-in and refresh against a fake Microsoft identity provider on a loopback port. The browser is
// played by the test: it opens the address MicrosoftSignIn hands over and follows the redirect back
// to the loopback listener, or throws other things at that listener.
#include "wizard/core/account/accountsettings.h"
#include "wizard/core/signin/tokenkeeper.h"
#include "tests/support/fakeidentityprovider.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/core/signin/loopbackreplyhandler.h"
#include "wizard/core/signin/microsoftsignin.h"
#include "wizard/core/signin/pkce.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

using Forge = std::function<QUrl(QUrl)>;
Q_DECLARE_METATYPE(Forge)

namespace {

struct BrowserVisit {
    int status = 0;
    QUrl location;     // where the sign-in page redirected to
    int callbackStatus = 0;
    QByteArray page;   // what the loopback listener showed
};

QNetworkReply *get(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &method = "GET")
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = manager.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    return reply;
}

struct Page {
    int status = 0;
    QByteArray body;
};

Page fetch(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &method = "GET")
{
    std::unique_ptr<QNetworkReply> reply(get(manager, url, method));
    return Page{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

// The words a page shows for a diagnosis title: escaped, as the page carries it.
QByteArray asOnPage(const QString &sentence)
{
    return sentence.toHtmlEscaped().toUtf8();
}

// A port nothing listens on: refused at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
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
    void forgedCallbacksAreAnsweredAndIgnored_data();
    void forgedCallbacksAreAnsweredAndIgnored();
    void listenerIgnoresGarbageFaviconAndSecondCallback();
    void listensOnBothLoopbackAddresses();
    void foreignListenerOnIpv6IsAvoidedOrRefused();
    void tokenEndpointFailures_data();
    void tokenEndpointFailures();
    void tokenEndpointUnreachable_data();
    void tokenEndpointUnreachable();
    void browserWaitsForTheOutcome();
    void browserSeesAnotherAccount();
    void cancelledInMailSetupWhileTheBrowserIsOnItsWay();
    void secondCallbackDuringTheExchange();
    void slowExchangeSendsTheBrowserBack();
    void browserTimeLimitAndCancel();
    void signedInAsSomeoneElse();
    void refreshRotatesAndStoresTheNewToken();
    void refreshAfterRevocationSaysSignInAgain();
    void concurrentRequestsRefreshOnce();
    void refreshFailuresNameTheSignInService_data();
    void refreshFailuresNameTheSignInService();

private:
    OAuthSettings settings() const;
    // Starts the sign-in, opens its page like a browser, and gives the redirect back without following it.
    QUrl redirectBack(MicrosoftSignIn &signIn);
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

QUrl tst_MicrosoftSignIn::redirectBack(MicrosoftSignIn &signIn)
{
    QSignalSpy browserNeeded(&signIn, &MicrosoftSignIn::browserNeeded);
    signIn.signIn(u"alex@sandbox.test"_s);
    if (browserNeeded.isEmpty() && !browserNeeded.wait(5000))
        return {};
    std::unique_ptr<QNetworkReply> page(get(m_browser, browserNeeded.constFirst().constFirst().toUrl()));
    return page->header(QNetworkRequest::LocationHeader).toUrl();
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

    // Our own page, in words; then the listener is gone, from both loopback addresses.
    QCOMPARE(visit.callbackStatus, 200);
    QVERIFY(visit.page.contains("You are signed in"));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(1000));
    QTcpSocket probe6;
    probe6.connectToHost(QHostAddress::LocalHostIPv6, quint16(redirect.port()));
    QVERIFY(!probe6.waitForConnected(1000));
}

void tst_MicrosoftSignIn::signInFailures_data()
{
    QTest::addColumn<FakeIdentityProvider::SignInPage>("page");
    QTest::addColumn<DiagnosisId>("classId");
    QTest::addColumn<QString>("aadsts");
    QTest::addColumn<QByteArray>("heading");  // of the page the browser shows
    QTest::newRow("user cancels") << FakeIdentityProvider::SignInPage::UserCancels << DiagnosisId::UserCancelled << QString() << QByteArray("The sign-in was cancelled");
    QTest::newRow("declines consent") << FakeIdentityProvider::SignInPage::UserDeclinesConsent << DiagnosisId::UserCancelled << u"AADSTS65004"_s << QByteArray("The sign-in was cancelled");
    QTest::newRow("consent required") << FakeIdentityProvider::SignInPage::ConsentRequired << DiagnosisId::ConsentRequired << u"AADSTS65001"_s << QByteArray("did not finish");
    QTest::newRow("needs admin approval") << FakeIdentityProvider::SignInPage::NeedsAdminApproval << DiagnosisId::ConsentRequired << u"AADSTS90094"_s << QByteArray("did not finish");
    QTest::newRow("wrong tenant") << FakeIdentityProvider::SignInPage::WrongTenant << DiagnosisId::WrongAccountOrTenant << u"AADSTS50020"_s << QByteArray("did not finish");
    QTest::newRow("invalid request") << FakeIdentityProvider::SignInPage::InvalidRequest << DiagnosisId::ClientError << u"AADSTS9002313"_s << QByteArray("did not finish");
}

void tst_MicrosoftSignIn::signInFailures()
{
    QFETCH(FakeIdentityProvider::SignInPage, page);
    QFETCH(DiagnosisId, classId);
    QFETCH(QString, aadsts);
    QFETCH(QByteArray, heading);
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
    QCOMPARE(failure->diagnosis().exitCode, ExitCode::SignInFailed);
    // The browser says what happened, and sends the person back to Mail Setup.
    QVERIFY2(visit.page.contains(heading), visit.page.constData());
    QVERIFY(visit.page.contains("Go back to Mail Setup"));
    if (classId != DiagnosisId::UserCancelled)
        QVERIFY(visit.page.contains(asOnPage(failure->diagnosis().title)));
    QCOMPARE(m_idp->tokenRequestCount(), 0);
}

void tst_MicrosoftSignIn::forgedCallbacksAreAnsweredAndIgnored_data()
{
    // How the forged request is made from the real redirect back: any program on this computer can send it.
    QTest::addColumn<Forge>("forge");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    const auto withQuery = [](const QString &query) {
        return Forge([query](QUrl url) {
            url.setQuery(query);
            return url;
        });
    };
    const auto replaceState = [](const QString &state) {
        return Forge([state](QUrl url) {
            QUrlQuery query(url);
            query.removeQueryItem(u"state"_s);
            if (!state.isNull())
                query.addQueryItem(u"state"_s, state);
            url.setQuery(query);
            return url;
        });
    };
    QTest::newRow("wrong state") << replaceState(u"wrong"_s) << QByteArray("GET") << 400;
    QTest::newRow("no state") << replaceState(QString()) << QByteArray("GET") << 400;
    QTest::newRow("empty state") << replaceState(u""_s) << QByteArray("GET") << 400;
    QTest::newRow("code=x, wrong state") << withQuery(u"code=x&state=wrong"_s) << QByteArray("GET") << 400;
    QTest::newRow("a forged cancel") << withQuery(u"error=access_denied&error_description=no&state=wrong"_s)
                                     << QByteArray("GET") << 400;
    QTest::newRow("/callbackXYZ with the real query") << Forge([](QUrl url) {
        url.setPath(u"/callbackXYZ"_s);
        return url;
    }) << QByteArray("GET") << 404;
    QTest::newRow("POST with the real query") << Forge([](QUrl url) { return url; })
                                              << QByteArray("POST") << 405;
}

void tst_MicrosoftSignIn::forgedCallbacksAreAnsweredAndIgnored()
{
    QFETCH(Forge, forge);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
    const QUrl real = redirectBack(signIn);
    QVERIFY(real.isValid());

    // The forged requests come first, several times: each is answered with a page, and nothing else happens.
    for (int i = 0; i < 3; ++i) {
        const Page page = fetch(m_browser, forge(real), method);
        QCOMPARE(page.status, status);
        QVERIFY2(page.body.contains("Nothing happened"), page.body.constData());
        QVERIFY(page.body.contains("only for the answer to Mail Setup"));
    }
    QTest::qWait(100);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(signIn.isBusy());
    QCOMPARE(m_idp->tokenRequestCount(), 0);

    // The sign-in still waits for the real answer, which completes it.
    const Page page = fetch(m_browser, real);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10'000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(page.body.contains("You are signed in"));
    QCOMPARE(m_idp->tokenRequestCount(), 1);
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
    // A TLS record header with a NUL in it, then text: _ba keeps the NUL and reads no byte past the literal.
    garbage.write("\x16\x03\x01\x00\xff garbage\r\n\r\n"_ba);
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

void tst_MicrosoftSignIn::listensOnBothLoopbackAddresses()
{
    if (!hasIpv6Loopback())
        QSKIP("this computer has no IPv6 loopback address");
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    const QUrl real = redirectBack(signIn);
    QCOMPARE(real.host(), u"localhost"_s);
    const QList<QHostAddress> addresses = signIn.listenerAddresses();
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
    // Both addresses at the same port are ours: 127.0.0.1 answers as we do, and an IPv6-first browser's answer
    // at ::1 signs in.
    QUrl ipv4 = real;
    ipv4.setHost(u"127.0.0.1"_s);
    ipv4.setPath(u"/favicon.ico"_s);
    QCOMPARE(fetch(m_browser, ipv4).status, 404);
    QUrl ipv6 = real;
    ipv6.setHost(u"::1"_s);
    const Page page = fetch(m_browser, ipv6);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10'000);
    QVERIFY(page.body.contains("You are signed in"));
}

void tst_MicrosoftSignIn::foreignListenerOnIpv6IsAvoidedOrRefused()
{
    if (!hasIpv6Loopback())
        QSKIP("this computer has no IPv6 loopback address");
    // Another user listens on [::1]:P before us.
    QTcpServer foreign;
    QVERIFY(foreign.listen(QHostAddress::LocalHostIPv6, 0));
    const quint16 taken = foreign.serverPort();
    {
        // Another port, free on both, is taken instead.
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        signIn.setLoopbackPorts({ taken, 0 });
        QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
        const QUrl real = redirectBack(signIn);
        QVERIFY(real.isValid());
        QVERIFY(real.port() != taken);
        QUrl ipv6 = real;
        ipv6.setHost(u"::1"_s);
        fetch(m_browser, ipv6);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10'000);
        QVERIFY(!foreign.hasPendingConnections());
    }
    {
        // No other port may be used: the sign-in does not start, and says why.
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        signIn.setLoopbackPorts({ taken });
        QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
        QSignalSpy browserNeeded(&signIn, &MicrosoftSignIn::browserNeeded);
        signIn.signIn(u"alex@sandbox.test"_s);
        QVERIFY(!failed.isEmpty() || failed.wait(2000));
        QCOMPARE(browserNeeded.size(), 0);
        const auto failure = failed.constFirst().constFirst().value<SignInFailure>();
        QCOMPARE(failure.id, DiagnosisId::SignInListenerUnavailable);
        const Diagnosis diagnosis = failure.diagnosis();
        QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
        QVERIFY(diagnosis.advice.contains(u"127.0.0.1"_s));
        QVERIFY2(diagnosis.reply.contains(u"technical detail: "_s), qPrintable(diagnosis.reply));
        QVERIFY(diagnosis.reply.contains(QString::number(taken)));
        QVERIFY(!signIn.isBusy());
    }
}

void tst_MicrosoftSignIn::tokenEndpointFailures_data()
{
    QTest::addColumn<FakeIdentityProvider::TokenFault>("fault");
    QTest::addColumn<DiagnosisId>("classId");
    QTest::addColumn<int>("deadlineMs");        // of the whole request; the limit per read is 2 s here
    QTest::addColumn<int>("timeLimitSeconds");  // the one the facts name, 0: none
    using Fault = FakeIdentityProvider::TokenFault;
    QTest::newRow("consent at the token endpoint")
        << Fault::aadsts(u"invalid_grant"_s, 65001, u"The user or administrator has not consented to use the application with ID 'sandbox-client' named 'Mail Setup'."_s)
        << DiagnosisId::ConsentRequired << 10'000 << 0;
    QTest::newRow("mfa") << Fault::aadsts(u"invalid_grant"_s, 50076, u"Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication."_s)
                         << DiagnosisId::MfaRequired << 10'000 << 0;
    QTest::newRow("conditional access") << Fault::aadsts(u"invalid_grant"_s, 53003, u"Access has been blocked by Conditional Access policies."_s)
                                        << DiagnosisId::BlockedByPolicy << 10'000 << 0;
    QTest::newRow("temporarily unavailable") << Fault::aadsts(u"temporarily_unavailable"_s, 90033, u"A transient error has occurred. Please try again."_s, 503)
                                             << DiagnosisId::SignInServiceError << 10'000 << 0;
    QTest::newRow("server error page") << Fault::serverErrorPage(503) << DiagnosisId::SignInServiceError << 10'000 << 0;
    QTest::newRow("captive portal") << Fault::captivePortal() << DiagnosisId::SignInServiceError << 10'000 << 0;
    QTest::newRow("garbage") << Fault::garbage() << DiagnosisId::SignInServiceError << 10'000 << 0;
    // Twice: Qt sends a request again once when the connection closes without an answer.
    QTest::newRow("closed without answer") << Fault::closeWithoutAnswer() << DiagnosisId::SignInServiceUnreachable << 10'000 << 0;
    QTest::newRow("slower than the time limit") << Fault::delay(5000) << DiagnosisId::SignInServiceTimeout << 10'000 << 2;
    QTest::newRow("hangs") << Fault::hang() << DiagnosisId::SignInServiceTimeout << 10'000 << 2;
    // A byte every 300 ms never trips the limit per read: only the deadline of the whole request ends it.
    QTest::newRow("trickles") << Fault::trickle(300) << DiagnosisId::SignInServiceTimeout << 1000 << 1;
}

void tst_MicrosoftSignIn::tokenEndpointFailures()
{
    QFETCH(FakeIdentityProvider::TokenFault, fault);
    QFETCH(DiagnosisId, classId);
    QFETCH(int, deadlineMs);
    QFETCH(int, timeLimitSeconds);
    m_idp->failNextTokenRequest(fault, fault.kind == FakeIdentityProvider::TokenFault::Kind::Close ? 2 : 1);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    signIn.setRequestDeadlineMs(deadlineMs);
    QElapsedTimer clock;
    clock.start();
    BrowserVisit visit;
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit);
    QVERIFY(!tokens);
    QVERIFY(failure);
    QCOMPARE(failure->id, classId);
    // The network time limit (2 s here) bounds even a token endpoint that never answers.
    QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));

    // The words say what failed: Microsoft's sign-in service, never the mail servers; a sign-in exits 3.
    const Diagnosis diagnosis = failure->diagnosis();
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
    QVERIFY2(diagnosis.facts.startsWith(u"Microsoft's sign-in service: localhost."_s), qPrintable(diagnosis.facts));
    QCOMPARE(diagnosis.context.timeLimitSeconds, timeLimitSeconds);
    if (timeLimitSeconds > 0)
        QVERIFY(diagnosis.facts.contains(u"Mail Setup waited %1 second"_s.arg(timeLimitSeconds)));
    for (const QString &words : { diagnosis.title, diagnosis.advice })
        QVERIFY2(!words.contains(u"mail server"_s) && !words.contains(u"587"_s), qPrintable(words));
    // Qt's own words are at most a technical detail after ours.
    for (const char *qtWords : { "Operation canceled", "Connection closed", "Remote host closed" }) {
        const qsizetype at = diagnosis.reply.indexOf(QLatin1StringView(qtWords), 0, Qt::CaseInsensitive);
        if (at >= 0)
            QVERIFY2(diagnosis.reply.lastIndexOf(u"technical detail: "_s, at) >= 0, qPrintable(diagnosis.reply));
    }
    // The browser waited for this outcome, and shows it.
    QVERIFY2(visit.page.contains("did not finish"), visit.page.constData());
    QVERIFY(visit.page.contains(asOnPage(diagnosis.title)));
    if (fault.kind == FakeIdentityProvider::TokenFault::Kind::Aadsts) {
        QCOMPARE(failure->aadstsCode, u"AADSTS%1"_s.arg(fault.aadstsCode));
        QVERIFY(!failure->traceId.isEmpty());
        QVERIFY(!failure->correlationId.isEmpty());
        QVERIFY(failure->diagnosis().reply.contains(failure->traceId));
    }
}

void tst_MicrosoftSignIn::tokenEndpointUnreachable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    QTest::newRow("connection refused") << u"127.0.0.1"_s << closedPort();
    // .invalid never resolves (RFC 6761); the resolver says so at once.
    QTest::newRow("name not found") << u"login.nonexistent.invalid"_s << quint16(443);
}

void tst_MicrosoftSignIn::tokenEndpointUnreachable()
{
    QFETCH(QString, host);
    QFETCH(quint16, port);
    OAuthSettings oauth = settings();
    oauth.tokenUrl = QUrl(u"http://%1:%2/common/oauth2/v2.0/token"_s.arg(host).arg(port));
    MicrosoftSignIn signIn(oauth);
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    BrowserVisit visit;
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit);
    QVERIFY(!tokens);
    QVERIFY(failure);
    QCOMPARE(failure->id, DiagnosisId::SignInServiceUnreachable);
    const Diagnosis diagnosis = failure->diagnosis();
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
    QCOMPARE(diagnosis.title, u"Mail Setup could not reach Microsoft's sign-in service."_s);
    QCOMPARE(diagnosis.facts, u"Microsoft's sign-in service: %1."_s.arg(host));
    // Our words first; Qt's ("Connection refused", "Host ... not found") only as the technical detail.
    QVERIFY2(diagnosis.reply.contains(u"; technical detail: "_s), qPrintable(diagnosis.reply));
    QVERIFY(diagnosis.reply.startsWith(port == 443 ? u"the name "_s : u"the connection to "_s));
    QVERIFY(visit.page.contains(asOnPage(diagnosis.title)));
}

void tst_MicrosoftSignIn::browserWaitsForTheOutcome()
{
    // The exchange takes a while; the browser's page comes only after it, and tells how it ended.
    m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(400));
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    bool signedInBeforeThePage = false;
    const QUrl real = redirectBack(signIn);
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    std::unique_ptr<QNetworkReply> page(m_browser.get(QNetworkRequest(real)));
    connect(page.get(), &QNetworkReply::finished, this, [&] { signedInBeforeThePage = !signedIn.isEmpty(); });
    QVERIFY(QSignalSpy(page.get(), &QNetworkReply::finished).wait(10'000));
    QVERIFY(signedInBeforeThePage);
    QVERIFY(page->readAll().contains("You are signed in"));
}

void tst_MicrosoftSignIn::browserSeesAnotherAccount()
{
    auto other = FakeIdentityProvider::sandboxAccount();
    other.email = u"<sam>@outlook.com"_s;
    other.preferredUsername = other.email;
    m_idp->setAccount(other);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    BrowserVisit visit;
    const auto [tokens, failure] = signInThroughBrowser(signIn, &visit);
    QVERIFY(tokens);
    QVERIFY2(visit.page.contains("You signed in with another account"), visit.page.constData());
    // The address is the id_token's text: escaped, never markup.
    QVERIFY(visit.page.contains("You signed in as &lt;sam&gt;@outlook.com, but Mail Setup is setting up alex@sandbox.test."));
    QVERIFY(!visit.page.contains("<sam>"));
}

void tst_MicrosoftSignIn::cancelledInMailSetupWhileTheBrowserIsOnItsWay()
{
    {
        // The browser came back and waits while the code is exchanged; then Cancel.
        m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(3000));
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        connect(&signIn, &MicrosoftSignIn::exchangingCode, &signIn, [&signIn] {
            QTimer::singleShot(100, &signIn, &MicrosoftSignIn::cancel);
        });
        QSignalSpy failed(&signIn, &MicrosoftSignIn::failed);
        const Page page = fetch(m_browser, redirectBack(signIn));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<SignInFailure>().id, DiagnosisId::UserCancelled);
        QVERIFY2(page.body.contains("Mail Setup stopped waiting for this sign-in"), page.body.constData());
        QVERIFY(page.body.contains("cancelled in Mail Setup"));
    }
    {
        // As the wizard does it: Cancel, and the sign-in object (with its listener) goes at once.
        m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(3000));
        auto *signIn = new MicrosoftSignIn(settings());
        signIn->setNetworkAccessManager(m_clientNetwork.get());
        connect(signIn, &MicrosoftSignIn::exchangingCode, signIn, [signIn] {
            QTimer::singleShot(100, signIn, [signIn] {
                signIn->cancel();
                signIn->deleteLater();
            });
        });
        QPointer<MicrosoftSignIn> watched(signIn);
        const Page page = fetch(m_browser, redirectBack(*signIn));
        QVERIFY2(page.body.contains("Mail Setup stopped waiting for this sign-in"), page.body.constData());
        QTRY_VERIFY(watched.isNull());
    }
    {
        // The browser has connected but not sent its request yet when Cancel comes.
        MicrosoftSignIn signIn(settings());
        signIn.setNetworkAccessManager(m_clientNetwork.get());
        const int tokenRequests = m_idp->tokenRequestCount();
        const QUrl real = redirectBack(signIn);
        QTcpSocket browser;
        browser.connectToHost(QHostAddress::LocalHost, quint16(real.port()));
        QVERIFY(browser.waitForConnected(2000));
        QTest::qWait(50);
        signIn.cancel();
        browser.write("GET " + real.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                      + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += browser.readAll(), browser.state() == QAbstractSocket::UnconnectedState),
                                 5000);
        received += browser.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.left(60).constData());
        QVERIFY(received.contains("Mail Setup stopped waiting for this sign-in"));
        QCOMPARE(m_idp->tokenRequestCount(), tokenRequests);
    }
}

void tst_MicrosoftSignIn::secondCallbackDuringTheExchange()
{
    m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(500));
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    QSignalSpy exchanging(&signIn, &MicrosoftSignIn::exchangingCode);
    const QUrl real = redirectBack(signIn);
    std::unique_ptr<QNetworkReply> first(m_browser.get(QNetworkRequest(real)));
    QVERIFY(exchanging.wait(5000));
    // A reload, or the same answer from another tab.
    const Page second = fetch(m_browser, real);
    QVERIFY2(second.body.contains("Mail Setup already has the answer"), second.body.constData());
    QVERIFY(first->isFinished() || QSignalSpy(first.get(), &QNetworkReply::finished).wait(10'000));
    QVERIFY(first->readAll().contains("You are signed in"));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_idp->tokenRequestCount(), 1);
}

void tst_MicrosoftSignIn::slowExchangeSendsTheBrowserBack()
{
    // The browser is not kept waiting for long: after the hold limit it is told to go back to Mail Setup.
    m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::delay(1500));
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    LoopbackReplyHandler::Limits limits;
    limits.holdTimeLimitMs = 200;
    signIn.setListenerLimits(limits);
    QSignalSpy signedIn(&signIn, &MicrosoftSignIn::signedIn);
    const Page page = fetch(m_browser, redirectBack(signIn));
    QVERIFY2(page.body.contains("Almost done"), page.body.constData());
    QVERIFY(page.body.contains("Go back to Mail Setup"));
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(signedIn.wait(5000));
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
    store.read(SecretKeys::refreshToken(identity), this, [&](const SecretResult &result) { stored = result; });
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

void tst_MicrosoftSignIn::refreshFailuresNameTheSignInService_data()
{
    QTest::addColumn<FakeIdentityProvider::TokenFault>("fault");
    QTest::addColumn<bool>("refused");  // the token endpoint is gone instead
    QTest::addColumn<DiagnosisId>("classId");
    using Fault = FakeIdentityProvider::TokenFault;
    QTest::newRow("hangs") << Fault::hang() << false << DiagnosisId::SignInServiceTimeout;
    QTest::newRow("trickles") << Fault::trickle(300) << false << DiagnosisId::SignInServiceTimeout;
    QTest::newRow("drops the connection") << Fault::closeWithoutAnswer() << false << DiagnosisId::SignInServiceUnreachable;
    QTest::newRow("503 page") << Fault::serverErrorPage(503) << false << DiagnosisId::SignInServiceError;
    QTest::newRow("captive portal") << Fault::captivePortal() << false << DiagnosisId::SignInServiceError;
    QTest::newRow("refused") << Fault() << true << DiagnosisId::SignInServiceUnreachable;
}

void tst_MicrosoftSignIn::refreshFailuresNameTheSignInService()
{
    QFETCH(FakeIdentityProvider::TokenFault, fault);
    QFETCH(bool, refused);
    QFETCH(DiagnosisId, classId);
    MicrosoftSignIn signIn(settings());
    signIn.setNetworkAccessManager(m_clientNetwork.get());
    auto [tokens, failure] = signInThroughBrowser(signIn);
    QVERIFY(tokens);
    const QString identity = tokens->claims->accountIdentity();
    tokens->expiresAt = QDateTime::currentDateTime().addSecs(-10);
    MemorySecretStore store;
    TokenKeeper keeper(&store);
    keeper.setNetworkAccessManager(m_clientNetwork.get());
    keeper.setRequestDeadlineMs(1000);
    QTemporaryDir locks;
    keeper.setLockDirectory(locks.path());
    bool kept = false;
    keeper.keep(identity, *tokens, this, [&](const SecretResult &result) { kept = result.ok(); });
    QTRY_VERIFY(kept);

    OAuthSettings oauth = settings();
    if (refused)
        oauth.tokenUrl.setPort(closedPort());
    else
        m_idp->failNextTokenRequest(fault, fault.kind == FakeIdentityProvider::TokenFault::Kind::Close ? 2 : 1);
    std::optional<TokenOutcome> outcome;
    keeper.freshAccessToken(identity, oauth, false, this, [&](const TokenOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome, 5000);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->failure);
    QCOMPARE(outcome->failure->id, classId);
    const Diagnosis diagnosis = outcome->failure->diagnosis();
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
    QVERIFY2(diagnosis.facts.startsWith(u"Microsoft's sign-in service: localhost."_s), qPrintable(diagnosis.facts));
    // Not a reason to sign in again: the sign-in itself is fine.
    QVERIFY(!diagnosis.offers(Remedy::SignInAgain));
    // The refresh token was not used up: the next refresh, once the service is back, works.
    std::optional<TokenOutcome> again;
    keeper.freshAccessToken(identity, settings(), false, this, [&](const TokenOutcome &result) { again = result; });
    QTRY_VERIFY_WITH_TIMEOUT(again, 5000);
    QVERIFY2(again->ok(), again->failure ? qPrintable(again->failure->reply()) : "");
}

QTEST_GUILESS_MAIN(tst_MicrosoftSignIn)
#include "tst_microsoftsignin.moc"
