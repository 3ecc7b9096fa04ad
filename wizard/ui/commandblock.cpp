#include "wizard/ui/commandblock.h"

#include "wizard/ui/copybutton.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

CommandBlock::CommandBlock(const QString &accessibleLabel, QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copyButton(new CopyButton(accessibleLabel, tr("Puts the commands on the clipboard, exactly as shown."), this))
{
    setObjectName(u"commandBlock"_s);
    m_text->setObjectName(u"commandText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(accessibleLabel);
    m_text->setAccessibleDescription(tr("Read only. Each line is one whole command; the Copy button beside it copies "
                                        "them exactly."));

    m_copyButton->setObjectName(u"copyCommandButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copyButton, 0, Qt::AlignTop);

    connect(m_copyButton, &QToolButton::clicked, this, &CommandBlock::copy);
    setFocusable(false);
}

void CommandBlock::setFocusable(bool focusable)
{
    // QWizard gives a page's first control in the focus chain the focus, hidden or not: a block not on show takes
    // none, or the focus would vanish into it.
    m_text->setFocusPolicy(focusable ? Qt::StrongFocus : Qt::NoFocus);
    m_copyButton->setFocusPolicy(focusable ? Qt::StrongFocus : Qt::NoFocus);
}

void CommandBlock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocusable(true);
}

void CommandBlock::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setFocusable(false);
}

void CommandBlock::setCommands(const QStringList &commands)
{
    m_text->setPlainText(commands.join(u'\n'));
    fitHeight();
}

QString CommandBlock::text() const
{
    return m_text->toPlainText();
}

void CommandBlock::fitHeight()
{
    // Every line on show, and room for the sideways scroll bar a narrow window needs: nothing scrolls up and down.
    const int lines = std::max(1, m_text->document()->blockCount());
    const int height = lines * m_text->fontMetrics().lineSpacing() + 2 * m_text->frameWidth()
        + int(2 * m_text->document()->documentMargin()) + m_text->horizontalScrollBar()->sizeHint().height();
    m_text->setFixedHeight(height);
}

QToolButton *CommandBlock::copyButton() const
{
    return m_copyButton;
}

void CommandBlock::copy()
{
    QGuiApplication::clipboard()->setText(text());
    m_copyButton->showCopied();
    Q_EMIT copied(text());
}
