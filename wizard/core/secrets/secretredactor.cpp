#include "wizard/core/secrets/secretredactor.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Shorter strings could be ordinary words; real tokens are far longer.
constexpr qsizetype MinSecretLength = 8;
// A piece this long is the secret's, not chance: a token's characters are random, and no word or reply has
// 16 of them in a row.
constexpr qsizetype PieceLength = 16;
constexpr quint64 HashBase = 0x100000001b3ull;

// Letter case and the two base64 alphabets do not matter: 'A' and 'a', '+' and '-', '/' and '_' are the same.
char16_t folded(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return char16_t(c + 32);
    if (c == u'-')
        return u'+';
    if (c == u'_')
        return u'/';
    return c;
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// The characters a token and its encodings are made of: the run around a piece goes with it.
bool isTokenCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'+'
        || u == u'/' || u == u'=' || u == u'-' || u == u'_' || u == u'.' || u == u'~' || u == u'%';
}

quint64 power(qsizetype exponent)
{
    quint64 result = 1;
    for (qsizetype i = 0; i < exponent; ++i)
        result *= HashBase;
    return result;
}

const quint64 HighestPower = power(PieceLength - 1);

} // namespace

void SecretRedactor::addSecret(const QString &secret)
{
    if (secret.size() < MinSecretLength)
        return;
    if (secret.size() < PieceLength) {
        if (!m_shortSecrets.contains(secret))
            m_shortSecrets << secret;
        return;
    }
    const QByteArray bytes = secret.toUtf8();
    addPieces(bytes);
    addPieces(bytes.toHex());
    // Base64 of any text the secret is part of holds base64 of the secret from one of three starting points on.
    for (qsizetype start = 0; start < 3; ++start)
        addPieces(bytes.mid(start).toBase64(QByteArray::OmitTrailingEquals));
}

void SecretRedactor::addEncodedForm(const QString &form)
{
    addSecret(form);
}

void SecretRedactor::addPieces(const QByteArray &form)
{
    if (form.size() < PieceLength)
        return;
    quint64 hash = 0;
    for (qsizetype i = 0; i < form.size(); ++i) {
        if (i >= PieceLength)
            hash -= HighestPower * folded(uchar(form.at(i - PieceLength)));
        hash = hash * HashBase + folded(uchar(form.at(i)));
        if (i >= PieceLength - 1)
            m_pieces.insert(hash);
    }
}

QString SecretRedactor::redact(QString text) const
{
    for (const QString &secret : m_shortSecrets)
        text.replace(secret, placeholder(), Qt::CaseInsensitive);
    if (m_pieces.isEmpty() || text.size() < PieceLength)
        return text;
    return redactJoined(text, false);
}

QStringList SecretRedactor::redact(const QStringList &lines) const
{
    const bool oneLineEach = std::none_of(lines.begin(), lines.end(), [](const QString &line) { return line.contains(u'\n'); });
    if (m_pieces.isEmpty() || !oneLineEach) {
        QStringList result;
        result.reserve(lines.size());
        for (const QString &line : lines)
            result << redact(line);
        return result;
    }
    QStringList joined = redactJoined(lines.join(u'\n'), true).split(u'\n');
    for (QString &line : joined) {
        for (const QString &secret : m_shortSecrets)
            line.replace(secret, placeholder(), Qt::CaseInsensitive);
    }
    return joined;
}

QString SecretRedactor::redactJoined(const QString &text, bool skipTranscriptMarkers) const
{
    // What the pieces are looked for in: the text folded, percent-escapes decoded, line breaks (and, in a
    // transcript, the "S: " and "C: " before each line) left out. `origin` maps each character back to the text.
    QList<char16_t> view;
    QList<qsizetype> origin;
    view.reserve(text.size());
    origin.reserve(text.size());
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\r') {
            lineStart = true;
            continue;
        }
        if (lineStart && skipTranscriptMarkers && (c == u'S' || c == u'C') && text.mid(i + 1, 2) == ": "_L1) {
            i += 2;
            lineStart = false;
            continue;
        }
        lineStart = false;
        if (c == u'%' && i + 2 < text.size()) {
            const int high = hexValue(text.at(i + 1).unicode());
            const int low = hexValue(text.at(i + 2).unicode());
            if (high >= 0 && low >= 0 && high * 16 + low >= 0x20 && high * 16 + low < 0x7f) {
                view << folded(char16_t(high * 16 + low));
                origin << i;
                i += 2;
                continue;
            }
        }
        view << folded(c);
        origin << i;
    }

    // Every character of the text that belongs to a piece of a secret (never a line break or a marker).
    QList<bool> secret(text.size(), false);
    qsizetype marked = -1;  // the last character of the view marked so far
    quint64 hash = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        if (i >= PieceLength)
            hash -= HighestPower * view.at(i - PieceLength);
        hash = hash * HashBase + view.at(i);
        if (i < PieceLength - 1 || !m_pieces.contains(hash))
            continue;
        for (qsizetype k = std::max(i - PieceLength + 1, marked + 1); k <= i; ++k) {
            const qsizetype at = origin.at(k);
            // A decoded "%2B" is three characters of the text.
            const qsizetype end = text.at(at) == u'%' ? at + 2 : at;
            for (qsizetype j = at; j <= end; ++j)
                secret[j] = true;
        }
        marked = i;
    }
    if (marked < 0)
        return text;

    // Each marked stretch grows to the whole run of token characters around it, and each line of it becomes one
    // placeholder: the lines stay lines.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!secret.at(i) || text.at(i) == u'\n' || text.at(i) == u'\r')
            continue;
        for (qsizetype j = i - 1; j >= 0 && !secret.at(j) && isTokenCharacter(text.at(j)); --j)
            secret[j] = true;
        qsizetype j = i + 1;
        while (j < text.size() && (secret.at(j) || isTokenCharacter(text.at(j)))) {
            secret[j] = true;
            ++j;
        }
        i = j - 1;
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!secret.at(i) || c == u'\n' || c == u'\r') {
            result += c;
            continue;
        }
        result += placeholder();
        while (i + 1 < text.size() && secret.at(i + 1) && text.at(i + 1) != u'\n' && text.at(i + 1) != u'\r')
            ++i;
    }
    return result;
}

QString SecretRedactor::placeholder()
{
    return u"[secret removed]"_s;
}
