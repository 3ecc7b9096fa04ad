#include "wizard/core/signin/tokenreply.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

TokenReply TokenReply::parse(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    TokenReply reply;
    if (httpStatus >= 400) {
        reply.failure = SignInFailure::fromTokenResponse(httpStatus, body, contentType);
        return reply;
    }
    if (!contentType.startsWith("application/json")) {
        // Qt would only log this and wait forever; a captive portal's page lands here.
        SignInFailure failure = SignInFailure::local(
            DiagnosisId::SignInServiceError,
            u"the token service answered HTTP %1 with %2 instead of JSON"_s.arg(httpStatus).arg(
                contentType.isEmpty() ? u"no content type"_s : QString::fromLatin1(contentType.left(100))));
        failure.httpStatus = httpStatus;
        reply.failure = failure;
        return reply;
    }
    // Qt 6.4 only logs a 200 answer that carries an error or lacks the token, and waits forever.
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(u"error"_s)) {
        reply.failure = SignInFailure::fromTokenResponse(httpStatus, body, contentType);
        return reply;
    }
    if (json.value(u"access_token"_s).toString().isEmpty()) {
        SignInFailure failure = SignInFailure::local(
            DiagnosisId::SignInServiceError,
            json.isEmpty() ? u"the token service's answer is not a JSON object"_s
                           : u"the token service's answer holds no access token"_s);
        failure.httpStatus = httpStatus;
        reply.failure = failure;
    }
    return reply;
}
