// The command-line front end: `mailsetup check`, `mailsetup explain` and their help.
// Each command parses its own options, runs in the event loop and ends with an exit code.
#pragma once

#include "app/exitcode.h"

#include <QStringList>
#include <QTextStream>

class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err);

    // True when the arguments name a command-line command (so no window is needed).
    static bool isCommand(const QStringList &arguments);

    // Runs the command the arguments name; the application object must exist.
    ExitCode run(const QStringList &arguments);

private:
    ExitCode runCheck(const QStringList &arguments);
    ExitCode runExplain(const QStringList &arguments);
    ExitCode usageError(const QString &message);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
