#include "microsoftsignin.h"

#include "signin/loopbackreplyhandler.h"
#include "signin/pkce.h"

#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultRequestTimeoutMs = 30'000;
// How long a closed listener stays to deliver its last page to the browser.
constexpr int ListenerLingerMs = 2000;

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
        fail(SignInFailure::local(DiagnosisId::UserCancelled,
                                  u"no answer came back from the browser within %1"_s.arg(durationForDetail(m_browserTimeoutMs))));
    });
}

MicrosoftSignIn::~MicrosoftSignIn()
{
    finishFlow();
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

QOAuth2AuthorizationCodeFlow *MicrosoftSignIn::createFlow()
{
    if (!m_manager) {
        m_ownManager = new QNetworkAccessManager(this);
        m_ownManager->setTransferTimeout(DefaultRequestTimeoutMs);
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
    finishFlow();
    m_refreshing = false;
    m_codeReceived = false;
    m_flow = createFlow();
    m_listener = new LoopbackReplyHandler(this);
    if (!m_listener->isListening()) {
        fail(SignInFailure::local(DiagnosisId::Unknown, u"no loopback port could be opened for the browser's answer"_s));
        return;
    }
    // Connected before the flow connects its own handler, so this runs first for every callback.
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &MicrosoftSignIn::onCallback);
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

void MicrosoftSignIn::onCallback(const QVariantMap &query)
{
    if (!m_flow || m_refreshing || m_codeReceived) {
        // A second callback (a reload, another tab) changes nothing.
        m_listener->setNextPage(LoopbackReplyHandler::Page::Ignored);
        return;
    }
    const QString state = query.value(u"state"_s).toString();
    if (state != m_state) {
        // Not the answer to this sign-in: a stale tab, or another page on this computer posing as
        // Microsoft. Qt 6.4 does not check the state of an error answer at all.
        m_listener->setNextPage(LoopbackReplyHandler::Page::Failure);
        fail(SignInFailure::local(DiagnosisId::ClientError, u"the answer that came back to Mail Setup did not belong to this "
                                                    "sign-in (state mismatch)"_s));
        return;
    }
    if (query.contains(u"error"_s)) {
        m_listener->setNextPage(LoopbackReplyHandler::Page::Failure);
        fail(SignInFailure::fromRedirect(query));
        return;
    }
    if (query.value(u"code"_s).toString().isEmpty()) {
        m_listener->setNextPage(LoopbackReplyHandler::Page::Failure);
        fail(SignInFailure::local(DiagnosisId::ClientError, u"the answer that came back from the browser held no code"_s));
        return;
    }
    m_codeReceived = true;
    m_browserTimer.stop();
    m_listener->setNextPage(LoopbackReplyHandler::Page::Success);
    // The flow's own handler runs next and requests the token.
    Q_EMIT exchangingCode();
}

void MicrosoftSignIn::refresh(const QString &refreshToken)
{
    finishFlow();
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
    m_flow->refreshAccessToken();
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
    finishFlow();
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
        finishFlow();
        return;
    }
    fail(SignInFailure::local(DiagnosisId::UserCancelled, u"the sign-in was cancelled in Mail Setup"_s));
}

void MicrosoftSignIn::fail(const SignInFailure &failure)
{
    if (!m_flow)
        return;
    finishFlow();
    Q_EMIT failed(failure);
}

void MicrosoftSignIn::finishFlow()
{
    m_browserTimer.stop();
    m_verifier.fill('\0');
    m_verifier.clear();
    m_authorizationUrl.clear();
    if (m_flow) {
        m_flow->disconnect(this);
        // The flow may be inside one of its own signals: delete it once that returned.
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_listener) {
        m_listener->disconnect(this);
        // Closed only now, after the exchange: 6.4 builds the token request's redirect_uri from the port.
        m_listener->close();
        // Its last page may still be on its way to the browser: let the socket finish first.
        QTimer::singleShot(ListenerLingerMs, m_listener, &QObject::deleteLater);
        m_listener = nullptr;
    }
}
