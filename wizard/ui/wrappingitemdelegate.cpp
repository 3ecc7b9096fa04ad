#include "wizard/ui/wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace {

QString layoutText(QString text)
{
    return text.replace(u'\n', QChar::LineSeparator);
}

int textMargin(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

} // namespace

WrappingItemDelegate::WrappingItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

qreal WrappingItemDelegate::layOut(QTextLayout &layout, int width)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

int WrappingItemDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view)
        return option.rect.width() > 0 ? option.rect.width() : 400;
    int width = view->isFirstColumnSpanned(index.row(), index.parent()) ? view->viewport()->width()
                                                                         : view->header()->sectionSize(index.column());
    if (index.column() == 0) {
        int depth = view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * view->indentation();
    }
    if (option.features & QStyleOptionViewItem::HasDecoration)
        width -= option.decorationSize.width() + 2 * textMargin(option);
    return width - 2 * textMargin(option);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (opt.text.isEmpty())
        return base;
    QTextLayout layout(layoutText(opt.text), opt.font);
    const int width = textWidth(opt, index);
    const int height = int(std::ceil(layOut(layout, width))) + textMargin(opt) + 2;
    return { base.width(), std::max(base.height(), height) };
}

void WrappingItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background, selection, icon and focus as the style draws them; the text ourselves, wrapped.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    opt.text = text;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(textMargin(opt), 0, -textMargin(opt), 0);
    QTextLayout layout(layoutText(text), opt.font);
    const qreal height = layOut(layout, textRect.width());
    qreal top = textRect.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        top += std::max<qreal>(0, (textRect.height() - height) / 2);
    painter->save();
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    QPen pen(opt.state & QStyle::State_Selected ? opt.palette.color(group, QPalette::HighlightedText)
                                                : opt.palette.color(group, QPalette::Text));
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!(opt.state & QStyle::State_Selected) && foreground.canConvert<QBrush>())
        pen.setColor(foreground.value<QBrush>().color());
    painter->setPen(pen);
    qreal left = textRect.left();
    if (opt.displayAlignment & Qt::AlignRight) {
        qreal widest = 0;
        for (int i = 0; i < layout.lineCount(); ++i)
            widest = std::max(widest, layout.lineAt(i).naturalTextWidth());
        left = textRect.right() - widest;
    }
    layout.draw(painter, QPointF(left, top));
    painter->restore();
}
