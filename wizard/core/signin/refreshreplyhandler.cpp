#include "wizard/core/signin/refreshreplyhandler.h"

#include "wizard/core/signin/tokenrequestfailure.h"

void RefreshReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenRequestFailure(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}
