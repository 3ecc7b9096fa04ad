#include "wizard/ui/illustrationview.h"

#include <QPainter>
#include <QSvgRenderer>

IllustrationView::IllustrationView(const QString &fileName, QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(fileName, this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

bool IllustrationView::isValid() const
{
    return m_renderer->isValid();
}

QSize IllustrationView::sizeHint() const
{
    return m_renderer->defaultSize();
}

QSize IllustrationView::minimumSizeHint() const
{
    const QSize size = m_renderer->defaultSize();
    return { size.width() / 4, size.height() / 4 };
}

int IllustrationView::heightForWidth(int width) const
{
    const QSize size = m_renderer->defaultSize();
    if (size.isEmpty())
        return 0;
    return std::min(width, size.width()) * size.height() / size.width();
}

void IllustrationView::paintEvent(QPaintEvent *)
{
    const QSize size = m_renderer->defaultSize();
    if (size.isEmpty())
        return;
    QSize target = size.scaled(rect().size(), Qt::KeepAspectRatio);
    if (target.width() > size.width())
        target = size;
    QRect area(QPoint(0, 0), target);
    area.moveCenter(rect().center());
    area.moveLeft(0);  // aligned with the text beside it
    QPainter painter(this);
    m_renderer->render(&painter, QRectF(area));
}
