#include "wizard/core/diagnosis/diagnosiscatalogue.h"

#include <QCoreApplication>

#include <iterator>

namespace {

constexpr unsigned bit(Remedy remedy)
{
    return 1u << static_cast<unsigned>(remedy);
}

struct Entry {
    DiagnosisId id;
    const char *key;
    AccountKind kind;   // Unknown: the general words, for any kind without words of its own
    ExitCode exitCode;
    Audience audience;
    unsigned remedies;  // bit(Remedy) values; CopyAdministratorMessage follows from `request`
    AdministratorRequest request;
    const char *title;  // one sentence: what happened
    const char *advice; // what to do, and who can do it
};

// The words live here untranslated (QT_TRANSLATE_NOOP only marks them for lupdate) and are translated at lookup,
// so a language switch at run time takes effect on the next diagnosis. One class may have several rows: the general
// one (AccountKind::Unknown) first, then the words for a kind of account. The order is the order of ids().
const Entry entries[] = {
    // Sign-in
    {DiagnosisId::UserCancelled, "user-cancelled", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The sign-in was cancelled before it finished."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Start the sign-in again and go through every page in the browser until it says "
                       "you can close it. If Microsoft asks whether Mail Setup may read and send your mail, "
                       "choose Accept: Mail Setup cannot check the mailbox without that permission.")},
    {DiagnosisId::ConsentRequired, "consent-required", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Administrator, bit(Remedy::SignInAgain),
     AdministratorRequest::GrantAdminConsent,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation has not yet allowed Mail Setup to use your mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Only an administrator of your organisation can give this approval, once for everyone. "
                       "They can do it in the Microsoft Entra admin center under Enterprise applications, "
                       "Mail Setup, Permissions, Grant admin consent, or by opening "
                       "https://login.microsoftonline.com/{tenant}/v2.0/adminconsent?client_id={client-id} "
                       "with your organisation's domain in place of {tenant} and Mail Setup's application ID "
                       "in place of {client-id}. After that, sign in again.")},
    {DiagnosisId::ConsentRequired, "consent-required", AccountKind::Personal, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup does not have your permission to use your mailbox yet."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and, when Microsoft asks whether Mail Setup may read and send your mail, choose "
                       "Accept. A personal Microsoft account gives this permission itself: nobody else has to approve "
                       "it. You can see and withdraw the permissions you gave at https://account.live.com/consent/Manage.")},
    {DiagnosisId::ConsentRequired, "consent-required", AccountKind::Work, ExitCode::SignInFailed, Audience::Administrator, bit(Remedy::SignInAgain),
     AdministratorRequest::GrantAdminConsent,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation has to approve Mail Setup before you can use it with your mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation decides which apps its users may approve themselves, and Mail Setup needs "
                       "an administrator's approval, given once for everyone. Mail Setup can write the request for "
                       "your IT administrator, with the consent link for your organisation. After they have approved "
                       "it, sign in again.")},
    {DiagnosisId::WrongAccountOrTenant, "wrong-account-or-tenant", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain) | bit(Remedy::UseAnotherAccount),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The account you signed in with cannot be used for this mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and pick the account that owns this email address: your personal "
                       "Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school "
                       "account for an address run by your organisation. If the browser signs you in with "
                       "another account by itself, choose \"Use another account\" or sign out of it there first.")},
    {DiagnosisId::WrongAccountOrTenant, "wrong-account-or-tenant", AccountKind::Personal, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::UseAnotherAccount), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This address needs its personal Microsoft account, and the sign-in used another one."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "An Outlook.com, Hotmail, Live or MSN address opens only with its own personal Microsoft "
                       "account, never with a work or school account. Sign in again and choose that personal account. "
                       "If the browser signs you in with another account by itself, choose \"Use another account\" "
                       "or sign out of it there first.")},
    {DiagnosisId::WrongAccountOrTenant, "wrong-account-or-tenant", AccountKind::Work, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::UseAnotherAccount), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This address needs its work or school account, and the sign-in used another one."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and choose the work or school account of this address, not a personal Microsoft "
                       "account. If Microsoft says that the account does not exist in your organisation, check the "
                       "address for typing mistakes. If it is right, your IT administrator has to add the account, or "
                       "your organisation has no Exchange Online mailbox for it.")},
    {DiagnosisId::AppRegistration, "app-registration", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Developer, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft does not accept the way this copy of Mail Setup is registered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your account, and nothing can be changed from here. Please report "
                       "this to the makers of Mail Setup with the details below. If your organisation registered "
                       "its own copy of Mail Setup, its administrator should check that registration: a public "
                       "client on the \"Mobile and desktop applications\" platform, with the redirect address "
                       "http://localhost, open to both personal and work or school accounts.")},
    {DiagnosisId::AppRegistration, "app-registration", AccountKind::Personal, ExitCode::SignInFailed, Audience::Developer, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft does not accept the way this copy of Mail Setup is registered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your account, and nothing can be changed from here. Please report this "
                       "to the makers of Mail Setup with the details below.")},
    {DiagnosisId::TenantNotFound, "tenant-not-found", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft does not know an organisation for this email address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the email address is typed correctly. If it is, the address is probably not "
                       "handled by Microsoft 365 or Outlook.com, and Mail Setup cannot set it up. If you expected "
                       "it to be, ask the people who run your email.")},
    {DiagnosisId::SignInExpired, "sign-in-expired", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain) | bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Your sign-in has expired or was withdrawn."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again. This happens when Mail Setup has not been used for a long time, after a "
                       "password change, or when your organisation asks everyone to sign in again from time to time.")},
    {DiagnosisId::MfaRequired, "mfa-required", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft wants an extra check that it is really you."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and complete the extra step in the browser, such as a code sent to your "
                       "phone or a prompt in the Microsoft Authenticator app. If no such step is set up for you "
                       "yet, the browser will guide you through it, or your IT administrator can help.")},
    {DiagnosisId::MfaRequired, "mfa-required", AccountKind::Personal, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft wants an extra check that it is really you."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and complete the extra step in the browser: a code sent to your phone or to "
                       "another email address, or a prompt in the Microsoft Authenticator app. If you can no longer "
                       "receive those codes, update your security information at account.microsoft.com, under "
                       "Security.")},
    {DiagnosisId::MfaRequired, "mfa-required", AccountKind::Work, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation wants an extra check that it is really you."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation asks for a second step, such as a prompt in the Microsoft Authenticator app "
                       "or a code by text message. Sign in again and complete it in the browser. If the browser asks "
                       "you to set up the second step first, follow it; if that is not possible, your IT administrator "
                       "can help.")},
    {DiagnosisId::BlockedByPolicy, "blocked-by-policy", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Administrator, bit(Remedy::SignInAgain),
     AdministratorRequest::ReviewSignInPolicy,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation's security rules did not allow this sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation decides which devices, places and apps may sign in, and one of its "
                       "rules stopped this sign-in. Only your IT administrator can change that. Give them the "
                       "details below, with the error code and the trace and correlation IDs if there are any, "
                       "so that they can find this sign-in in their logs.")},
    {DiagnosisId::BlockedByPolicy, "blocked-by-policy", AccountKind::Personal, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft stopped this sign-in to protect your account."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft saw something unusual about this sign-in, such as a new place or a new device. Sign "
                       "in at account.microsoft.com in your browser, open Security and then the sign-in activity, and "
                       "confirm the sign-in if it was you; change your password if it was not. Then sign in again in "
                       "Mail Setup.")},
    {DiagnosisId::PasswordChangeRequired, "password-change-required", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The password has expired or must be changed before you can sign in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again: Microsoft's sign-in page offers to change the password there. Afterwards use "
                       "the new password on your other devices and apps too, since the old one no longer works "
                       "anywhere.")},
    {DiagnosisId::PasswordChangeRequired, "password-change-required", AccountKind::Personal, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The password has expired or must be changed before you can sign in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and change the password when Microsoft's sign-in page asks, or change it at "
                       "account.microsoft.com, under Security. Then sign in again in Mail Setup, and use the new "
                       "password on your other devices too.")},
    {DiagnosisId::PasswordChangeRequired, "password-change-required", AccountKind::Work, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The password has expired or must be changed before you can sign in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and change the password when the sign-in page asks. If it does not offer that, "
                       "change it on your organisation's password reset page, often https://aka.ms/sspr, or ask your "
                       "IT administrator to reset it. Then sign in again.")},
    {DiagnosisId::PasswordRejected, "password-rejected", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft did not accept the user name or the password."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the email address and the password, mind the Caps Lock key, and sign in again. If you "
                       "have forgotten the password, choose \"Forgot password?\" on Microsoft's sign-in page. If an "
                       "app or a device asked for the password itself instead of opening Microsoft's sign-in page, it "
                       "signs in a way that many accounts refuse: choose its option called OAuth2 or Modern "
                       "Authentication instead.")},
    {DiagnosisId::PasswordRejected, "password-rejected", AccountKind::Personal, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft did not accept the user name or the password."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the email address and the password, mind the Caps Lock key, and sign in again. If you "
                       "have forgotten the password, reset it at https://account.live.com/password/reset. Mail apps "
                       "that ask for the password themselves no longer work with Outlook.com at all: choose their "
                       "option called OAuth2 or Modern Authentication instead.")},
    {DiagnosisId::PasswordRejected, "password-rejected", AccountKind::Work, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft did not accept the user name or the password."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the email address and the password, mind the Caps Lock key, and sign in again. If you "
                       "have forgotten the password, reset it on your organisation's password reset page, often "
                       "https://aka.ms/sspr, or ask your IT administrator. If an app asked for the password itself, "
                       "choose its option called OAuth2 or Modern Authentication instead.")},
    {DiagnosisId::AccountLocked, "account-locked", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This account is locked or switched off."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "After too many wrong passwords Microsoft locks an account for a while: wait a few minutes and "
                       "sign in again, typing the password with care. For an Outlook.com, Hotmail or Live address, "
                       "sign in at account.microsoft.com and follow the steps shown there to unlock the account. For "
                       "a work or school address that stays locked, only your IT administrator can unlock it or "
                       "switch it on again.")},
    {DiagnosisId::AccountLocked, "account-locked", AccountKind::Personal, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft has locked this Microsoft account."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft locks a personal account after too many wrong passwords or when it suspects misuse. "
                       "Sign in at account.microsoft.com in your browser and follow the steps to unlock it; Microsoft "
                       "sends a security code to your phone or to another email address. Then sign in again in Mail "
                       "Setup.")},
    {DiagnosisId::AccountLocked, "account-locked", AccountKind::Work, ExitCode::SignInFailed, Audience::Administrator,
     bit(Remedy::SignInAgain) | bit(Remedy::TryAgain), AdministratorRequest::UnblockAccount,
     QT_TRANSLATE_NOOP("Diagnosis", "Your account is locked or switched off."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If you typed a wrong password several times, wait a few minutes and sign in again. If the "
                       "account stays locked, or your organisation has switched it off, only your IT administrator can "
                       "unlock it or switch it on again. Mail Setup can write the request for them.")},
    {DiagnosisId::AppDisabled, "app-disabled", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Administrator,
     bit(Remedy::SignInAgain), AdministratorRequest::EnableApplication,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft says that this application is switched off."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "With a work or school account, your organisation's administrator may have switched the "
                       "application off for its users. Only they can switch it on again, under Enterprise "
                       "applications in the Microsoft Entra admin center; Mail Setup can write the request for them. "
                       "If a personal account gets this too, Microsoft has switched off the application itself: "
                       "please report it to the makers of the application with the details below.")},
    {DiagnosisId::AppDisabled, "app-disabled", AccountKind::Personal, ExitCode::SignInFailed, Audience::Developer,
     bit(Remedy::SignInAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft says that this application is switched off."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft has switched off the application for personal accounts, which only its makers can "
                       "resolve. Please report this to the makers of Mail Setup, or of the app that showed the "
                       "message, with the details below.")},
    {DiagnosisId::ClockSkew, "clock-skew", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The clock of this computer or device does not agree with Microsoft's."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Set the date, the time and the time zone right, best by letting the system take them from "
                       "the internet, then sign in again. Sign-in passes carry times, and Microsoft refuses them "
                       "when the clocks are too far apart.")},
    {DiagnosisId::ClientError, "client-error", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Developer, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup sent Microsoft a sign-in request that it could not accept."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This is a fault in Mail Setup, not in your account. Try once more; if it happens again, "
                       "please report it to the makers of Mail Setup with the details below.")},
    {DiagnosisId::SignInServiceUnreachable, "sign-in-unreachable", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup could not reach Microsoft's sign-in service."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that this computer is connected to the internet, for example by opening a web page, "
                       "and try again. If web pages open, a firewall, proxy or security program may be stopping "
                       "Mail Setup from reaching Microsoft: check its settings or try another network.")},
    {DiagnosisId::SignInServiceTimeout, "sign-in-timeout", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft's sign-in service did not answer in time."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to Microsoft was too slow, or stopped before the sign-in could finish. Check "
                       "the internet connection and try again in a few minutes. If it keeps happening on this "
                       "network, try another one, for example a phone's hotspot: some networks and proxies hold "
                       "such connections back.")},
    {DiagnosisId::SignInServiceError, "sign-in-service-error", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft's sign-in service answered with an error instead of the sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This is usually a passing problem at Microsoft: wait a few minutes and try again. On a "
                       "network that first shows a page of its own, as in hotels, trains and airports, open any web "
                       "page in the browser, accept the network's terms or sign in to it, and then try again.")},
    {DiagnosisId::SignInListenerUnavailable, "sign-in-listener-unavailable", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup could not prepare the address on this computer that the browser comes back to after the sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "To receive the sign-in from the browser, Mail Setup needs a free port on this computer's own "
                       "addresses 127.0.0.1 and ::1. Other programs may be holding them, or security software may "
                       "block them. Close programs you do not need and sign in again. If it keeps happening, "
                       "restart the computer, and if even that does not help, please report it to the makers of "
                       "Mail Setup with the details below.")},

    // Mailbox
    {DiagnosisId::ImapNotEnabled, "imap-not-enabled", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::ShowImapHelp) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Access to this mailbox from mail apps is switched off."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "For an Outlook.com, Hotmail or Live address: sign in at outlook.com, open Settings > Mail > "
                       "Forwarding and IMAP (in newer versions Settings > Mail > Sync email), switch on \"Let devices "
                       "and apps use IMAP\", save, and run the check again. For a work or school address, only your IT "
                       "administrator can allow IMAP for the mailbox.")},
    {DiagnosisId::ImapNotEnabled, "imap-not-enabled", AccountKind::Personal, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::ShowImapHelp) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Outlook.com does not let mail apps into this mailbox yet."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in at outlook.com, open Settings > Mail > Forwarding and IMAP (in newer versions Settings > "
                       "Mail > Sync email), switch on \"Let devices and apps use IMAP\", save, and run the check again. "
                       "If the switch is already on, the account may have no Outlook.com mailbox at all, as happens "
                       "with a Microsoft account made with another provider's address.")},
    {DiagnosisId::ImapNotEnabled, "imap-not-enabled", AccountKind::Work, ExitCode::AccountRefused, Audience::Administrator,
     bit(Remedy::TryAgain), AdministratorRequest::AllowImap,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation has switched off access to this mailbox from mail apps (IMAP)."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Only your IT administrator can allow IMAP for this mailbox. Mail Setup can write the request "
                       "for you, with the exact command they need. A change can take up to an hour to work; then run "
                       "the check again.")},
    {DiagnosisId::AuthRejected, "auth-rejected", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::SignInAgain) | bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server did not accept the sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Make sure you signed in with the same account as the email address being set up, then run "
                       "the check again. The server does not say why it refused. If it keeps happening with a work "
                       "or school address, ask your IT administrator to check that IMAP and authenticated SMTP are "
                       "allowed for this mailbox.")},
    {DiagnosisId::AuthRejected, "auth-rejected", AccountKind::Personal, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::SignInAgain) | bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server did not accept the sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Make sure you signed in with the same Microsoft account as the email address being set up, "
                       "then run the check again. If reading mail fails this way, check that \"Let devices and apps "
                       "use IMAP\" is on at outlook.com, under Settings > Mail > Forwarding and IMAP. The server does "
                       "not say why it refused.")},
    {DiagnosisId::BasicAuthDisabled, "basic-auth-disabled", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mailbox no longer accepts a password from mail apps."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The app or device tried a password, and Microsoft refuses passwords from mail apps, app "
                       "passwords included: Outlook.com since 16 September 2024, Microsoft 365 as well. Mail Setup "
                       "signs in through Microsoft's sign-in page instead, so run the check again and sign in through "
                       "the browser. In other mail apps, choose the sign-in method called OAuth2 or Modern "
                       "Authentication. A printer, scanner or older app that only knows passwords can send through a "
                       "relay that signs in with Microsoft on its behalf.")},
    {DiagnosisId::BasicAuthDisabled, "basic-auth-disabled", AccountKind::Personal, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Outlook.com no longer accepts a password from mail apps and devices."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Since 16 September 2024 Outlook.com, Hotmail and Live accept no password from mail apps, not "
                       "even an app password. Choose the sign-in method called OAuth2 or Modern Authentication in the "
                       "app, which opens Microsoft's sign-in page; Mail Setup signs in that way. A printer, scanner or "
                       "older app that only knows passwords can send through a relay that signs in with Microsoft on "
                       "its behalf.")},
    {DiagnosisId::BasicAuthDisabled, "basic-auth-disabled", AccountKind::Work, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft 365 no longer accepts a password from this mail app or device."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation's mailboxes accept mail apps only through Microsoft's sign-in page, and app "
                       "passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in the "
                       "app; Mail Setup signs in that way. For a printer, scanner or older app that only knows "
                       "passwords, your IT administrator can set up a relay that signs in with Microsoft on its "
                       "behalf, or a connector.")},
    {DiagnosisId::SmtpAuthDisabled, "smtp-auth-disabled", AccountKind::Unknown, ExitCode::AccountRefused,
     Audience::Administrator, bit(Remedy::TryAgain), AdministratorRequest::AllowSmtpAuth,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation has switched off sending from mail apps for this mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Only your IT administrator can switch it on, for this mailbox or for the whole organisation. "
                       "Mail Setup can write the request for you, with the exact command they need. The setting of a "
                       "mailbox wins over the one of the organisation, and a change can take an hour to work.")},
    {DiagnosisId::SmtpAuthDisabled, "smtp-auth-disabled", AccountKind::Personal, ExitCode::AccountRefused,
     Audience::Provider, bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft has not switched on sending from mail apps for this Outlook.com mailbox yet."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Reading mail works, but Microsoft does not yet let mail apps send from this mailbox, even with "
                       "a proper sign-in. Many recently made Outlook.com and Hotmail accounts get this, and no switch "
                       "in Outlook.com changes it. It often starts to work by itself after some days of normal use. "
                       "Meanwhile, send from outlook.com in a browser or from the Outlook app. If nothing has changed "
                       "after a week or two, contact Microsoft support through Help on outlook.com.")},
    {DiagnosisId::NotAuthenticated, "not-authenticated", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Developer, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server refused to send because Mail Setup was not signed in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Mail Setup tried to send before the server had accepted the sign-in, which is a fault in "
                       "Mail Setup. Run the check again; if this comes back, please report it to the makers of "
                       "Mail Setup with the details below.")},
    {DiagnosisId::TokenExpired, "token-expired", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain) | bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The sign-in pass for the mailbox ran out during the check."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Run the check again: Mail Setup will get a fresh pass from Microsoft. If this keeps "
                       "happening, sign in again, and if even that does not help, please report it to the makers "
                       "of Mail Setup.")},
    {DiagnosisId::Throttled, "throttled", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft is holding back requests from this mailbox for a while."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Too many connections or messages came from this mailbox in a short time, perhaps from "
                       "other mail apps or devices as well. Wait a few minutes, close mail apps you do not need, "
                       "and run the check again.")},
    {DiagnosisId::ProtocolError, "protocol-error", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Developer, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server did not understand a command from Mail Setup."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This is a fault in Mail Setup, not in your account. Run the check again; if it happens "
                       "again, please report it to the makers of Mail Setup with the details below.")},
    {DiagnosisId::SendAsDenied, "send-as-denied", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The account you signed in with may not send mail from this address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in with the account that owns this address. If the address belongs to a shared "
                       "mailbox or to someone else, your IT administrator can give your account the Send As "
                       "permission for it; allow up to an hour before trying again.")},
    {DiagnosisId::SendAsDenied, "send-as-denied", AccountKind::Personal, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The account you signed in with may not send mail from this address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Send with the address you signed in with as the sender. Outlook.com sends from another address "
                       "only when it is an alias of the same Microsoft account, which you can add at "
                       "account.microsoft.com, under Your info. Otherwise sign in with the Microsoft account that owns "
                       "the address.")},
    {DiagnosisId::SendAsDenied, "send-as-denied", AccountKind::Work, ExitCode::AccountRefused, Audience::Administrator, bit(Remedy::TryAgain),
     AdministratorRequest::GrantSendAs,
     QT_TRANSLATE_NOOP("Diagnosis", "The account you signed in with may not send mail from this address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If you meant to sign in with the account that owns this address, sign in with it. If the "
                       "address belongs to a shared mailbox or to someone else, only your IT administrator can give "
                       "your account the Send As permission for it. Mail Setup can write the request for them; allow "
                       "up to an hour after the change before trying again.")},
    {DiagnosisId::SendingBlocked, "sending-blocked", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft has stopped this account from sending mail."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This happens when Microsoft suspects the account of sending unwanted mail, for example "
                       "after someone else learnt the password. Change your password. For an Outlook.com, Hotmail "
                       "or Live address, sign in at outlook.com and follow the steps shown there to unblock the "
                       "account. For a work or school address, your IT administrator can release it in the "
                       "Microsoft Defender portal under Restricted entities.")},
    {DiagnosisId::SendingBlocked, "sending-blocked", AccountKind::Personal, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Outlook.com has stopped this account from sending mail."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Outlook.com does this when it suspects an account of sending unwanted mail, or when a new "
                       "account sends a lot before it is verified. Sign in at outlook.com in a browser and follow the "
                       "steps shown there, such as confirming a code sent to your phone. If someone else may know your "
                       "password, change it at account.microsoft.com. If sending stays blocked for more than a day, "
                       "contact Microsoft support through Help on outlook.com.")},
    {DiagnosisId::SendingBlocked, "sending-blocked", AccountKind::Work, ExitCode::AccountRefused, Audience::Administrator, bit(Remedy::TryAgain),
     AdministratorRequest::ReleaseRestrictedSender,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft 365 has stopped this mailbox from sending mail."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft 365 blocks a mailbox that it suspects of sending unwanted mail, often because someone "
                       "else has learnt the password. Change your password. Only your IT administrator can release the "
                       "mailbox, after checking it for misuse; Mail Setup can write the request for them, with the "
                       "exact commands.")},
    {DiagnosisId::SendingLimitReached, "sending-limit-reached", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This mailbox has sent as much mail as Microsoft allows for now."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until "
                       "the limit resets, which can take up to 24 hours, then run the check again. If the mailbox "
                       "needs to send more than that, talk to your IT administrator.")},
    {DiagnosisId::SendingLimitReached, "sending-limit-reached", AccountKind::Personal, ExitCode::AccountRefused, Audience::Provider,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This mailbox has sent as much mail as Microsoft allows for now."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Outlook.com limits how many messages and recipients an account may send in a day, and new "
                       "accounts get lower limits at first. Wait until the limit resets, which can take up to 24 hours, "
                       "then run the check again. If Outlook.com asks you to verify the account, do so at outlook.com: "
                       "a verified account may send more.")},
    {DiagnosisId::SendingLimitReached, "sending-limit-reached", AccountKind::Work, ExitCode::AccountRefused, Audience::Provider,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This mailbox has sent as much mail as Microsoft allows for now."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft 365 lets a mailbox send to at most 10,000 recipients a day and about 30 messages a "
                       "minute. Wait until the limit resets, which can take up to 24 hours, then run the check again. "
                       "If the mailbox really has to send more, ask your IT administrator about a service made for "
                       "bulk mail.")},
    {DiagnosisId::TemporaryServerError, "temporary-server-error", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft's server had a passing problem."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your settings. Wait a few minutes and run the check again. If it "
                       "still fails hours later, Microsoft's service status page may say more.")},
    {DiagnosisId::ServerUnavailable, "server-unavailable", AccountKind::Unknown, ExitCode::Network, Audience::Provider,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server is not taking connections at the moment."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your settings or your account: the server turned the connection away "
                       "before Mail Setup could sign in, as servers do while they are busy or being maintained. Wait "
                       "a few minutes and run the check again. If it still fails an hour later, Microsoft's service "
                       "status page may say more.")},
    {DiagnosisId::TlsVersionTooOld, "tls-version-too-old", AccountKind::Unknown, ExitCode::Tls, Audience::Developer, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The connection used an old kind of encryption that Microsoft no longer accepts."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft needs TLS 1.2 or newer. Update the system and Mail Setup, and check for security "
                       "software that inspects encrypted connections, since it can cause this too. If the problem "
                       "stays, please report it to the makers of Mail Setup with the details below.")},
    {DiagnosisId::DeliveryRejected, "delivery-rejected", AccountKind::Unknown, ExitCode::TestMessageFailed, Audience::Administrator, bit(Remedy::TryAgain),
     AdministratorRequest::ReviewDelivery,
     QT_TRANSLATE_NOOP("Diagnosis", "The test message was turned away and not delivered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A server on the way refused the message; its own words are in the details below. Signing "
                       "in worked, so the settings are right. Ask the administrator of the sending domain to look "
                       "at the reason: common ones are the domain's SPF, DKIM or DMARC records, or a block on the "
                       "sending server's address.")},

    {DiagnosisId::DeliveryRejected, "delivery-rejected", AccountKind::Personal, ExitCode::TestMessageFailed, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The test message was turned away and not delivered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A server on the way refused the message; its own words are in the details below. Signing in "
                       "worked, so the settings are right. If the words speak of an address that does not exist, check "
                       "the address. If they speak of spam or of the sending server's reputation, wait a few hours and "
                       "try again; if it keeps happening, contact Microsoft support through Help on outlook.com.")},
    {DiagnosisId::SmtpPasswordRetired, "smtp-password-retired", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft 365 no longer accepts a password for sending mail from this device or app."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The device or app signed in to send mail with a user name and a password. Exchange Online "
                       "switches that off, by default from the end of December 2026 and for good in 2027, and app "
                       "passwords do not help. Choose the sign-in method called OAuth2 or Modern Authentication in "
                       "the app. A printer, scanner or older app that cannot do that can send through a relay that "
                       "signs in with Microsoft on its behalf, and your IT administrator can set up a connector for "
                       "it instead.")},
    {DiagnosisId::SmtpBlockedBySecurityDefaults, "smtp-blocked-by-security-defaults", AccountKind::Unknown,
     ExitCode::AccountRefused, Audience::Administrator, bit(Remedy::TryAgain), AdministratorRequest::ReplaceSecurityDefaults,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation's security defaults do not let mail apps send with a password."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation has Microsoft's security defaults switched on, and while they are, Exchange "
                       "Online refuses every device or app that signs in to send with a user name and a password, "
                       "whatever else is set. Choose the sign-in method called OAuth2 or Modern Authentication in "
                       "the app if it has one. If it has not, only your IT administrator can help, by replacing the "
                       "security defaults with Conditional Access rules; Mail Setup can write the request for them.")},
    {DiagnosisId::DirectSendRejected, "direct-send-rejected", AccountKind::Unknown, ExitCode::TestMessageFailed,
     Audience::Administrator, bit(Remedy::TryAgain), AdministratorRequest::AllowDirectSend,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation turns away mail that a device sends to it without signing in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The device or app sends straight to your organisation's mail servers without a sign-in "
                       "(direct send), and your organisation has switched that off, as Microsoft recommends. If the "
                       "device can sign in with OAuth2 or Modern Authentication, set it to send through "
                       "smtp.office365.com on port 587 that way. Otherwise only your IT administrator can let its "
                       "mail in, best with a connector for the device's network address; Mail Setup can write the "
                       "request for them.")},
    {DiagnosisId::MailboxFull, "mailbox-full", AccountKind::Unknown, ExitCode::TestMessageFailed, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "A mailbox is full, so the message could not be sent or delivered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft stops a mailbox that is over its storage limit from sending, and later from "
                       "receiving. If it is your own mailbox, delete messages you do not need, large ones first, and "
                       "empty the Deleted Items and Junk Email folders, then run the check again. If the bounce names "
                       "someone else's mailbox, only they can make room in it.")},
    {DiagnosisId::MailboxFull, "mailbox-full", AccountKind::Personal, ExitCode::TestMessageFailed, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "A mailbox is full, so the message could not be sent or delivered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Outlook.com's storage is shared with OneDrive: see what uses it at outlook.com, under Settings > "
                       "General > Storage. Delete messages you do not need, large ones first, empty the Deleted Items "
                       "and Junk Email folders, and remove large files from OneDrive if that is what fills it; then "
                       "run the check again. If the bounce names someone else's mailbox, only they can make room in "
                       "it.")},
    {DiagnosisId::MailboxFull, "mailbox-full", AccountKind::Work, ExitCode::TestMessageFailed, Audience::User,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "A mailbox is full, so the message could not be sent or delivered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "If it is your own mailbox, delete messages you do not need, large ones first, and empty the "
                       "Deleted Items folder, then run the check again. If that cannot free enough, your IT "
                       "administrator can raise the mailbox's limit or switch on an archive mailbox. If the bounce "
                       "names someone else's mailbox, only they can make room in it.")},

    {DiagnosisId::SmtpUtf8Missing, "smtputf8-missing", AccountKind::Unknown, ExitCode::TestMessageFailed,
     Audience::Administrator, bit(Remedy::TryAgain), AdministratorRequest::General,
     QT_TRANSLATE_NOOP("Diagnosis", "The outgoing mail server cannot send from this email address."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The part of the address before the @ has letters that this server does not accept in an "
                       "address: it would need the SMTPUTF8 extension, which it does not offer. Signing in worked. "
                       "Ask the people who run your email whether the mailbox also has an address with plain letters "
                       "(a to z, digits, dots), and set up that one, or whether the server can be given SMTPUTF8.")},


    // This side of the connection
    {DiagnosisId::DnsFailure, "dns-failure", AccountKind::Unknown, ExitCode::Network, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server's name could not be found."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the computer is connected to the internet, for example by opening a web page. "
                       "If it is, the network may have trouble looking up names: restart the router or try another "
                       "network, then run the check again.")},
    {DiagnosisId::ConnectionRefused, "connection-refused", AccountKind::Unknown, ExitCode::Network, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The connection to the mail server was refused."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Something between this computer and Microsoft turned the connection away, often a firewall "
                       "or security program that blocks mail. Check the firewall and antivirus settings or try "
                       "another network, then run the check again.")},
    {DiagnosisId::ConnectionTimeout, "connection-timeout", AccountKind::Unknown, ExitCode::Network, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server could not be reached in time."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the internet connection. Some networks, such as those of offices, hotels and schools, "
                       "and some home routers or antivirus programs, block the mail ports 587 and 993. Try another "
                       "network, for example a phone's hotspot, to find out, and ask the owner of the network to "
                       "allow these ports.")},
    {DiagnosisId::TlsFailure, "tls-failure", AccountKind::Unknown, ExitCode::Tls, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "A secure connection to the mail server could not be set up."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the computer's date and time are right, then run the check again. If it keeps "
                       "failing, try another network: some networks and security programs get in the way of "
                       "encrypted connections.")},
    {DiagnosisId::CertificateUntrusted, "certificate-untrusted", AccountKind::Unknown, ExitCode::Tls, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup could not confirm that it was talking to the real mail server."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Usually something between this computer and Microsoft looks inside encrypted connections, "
                       "such as antivirus software or a company proxy, or the computer's date and time are wrong. "
                       "Check the date and time, try another network, and ask whoever runs the security software "
                       "or the network to let mail connections to Microsoft through untouched. Do not accept the "
                       "connection anyway: your sign-in could be read by others.")},
    {DiagnosisId::StartTlsMissing, "starttls-missing", AccountKind::Unknown, ExitCode::Tls, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server did not offer encryption, so Mail Setup did not send your sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft's servers always offer encryption, so something on the network has probably "
                       "removed it. Try another network, and check for security software or a proxy that handles "
                       "mail connections.")},
    {DiagnosisId::ServerClosed, "server-closed", AccountKind::Unknown, ExitCode::Network, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server ended the connection unexpectedly."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This is often a passing problem. Wait a minute and run the check again. If it keeps "
                       "happening, try another network: some networks and security programs cut mail connections.")},
    {DiagnosisId::ResponseTimeout, "response-timeout", AccountKind::Unknown, ExitCode::Network, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mail server stopped answering."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection was made, but no answer came in time. Wait a minute and run the check "
                       "again; if it keeps happening, try another network.")},
    {DiagnosisId::TestMessageMissing, "test-message-missing", AccountKind::Unknown, ExitCode::TestMessageFailed, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The test message was sent but did not arrive in your inbox in time."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look "
                       "in your inbox and in the junk email folder. If the message never arrives, a rule in your "
                       "mailbox may move or delete it, or your organisation may hold it for checking; your IT "
                       "administrator can trace it by its Message-ID, shown below.")},
    {DiagnosisId::TestMessageMissing, "test-message-missing", AccountKind::Personal, ExitCode::TestMessageFailed, Audience::Provider,
     bit(Remedy::TryAgain), AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The test message was sent but did not arrive in your inbox in time."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sending and signing in work. Delivery can be slow at busy times: wait a few minutes and look in "
                       "your inbox and in the Junk Email folder. If the message never arrives, a rule in Outlook.com "
                       "may move or delete it: look at outlook.com, under Settings > Mail > Rules.")},
    {DiagnosisId::UnexpectedReply, "unexpected-reply", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Developer, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The server answered in a way that Mail Setup did not expect."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check that the server names and ports in the settings are the ones Mail Setup suggests. "
                       "A network that sends you to its own sign-in page, as in hotels and airports, can also "
                       "cause this. If neither explains it, please report it to the makers of Mail Setup with "
                       "the details below.")},
    // The probes refuse an address that EmailAddress refuses, before any connection: no protocol line may carry it.
    {DiagnosisId::InvalidAddress, "invalid-address", AccountKind::Unknown, ExitCode::BadInput, Audience::User, 0,
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The email address cannot be used as it is written."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Check the address for typing mistakes: an email address has one @ and no spaces, quotation "
                       "marks, angle brackets, backslashes or control characters. Correct it and start again.")},
    // The relay on this computer (the wizard's device setup): the reply carries the relay's own last words.
    {DiagnosisId::RelayNotRunning, "relay-not-running", AccountKind::Unknown, ExitCode::Network, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The relay for your devices did not start on this computer."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Try again. If it fails the same way, the relay's own words below say why: most often the "
                       "sign-in is not saved on this computer, or the keychain is locked. Sign in again with Mail "
                       "Setup, unlock the keychain, and try once more.")},
    {DiagnosisId::RelayPortTaken, "relay-port-taken", AccountKind::Unknown, ExitCode::Network, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Another program already uses the relay's port on this computer."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Another program, or a relay that sends for another account, answers on the port the relay "
                       "needs. Stop that program (or that relay, with \"mailsetup relay remove-service\" or by "
                       "ending it), then try again.")},
    {DiagnosisId::Unknown, "unknown", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Developer, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Something went wrong that Mail Setup does not recognise."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Run the check again. If it fails the same way, please pass the details below to your IT "
                       "administrator or to the makers of Mail Setup: the server's own words usually tell them "
                       "what happened.")},
};

