// mailsetup: the wizard when started without a command, the command line otherwise.
#include "app/commandline.h"
#include "app/wizardlauncher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailSetup"));
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSETUP_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // No command (or only what fills in the wizard): the wizard, if there is a screen to show it on.
    if (WizardLauncher::isWanted(arguments) && WizardLauncher::hasDisplay())
        return WizardLauncher::run(argc, argv);

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    if (WizardLauncher::isWanted(arguments)) {
        // No display: the wizard cannot open, so say how to use the command line instead.
        err << QCoreApplication::translate("CommandLine",
                                           "There is no display to show the Mail Setup window on. Use one of the "
                                           "commands below instead.")
            << u'\n';
        err.flush();
        const ExitCode code = commandLine.run({ app.arguments().value(0) });
        out.flush();
        return int(arguments.size() <= 1 ? code : ExitCode::BadInput);
    }
    const ExitCode code = commandLine.run(app.arguments());
    out.flush();
    err.flush();
    return int(code);
}
