#include "imapprobe.h"

#include "probe/testmessage.h"
#include "probe/xoauth2.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// "[CAPABILITY IMAP4rev1 SASL-IR ...]" inside a greeting or a tagged OK.
QByteArray capabilityCode(const QByteArray &text)
{
    const qsizetype start = text.indexOf("[CAPABILITY ");
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(']', start);
    if (end < 0)
        return {};
    return text.mid(start + 12, end - start - 12);
}

QString imapQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray ImapProbe::nextTag()
{
    return "A" + QByteArray::number(++m_tagCounter);
}

void ImapProbe::sendCommand(const QByteArray &command, const QByteArray &shownInTranscript)
{
    connection()->sendLine(command, shownInTranscript);
    connection()->expectReply();
}

void ImapProbe::onReady()
{
    m_state = State::Greeting;
}

void ImapProbe::onLine(const QByteArray &line)
{
    if (line.startsWith("* ")) {
        const QByteArray rest = line.mid(2);
        if (rest.startsWith("BYE") && handleUntaggedBye(line))
            return;
        switch (m_state) {
        case State::Greeting:
            if (rest.startsWith("OK")) {
                connection()->replyComplete();
                const QByteArray capabilities = capabilityCode(rest);
                passStep(QString::fromUtf8(line));
                if (!capabilities.isEmpty())
                    parseCapabilities(capabilities);
                requestCapabilities();
            } else if (rest.startsWith("PREAUTH")) {
                failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line),
                         u"the server signed in without asking who we are, so the account cannot be checked"_s);
            } else {
                failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line),
                         u"this does not look like an IMAP server's greeting"_s);
            }
            return;
        default:
            break;
        }
        if (rest.startsWith("CAPABILITY "))
            parseCapabilities(rest.mid(11));
        else if (rest.endsWith(" EXISTS") && m_state == State::AfterAuthentication)
            m_messagesInInbox = rest.left(rest.indexOf(' ')).toLongLong();
        else if (rest.startsWith("SEARCH") && m_state == State::Searching)
            m_searchHit = !rest.mid(6).trimmed().isEmpty();
        return;
    }

    // Before the "+" case: a POP3 server's "+OK" is a wrong greeting, not a continuation request.
    if (m_state == State::Greeting) {
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"this does not look like an IMAP server's greeting"_s);
        return;
    }

    if (line.startsWith('+')) {
        if (m_state == State::Authenticate && m_authenticateTag.size() > 0 && !m_capabilities.contains("SASL-IR")
            && m_challenge.isNull()) {
            // The go-ahead for the initial response when the server has no SASL-IR.
            m_challenge = u""_s;
            connection()->sendLine(Xoauth2::initialResponse(account().email, account().accessToken),
                                   SecretRedactor::placeholder().toUtf8());
            connection()->expectReply();
            return;
        }
        if (m_state == State::Authenticate) {
            // An error challenge (Google, Dovecot): keep its words for the diagnosis, answer with an
            // empty line, and the final status follows.
            m_challenge = Xoauth2::decodeChallenge(line.mid(1));
            m_state = State::AuthenticateChallengeAnswered;
            connection()->sendLine(QByteArray());
            connection()->expectReply();
            return;
        }
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"the server asked for more data unexpectedly"_s);
        return;
    }

    const qsizetype space = line.indexOf(' ');
    if (space <= 0) {
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"the server's reply is not IMAP"_s);
        return;
    }
    const QByteArray tag = line.left(space);
    const QByteArray rest = line.mid(space + 1);
    const qsizetype statusEnd = rest.indexOf(' ');
    const QByteArray status = (statusEnd < 0 ? rest : rest.left(statusEnd)).toUpper();
    const QByteArray text = statusEnd < 0 ? QByteArray() : rest.mid(statusEnd + 1);
    if (status != "OK" && status != "NO" && status != "BAD") {
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"the server's reply is not IMAP"_s);
        return;
    }
    handleTagged(tag, status, text, line);
}

bool ImapProbe::handleUntaggedBye(const QByteArray &line)
{
    // A BYE is expected while logging out; anywhere else the server is hanging up, and its words say why.
    if (m_state == State::LoggingOut)
        return false;
    const ReplyContext context = m_state == State::Authenticate || m_state == State::AuthenticateChallengeAnswered
        ? ReplyContext::ImapAuthenticate : ReplyContext::ImapCommand;
    failWithReply(QString::fromUtf8(line), context, DiagnosisId::ServerClosed);
    return true;
}

