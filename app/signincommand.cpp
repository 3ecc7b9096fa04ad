// mailsetup signin: signs in with Microsoft in the browser and keeps the tokens in the keychain.
#include "app/browserlauncher.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include "account/tokenkeeper.h"
#include "report/printable.h"
#include "secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// How long the command stays after the browser came back, so its last page reaches the browser.
constexpr int BrowserPageGraceMs = 300;

// Writes and removes a throwaway entry: the only way to tell a locked keyring from an empty one
// before the user spends a sign-in on it (a locked Secret Service reads as "not found").
SecretResult probeKeychain(SecretStore &store)
{
    const QString key = u"probe/%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    SecretResult outcome;
    QEventLoop loop;
    store.write(key, "probe", &loop, [&](const SecretResult &written) {
        outcome = written;
        if (!written.ok()) {
            loop.quit();
            return;
        }
        store.remove(key, &loop, [&](const SecretResult &) { loop.quit(); });
    });
    loop.exec();
    return outcome;
}

bool askYesNo(CommandEnvironment &environment, const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return false;
    environment.err() << question << u' ' << CommandLine::tr("[y/N]") << u' ';
    environment.err().flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

} // namespace

ExitCode runSignInCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Signs in with Microsoft in your browser and keeps the sign-in in the keychain, so that "
                        "Mail Setup, msmtp, isync and neomutt can use the mailbox."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address to set up."),
                                   CommandLine::tr("address"));
    const QCommandLineOption clientId(
        u"client-id"_s, CommandLine::tr("The application (client) ID registered in Microsoft Entra."),
        CommandLine::tr("id"));
    const QCommandLineOption noBrowser(
        u"no-browser"_s, CommandLine::tr("Do not open a browser: print the sign-in address and wait."));
    const QCommandLineOption timeout(
        u"timeout"_s, CommandLine::tr("How long to wait for the browser, in seconds (default 300)."),
        CommandLine::tr("seconds"), u"300"_s);
    parser.addOptions({ help, email, CommandEnvironment::providerOption(), CommandEnvironment::providerFileOption(),
                        clientId, noBrowser, timeout });
    if (const auto ended = environment.parse(parser, arguments, u"signin"_s))
        return *ended;
    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return environment.usageError(CommandLine::tr("Give the address to set up with --email."));
    if (!environment.checkedAddress(address))
        return ExitCode::BadInput;
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 10 || timeoutSeconds > 3600)
        return environment.usageError(CommandLine::tr("--timeout takes a number of seconds from 10 to 3600."));

    std::optional<ProviderProfile> profile = environment.profileFromOptions(parser, u"outlook"_s);
    if (!profile)
        return ExitCode::BadInput;
    profile->oauth.clientId = CommandEnvironment::clientId(parser.value(clientId), *profile);
    if (profile->oauth.clientId.isEmpty()) {
        environment.err() << CommandLine::tr("Mail Setup has no application (client) ID to sign in with. Microsoft "
                                             "only lets registered applications read mail. Give the ID with "
                                             "--client-id, or in the provider file's \"oauth\" settings; "
                                             "docs/app-registration.md says how an IT department registers Mail Setup "
                                             "and gets one.") << u'\n';
        return ExitCode::BadInput;
    }

    // The keychain first: a sign-in that cannot be kept would have to be repeated.
    std::unique_ptr<SecretStore> store = CommandEnvironment::createKeychain();
    const SecretResult probe = probeKeychain(*store);
    if (!probe.ok()) {
        reportKeychainProblem(environment, probe.status, probe.detail);
        if (!askYesNo(environment,
                      CommandLine::tr("Sign in anyway, keeping the sign-in only until this command ends?")))
            return ExitCode::KeychainUnavailable;
        store = std::make_unique<MemorySecretStore>();
    }

    MicrosoftSignIn signIn(profile->oauth);
    signIn.setBrowserTimeoutMs(timeoutSeconds * 1000);
    QTextStream &out = environment.out();
    QObject::connect(&signIn, &MicrosoftSignIn::browserNeeded, &signIn, [&](const QUrl &url) {
        const bool opened = !parser.isSet(noBrowser) && openInBrowser(url);
        out << (opened ? CommandLine::tr("Your browser opens Microsoft's sign-in page. If it does not, open this "
                                         "address:")
                       : CommandLine::tr("Open this address in a browser to sign in:"))
            << u'\n' << url.toString(QUrl::FullyEncoded) << u'\n'
            << (timeoutSeconds % 60 == 0
                    ? CommandLine::tr("Waiting for the sign-in to finish (time limit: %n minute(s)) …", nullptr,
                                      timeoutSeconds / 60)
                    : CommandLine::tr("Waiting for the sign-in to finish (time limit: %n second(s)) …", nullptr,
                                      timeoutSeconds))
            << u'\n';
        out.flush();
    });

    std::optional<SignInTokens> tokens;
    std::optional<SignInFailure> failure;
    QEventLoop loop;
    QObject::connect(&signIn, &MicrosoftSignIn::signedIn, &loop, [&](const SignInTokens &result) {
        tokens = result;
        loop.quit();
    });
    QObject::connect(&signIn, &MicrosoftSignIn::failed, &loop, [&](const SignInFailure &result) {
        failure = result;
        loop.quit();
    });
    signIn.signIn(address);
    loop.exec();
    // The listener's last page (signed in, or not) is still on its way to the browser: let it go
    // before this process ends.
    QTimer::singleShot(BrowserPageGraceMs, &loop, &QEventLoop::quit);
    loop.exec();

    if (failure) {
        const Diagnosis diagnosis = failure->diagnosis();
        environment.err() << diagnosis.title << u'\n' << diagnosis.advice << u'\n'
                          << CommandLine::tr("Who can fix it: %1").arg(audienceLabel(diagnosis.audience)) << u'\n';
        if (!diagnosis.reply.isEmpty())
            environment.err() << CommandLine::tr("Details for the helpdesk: %1")
                                     .arg(printable(QString(diagnosis.reply).replace(u'\n', u"; "_s)))
                              << u'\n';
        return diagnosis.exitCode;
    }
    if (!tokens->claims || tokens->claims->accountIdentity().isEmpty()) {
        environment.err() << CommandLine::tr("Microsoft did not say who signed in, so the sign-in cannot be kept. "
                                             "Try again.") << u'\n';
        return ExitCode::SignInFailed;
    }
    const IdTokenClaims &claims = *tokens->claims;
    const QString signedInAs = claims.signedInAddress();
    if (checkSignedInAddress(signedInAs, address)) {
        // The name in the id_token is the identity provider's text: shown, never obeyed by the terminal.
        const QString shownAs = printable(signedInAs);
        environment.err() << CommandLine::tr("You signed in as %1, but you are setting up %2.").arg(shownAs, address)
                          << u'\n'
                          << CommandLine::tr("Run the sign-in again and choose %1 in the browser; if the browser "
                                             "picks %2 by itself, choose \"Use another account\" there.")
                                 .arg(address, shownAs) << u'\n';
        return ExitCode::SignInFailed;
    }

    // The tenant decides the account kind, and with it the outgoing server.
    if (!parser.isSet(u"provider-file"_s)) {
        if (const auto byKind = ProviderProfileLoader::builtIn(claims.isPersonalAccount() ? u"outlook"_s : u"microsoft365"_s)) {
            const QString id = profile->oauth.clientId;
            profile = byKind;
            profile->oauth.clientId = id;
        }
    }

    TokenKeeper keeper(store.get());
    SecretResult kept;
    keeper.keep(claims.accountIdentity(), *tokens, &loop, [&](const SecretResult &result) {
        kept = result;
        loop.quit();
    });
    loop.exec();
    if (!kept.ok())
        return reportKeychainProblem(environment, kept.status, kept.detail);

    SavedAccount account;
    account.email = address;
    account.providerId = profile->id;
    account.providerFile = parser.isSet(u"provider-file"_s) ? QFileInfo(parser.value(u"provider-file"_s)).absoluteFilePath() : QString();
    account.clientId = profile->oauth.clientId;
    account.kind = claims.isPersonalAccount() ? AccountKind::Personal : AccountKind::Work;
    account.tenantId = claims.tenantId;
    account.identity = claims.accountIdentity();
    account.username = signedInAs;
    account.imap = profile->imap;
    account.smtp = profile->smtp;
    AccountSettings settings;
    if (!settings.save(account)) {
        environment.err() << CommandLine::tr("The account settings could not be saved in %1.").arg(printable(settings.fileName()))
                          << u'\n';
        return ExitCode::InternalError;
    }

    out << (claims.isPersonalAccount()
                ? CommandLine::tr("Signed in as %1 (personal Microsoft account).").arg(printable(signedInAs))
                : CommandLine::tr("Signed in as %1 (work or school account).").arg(printable(signedInAs)))
        << u'\n';
    if (store->isPersistent())
        out << CommandLine::tr("The sign-in is kept in %1.").arg(store->backendName()) << u'\n';
    else
        out << CommandLine::tr("The sign-in was not saved: it ends with this command.") << u'\n';
    return ExitCode::Ok;
}
