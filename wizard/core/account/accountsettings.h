// What Mail Setup remembers about an account between runs, apart from secrets: the address, the provider, the
// kind of account, who signed in and the servers. Saved with QSettings (INI). Tokens live in a SecretStore under
// SecretKeys::refreshToken(identity) (secrets/secretkeys.h); there is no field for them here, so none can be written by accident.
#pragma once

#include "wizard/core/provider/accountkind.h"
#include "wizard/core/provider/providerprofile.h"

#include <QList>
#include <QString>

#include <optional>

struct SavedAccount {
    QString email;       // as the user typed it; looked up case-insensitively
    QString providerId;  // a provider profile id: "outlook", "microsoft365"
    QString providerFile;  // the profile file it was signed in with, if not a built-in one (absolute path)
    QString clientId;    // the application (client) ID that signed in: refresh tokens only work with it
    AccountKind kind = AccountKind::Unknown;
    QString tenantId;    // the Entra tenant (id_token tid); empty if not known
    QString identity;    // stable identity of the signed-in user (IdTokenClaims::accountIdentity()): keys the secrets
    QString username;    // who signed in (preferred_username), which may differ from `email`
    ServerAddress imap;
    ServerAddress smtp;

    // Where this account's refresh token is kept in the SecretStore; empty without an identity.
    QString secretKey() const;
};

class AccountSettings
{
public:
    // The application's settings file (INI, user scope, QCoreApplication's organisation and application names).
    AccountSettings();
    // This INI file instead: for tests and for a portable installation.
    explicit AccountSettings(const QString &fileName);

    QString fileName() const { return m_fileName; }

    // The account saved under this address, whatever its case and surrounding spaces.
    std::optional<SavedAccount> load(const QString &email) const;
    // Saves the account, replacing one saved under the same address. False if the address is empty, if a value
    // looks like a token (a caller mixed up its fields), or if the file cannot be written.
    bool save(const SavedAccount &account);
    // Removes everything saved for this address. True if the file is as asked (also when nothing was saved).
    bool remove(const QString &email);
    // Every saved account, ordered by address.
    QList<SavedAccount> accounts() const;

    // The lookup form of an address: trimmed and lower-cased.
    static QString normalizedEmail(const QString &email);
    // True for text shaped like a token (a JWT, or a long unbroken run such as a Microsoft refresh token).
    static bool looksLikeToken(const QString &value);

private:
    QString m_fileName;
};
