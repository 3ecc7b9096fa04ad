#include "app/commandline.h"

#include "app/commands.h"
#include "app/languageoption.h"
#include "wizard/core/signin/clientid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    const char *name;
    const char *summary;  // one line for the general help, translated in the "CommandLine" context
    ExitCode (*run)(CommandEnvironment &environment, const QStringList &arguments);
};

// Every command, in the order the help lists them. A new command is one row here and its run function.
const Command commands[] = {
    { "signin", QT_TRANSLATE_NOOP("CommandLine", "Sign in with Microsoft in your browser and keep the sign-in in the keychain."),
      runSignInCommand },
    { "check", QT_TRANSLATE_NOOP("CommandLine", "Check incoming (IMAP) and outgoing (SMTP) mail for an address."),
      runCheckCommand },
    { "token", QT_TRANSLATE_NOOP("CommandLine", "Print a fresh access token for a signed-in address (for msmtp, isync, neomutt)."),
      runTokenCommand },
    { "settings", QT_TRANSLATE_NOOP("CommandLine", "Print an address's server settings for another mail app (text, JSON or autoconfig XML)."),
      runSettingsCommand },
    { "forget", QT_TRANSLATE_NOOP("CommandLine", "Remove an address's sign-in and settings from this computer."),
      runForgetCommand },
    { "relay", QT_TRANSLATE_NOOP("CommandLine", "Let a printer, scanner or old program that only knows a password send through the account."),
      runRelayCommand },
    { "explain", QT_TRANSLATE_NOOP("CommandLine", "Explain an error message that a device or mail app showed."),
      runExplainCommand },
};

} // namespace

QString CommandLine::generalHelp()
{
    QString list;
    for (const Command &command : commands) {
        list += u"  %1 %2\n"_s.arg(QString::fromLatin1(command.name), -8)
                    .arg(QCoreApplication::translate("CommandLine", command.summary));
    }
    return QCoreApplication::translate("CommandLine", "Usage: mailsetup [COMMAND] [OPTIONS]") + u"\n\n"_s
        + QCoreApplication::translate("CommandLine", "Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.")
        + u"\n\n"_s + QCoreApplication::translate("CommandLine", "Commands:") + u'\n' + list + u'\n'
        + QCoreApplication::translate("CommandLine", "Run \"mailsetup COMMAND --help\" for the options of a command.")
        + u"\n\n"_s + LanguageOption::helpText() + u'\n' + exitCodeHelp();
}

ExitCode CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    for (const Command &known : commands) {
        if (command == QLatin1StringView(known.name))
            return known.run(m_environment, rest);
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        m_environment.out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        // Whether this copy can sign anyone in at all, before anyone tries.
        const QString builtIn = ClientIds::builtIn();
        m_environment.out()
            << (builtIn.isEmpty()
                    ? QCoreApplication::translate("CommandLine",
                                                  "No application (client) ID is built in: signing in needs --client-id "
                                                  "with the ID your IT department registered in Microsoft Entra, or a "
                                                  "provider file that names one (docs/app-registration.md). Packagers "
                                                  "build Mail Setup with -DMAILSETUP_CLIENT_ID=ID.")
                    : QCoreApplication::translate("CommandLine", "Application (client) ID built in: %1").arg(builtIn))
            << u'\n';
        return ExitCode::Ok;
    }
    if (command.isEmpty() || command == "help"_L1 || command == "--help"_L1 || command == "-h"_L1) {
        m_environment.out() << generalHelp();
        return ExitCode::Ok;
    }
    return m_environment.usageError(QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command));
}
