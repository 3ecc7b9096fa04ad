#include "refreshreplyhandler.h"

#include "signin/tokenrequestfailure.h"

void RefreshReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenRequestFailure(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}
