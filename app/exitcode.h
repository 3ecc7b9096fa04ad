// The exit codes installers and scripts rely on. Documented in the README and in --help.
#pragma once

#include "account/mailboxcheck.h"

enum class ExitCode : int {
    Ok = 0,
    InternalError = 1,
    BadInput = 2,          // bad arguments or input files
    SignInFailed = 3,      // sign-in needed or failed
    Network = 4,           // DNS, connect, time-out
    Tls = 5,               // TLS or certificate
    AccountRefused = 6,    // the server refused the account
    TestMessageFailed = 7,
    KeychainUnavailable = 8,
};

// The exit code a failed check deserves; when both protocols failed, the more fundamental
// failure wins (sign-in before network before TLS before the account).
ExitCode exitCodeFor(const MailboxCheckReport &report);
// The exit code of one diagnosis class met in one step.
ExitCode exitCodeFor(const QString &classId, ProbeStep step);

// The --help text that lists every exit code.
QString exitCodeHelp();
