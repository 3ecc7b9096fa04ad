#include "wizardlauncher.h"

#include "app/commandline.h"
#include "app/commandenvironment.h"
#include "app/exitcode.h"

#include "account/setupcontroller.h"
#include "report/printable.h"
#include "secrets/secretstore.h"
#include "ui/setupwizard.h"
#include "i18n/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The options that fill in the wizard, as `--name value` or `--name=value`.
const QStringList wizardOptions = { u"--email"_s, u"--provider-file"_s, u"--client-id"_s };

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
    parser.addOptions({ email, CommandEnvironment::providerFileOption(), clientId, LanguageOption::option() });
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

    std::optional<ProviderProfile> providerOverride;
    if (parser.isSet(u"provider-file"_s)) {
        ProfileError error;
        providerOverride = ProviderProfileLoader::fromFile(parser.value(u"provider-file"_s), &error);
        if (!providerOverride) {
            // The file's name and words are shown, never obeyed by the terminal or the dialog.
            const QString message = printableLines(error.message());
            err << message << u'\n';
            err.flush();
            QMessageBox::critical(nullptr, CommandLine::tr("Mail Setup"), message);
            return int(ExitCode::BadInput);
        }
    }

    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    AccountSettings settings;
    SetupController controller(keychain.get(), &settings);
    controller.setProviderOverride(providerOverride);
    // As on the command line (ClientIds::choose): --client-id, else the provider file's, else the one built in.
    controller.setClientId(parser.value(clientId));

    SetupWizard wizard(&controller);
    if (parser.isSet(email))
        wizard.setAddress(parser.value(email));
    wizard.show();
    app.exec();

    if (wizard.result() == QDialog::Accepted)
        return int(ExitCode::Ok);
    if (controller.checkState() == SetupController::CheckState::Failed)
        return int(controller.report().exitCode());
    if (controller.signInState() == SetupController::SignInState::Failed)
        return int(ExitCode::SignInFailed);
    return int(ExitCode::Ok);
}
