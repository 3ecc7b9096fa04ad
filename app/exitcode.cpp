#include "app/exitcode.h"

#include <QCoreApplication>

QString exitCodeHelp()
{
    return QCoreApplication::translate("ExitCode",
        "Exit codes:\n"
        "  0  everything worked\n"
        "  1  internal error in Mail Setup\n"
        "  2  bad arguments or input files\n"
        "  3  sign-in is needed or failed\n"
        "  4  network problem or server not available (name look-up, connection, time-out)\n"
        "  5  encryption (TLS) or certificate problem\n"
        "  6  the server refused the account\n"
        "  7  the test message could not be sent or did not arrive\n"
        "  8  the keychain is not available\n");
}
