// Signs in with Microsoft in the system browser (authorization code + PKCE, loopback redirect) and
// refreshes tokens. Built on QOAuth2AuthorizationCodeFlow with the Qt 6.4 workarounds measured in
// docs: our own PKCE and state, our own loopback listener (loopbackreplyhandler.h), every failure read
// and classified (Qt 6.4 drops most of them), a fresh flow object per attempt so a failed refresh
// cannot leave it stuck. Every token request has a deadline for the whole request besides the limit
// per read, which a server that trickles a byte at a time would never reach. A callback whose state is
// not this sign-in's is answered and ignored: the state protects the sign-in, it does not end it
// (RFC 8252, section 8.9). Nothing here opens the browser: browserNeeded() hands the address over.
#pragma once

#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/signin/browserpage.h"
#include "wizard/core/signin/idtokenclaims.h"
#include "wizard/core/signin/loopbackreplyhandler.h"
#include "wizard/core/signin/signinfailure.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

struct SignInTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString scope;
    std::optional<IdTokenClaims> claims;  // from the id_token, when one came
};

class MicrosoftSignIn : public QObject
{
    Q_OBJECT
public:
    // A token request (code exchange or refresh) ends after this long, however the server trickles its answer.
    static constexpr int DefaultRequestDeadlineMs = 30'000;
    // ... and after this long without a byte (Qt's transfer time-out), in the manager made here.
    static constexpr int DefaultReadTimeLimitMs = 20'000;

    MicrosoftSignIn(const OAuthSettings &settings, QObject *parent = nullptr);
    ~MicrosoftSignIn() override;

    // Tests and the sandbox pass their own manager; otherwise one is made with a transfer time limit.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setBrowserTimeoutMs(int ms) { m_browserTimeoutMs = ms; }
    // The limit per read (Qt's transfer time-out) of the manager in use.
    void setRequestTimeoutMs(int ms);
    // The limit for a whole token request.
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = ms; }
    int requestDeadlineMs() const { return m_requestDeadlineMs; }
    // For tests: the loopback ports to try (default: an ephemeral one), and the listener's limits.
    void setLoopbackPorts(const QList<quint16> &ports) { m_loopbackPorts = ports; }
    void setListenerLimits(const LoopbackReplyHandler::Limits &limits) { m_listenerLimits = limits; }

    // Starts an interactive sign-in for this address; browserNeeded() follows with the address to open.
    void signIn(const QString &loginHint);
    // Gets a new access token (and a new refresh token) without the browser.
    void refresh(const QString &refreshToken);
    // Stops whatever runs; failed() follows with "user-cancelled" for an interactive sign-in.
    void cancel();

    bool isBusy() const { return m_flow != nullptr; }
    // The address of the sign-in page of the running sign-in, for "Copy link".
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The redirect address this sign-in uses (http://localhost:PORT/callback).
    QString redirectUri() const;
    // The loopback addresses the listener of the running sign-in listens on (127.0.0.1 and ::1).
    QList<QHostAddress> listenerAddresses() const;
    int browserTimeoutMs() const { return m_browserTimeoutMs; }

    // A new state value: 16 bytes from the system CSPRNG, base64url.
    static QString newState();

Q_SIGNALS:
    void browserNeeded(const QUrl &url);
    // The browser came back with a code; the token request is under way.
    void exchangingCode();
    void signedIn(const SignInTokens &tokens);
    void refreshed(const SignInTokens &tokens);
    void failed(const SignInFailure &failure);

private:
    void onCallbackRequested(quint64 request, const QVariantMap &query);
    void onGranted();
    void fail(const SignInFailure &failure);
    // Ends the running flow: aborts its token request, and shows `page` to a browser still waiting.
    void finishFlow(const BrowserPage &page);
    BrowserPage pageFor(const SignInFailure &failure) const;
    // Runs `send`, which makes the flow post a token request, and puts the deadline on that request.
    void startTokenRequest(const std::function<void()> &send);
    QOAuth2AuthorizationCodeFlow *createFlow();

    OAuthSettings m_settings;
    QPointer<QNetworkAccessManager> m_manager;
    QNetworkAccessManager *m_ownManager = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_listener = nullptr;
    QList<quint16> m_loopbackPorts;
    LoopbackReplyHandler::Limits m_listenerLimits;
    QPointer<QNetworkReply> m_tokenReply;
    QTimer m_browserTimer;
    QTimer m_deadlineTimer;
    int m_browserTimeoutMs = 5 * 60 * 1000;
    int m_requestDeadlineMs = DefaultRequestDeadlineMs;
    bool m_refreshing = false;
    bool m_codeReceived = false;
    QString m_loginHint;
    QString m_state;
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
};
