// A command to type or paste somewhere else (PowerShell for an administrator, a terminal for `mailsetup check`),
// shown whole: in a monospace box that never wraps (a line broken at a hyphen would be another command), scrolling
// sideways where the window is narrow, with a Copy button beside it that puts the exact text on the clipboard.
#pragma once

#include <QWidget>

class CopyButton;
class QPlainTextEdit;
class QToolButton;

class CommandBlock : public QWidget
{
    Q_OBJECT
public:
    // `accessibleLabel` names the commands for screen readers and the Copy button ("Commands for your IT
    // administrator").
    explicit CommandBlock(const QString &accessibleLabel, QWidget *parent = nullptr);

    // One command a line.
    void setCommands(const QStringList &commands);
    QString text() const;
    QPlainTextEdit *textBox() const { return m_text; }
    QToolButton *copyButton() const;

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    void copied(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fitHeight();
    void setFocusable(bool focusable);

    QPlainTextEdit *m_text;
    CopyButton *m_copyButton;
};
