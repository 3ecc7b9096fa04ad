// Keeps a signed-in account's tokens in a SecretStore (the OS keychain): the refresh token under the
// account's stable identity, the current access token beside it. Hands out an access token that is
// good for a while yet, refreshing when it is about to expire and storing the new refresh token at
// once (Microsoft replaces it on every use). Two processes asking at the same time (msmtp and isync)
// refresh only once: a lock file serialises the refresh.
#pragma once

#include "wizard/core/secrets/secretstore.h"
#include "wizard/core/signin/microsoftsignin.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

struct TokenOutcome {
    QString accessToken;
    QDateTime expiresAt;
    bool refreshed = false;                  // a new token was fetched (and the new refresh token stored)
    std::optional<SignInFailure> failure;    // the refresh failed: sign in again, or the network
    SecretStatus secretStatus = SecretStatus::Ok;  // the keychain could not be used
    QString secretDetail;
    bool secretTimedOut = false;                   // ... because it did not answer in time
    int secretTimeLimitSeconds = 0;

    bool ok() const { return !accessToken.isEmpty(); }
    // What the keychain answered when it could not be used.
    SecretResult secretResult() const
    {
        return { secretStatus, {}, secretDetail, secretTimedOut, secretTimeLimitSeconds };
    }
    void setSecretResult(const SecretResult &result)
    {
        secretStatus = result.status;
        secretDetail = result.detail;
        secretTimedOut = result.timedOut;
        secretTimeLimitSeconds = result.timeLimitSeconds;
    }
};

class TokenKeeper : public QObject
{
    Q_OBJECT
public:
    explicit TokenKeeper(SecretStore *store, QObject *parent = nullptr);

    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_manager = manager; }
    // The limit for a whole refresh request (MicrosoftSignIn::setRequestDeadlineMs).
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = ms; }
    // An access token with less than this left is refreshed first.
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    // Where the refresh lock files go (tests); default: the user's runtime or temporary folder.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }

    // Stores freshly issued tokens: the refresh token first (it is what keeps the account working).
    void keep(const QString &identity, const SignInTokens &tokens, QObject *context,
              std::function<void(const SecretResult &)> done);
    // An access token for the account, refreshed if needed (or always, with forceRefresh).
    void freshAccessToken(const QString &identity, const OAuthSettings &oauth, bool forceRefresh, QObject *context,
                          std::function<void(const TokenOutcome &)> done);
    // Removes both tokens.
    void forget(const QString &identity, QObject *context, std::function<void(const SecretResult &)> done);

    SecretStore *store() const { return m_store; }

private:
    struct Request;
    void readAccessToken(const std::shared_ptr<Request> &request, bool afterLock);
    void lockAndRefresh(const std::shared_ptr<Request> &request);
    void refresh(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, const TokenOutcome &outcome);

    SecretStore *m_store;
    QPointer<QNetworkAccessManager> m_manager;
    std::chrono::seconds m_margin{ 300 };
    int m_requestDeadlineMs = MicrosoftSignIn::DefaultRequestDeadlineMs;
    QString m_lockDirectory;
};
