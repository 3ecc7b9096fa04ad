#include "wizard/core/signin/signinfailure.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/diagnosis/replyclassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A token error body is small; a huge one is not Microsoft's and is cut.
constexpr qsizetype MaxErrorBody = 16 * 1024;

// The description carries "Trace ID: ... Correlation ID: ... Timestamp: ..." lines after the sentence.
void readIdsFromDescription(SignInFailure &failure)
{
    static const QRegularExpression aadsts(u"\\bAADSTS(\\d{4,7})\\b"_s);
    static const QRegularExpression trace(u"Trace ID:\\s*([0-9a-fA-F-]{36})"_s);
    static const QRegularExpression correlation(u"Correlation ID:\\s*([0-9a-fA-F-]{36})"_s);
    static const QRegularExpression timestamp(u"Timestamp:\\s*([0-9T:.\\- Z]+)"_s);
    if (failure.aadstsCode.isEmpty()) {
        if (const auto match = aadsts.match(failure.description); match.hasMatch())
            failure.aadstsCode = u"AADSTS"_s + match.captured(1);
    }
    if (failure.traceId.isEmpty()) {
        if (const auto match = trace.match(failure.description); match.hasMatch())
            failure.traceId = match.captured(1);
    }
    if (failure.correlationId.isEmpty()) {
        if (const auto match = correlation.match(failure.description); match.hasMatch())
            failure.correlationId = match.captured(1);
    }
    if (failure.timestamp.isEmpty()) {
        if (const auto match = timestamp.match(failure.description); match.hasMatch())
            failure.timestamp = match.captured(1).trimmed();
    }
}

QString firstLine(const QString &text)
{
    return text.section(QRegularExpression(u"[\\r\\n]+"_s), 0, 0).trimmed();
}

void classify(SignInFailure &failure, ReplyContext context)
{
    const QString text = failure.error + u": "_s + failure.description;
    failure.id = ReplyClassifier::classify(text, context);
    if (failure.id == DiagnosisId::Unknown && failure.error == "invalid_grant"_L1)
        failure.id = DiagnosisId::SignInExpired;
    // server_error, temporarily_unavailable: the sign-in service's own trouble, in the words for a sign-in.
    if (failure.id == DiagnosisId::TemporaryServerError)
        failure.id = DiagnosisId::SignInServiceError;
}

} // namespace

QString SignInFailure::reply() const
{
    QStringList parts;
    if (!error.isEmpty() || !description.isEmpty()) {
        const QString sentence = firstLine(description);
        parts << (sentence.isEmpty() ? error : error.isEmpty() ? sentence : error + u": "_s + sentence);
    }
    if (!aadstsCode.isEmpty() && !description.contains(aadstsCode))
        parts << aadstsCode;
    if (!traceId.isEmpty())
        parts << u"Trace ID: "_s + traceId;
    if (!correlationId.isEmpty())
        parts << u"Correlation ID: "_s + correlationId;
    if (!timestamp.isEmpty())
        parts << u"Timestamp: "_s + timestamp;
    if (httpStatus > 0)
        parts << u"HTTP %1"_s.arg(httpStatus);
    if (!detail.isEmpty())
        parts << detail;
    return parts.join(u'\n');
}

Diagnosis SignInFailure::diagnosis(const DiagnosisContext &context) const
{
    DiagnosisContext worded = context;
    if (worded.host.isEmpty() && !host.isEmpty()) {
        worded.direction = Direction::SignIn;
        worded.host = host;
        worded.port = 0;
        worded.timeLimitSeconds = timeLimitSeconds;
    }
    return DiagnosisCatalogue::diagnosis(id, reply(), worded);
}

