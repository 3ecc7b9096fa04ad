#include "wizard/core/signin/microsoftsignin.h"

#include "wizard/core/signin/pkce.h"
#include "wizard/core/signin/refreshreplyhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

int secondsOf(int ms)
{
    return (ms + 999) / 1000;
}

// Puts a value into the flow's parameter map exactly once (the map is a multi-map, insert() adds).
void setParameter(QMultiMap<QString, QVariant> *parameters, const QString &key, const QVariant &value)
{
    parameters->remove(key);
    parameters->insert(key, value);
}

// A time limit for the helpdesk's details, exact: "2 minutes", "30 seconds", "300 ms" (a limit under a minute
// is no "0 minutes").
QString durationForDetail(int ms)
{
    if (ms >= 60'000 && ms % 60'000 == 0)
        return ms == 60'000 ? u"1 minute"_s : u"%1 minutes"_s.arg(ms / 60'000);
    if (ms >= 1000 && ms % 1000 == 0)
        return ms == 1000 ? u"1 second"_s : u"%1 seconds"_s.arg(ms / 1000);
    return u"%1 ms"_s.arg(ms);
}

} // namespace

MicrosoftSignIn::MicrosoftSignIn(const OAuthSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_browserTimer.setSingleShot(true);
    connect(&m_browserTimer, &QTimer::timeout, this, [this] {
        SignInFailure failure = SignInFailure::local(
            DiagnosisId::UserCancelled,
            u"no answer came back from the browser within %1"_s.arg(durationForDetail(m_browserTimeoutMs)));
        failure.host = m_settings.authorizeUrl.host();
        failure.timeLimitSeconds = secondsOf(m_browserTimeoutMs);
        fail(failure);
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        fail(SignInFailure::timedOut(m_settings.tokenUrl.host(), secondsOf(m_requestDeadlineMs),
                                     m_refreshing ? u"the token refresh"_s : u"the exchange of the code for tokens"_s));
    });
}

MicrosoftSignIn::~MicrosoftSignIn()
{
    finishFlow(BrowserPage::stoppedWaiting());
}

void MicrosoftSignIn::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

void MicrosoftSignIn::setRequestTimeoutMs(int ms)
{
    if (!m_manager) {
        m_ownManager = new QNetworkAccessManager(this);
        m_manager = m_ownManager;
    }
    m_manager->setTransferTimeout(ms);
}

