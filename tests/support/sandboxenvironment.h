// The settings of a running offline sandbox (tests/sandbox/sandbox.sh writes them to sandbox.env),
// read by the integration tests from the file MAILSETUP_SANDBOX_ENV names.
#pragma once

#include <QHash>
#include <QString>

class SandboxEnvironment
{
public:
    // Reads the file MAILSETUP_SANDBOX_ENV names; false (with a reason) if there is none.
    bool load(QString *error);

    QString value(const QString &key) const { return m_values.value(key); }
    // The first line of the file a *_FILE variable names (a token file holds one token).
    QString fileContents(const QString &key) const;
    // Whether a message in the sandbox's INBOX (the Maildir SANDBOX_MAILDIR names, new/ and cur/) holds `needle`,
    // now: tests wait for it with QTest::qWaitFor, delivery takes a moment.
    bool inboxHas(const QByteArray &needle) const;

private:
    QHash<QString, QString> m_values;
};
