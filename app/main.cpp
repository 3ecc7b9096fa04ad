// mailsetup: the wizard when started without a command, the command line otherwise.
#include "app/commandline.h"
#include "app/languageoption.h"
#include "app/wizardlauncher.h"

#include "wizard/core/i18n/translationloader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The locale the command line's words follow: LC_ALL, else LC_MESSAGES, else LANG, in the order POSIX gives them,
// without codeset or modifier ("de_DE.UTF-8@euro" gives "de_DE"); empty when none is set.
QString messagesLocaleName()
{
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.section(u'.', 0, 0).section(u'@', 0, 0);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailSetup"));
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSETUP_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // --lang may stand anywhere: it is no command and fills nothing in, so it does not decide wizard or command.
    const LanguageOption::Choice language = LanguageOption::take(arguments);
    // No command (or only what fills in the wizard): the wizard, if there is a screen to show it on.
    if (WizardLauncher::isWanted(arguments) && WizardLauncher::hasDisplay())
        return WizardLauncher::run(argc, argv, language);

    QCoreApplication app(argc, argv);
    // --lang, else the language the locale asks for (LC_ALL, else LC_MESSAGES, else LANG). C and none keep the
    // English that scripts and the integration tests read, with English plurals; LANGUAGE alone does not switch it
    // (gettext ignores it under C too).
    const QString localeName = messagesLocaleName();
    const bool english = localeName.isEmpty() || localeName == "C"_L1 || localeName == "POSIX"_L1;
    if (language.locale)
        QLocale::setDefault(*language.locale);
    TranslationLoader::install(&app, language.locale ? *language.locale
                                     : english       ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                     : QLocale(localeName));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    QStringList commandArguments = app.arguments();
    LanguageOption::take(commandArguments);
    if (language.problem != LanguageOption::Choice::Problem::None) {
        CommandEnvironment environment(out, err);
        return int(environment.usageError(LanguageOption::problemText(language)));
    }
    if (WizardLauncher::isWanted(arguments)) {
        // No display: the wizard cannot open, so say how to use the command line instead.
        err << QCoreApplication::translate("CommandLine",
                                           "There is no display to show the Mail Setup window on. Use one of the "
                                           "commands below instead.")
            << u'\n';
        err.flush();
        const ExitCode code = commandLine.run({ commandArguments.value(0) });
        out.flush();
        return int(arguments.size() <= 1 ? code : ExitCode::BadInput);
    }
    const ExitCode code = commandLine.run(commandArguments);
    out.flush();
    err.flush();
    return int(code);
}
