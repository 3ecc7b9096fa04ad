#include "exitcode.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

ExitCode exitCodeFor(const QString &classId, ProbeStep step)
{
    static const QSet<QString> signIn = {
        u"user-cancelled"_s, u"consent-required"_s, u"wrong-account-or-tenant"_s, u"app-registration"_s,
        u"tenant-not-found"_s, u"sign-in-expired"_s, u"mfa-required"_s, u"blocked-by-policy"_s,
        u"client-error"_s, u"token-expired"_s,
    };
    static const QSet<QString> network = {
        u"dns-failure"_s, u"connection-refused"_s, u"connection-timeout"_s, u"response-timeout"_s, u"server-closed"_s,
    };
    static const QSet<QString> tls = {
        u"tls-failure"_s, u"certificate-untrusted"_s, u"starttls-missing"_s, u"tls-version-too-old"_s,
    };
    if (signIn.contains(classId))
        return ExitCode::SignInFailed;
    if (network.contains(classId))
        return ExitCode::Network;
    if (tls.contains(classId))
        return ExitCode::Tls;
    // Once the account was accepted, what fails is the test message itself.
    if (step == ProbeStep::Send || step == ProbeStep::FindMessage)
        return ExitCode::TestMessageFailed;
    return ExitCode::AccountRefused;
}

ExitCode exitCodeFor(const MailboxCheckReport &report)
{
    if (report.ok())
        return ExitCode::Ok;
    ExitCode worst = ExitCode::Ok;
    for (const ProbeResult *result : { &report.imap, &report.smtp }) {
        if (!result->diagnosis)
            continue;
        const ExitCode code = exitCodeFor(result->diagnosis->id, result->failedStep().value_or(ProbeStep::Connect));
        if (worst == ExitCode::Ok || int(code) < int(worst))
            worst = code;
    }
    // Both protocols passed, yet the message never arrived.
    return worst == ExitCode::Ok ? ExitCode::TestMessageFailed : worst;
}

QString exitCodeHelp()
{
    return QCoreApplication::translate("ExitCode",
        "Exit codes:\n"
        "  0  everything worked\n"
        "  1  internal error in Mail Setup\n"
        "  2  bad arguments or input files\n"
        "  3  sign-in is needed or failed\n"
        "  4  network problem (name look-up, connection, time-out)\n"
        "  5  encryption (TLS) or certificate problem\n"
        "  6  the server refused the account\n"
        "  7  the test message could not be sent or did not arrive\n"
        "  8  the keychain is not available\n");
}
