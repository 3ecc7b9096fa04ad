#include "wizard/ui/scrollablepage.h"

#include <QScrollArea>
#include <QVBoxLayout>

QVBoxLayout *setScrollableContent(QWidget *page, QWidget *content, const QString &scrollAreaName)
{
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(scrollAreaName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The area itself takes no focus: Tab goes straight to the controls inside.
    scroll->setFocusPolicy(Qt::NoFocus);
    // Never sideways: the labels wrap instead.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return layout;
}
