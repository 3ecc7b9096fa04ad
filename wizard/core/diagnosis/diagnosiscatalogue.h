// The one place that turns a failure class into words for people.
#pragma once

#include "diagnosis.h"

#include <QStringList>

class DiagnosisCatalogue
{
public:
    // Every class id the catalogue knows, in a stable order.
    static QStringList ids();
    static bool contains(const QString &id);
    // The diagnosis for a class id, translated for the current locale, with `reply` attached.
    // An unknown id gives the "unknown" diagnosis (never an empty one).
    static Diagnosis diagnosis(const QString &id, const QString &reply = {});
};
