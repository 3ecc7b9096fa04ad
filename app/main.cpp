// mailsetup: the wizard when started without a command, the command line otherwise.
#include "app/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailSetup"));
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSETUP_VERSION));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    // The wizard arrives later; until then, no command means the help text.
    const ExitCode code = commandLine.run(app.arguments());
    out.flush();
    err.flush();
    return int(code);
}
