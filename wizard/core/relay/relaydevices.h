// The devices that may send through the relay, each with a password Mail Setup generated for it. The names live in
// an INI file (no secret); each password only as a PBKDF2-SHA256 hash with its own salt, in the SecretStore (the
// keychain) under SecretKeys::relayDevice(name). A password is shown once, when the device is added.
#pragma once

#include "wizard/core/secrets/secretstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

struct RelayDevice {
    QString name;      // also the user name the device signs in with
    QDateTime added;
};

class RelayDevices : public QObject
{
    Q_OBJECT
public:
    // `settingsFile`: the INI file that lists the devices (defaultSettingsFile() in the product).
    RelayDevices(SecretStore *store, const QString &settingsFile, QObject *parent = nullptr);

    // Beside the account settings: the user's configuration folder, "relay-devices.ini".
    static QString defaultSettingsFile();
    // A device name is 1 to 64 letters, digits, dots, dashes or underscores: it is typed into a device's
    // "user name" field, and it is part of a keychain key.
    static bool isValidName(const QString &name);
    // A new password: 24 letters and digits without look-alikes (0/O, 1/l/I), from the system's random source.
    static QString generatePassword();
    // "pbkdf2-sha256$<iterations>$<salt>$<key>" (base64), and its check in constant time.
    static QByteArray hashPassword(const QString &password, int iterations = DefaultIterations);
    static bool passwordMatches(const QString &password, const QByteArray &hash);

    static constexpr int DefaultIterations = 20'000;

    QList<RelayDevice> devices() const;
    bool contains(const QString &name) const;

    struct AddResult {
        SecretResult secret;  // the keychain's answer
        QString password;     // the new password, once; empty on failure
    };
    // Adds the device (or gives an existing one a new password): the hash goes to the keychain first, the name to
    // the list only once the keychain has it.
    void add(const QString &name, QObject *context, std::function<void(const AddResult &)> done);
    // Removes the device's hash and its name.
    void remove(const QString &name, QObject *context, std::function<void(const SecretResult &)> done);
    // Whether `password` is this device's. An unknown device is a wrong password (the answer does not tell which).
    // A verified password is remembered in memory (as an HMAC with a key made for this process) for a few
    // minutes, so a busy device does not cost a keychain read and PBKDF2 on every message; only as long as the
    // device list still shows the same moment it was added, so that a new password given by another process (add-device,
    // the wizard) ends the old one at once in a running relay too.
    void verify(const QString &name, const QString &password, QObject *context,
                std::function<void(bool matches, const SecretResult &keychain)> done);

private:
    QByteArray memo(const QString &name, const QString &password) const;
    // When the device was last given a password, as the device list has it; empty for an unknown device.
    QString addedStamp(const QString &name) const;

    SecretStore *m_store;
    QString m_settingsFile;
    QByteArray m_memoKey;
    struct Verified {
        QByteArray memo;
        QString addedStamp;  // addedStamp() when it was verified
        qint64 until = 0;
    };
    QHash<QString, Verified> m_verified;
};
