// mailsetup forget: removes an account's tokens from the keychain and its settings.
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include "wizard/core/account/forgetaccount.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

ExitCode runForgetCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Removes an address's sign-in from the keychain and its settings from this computer."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address to forget."),
                                   CommandLine::tr("address"));
    parser.addOptions({ help, email });
    if (const auto ended = environment.parse(parser, arguments, u"forget"_s))
        return *ended;
    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return environment.usageError(CommandLine::tr("Give the address to forget with --email."));
    if (!environment.checkedAddress(address))
        return ExitCode::BadInput;

    AccountSettings settings;
    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    ForgetOutcome outcome;
    QEventLoop loop;
    forgetAccount(keychain.get(), &settings, address, &loop, [&](const ForgetOutcome &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    switch (outcome.result) {
    case ForgetOutcome::Result::NothingSaved:
        environment.out() << CommandLine::tr("Nothing is saved for %1.").arg(address) << u'\n';
        return ExitCode::Ok;
    case ForgetOutcome::Result::KeychainFailed:
        return reportKeychainProblem(environment, outcome.keychain);
    case ForgetOutcome::Result::SettingsFailed:
        environment.err()
            << CommandLine::tr("The account settings in %1 could not be changed.").arg(printable(settings.fileName())) << u'\n';
        return ExitCode::InternalError;
    case ForgetOutcome::Result::Forgotten:
        break;
    }
    environment.out() << CommandLine::tr("Mail Setup forgot %1: its sign-in and settings are removed from this "
                                         "computer.").arg(address)
                      << u'\n';
    return ExitCode::Ok;
}
