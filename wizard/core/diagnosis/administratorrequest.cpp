#include "wizard/core/diagnosis/administratorrequest.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QUrl AdministratorRequests::adminConsentUrl(const QString &tenant, const QString &clientId)
{
    QUrl url(u"https://login.microsoftonline.com"_s);
    url.setPath(u"/%1/v2.0/adminconsent"_s.arg(tenant.isEmpty() ? MicrosoftTenants::organizations : tenant));
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"scope"_s, u"https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send"_s);
    url.setQuery(query);
    return url;
}

QString AdministratorRequests::shellKey(AdministratorMessage::Shell shell)
{
    switch (shell) {
    case AdministratorMessage::Shell::ExchangeOnline:
        return u"exchange-online"_s;
    case AdministratorMessage::Shell::MicrosoftGraph:
        return u"microsoft-graph"_s;
    }
    return u"exchange-online"_s;
}

QString AdministratorRequests::shellHeading(AdministratorMessage::Shell shell)
{
    switch (shell) {
    case AdministratorMessage::Shell::ExchangeOnline:
        return tr("In Exchange Online PowerShell:");
    case AdministratorMessage::Shell::MicrosoftGraph:
        return tr("In Microsoft Graph PowerShell:");
    }
    return tr("In Exchange Online PowerShell:");
}

