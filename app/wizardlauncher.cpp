#include "app/wizardlauncher.h"

#include "app/commandline.h"
#include "app/commandenvironment.h"
#include "app/exitcode.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/report/printable.h"
#include "wizard/core/secrets/secretstore.h"
#include "wizard/ui/setupwizard.h"
#include "wizard/core/i18n/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The options that fill in the wizard, as `--name value` or `--name=value`.
const QStringList wizardOptions = { u"--email"_s, u"--provider-file"_s, u"--client-id"_s, u"--preset"_s,
                                   u"--report"_s };

bool isWizardOption(const QString &argument)
{
    for (const QString &option : wizardOptions) {
        if (argument == option || argument.startsWith(option + u'='))
            return true;
    }
    return false;
}

} // namespace

bool WizardLauncher::isWanted(const QStringList &arguments)
{
    return arguments.size() <= 1 || isWizardOption(arguments.at(1));
}

bool WizardLauncher::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int WizardLauncher::run(int &argc, char **argv, const LanguageOption::Choice &language)
{
    QApplication app(argc, argv);
    if (language.locale)
        QLocale::setDefault(*language.locale);
    TranslationLoader::install(&app, language.locale.value_or(QLocale()));
    QApplication::setApplicationDisplayName(CommandLine::tr("Mail Setup"));

    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address to set up."),
                                   CommandLine::tr("address"));
    const QCommandLineOption clientId(
        u"client-id"_s, CommandLine::tr("The application (client) ID registered in Microsoft Entra."),
        CommandLine::tr("id"));
    const QCommandLineOption report(u"report"_s,
                                    CommandLine::tr("When the window closes, write a helpdesk report to this file "
                                                    "(HTML) and beside it as JSON."),
                                    CommandLine::tr("file"));
    parser.addOptions({ email, CommandEnvironment::providerFileOption(), clientId, CommandEnvironment::presetOption(),
                        report, LanguageOption::option() });
    if (language.problem != LanguageOption::Choice::Problem::None) {
        err << printableLines(LanguageOption::problemText(language)) << u'\n'
            << CommandLine::tr("Run \"mailsetup --help\" for help.") << u'\n';
        return int(ExitCode::BadInput);
    }

    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        const QString problem = parser.errorText().isEmpty()
            ? CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().value(0))
            : parser.errorText();
        err << printableLines(problem) << u'\n' << CommandLine::tr("Run \"mailsetup --help\" for help.") << u'\n';
        return int(ExitCode::BadInput);
    }

    // File names and their words are shown, never obeyed by the terminal or the dialog.
    const auto refuse = [&err](const QString &problem) {
        const QString message = printableLines(problem);
        err << message << u'\n';
        err.flush();
        QMessageBox::critical(nullptr, CommandLine::tr("Mail Setup"), message);
        return int(ExitCode::BadInput);
    };

    // The command line, then the preset (--preset, or the system-wide one), then the built-ins.
    PresetError presetError;
    std::optional<SetupOptions> preset = parser.isSet(u"preset"_s)
        ? Preset::fromFile(parser.value(u"preset"_s), &presetError)
        : Preset::systemDefault(&presetError);
    if (!preset && !presetError.file.isEmpty())
        return refuse(presetError.message());
    SetupOptions commandLine;
    if (parser.isSet(clientId))
        commandLine.clientId = parser.value(clientId);
    if (parser.isSet(u"provider-file"_s))
        commandLine.provider = ProviderChoice{ {}, parser.value(u"provider-file"_s) };
    SetupOptions builtIns;
    builtIns.sendTestMessage = true;
    const SetupOptions options = SetupOptions::resolved(commandLine, preset.value_or(SetupOptions{}), builtIns);
    if (options.language && !language.locale) {
        // The preset's language instead of the system's; --lang wins over both.
        const QList<QTranslator *> installed = app.findChildren<QTranslator *>();
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        TranslationLoader::install(&app, QLocale(*options.language));
    }

    std::optional<ProviderProfile> providerOverride;
    if (options.provider && !options.provider->file.isEmpty()) {
        ProfileError error;
        providerOverride = ProviderProfileLoader::fromFile(options.provider->file, &error);
        if (!providerOverride)
            return refuse(error.message());
    } else if (options.provider) {
        providerOverride = ProviderProfileLoader::builtIn(options.provider->id);
    }
    if (parser.isSet(email)) {
        const QString refusal = options.refusal(parser.value(email));
        if (!refusal.isEmpty())
            return refuse(refusal);
    }

    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    AccountSettings settings;
    SetupController controller(keychain.get(), &settings);
    controller.setProviderOverride(providerOverride);
    // As on the command line (ClientIds::choose): --client-id, else the preset's, else the provider file's, else the
    // one built in.
    controller.setOptions(options);

    SetupWizard wizard(&controller);
    if (parser.isSet(email))
        wizard.setAddress(parser.value(email));
    else if (parser.isSet(u"preset"_s))
        wizard.startWithNewAccount();
    wizard.show();
    app.exec();

    if (parser.isSet(report)) {
        QString problem;
        if (!HelpdeskReport::write(parser.value(report), controller.helpdeskReportData(), &problem))
            err << printable(problem) << u'\n';
    }

    if (wizard.result() == QDialog::Accepted)
        return int(ExitCode::Ok);
    if (controller.checkState() == SetupController::CheckState::Failed)
        return int(controller.report().exitCode());
    if (controller.signInState() == SetupController::SignInState::Failed)
        return int(ExitCode::SignInFailed);
    return int(ExitCode::Ok);
}
