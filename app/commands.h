// The commands of the command line. Each parses its own options and ends with an exit code.
#pragma once

#include "app/commandenvironment.h"
#include "wizard/core/relay/relaylimits.h"

ExitCode runCheckCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runExplainCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runSignInCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runTokenCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runSettingsCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runForgetCommand(CommandEnvironment &environment, const QStringList &arguments);
ExitCode runRelayCommand(CommandEnvironment &environment, const QStringList &arguments);
