// Removes secrets from any text before it reaches a transcript, a step detail, a report or an error.
// Secrets are redacted at the source too; this is the second line of defence, for servers that
// echo what they were sent.
#pragma once

#include <QString>
#include <QStringList>

class SecretRedactor
{
public:
    // Remembers a secret and the forms it travels in (as is, and inside XOAUTH2's base64).
    void addSecret(const QString &secret);
    void addEncodedForm(const QString &form);
    QString redact(QString text) const;
    QStringList redact(const QStringList &lines) const;

    static QString placeholder();

private:
    QStringList m_secrets;
};
