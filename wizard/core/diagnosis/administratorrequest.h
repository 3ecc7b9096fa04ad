// The request Mail Setup writes for an IT administrator when only they can fix a diagnosis: what to change, the
// exact Exchange Online PowerShell or the admin consent link, and the ids they need to find the event. The wizard
// puts it on the clipboard, the reports carry it, `explain` prints it.
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

struct AdministratorMessage {
    // Where the commands run: Exchange Online PowerShell (Connect-ExchangeOnline) for mailbox and mail flow
    // settings, Microsoft Graph PowerShell (Connect-MgGraph) for users and applications in Entra ID.
    enum class Shell { ExchangeOnline, MicrosoftGraph };

    QString change;         // one or two sentences: what to change, for which mailbox
    QStringList commands;   // exact commands, one per line, never wrapped
    Shell shell = Shell::ExchangeOnline;
    QUrl link;              // the admin consent link, or the admin portal's page, when that is the way
    QStringList ids;        // "Tenant: …", "Application (client) ID: …" for the administrator's search

    bool isEmpty() const { return change.isEmpty(); }
    // The whole message as plain text, addressed to the administrator: greeting, change, commands, link, what
    // Mail Setup found, the server's words and ids, and thanks.
    QString text(const Diagnosis &diagnosis) const;
};

class AdministratorRequests
{
    Q_DECLARE_TR_FUNCTIONS(AdministratorRequests)

public:
    // The message for `diagnosis` (empty when its request is None). The address, tenant and client id come from
// `context`; a missing address stands as <mailbox> in the commands.
    static AdministratorMessage compose(const Diagnosis &diagnosis, const DiagnosisContext &context);

    // The admin consent address of Microsoft's identity platform for this application.
    static QUrl adminConsentUrl(const QString &tenant, const QString &clientId);
    // Stable machine names of the shells ("exchange-online", "microsoft-graph"), for JSON.
    static QString shellKey(AdministratorMessage::Shell shell);
    // Translated: "In Exchange Online PowerShell:", the line before the commands.
    static QString shellHeading(AdministratorMessage::Shell shell);
};
