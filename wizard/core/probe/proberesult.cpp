#include "wizard/core/probe/proberesult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString probeStepKey(ProbeStep step)
{
    switch (step) {
    case ProbeStep::Resolve: return u"resolve"_s;
    case ProbeStep::Connect: return u"connect"_s;
    case ProbeStep::TlsHandshake: return u"tls-handshake"_s;
    case ProbeStep::Greeting: return u"greeting"_s;
    case ProbeStep::Capabilities: return u"capabilities"_s;
    case ProbeStep::StartTls: return u"starttls"_s;
    case ProbeStep::Authenticate: return u"authenticate"_s;
    case ProbeStep::Mailbox: return u"mailbox"_s;
    case ProbeStep::Send: return u"send"_s;
    case ProbeStep::FindMessage: return u"find-message"_s;
    case ProbeStep::Logout: return u"logout"_s;
    }
    return {};
}

QString probeStepLabel(ProbeStep step)
{
    switch (step) {
    case ProbeStep::Resolve: return QCoreApplication::translate("ProbeStep", "Finding the server");
    case ProbeStep::Connect: return QCoreApplication::translate("ProbeStep", "Connecting to the server");
    case ProbeStep::TlsHandshake: return QCoreApplication::translate("ProbeStep", "Setting up encryption");
    case ProbeStep::Greeting: return QCoreApplication::translate("ProbeStep", "Waiting for the server to answer");
    case ProbeStep::Capabilities: return QCoreApplication::translate("ProbeStep", "Asking what the server supports");
    case ProbeStep::StartTls: return QCoreApplication::translate("ProbeStep", "Switching on encryption");
    case ProbeStep::Authenticate: return QCoreApplication::translate("ProbeStep", "Signing in to your mailbox");
    case ProbeStep::Mailbox: return QCoreApplication::translate("ProbeStep", "Opening your inbox");
    case ProbeStep::Send: return QCoreApplication::translate("ProbeStep", "Sending a test message");
    case ProbeStep::FindMessage: return QCoreApplication::translate("ProbeStep", "Looking for the test message in your inbox");
    case ProbeStep::Logout: return QCoreApplication::translate("ProbeStep", "Closing the connection");
    }
    return {};
}

QString probeStepLabel(ProbeStep step, const QList<ProbeStep> &before)
{
    if (!before.contains(step))
        return probeStepLabel(step);
    if (step == ProbeStep::Capabilities) {
        // What changed since the last time decides the words: the sign-in (IMAP), or the encryption (SMTP's STARTTLS).
        const qsizetype last = before.lastIndexOf(ProbeStep::Capabilities);
        if (before.lastIndexOf(ProbeStep::Authenticate) > last)
            return QCoreApplication::translate("ProbeStep", "Asking again what the server supports, now signed in");
        if (before.lastIndexOf(ProbeStep::StartTls) > last)
            return QCoreApplication::translate("ProbeStep", "Asking again what the server supports, now encrypted");
        return QCoreApplication::translate("ProbeStep", "Asking again what the server supports");
    }
    //: A step of the check that comes a second time; %1 is its name ("Connecting to the server").
    return QCoreApplication::translate("ProbeStep", "%1, once more").arg(probeStepLabel(step));
}

QStringList probeStepLabels(const QList<StepResult> &steps)
{
    QStringList labels;
    QList<ProbeStep> before;
    for (const StepResult &result : steps) {
        labels << probeStepLabel(result.step, before);
        before << result.step;
    }
    return labels;
}

QString TlsDetails::summary() const
{
    QStringList parts;
    if (!protocol.isEmpty())
        parts << protocol;
    if (!cipher.isEmpty())
        parts << cipher;
    if (!subject.isEmpty())
        parts << "subject: "_L1 + subject;
    if (!issuer.isEmpty())
        parts << "issuer: "_L1 + issuer;
    if (!errors.isEmpty())
        parts << "errors: "_L1 + errors.join("; "_L1);
    return parts.join(", "_L1);
}

std::optional<ProbeStep> ProbeResult::failedStep() const
{
    for (const StepResult &step : steps) {
        if (!step.ok)
            return step.step;
    }
    return std::nullopt;
}
