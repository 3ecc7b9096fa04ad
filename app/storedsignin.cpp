#include "app/storedsignin.h"

#include "app/commandline.h"
#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/secrets/secretstore.h"
#include "wizard/core/report/printable.h"

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
    keeper.setRequestDeadlineMs(CommandEnvironment::signInRequestDeadlineMs());
    TokenOutcome outcome;
    QEventLoop loop;
    keeper.freshAccessToken(account->identity, profile->oauth, false, &loop, [&](const TokenOutcome &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();

    if (!outcome.ok()) {
        if (outcome.failure)
            return reportSignInFailure(environment, outcome.failure->diagnosis(), email);
        return reportKeychainProblem(environment, outcome.secretResult());
    }
    if (outcome.refreshed && outcome.secretStatus != SecretStatus::Ok) {
        environment.err() << CommandLine::tr("Warning: the renewed sign-in could not be saved in the keychain, so "
                                             "you may have to sign in again next time. %1")
                                 .arg(SecretStore::problemSentence(outcome.secretResult()))
                          << u'\n';
        if (!outcome.secretDetail.isEmpty())
            environment.err() << CommandLine::tr("Technical detail: %1").arg(printable(outcome.secretDetail)) << u'\n';
    }
    return StoredSignIn{ *account, *profile, outcome.accessToken };
}

ExitCode reportSignInFailure(CommandEnvironment &environment, const Diagnosis &diagnosis, const QString &email)
{
    QTextStream &err = environment.err();
    err << diagnosis.title << u'\n';
    if (!diagnosis.facts.isEmpty())
        err << diagnosis.facts << u'\n';
    err << diagnosis.advice << u'\n' << CommandLine::tr("Who can fix it: %1").arg(diagnosis.who) << u'\n';
    if (!diagnosis.reply.isEmpty())
        err << CommandLine::tr("Details for the helpdesk: %1").arg(printable(QString(diagnosis.reply).replace(u'\n', u"; "_s)))
            << u'\n';
    if (!email.isEmpty() && diagnosis.offers(Remedy::SignInAgain))
        err << CommandLine::tr("Sign in again with: mailsetup signin --email %1").arg(email) << u'\n';
    return diagnosis.exitCode;
}

ExitCode reportKeychainProblem(CommandEnvironment &environment, const SecretResult &result)
{
    if (result.timedOut) {
        // Our own time limit, not the keychain's words: nothing more to add as a detail.
        environment.err() << CommandLine::tr("The keychain did not answer within %n second(s), so Mail Setup cannot "
                                             "use your sign-in. It may be waiting for a password prompt that is "
                                             "hidden behind other windows, or it is stuck: unlock it, or log out and "
                                             "in again, and try again.",
                                             nullptr, result.timeLimitSeconds)
                          << u'\n';
        return ExitCode::KeychainUnavailable;
    }
    switch (result.status) {
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
    if (!result.detail.isEmpty())
        environment.err() << CommandLine::tr("Technical detail: %1").arg(printable(result.detail)) << u'\n';
    return ExitCode::KeychainUnavailable;
}
