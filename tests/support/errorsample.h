// The real replies users met, each with the diagnosis class it must get, read once for the classifier's tests,
// the catalogue's tests and the classifier benchmark. Several files: tests/data/microsoft-errors.json (the replies
// collected first) and tests/data/replies-2026.json (what users meet now: Microsoft's AADSTS table, Exchange
// Online's SMTP and IMAP replies of 2026, and the wrappings mail apps and bounces put around them).
#pragma once

#include "wizard/core/diagnosis/replyclassifier.h"

#include <QList>
#include <QString>
#include <QStringList>

struct SampleReply {
    QString file;                                  // the file's name, for messages ("replies-2026.json")
    QString id;
    QString protocol;
    QString stage;
    QString verbatim;
    QString classKey;                              // the sample's "class", a catalogue key
    QString source;                                // where it was met or documented; may be empty
    DiagnosisId classId = DiagnosisId::Unknown;    // that class; loading fails on a key the catalogue lacks
    ReplyContext context = ReplyContext::Unknown;  // where it was met, from `stage`
};

namespace ErrorSample {

// $MAILSETUP_TEST_DATA/microsoft-errors.json, else the copy in the source tree.
QString defaultFile();
// Every sample file, microsoft-errors.json first, from $MAILSETUP_TEST_DATA or else the source tree.
QStringList defaultFiles();
// The context a reply was met in, from the sample's `stage`; "pasted" (text given to `mailsetup explain`) and
// stages it does not know are Unknown.
ReplyContext contextOfStage(const QString &stage);
// Every entry of the file; empty, with the reason in `error`, if it cannot be read or an entry lacks a key.
QList<SampleReply> load(const QString &fileName, QString *error);
// Every entry of every file, in order; empty, with the reason in `error`, if one cannot be read or two entries
// share an id.
QList<SampleReply> load(const QStringList &fileNames, QString *error);

} // namespace ErrorSample
