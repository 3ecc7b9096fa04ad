#include "commandline.h"

#include "app/commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString CommandLine::generalHelp()
{
    return QCoreApplication::translate("CommandLine",
               "Usage: mailsetup [COMMAND] [OPTIONS]\n"
               "\n"
               "Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.\n"
               "\n"
               "Commands:\n"
               "  signin   Sign in with Microsoft in your browser and keep the sign-in in the keychain.\n"
               "  check    Check incoming (IMAP) and outgoing (SMTP) mail for an address.\n"
               "  token    Print a fresh access token for a signed-in address (for msmtp, isync, neomutt).\n"
               "  forget   Remove an address's sign-in and settings from this computer.\n"
               "  explain  Explain an error message that a device or mail app showed.\n"
               "\n"
               "Run \"mailsetup COMMAND --help\" for the options of a command.\n")
        + u'\n' + exitCodeHelp();
}

ExitCode CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == "check"_L1)
        return runCheckCommand(m_environment, rest);
    if (command == "explain"_L1)
        return runExplainCommand(m_environment, rest);
    if (command == "signin"_L1)
        return runSignInCommand(m_environment, rest);
    if (command == "token"_L1)
        return runTokenCommand(m_environment, rest);
    if (command == "forget"_L1)
        return runForgetCommand(m_environment, rest);
    if (command == "--version"_L1 || command == "-v"_L1) {
        m_environment.out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitCode::Ok;
    }
    if (command.isEmpty() || command == "help"_L1 || command == "--help"_L1 || command == "-h"_L1) {
        m_environment.out() << generalHelp();
        return ExitCode::Ok;
    }
    return m_environment.usageError(QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command));
}