const Entry *findEntry(DiagnosisId id, AccountKind kind)
{
    const Entry *general = nullptr;
    for (const Entry &entry : entries) {
        if (entry.id != id)
            continue;
        if (entry.kind == kind)
            return &entry;
        if (entry.kind == AccountKind::Unknown && !general)
            general = &entry;
    }
    return general;
}

} // namespace

QList<DiagnosisId> DiagnosisCatalogue::ids()
{
    QList<DiagnosisId> result;
    for (const Entry &entry : entries) {
        if (result.isEmpty() || result.constLast() != entry.id)
            result.append(entry.id);
    }
    return result;
}

bool DiagnosisCatalogue::isUsersChoice(DiagnosisId id)
{
    return id == DiagnosisId::UserCancelled;
}

// The catalogue holds the keys: a diagnosis asks it (diagnosis.cpp needs no catalogue, so no include circle).
QString Diagnosis::key() const
{
    return DiagnosisCatalogue::key(id);
}

QString DiagnosisCatalogue::key(DiagnosisId id)
{
    const Entry *entry = findEntry(id, AccountKind::Unknown);
    return entry ? QString::fromLatin1(entry->key) : QStringLiteral("unknown");
}

std::optional<DiagnosisId> DiagnosisCatalogue::fromKey(const QString &key)
{
    for (const Entry &entry : entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.id;
    }
    return std::nullopt;
}

