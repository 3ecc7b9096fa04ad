// Where a check sends its SMTP part when it is not the account's own server: a relay (`mailsetup relay`) that a
// device would use, signed in the way a device signs in, with a user name and password (AUTH PLAIN) instead of the
// account's token. The check then proves the whole way a device's message takes, relay and mailbox together.
#pragma once

#include "wizard/core/provider/providerprofile.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

struct SmtpRoute {
    QString host;
    quint16 port = 0;
    QString userName;
    QString password;  // a secret: every probe that carries it takes it out of what it reports
    // Shorter passwords are refused: the redactor cannot tell them from words (the relay's have 24 characters).
    static constexpr int MinPasswordLength = 8;
    // Without STARTTLS on offer the password goes in the clear, which the relay allows on loopback alone; true
    // stops the check there instead.
    bool requireStartTls = true;
    QList<QSslCertificate> caCertificates;  // trusted besides the system's
    // The SHA-256 fingerprint of the one certificate to accept ("AB:CD:…", as RelayCertificate::fingerprint()
    // gives it, colons and case optional): the relay's self-made certificate, which no authority signed. When set,
    // exactly that certificate is accepted, whoever signed it, and no other.
    QString pinnedSha256;

    // The server address a probe connects to: plain greeting, then STARTTLS where offered.
    ServerAddress server() const { return ServerAddress{ host, port, ConnectionSecurity::StartTls }; }
    // The pinned fingerprint as 32 bytes; empty when none is set or it is not 64 hex digits.
    QByteArray pinnedDigest() const
    {
        QString hex = pinnedSha256;
        hex.remove(u':');
        const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
        return digest.size() == 32 && hex.size() == 64 ? digest : QByteArray();
    }
};
