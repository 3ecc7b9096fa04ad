// The page the browser shows after it came back to Mail Setup's loopback listener: what became of the sign-in,
// and to go back to Mail Setup. Every outcome has one, so that the browser is never left on an empty reply. The
// sentences are translated one by one (no markup in any of them) and escaped; the markup stays here.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct BrowserPage {
    enum class Tone { Success, Failure, Neutral };

    int httpStatus = 200;
    Tone tone = Tone::Neutral;
    QString heading;
    QStringList paragraphs;

    // The whole HTTP answer: status line, headers (Connection: close, no caching, no referrer) and the page.
    QByteArray httpResponse() const;
    QByteArray html() const;

    // The code was exchanged for tokens.
    static BrowserPage signedIn();
    // Signed in, but with another account than the one being set up.
    static BrowserPage signedInAsOther(const QString &signedInAs, const QString &expected);
    // Microsoft sent the browser back with access_denied: cancelled or declined on Microsoft's pages.
    static BrowserPage cancelledAtMicrosoft();
    // Any other failure; `reason` is the diagnosis title, in words for people.
    static BrowserPage failed(const QString &reason);
    // Mail Setup stopped waiting (Cancel, or its time limit) before or while the browser came back.
    static BrowserPage stoppedWaiting();
    // The answer was already received; this is a second one (a reload, another tab).
    static BrowserPage alreadyReceived();
    // The answer arrived, and the exchange with Microsoft takes longer than the browser is kept waiting.
    static BrowserPage stillFinishing();
    // A request that is not the answer to the sign-in under way: another path, another state, garbage. The
    // status says which (400, 404, 405, 431).
    static BrowserPage notTheAnswer(int httpStatus);
};
