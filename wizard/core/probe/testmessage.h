// The message Mail Setup sends to the account itself to prove that sending and receiving work.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct TestMessage {
    QString from;        // the signed-in address (another sender is refused: SendAsDenied), its domain in ASCII
    QString to;          // the same address, so the message can be found in its INBOX
    QString messageId;   // "<...@...>", unique, to find it again; ASCII, so it reads the same in SMTP and IMAP
    QString subject;
    QDateTime date;
    QString body;

    // A new message for this address, with a fresh Message-ID and the current time.
    static TestMessage create(const QString &email);

    // RFC 5322 text with CRLF line ends, as BDAT sends it.
    QByteArray toMessageText() const;
    // The same, dot-stuffed for DATA, without the final ".".
    QByteArray toSmtpData() const;

    // True for a Message-ID that a header line and an IMAP search may carry as it is: "<left@right>" with no
    // white space, control character, quotation mark, backslash or further angle bracket or '@'.
    static bool isMessageId(const QString &messageId);
};
