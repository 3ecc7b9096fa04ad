// mailsetup token: a fresh access token on standard output and nothing else, for msmtp
// (passwordeval), isync (PassCmd) and neomutt (imap_oauth_refresh_command).
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ExitCode runTokenCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Prints a fresh access token for a signed-in address on standard output, "
                        "renewing it when needed. For msmtp, isync and neomutt."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The signed-in e-mail address."),
                                   CommandLine::tr("address"));
    parser.addOptions({ help, email });
    if (const auto ended = environment.parse(parser, arguments, u"token"_s))
        return *ended;
    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return environment.usageError(CommandLine::tr("Give the signed-in address with --email."));
    if (!environment.checkedAddress(address))
        return ExitCode::BadInput;

    auto stored = loadStoredSignIn(environment, address);
    if (auto *code = std::get_if<ExitCode>(&stored))
        return *code;
    environment.out() << std::get<StoredSignIn>(stored).accessToken << u'\n';
    return ExitCode::Ok;
}
