// Starts the wizard: `mailsetup` without a command, or with only the options that fill it in (--email,
// --provider-file, --client-id). The command line runs on QCoreApplication; only the wizard makes a QApplication.
#pragma once

#include "app/languageoption.h"

#include <QStringList>

class WizardLauncher
{
public:
    // True when these arguments (argv as strings, program name first) ask for the wizard.
    static bool isWanted(const QStringList &arguments);
    // True when a window can be shown: a display, or a platform chosen with QT_QPA_PLATFORM.
    static bool hasDisplay();
    // Runs the wizard until its window closes, in the language --lang chose (else the system's); the exit code
    // follows ExitCode.
    static int run(int &argc, char **argv, const LanguageOption::Choice &language = {});
};
