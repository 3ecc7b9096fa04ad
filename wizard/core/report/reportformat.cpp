#include "wizard/core/report/reportformat.h"

#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ReportFormat {

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    return QJsonObject{
        { u"id"_s, diagnosis.key() },
        { u"title"_s, diagnosis.title },
        { u"advice"_s, diagnosis.advice },
        { u"audience"_s, audienceKey(diagnosis.audience) },
        { u"facts"_s, diagnosis.facts },
        { u"exitCode"_s, int(diagnosis.exitCode) },
        { u"reply"_s, diagnosis.reply },
    };
}

QJsonObject probeToJson(const ProbeResult &result)
{
    QJsonArray steps;
    for (const StepResult &step : result.steps) {
        QJsonObject object{
            { u"name"_s, probeStepKey(step.step) },
            { u"ok"_s, step.ok },
            { u"ms"_s, step.ms },
            { u"detail"_s, step.detail },
        };
        if (step.tls) {
            object.insert(u"tls"_s, QJsonObject{
                { u"protocol"_s, step.tls->protocol },
                { u"cipher"_s, step.tls->cipher },
                { u"subject"_s, step.tls->subject },
                { u"issuer"_s, step.tls->issuer },
                { u"errors"_s, QJsonArray::fromStringList(step.tls->errors) },
            });
        }
        steps.append(object);
    }
    return QJsonObject{
        { u"ok"_s, result.ok() },
        { u"server"_s, result.server },
        { u"steps"_s, steps },
        { u"diagnosis"_s, result.diagnosis ? QJsonValue(diagnosisToJson(*result.diagnosis)) : QJsonValue() },
    };
}

QJsonObject checkToJson(const MailboxCheckReport &report)
{
    QJsonValue testMessage;
    if (report.testMessage) {
        testMessage = QJsonObject{
            { u"sent"_s, report.testMessage->sent },
            { u"seenInInbox"_s, report.testMessage->seenInInbox },
            { u"messageId"_s, report.testMessage->messageId },
            { u"ms"_s, report.testMessage->ms >= 0 ? QJsonValue(report.testMessage->ms) : QJsonValue() },
        };
    }
    return QJsonObject{
        { u"ok"_s, report.ok() },
        { u"email"_s, report.email },
        { u"imap"_s, probeToJson(report.imap) },
        { u"smtp"_s, probeToJson(report.smtp) },
        { u"testMessage"_s, testMessage },
    };
}

QString probeToText(const QString &heading, const ProbeResult &result)
{
    QString text = heading + u'\n';
    const QStringList labels = probeStepLabels(result.steps);
    for (qsizetype i = 0; i < result.steps.size(); ++i) {
        const StepResult &step = result.steps.at(i);
        const QString mark = step.ok ? u"✓"_s : u"✗"_s;
        QString detail = step.detail;
        detail.replace(u'\n', u" | "_s);
        text += u"  %1 %2 (%3 ms)"_s.arg(mark, labels.at(i)).arg(step.ms);
        if (!detail.isEmpty())
            text += u": "_s + detail;
        text += u'\n';
    }
    if (result.diagnosis) {
        const Diagnosis &diagnosis = *result.diagnosis;
        text += u"  "_s + diagnosis.title + u'\n';
        if (!diagnosis.facts.isEmpty())
            text += u"  "_s + diagnosis.facts + u'\n';
        text += u"  "_s + diagnosis.advice + u'\n';
        text += u"  "_s + QCoreApplication::translate("ReportFormat", "Who can fix it: %1").arg(diagnosis.who) + u'\n';
        if (!diagnosis.reply.isEmpty()) {
            QString reply = diagnosis.reply;
            reply.replace(u'\n', u" | "_s);
            text += u"  "_s + QCoreApplication::translate("ReportFormat", "The server said: %1").arg(reply) + u'\n';
        }
        text += u"  "_s + QCoreApplication::translate("ReportFormat", "Diagnosis code: %1").arg(diagnosis.key()) + u'\n';
    }
    // The server's words and the server's name come from outside: no control character may reach a terminal.
    return printableLines(text);
}

QString checkToText(const MailboxCheckReport &report)
{
    QString text;
    text += probeToText(QCoreApplication::translate("ReportFormat", "Incoming mail (IMAP, %1)").arg(report.imap.server), report.imap);
    text += probeToText(QCoreApplication::translate("ReportFormat", "Outgoing mail (SMTP, %1)").arg(report.smtp.server), report.smtp);
    if (report.testMessage) {
        const TestMessageOutcome &message = *report.testMessage;
        if (message.seenInInbox)
            text += QCoreApplication::translate("ReportFormat", "✓ The test message arrived in your inbox after %1 ms.").arg(message.ms);
        else if (message.sent)
            text += QCoreApplication::translate("ReportFormat", "✗ The test message was sent but was not seen in your inbox.");
        else
            text += QCoreApplication::translate("ReportFormat", "✗ The test message could not be sent.");
        text += u'\n';
    }
    text += report.ok() ? QCoreApplication::translate("ReportFormat", "Your account works: it can receive and send e-mail.")
                        : QCoreApplication::translate("ReportFormat", "Your account does not work yet. See above for what failed and who can fix it.");
    text += u'\n';
    return printableLines(text);
}

} // namespace ReportFormat
