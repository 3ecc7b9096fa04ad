// A mailbox check report as JSON (for installers and scripts) and as readable lines (for people
// and helpdesks). Both carry only redacted text: the probes removed secrets at the source.
#pragma once

#include "wizard/core/probe/mailboxcheck.h"

#include <QJsonObject>
#include <QString>

namespace ReportFormat {

QJsonObject diagnosisToJson(const Diagnosis &diagnosis);
QJsonObject probeToJson(const ProbeResult &result);
QJsonObject checkToJson(const MailboxCheckReport &report);

// One line a step with ✓ or ✗, then the diagnosis in words, for a terminal or a saved report. Control
// characters a server sent are escaped (printable()); the JSON keeps them exact, in JSON's escapes.
QString probeToText(const QString &heading, const ProbeResult &result);
QString checkToText(const MailboxCheckReport &report);

} // namespace ReportFormat
