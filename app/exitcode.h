// The --help text of the exit codes. The codes themselves are the core's (diagnosis/exitcode.h): each catalogue
// entry names its own, and a check report gives the one it deserves.
#pragma once

#include "wizard/core/diagnosis/exitcode.h"

#include <QString>

// The --help text that lists every exit code.
QString exitCodeHelp();
