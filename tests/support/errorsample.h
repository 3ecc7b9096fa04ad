// The real replies users met (tests/data/microsoft-errors.json), each with the diagnosis class it
// must get, read once for the classifier's tests, the catalogue's tests and the classifier benchmark.
#pragma once

#include "diagnosis/replyclassifier.h"

#include <QList>
#include <QString>

struct SampleReply {
    QString id;
    QString protocol;
    QString stage;
    QString verbatim;
    QString classKey;                              // the sample's "class", a catalogue key
    DiagnosisId classId = DiagnosisId::Unknown;    // that class; loading fails on a key the catalogue lacks
    ReplyContext context = ReplyContext::Unknown;  // where it was met, from `stage`
};

namespace ErrorSample {

// $MAILSETUP_TEST_DATA/microsoft-errors.json, else the copy in the source tree.
QString defaultFile();
// The context a reply was met in, from the sample's `stage`.
ReplyContext contextOfStage(const QString &stage);
// Every entry of the file; empty, with the reason in `error`, if it cannot be read or an entry lacks a key.
QList<SampleReply> load(const QString &fileName, QString *error);

} // namespace ErrorSample
