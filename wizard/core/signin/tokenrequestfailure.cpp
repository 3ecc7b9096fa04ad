#include "wizard/core/signin/tokenrequestfailure.h"

#include "wizard/core/signin/tokenreply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

// The per-read limit Qt applied to this reply: the request's own, else the manager's (0: none).
int transferTimeLimitSeconds(QNetworkReply *reply)
{
    int ms = reply->request().transferTimeout();
    if (ms <= 0 && reply->manager())
        ms = reply->manager()->transferTimeout();
    return ms > 0 ? (ms + 999) / 1000 : 0;
}

} // namespace

std::optional<SignInFailure> tokenRequestFailure(QNetworkReply *reply)
{
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // An HTTP error's body is the service's own words; without one, no answer came, and Qt says why.
    if (status < 400 && reply->error() != QNetworkReply::NoError)
        return SignInFailure::fromNetworkError(reply->error(), reply->errorString(), host,
                                               transferTimeLimitSeconds(reply));
    // An error body is read whole; tokens are only peeked at, and Qt reads them after this.
    const QByteArray body = status >= 400 ? reply->readAll() : reply->peek(reply->bytesAvailable());
    TokenReply parsed = TokenReply::parse(status, contentType, body);
    if (parsed.failure)
        parsed.failure->host = host;
    return parsed.failure;
}