bool DiagnosisCatalogue::hasWordsFor(DiagnosisId id, AccountKind kind)
{
    const Entry *entry = findEntry(id, kind);
    return entry && entry->kind == kind;
}

Diagnosis DiagnosisCatalogue::diagnosis(DiagnosisId id, const QString &reply, const DiagnosisContext &context)
{
    const Entry *entry = findEntry(id, context.kind);
    if (!entry)
        entry = findEntry(DiagnosisId::Unknown, AccountKind::Unknown);
    Q_ASSERT(entry);

    Diagnosis result;
    result.id = entry->id;
    result.title = QCoreApplication::translate("Diagnosis", entry->title);
    result.advice = QCoreApplication::translate("Diagnosis", entry->advice);
    result.audience = entry->audience;
    result.exitCode = entry->exitCode;
    result.request = entry->request;
    for (Remedy remedy : { Remedy::ShowImapHelp, Remedy::CopyAdministratorMessage, Remedy::SignInAgain,
                           Remedy::UseAnotherAccount, Remedy::TryAgain }) {
        const bool offered = remedy == Remedy::CopyAdministratorMessage ? entry->request != AdministratorRequest::None
                                                                        : (entry->remedies & bit(remedy)) != 0;
        if (offered)
            result.remedies.append(remedy);
    }
    result.facts = facts(context);
    result.who = (entry->audience == Audience::Provider && !context.host.isEmpty() && !isMicrosoftHost(context.host))
        ? QCoreApplication::translate("Diagnosis", "Whoever runs this mail server")
        : audienceLabel(entry->audience);
    result.reply = reply;
    result.context = context;
    return result;
}

