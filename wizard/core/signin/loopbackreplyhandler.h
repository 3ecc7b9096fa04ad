// The loopback listener that receives the browser's redirect after sign-in. It listens on 127.0.0.1
// only (Qt 6.4's default is every interface), on an ephemeral port, at a fixed path so that a
// favicon request or a stray GET is not taken for the answer, and shows the browser our own page,
// different for success and failure. It also reads the token endpoint's error body, which Qt 6.4
// drops.
#pragma once

#include "signin/signinfailure.h"

#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>

class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    // http://localhost:PORT/callback: Microsoft matches loopback redirects without the port, and its
    // portal registers "localhost" (not 127.0.0.1) for desktop apps.
    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    // The page the browser shows after the redirect.
    enum class Page { Success, Failure, Ignored };
    void setNextPage(Page page);

    static QString callbackPath();

Q_SIGNALS:
    void tokenRequestFailed(const SignInFailure &failure);
};

// For refresh requests, which need no listener: only the error-body reading.
class RefreshReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    using QOAuthOobReplyHandler::QOAuthOobReplyHandler;
    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const SignInFailure &failure);
};

// A failed token request turned into a SignInFailure; nothing when the reply succeeded.
std::optional<SignInFailure> tokenRequestFailure(QNetworkReply *reply);