QString MicrosoftSignIn::newState()
{
    std::array<quint32, 4> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString MicrosoftSignIn::redirectUri() const
{
    return m_listener ? m_listener->callback() : QString();
}

QList<QHostAddress> MicrosoftSignIn::listenerAddresses() const
{
    return m_listener ? m_listener->addresses() : QList<QHostAddress>();
}

QOAuth2AuthorizationCodeFlow *MicrosoftSignIn::createFlow()
{
    if (!m_manager) {
        m_ownManager = new QNetworkAccessManager(this);
        m_ownManager->setTransferTimeout(DefaultReadTimeLimitMs);
        m_manager = m_ownManager;
    }
    auto *flow = new QOAuth2AuthorizationCodeFlow(m_manager, this);
    flow->setAuthorizationUrl(m_settings.authorizeUrl);
    flow->setAccessTokenUrl(m_settings.tokenUrl);
    flow->setClientIdentifier(m_settings.clientId);
    // 6.4 replaces the scope with whatever the token answer says: set it before every request.
    flow->setScope(m_settings.scopes.join(u' '));
    connect(flow, &QAbstractOAuth::granted, this, &MicrosoftSignIn::onGranted);
    return flow;
}

void MicrosoftSignIn::signIn(const QString &loginHint)
{
    finishFlow(BrowserPage::stoppedWaiting());
    m_refreshing = false;
    m_codeReceived = false;
    m_loginHint = loginHint;
    m_flow = createFlow();
    m_listener = new LoopbackReplyHandler(this);
    m_listener->setLimits(m_listenerLimits);
    if (!m_listener->listen(m_loopbackPorts)) {
        fail(SignInFailure::local(DiagnosisId::SignInListenerUnavailable,
                                  SignInFailure::withTechnicalDetail(
                                      u"no loopback port could be opened on both 127.0.0.1 and ::1 for the "
                                      "browser's answer"_s,
                                      m_listener->errorString())));
        return;
    }
    // Every callback comes here first; only the answer to this sign-in goes on to the flow.
    connect(m_listener, &LoopbackReplyHandler::callbackRequested, this, &MicrosoftSignIn::onCallbackRequested);
    connect(m_listener, &LoopbackReplyHandler::tokenRequestFailed, this, &MicrosoftSignIn::fail);
    m_flow->setReplyHandler(m_listener);

    // 6.4 makes an 8-character state from a time-seeded generator and reuses it: ours is new each time.
    m_state = newState();
    m_flow->setState(m_state);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#else
    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
#endif
    const QString hint = loginHint;
    m_flow->setModifyParametersFunction([this, hint, challenge = Pkce::challengeFor(m_verifier)](
                                            QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
            setParameter(parameters, u"code_challenge"_s, challenge);
            setParameter(parameters, u"code_challenge_method"_s, u"S256"_s);
#endif
            setParameter(parameters, u"prompt"_s, u"select_account"_s);
            if (!hint.isEmpty())
                setParameter(parameters, u"login_hint"_s, QUrl::toPercentEncoding(hint));
            setParameter(parameters, u"response_mode"_s, u"query"_s);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken: {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
            setParameter(parameters, u"code_verifier"_s, m_verifier);
            // QTBUG-81624: a code holding %2B or %25 arrives encoded twice; decode fully, encode once.
            const QByteArray code = parameters->value(u"code"_s).toByteArray();
            setParameter(parameters, u"code"_s,
                         QUrl::toPercentEncoding(QUrl::fromPercentEncoding(QUrl::fromPercentEncoding(code).toUtf8())));
#endif
            parameters->remove(u"client_secret"_s);
            setParameter(parameters, u"scope"_s, QUrl::toPercentEncoding(m_settings.scopes.join(u' ')));
            break;
        }
        case QAbstractOAuth::Stage::RefreshingAccessToken:
        case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
            break;
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        m_browserTimer.start(m_browserTimeoutMs);
        Q_EMIT browserNeeded(url);
    });
    m_flow->grant();
}

void MicrosoftSignIn::onCallbackRequested(quint64 request, const QVariantMap &query)
{
    if (!m_flow || m_refreshing || !m_listener)
        return;
    if (query.value(u"state"_s).toString() != m_state) {
        // Not the answer to this sign-in: a stale tab, or any program on this computer, which can reach the
        // listener as well as the browser can. Answered and ignored; the real answer may still come. Qt 6.4 does
        // not check the state of an error answer at all.
        m_listener->answer(request, BrowserPage::notTheAnswer(400));
        return;
    }
    if (m_codeReceived) {
        // A second answer (a reload, another tab) changes nothing.
        m_listener->answer(request, BrowserPage::alreadyReceived());
        return;
    }
    // From here on the request waits for the outcome, which finishFlow() shows it.
    if (query.contains(u"error"_s)) {
        fail(SignInFailure::fromRedirect(query));
        return;
    }
    if (query.value(u"code"_s).toString().isEmpty()) {
        fail(SignInFailure::local(DiagnosisId::ClientError,
                                  u"the answer that came back from the browser held no code"_s));
        return;
    }
    m_codeReceived = true;
    m_browserTimer.stop();
    Q_EMIT exchangingCode();
    if (!m_flow || !m_listener)
        return;  // cancelled by whoever heard exchangingCode()
    // The flow's own handler requests the token.
    startTokenRequest([this, query] { m_listener->deliverCallback(query); });
}

void MicrosoftSignIn::startTokenRequest(const std::function<void()> &send)
{
    // Qt 6.4 keeps the token request's reply to itself. It is made synchronously inside `send`, as a child of
    // the manager: the one that is new afterwards is it.
    const QList<QNetworkReply *> before = m_manager->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    send();
    if (!m_flow)
        return;
    const QList<QNetworkReply *> after = m_manager->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : after) {
        if (!before.contains(reply) && !reply->isFinished()) {
            m_tokenReply = reply;
            break;
        }
    }
    if (!m_tokenReply) {
        fail(SignInFailure::local(DiagnosisId::ClientError, u"the token request could not be started"_s));
        return;
    }
    m_deadlineTimer.start(m_requestDeadlineMs);
}

