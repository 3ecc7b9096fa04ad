#include "wizard/core/report/helpdeskreport.h"

#include "wizard/core/report/reportformat.h"
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/secrets/secretredactor.h"
#include "wizard/core/report/printable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

QString kindWords(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Personal:
        return HelpdeskReport::tr("personal Microsoft account (Outlook.com)");
    case AccountKind::Work:
        return HelpdeskReport::tr("work or school account (Microsoft 365)");
    case AccountKind::NotMicrosoft:
    case AccountKind::Unknown:
        break;
    }
    return HelpdeskReport::tr("not known");
}

// Every diagnosis of the report, in the order they happened: the sign-in's, then IMAP's and SMTP's.
QList<Diagnosis> diagnosesOf(const HelpdeskReportData &data)
{
    QList<Diagnosis> list;
    if (data.signInDiagnosis)
        list << *data.signInDiagnosis;
    if (data.check) {
        for (const ProbeResult *probe : { &data.check->imap, &data.check->smtp }) {
            if (probe->diagnosis && !std::any_of(list.cbegin(), list.cend(), [&](const Diagnosis &known) {
                    return known.id == probe->diagnosis->id && known.reply == probe->diagnosis->reply;
                }))
                list << *probe->diagnosis;
        }
    }
    return list;
}

DiagnosisContext contextOf(const HelpdeskReportData &data, const Diagnosis &diagnosis)
{
    DiagnosisContext context = diagnosis.context;
    context.kind = data.kind;
    context.address = data.email;
    context.tenantId = data.tenantId;
    context.clientId = data.clientId;
    return context;
}

QJsonObject diagnosisJson(const HelpdeskReportData &data, const Diagnosis &diagnosis)
{
    QJsonObject object = ReportFormat::diagnosisToJson(diagnosis);
    object.insert(u"who"_s, diagnosis.who);
    const HelpdeskReport::MicrosoftIds ids = HelpdeskReport::microsoftIds(diagnosis.reply);
    object.insert(u"aadsts"_s, ids.aadstsCode.isEmpty() ? QJsonValue() : QJsonValue(ids.aadstsCode));
    object.insert(u"traceId"_s, ids.traceId.isEmpty() ? QJsonValue() : QJsonValue(ids.traceId));
    object.insert(u"correlationId"_s, ids.correlationId.isEmpty() ? QJsonValue() : QJsonValue(ids.correlationId));
    const AdministratorMessage message = AdministratorRequests::compose(diagnosis, contextOf(data, diagnosis));
    if (message.isEmpty()) {
        object.insert(u"administratorRequest"_s, QJsonValue());
    } else {
        object.insert(u"administratorRequest"_s, QJsonObject{
            { u"change"_s, message.change },
            { u"commands"_s, QJsonArray::fromStringList(message.commands) },
            { u"shell"_s, AdministratorRequests::shellKey(message.shell) },
            { u"link"_s, message.link.isValid() ? QJsonValue(message.link.toString(QUrl::FullyEncoded)) : QJsonValue() },
            { u"text"_s, message.text(diagnosis) },
        });
    }
    return object;
}

// Every string in the JSON, secrets removed.
QJsonValue redacted(const QJsonValue &value, const SecretRedactor &redactor)
{
    if (value.isString())
        return redactor.redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redacted(item, redactor));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redacted(it.value(), redactor);
        return object;
    }
    return value;
}

SecretRedactor redactorFor(const HelpdeskReportData &data)
{
    SecretRedactor redactor;
    for (const QString &secret : data.secrets) {
        if (!secret.isEmpty())
            redactor.addSecret(secret);
    }
    return redactor;
}

// Text from outside, for HTML: control characters as escapes (printable), then HTML's own escapes.
QString html(const QString &text)
{
    return printable(text).toHtmlEscaped();
}

QString htmlLines(const QString &text)
{
    return printableLines(text).toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(label.toHtmlEscaped(), html(value));
}

} // namespace

HelpdeskReport::MicrosoftIds HelpdeskReport::microsoftIds(const QString &reply)
{
    static const QRegularExpression aadsts(u"\\bAADSTS\\d{4,6}\\b"_s);
    static const QRegularExpression trace(u"Trace ID:\\s*([0-9A-Fa-f-]{8,})"_s);
    static const QRegularExpression correlation(u"Correlation ID:\\s*([0-9A-Fa-f-]{8,})"_s);
    MicrosoftIds ids;
    ids.aadstsCode = aadsts.match(reply).captured(0);
    ids.traceId = trace.match(reply).captured(1);
    ids.correlationId = correlation.match(reply).captured(1);
    return ids;
}

