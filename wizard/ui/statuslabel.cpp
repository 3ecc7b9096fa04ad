#include "wizard/ui/statuslabel.h"

#include "wizard/core/report/printable.h"

#include <QAccessible>

StatusLabel::StatusLabel(QWidget *parent)
    : WrappedLabel(parent)
{
    setVisible(false);
}

void StatusLabel::setStatus(const QString &status, Urgency urgency)
{
    // Statuses carry names from outside (who signed in, what the keychain said): shown, never obeyed.
    const QString text = printableLines(status);
    if (text == this->text() && isHidden() == text.isEmpty())
        return;
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (urgency == Urgency::Alert) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
