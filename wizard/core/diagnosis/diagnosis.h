// A diagnosis: what went wrong, in words for people, who can fix it, and the server's own words.
#pragma once

#include <QMetaType>
#include <QString>

// Who can act on a diagnosis.
enum class Audience {
    User,           // the person at the computer
    Administrator,  // the organisation's IT administrator (tenant or app registration)
    Provider,       // Microsoft: nothing to do but wait and try again
    Developer,      // a fault in Mail Setup itself: report it
};

struct Diagnosis {
    QString id;        // class id, e.g. "smtp-auth-disabled"
    QString title;     // one translated sentence: what happened
    QString advice;    // translated sentences: what to do
    Audience audience = Audience::User;
    QString reply;     // the server's or identity provider's words, secrets removed; may be empty

    bool isValid() const { return !id.isEmpty(); }
};

// Stable machine names for Audience, used in JSON ("user", "administrator", "provider", "developer").
QString audienceKey(Audience audience);
// Translated, for people: "You", "Your IT administrator", "Microsoft", "The makers of Mail Setup".
QString audienceLabel(Audience audience);

Q_DECLARE_METATYPE(Diagnosis)
