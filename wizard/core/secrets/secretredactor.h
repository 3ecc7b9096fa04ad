// Removes secrets from any text before it reaches a transcript, a step detail, a report or an error.
// Secrets are redacted at the source too; this is the second line of defence, for servers that
// echo what they were sent, whole or altered.
//
// A secret of 16 characters or more is found by its pieces: any run of text that shares 16 characters in a row
// with the secret goes, whether the server sent it as it was, cut short, in other letter case, as hex, as base64
// or base64url (of the secret, or of a text the secret is part of, such as XOAUTH2's initial response),
// percent-encoded, or split over several lines. The whole run of token characters around such a piece is
// removed, so that the changed characters of an altered echo go with it. Shorter secrets are removed where they
// occur whole.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class SecretRedactor
{
public:
    // Remembers a secret and the forms it travels in (as is, and inside XOAUTH2's base64).
    void addSecret(const QString &secret);
    void addEncodedForm(const QString &form);
    QString redact(QString text) const;
    // Lines of a transcript, together: a secret split over several lines ("S: " or "C: " before each piece) is
    // found too. Gives as many lines as it got.
    QStringList redact(const QStringList &lines) const;

    static QString placeholder();

private:
    QString redactJoined(const QString &text, bool skipTranscriptMarkers) const;
    void addPieces(const QByteArray &form);

    QStringList m_shortSecrets;  // found whole, ignoring case
    QSet<quint64> m_pieces;      // a hash of every piece of every form of every long secret, as redact() folds them
};
