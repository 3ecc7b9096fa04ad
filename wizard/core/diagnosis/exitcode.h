// The exit codes installers and scripts rely on, documented in the README, in --help and in the man page. Each
// catalogue entry names its code, so a diagnosis carries it wherever it goes (command line, reports, presets).
#pragma once

enum class ExitCode : int {
    Ok = 0,
    InternalError = 1,
    BadInput = 2,             // bad arguments or input files
    SignInFailed = 3,         // sign-in needed or failed
    Network = 4,              // DNS, connect, time-out, a server that is not available
    Tls = 5,                  // TLS or certificate
    AccountRefused = 6,       // the server refused the account
    TestMessageFailed = 7,    // the test message could not be sent or did not arrive
    KeychainUnavailable = 8,
};
