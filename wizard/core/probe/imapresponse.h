// One line an IMAP server sends (RFC 3501 section 7, RFC 9051), read without any state: a pure function, so that
// the probe's reading of hostile lines can be fuzzed on its own (tests/fuzz/). The line comes without its CRLF.
//
//   * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready      Untagged, status Ok, code "CAPABILITY IMAP4rev1 AUTH=XOAUTH2"
//   * CAPABILITY IMAP4rev1 IDLE                         Untagged, keyword "CAPABILITY", text "IMAP4rev1 IDLE"
//   * 12 EXISTS                                         Untagged, number 12, keyword "EXISTS"
//   + eyJzdGF0dXMiOiI0MDAifQ==                          Continuation, text "eyJzdGF0dXMiOiI0MDAifQ=="
//   A3 NO [AUTHENTICATIONFAILED] Invalid credentials    Tagged "A3", status No, code "AUTHENTICATIONFAILED"
//   * 3 FETCH (BODY[] {42}                              Untagged, literalBytes 42: 42 bytes follow the line
//
// Keywords and statuses are compared without regard to letter case, as IMAP says; the text keeps the server's.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>

struct ImapResponse {
    enum class Kind {
        Untagged,      // "* ..."
        Continuation,  // "+ ..." (also a bare "+")
        Tagged,        // "<tag> OK|NO|BAD ..."
        Malformed,     // anything else: no tag, or a tagged line without OK, NO or BAD
    };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    Kind kind = Kind::Malformed;
    QByteArray tag;         // Tagged only
    Status status = Status::None;  // Tagged: Ok, No or Bad; Untagged: the status response's word, else None
    qint64 number = -1;     // Untagged "* <n> <keyword>" (EXISTS, EXPUNGE, FETCH...): n; else -1
    QByteArray keyword;     // Untagged: the word after "* " (or after the number), in upper case ("OK", "SEARCH")
    QByteArray code;        // a status response's "[...]" at the start of its text, without the brackets
    QByteArray text;        // what follows the status, keyword or "+ ", without the code; as sent
    // The line ends in a literal's announcement "{n}" or "{n+}" (RFC 7888): n more bytes follow it, which are
    // not lines. -1 when there is none; a number too large to read is std::numeric_limits<qint64>::max().
    qint64 literalBytes = -1;

    static ImapResponse parse(QByteArrayView line);

    // The code's name in upper case ("CAPABILITY" for "[CAPABILITY IMAP4rev1]"), and what follows it.
    QByteArray codeName() const;
    QByteArray codeArguments() const;
};

// The capabilities of a CAPABILITY response or response code ("IMAP4rev1 SASL-IR AUTH=XOAUTH2"), in upper case.
namespace ImapCapabilities {
QSet<QByteArray> parse(QByteArrayView text);
}
