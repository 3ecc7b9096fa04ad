// The helpdesk report: everything someone who was not there needs to see what happened (what was checked, each
// step with its time and result, the diagnosis with who can fix it, the server's words, Microsoft's AADSTS code and
// trace and correlation ids, the tenant and client ids, the versions of Mail Setup, Qt and the operating system) and
// nothing secret. Written as HTML (one self-contained page, opens in any browser) and as JSON beside it, by
// `mailsetup check --report FILE` and `mailsetup --report FILE` (the wizard).
#pragma once

#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/provider/accountkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

struct HelpdeskReportData {
    QString email;
    AccountKind kind = AccountKind::Unknown;
    QString providerId;
    QString providerName;
    QString tenantId;
    QString clientId;
    QString signedInAs;
    std::optional<Diagnosis> signInDiagnosis;   // why the sign-in failed, if it did
    std::optional<MailboxCheckReport> check;    // the check, if one ran
    QDateTime created = QDateTime::currentDateTimeUtc();
    // Tokens, codes, verifiers this run held: removed from every text of the report, also when a server echoed
    // them back altered (SecretRedactor).
    QStringList secrets;
};

class HelpdeskReport
{
    Q_DECLARE_TR_FUNCTIONS(HelpdeskReport)

public:
    // Microsoft's ids found in a reply ("AADSTS50076", "Trace ID: …", "Correlation ID: …"), for the report's fields.
    struct MicrosoftIds {
        QString aadstsCode;
        QString traceId;
        QString correlationId;
    };
    static MicrosoftIds microsoftIds(const QString &reply);

    static QJsonObject toJson(const HelpdeskReportData &data);
    static QString toHtml(const HelpdeskReportData &data);

    // The JSON's file beside the HTML: "report.html" gives "report.json", any other name gets ".json" added.
    static QString jsonFileFor(const QString &htmlFile);
    // Writes the HTML to `htmlFile` and the JSON beside it. False, with one sentence in `problem`, when a file
    // cannot be written.
    static bool write(const QString &htmlFile, const HelpdeskReportData &data, QString *problem = nullptr);
};