void ImapProbe::parseCapabilities(const QByteArray &text)
{
    m_capabilities.clear();
    for (const QByteArray &word : text.trimmed().split(' ')) {
        if (!word.isEmpty())
            m_capabilities.insert(word.toUpper());
    }
    m_haveCapabilities = true;
}

void ImapProbe::requestCapabilities()
{
    beginStep(ProbeStep::Capabilities);
    if (m_haveCapabilities) {
        // The greeting carried them: no round trip needed.
        m_state = State::Capability;
        handleTagged({}, "OK", {}, {});
        return;
    }
    m_state = State::Capability;
    m_capabilityTag = nextTag();
    sendCommand(m_capabilityTag + " CAPABILITY");
}

void ImapProbe::authenticate()
{
    beginStep(ProbeStep::Authenticate);
    m_state = State::Authenticate;
    m_challenge = QString();
    m_authenticateTag = nextTag();
    if (m_capabilities.contains("SASL-IR")) {
        const QByteArray command = m_authenticateTag + " AUTHENTICATE XOAUTH2 ";
        sendCommand(command + Xoauth2::initialResponse(account().email, account().accessToken),
                    command + SecretRedactor::placeholder().toUtf8());
    } else {
        sendCommand(m_authenticateTag + " AUTHENTICATE XOAUTH2");
    }
}

void ImapProbe::openInbox()
{
    m_state = State::AfterAuthentication;
    QList<QByteArray> commands;
    if (!m_haveCapabilities) {
        m_capabilityTag = nextTag();
        commands << m_capabilityTag + " CAPABILITY";
        beginStep(ProbeStep::Capabilities);
    } else {
        m_capabilityTag.clear();
        beginStep(ProbeStep::Mailbox);
    }
    m_examineTag = nextTag();
    commands << m_examineTag + " EXAMINE INBOX";
    if (!m_waitForTestMessage) {
        m_logoutTag = nextTag();
        commands << m_logoutTag + " LOGOUT";
    }
    // One round trip for all of them: IMAP lets a client pipeline commands that do not depend on each other.
    connection()->sendLines(commands);
    connection()->expectReply();
}

void ImapProbe::findMessage(const QString &messageId)
{
    if (isFinished() || m_state != State::MailboxOpen)
        return;
    // The id goes into a command line: one Mail Setup did not make could carry a CRLF and commands of its own.
    if (!TestMessage::isMessageId(messageId)) {
        beginStep(ProbeStep::FindMessage);
        failStep(DiagnosisId::InvalidAddress, {}, u"not searching: the Message-ID is not one Mail Setup makes"_s);
        return;
    }
    m_messageId = messageId;
    m_searchClock.start();
    beginStep(ProbeStep::FindMessage);
    search();
}

void ImapProbe::search()
{
    m_state = State::Searching;
    m_searchHit = false;
    m_searchTag = nextTag();
    sendCommand(m_searchTag + " UID SEARCH HEADER Message-ID " + imapQuoted(m_messageId).toUtf8());
}

void ImapProbe::logout()
{
    if (isFinished() || m_state != State::MailboxOpen)
        return;
    beginStep(ProbeStep::Logout);
    m_state = State::LoggingOut;
    m_logoutTag = nextTag();
    sendCommand(m_logoutTag + " LOGOUT");
}

