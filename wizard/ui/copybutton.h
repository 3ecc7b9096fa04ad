// The "Copy" button beside a value or a command: its icon, its names for screen readers, and "Copied" for two
// seconds after a copy, at a width that holds both words so that nothing beside it jumps. The copying itself is the
// owner's (CopyableField, CommandBlock): it knows what the exact text is.
#pragma once

#include <QToolButton>

class QTimer;

class CopyButton : public QToolButton
{
    Q_OBJECT
public:
    // `accessibleLabel` names what is copied ("IMAP server"); `description` says where it goes.
    CopyButton(const QString &accessibleLabel, const QString &description, QWidget *parent = nullptr);

    // Says "Copied" for a moment, then "Copy" again.
    void showCopied();

private:
    QTimer *m_restoreTimer;
};
