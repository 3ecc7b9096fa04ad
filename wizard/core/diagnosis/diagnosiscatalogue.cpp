#include "diagnosiscatalogue.h"

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
    {DiagnosisId::WrongAccountOrTenant, "wrong-account-or-tenant", AccountKind::Unknown, ExitCode::SignInFailed, Audience::User, bit(Remedy::SignInAgain) | bit(Remedy::UseAnotherAccount),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The account you signed in with cannot be used for this mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Sign in again and pick the account that owns this email address: your personal "
                       "Microsoft account for an Outlook.com, Hotmail or Live address, or your work or school "
                       "account for an address run by your organisation. If the browser signs you in with "
                       "another account by itself, choose \"Use another account\" or sign out of it there first.")},
    {DiagnosisId::AppRegistration, "app-registration", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Developer, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft does not accept the way this copy of Mail Setup is registered."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your account, and nothing can be changed from here. Please report "
                       "this to the makers of Mail Setup with the details below. If your organisation registered "
                       "its own copy of Mail Setup, its administrator should check that registration: a public "
                       "client on the \"Mobile and desktop applications\" platform, with the redirect address "
                       "http://localhost, open to both personal and work or school accounts.")},
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
    {DiagnosisId::BlockedByPolicy, "blocked-by-policy", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Administrator, bit(Remedy::SignInAgain),
     AdministratorRequest::ReviewSignInPolicy,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation's security rules did not allow this sign-in."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Your organisation decides which devices, places and apps may sign in, and one of its "
                       "rules stopped this sign-in. Only your IT administrator can change that. Give them the "
                       "details below, with the error code and the trace and correlation IDs if there are any, "
                       "so that they can find this sign-in in their logs.")},
    {DiagnosisId::ClientError, "client-error", AccountKind::Unknown, ExitCode::SignInFailed, Audience::Developer, bit(Remedy::SignInAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Mail Setup sent Microsoft a sign-in request that it could not accept."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This is a fault in Mail Setup, not in your account. Try once more; if it happens again, "
                       "please report it to the makers of Mail Setup with the details below.")},

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
    {DiagnosisId::BasicAuthDisabled, "basic-auth-disabled", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "The mailbox no longer accepts a password from mail apps."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft has switched off signing in to mail apps with a password, app passwords included. "
                       "Mail Setup signs in through Microsoft's sign-in page instead, so run the check again and sign "
                       "in through the browser. In other mail apps, choose the sign-in method called OAuth2 or "
                       "Modern Authentication.")},
    {DiagnosisId::SmtpAuthDisabled, "smtp-auth-disabled", AccountKind::Unknown, ExitCode::AccountRefused,
     Audience::Administrator, bit(Remedy::TryAgain), AdministratorRequest::AllowSmtpAuth,
     QT_TRANSLATE_NOOP("Diagnosis", "Your organisation has switched off sending from mail apps for this mailbox."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Only your IT administrator can switch it on, for this mailbox or for the whole organisation. "
                       "Mail Setup can write the request for you, with the exact command they need. The setting of a "
                       "mailbox wins over the one of the organisation, and a change can take an hour to work.")},
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
    {DiagnosisId::SendingBlocked, "sending-blocked", AccountKind::Unknown, ExitCode::AccountRefused, Audience::User, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft has stopped this account from sending mail."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This happens when Microsoft suspects the account of sending unwanted mail, for example "
                       "after someone else learnt the password. Change your password. For an Outlook.com, Hotmail "
                       "or Live address, sign in at outlook.com and follow the steps shown there to unblock the "
                       "account. For a work or school address, your IT administrator can release it in the "
                       "Microsoft Defender portal under Restricted entities.")},
    {DiagnosisId::SendingLimitReached, "sending-limit-reached", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "This mailbox has sent as much mail as Microsoft allows for now."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Microsoft limits how many messages and recipients a mailbox may send in a day. Wait until "
                       "the limit resets, which can take up to 24 hours, then run the check again. If the mailbox "
                       "needs to send more than that, talk to your IT administrator.")},
    {DiagnosisId::TemporaryServerError, "temporary-server-error", AccountKind::Unknown, ExitCode::AccountRefused, Audience::Provider, bit(Remedy::TryAgain),
     AdministratorRequest::None,
     QT_TRANSLATE_NOOP("Diagnosis", "Microsoft's server had a passing problem."),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "Nothing is wrong with your settings. Wait a few minutes and run the check again. If it "
                       "still fails hours later, Microsoft's service status page may say more.")},
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
    result.reply = reply;
    return result;
}
