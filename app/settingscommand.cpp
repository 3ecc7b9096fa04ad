// mailsetup settings: the server settings of an address, for another mail app (text, JSON or Mozilla autoconfig).
#include "app/commandline.h"
#include "app/commands.h"

#include "wizard/core/account/settingsexport.h"
#include "wizard/core/provider/personaldomains.h"
#include "wizard/core/report/printable.h"

using namespace Qt::StringLiterals;

ExitCode runSettingsCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Prints the server settings of an address for another mail app: the account's saved "
                        "settings, else those of its provider. Nothing is looked up on the network."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address."), CommandLine::tr("address"));
    const QCommandLineOption format(
        u"format"_s,
        CommandLine::tr("text (default), json, or autoconfig (the Mozilla autoconfig XML that Thunderbird reads)."),
        CommandLine::tr("format"), u"text"_s);
    parser.addOptions({ help, email, format, CommandEnvironment::providerOption(),
                        CommandEnvironment::providerFileOption(), CommandEnvironment::presetOption() });
    if (const auto ended = environment.parse(parser, arguments, u"settings"_s))
        return *ended;
    const auto chosenFormat = SettingsExport::formatFromKey(parser.value(format).trimmed());
    if (!chosenFormat)
        return environment.usageError(CommandLine::tr("--format takes text, json or autoconfig."));
    const QString typed = parser.value(email).trimmed();
    if (typed.isEmpty())
        return environment.usageError(CommandLine::tr("Give the address with --email."));
    if (const auto ended = environment.loadPreset(parser))
        return *ended;
    const auto address = environment.checkedAddress(typed);
    if (!address)
        return ExitCode::BadInput;

    std::optional<MailServerSettings> settings;
    const bool profileChosen = parser.isSet(u"provider"_s) || parser.isSet(u"provider-file"_s);
    if (!profileChosen) {
        // What the account was proven with, when it was set up on this computer.
        if (const auto saved = AccountSettings().load(typed)) {
            settings = MailServerSettings{ typed, saved->providerId, saved->providerId, saved->imap, saved->smtp };
            if (const auto builtIn = ProviderProfileLoader::builtIn(saved->providerId))
                settings->providerName = builtIn->name;
        }
    }
    if (!settings) {
        const QString byDomain = PersonalDomains::contains(address->domain) ? u"outlook"_s : u"microsoft365"_s;
        const auto profile = environment.profileFromOptions(parser, byDomain);
        if (!profile)
            return ExitCode::BadInput;
        settings = MailServerSettings::of(typed, *profile);
    }
    // The profile file's words are shown, never obeyed by the terminal; the XML and JSON escape them themselves.
    const QString text = SettingsExport::format(*settings, *chosenFormat);
    environment.out() << (*chosenFormat == SettingsExport::Format::Text ? printableLines(text) : text);
    return ExitCode::Ok;
}
