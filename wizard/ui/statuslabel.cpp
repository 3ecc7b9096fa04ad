#include "statuslabel.h"

#include <QAccessible>

StatusLabel::StatusLabel(QWidget *parent)
    : WrappedLabel(parent)
{
    setVisible(false);
}

void StatusLabel::setStatus(const QString &text, Urgency urgency)
{
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
