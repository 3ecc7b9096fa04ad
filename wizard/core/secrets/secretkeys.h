// The one key scheme of the secrets Mail Setup keeps, so that the wizard, the command line and the relay find the
// same entries. Keys are built from the identity Microsoft gives (tenant and user ids, IdTokenClaims::accountIdentity),
// never from text the user can edit.
#pragma once

#include <QString>

namespace SecretKeys {

// "refresh-token/<identity>": what keeps an account working; empty for an empty identity.
QString refreshToken(const QString &identity);
// "access-token/<identity>": the current access token and its expiry, beside it.
QString accessToken(const QString &identity);
// "relay-device/<name>": the PBKDF2 hash of a relay device's password (relay/relaydevices.h), never the password.
QString relayDevice(const QString &name);
// "probe/<random>": a throwaway entry, written and removed to learn whether the keychain takes secrets at all (a
// locked Secret Service reads as "not found").
QString keychainProbe();

} // namespace SecretKeys
