// The command-line front end: picks the command and runs it (check, explain, signin, token, forget).
#pragma once

#include "app/commandenvironment.h"

#include <QStringList>

class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err) : m_environment(out, err) { }

    // Runs the command the arguments name; the application object must exist.
    ExitCode run(const QStringList &arguments);

    static QString generalHelp();

private:
    CommandEnvironment m_environment;
};
