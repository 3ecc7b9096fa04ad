#include "wizard/core/probe/imapprobe.h"

#include "wizard/core/probe/imapresponse.h"
#include "wizard/core/probe/testmessage.h"
#include "wizard/core/probe/xoauth2.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// How IMAP looks for the test message: every 25 ms at first, from the moment it was sent, counted from the last
// look sent and not from its answer, so that a long round trip does not slow the looks down. As many looks are in
// flight as fit into the round trip that EXAMINE took (a server answers them in order), at most four: enough for
// 100 ms; on a short round trip each look waits for the one before. Delivery usually takes well under a second,
// and it is measured to that. Later every second, or in IDLE every five seconds: then the server tells of new
// mail itself (Dovecot half a second after it landed), and the looks only cover a server that tells late or not
// at all.
constexpr int QuickLookIntervalMs = 25;
constexpr int MaxLooksInFlight = 4;
constexpr int LookIntervalMs = 1000;
constexpr int IdleLookIntervalMs = 5000;

QByteArray statusWord(ImapResponse::Status status)
{
    switch (status) {
    case ImapResponse::Status::Ok:
        return "OK";
    case ImapResponse::Status::No:
        return "NO";
    case ImapResponse::Status::Bad:
        return "BAD";
    default:
        return {};
    }
}

QString imapQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + quoted + u'"';
}

} // namespace

ImapProbe::ImapProbe(const ServerAddress &server, const QList<QSslCertificate> &extraCa, const MailAccount &account,
                     const ProbeLimits &limits, QObject *parent)
    : MailProbe(server, extraCa, account, limits, parent)
{
    m_lookAgainTimer.setSingleShot(true);
    // Precise: the last look must not come before the delivery limit, as a coarse timer's may.
    m_lookAgainTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_lookAgainTimer, &QTimer::timeout, this, &ImapProbe::look);
}

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
    const ImapResponse response = ImapResponse::parse(line);
    if (response.kind == ImapResponse::Kind::Untagged) {
        if (response.status == ImapResponse::Status::Bye && handleUntaggedBye(line))
            return;
        switch (m_state) {
        case State::Greeting:
            if (response.status == ImapResponse::Status::Ok) {
                connection()->replyComplete();
                passStep(QString::fromUtf8(line));
                if (response.codeName() == "CAPABILITY")
                    parseCapabilities(response.codeArguments());
                requestCapabilities();
            } else if (response.status == ImapResponse::Status::PreAuth) {
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
        if (response.keyword == "CAPABILITY") {
            parseCapabilities(response.text);
        } else if (response.keyword == "EXISTS" && response.number >= 0) {
            // EXAMINE's count; after it, any EXISTS says that the inbox changed (in IDLE, at once).
            const bool opened = m_state == State::AfterAuthentication;
            m_messagesInInbox = response.number;
            if (!opened)
                onInboxChanged();
        } else if (response.keyword == "SEARCH" && m_state == State::Searching) {
            m_searchHit = !response.text.trimmed().isEmpty();  // for the oldest look in flight
        }
        return;
    }

    // Before the "+" case: a POP3 server's "+OK" is a wrong greeting, not a continuation request.
    if (m_state == State::Greeting) {
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"this does not look like an IMAP server's greeting"_s);
        return;
    }

    if (response.kind == ImapResponse::Kind::Continuation) {
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
            m_challenge = Xoauth2::decodeChallenge(response.text);
            m_state = State::AuthenticateChallengeAnswered;
            connection()->sendLine(QByteArray());
            connection()->expectReply();
            return;
        }
        if (m_idleStarting) {
            onIdling();
            return;
        }
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"the server asked for more data unexpectedly"_s);
        return;
    }

    if (response.kind != ImapResponse::Kind::Tagged) {
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line), u"the server's reply is not IMAP"_s);
        return;
    }
    handleTagged(response, line);
}

bool ImapProbe::handleUntaggedBye(const QByteArray &line)
{
    // A BYE is expected while logging out; anywhere else the server is hanging up, and its words say why.
    if (m_state == State::LoggingOut)
        return false;
    if (m_state == State::Greeting) {
        failRefusedGreeting(QString::fromUtf8(line));
        return true;
    }
    const ReplyContext context = m_state == State::Authenticate || m_state == State::AuthenticateChallengeAnswered
        ? ReplyContext::ImapAuthenticate : ReplyContext::ImapCommand;
    failWithReply(QString::fromUtf8(line), context, DiagnosisId::ServerClosed);
    return true;
}

