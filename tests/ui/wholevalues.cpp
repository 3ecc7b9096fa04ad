#include "tests/ui/wholevalues.h"

#include "wizard/ui/copyablefield.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

std::pair<int, int> visibleColumns(const QWidget *widget)
{
    const QWidget *window = widget->window();
    int left = 0;
    int right = window->width() - 1;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        const int x = parent->mapTo(window, QPoint(0, 0)).x();
        left = std::max(left, x);
        right = std::min(right, x + parent->width() - 1);
    }
    return { left, right };
}

int shownLines(const CopyableField *field)
{
    const QTextLayout *layout = field->valueBox()->document()->firstBlock().layout();
    return layout ? std::max(1, layout->lineCount()) : 1;
}

QStringList cutParts(const CopyableField *field)
{
    QStringList cut;
    const QPlainTextEdit *box = field->valueBox();
    const QString what = u"%1 (\"%2\", %3 pixels wide)"_s.arg(field->key(), field->value()).arg(box->width());
    // A line starts after the document's margin; the sideways range may cover the margin alone.
    if (box->verticalScrollBar()->maximum() > 0)
        cut << what + u": scrolls down %1 of %2 lines"_s.arg(box->verticalScrollBar()->maximum())
                          .arg(box->document()->lineCount());
    const QTextLayout *layout = box->document()->firstBlock().layout();
    qreal widest = 0;
    for (int i = 0; layout && i < layout->lineCount(); ++i)
        widest = std::max(widest, layout->lineAt(i).naturalTextWidth());
    const qreal right = box->document()->documentMargin() + widest;
    if (right > box->viewport()->width())
        cut << what + u": the text reaches %1 pixels, the box shows %2"_s.arg(right).arg(box->viewport()->width());
    const int lines = shownLines(field);
    if (lines * box->fontMetrics().lineSpacing() > box->viewport()->height())
        cut << what + u": %1 lines need %2 pixels, the box shows %3"_s.arg(lines)
                          .arg(lines * box->fontMetrics().lineSpacing()).arg(box->viewport()->height());
    const int left = box->mapTo(box->window(), QPoint(0, 0)).x();
    const auto [visibleLeft, visibleRight] = visibleColumns(box);
    if (left < visibleLeft || left + box->width() - 1 > visibleRight)
        cut << what + u": sticks out"_s;
    return cut;
}
