// Signs in with Microsoft in the system browser (authorization code + PKCE, loopback redirect) and
// refreshes tokens. Built on QOAuth2AuthorizationCodeFlow with the Qt 6.4 workarounds measured in
// docs: our own PKCE and state, a loopback-only listener with a callback path, every failure read
// and classified (Qt 6.4 drops most of them), a fresh flow object per attempt so a failed refresh
// cannot leave it stuck. Nothing here opens the browser: browserNeeded() hands the address over.
#pragma once

#include "provider/providerprofile.h"
#include "signin/idtokenclaims.h"
#include "signin/signinfailure.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class LoopbackReplyHandler;

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
    MicrosoftSignIn(const OAuthSettings &settings, QObject *parent = nullptr);
    ~MicrosoftSignIn() override;

    // Tests and the sandbox pass their own manager; otherwise one is made with a transfer time limit.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setBrowserTimeoutMs(int ms) { m_browserTimeoutMs = ms; }
    void setRequestTimeoutMs(int ms);

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
    void onCallback(const QVariantMap &query);
    void onGranted();
    void fail(const SignInFailure &failure);
    void finishFlow();
    QOAuth2AuthorizationCodeFlow *createFlow();

    OAuthSettings m_settings;
    QPointer<QNetworkAccessManager> m_manager;
    QNetworkAccessManager *m_ownManager = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_listener = nullptr;
    QTimer m_browserTimer;
    int m_browserTimeoutMs = 5 * 60 * 1000;
    bool m_refreshing = false;
    bool m_codeReceived = false;
    QString m_state;
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
};
