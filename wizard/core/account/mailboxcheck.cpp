#include "mailboxcheck.h"

MailboxCheck::MailboxCheck(const ProviderProfile &profile, const MailAccount &account, QObject *parent)
    : QObject(parent), m_profile(profile), m_account(account)
{
}

MailboxCheck::~MailboxCheck()
{
    cancel();
}

void MailboxCheck::start()
{
    cancel();
    m_running = true;
    m_mailboxReady = false;
    m_acceptedMessageId.clear();
    m_report = MailboxCheckReport{};
    m_report.email = m_account.email;

    m_imap = new ImapProbe(m_profile.imap, m_profile.caCertificates, m_account, m_limits, this);
    m_smtp = new SmtpProbe(m_profile.smtp, m_profile.caCertificates, m_account, m_limits, this);

    if (m_sendTestMessage) {
        const TestMessage message = TestMessage::create(m_account.email);
        m_report.testMessage = TestMessageOutcome{ false, false, message.messageId, -1 };
        m_smtp->setTestMessage(message);
        m_imap->setWaitForTestMessage(true);
        connect(m_imap, &ImapProbe::mailboxReady, this, [this] {
            m_mailboxReady = true;
            maybeSearchForTestMessage();
        });
        connect(m_imap, &ImapProbe::messageFound, this, [this] {
            m_report.testMessage->seenInInbox = true;
            // From SMTP's acceptance, not from IMAP's first look: the inbox may open later than that.
            m_report.testMessage->ms = m_sinceAccepted.elapsed();
        });
        connect(m_smtp, &SmtpProbe::messageAccepted, this, [this](const QString &messageId) {
            m_sinceAccepted.start();
            m_acceptedMessageId = messageId;
            m_report.testMessage->sent = true;
            maybeSearchForTestMessage();
        });
    }

    connect(m_imap, &MailProbe::stepStarted, this, [this](ProbeStep step) { Q_EMIT stepStarted(Protocol::Imap, step); });
    connect(m_smtp, &MailProbe::stepStarted, this, [this](ProbeStep step) { Q_EMIT stepStarted(Protocol::Smtp, step); });
    connect(m_imap, &MailProbe::stepFinished, this,
            [this](const StepResult &result) { Q_EMIT stepFinished(Protocol::Imap, result); });
    connect(m_smtp, &MailProbe::stepFinished, this,
            [this](const StepResult &result) { Q_EMIT stepFinished(Protocol::Smtp, result); });
    connect(m_imap, &MailProbe::finished, this, &MailboxCheck::onProbeFinished);
    connect(m_smtp, &MailProbe::finished, this, &MailboxCheck::onProbeFinished);

    // Both at once: a check takes as long as the slower protocol, not the sum of both.
    m_imap->start();
    m_smtp->start();
}

void MailboxCheck::maybeSearchForTestMessage()
{
    if (!m_imap || !m_mailboxReady)
        return;
    if (!m_acceptedMessageId.isEmpty())
        m_imap->findMessage(m_acceptedMessageId);
    else if (m_smtp && m_smtp->isFinished())
        m_imap->logout();  // nothing was sent, so there is nothing to wait for
}

void MailboxCheck::onProbeFinished()
{
    // SMTP ended without a message: IMAP stops waiting for one.
    if (m_smtp && m_smtp->isFinished())
        maybeSearchForTestMessage();
    if (!m_imap || !m_smtp || !m_imap->isFinished() || !m_smtp->isFinished())
        return;
    m_report.imap = m_imap->result();
    m_report.smtp = m_smtp->result();
    m_running = false;
    m_imap->deleteLater();
    m_smtp->deleteLater();
    Q_EMIT finished(m_report);
}

void MailboxCheck::cancel()
{
    if (m_imap) {
        m_imap->cancel();
        m_imap->deleteLater();
    }
    if (m_smtp) {
        m_smtp->cancel();
        m_smtp->deleteLater();
    }
    m_running = false;
}
