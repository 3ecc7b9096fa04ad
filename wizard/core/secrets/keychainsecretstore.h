// Secrets in the operating system's keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet's
// Secret Service) on Linux, the Keychain on macOS, Credential Manager on Windows. Never a plain-text fallback.
#pragma once

#include "wizard/core/secrets/secretstore.h"

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // The keychain's service name for every secret of Mail Setup (libsecret attribute "server").
    static QString defaultServiceName();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name: for tests that must not meet the product's own entries.
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);

    QString backendName() const override;
    bool isPersistent() const override { return true; }
    QString serviceName() const { return m_serviceName; }

    // How a QtKeychain answer maps onto SecretStatus; pure, for tests. `keychainError` is a QKeychain::Error
    // (an int so that this header needs no QtKeychain). On Linux a read's NotFound and a removal's Ok are then
    // checked against the Secret Service, as a locked keyring hides its items (see checkDefaultCollection()).
    static SecretStatus statusForKeychainError(Operation operation, int keychainError, const QString &errorString);

protected:
    void start(SecretOperation *operation) override;

private:
    static void checkDefaultCollection(SecretOperation *operation, const SecretResult &otherwise);

    QString m_serviceName;
};
