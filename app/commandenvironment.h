// What every command of the command line shares: its output streams, how it reports a usage error,
// how it finds the provider profile and the application (client) ID, and the keychain.
#pragma once

#include "wizard/core/account/accountsettings.h"
#include "app/exitcode.h"
#include "wizard/core/deployment/preset.h"
#include "wizard/core/provider/emailaddress.h"
#include "wizard/core/provider/providerprofile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

class SecretStore;

class CommandEnvironment
{
public:
    CommandEnvironment(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints the message and where help is, and gives the exit code for bad arguments.
    ExitCode usageError(const QString &message);
    // A parser's help with the command in the usage line, then the exit codes.
    void printHelp(const QCommandLineParser &parser, const QString &command);
    // Parses a command's arguments (the first is the command's name) with its options and a -h/--help
    // option named "help". Gives the exit code when the command ends here: bad options, an unexpected
    // argument (unless positional arguments are allowed), or the help that was printed.
    std::optional<ExitCode> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                  bool allowPositional = false);

    // The options that choose a provider profile, shared by the commands that need one.
    static QCommandLineOption providerOption();
    static QCommandLineOption providerFileOption();
    // --preset FILE: the preset for the commands that use its values (check, signin, settings).
    static QCommandLineOption presetOption();
    // Reads the preset the options name (--preset), else the system-wide one (Preset::systemDefault). Gives the
    // exit code (2) after saying which file and key are wrong when it cannot be used.
    std::optional<ExitCode> loadPreset(const QCommandLineParser &parser);
    // The preset read by loadPreset(); nothing set when there is none.
    const SetupOptions &preset() const { return m_preset; }

    // The profile the options name (--provider-file, --provider), else the preset's, else `defaultId` (or the
    // preset's kind of account); on failure prints why and gives nothing.
    std::optional<ProviderProfile> profileFromOptions(const QCommandLineParser &parser, const QString &defaultId);
    // The profile an account was saved with; on failure prints why and gives nothing.
    std::optional<ProviderProfile> profileForAccount(const SavedAccount &account);


    // The address given to --email, checked (EmailAddress::check) and, with a preset, against its allowed domains;
    // on a problem prints what to fix and gives nothing.
    std::optional<EmailAddress> checkedAddress(const QString &typed);

    // The OS keychain (Secret Service, Keychain, Credential Manager). Its time limit is SecretStore's, unless the
    // tests shorten it with MAILSETUP_TEST_KEYCHAIN_TIME_LIMIT_MS.
    static std::unique_ptr<SecretStore> createKeychain();
    // The limit for a whole sign-in request (code exchange, refresh): MicrosoftSignIn's, unless the tests shorten
    // it with MAILSETUP_TEST_SIGNIN_DEADLINE_MS.
    static int signInRequestDeadlineMs();
    // The limit for each of a check's replies: ProbeLimits', unless the tests shorten it with
    // MAILSETUP_TEST_CHECK_REPLY_TIME_LIMIT_MS (a relay that never answers, without waiting half a minute).
    static int checkReplyTimeLimitMs();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    SetupOptions m_preset;
};
