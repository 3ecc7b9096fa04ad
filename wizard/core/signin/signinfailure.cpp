#include "signinfailure.h"

#include "diagnosis/diagnosiscatalogue.h"
#include "diagnosis/replyclassifier.h"

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
    return DiagnosisCatalogue::diagnosis(id, reply(), context);
}

SignInFailure SignInFailure::fromTokenResponse(int httpStatus, const QByteArray &body)
{
    SignInFailure failure;
    failure.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body.left(MaxErrorBody)).object();
    if (json.isEmpty()) {
        failure.detail = u"the token service answered HTTP %1 without an error description"_s.arg(httpStatus);
        failure.id = httpStatus >= 500 ? DiagnosisId::TemporaryServerError : DiagnosisId::UnexpectedReply;
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
        failure.id = DiagnosisId::TemporaryServerError;
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

SignInFailure SignInFailure::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString)
{
    SignInFailure failure;
    failure.detail = errorString;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        failure.id = DiagnosisId::DnsFailure;
        break;
    case QNetworkReply::ConnectionRefusedError:
        failure.id = DiagnosisId::ConnectionRefused;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        failure.id = DiagnosisId::ConnectionTimeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        failure.id = DiagnosisId::CertificateUntrusted;
        break;
    case QNetworkReply::RemoteHostClosedError:
        failure.id = DiagnosisId::ServerClosed;
        break;
    default:
        failure.id = DiagnosisId::ConnectionRefused;
        break;
    }
    return failure;
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
