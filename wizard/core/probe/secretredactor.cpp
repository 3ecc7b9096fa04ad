#include "secretredactor.h"

using namespace Qt::StringLiterals;

namespace {
// Shorter strings could be ordinary words; real tokens are far longer.
constexpr qsizetype MinSecretLength = 8;
}

void SecretRedactor::addSecret(const QString &secret)
{
    if (secret.size() >= MinSecretLength && !m_secrets.contains(secret))
        m_secrets << secret;
}

void SecretRedactor::addEncodedForm(const QString &form)
{
    addSecret(form);
}

QString SecretRedactor::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, placeholder());
    return text;
}

QStringList SecretRedactor::redact(const QStringList &lines) const
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result << redact(line);
    return result;
}

QString SecretRedactor::placeholder()
{
    return u"[secret removed]"_s;
}
