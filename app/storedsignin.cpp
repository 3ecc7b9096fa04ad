#include "storedsignin.h"

#include "app/commandline.h"
#include "account/tokenkeeper.h"
#include "secrets/secretstore.h"
#include "report/printable.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

std::variant<StoredSignIn, ExitCode> loadStoredSignIn(CommandEnvironment &environment, const QString &email,
                                                      const std::optional<ProviderProfile> &profileOverride)
{
    AccountSettings settings;
    const auto account = settings.load(email);
    if (!account || account->identity.isEmpty()) {
        environment.err() << CommandLine::tr("%1 is not signed in on this computer. Sign in first with: "
                                             "mailsetup signin --email %1")
                                 .arg(email) << u'\n';
        return ExitCode::SignInFailed;
    }
    auto profile = profileOverride ? profileOverride : environment.profileForAccount(*account);
    if (!profile)
        return ExitCode::BadInput;
    // Refresh tokens belong to the application that got them: refresh with the same client ID.
    profile->oauth.clientId = account->clientId.isEmpty() ? profile->oauth.clientId : account->clientId;

    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    TokenKeeper keeper(keychain.get());
    TokenOutcome outcome;
    QEventLoop loop;
    keeper.freshAccessToken(account->identity, profile->oauth, false, &loop, [&](const TokenOutcome &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();

    if (!outcome.ok()) {
        if (outcome.failure) {
            const Diagnosis diagnosis = outcome.failure->diagnosis();
            environment.err() << diagnosis.title << u'\n' << diagnosis.advice << u'\n';
            if (!diagnosis.reply.isEmpty())
                environment.err() << CommandLine::tr("Microsoft said: %1").arg(printable(diagnosis.reply)) << u'\n';
            if (diagnosis.offers(Remedy::SignInAgain))
                environment.err() << CommandLine::tr("Sign in again with: mailsetup signin --email %1").arg(email)
                                  << u'\n';
            return diagnosis.exitCode;
        }
        return reportKeychainProblem(environment, outcome.secretStatus, outcome.secretDetail);
    }
    if (outcome.refreshed && outcome.secretStatus != SecretStatus::Ok) {
        environment.err() << CommandLine::tr("Warning: the renewed sign-in could not be saved in the keychain (%1). "
                                             "You may have to sign in again next time.")
                                 .arg(outcome.secretDetail) << u'\n';
    }
    return StoredSignIn{ *account, *profile, outcome.accessToken };
}

ExitCode reportKeychainProblem(CommandEnvironment &environment, SecretStatus status, const QString &detail)
{
    switch (status) {
    case SecretStatus::Locked:
        environment.err() << CommandLine::tr("The keychain is locked, so Mail Setup cannot read your sign-in. Unlock "
                                             "it (for example by logging in to the desktop, or with your keyring's "
                                             "password) and try again.")
                          << u'\n';
        break;
    case SecretStatus::Unavailable:
        environment.err() << CommandLine::tr("No keychain is available, so Mail Setup cannot read your sign-in. Start "
                                             "your desktop's keyring (such as GNOME Keyring or KWallet), or install "
                                             "one, and try again.")
                          << u'\n';
        break;
    default:
        environment.err() << CommandLine::tr("The keychain could not be used.") << u'\n';
        break;
    }
    if (!detail.isEmpty())
        environment.err() << CommandLine::tr("The keychain said: %1").arg(printable(detail)) << u'\n';
    return ExitCode::KeychainUnavailable;
}
