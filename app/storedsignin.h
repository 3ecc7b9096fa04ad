// For the commands that use an account signed in earlier (check, token): the saved settings, the
// profile they name, and a fresh access token from the keychain, refreshed when needed. Prints what
// went wrong in plain words and gives the exit code.
#pragma once

#include "wizard/core/account/accountsettings.h"
#include "app/commandenvironment.h"
#include "wizard/core/diagnosis/diagnosis.h"
#include "wizard/core/secrets/secretstore.h"

#include <variant>

struct StoredSignIn {
    SavedAccount account;
    ProviderProfile profile;
    QString accessToken;
};

// Waits (in a local event loop) for the keychain and, if needed, the token service.
// `profileOverride` replaces the saved profile (check --provider-file).
std::variant<StoredSignIn, ExitCode> loadStoredSignIn(CommandEnvironment &environment, const QString &email,
                                                      const std::optional<ProviderProfile> &profileOverride = {});

// Says in plain words why the keychain cannot be used (locked, none, not answering) and what to do, with the
// keychain's own words only as a technical detail; gives exit code 8.
ExitCode reportKeychainProblem(CommandEnvironment &environment, const SecretResult &result);

// Says why a sign-in or a token refresh failed: what happened, the sign-in service and the time limit that passed,
// what to do, who can fix it, and the details for the helpdesk; with `email`, how to sign in again when that is
// the remedy. Gives the diagnosis's exit code.
ExitCode reportSignInFailure(CommandEnvironment &environment, const Diagnosis &diagnosis, const QString &email = {});
