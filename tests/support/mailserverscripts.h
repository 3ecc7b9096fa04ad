// Scripts for the scripted fake servers that play Microsoft's IMAP and SMTP servers, in their own
// words, for the tests that need a whole mailbox check to pass or fail at one step.
#pragma once

#include "wizard/core/probe/testmessage.h"
#include "wizard/core/provider/providerprofile.h"
#include "tests/support/scriptedserver.h"

#include <QStringList>

namespace MailServerScripts {

using namespace Qt::StringLiterals;

// Greeting with capabilities, AUTHENTICATE accepted (any token), up to the client's EXAMINE. Without IDLE after
// sign-in unless asked for: the probe then looks for the test message at once, whichever of SMTP's acceptance and
// IMAP's open inbox comes first, so a script's lines do not depend on the timing.
inline QStringList imapUntilExamine(int greetingDelayMs = 0, bool idle = false)
{
    QStringList script;
    if (greetingDelayMs > 0)
        script << u"WAIT: %1"_s.arg(greetingDelayMs);
    script << u"S: * OK [CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID IDLE] "
              "The Microsoft Exchange IMAP4 service is ready."_s
           << u"C: A1 AUTHENTICATE XOAUTH2 *"_s
           << u"S: A1 OK [CAPABILITY IMAP4 IMAP4rev1 %1MOVE UIDPLUS] AUTHENTICATE completed."_s.arg(idle ? u"IDLE "_s : QString());
    return script;
}

inline QStringList examineReply(const QString &tag)
{
    return { u"S: * 3 EXISTS"_s, u"S: * OK [UIDVALIDITY 14] UIDVALIDITY value"_s,
             u"S: %1 OK [READ-ONLY] EXAMINE completed."_s.arg(tag) };
}

inline QStringList imapLogout(const QString &tag)
{
    return { u"C: %1 LOGOUT"_s.arg(tag), u"S: * BYE Microsoft Exchange Server IMAP4 server signing off."_s,
             u"S: %1 OK LOGOUT completed."_s.arg(tag), u"X"_s };
}

// The whole IMAP side of a check with the test message: EXAMINE, one search that finds it, LOGOUT.
inline QStringList imapFindsMessage()
{
    return imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
        + QStringList{ u"C: A3 UID SEARCH HEADER Message-ID *"_s, u"S: * SEARCH 4"_s, u"S: A3 OK SEARCH completed."_s }
        + imapLogout(u"A4"_s);
}

// Exchange Online when IMAP is switched off for the mailbox: sign-in works, the mailbox does not.
inline QStringList imapSwitchedOff()
{
    return imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s, u"S: A2 BAD User is authenticated but not connected."_s,
                                             u"S: * BYE Connection closed. 14"_s, u"X"_s };
}

inline QStringList smtpUntilAuth(int greetingDelayMs = 0)
{
    QStringList script;
    if (greetingDelayMs > 0)
        script << u"WAIT: %1"_s.arg(greetingDelayMs);
    script << u"S: 220 SN4PR0501CA0012.outlook.office365.com Microsoft ESMTP MAIL Service ready"_s
           << u"C: EHLO [127.0.0.1]"_s << u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello"_s
           << u"S: 250-PIPELINING"_s << u"S: 250 STARTTLS"_s << u"C: STARTTLS"_s
           << u"S: 220 2.0.0 SMTP server ready"_s << u"TLS"_s << u"C: EHLO [127.0.0.1]"_s
           << u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello"_s << u"S: 250-PIPELINING"_s
           << u"S: 250 AUTH LOGIN XOAUTH2"_s << u"C: AUTH XOAUTH2 *"_s;
    return script;
}

// How many lines the test message has: its size does not depend on the time or the random id.
inline int messageLineCount(const QString &email)
{
    return int(TestMessage::create(email).toSmtpData().count("\r\n"));
}

// The whole SMTP side with the test message, pipelined as Microsoft allows.
inline QStringList smtpSendsMessage(const QString &email)
{
    QStringList script = smtpUntilAuth();
    script << u"S: 235 2.7.0 Authentication successful"_s << u"C: MAIL FROM:<%1>"_s.arg(email)
           << u"C: RCPT TO:<%1>"_s.arg(email) << u"C: DATA"_s << u"S: 250 2.1.0 Sender OK"_s
           << u"S: 250 2.1.5 Recipient OK"_s << u"S: 354 Start mail input; end with <CRLF>.<CRLF>"_s;
    for (int i = 0; i < messageLineCount(email); ++i)
        script << u"C: *"_s;
    script << u"C: ."_s << u"C: QUIT"_s << u"S: 250 2.0.0 OK <DM6PR11MB4595@DM6PR11MB4595.namprd11.prod.outlook.com>"_s
           << u"S: 221 2.0.0 Service closing transmission channel"_s << u"X"_s;
    return script;
}

// Exchange Online when the token is not for this mailbox (another account signed in): no reason given.
inline QStringList imapRefusesSignIn()
{
    return imapUntilExamine().mid(0, 2) + QStringList{ u"S: A1 NO AUTHENTICATE failed."_s, u"X"_s };
}

inline QStringList smtpRefusesSignIn()
{
    return smtpUntilAuth() + QStringList{ u"S: 535 5.7.3 Authentication unsuccessful [SN4PR0501CA0012.namprd05.prod.outlook.com]"_s,
                                          u"X"_s };
}

// Microsoft 365 when the tenant switched SMTP AUTH off.
inline QStringList smtpAuthDisabled()
{
    return smtpUntilAuth()
        + QStringList{ u"S: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                       "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
                       "[MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"_s,
                       u"X"_s };
}

// A profile whose IMAP and SMTP are these scripted servers, trusting the test CA.
inline ProviderProfile profileFor(const ScriptedServer &imap, const ScriptedServer &smtp)
{
    ProviderProfile profile;
    profile.id = u"test"_s;
    profile.name = u"Scripted servers"_s;
    // 127.0.0.1, not localhost: the scripts expect "EHLO [127.0.0.1]".
    profile.imap = ServerAddress{ u"127.0.0.1"_s, imap.serverPort(), ConnectionSecurity::Tls };
    profile.smtp = ServerAddress{ u"127.0.0.1"_s, smtp.serverPort(), ConnectionSecurity::StartTls };
    profile.caCertificates = ScriptedServer::testCa();
    return profile;
}

} // namespace MailServerScripts
