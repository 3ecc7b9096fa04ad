#include "secretredactor.h"

#include <QRegularExpression>

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
    if (m_secrets.isEmpty())
        return text;
    for (const QString &secret : m_secrets)
        text.replace(secret, placeholder());

    // A server can echo a secret inside base64 of its own making (a SASL challenge): decode every
    // base64-looking run and take out those that carry a secret.
    static const QRegularExpression base64Run(u"[A-Za-z0-9+/]{16,}={0,2}"_s);
    QList<QRegularExpressionMatch> carrying;
    for (auto it = base64Run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray decoded = QByteArray::fromBase64(match.captured().toLatin1());
        for (const QString &secret : m_secrets) {
            if (decoded.contains(secret.toUtf8())) {
                carrying << match;
                break;
            }
        }
    }
    for (auto it = carrying.crbegin(); it != carrying.crend(); ++it)
        text.replace(it->capturedStart(), it->capturedLength(), placeholder());
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