void ImapProbe::handleTagged(const QByteArray &tag, const QByteArray &status, const QByteArray &text,
                             const QByteArray &line)
{
    const QString reply = QString::fromUtf8(line);
    switch (m_state) {
    case State::Capability:
        if (!tag.isEmpty() && tag != m_capabilityTag)
            break;
        connection()->replyComplete();
        if (status != "OK") {
            failWithReply(reply, ReplyContext::ImapCommand, DiagnosisId::UnexpectedReply);
            return;
        }
        if (!m_capabilities.contains("IMAP4REV1") && !m_capabilities.contains("IMAP4REV2")) {
            failStep(DiagnosisId::UnexpectedReply, reply, u"the server does not say it speaks IMAP4rev1"_s);
            return;
        }
        if (!m_capabilities.contains("AUTH=XOAUTH2")) {
            QStringList offered;
            for (const QByteArray &capability : std::as_const(m_capabilities)) {
                if (capability.startsWith("AUTH="))
                    offered << QString::fromUtf8(capability.mid(5));
            }
            offered.sort();
            failStep(DiagnosisId::UnexpectedReply, reply,
                     u"the server does not offer XOAUTH2 sign-in (it offers: %1)"_s
                         .arg(offered.isEmpty() ? u"nothing"_s : offered.join(u' ')));
            return;
        }
        {
            QStringList names;
            for (const QByteArray &capability : std::as_const(m_capabilities))
                names << QString::fromUtf8(capability);
            names.sort();
            passStep(names.join(u' '));
        }
        authenticate();
        return;

    case State::Authenticate:
    case State::AuthenticateChallengeAnswered:
        if (tag != m_authenticateTag)
            break;
        connection()->replyComplete();
        if (status == "OK") {
            passStep(reply);
            // Capabilities change after sign-in; the OK often carries the new list.
            m_haveCapabilities = false;
            const QByteArray capabilities = capabilityCode(text);
            if (!capabilities.isEmpty())
                parseCapabilities(capabilities);
            openInbox();
        } else {
            const QString words = m_challenge.isEmpty() ? reply : m_challenge + u'\n' + reply;
            failWithReply(words, ReplyContext::ImapAuthenticate, DiagnosisId::AuthRejected);
        }
        return;

    case State::AfterAuthentication:
        if (!m_capabilityTag.isEmpty() && tag == m_capabilityTag) {
            if (status != "OK") {
                failWithReply(reply, ReplyContext::ImapCommand, DiagnosisId::UnexpectedReply);
                return;
            }
            QStringList names;
            for (const QByteArray &capability : std::as_const(m_capabilities))
                names << QString::fromUtf8(capability);
            names.sort();
            passStep(names.join(u' '));
            beginStep(ProbeStep::Mailbox);
            m_capabilityTag.clear();
            connection()->expectReply();
            return;
        }
        if (tag != m_examineTag)
            break;
        if (status != "OK") {
            failWithReply(reply, ReplyContext::ImapCommand, DiagnosisId::UnexpectedReply);
            return;
        }
        passStep(m_messagesInInbox >= 0 ? u"INBOX opened read-only, %1 messages"_s.arg(m_messagesInInbox)
                                        : u"INBOX opened read-only"_s);
        if (m_waitForTestMessage) {
            connection()->replyComplete();
            m_state = State::MailboxOpen;
            Q_EMIT mailboxReady();
        } else {
            beginStep(ProbeStep::Logout);
            m_state = State::LoggingOut;
            connection()->expectReply();
        }
        return;

    case State::Searching:
        if (tag != m_searchTag)
            break;
        connection()->replyComplete();
        if (status != "OK") {
            failWithReply(reply, ReplyContext::ImapCommand, DiagnosisId::UnexpectedReply);
            return;
        }
        if (m_searchHit) {
            m_foundAfterMs = m_searchClock.elapsed();
            passStep(u"found in INBOX after %1 ms"_s.arg(m_foundAfterMs));
            Q_EMIT messageFound(m_foundAfterMs);
            m_state = State::MailboxOpen;
            logout();
            return;
        }
        if (m_searchClock.elapsed() >= limits().deliveryTimeoutMs) {
            failStep(DiagnosisId::TestMessageMissing, u"Message-ID: %1"_s.arg(m_messageId),
                     u"the test message was not in INBOX after %1 seconds"_s.arg(limits().deliveryTimeoutMs / 1000),
                     limits().deliveryTimeoutMs);
            return;
        }
        {
            // Delivery usually takes well under a second: look every 100 ms for the first two seconds (the
            // delivery time is measured to that), then every second.
            m_state = State::WaitingToSearchAgain;
            // Never past the delivery limit: the last look is at the limit, not up to a second after it.
            const qint64 remaining = limits().deliveryTimeoutMs - m_searchClock.elapsed();
            const int interval = ++m_searchRound <= 20 ? 100 : 1000;
            const int delay = int(std::min<qint64>(interval, remaining));
            QTimer::singleShot(delay, this, [this] {
                if (!isFinished() && m_state == State::WaitingToSearchAgain)
                    search();
            });
        }
        return;

    case State::LoggingOut:
        if (tag != m_logoutTag)
            break;
        connection()->replyComplete();
        passStep(reply);
        finish();
        return;

    case State::Greeting:
    case State::MailboxOpen:
    case State::WaitingToSearchAgain:
        break;
    }
    failStep(DiagnosisId::UnexpectedReply, reply, u"the server answered a command that was not sent"_s);
}
