#include "wizard/core/probe/mailboxcheck.h"

ExitCode MailboxCheckReport::exitCode() const
{
    if (ok())
        return ExitCode::Ok;
    ExitCode worst = ExitCode::Ok;
    for (const ProbeResult *result : { &imap, &smtp }) {
        if (!result->diagnosis)
            continue;
        ExitCode code = result->diagnosis->exitCode;
        const ProbeStep step = result->failedStep().value_or(ProbeStep::Connect);
        if (code == ExitCode::AccountRefused && (step == ProbeStep::Send || step == ProbeStep::FindMessage))
            code = ExitCode::TestMessageFailed;
        // A server that turns connections away before the sign-in (too many of them) is not available now:
        // nothing was asked about the account yet.
        if (step == ProbeStep::Greeting && result->diagnosis->id == DiagnosisId::Throttled)
            code = ExitCode::Network;
        if (worst == ExitCode::Ok || int(code) < int(worst))
            worst = code;
    }
    // Both protocols passed, yet the message never arrived.
    return worst == ExitCode::Ok ? ExitCode::TestMessageFailed : worst;
}

MailboxCheck::MailboxCheck(const ProviderProfile &profile, const MailAccount &account, QObject *parent)
    : QObject(parent), m_profile(profile), m_account(account)
{
}

QList<ProbeStep> MailboxCheck::plannedSteps(Protocol protocol, ConnectionSecurity security, bool sendTestMessage)
{
    QList<ProbeStep> steps = { ProbeStep::Resolve, ProbeStep::Connect };
    if (security == ConnectionSecurity::Tls)
        steps << ProbeStep::TlsHandshake;
    steps << ProbeStep::Greeting << ProbeStep::Capabilities;
    if (security == ConnectionSecurity::StartTls)
        steps << ProbeStep::StartTls;
    steps << ProbeStep::Authenticate;
    if (protocol == Protocol::Imap) {
        steps << ProbeStep::Mailbox;
        if (sendTestMessage)
            steps << ProbeStep::FindMessage;
    } else if (sendTestMessage) {
        steps << ProbeStep::Send;
    }
    steps << ProbeStep::Logout;
    return steps;
}

MailboxCheck::~MailboxCheck()
{
    cancel();
}

void MailboxCheck::start()
{
    run(true, true, MailboxCheckReport{});
}

void MailboxCheck::retry(const MailboxCheckReport &previous)
{
    const bool imapFailed = !previous.imap.ok();
    const bool smtpFailed = !previous.smtp.ok();
    const bool messageSent = previous.testMessage && previous.testMessage->sent;
    const bool needsMessage = m_sendTestMessage && !(previous.testMessage && previous.testMessage->seenInInbox);
    bool runImap = imapFailed;
    bool runSmtp = smtpFailed;
    // A message still to be sent must be looked for too; one already sent only needs looking for.
    if (needsMessage && !messageSent)
        runImap = runSmtp = true;
    if (needsMessage && messageSent)
        runImap = true;
    if (!runImap && !runSmtp)
        runImap = runSmtp = true;  // nothing failed: a plain new check
    run(runImap, runSmtp, previous);
}