AdministratorMessage AdministratorRequests::compose(const Diagnosis &diagnosis, const DiagnosisContext &context)
{
    AdministratorMessage message;
    const QString mailbox = context.address.trimmed().isEmpty() ? u"<mailbox>"_s : context.address.trimmed();
    switch (diagnosis.request) {
    case AdministratorRequest::None:
        return message;
    case AdministratorRequest::AllowSmtpAuth:
        message.change = tr("Please allow authenticated SMTP (SMTP AUTH) for my mailbox %1, so that mail apps that "
                            "sign in with Microsoft can send. Switching it on for the mailbox is enough; it wins over "
                            "the organisation's setting.").arg(mailbox);
        message.commands << u"Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false"_s.arg(mailbox);
        break;
    case AdministratorRequest::AllowImap:
        message.change = tr("Please allow IMAP for my mailbox %1, so that mail apps that sign in with Microsoft can "
                            "read it.").arg(mailbox);
        message.commands << u"Set-CASMailbox -Identity %1 -ImapEnabled $true"_s.arg(mailbox);
        break;
    case AdministratorRequest::GrantAdminConsent:
        // Without the application's ID the link would open an error page: the message says where the ID goes.
        if (context.clientId.trimmed().isEmpty()) {
            message.change = tr("Please grant admin consent to the application Mail Setup for the delegated permissions "
                                "IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The "
                                "consent page is https://login.microsoftonline.com/organizations/v2.0/adminconsent?"
                                "client_id=<application-id> with the application's ID in place of <application-id>.")
                                 .arg(mailbox);
            break;
        }
        message.change = tr("Please grant admin consent to the application Mail Setup for the delegated permissions "
                            "IMAP.AccessAsUser.All, SMTP.Send and offline_access, so that I can set up %1. The link "
                            "below opens the consent page for our organisation.").arg(mailbox);
        message.link = adminConsentUrl(context.tenantId, context.clientId);
        break;
    case AdministratorRequest::ReviewSignInPolicy:
        message.change = tr("A sign-in rule of our organisation (Conditional Access or security defaults) stopped "
                            "Mail Setup from signing in to my mailbox %1. Please look up this sign-in in the Entra "
                            "sign-in logs with the ids below and tell me what I need to do.").arg(mailbox);
        break;
    case AdministratorRequest::ReviewDelivery:
        message.change = tr("A test message that Mail Setup sent from my mailbox %1 to itself was turned away. Please "
                            "look at the server's reason below; common causes are the domain's SPF, DKIM or DMARC "
                            "records or a block on the sending server.").arg(mailbox);
        break;
    case AdministratorRequest::General:
        message.change = tr("Mail Setup could not set up my mailbox %1 and says that only an administrator can fix "
                            "it.").arg(mailbox);
        break;
    case AdministratorRequest::EnableApplication: {
        // The enterprise application (service principal) carries "Enabled for users to sign-in"; it is found by
        // the application id, which the administrator may not know by heart.
        const bool knownId = !context.clientId.trimmed().isEmpty();
        const QString appId = knownId ? context.clientId.trimmed() : u"<application-id>"_s;
        message.change = knownId
            ? tr("Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. "
                 "Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application "
                 "with the ID below, Properties, \"Enabled for users to sign-in\": Yes. The commands below do the "
                 "same.").arg(mailbox)
            : tr("Microsoft says that the application I use for my mailbox %1 is switched off for our organisation. "
                 "Please switch it on again: Microsoft Entra admin center, Enterprise applications, the application "
                 "that the error names, Properties, \"Enabled for users to sign-in\": Yes. The commands below do "
                 "the same, with its ID in place of <application-id>.").arg(mailbox);
        message.shell = AdministratorMessage::Shell::MicrosoftGraph;
        message.commands << u"$servicePrincipal = Get-MgServicePrincipal -Filter \"appId eq '%1'\""_s.arg(appId)
                         << u"Update-MgServicePrincipal -ServicePrincipalId $servicePrincipal.Id -AccountEnabled:$true"_s;
        break;
    }
    case AdministratorRequest::ReplaceSecurityDefaults:
        // Security defaults refuse every password sign-in; the SMTP AUTH switch of the mailbox only matters once
        // they are replaced. The mailbox's switch wins over the organisation's, so the organisation stays closed.
        message.change = tr("Security defaults are switched on in our organisation, so Exchange Online refuses the "
                            "device or app that sends as %1 with a password, whatever the SMTP AUTH setting. If it "
                            "cannot sign in with OAuth, please replace the security defaults with Conditional Access "
                            "policies (Microsoft Entra admin center: Overview, Properties, Manage security defaults) "
                            "and allow SMTP AUTH for this mailbox only with the command below. Exchange Online stops "
                            "taking passwords for sending by default from the end of December 2026, so a relay or a "
                            "connector for the device lasts longer.").arg(mailbox);
        message.commands << u"Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false"_s.arg(mailbox);
        break;
    case AdministratorRequest::AllowDirectSend:
        message.change = tr("Our organisation rejects direct send (RejectDirectSend is on), so mail that a device or "
                            "app sends to our mailboxes without signing in, as %1, is turned away with 550 5.7.68. "
                            "Please create a partner inbound connector for the device's public IP address or "
                            "certificate so that its mail is accepted, or, if the organisation prefers, allow direct "
                            "send again with the command below.").arg(mailbox);
        message.commands << u"Set-OrganizationConfig -RejectDirectSend $false"_s;
        break;
    case AdministratorRequest::GrantSendAs:
        // Which address the mailbox must send as is not in the reply; the command says where it goes.
        message.change = tr("Please give my account %1 the Send As permission for the address it has to send from, "
                            "for example a shared mailbox, with the command below (the other address in place of "
                            "<address to send from>). A change can take up to an hour to work.").arg(mailbox);
        message.commands << u"Add-RecipientPermission -Identity <address to send from> -Trustee %1 -AccessRights SendAs -Confirm:$false"_s.arg(mailbox);
        break;
    case AdministratorRequest::ReleaseRestrictedSender:
        message.change = tr("Microsoft 365 has stopped my mailbox %1 from sending, as a restricted sender. Please check "
                            "the account for misuse first (reset its password, end its sessions, look for inbox rules "
                            "and forwarding that nobody set up), then release it in the Microsoft Defender portal under "
                            "Restricted entities, or with the commands below.").arg(mailbox);
        message.commands << u"Get-BlockedSenderAddress -SenderAddress %1"_s.arg(mailbox)
                         << u"Remove-BlockedSenderAddress -SenderAddress %1"_s.arg(mailbox);
        message.link = QUrl(u"https://security.microsoft.com/restrictedentities"_s);
        break;
    case AdministratorRequest::UnblockAccount:
        // A lock after wrong passwords passes by itself and a risk block ends with the risk; only an account
        // that was switched off has a command.
        message.change = tr("My account %1 is locked or switched off, so I cannot sign in. Please look up the sign-in "
                            "in the Entra sign-in logs (error 50053 for a lock, 50057 for an account that is switched "
                            "off) and, if it is safe, unlock it: a lock after wrong passwords passes by itself, a block "
                            "for risk ends when the user's risk is dismissed or the password is reset, and an account "
                            "that was switched off is switched on with the command below.").arg(mailbox);
        message.shell = AdministratorMessage::Shell::MicrosoftGraph;
        message.commands << u"Update-MgUser -UserId %1 -AccountEnabled:$true"_s.arg(mailbox);
        break;
    }
    if (!context.tenantId.isEmpty())
        message.ids << tr("Tenant: %1").arg(context.tenantId);
    if (!context.clientId.isEmpty())
        message.ids << tr("Application (client) ID: %1").arg(context.clientId);
    return message;
}

QString AdministratorMessage::text(const Diagnosis &diagnosis) const
{
    if (isEmpty())
        return {};
    QString text = AdministratorRequests::tr("Hello,") + u"\n\n"_s + change + u"\n\n"_s;
    if (!commands.isEmpty())
        text += AdministratorRequests::shellHeading(shell) + u'\n' + commands.join(u'\n') + u"\n\n"_s;
    if (link.isValid())
        text += link.toString(QUrl::FullyEncoded) + u"\n\n"_s;
    text += AdministratorRequests::tr("What Mail Setup found: %1").arg(diagnosis.title) + u'\n';
    if (!diagnosis.reply.isEmpty())
        text += AdministratorRequests::tr("What the server said: %1").arg(QString(diagnosis.reply).replace(u'\n', u"; "_s)) + u'\n';
    for (const QString &id : ids)
        text += id + u'\n';
    text += AdministratorRequests::tr("Diagnosis code: %1").arg(diagnosis.key()) + u"\n\n"_s + AdministratorRequests::tr("Thank you.") + u'\n';
    // The server's words travel on in an e-mail to the administrator: no control character goes with them.
    return printableLines(text);
}