QString ImapProbe::capabilityList() const
{
    QStringList names;
    for (const QByteArray &capability : std::as_const(m_capabilities))
        names << QString::fromUtf8(capability);
    names.sort();
    return names.join(u' ');
}

void ImapProbe::parseCapabilities(const QByteArray &text)
{
    m_capabilities = ImapCapabilities::parse(text);
    m_haveCapabilities = true;
}

void ImapProbe::requestCapabilities()
{
    beginStep(ProbeStep::Capabilities);
    if (m_haveCapabilities) {
        // The greeting carried them: no round trip needed.
        m_state = State::Capability;
        handleTagged({}, {});
        return;
    }
    m_state = State::Capability;
    m_capabilityTag = nextTag();
    sendCommand(m_capabilityTag + " CAPABILITY");
}

void ImapProbe::authenticate()
{
    // AUTHENTICATE goes alone and EXAMINE waits for its OK: an error challenge ("+ <error>") takes the next line
    // as its answer, so a pipelined EXAMINE would be eaten and the server's words for the refusal lost in the
    // confusion. IMAP is not the slower side of the check, so the round trip costs nothing in the end.
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
    m_roundTripClock.start();
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
    m_state = State::Searching;
    look();
}

bool ImapProbe::canIdle() const
{
    return m_capabilities.contains("IDLE") && !m_idleRefused;
}

QByteArray ImapProbe::idleCommand()
{
    m_idleTag = nextTag();
    m_idleTags.insert(m_idleTag);
    m_idleStarting = true;
    m_idling = false;
    return m_idleTag + " IDLE";
}

void ImapProbe::onIdling()
{
    m_idleStarting = false;
    m_idling = true;
    if (m_searchTags.isEmpty())
        connection()->replyComplete();
    // DONE may only follow the server's "+": what was waiting for it goes now.
    if (m_state == State::LoggingOut)
        goodbye();
    else if (m_lookWhenIdling)
        look();
}

void ImapProbe::onIdleEnded(const QByteArray &tag, const QByteArray &status)
{
    m_idleTags.remove(tag);
    if (tag != m_idleTag)
        return;  // the OK to an IDLE that our DONE ended
    // The server refused IDLE (NO, BAD) or ended it by itself: look and wait as without IDLE.
    if (status != "OK")
        m_idleRefused = true;
    m_idleTag.clear();
    m_idleStarting = false;
    m_idling = false;
    if (m_state == State::LoggingOut) {
        goodbye();
    } else if (m_state == State::Searching) {
        m_lookWhenIdling = false;
        look();
    }
}

void ImapProbe::onInboxChanged()
{
    m_inboxChanged = true;
    // Perhaps the test message: look at once, or as soon as a look in flight is answered.
    if (m_state == State::Searching && m_searchTags.isEmpty())
        look();
}

bool ImapProbe::inQuickLooks() const
{
    return m_searchClock.elapsed() < limits().quickLooksMs;
}

void ImapProbe::look()
{
    if (isFinished() || m_state != State::Searching)
        return;
    const int inFlight = int(std::clamp<qint64>((m_roundTripMs + QuickLookIntervalMs - 1) / QuickLookIntervalMs, 1,
                                                 MaxLooksInFlight));
    if (m_searchTags.size() >= inFlight) {
        m_lookWhenAnswered = true;
        return;
    }
    QList<QByteArray> commands;
    if (m_idleStarting) {
        m_lookWhenIdling = true;  // DONE may only follow the IDLE's "+", which is on its way
        return;
    }
    if (m_idling) {
        commands << "DONE";
        m_idling = false;
        m_idleTag.clear();  // its OK follows, and is expected (m_idleTags)
    }
    m_lookAgainTimer.stop();
    m_lookWhenIdling = false;
    m_lookWhenAnswered = false;
    m_inboxChanged = false;
    const QByteArray tag = nextTag();
    m_searchTags.append(tag);
    commands << tag + " UID SEARCH HEADER Message-ID " + imapQuoted(m_messageId).toUtf8();
    // After the quick looks, wait in IDLE (RFC 2177) behind a look that is alone in flight: the server tells of
    // new mail when it lands, instead of being asked every second. DONE, the search and IDLE again go in one
    // round trip: IMAP lets a client pipeline them (RFC 3501, 5.5). Not for the last look at the delivery limit.
    const qint64 remaining = limits().deliveryTimeoutMs - m_searchClock.elapsed();
    if (!inQuickLooks() && canIdle() && m_searchTags.size() == 1 && remaining > 0)
        commands << idleCommand();
    connection()->sendLines(commands);
    connection()->expectReply();
    scheduleNextLook();
}

