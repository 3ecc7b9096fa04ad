// mailsetup signin: signs in with Microsoft in the browser and keeps the tokens in the keychain.
#include "app/browserlauncher.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include "wizard/core/account/enrolment.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define MAILSETUP_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define MAILSETUP_ISATTY(fd) isatty(fd)
#endif

using namespace Qt::StringLiterals;

namespace {

// How long the command stays after the browser came back, so its last page reaches the browser.
constexpr int BrowserPageGraceMs = 300;

bool askYesNo(CommandEnvironment &environment, const QString &question)
{
    // Only a person at a terminal can answer; an installer or a pipe gets the safe "no".
    if (!MAILSETUP_ISATTY(0))
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
                        clientId, noBrowser, timeout, CommandEnvironment::presetOption() });
    if (const auto ended = environment.parse(parser, arguments, u"signin"_s))
        return *ended;
    if (const auto ended = environment.loadPreset(parser))
        return *ended;
    // --client-id, else the preset's; the profile's and the built-in one come after (ClientIds::choose).
    SetupOptions commandLine;
    if (parser.isSet(clientId))
        commandLine.clientId = parser.value(clientId);
    const SetupOptions options = SetupOptions::resolved(commandLine, environment.preset(), {});
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

    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    AccountSettings settings;
    Enrolment enrolment(keychain.get(), &settings);
    // A provider file is used for everything; a built-in profile only says where to start, the tenant decides.
    if (!profile->sourceFile.isEmpty())
        enrolment.setProviderOverride(profile);
    else
        enrolment.setAccountKind(profile->id == u"microsoft365"_s ? AccountKind::Work : AccountKind::Personal);
    enrolment.setClientId(options.clientId.value_or(QString()));
    enrolment.setTenant(options.tenant.value_or(QString()));
    enrolment.setBrowserTimeoutMs(timeoutSeconds * 1000);
    enrolment.setRequestDeadlineMs(CommandEnvironment::signInRequestDeadlineMs());
    // The sign-in is kept at once: an address the id_token does not name must be confirmed by the mailbox first.
    enrolment.setConfirmationRequired(true);
    if (enrolment.needsClientId()) {
        environment.err() << CommandLine::tr("Mail Setup has no application (client) ID to sign in with. Microsoft "
                                             "only lets registered applications read mail. Give the ID with "
                                             "--client-id, in a preset, or in the provider file's \"oauth\" settings; "
                                             "docs/app-registration.md says how an IT department registers Mail Setup "
                                             "and gets one.") << u'\n';
        return ExitCode::BadInput;
    }

    QTextStream &out = environment.out();
    QEventLoop loop;
    std::optional<ExitCode> ended;
    QObject::connect(&enrolment, &Enrolment::keychainUnavailable, &loop, [&] {
        reportKeychainProblem(environment, enrolment.keychainAnswer());
        if (!askYesNo(environment, CommandLine::tr("Sign in anyway, keeping the sign-in only until this command ends?"))) {
            ended = ExitCode::KeychainUnavailable;
            loop.quit();
            return;
        }
        enrolment.continueWithoutKeychain();
    });
    QObject::connect(&enrolment, &Enrolment::browserNeeded, &loop, [&](const QUrl &url) {
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
    QObject::connect(&enrolment, &Enrolment::signedIn, &loop, [&] { enrolment.save(); });
    QObject::connect(&enrolment, &Enrolment::saved, &loop, [&] { loop.quit(); });
    QObject::connect(&enrolment, &Enrolment::failed, &loop, [&] { loop.quit(); });
    enrolment.start(address);
    if (!ended)
        loop.exec();
    if (ended)
        return *ended;
    // The listener's last page (signed in, or not) is still on its way to the browser: let it go
    // before this process ends.
    QTimer::singleShot(BrowserPageGraceMs, &loop, &QEventLoop::quit);
    loop.exec();

    if (enrolment.state() == Enrolment::State::Failed) {
        const Diagnosis diagnosis = *enrolment.diagnosis();
        if (diagnosis.id == DiagnosisId::WrongAccountOrTenant && !enrolment.signedInAs().isEmpty()) {
            // The name in the id_token is the identity provider's text: shown, never obeyed by the terminal.
            const QString signedInAs = printable(enrolment.signedInAs());
            environment.err() << CommandLine::tr("You signed in as %1, but you are setting up %2.").arg(signedInAs, address)
                              << u'\n'
                              << CommandLine::tr("Run the sign-in again and choose %1 in the browser; if the browser "
                                                 "picks %2 by itself, choose \"Use another account\" there.")
                                     .arg(address, signedInAs) << u'\n';
            if (!diagnosis.reply.isEmpty())
                environment.err() << CommandLine::tr("Details for the helpdesk: %1")
                                         .arg(QString(diagnosis.reply).replace(u'\n', u"; "_s)) << u'\n';
            return diagnosis.exitCode;
        }
        return reportSignInFailure(environment, diagnosis);
    }
    if (enrolment.state() != Enrolment::State::Saved) {
        if (enrolment.saveProblem() == Enrolment::SaveProblem::Keychain)
            return reportKeychainProblem(environment, enrolment.keychainAnswer());
        environment.err() << CommandLine::tr("The account settings could not be saved in %1.").arg(settings.fileName())
                          << u'\n';
        return ExitCode::InternalError;
    }

    const QString signedInAs = enrolment.signedInAs();
    out << (enrolment.accountKind() == AccountKind::Personal
                ? CommandLine::tr("Signed in as %1 (personal Microsoft account).").arg(printable(signedInAs))
                : CommandLine::tr("Signed in as %1 (work or school account).").arg(printable(signedInAs)))
        << u'\n';
    if (!enrolment.addressVouched())
        out << CommandLine::tr("Microsoft knows this account as %1; mail apps sign in to the mailbox as %2.")
                   .arg(printable(signedInAs), address) << u'\n';
    if (!enrolment.keepsInMemoryOnly())
        out << CommandLine::tr("The sign-in is kept in %1.").arg(enrolment.tokenStorage()) << u'\n';
    else
        out << CommandLine::tr("The sign-in was not saved: it ends with this command.") << u'\n';
    return ExitCode::Ok;
}
