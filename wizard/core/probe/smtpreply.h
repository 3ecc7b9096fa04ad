// SMTP replies (RFC 5321 section 4.2) and EHLO extensions, read without any state of a session: pure functions
// and a small assembler, shared by every SMTP client and server part of Mail Setup and fuzzed in tests/fuzz/.
//
// A reply is one or more lines with the same three-digit code; every line but the last has a "-" after the code:
//     250-mail.example.com Hello [192.0.2.1]
//     250-PIPELINING
//     250 AUTH XOAUTH2 PLAIN
// Feed the lines (without CRLF) to SmtpReplyAssembler::addLine() one by one; when it says Complete, take the
// reply. A line that is not a reply line, or a code that differs from the first line's, is Malformed or
// CodeMismatch: pendingLines() then holds the lines before it, and the next line starts a new reply. The assembler keeps every line of a reply:
// its caller bounds the size of a line and of a reply (LineConnection's limits do so for the probes).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// One line of a reply.
struct SmtpReplyLine {
    int code = 0;          // 200..599 as sent: any three digits
    bool isLast = true;    // "250 text" or "250"; false for "250-text"
    QByteArray text;       // after the code and its separator

    // Nothing unless the line starts with three digits followed by a space, a "-" or nothing.
    static std::optional<SmtpReplyLine> parse(QByteArrayView line);
};

// RFC 3463's enhanced status code at the start of a reply's text: "5.7.139 Authentication unsuccessful".
struct SmtpEnhancedStatus {
    int statusClass = 0;   // 2, 4 or 5
    int subject = 0;       // 0..999
    int detail = 0;        // 0..999
    QString toString() const;  // "5.7.139"
    static std::optional<SmtpEnhancedStatus> parse(QByteArrayView text);
};

// A whole reply.
struct SmtpReply {
    int code = 0;
    QList<QByteArray> lines;  // the lines as sent, code and separator included

    // The lines joined by "\n", as a transcript or a diagnosis shows them.
    QString toString() const;
    // The text of each line, without code and separator.
    QList<QByteArray> texts() const;
    // From the first line's text; nothing when the reply has none.
    std::optional<SmtpEnhancedStatus> enhancedStatus() const;
    bool isPositive() const { return code >= 200 && code < 400; }
};

class SmtpReplyAssembler
{
public:
    enum class Result {
        NeedMore,      // a "250-" line: more of the reply follows
        Complete,      // the last line came: takeReply()
        Malformed,     // not a reply line
        CodeMismatch,  // a line with another code than the first
    };

    Result addLine(QByteArrayView line);
    // The reply that addLine() said was Complete; the assembler is empty afterwards.
    SmtpReply takeReply();
    // The lines of the reply not yet complete; after Malformed or CodeMismatch, those before the bad line.
    const QList<QByteArray> &pendingLines() const { return m_pending.lines; }

private:
    SmtpReply m_pending;
    SmtpReply m_complete;
    bool m_startAfresh = false;
};

// What a 250 reply to EHLO offers (RFC 5321 4.1.1.1): every line after the first names an extension.
struct SmtpExtensions {
    QSet<QByteArray> keywords;        // "PIPELINING", "CHUNKING", "AUTH", "SIZE"... in upper case
    QSet<QByteArray> authMechanisms;  // from the AUTH line: "XOAUTH2", "PLAIN"... in upper case

    bool has(QByteArrayView keyword) const { return keywords.contains(keyword.toByteArray()); }
    static SmtpExtensions fromEhloReply(const SmtpReply &reply);
};
