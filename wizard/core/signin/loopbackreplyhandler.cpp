#include "loopbackreplyhandler.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The page is built here, not in translations: the sentences are translated one by one and
// escaped, and the markup stays out of every translated string.
QString page(const QString &heading, const QString &body, bool success)
{
    const QString colour = success ? u"#107c10"_s : u"#a80000"_s;
    return u"<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
           "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;line-height:1.5}"
           "h1{font-size:1.5em;color:%1}</style><h1>%2</h1><p>%3</p>"_s
        .arg(colour, escaped(heading), escaped(body));
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent)
{
    setCallbackPath(callbackPath());
    setNextPage(Page::Ignored);
}

QString LoopbackReplyHandler::callbackPath()
{
    return u"callback"_s;
}

QString LoopbackReplyHandler::callback() const
{
    return u"http://localhost:%1/%2"_s.arg(port()).arg(callbackPath());
}

void LoopbackReplyHandler::setNextPage(Page next)
{
    switch (next) {
    case Page::Success:
        setCallbackText(page(QCoreApplication::translate("SignInPage", "You are signed in"),
                             QCoreApplication::translate("SignInPage",
                                 "Mail Setup received your sign-in. You can close this tab and go back to Mail Setup, "
                                 "which will now check your mailbox."),
                             true));
        break;
    case Page::Failure:
        setCallbackText(page(QCoreApplication::translate("SignInPage", "The sign-in did not finish"),
                             QCoreApplication::translate("SignInPage",
                                 "Go back to Mail Setup: it says what happened and what you can do. You can close this tab."),
                             false));
        break;
    case Page::Ignored:
        setCallbackText(page(QCoreApplication::translate("SignInPage", "Nothing to do here"),
                             QCoreApplication::translate("SignInPage",
                                 "This address belongs to a sign-in that has already finished. You can close this tab."),
                             false));
        break;
    }
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenRequestFailure(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

void RefreshReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenRequestFailure(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}

std::optional<SignInFailure> tokenRequestFailure(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return SignInFailure::fromTokenResponse(status, reply->readAll());
    if (reply->error() != QNetworkReply::NoError)
        return SignInFailure::fromNetworkError(reply->error(), reply->errorString());
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!contentType.startsWith("application/json")) {
        // Qt would only log this and wait forever; a captive portal's page lands here.
        return SignInFailure::local(DiagnosisId::UnexpectedReply,
                                    u"the token service answered with %1 instead of JSON"_s
                                        .arg(contentType.isEmpty() ? u"no content type"_s : QString::fromLatin1(contentType)));
    }
    // Qt 6.4 only logs a 200 answer that carries an error or lacks the token, and waits forever.
    const QJsonObject json = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
    if (json.contains(u"error"_s))
        return SignInFailure::fromTokenResponse(status, reply->peek(reply->bytesAvailable()));
    if (json.value(u"access_token"_s).toString().isEmpty())
        return SignInFailure::local(DiagnosisId::UnexpectedReply, u"the token service's answer holds no access token"_s);
    return std::nullopt;
}
