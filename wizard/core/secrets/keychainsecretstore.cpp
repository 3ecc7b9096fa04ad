#include "wizard/core/secrets/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QStringList>

#if defined(MAILSETUP_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

// QtKeychain's own answers, before mapping: the key and the error, never the secret.
Q_LOGGING_CATEGORY(lcKeychain, "mailsetup.secrets.keychain", QtWarningMsg)

namespace {

// QtKeychain chooses KWallet over the Secret Service in a KDE session (keychain_unix.cpp); the same test here.
[[maybe_unused]] bool isKdeSession()
{
    return qgetenv("XDG_CURRENT_DESKTOP") == "KDE" || qgetenv("DESKTOP_SESSION").startsWith("kde")
        || !qgetenv("KDE_FULL_SESSION").isEmpty();
}

// OtherError is all QtKeychain has for "there is no keychain here"; only its words tell. These are the texts
// measured on Debian 12 (docs/qt64-notes.md) and the D-Bus and libsecret texts around them. They are English
// only when libsecret and GLib are; translated texts end as Failed, which is the safe side (never "no token").
bool meansNoKeychain(const QString &errorString)
{
    static const QStringList markers = {
        u"D-Bus"_s,                               // "Cannot autolaunch D-Bus without X11 $DISPLAY", "D-Bus is not ..."
        u"DBus"_s,                                // org.freedesktop.DBus.Error.ServiceUnknown, .NoReply, .Disconnected
        u"Object does not exist at path"_s,       // a Secret Service without the collection (no "login" keyring)
        u"not provided by any .service files"_s,  // a session bus without any Secret Service
        u"org.freedesktop.secrets"_s,
        u"Did not receive a reply"_s,             // the Secret Service hangs (GDBus time-out)
        u"No keychain service available"_s,
        u"No keyring daemon"_s,
        u"Could not open wallet"_s,
    };
    for (const QString &marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    // QtKeychain's own text when libsecret (or any backend) could not be loaded at all.
    return errorString.trimmed().compare(u"Unknown error"_s, Qt::CaseInsensitive) == 0;
}

bool meansLocked(const QString &errorString)
{
    static const QStringList markers = {u"locked"_s, u"denied"_s, u"dismissed"_s, u"cancelled"_s};
    for (const QString &marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A token is text; text is stored as text, so `secret-tool lookup` shows it as it is. Anything else is stored
// as binary (QtKeychain base64-encodes it for libsecret, attribute type=base64).
bool isPlainText(const QByteArray &secret)
{
    return !secret.contains('\0') && QString::fromUtf8(secret).toUtf8() == secret;
}

} // namespace

QString KeychainSecretStore::defaultServiceName()
{
    return u"Mail Setup"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    if (isKdeSession())
        return tr("the KDE Wallet");
    return tr("the Secret Service keyring");
#endif
}

SecretStatus KeychainSecretStore::statusForKeychainError(Operation operation, int keychainError,
                                                         const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as asked.
        return operation == Operation::Remove ? SecretStatus::Ok : SecretStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStatus::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStatus::Failed;
    case QKeychain::OtherError:
        if (meansNoKeychain(errorString))
            return SecretStatus::Unavailable;
        if (meansLocked(errorString))
            return SecretStatus::Locked;
        return SecretStatus::Failed;
    default:
        return SecretStatus::Failed;
    }
}

void KeychainSecretStore::start(SecretOperation *operation)
{
    QKeychain::Job *job = nullptr;
    switch (operation->operation()) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName);
        const QByteArray secret = operation->secret();
        if (isPlainText(secret))
            write->setTextData(QString::fromUtf8(secret));
        else
            write->setBinaryData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    // A job that never finishes (a hung keychain) stays alive; the time limit answers the operation meanwhile.
    // It has no parent on purpose: deleting a job whose backend call is still running is not safe.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // the default, said out loud: never a plain-text copy of a token
    job->setKey(operation->key());

    QObject::connect(job, &QKeychain::Job::finished, operation, [operation](QKeychain::Job *finished) {
        const int error = finished->error();
        const QString detail = error == QKeychain::NoError ? QString() : finished->errorString();
        qCDebug(lcKeychain) << operation->operation() << operation->key() << "QtKeychain error" << error << detail;
        const SecretStatus status = statusForKeychainError(operation->operation(), error, detail);
        if (status == SecretStatus::Ok && operation->operation() == Operation::Read) {
            operation->finish({status, static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData(), {}});
            return;
        }
        if ((status == SecretStatus::NotFound && operation->operation() == Operation::Read)
            || (status == SecretStatus::Ok && operation->operation() == Operation::Remove)) {
            checkDefaultCollection(operation, {status, {}, detail});
            return;
        }
        operation->finish({status, {}, detail});
    });
    job->start();
}

// libsecret skips locked items without an error: a read in a locked keyring says "not found" and a removal
// says "done" while the item stays (docs/qt64-notes.md; measured in tst_keychainstore). A keyring without any
// collection reads as "not found" too. Telling the user to sign in again, or that a token is gone, would be
// wrong; so ask the Secret Service about the default collection, where QtKeychain writes: locked means Locked;
// missing means Unavailable for a read (a write would fail the same way) and stays Ok for a removal (nothing
// can be stored there).
void KeychainSecretStore::checkDefaultCollection(SecretOperation *operation, const SecretResult &otherwise)
{
#if defined(MAILSETUP_HAVE_QTDBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!isKdeSession() && bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
            u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        constexpr int askTimeoutMs = 5000;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, askTimeoutMs), operation);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, operation,
                         [operation, otherwise](QDBusPendingCallWatcher *answered) {
                             answered->deleteLater();
                             const QDBusPendingReply<QDBusVariant> reply = *answered;
                             const bool isRead = operation->operation() == Operation::Read;
                             if (reply.isError()) {
                                 const QString error = reply.error().name() + u": "_s + reply.error().message();
                                 if (isRead && meansNoKeychain(error)) {
                                     operation->finish({SecretStatus::Unavailable, {}, reply.error().message()});
                                     return;
                                 }
                             } else if (reply.value().variant().toBool()) {
                                 operation->finish(
                                     {SecretStatus::Locked, {},
                                      isRead ? tr("The keyring is locked, so it cannot tell whether it holds "
                                                  "this secret.")
                                             : tr("The keyring is locked, so the secret may still be in it.")});
                                 return;
                             }
                             operation->finish(otherwise);
                         });
        return;
    }
#endif
    operation->finish(otherwise);
}
