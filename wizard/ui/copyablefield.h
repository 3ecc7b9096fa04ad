// One setting a mail app asks for, shown so that it can be read, selected and copied: a label, the value
// in a read-only box and a "Copy" button. The box shows the whole value, always: where the window is too narrow
// (200%, a long address) it wraps, at a word boundary or anywhere, instead of cutting it off. The button's object name is "copy_<key>" (tests find it so),
// the value box's "value_<key>".
#pragma once

#include <QWidget>

class CopyButton;
class QLabel;
class QPlainTextEdit;
class QToolButton;

class CopyableField : public QWidget
{
    Q_OBJECT
public:
    // `key` names the field for tests ("imapServer"); `label` is the translated name ("Server").
    // `accessibleLabel` names it on its own for screen readers and the copy button ("Incoming server").
    CopyableField(const QString &key, const QString &label, const QString &accessibleLabel, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // A fixed word that a mail app offers as a choice (SSL/TLS, OAuth2) is read, not pasted: no Copy button, its
    // room kept so that the value boxes of a form line up.
    void setCopyable(bool copyable);
    bool isCopyable() const;
    void setValue(const QString &value);
    QString value() const;
    // The label, to be put in a form layout's label column (its buddy is the value box).
    QLabel *label() const { return m_label; }
    QToolButton *copyButton() const;
    // The box that shows the value (tests measure it).
    QPlainTextEdit *valueBox() const { return m_value; }

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    // The value went to the clipboard; `name` is the accessible label.
    void copied(const QString &name, const QString &value);

private:
    QString m_key;
    QString m_accessibleLabel;
    QLabel *m_label;
    QPlainTextEdit *m_value;
    CopyButton *m_copyButton;
};