void ImapProbe::scheduleNextLook()
{
    const qint64 remaining = limits().deliveryTimeoutMs - m_searchClock.elapsed();
    if (remaining <= 0)
        return;  // the answers in flight decide
    const int interval = inQuickLooks() ? QuickLookIntervalMs : canIdle() ? IdleLookIntervalMs : LookIntervalMs;
    // Never past the delivery limit: the last look is at the limit, not up to a second after it.
    m_lookAgainTimer.start(int(std::min<qint64>(interval, remaining)));
}

void ImapProbe::logout()
{
    if (isFinished() || (m_state != State::MailboxOpen && m_state != State::Searching))
        return;
    goodbye();
}

void ImapProbe::goodbye()
{
    m_state = State::LoggingOut;
    m_lookAgainTimer.stop();
    if (m_idleStarting) {
        // An IDLE on its way: DONE, and so LOGOUT, may only follow its "+". The check has its result, so the
        // wait is short, and a missing "+" is no failure.
        beginStep(ProbeStep::Logout);
        connection()->replyComplete();
        QTimer::singleShot(limits().goodbyeTimeoutMs, this, [this] {
            if (!isFinished())
                sayGoodbye({}, u"the server did not start IDLE in time, so LOGOUT was not sent"_s);
        });
        return;
    }
    QList<QByteArray> commands;
    if (m_idling) {
        commands << "DONE";
        m_idling = false;
    }
    m_logoutTag = nextTag();
    commands << m_logoutTag + " LOGOUT";
    sayGoodbye(commands, u"LOGOUT sent; the check has its result, so it did not wait for the answer"_s);
}

void ImapProbe::handleTagged(const ImapResponse &response, const QByteArray &line)
{
    // No tag: the capabilities came with the greeting, and this stands for the answer to a CAPABILITY not sent.
    const QByteArray &tag = response.tag;
    const QByteArray status = response.kind == ImapResponse::Kind::Tagged ? statusWord(response.status) : "OK";
    const QString reply = QString::fromUtf8(line);
    if (!tag.isEmpty() && m_idleTags.contains(tag)) {
        onIdleEnded(tag, status);
        return;
    }
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
        passStep(capabilityList());
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
            if (response.codeName() == "CAPABILITY")
                parseCapabilities(response.codeArguments());
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
            passStep(capabilityList());
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
        m_roundTripMs = m_roundTripClock.elapsed();
        passStep(m_messagesInInbox >= 0 ? u"INBOX opened read-only, %1 messages"_s.arg(m_messagesInInbox)
                                        : u"INBOX opened read-only"_s);
        connection()->replyComplete();
        if (m_waitForTestMessage) {
            m_state = State::MailboxOpen;
            Q_EMIT mailboxReady();
        } else {
            m_state = State::LoggingOut;
            sayGoodbye({}, u"LOGOUT sent with EXAMINE; the check has its result, so it did not wait for the answer"_s);
        }
        return;

    case State::Searching: {
        if (m_searchTags.isEmpty() || tag != m_searchTags.constFirst())
            break;
        m_searchTags.removeFirst();
        const bool hit = m_searchHit;
        m_searchHit = false;
        if (m_searchTags.isEmpty() && !m_idleStarting)
            connection()->replyComplete();
        if (status != "OK") {
            failWithReply(reply, ReplyContext::ImapCommand, DiagnosisId::UnexpectedReply);
            return;
        }
        if (hit) {
            m_foundAfterMs = m_searchClock.elapsed();
            passStep(u"found in INBOX after %1 ms"_s.arg(m_foundAfterMs));
            Q_EMIT messageFound(m_foundAfterMs);
            goodbye();
            return;
        }
        if (m_searchClock.elapsed() >= limits().deliveryTimeoutMs) {
            if (!m_searchTags.isEmpty())
                return;  // the last look is still to be answered
            failStep(DiagnosisId::TestMessageMissing, u"Message-ID: %1"_s.arg(m_messageId),
                     u"the test message was not in INBOX after %1 seconds"_s.arg(limits().deliveryTimeoutMs / 1000),
                     limits().deliveryTimeoutMs);
            return;
        }
        // Something landed while this look ran (perhaps the message, just too late for it), or a look waited
        // for a free place: look now.
        if (m_lookWhenAnswered || m_inboxChanged)
            look();
        return;
    }

    case State::LoggingOut:
        // The check has its result: late answers (to looks still in flight, to LOGOUT) change nothing.
        return;

    case State::Greeting:
    case State::MailboxOpen:
        break;
    }
    failStep(DiagnosisId::UnexpectedReply, reply, u"the server answered a command that was not sent"_s);
}
