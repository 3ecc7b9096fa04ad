// A diagnosis: what went wrong, in words for people, who can fix it, what they can do about it, the exit code
// it ends a command with, and the server's own words. Made only by the catalogue (diagnosiscatalogue.h).
#pragma once

#include "wizard/core/diagnosis/diagnosisid.h"
#include "wizard/core/diagnosis/exitcode.h"
#include "wizard/core/provider/accountkind.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Who can act on a diagnosis.
enum class Audience {
    User,           // the person at the computer
    Administrator,  // the organisation's IT administrator (tenant or app registration)
    Provider,       // Microsoft: nothing to do but wait and try again
    Developer,      // a fault in Mail Setup itself: report it
};

// What a page can offer as a button for a diagnosis, in the order the buttons stand.
enum class Remedy {
    ShowImapHelp,              // the page that shows how to switch on IMAP in Outlook.com
    CopyAdministratorMessage,  // a ready message for the IT administrator, on the clipboard
    SignInAgain,
    UseAnotherAccount,
    TryAgain,                  // run the check again (only what failed)
};

// The change only an administrator can make, for which Mail Setup writes the request (administratorrequest.h).
enum class AdministratorRequest {
    None,
    AllowSmtpAuth,       // Set-CASMailbox -SmtpClientAuthenticationDisabled $false
    AllowImap,           // Set-CASMailbox -ImapEnabled $true
    GrantAdminConsent,   // the admin consent link for Mail Setup's application id
    ReviewSignInPolicy,  // Conditional Access, security defaults: find the sign-in by its ids
    ReviewDelivery,      // SPF, DKIM, DMARC or a block on the way
    General,             // only an administrator can fix it; the report says what was seen
    EnableApplication,   // the enterprise application switched on again ("Enabled for users to sign-in")
    ReplaceSecurityDefaults,  // security defaults replaced by Conditional Access, then SMTP AUTH for the mailbox
    AllowDirectSend,     // a partner connector for the device, or Set-OrganizationConfig -RejectDirectSend $false
    GrantSendAs,         // Add-RecipientPermission … -AccessRights SendAs for the signed-in mailbox
    ReleaseRestrictedSender,  // Remove-BlockedSenderAddress, after checking the mailbox for misuse
    UnblockAccount,      // the user switched on again (Update-MgUser -AccountEnabled), or the lock or risk cleared
};

// Which way the failed step was going: it decides the words that name the server.
enum class Direction {
    None,      // not known, or not a connection (text pasted into `explain`)
    Incoming,  // IMAP: reading mail
    Outgoing,  // SMTP: sending mail
    SignIn,    // Microsoft's sign-in service (authorize, token, discovery)
};

// What the words depend on: the kind of account (personal accounts get Outlook.com's steps, work accounts the
// administrator's path), the address, tenant and application the commands and links need, and the server and time
// limit of the failed step, which the facts name.
struct DiagnosisContext {
    AccountKind kind = AccountKind::Unknown;
    QString address {};
    QString tenantId {};
    QString clientId {};
    Direction direction = Direction::None;
    QString host {};            // the server contacted, as configured ("smtp.office365.com")
    quint16 port = 0;
    int timeLimitSeconds = 0;  // the time limit that passed, for time-outs; 0: none
};

struct Diagnosis {
    DiagnosisId id = DiagnosisId::Unknown;
    QString title;     // one translated sentence: what happened
    QString advice;    // translated sentences: what to do
    Audience audience = Audience::User;
    ExitCode exitCode = ExitCode::AccountRefused;
    QList<Remedy> remedies;                               // in button order
    AdministratorRequest request = AdministratorRequest::None;
    QString facts;     // translated sentences naming the server (direction, host, port) and the time limit; may be empty
    QString who;       // translated, for people: who can fix it, for this server ("Microsoft" only for Microsoft's)
    QString reply;     // the server's or identity provider's words, secrets removed; may be empty
    DiagnosisContext context;  // what the words were made for; to word them again for more (DiagnosisCatalogue::reworded)

    // The stable key of the class ("smtp-auth-disabled"), for JSON, reports and tests' data.
    QString key() const;
    bool offers(Remedy remedy) const { return remedies.contains(remedy); }
};

// Stable machine names for Audience, used in JSON ("user", "administrator", "provider", "developer").
QString audienceKey(Audience audience);
// Stable machine names for Remedy, used in JSON ("show-imap-help", "copy-administrator-message", "sign-in-again",
// "use-another-account", "try-again").
QString remedyKey(Remedy remedy);
// Translated, for people: "You", "Your IT administrator", "Microsoft", "The makers of Mail Setup". A Diagnosis's
// own `who` is better: it does not blame Microsoft for a server that is not Microsoft's.
QString audienceLabel(Audience audience);
// True for Microsoft's own hosts (outlook.com, office365.com, microsoftonline.com and their subdomains).
bool isMicrosoftHost(const QString &host);

Q_DECLARE_METATYPE(Diagnosis)
