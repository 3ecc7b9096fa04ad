#include "wizard/ui/copyablefield.h"

#include "wizard/ui/copybutton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A read-only value box as high as its value needs at the width it gets: one line where it fits, more where it does
// not, broken at a word boundary or, for a long address or host name, anywhere. Selecting and copying from it gives
// the exact value (no soft hyphens or breaks are put into the text).
class ValueBox : public QPlainTextEdit
{
public:
    explicit ValueBox(QWidget *parent) : QPlainTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFocusPolicy(Qt::StrongFocus);
        setTabChangesFocus(true);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        document()->setDocumentMargin(2);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFixedHeight(heightFor(fontMetrics().lineSpacing()));
    }

    // The height the value needs in a box this wide. Not heightForWidth(): QFormLayout does not mix it well with the
    // wrapped labels beside it; the box sets its own fixed height when its width changes, and the layout follows.
    int neededHeight(int width) const { return heightFor(linesHeightAt(width)); }
    QSize sizeHint() const override
    {
        // As wide as the value on one line (a line edit's minimum otherwise), as high as that needs.
        const int textWidth = std::max(fontMetrics().horizontalAdvance(toPlainText()), fontMetrics().averageCharWidth() * 12);
        return { textWidth + chrome() + 1, heightFor(fontMetrics().lineSpacing()) };
    }
    QSize minimumSizeHint() const override
    {
        return { fontMetrics().averageCharWidth() * 6 + chrome(), heightFor(fontMetrics().lineSpacing()) };
    }

    // The height of the value's lines in a box this wide, laid out as the box lays it out.
    int linesHeightAt(int width) const
    {
        const QString text = toPlainText();
        QTextLayout layout(text.isEmpty() ? u" "_s : text, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal lineWidth = std::max(1, width - chrome());
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            height += std::max<qreal>(line.height(), fontMetrics().lineSpacing());
        }
        layout.endLayout();
        return int(std::ceil(height));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        // The layout asks heightForWidth() only where it supports it: hold the height the value needs here too.
        const int needed = neededHeight(width());
        if (height() != needed)
            setFixedHeight(needed);
    }

private:
    // Frame and document margins on both sides.
    int chrome() const { return 2 * frameWidth() + int(2 * document()->documentMargin()) + 2; }
    int heightFor(int linesHeight) const
    {
        // QPlainTextEdit keeps a line scrollable unless the viewport holds its margins on top of the lines and one
        // pixel more: room for that, or the last line counts as hidden.
        return linesHeight + 2 * frameWidth() + int(3 * document()->documentMargin()) + 2;
    }
};

} // namespace

CopyableField::CopyableField(const QString &key, const QString &label, const QString &accessibleLabel, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_accessibleLabel(accessibleLabel)
    , m_label(new QLabel(label, this))
    , m_value(new ValueBox(this))
    , m_copyButton(new CopyButton(accessibleLabel, tr("Puts this setting on the clipboard, to paste it into your mail app."),
                                  this))
{
    setObjectName(u"field_"_s + key);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_value);

    m_value->setObjectName(u"value_"_s + key);
    m_value->setAccessibleName(accessibleLabel);
    m_value->setAccessibleDescription(tr("Read only. Select the text, or use the Copy button beside it."));

    m_copyButton->setObjectName(u"copy_"_s + key);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_copyButton, 0, Qt::AlignTop);

    connect(m_copyButton, &QToolButton::clicked, this, &CopyableField::copy);
}

QToolButton *CopyableField::copyButton() const
{
    return m_copyButton;
}

bool CopyableField::isCopyable() const
{
    return !m_copyButton->isHidden();
}

void CopyableField::setCopyable(bool copyable)
{
    QSizePolicy policy = m_copyButton->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_copyButton->setSizePolicy(policy);
    m_copyButton->setVisible(copyable);
    m_value->setAccessibleDescription(copyable ? tr("Read only. Select the text, or use the Copy button beside it.")
                                               : tr("Read only. Choose this in your mail app's list; it is not typed."));
}

void CopyableField::setValue(const QString &value)
{
    m_value->setPlainText(value);
    auto *box = static_cast<ValueBox *>(m_value);
    box->setFixedHeight(box->neededHeight(box->width()));
}

QString CopyableField::value() const
{
    return m_value->toPlainText();
}

void CopyableField::copy()
{
    QGuiApplication::clipboard()->setText(value());
    m_copyButton->showCopied();
    Q_EMIT copied(m_accessibleLabel, value());
}
