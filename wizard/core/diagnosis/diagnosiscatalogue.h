// The one place that turns a failure class into words for people. Each entry carries its stable key, its words
// (for an account kind where they differ: Outlook.com's steps for a personal account, the administrator's path for
// a work account), who can fix it, the exit code, the remedies a page offers as buttons, and the request to the
// administrator where only they can fix it.
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"

#include <QList>
#include <QString>

#include <optional>

class DiagnosisCatalogue
{
public:
    // Every class, in a stable order: sign-in, mailbox, this side of the connection, Unknown last.
    static QList<DiagnosisId> ids();
    // The stable key of a class ("smtp-auth-disabled"), and back; keys are what JSON and test data carry.
    static QString key(DiagnosisId id);
    static std::optional<DiagnosisId> fromKey(const QString &key);

    // The diagnosis for a class, translated for the current locale, in the words for `context.kind`, with
    // `reply` attached.
    static Diagnosis diagnosis(DiagnosisId id, const QString &reply = {}, const DiagnosisContext &context = {});
    // The same diagnosis in the words for what is known of the account now (the kind after sign-in, the tenant and
    // client id), keeping the server and time limit it was made with.
    static Diagnosis reworded(const Diagnosis &diagnosis, const DiagnosisContext &account);
    // The sentences that name the server of the failed step (direction, host, port) and the time limit that passed.
    static QString facts(const DiagnosisContext &context);
    // True when the class is what the person chose (they cancelled), not a failure: shown without a warning.
    static bool isUsersChoice(DiagnosisId id);
    // True when the class has words of its own for this kind of account (not only the general ones).
    static bool hasWordsFor(DiagnosisId id, AccountKind kind);
};