QJsonObject HelpdeskReport::toJson(const HelpdeskReportData &data)
{
    QJsonArray diagnoses;
    for (const Diagnosis &diagnosis : diagnosesOf(data))
        diagnoses.append(diagnosisJson(data, diagnosis));
    QJsonObject check;
    if (data.check) {
        check = ReportFormat::checkToJson(*data.check);
        check.insert(u"exitCode"_s, int(data.check->exitCode()));
        for (const char *key : { "imap", "smtp" }) {
            const ProbeResult &probe = qstrcmp(key, "imap") == 0 ? data.check->imap : data.check->smtp;
            QJsonObject object = check.value(QLatin1StringView(key)).toObject();
            object.insert(u"transcript"_s, QJsonArray::fromStringList(probe.transcript));
            check.insert(QLatin1StringView(key), object);
        }
    }
    const QJsonObject report{
        { u"report"_s, u"mailsetup-helpdesk-report"_s },
        { u"version"_s, 1 },
        { u"created"_s, data.created.toUTC().toString(Qt::ISODate) },
        { u"email"_s, data.email },
        { u"accountKind"_s, accountKindKey(data.kind) },
        { u"provider"_s, QJsonObject{ { u"id"_s, data.providerId }, { u"name"_s, data.providerName } } },
        { u"tenantId"_s, data.tenantId },
        { u"clientId"_s, data.clientId },
        { u"signedInAs"_s, data.signedInAs },
        { u"signIn"_s, data.signInDiagnosis ? QJsonValue(diagnosisJson(data, *data.signInDiagnosis)) : QJsonValue() },
        { u"check"_s, data.check ? QJsonValue(check) : QJsonValue() },
        { u"diagnoses"_s, diagnoses },
        { u"software"_s, QJsonObject{
              { u"mailSetup"_s, QCoreApplication::applicationVersion() },
              { u"qt"_s, QString::fromLatin1(qVersion()) },
              { u"os"_s, QSysInfo::prettyProductName() },
              { u"kernel"_s, QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion() },
              { u"cpu"_s, QSysInfo::currentCpuArchitecture() },
          } },
    };
    return redacted(report, redactorFor(data)).toObject();
}

