// The reply handler of a token refresh, which needs no listener: Qt's own reading of the tokens, and before it
// ours of every failure (tokenrequestfailure.h), which Qt 6.4 drops.
#pragma once

#include "wizard/core/signin/signinfailure.h"

#include <QOAuthOobReplyHandler>

class RefreshReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    using QOAuthOobReplyHandler::QOAuthOobReplyHandler;
    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const SignInFailure &failure);
};
