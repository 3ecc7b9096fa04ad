// An e-mail address as a person types it, checked once for every caller: the wizard's address page, the command
// line, the controller and the probes' protocol fields. RFC 5321 mailbox syntax (dot-atoms, no quoted local parts,
// no address literals) with its limits (64 bytes before the '@', 254 in all), internationalised local parts
// (RFC 6531) and domains (IDNA, converted to their ACE form for every protocol field).
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class EmailAddress
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    // What is wrong with an address as typed, so that a page or a command can say which part to fix.
    enum class Problem {
        None,
        Empty,            // nothing but white space
        ContainsSpace,    // white space inside
        NoAt,             // no '@'
        MoreThanOneAt,    // quoted local parts ("a@b"@example.com) are not supported
        NoLocalPart,      // nothing before the '@'
        BadLocalPart,     // a character no mailbox name may have (<>"\, controls), or a dot at the start, the end or doubled
        LocalPartTooLong, // more than 64 bytes before the '@'
        NoDomain,         // nothing after the '@'
        DomainWithoutDot, // "alex@localhost", "alex@outlook"
        BadDomain,        // not a host name, also after IDN conversion ("a..b", "-x.com", "[10.0.0.1]", "1.2.3.4")
        TooLong,          // more than 254 bytes in all, the domain in ACE form (or far too long to look at)
    };
    Q_ENUM(Problem)

    // Checks an address as typed (white space around it is ignored) and normalizes it.
    static EmailAddress check(const QString &typed);
    // What to fix, in one translated sentence; empty for None and Empty (nothing typed yet is no mistake).
    static QString problemText(Problem problem);
    // The address as protocol lines carry it (MAIL FROM, RCPT TO, XOAUTH2's user=, From, To, Message-ID): the domain
    // in its ASCII form, which every server takes, the part before the @ as typed. An address that does not check
    // comes back as it is: the probes refuse it before any connection.
    static QString protocolForm(const QString &address);
    // The domain of protocolForm().
    static QString protocolDomain(const QString &address);
    // False when the part before the @ has letters outside ASCII: only a server with SMTPUTF8 takes it (RFC 6531).
    static bool hasAsciiLocalPart(const QString &address);
    // True for a host name (Unicode or ACE) that DNS can look up: labels of letters, digits and hyphens.
    static bool isHostName(const QString &host);

    Problem problem = Problem::Empty;
    QString localPart;  // as typed (mailbox names may be case-sensitive)
    QString domain;     // ACE, lower-case: "xn--bcher-kva.example" for "Bücher.example"
    QString normalized; // localPart + '@' + domain; empty unless problem is None

    bool isValid() const { return problem == Problem::None; }
};