QString HelpdeskReport::toHtml(const HelpdeskReportData &data)
{
    QString body;
    body += u"<h1>%1</h1>\n"_s.arg(tr("Mail Setup report for %1").arg(printable(data.email)).toHtmlEscaped());
    const bool ok = data.check && data.check->ok() && !data.signInDiagnosis;
    body += u"<p class=\"%1\">%2</p>\n"_s.arg(ok ? u"ok"_s : u"failed"_s,
                                               (ok ? tr("The account works: it can receive and send e-mail.")
                                                   : data.check || data.signInDiagnosis
                                                   ? tr("The account does not work yet. The report below says what failed and who can fix it.")
                                                   : tr("Nothing was checked yet.")).toHtmlEscaped());

    body += u"<h2>%1</h2>\n<table>\n"_s.arg(tr("The account").toHtmlEscaped());
    body += row(tr("Address"), data.email);
    body += row(tr("Kind of account"), kindWords(data.kind));
    body += row(tr("Provider"), u"%1 (%2)"_s.arg(data.providerName, data.providerId));
    if (!data.signedInAs.isEmpty())
        body += row(tr("Signed in as"), data.signedInAs);
    body += row(tr("Tenant ID"), data.tenantId.isEmpty() ? tr("not known") : data.tenantId);
    body += row(tr("Application (client) ID"), data.clientId.isEmpty() ? tr("none") : data.clientId);
    body += u"</table>\n"_s;

    const QList<Diagnosis> diagnoses = diagnosesOf(data);
    if (!diagnoses.isEmpty())
        body += u"<h2>%1</h2>\n"_s.arg(tr("What went wrong").toHtmlEscaped());
    for (const Diagnosis &diagnosis : diagnoses) {
        body += u"<div class=\"diagnosis\">\n<h3>%1</h3>\n"_s.arg(html(diagnosis.title));
        if (!diagnosis.facts.isEmpty())
            body += u"<p>%1</p>\n"_s.arg(html(diagnosis.facts));
        body += u"<p>%1</p>\n<table>\n"_s.arg(html(diagnosis.advice));
        body += row(tr("Who can fix it"), diagnosis.who);
        body += row(tr("Diagnosis code"), diagnosis.key());
        const MicrosoftIds ids = microsoftIds(diagnosis.reply);
        if (!ids.aadstsCode.isEmpty())
            body += row(tr("AADSTS code"), ids.aadstsCode);
        if (!ids.traceId.isEmpty())
            body += row(tr("Trace ID"), ids.traceId);
        if (!ids.correlationId.isEmpty())
            body += row(tr("Correlation ID"), ids.correlationId);
        body += u"</table>\n"_s;
        if (!diagnosis.reply.isEmpty())
            body += u"<p>%1</p>\n<pre>%2</pre>\n"_s.arg(tr("The server said:").toHtmlEscaped(), printableLines(diagnosis.reply).toHtmlEscaped());
        const AdministratorMessage message = AdministratorRequests::compose(diagnosis, contextOf(data, diagnosis));
        if (!message.isEmpty()) {
            // The sentences wrap; each command stays whole on its line (a break at a hyphen would make another
            // command of it), and the block scrolls sideways instead.
            QString request = message.text(diagnosis).toHtmlEscaped();
            for (const QString &command : message.commands) {
                const QString escaped = printableLines(command).toHtmlEscaped();
                request.replace(escaped, u"<code class=\"command\">%1</code>"_s.arg(escaped));
            }
            body += u"<h4>%1</h4>\n<pre class=\"request\">%2</pre>\n"_s.arg(
                tr("A message for your IT administrator").toHtmlEscaped(), request);
        }
        body += u"</div>\n"_s;
    }

    if (data.check) {
        body += u"<h2>%1</h2>\n"_s.arg(tr("What was checked").toHtmlEscaped());
        const auto probeSection = [&body](const QString &heading, const ProbeResult &probe) {
            body += u"<h3>%1</h3>\n<table class=\"steps\">\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n"_s.arg(
                html(heading), tr("Step").toHtmlEscaped(), tr("Result").toHtmlEscaped(), tr("Time").toHtmlEscaped(),
                tr("Details").toHtmlEscaped());
            const QStringList labels = probeStepLabels(probe.steps);
            for (qsizetype i = 0; i < probe.steps.size(); ++i) {
                const StepResult &step = probe.steps.at(i);
                QString detail = step.detail;
                if (step.tls)
                    detail += (detail.isEmpty() ? QString() : u"\n"_s) + step.tls->summary();
                body += u"<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td>%5</td></tr>\n"_s.arg(
                    labels.at(i).toHtmlEscaped(), step.ok ? u"ok"_s : u"failed"_s,
                    (step.ok ? tr("passed") : tr("failed")).toHtmlEscaped(),
                    tr("%1 ms").arg(step.ms).toHtmlEscaped(), htmlLines(detail));
            }
            body += u"</table>\n"_s;
        };
        probeSection(tr("Incoming mail (IMAP, %1)").arg(data.check->imap.server), data.check->imap);
        probeSection(tr("Outgoing mail (SMTP, %1)").arg(data.check->smtp.server), data.check->smtp);
        if (data.check->testMessage) {
            const TestMessageOutcome &message = *data.check->testMessage;
            const QString words = message.seenInInbox ? tr("The test message arrived in the inbox after %1 ms.").arg(message.ms)
                : message.sent                        ? tr("The test message was sent but was not seen in the inbox.")
                                                      : tr("The test message could not be sent.");
            body += u"<p>%1</p>\n"_s.arg(html(words));
        }
        body += u"<h2>%1</h2>\n"_s.arg(tr("What was said with the servers (secrets removed)").toHtmlEscaped());
        body += u"<pre>%1</pre>\n"_s.arg(printableLines(u"# IMAP %1\n%2\n# SMTP %3\n%4"_s.arg(
            data.check->imap.server, data.check->imap.transcript.join(u'\n'), data.check->smtp.server,
            data.check->smtp.transcript.join(u'\n'))).toHtmlEscaped());
    }

    body += u"<h2>%1</h2>\n<table>\n"_s.arg(tr("This computer").toHtmlEscaped());
    body += row(tr("Report created"), data.created.toUTC().toString(Qt::ISODate));
    body += row(tr("Mail Setup version"), QCoreApplication::applicationVersion());
    body += row(tr("Qt version"), QString::fromLatin1(qVersion()));
    body += row(tr("Operating system"), QSysInfo::prettyProductName());
    body += row(tr("Kernel"), QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion());
    body += u"</table>\n"_s;

    // One page, no scripts, no outside style sheets or images: it opens in any browser, also offline.
    const QString page = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                         "<style>\nbody{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}"
                         "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.2em .5em;"
                         "text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5em;"
                         "overflow-x:auto}code.command{white-space:pre;font-family:monospace}"
                         ".ok{color:#1a7f37}.failed{color:#b3261e}.diagnosis{border-left:4px solid #b3261e;padding-left:1em}\n"
                         "</style>\n</head>\n<body>\n%3</body>\n</html>\n"_s
                             .arg(QLocale().bcp47Name().toHtmlEscaped(),
                                  tr("Mail Setup report for %1").arg(printable(data.email)).toHtmlEscaped(), body);
    return redactorFor(data).redact(page);
}

QString HelpdeskReport::jsonFileFor(const QString &htmlFile)
{
    if (htmlFile.endsWith(u".html"_s, Qt::CaseInsensitive))
        return htmlFile.chopped(5) + u".json"_s;
    if (htmlFile.endsWith(u".htm"_s, Qt::CaseInsensitive))
        return htmlFile.chopped(4) + u".json"_s;
    return htmlFile + u".json"_s;
}

bool HelpdeskReport::write(const QString &htmlFile, const HelpdeskReportData &data, QString *problem)
{
    const QList<std::pair<QString, QByteArray>> files = {
        { htmlFile, toHtml(data).toUtf8() },
        { jsonFileFor(htmlFile), QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented) },
    };
    for (const auto &[name, bytes] : files) {
        QSaveFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (problem)
                *problem = tr("The report file %1 cannot be written.").arg(name);
            return false;
        }
    }
    return true;
}