void MicrosoftSignIn::refresh(const QString &refreshToken)
{
    finishFlow(BrowserPage::stoppedWaiting());
    m_refreshing = true;
    m_flow = createFlow();
    auto *handler = new RefreshReplyHandler(m_flow);
    connect(handler, &RefreshReplyHandler::tokenRequestFailed, this, &MicrosoftSignIn::fail);
    m_flow->setReplyHandler(handler);
    m_flow->setRefreshToken(refreshToken);
    m_flow->setModifyParametersFunction([this, refreshToken](QAbstractOAuth::Stage stage,
                                                             QMultiMap<QString, QVariant> *parameters) {
        if (stage != QAbstractOAuth::Stage::RefreshingAccessToken)
            return;
        // 6.4 always sends an empty client_secret (AADSTS700025 for a public client) and a redirect_uri.
        parameters->remove(u"client_secret"_s);
        parameters->remove(u"redirect_uri"_s);
        setParameter(parameters, u"refresh_token"_s, QUrl::toPercentEncoding(refreshToken));
        setParameter(parameters, u"client_id"_s, QUrl::toPercentEncoding(m_settings.clientId));
        // The same scopes as at sign-in; others gave AADSTS70000.
        setParameter(parameters, u"scope"_s, QUrl::toPercentEncoding(m_settings.scopes.join(u' ')));
    });
    startTokenRequest([this] { m_flow->refreshAccessToken(); });
}

void MicrosoftSignIn::onGranted()
{
    if (!m_flow)
        return;
    SignInTokens tokens;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt();
    tokens.scope = m_flow->scope();
    // 6.4 never emits extraTokensChanged: read the id_token here.
    const QVariantMap extra = m_flow->extraTokens();
    if (extra.contains(u"id_token"_s))
        tokens.claims = IdTokenClaims::fromJwt(extra.value(u"id_token"_s).toString().toUtf8());
    const bool refreshing = m_refreshing;
    // The browser waited for this: tell it who signed in, and whether that is the account being set up.
    BrowserPage page = BrowserPage::signedIn();
    if (tokens.claims && !m_loginHint.isEmpty() && checkSignedInAddress(tokens.claims->signedInAddress(), m_loginHint))
        page = BrowserPage::signedInAsOther(tokens.claims->signedInAddress(), m_loginHint);
    finishFlow(page);
    if (refreshing)
        Q_EMIT refreshed(tokens);
    else
        Q_EMIT signedIn(tokens);
}

void MicrosoftSignIn::cancel()
{
    if (!m_flow)
        return;
    if (m_refreshing) {
        finishFlow(BrowserPage::stoppedWaiting());
        return;
    }
    fail(SignInFailure::local(DiagnosisId::UserCancelled, u"the sign-in was cancelled in Mail Setup"_s));
}

void MicrosoftSignIn::fail(const SignInFailure &failure)
{
    if (!m_flow)
        return;
    finishFlow(pageFor(failure));
    Q_EMIT failed(failure);
}

BrowserPage MicrosoftSignIn::pageFor(const SignInFailure &failure) const
{
    if (failure.error == "access_denied"_L1)
        return BrowserPage::cancelledAtMicrosoft();
    if (failure.id == DiagnosisId::UserCancelled && failure.error.isEmpty())
        return BrowserPage::stoppedWaiting();
    return BrowserPage::failed(failure.diagnosis().title);
}

void MicrosoftSignIn::finishFlow(const BrowserPage &page)
{
    m_browserTimer.stop();
    m_deadlineTimer.stop();
    m_verifier.fill('\0');
    m_verifier.clear();
    m_authorizationUrl.clear();
    QOAuth2AuthorizationCodeFlow *flow = std::exchange(m_flow, nullptr);
    LoopbackReplyHandler *listener = std::exchange(m_listener, nullptr);
    QNetworkReply *reply = m_tokenReply.data();
    m_tokenReply.clear();
    if (flow)
        flow->disconnect(this);
    if (listener)
        listener->disconnect(this);
    if (reply) {
        // A request still running (cancelled, or past its deadline) must not outlive its handler, which the flow
        // calls without a guard when the reply finishes: end it now, while the handler is still there.
        reply->abort();
        reply->deleteLater();
    }
    if (flow) {
        // The flow may be inside one of its own signals: delete it once that returned.
        flow->deleteLater();
    }
    if (listener) {
        // Stops listening only now, after the exchange: 6.4 builds the token request's redirect_uri from the
        // port. A browser still waiting gets the page; the listener goes once its connections have.
        listener->finish(page);
    }
}
