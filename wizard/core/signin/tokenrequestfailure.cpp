#include "tokenrequestfailure.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    if (status >= 400) {
        SignInFailure failure = SignInFailure::fromTokenResponse(status, reply->readAll(), contentType);
        failure.host = host;
        return failure;
    }
    if (reply->error() != QNetworkReply::NoError)
        return SignInFailure::fromNetworkError(reply->error(), reply->errorString(), host,
                                               transferTimeLimitSeconds(reply));
    if (!contentType.startsWith("application/json")) {
        // Qt would only log this and wait forever; a captive portal's page lands here.
        SignInFailure failure = SignInFailure::local(
            DiagnosisId::SignInServiceError,
            u"the token service answered HTTP %1 with %2 instead of JSON"_s.arg(status).arg(
                contentType.isEmpty() ? u"no content type"_s : QString::fromLatin1(contentType.left(100))));
        failure.host = host;
        failure.httpStatus = status;
        return failure;
    }
    // Qt 6.4 only logs a 200 answer that carries an error or lacks the token, and waits forever.
    const QByteArray body = reply->peek(reply->bytesAvailable());
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(u"error"_s)) {
        SignInFailure failure = SignInFailure::fromTokenResponse(status, body, contentType);
        failure.host = host;
        return failure;
    }
    if (json.value(u"access_token"_s).toString().isEmpty()) {
        SignInFailure failure = SignInFailure::local(
            DiagnosisId::SignInServiceError,
            json.isEmpty() ? u"the token service's answer is not a JSON object"_s
                           : u"the token service's answer holds no access token"_s);
        failure.host = host;
        failure.httpStatus = status;
        return failure;
    }
    return std::nullopt;
}
