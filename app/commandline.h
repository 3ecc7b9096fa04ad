// The command-line front end: picks the command and runs it (check, explain, signin, token, forget).
#pragma once

#include "app/commandenvironment.h"

#include <QCoreApplication>
#include <QStringList>

class CommandLine
{
    // CommandLine::tr(): the one translation context of every command's words. A free tr() helper would leave
    // lupdate without a context, and those sentences would never reach the .ts file.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err) : m_environment(out, err) { }

    // Runs the command the arguments name; the application object must exist.
    ExitCode run(const QStringList &arguments);

    static QString generalHelp();

private:
    CommandEnvironment m_environment;
};
