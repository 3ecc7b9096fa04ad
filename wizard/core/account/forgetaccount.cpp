#include "wizard/core/account/forgetaccount.h"

#include "wizard/core/signin/tokenkeeper.h"

#include <QPointer>
#include <QTimer>

void forgetAccount(SecretStore *keychain, AccountSettings *settings, const QString &email, QObject *context,
                   std::function<void(const ForgetOutcome &)> done)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](const ForgetOutcome &outcome) {
        if (guard)
            done(outcome);
    };
    const std::optional<SavedAccount> account = settings->load(email);
    if (!account) {
        // Later, as the other outcomes come: a caller need not tell the two apart.
        QTimer::singleShot(0, context, [finish] { finish(ForgetOutcome{}); });
        return;
    }
    const auto removeSettings = [settings, account = *account, finish] {
        ForgetOutcome outcome;
        outcome.account = account;
        outcome.result = settings->remove(account.email) ? ForgetOutcome::Result::Forgotten
                                                         : ForgetOutcome::Result::SettingsFailed;
        finish(outcome);
    };
    if (account->identity.isEmpty()) {
        QTimer::singleShot(0, context, removeSettings);
        return;
    }
    auto *keeper = new TokenKeeper(keychain, context);
    keeper->forget(account->identity, keeper, [keeper, account = *account, removeSettings, finish](const SecretResult &removed) {
        keeper->deleteLater();
        // The settings stay while the tokens could not be removed: they are what finds the tokens.
        if (!removed.ok()) {
            ForgetOutcome outcome;
            outcome.result = ForgetOutcome::Result::KeychainFailed;
            outcome.keychain = removed;
            outcome.account = account;
            finish(outcome);
            return;
        }
        removeSettings();
    });
}
