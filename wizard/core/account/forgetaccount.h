// Forgetting an account: its tokens out of the keychain, then its settings. One way for `mailsetup forget` and the
// wizard's "Forget", so that both leave the same nothing behind and keep the settings when the keychain refuses
// (the settings are what finds the tokens: without them, the tokens could never be removed again).
#pragma once

#include "wizard/core/account/accountsettings.h"
#include "wizard/core/secrets/secretstore.h"

#include <QObject>

#include <functional>

struct ForgetOutcome {
    enum class Result {
        Forgotten,       // the tokens and the settings are gone
        NothingSaved,    // nothing was saved under this address
        KeychainFailed,  // the tokens could not be removed; the settings stay (`keychain` says why)
        SettingsFailed,  // the tokens are gone, the settings file could not be changed
    };
    Result result = Result::NothingSaved;
    SecretResult keychain;  // the keychain's answer when it failed
    SavedAccount account;   // what was saved (empty for NothingSaved)

    bool ok() const { return result == Result::Forgotten || result == Result::NothingSaved; }
};

// Removes the account saved under `email` (any case): its tokens from `keychain`, then its settings. `done` runs
// once, later, unless `context` is gone by then.
void forgetAccount(SecretStore *keychain, AccountSettings *settings, const QString &email, QObject *context,
                   std::function<void(const ForgetOutcome &)> done);
