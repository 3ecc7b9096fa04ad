#include "wizard/core/signin/tokenkeeper.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// How long a second process waits for the first one's refresh before giving up.
constexpr int LockWaitMs = 30'000;
constexpr int LockPollMs = 100;

QByteArray accessTokenRecord(const SignInTokens &tokens)
{
    return QJsonDocument(QJsonObject{ { u"accessToken"_s, tokens.accessToken },
                                      { u"expiresAt"_s, tokens.expiresAt.toUTC().toString(Qt::ISODate) } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

struct TokenKeeper::Request {
    QString identity;
    OAuthSettings oauth;
    bool forceRefresh = false;
    QPointer<QObject> context;
    std::function<void(const TokenOutcome &)> done;
    std::unique_ptr<QLockFile> lock;
    QTimer *lockTimer = nullptr;
    int lockWaitedMs = 0;
    bool finished = false;
};

TokenKeeper::TokenKeeper(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) { }

void TokenKeeper::keep(const QString &identity, const SignInTokens &tokens, QObject *context,
                       std::function<void(const SecretResult &)> done)
{
    QPointer<QObject> guard(context);
    m_store->write(SecretKeys::refreshToken(identity), tokens.refreshToken.toUtf8(), this,
                   [this, identity, tokens, guard, done](const SecretResult &result) {
        if (!result.ok()) {
            if (guard)
                done(result);
            return;
        }
        m_store->write(SecretKeys::accessToken(identity), accessTokenRecord(tokens), this, [guard, done](const SecretResult &result) {
            if (guard)
                done(result);
        });
    });
}

void TokenKeeper::forget(const QString &identity, QObject *context, std::function<void(const SecretResult &)> done)
{
    QPointer<QObject> guard(context);
    m_store->remove(SecretKeys::refreshToken(identity), this, [this, identity, guard, done](const SecretResult &first) {
        m_store->remove(SecretKeys::accessToken(identity), this, [first, guard, done](const SecretResult &second) {
            if (guard)
                done(first.ok() ? second : first);
        });
    });
}

void TokenKeeper::freshAccessToken(const QString &identity, const OAuthSettings &oauth, bool forceRefresh,
                                   QObject *context, std::function<void(const TokenOutcome &)> done)
{
    auto request = std::make_shared<Request>();
    request->identity = identity;
    request->oauth = oauth;
    request->forceRefresh = forceRefresh;
    request->context = context;
    request->done = std::move(done);
    if (forceRefresh)
        lockAndRefresh(request);
    else
        readAccessToken(request, false);
}

void TokenKeeper::readAccessToken(const std::shared_ptr<Request> &request, bool afterLock)
{
    m_store->read(SecretKeys::accessToken(request->identity), this, [this, request, afterLock](const SecretResult &result) {
        if (result.status == SecretStatus::Unavailable || result.status == SecretStatus::Locked) {
            TokenOutcome outcome;
            outcome.setSecretResult(result);
            finish(request, outcome);
            return;
        }
        if (result.ok()) {
            const QJsonObject record = QJsonDocument::fromJson(result.secret).object();
            const QDateTime expiresAt = QDateTime::fromString(record.value(u"expiresAt"_s).toString(), Qt::ISODate);
            const QString token = record.value(u"accessToken"_s).toString();
            if (!token.isEmpty() && expiresAt.isValid()
                && QDateTime::currentDateTimeUtc().secsTo(expiresAt) > m_margin.count()) {
                TokenOutcome outcome;
                outcome.accessToken = token;
                outcome.expiresAt = expiresAt;
                finish(request, outcome);
                return;
            }
        }
        // Another process may have refreshed while this one waited for the lock: then no refresh.
        if (afterLock)
            refresh(request);
        else
            lockAndRefresh(request);
    });
}

void TokenKeeper::lockAndRefresh(const std::shared_ptr<Request> &request)
{
    QString directory = m_lockDirectory;
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    const QByteArray hash = QCryptographicHash::hash(request->identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    request->lock = std::make_unique<QLockFile>(directory + u"/mailsetup-refresh-"_s + QString::fromLatin1(hash) + u".lock"_s);
    request->lock->setStaleLockTime(LockWaitMs * 2);

    request->lockTimer = new QTimer(this);
    auto tryLock = [this, request] {
        if (request->lock->tryLock(0)) {
            request->lockTimer->deleteLater();
            request->lockTimer = nullptr;
            // Re-read: the process that held the lock may have left a fresh token.
            if (request->lockWaitedMs > 0 && !request->forceRefresh)
                readAccessToken(request, true);
            else
                refresh(request);
            return;
        }
        request->lockWaitedMs += LockPollMs;
        if (request->lockWaitedMs >= LockWaitMs) {
            request->lockTimer->deleteLater();
            request->lockTimer = nullptr;
            // The other process is stuck; refreshing anyway is better than failing.
            refresh(request);
            return;
        }
        request->lockTimer->start(LockPollMs);
    };
    request->lockTimer->setSingleShot(true);
    connect(request->lockTimer, &QTimer::timeout, this, tryLock);
    tryLock();
}

void TokenKeeper::refresh(const std::shared_ptr<Request> &request)
{
    m_store->read(SecretKeys::refreshToken(request->identity), this, [this, request](const SecretResult &result) {
        if (!result.ok()) {
            TokenOutcome outcome;
            if (result.status == SecretStatus::NotFound) {
                outcome.failure = SignInFailure::local(DiagnosisId::SignInExpired, u"no sign-in is stored for this account"_s);
            } else {
                outcome.setSecretResult(result);
            }
            finish(request, outcome);
            return;
        }
        auto *signIn = new MicrosoftSignIn(request->oauth, this);
        if (m_manager)
            signIn->setNetworkAccessManager(m_manager);
        signIn->setRequestDeadlineMs(m_requestDeadlineMs);
        connect(signIn, &MicrosoftSignIn::refreshed, this, [this, request, signIn, oldRefresh = result.secret](const SignInTokens &fresh) {
            signIn->deleteLater();
            SignInTokens tokens = fresh;
            // Microsoft usually sends a new refresh token; when it does not, the old one stays valid.
            if (tokens.refreshToken.isEmpty())
                tokens.refreshToken = QString::fromUtf8(oldRefresh);
            keep(request->identity, tokens, this, [this, request, tokens](const SecretResult &stored) {
                TokenOutcome outcome;
                outcome.accessToken = tokens.accessToken;
                outcome.expiresAt = tokens.expiresAt;
                outcome.refreshed = true;
                // The token works even if the keychain refused it; say so, the caller decides.
                outcome.setSecretResult(stored);
                finish(request, outcome);
            });
        });
        connect(signIn, &MicrosoftSignIn::failed, this, [this, request, signIn](const SignInFailure &failure) {
            signIn->deleteLater();
            TokenOutcome outcome;
            outcome.failure = failure;
            finish(request, outcome);
        });
        signIn->refresh(QString::fromUtf8(result.secret));
    });
}

void TokenKeeper::finish(const std::shared_ptr<Request> &request, const TokenOutcome &outcome)
{
    if (request->finished)
        return;
    request->finished = true;
    if (request->lock)
        request->lock->unlock();
    if (request->context)
        request->done(outcome);
}
