// A word-wrapped label for a status that changes while the user waits ("Signing in…", "Your account
// works."): every change is told to screen readers, as a name change or, for results, as an alert.
#pragma once

#include "wizard/ui/wrappedlabel.h"

class StatusLabel : public WrappedLabel
{
    Q_OBJECT
public:
    enum class Urgency {
        Polite,  // progress: the name changes, a screen reader reads it when it gets to it
        Alert,   // a result or a problem: read out at once
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    // Shows the text (plain, never rich text, control characters escaped: printableLines()) and announces it; an
    // empty text hides the label.
    void setStatus(const QString &text, Urgency urgency = Urgency::Polite);
    QString status() const { return text(); }
};
