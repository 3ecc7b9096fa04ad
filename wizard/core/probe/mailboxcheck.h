// Checks a mailbox end to end: IMAP and SMTP at the same time, then (on request) a test message
// sent over SMTP and found over IMAP. The command line and the wizard both run it.
#pragma once

#include "wizard/core/probe/imapprobe.h"
#include "wizard/core/probe/smtpprobe.h"
#include "wizard/core/probe/smtproute.h"
#include "wizard/core/provider/providerprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

struct TestMessageOutcome {
    bool sent = false;
    bool seenInInbox = false;
    QString messageId;
    qint64 ms = -1;   // from acceptance by SMTP to being seen over IMAP
};

struct MailboxCheckReport {
    QString email;
    ProbeResult imap;
    ProbeResult smtp;
    std::optional<TestMessageOutcome> testMessage;

    bool ok() const
    {
        return imap.ok() && smtp.ok() && (!testMessage || (testMessage->sent && testMessage->seenInInbox));
    }
    // The exit code the check ends a command with: each diagnosis's own code, the more fundamental one winning
    // when both protocols failed (sign-in before network before TLS before the account). A refusal once the
    // account was accepted (sending, or finding the message) is the test message's failure.
    ExitCode exitCode() const;
};

class MailboxCheck : public QObject
{
    Q_OBJECT
public:
    enum class Protocol { Imap, Smtp };
    Q_ENUM(Protocol)

    MailboxCheck(const ProviderProfile &profile, const MailAccount &account, QObject *parent = nullptr);
    ~MailboxCheck() override;

    // The steps a check of `protocol` goes through when all goes well, in order: what a view lists as pending
    // before the check starts.
    static QList<ProbeStep> plannedSteps(Protocol protocol, ConnectionSecurity security, bool sendTestMessage);

    void setSendTestMessage(bool send) { m_sendTestMessage = send; }
    void setLimits(const ProbeLimits &limits) { m_limits = limits; }
    // Sends the SMTP part (and the test message) through this route, a relay, instead of the profile's SMTP server,
    // signing in with the route's password; IMAP still reads the account's own mailbox with the token, so the test
    // message is looked for where it really arrives. Nothing: the profile's server, as usual.
    void setSmtpRoute(const std::optional<SmtpRoute> &route) { m_smtpRoute = route; }

    void start();
    // Runs again only what failed last time, keeping what passed: IMAP alone when only IMAP failed
    // (it looks for the test message already sent), SMTP alone without a test message, SMTP with IMAP
    // when a test message has to be sent and seen.
    void retry(const MailboxCheckReport &previous);
    // Stops both probes at once; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    MailboxCheckReport report() const { return m_report; }

Q_SIGNALS:
    void stepStarted(MailboxCheck::Protocol protocol, ProbeStep step);
    void stepFinished(MailboxCheck::Protocol protocol, const StepResult &result);
    void finished(const MailboxCheckReport &report);

private:
    void run(bool runImap, bool runSmtp, const MailboxCheckReport &previous);
    void onProbeFinished();
    void maybeSearchForTestMessage();
    bool bothFinished() const;

    ProviderProfile m_profile;
    MailAccount m_account;
    ProbeLimits m_limits;
    std::optional<SmtpRoute> m_smtpRoute;
    bool m_sendTestMessage = false;
    bool m_running = false;
    QPointer<ImapProbe> m_imap;
    QPointer<SmtpProbe> m_smtp;
    bool m_runImap = true;
    bool m_runSmtp = true;
    bool m_mailboxReady = false;
    QString m_sentMessageId;      // sent (perhaps not yet accepted), or accepted in an earlier run
    QElapsedTimer m_sinceAccepted;
    MailboxCheckReport m_report;
};
