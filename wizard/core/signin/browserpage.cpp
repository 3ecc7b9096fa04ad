#include "wizard/core/signin/browserpage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The sentences keep the context "SignInPage" of the wizard's sign-in page, where their translations have always been.

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

BrowserPage make(BrowserPage::Tone tone, const QString &heading, const QStringList &paragraphs, int status = 200)
{
    BrowserPage page;
    page.httpStatus = status;
    page.tone = tone;
    page.heading = heading;
    page.paragraphs = paragraphs;
    return page;
}

} // namespace

QByteArray BrowserPage::html() const
{
    const QString colour = tone == Tone::Success ? u"#107c10"_s : tone == Tone::Failure ? u"#a80000"_s : u"#444"_s;
    QString body = u"<h1>%1</h1>"_s.arg(heading.toHtmlEscaped());
    for (const QString &paragraph : paragraphs)
        body += u"<p>%1</p>"_s.arg(paragraph.toHtmlEscaped());
    return (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>Mail Setup</title><style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
            "line-height:1.5}h1{font-size:1.5em;color:%1}</style></head><body>%2</body></html>"_s)
        .arg(colour, body)
        .toUtf8();
}

QByteArray BrowserPage::httpResponse() const
{
    const QByteArray page = html();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(httpStatus) + ' ' + reasonPhrase(httpStatus) + "\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Length: " + QByteArray::number(page.size()) + "\r\n"
        // The address bar holds the code: nothing may keep this page or tell another site where it came from.
        "Cache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n";
    if (httpStatus == 405)
        response += "Allow: GET\r\n";
    return response + "\r\n" + page;
}

BrowserPage BrowserPage::signedIn()
{
    return make(Tone::Success, QCoreApplication::translate("SignInPage", "You are signed in"),
                { QCoreApplication::translate("SignInPage",
                                              "Mail Setup received your sign-in. You can close this tab and go back "
                                              "to Mail Setup, which will now check your mailbox.") });
}

BrowserPage BrowserPage::signedInAsOther(const QString &signedInAs, const QString &expected)
{
    return make(Tone::Failure, QCoreApplication::translate("SignInPage", "You signed in with another account"),
                { QCoreApplication::translate("SignInPage", "You signed in as %1, but Mail Setup is setting up %2.")
                      .arg(signedInAs, expected),
                  QCoreApplication::translate("SignInPage", "Go back to Mail Setup to sign in again with the right "
                                                            "account. You can close this tab.") });
}

BrowserPage BrowserPage::cancelledAtMicrosoft()
{
    return make(Tone::Failure, QCoreApplication::translate("SignInPage", "The sign-in was cancelled"),
                { QCoreApplication::translate("SignInPage", "Microsoft says that the sign-in was cancelled or that "
                                                            "permission was not given, so nothing was set up."),
                  QCoreApplication::translate("SignInPage", "Go back to Mail Setup to start the sign-in again. You "
                                                            "can close this tab.") });
}

BrowserPage BrowserPage::failed(const QString &reason)
{
    QStringList paragraphs;
    if (!reason.isEmpty())
        paragraphs << reason;
    paragraphs << QCoreApplication::translate("SignInPage", "Go back to Mail Setup: it says what happened and what "
                                                            "you can do. You can close this tab.");
    return make(Tone::Failure, QCoreApplication::translate("SignInPage", "The sign-in did not finish"), paragraphs);
}

BrowserPage BrowserPage::stoppedWaiting()
{
    return make(Tone::Failure, QCoreApplication::translate("SignInPage", "Mail Setup stopped waiting for this sign-in"),
                { QCoreApplication::translate("SignInPage", "The sign-in was cancelled in Mail Setup, or its time ran "
                                                            "out, so nothing was set up."),
                  QCoreApplication::translate("SignInPage", "To sign in, start again in Mail Setup. You can close "
                                                            "this tab.") });
}

BrowserPage BrowserPage::alreadyReceived()
{
    return make(Tone::Neutral, QCoreApplication::translate("SignInPage", "Mail Setup already has the answer"),
                { QCoreApplication::translate("SignInPage", "Mail Setup has already received the answer to this "
                                                            "sign-in."),
                  QCoreApplication::translate("SignInPage", "Go back to Mail Setup to see how the sign-in ended. You "
                                                            "can close this tab.") });
}

BrowserPage BrowserPage::stillFinishing()
{
    return make(Tone::Neutral, QCoreApplication::translate("SignInPage", "Almost done"),
                { QCoreApplication::translate("SignInPage", "Mail Setup received your sign-in and is finishing it "
                                                            "with Microsoft."),
                  QCoreApplication::translate("SignInPage", "Go back to Mail Setup to see how it ends. You can close "
                                                            "this tab.") });
}

BrowserPage BrowserPage::notTheAnswer(int httpStatus)
{
    return make(Tone::Neutral, QCoreApplication::translate("SignInPage", "Nothing happened"),
                { QCoreApplication::translate("SignInPage", "This address on your computer is only for the answer to "
                                                            "Mail Setup's sign-in with Microsoft."),
                  QCoreApplication::translate("SignInPage", "This request was not that answer, so Mail Setup ignored "
                                                            "it and nothing happened."),
                  QCoreApplication::translate("SignInPage", "You can close this tab.") },
                httpStatus);
}
