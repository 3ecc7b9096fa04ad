// Draws a tree item's text wrapped to the width of its column (at word boundaries, or anywhere inside a
// long unbroken server reply) and asks for the height that takes, so that nothing is cut off in a narrow
// window or at 200% scaling. Qt's own delegate wraps only at spaces and elides the rest.
#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The width the text of `index` has in its view, for an option that has no rectangle yet.
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Lays `text` out in `width`; returns the height it takes.
    static qreal layOut(QTextLayout &layout, int width);
};
