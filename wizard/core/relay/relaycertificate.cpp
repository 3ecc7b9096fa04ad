#include "wizard/core/relay/relaycertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int OpensslTimeLimitMs = 30'000;

QString opensslProgram(const QString &given)
{
    if (!given.isEmpty())
        return given;
#ifdef MAILSETUP_OPENSSL_PROGRAM
    if (QFile::exists(QStringLiteral(MAILSETUP_OPENSSL_PROGRAM)))
        return QStringLiteral(MAILSETUP_OPENSSL_PROGRAM);
#endif
    return QStandardPaths::findExecutable(u"openssl"_s);
}

// Runs openssl with a time limit; its standard output, or nothing with the reason in `error`.
std::optional<QByteArray> runOpenssl(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(OpensslTimeLimitMs) || !process.waitForFinished(OpensslTimeLimitMs)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        *error = QCoreApplication::translate("RelayCertificate",
                                             "The relay's certificate could not be made with %1: %2")
                     .arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(500));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool writePrivateFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile::remove(path);
    QFile file(path);
    // Created with these permissions from the start: the key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

QString RelayCertificate::fingerprint() const
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(u':');
}

QString RelayCertificate::fingerprintIn(const QString &directory)
{
    QFile file(directory + u"/relay-cert.pem"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    RelayCertificate kept;
    kept.certificate = QSslCertificate(file.readAll(), QSsl::Pem);
    return kept.certificate.isNull() ? QString() : kept.fingerprint();
}

QString RelayCertificate::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/relay"_s;
}

RelayCertificate RelayCertificate::loadOrCreate(const QString &directory, QString *error, const QString &program)
{
    const QString keyPath = directory + u"/relay-key.pem"_s;
    const QString certPath = directory + u"/relay-cert.pem"_s;
    RelayCertificate result;
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (keyFile.exists() && certFile.exists()) {
        if (keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly)) {
            result.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
            result.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        }
        if (!result.isNull()) {
            // A key file someone opened up is closed again.
            keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return result;
        }
        *error = QCoreApplication::translate("RelayCertificate",
                                             "The relay's certificate in %1 cannot be read. Remove the folder to make "
                                             "a new one; devices that check the certificate must then be told its new "
                                             "fingerprint.")
                     .arg(directory);
        return RelayCertificate();
    }
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("RelayCertificate", "The folder %1 cannot be made.").arg(directory);
        return RelayCertificate();
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString openssl = opensslProgram(program);
    if (openssl.isEmpty()) {
        *error = QCoreApplication::translate("RelayCertificate",
                                             "The relay needs the openssl program to make its certificate, and it is "
                                             "not installed.");
        return RelayCertificate();
    }
    const auto key = runOpenssl(openssl, { u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                           u"ec_paramgen_curve:P-256"_s }, error);
    if (!key)
        return RelayCertificate();
    if (!writePrivateFile(keyPath, *key, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("RelayCertificate", "The file %1 cannot be written.").arg(keyPath);
        return RelayCertificate();
    }
    const auto cert = runOpenssl(openssl, { u"req"_s, u"-new"_s, u"-x509"_s, u"-key"_s, keyPath, u"-days"_s,
                                            u"3650"_s, u"-subj"_s, u"/CN=Mail Setup relay"_s, u"-addext"_s,
                                            u"subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"_s },
                                 error);
    if (!cert) {
        QFile::remove(keyPath);
        return RelayCertificate();
    }
    if (!writePrivateFile(certPath, *cert, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                 | QFileDevice::ReadOther)) {
        QFile::remove(keyPath);
        *error = QCoreApplication::translate("RelayCertificate", "The file %1 cannot be written.").arg(certPath);
        return RelayCertificate();
    }
    result.key = QSslKey(*key, QSsl::Ec, QSsl::Pem);
    result.certificate = QSslCertificate(*cert, QSsl::Pem);
    if (result.isNull()) {
        *error = QCoreApplication::translate("RelayCertificate", "The certificate openssl made cannot be read.");
        return RelayCertificate();
    }
    return result;
}