SignInFailure SignInFailure::fromTokenResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    SignInFailure failure;
    failure.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body.left(MaxErrorBody)).object();
    if (json.isEmpty()) {
        // An HTML error page, a proxy's or a captive portal's page, or nothing: not the service's JSON.
        failure.detail = contentType.isEmpty()
            ? u"the token service answered HTTP %1 without an error description"_s.arg(httpStatus)
            : u"the token service answered HTTP %1 with %2 instead of an error description"_s.arg(httpStatus).arg(
                  QString::fromLatin1(contentType.left(100)));
        failure.id = DiagnosisId::SignInServiceError;
        return failure;
    }
    failure.error = json.value(u"error"_s).toString();
    failure.description = json.value(u"error_description"_s).toString();
    failure.traceId = json.value(u"trace_id"_s).toString();
    failure.correlationId = json.value(u"correlation_id"_s).toString();
    failure.timestamp = json.value(u"timestamp"_s).toString();
    const QJsonArray codes = json.value(u"error_codes"_s).toArray();
    if (!codes.isEmpty())
        failure.aadstsCode = u"AADSTS%1"_s.arg(codes.first().toInteger());
    readIdsFromDescription(failure);
    classify(failure, ReplyContext::TokenEndpoint);
    if (failure.id == DiagnosisId::Unknown && httpStatus >= 500)
        failure.id = DiagnosisId::SignInServiceError;
    return failure;
}

SignInFailure SignInFailure::fromRedirect(const QVariantMap &query)
{
    SignInFailure failure;
    // Qt 6.4 leaves "+" and some %XX in the values it hands over: decode them here.
    auto decoded = [](QString text) {
        text.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(text.toUtf8());
    };
    failure.error = decoded(query.value(u"error"_s).toString());
    failure.description = decoded(query.value(u"error_description"_s).toString());
    readIdsFromDescription(failure);
    classify(failure, ReplyContext::Authorize);
    return failure;
}

SignInFailure SignInFailure::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                              const QString &host, int timeLimitSeconds)
{
    SignInFailure failure;
    failure.host = host;
    const QString server = host.isEmpty() ? u"the sign-in service"_s : host;
    QString words;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        failure.id = DiagnosisId::SignInServiceUnreachable;
        words = u"the name %1 could not be looked up"_s.arg(server);
        break;
    case QNetworkReply::ConnectionRefusedError:
        failure.id = DiagnosisId::SignInServiceUnreachable;
        words = u"the connection to %1 was refused"_s.arg(server);
        break;
    case QNetworkReply::RemoteHostClosedError:
        failure.id = DiagnosisId::SignInServiceUnreachable;
        words = u"%1 closed the connection without an answer"_s.arg(server);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Qt's per-read limit (transferTimeout) ends a reply with OperationCanceledError.
        failure.id = DiagnosisId::SignInServiceTimeout;
        failure.timeLimitSeconds = timeLimitSeconds;
        words = timeLimitSeconds > 0 ? u"%1 sent nothing for %2 seconds"_s.arg(server).arg(timeLimitSeconds)
                                     : u"%1 did not answer in time"_s.arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        failure.id = DiagnosisId::CertificateUntrusted;
        words = u"the secure connection to %1 could not be set up"_s.arg(server);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        failure.id = DiagnosisId::SignInServiceUnreachable;
        words = u"the proxy did not pass the request to %1 on"_s.arg(server);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        failure.id = DiagnosisId::SignInServiceUnreachable;
        words = u"the network did not let the request to %1 through"_s.arg(server);
        break;
    default:
        // An HTTP-level error without a status (those with one are read from the body before this).
        failure.id = DiagnosisId::SignInServiceError;
        words = u"the request to %1 failed"_s.arg(server);
        break;
    }
    failure.detail = withTechnicalDetail(words, errorString);
    return failure;
}

SignInFailure SignInFailure::timedOut(const QString &host, int seconds, const QString &what)
{
    SignInFailure failure;
    failure.id = DiagnosisId::SignInServiceTimeout;
    failure.host = host;
    failure.timeLimitSeconds = seconds;
    failure.detail = u"%1 did not finish within %2 seconds"_s.arg(what).arg(seconds);
    return failure;
}

QString SignInFailure::withTechnicalDetail(const QString &words, const QString &qtWords)
{
    const QString technical = qtWords.trimmed();
    return technical.isEmpty() ? words : words + u"; technical detail: "_s + technical;
}

SignInFailure SignInFailure::local(DiagnosisId id, const QString &detail)
{
    SignInFailure failure;
    failure.id = id;
    failure.detail = detail;
    return failure;
}

std::optional<SignInFailure> checkSignedInAddress(const QString &signedInAddress, const QString &expectedEmail)
{
    if (signedInAddress.trimmed().compare(expectedEmail.trimmed(), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return SignInFailure::local(DiagnosisId::WrongAccountOrTenant,
                                u"signed in as %1 while setting up %2"_s.arg(signedInAddress, expectedEmail));
}
