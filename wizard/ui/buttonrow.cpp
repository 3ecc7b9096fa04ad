#include "wizard/ui/buttonrow.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEvent>
#include <QResizeEvent>

ButtonRow::ButtonRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The row decides its own minimum (one button wide), so that it can become narrower than the row and stack.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
}

void ButtonRow::addButton(QAbstractButton *button)
{
    m_layout->addWidget(button);
    button->installEventFilter(this);
}

void ButtonRow::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
    widget->installEventFilter(this);
}

void ButtonRow::addStretch()
{
    m_layout->addStretch(1);
    m_stretchLast = true;
}

void ButtonRow::setButtons(const QList<QAbstractButton *> &buttons)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget(); widget && !buttons.contains(widget))
            widget->hide();
        delete item;
    }
    for (QAbstractButton *button : buttons) {
        m_layout->addWidget(button);
        button->show();
    }
    if (m_stretchLast)
        m_layout->addStretch(1);
    arrange(width());
    updateGeometry();
}

QSize ButtonRow::minimumSizeHint() const
{
    int width = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *widget = m_layout->itemAt(i)->widget(); widget && !widget->isHidden())
            width = std::max(width, widget->minimumSizeHint().width());
    }
    return { width, m_layout->minimumSize().height() };
}

void ButtonRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

bool ButtonRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent
        || event->type() == QEvent::LayoutRequest) {
        arrange(width());
        updateGeometry();
    }
    return QWidget::eventFilter(watched, event);
}

void ButtonRow::arrange(int width)
{
    int needed = 0;
    int visible = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget *widget = m_layout->itemAt(i)->widget(); widget && !widget->isHidden()) {
            needed += widget->sizeHint().width();
            ++visible;
        }
    }
    // A row with no button shown takes no room: its layout would still keep spacing around it.
    if ((visible == 0) != isHidden())
        setVisible(visible != 0);
    needed += m_layout->spacing() * std::max(0, visible - 1);
    const auto direction = needed > width ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        updateGeometry();
    }
}
