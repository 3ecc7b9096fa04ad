// The relay's own TLS certificate for STARTTLS: an EC P-256 key and a self-signed certificate, made once with the
// `openssl` program and kept in the application's data folder (the key file readable by the user alone), so a
// device that pins the certificate keeps working. Its SHA-256 fingerprint is what a device that checks is told.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct RelayCertificate {
    QSslCertificate certificate;
    QSslKey key;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    // "AB:CD:...": the SHA-256 of the certificate, as `openssl x509 -fingerprint -sha256` shows it.
    QString fingerprint() const;

    // The certificate in `directory` (relay-key.pem, relay-cert.pem), made first if there is none. `program` is the
    // openssl program (default: the one found at build time, or on PATH). On failure gives a null certificate and
    // says why in `error` (for people, translated).
    static RelayCertificate loadOrCreate(const QString &directory, QString *error, const QString &program = {});
    // The fingerprint of the certificate kept in `directory`, read only (a check pins it, and never makes one);
    // empty when there is none.
    static QString fingerprintIn(const QString &directory);
    // The application's data folder for the relay (QStandardPaths::AppDataLocation + "/relay").
    static QString defaultDirectory();
};