void MailboxCheck::run(bool runImap, bool runSmtp, const MailboxCheckReport &previous)
{
    cancel();
    m_running = true;
    m_runImap = runImap;
    m_runSmtp = runSmtp;
    m_mailboxReady = false;
    m_sentMessageId.clear();
    m_sinceAccepted.invalidate();
    m_report = previous;
    m_report.email = m_account.email;

    if (runImap)
        m_imap = new ImapProbe(m_profile.imap, m_profile.caCertificates, m_account, m_limits, this);
    if (runSmtp && m_smtpRoute) {
        m_smtp = new SmtpProbe(m_smtpRoute->server(), m_smtpRoute->caCertificates, m_account, m_limits, this);
        m_smtp->setRoute(*m_smtpRoute);
    } else if (runSmtp) {
        m_smtp = new SmtpProbe(m_profile.smtp, m_profile.caCertificates, m_account, m_limits, this);
    }

    if (m_sendTestMessage && m_imap) {
        if (m_smtp) {
            const TestMessage message = TestMessage::create(m_account.email);
            m_report.testMessage = TestMessageOutcome{ false, false, message.messageId, -1 };
            m_smtp->setTestMessage(message);
            // IMAP looks as soon as the message went out, not when its acceptance comes back: the server
            // delivers it as it accepts it, and the acceptance is half a round trip away by then.
            connect(m_smtp, &SmtpProbe::messageSent, this, [this](const QString &messageId) {
                m_sentMessageId = messageId;
                maybeSearchForTestMessage();
            });
            connect(m_smtp, &SmtpProbe::messageAccepted, this, [this] {
                m_sinceAccepted.start();
                m_report.testMessage->sent = true;
                // Seen already (an IMAP server nearer than the SMTP one): it arrived as it was accepted.
                if (m_report.testMessage->seenInInbox)
                    m_report.testMessage->ms = 0;
                maybeSearchForTestMessage();
            });
        } else if (m_report.testMessage && m_report.testMessage->sent) {
            // Sent by an earlier run whose IMAP side failed: only look for it now.
            m_sentMessageId = m_report.testMessage->messageId;
            m_sinceAccepted.start();
        }
        m_imap->setWaitForTestMessage(true);
        connect(m_imap, &ImapProbe::mailboxReady, this, [this] {
            m_mailboxReady = true;
            maybeSearchForTestMessage();
        });
        connect(m_imap, &ImapProbe::messageFound, this, [this] {
            m_report.testMessage->seenInInbox = true;
            // From SMTP's acceptance, not from IMAP's first look: the inbox may open later than that.
            if (m_sinceAccepted.isValid())
                m_report.testMessage->ms = m_sinceAccepted.elapsed();
        });
    }

    if (m_imap) {
        connect(m_imap, &MailProbe::stepStarted, this, [this](ProbeStep step) { Q_EMIT stepStarted(Protocol::Imap, step); });
        connect(m_imap, &MailProbe::stepFinished, this,
                [this](const StepResult &result) { Q_EMIT stepFinished(Protocol::Imap, result); });
        connect(m_imap, &MailProbe::finished, this, &MailboxCheck::onProbeFinished);
    }
    if (m_smtp) {
        connect(m_smtp, &MailProbe::stepStarted, this, [this](ProbeStep step) { Q_EMIT stepStarted(Protocol::Smtp, step); });
        connect(m_smtp, &MailProbe::stepFinished, this,
                [this](const StepResult &result) { Q_EMIT stepFinished(Protocol::Smtp, result); });
        connect(m_smtp, &MailProbe::finished, this, &MailboxCheck::onProbeFinished);
    }

    // Both at once: a check takes as long as the slower protocol, not the sum of both. SMTP first: it is the
    // slower one, so it is the one that should not wait for the other's first steps (the TLS set-up).
    if (m_smtp)
        m_smtp->start();
    if (m_imap)
        m_imap->start();
}

bool MailboxCheck::bothFinished() const
{
    return (!m_runImap || (m_imap && m_imap->isFinished())) && (!m_runSmtp || (m_smtp && m_smtp->isFinished()));
}

void MailboxCheck::maybeSearchForTestMessage()
{
    if (!m_imap || !m_mailboxReady)
        return;
    const bool accepted = m_report.testMessage && m_report.testMessage->sent;
    if (m_smtp && m_smtp->isFinished() && !accepted)
        m_imap->logout();  // nothing was accepted, so there is nothing to wait for
    else if (!m_sentMessageId.isEmpty())
        m_imap->findMessage(m_sentMessageId);  // nothing happens when it already looks
    else if (!m_smtp)
        m_imap->logout();
}

void MailboxCheck::onProbeFinished()
{
    // SMTP ended without a message: IMAP stops waiting for one. Its goodbye finishes it at once, which comes back
    // here and reports: then there is nothing left to do.
    if (m_smtp && m_smtp->isFinished())
        maybeSearchForTestMessage();
    if (!m_running || !bothFinished())
        return;
    if (m_imap) {
        m_report.imap = m_imap->result();
        m_imap->deleteLater();
    }
    if (m_smtp) {
        m_report.smtp = m_smtp->result();
        m_smtp->deleteLater();
    }
    m_running = false;
    Q_EMIT finished(m_report);
}

void MailboxCheck::cancel()
{
    for (MailProbe *probe : { static_cast<MailProbe *>(m_imap.data()), static_cast<MailProbe *>(m_smtp.data()) }) {
        if (!probe)
            continue;
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
    m_imap = nullptr;
    m_smtp = nullptr;
    m_running = false;
}
