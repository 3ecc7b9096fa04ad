#include "administratorrequest.h"

#include "diagnosis/diagnosiscatalogue.h"
#include "report/printable.h"

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
        text += AdministratorRequests::tr("In Exchange Online PowerShell:") + u'\n' + commands.join(u'\n') + u"\n\n"_s;
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