Diagnosis DiagnosisCatalogue::reworded(const Diagnosis &diagnosis, const DiagnosisContext &account)
{
    DiagnosisContext context = diagnosis.context;
    context.kind = account.kind;
    if (!account.address.isEmpty())
        context.address = account.address;
    if (!account.tenantId.isEmpty())
        context.tenantId = account.tenantId;
    if (!account.clientId.isEmpty())
        context.clientId = account.clientId;
    return DiagnosisCatalogue::diagnosis(diagnosis.id, diagnosis.reply, context);
}

QString DiagnosisCatalogue::facts(const DiagnosisContext &context)
{
    QString server;
    const QString host = context.host.trimmed();
    if (!host.isEmpty()) {
        switch (context.direction) {
        case Direction::Incoming:
            server = QCoreApplication::translate("Diagnosis", "Incoming mail server (IMAP): %1, port %2.").arg(host).arg(context.port);
            break;
        case Direction::Outgoing:
            server = QCoreApplication::translate("Diagnosis", "Outgoing mail server (SMTP): %1, port %2.").arg(host).arg(context.port);
            break;
        case Direction::SignIn:
            server = QCoreApplication::translate("Diagnosis", "Microsoft's sign-in service: %1.").arg(host);
            break;
        case Direction::None:
            server = context.port ? QCoreApplication::translate("Diagnosis", "Server: %1, port %2.").arg(host).arg(context.port)
                                  : QCoreApplication::translate("Diagnosis", "Server: %1.").arg(host);
            break;
        }
    }
    if (context.timeLimitSeconds > 0) {
        const QString limit = QCoreApplication::translate("Diagnosis", "Mail Setup waited %n second(s).", nullptr,
                                                          context.timeLimitSeconds);
        server = server.isEmpty() ? limit : server + u' ' + limit;
    }
    return server;
}
