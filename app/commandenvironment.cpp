#include "app/commandenvironment.h"

#include "app/languageoption.h"
#include "wizard/core/probe/probelimits.h"
#include "wizard/core/report/printable.h"
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/core/secrets/splitsecretstore.h"
#include "wizard/core/signin/microsoftsignin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The words are the command line's (the context "CommandLine" of the translations): named by their context, so that
// this file needs no commandline.h, which includes it.

ExitCode CommandEnvironment::usageError(const QString &message)
{
    // Messages echo what was typed (an option, an address, a file name): shown, never obeyed by the terminal.
    m_err << printableLines(message) << u'\n' << QCoreApplication::translate("CommandLine", "Run \"mailsetup --help\" for help.") << u'\n';
    m_err.flush();
    return ExitCode::BadInput;
}

void CommandEnvironment::printHelp(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser's help names the program, not the command: put the command in the usage line.
    m_out << QCoreApplication::translate("CommandLine", "Usage: mailsetup %1 [options]").arg(command) << u'\n'
          << parser.helpText().section(u'\n', 1) << u'\n' << LanguageOption::helpText() << u'\n' << exitCodeHelp();
}

std::optional<ExitCode> CommandEnvironment::parse(QCommandLineParser &parser, const QStringList &arguments,
                                                 const QString &command, bool allowPositional)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        printHelp(parser, command);
        return ExitCode::Ok;
    }
    // parse() takes the first argument, the command's name, as the program's.
    if (!allowPositional && !parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

QCommandLineOption CommandEnvironment::providerOption()
{
    return QCommandLineOption(
        u"provider"_s, QCoreApplication::translate("CommandLine", "A built-in provider: outlook (personal) or microsoft365 (work or school)."),
        QCoreApplication::translate("CommandLine", "id"));
}

QCommandLineOption CommandEnvironment::providerFileOption()
{
    return QCommandLineOption(u"provider-file"_s, QCoreApplication::translate("CommandLine", "A provider profile file (JSON) to use instead."),
                              QCoreApplication::translate("CommandLine", "file"));
}

QCommandLineOption CommandEnvironment::presetOption()
{
    return QCommandLineOption(u"preset"_s,
                              QCoreApplication::translate("CommandLine", "A preset file (JSON) with what your organisation decided; without it "
                                              "the system-wide preset applies, if there is one."),
                              QCoreApplication::translate("CommandLine", "file"));
}

std::optional<ExitCode> CommandEnvironment::loadPreset(const QCommandLineParser &parser)
{
    PresetError error;
    std::optional<SetupOptions> preset;
    if (parser.isSet(u"preset"_s)) {
        preset = Preset::fromFile(parser.value(u"preset"_s), &error);
    } else {
        preset = Preset::systemDefault(&error);
        if (!preset && error.file.isEmpty())
            return std::nullopt;  // none: nothing to apply
    }
    if (!preset) {
        m_err << printableLines(error.message()) << u'\n';
        m_err.flush();
        return ExitCode::BadInput;
    }
    m_preset = *preset;
    return std::nullopt;
}

std::optional<ProviderProfile> CommandEnvironment::profileFromOptions(const QCommandLineParser &parser,
                                                                     const QString &defaultId)
{
    // The command line's choice, else the preset's, else the default (SetupOptions::resolved's order).
    SetupOptions commandLine;
    if (parser.isSet(u"provider-file"_s))
        commandLine.provider = ProviderChoice{ {}, parser.value(u"provider-file"_s) };
    else if (parser.isSet(u"provider"_s))
        commandLine.provider = ProviderChoice{ parser.value(u"provider"_s), {} };
    const ProviderChoice choice = SetupOptions::resolved(commandLine, m_preset, {}).providerOrDefault(defaultId);
    if (!choice.file.isEmpty()) {
        ProfileError error;
        auto profile = ProviderProfileLoader::fromFile(choice.file, &error);
        if (!profile) {
            m_err << printableLines(error.message()) << u'\n';
            m_err.flush();
        }
        return profile;
    }
    const QString id = choice.id;
    auto profile = ProviderProfileLoader::builtIn(id);
    if (!profile) {
        usageError(QCoreApplication::translate("CommandLine", "Unknown provider \"%1\". Known providers: %2.")
                       .arg(id, ProviderProfileLoader::builtInIds().join(", "_L1)));
    }
    return profile;
}

std::optional<ProviderProfile> CommandEnvironment::profileForAccount(const SavedAccount &account)
{
    if (!account.providerFile.isEmpty()) {
        ProfileError error;
        auto profile = ProviderProfileLoader::fromFile(account.providerFile, &error);
        if (!profile)
            m_err << printableLines(error.message()) << u'\n';
        return profile;
    }
    auto profile = ProviderProfileLoader::builtIn(account.providerId);
    if (!profile)
        m_err << printableLines(QCoreApplication::translate("CommandLine", "The saved settings of %1 name an unknown provider \"%2\". Sign in again.")
                                    .arg(account.email, account.providerId)) << u'\n';
    return profile;
}

std::optional<EmailAddress> CommandEnvironment::checkedAddress(const QString &typed)
{
    const EmailAddress address = EmailAddress::check(typed);
    if (address.isValid()) {
        const QString refusal = m_preset.refusal(address.normalized);
        if (!refusal.isEmpty()) {
            usageError(refusal);
            return std::nullopt;
        }
        return address;
    }
    const QString problem = EmailAddress::problemText(address.problem);
    // Enough of what was typed to recognise it; a pasted page of text is not repeated back.
    constexpr qsizetype maxEcho = 100;
    const QString echo = typed.size() > maxEcho ? typed.left(maxEcho) + u'…' : typed;
    usageError(problem.isEmpty() ? QCoreApplication::translate("CommandLine", "\"%1\" is not an e-mail address.").arg(echo)
                                 : QCoreApplication::translate("CommandLine", "\"%1\" is not an e-mail address. %2").arg(echo, problem));
    return std::nullopt;
}

namespace {

// A time limit the tests set through the environment (milliseconds, 1 to 10 minutes); nothing when unset or
// not such a number. Documented in tests/README.md; never set outside the tests.
std::optional<int> testTimeLimitMs(const char *variable)
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue(variable, &ok);
    if (!ok || ms < 1 || ms > 10 * 60 * 1000)
        return std::nullopt;
    return ms;
}

} // namespace

std::unique_ptr<SecretStore> CommandEnvironment::createKeychain()
{
    auto *backend = new KeychainSecretStore;
    // Tokens longer than one keychain entry takes (Windows: 2,560 bytes) are kept in parts, on every platform.
    auto keychain = std::make_unique<SplitSecretStore>(backend);
    if (const auto limit = testTimeLimitMs("MAILSETUP_TEST_KEYCHAIN_TIME_LIMIT_MS")) {
        backend->setTimeLimit(std::chrono::milliseconds(*limit));
        keychain->setTimeLimit(std::chrono::milliseconds(*limit));
    }
    return keychain;
}

int CommandEnvironment::signInRequestDeadlineMs()
{
    return testTimeLimitMs("MAILSETUP_TEST_SIGNIN_DEADLINE_MS").value_or(MicrosoftSignIn::DefaultRequestDeadlineMs);
}

int CommandEnvironment::checkReplyTimeLimitMs()
{
    return testTimeLimitMs("MAILSETUP_TEST_CHECK_REPLY_TIME_LIMIT_MS").value_or(ProbeLimits{}.replyTimeoutMs);
}
