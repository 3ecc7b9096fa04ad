#include "wizard/core/probe/smtpprobe.h"

#include "wizard/core/probe/xoauth2.h"
#include "wizard/core/provider/emailaddress.h"

using namespace Qt::StringLiterals;

namespace {

// The lines of a text with CRLF line ends, without them: sendLines() puts them back, byte for byte.
QList<QByteArray> crlfLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// RFC 4616: no authorization identity, the user name, the password.
QByteArray plainInitialResponse(const QString &userName, const QString &password)
{
    return (QByteArray(1, '\0') + userName.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

} // namespace

void SmtpProbe::setTestMessage(const TestMessage &message)
{
    m_testMessage = message;
    m_message = SubmittedMessage{ message.from, { message.to }, message.toMessageText(), message.messageId };
}

void SmtpProbe::setRoute(const SmtpRoute &route)
{
    m_route = route;
    connection()->setPinnedSha256(route.pinnedDigest());
    addSecret(route.password, QString::fromLatin1(plainInitialResponse(route.userName, route.password)));
}

void SmtpProbe::onReady()
{
    m_state = State::Greeting;
}

void SmtpProbe::onLine(const QByteArray &line)
{
    switch (m_replies.addLine(line)) {
    case SmtpReplyAssembler::Result::NeedMore:
        return;
    case SmtpReplyAssembler::Result::Malformed:
        failStep(DiagnosisId::UnexpectedReply, QString::fromUtf8(line),
                 m_state == State::Greeting ? u"this does not look like an SMTP server's greeting"_s
                                            : u"the server's reply is not SMTP"_s);
        return;
    case SmtpReplyAssembler::Result::CodeMismatch: {
        const SmtpReply before{ 0, m_replies.pendingLines() + QList<QByteArray>{ line } };
        failStep(DiagnosisId::UnexpectedReply, before.toString(), u"the lines of one reply carry different codes"_s);
        return;
    }
    case SmtpReplyAssembler::Result::Complete:
        break;
    }
    const SmtpReply reply = m_replies.takeReply();
    handleReply(reply);
}

QString SmtpProbe::refusedInput() const
{
    const QString refused = MailProbe::refusedInput();
    if (!refused.isEmpty())
        return refused;
    if (m_route) {
        if (m_route->userName.isEmpty() || m_route->password.isEmpty())
            return u"the route has no user name or no password"_s;
        // The redactor takes shorter texts for words, and would leave such a password in the transcript.
        if (m_route->password.size() < SmtpRoute::MinPasswordLength)
            return u"the route's password is shorter than %1 characters"_s.arg(SmtpRoute::MinPasswordLength);
        // A fingerprint that means nothing would leave the certificate to the authorities: not what was asked.
        if (!m_route->pinnedSha256.isEmpty() && m_route->pinnedDigest().isEmpty())
            return u"the pinned fingerprint is not a SHA-256 fingerprint"_s;
    }
    if (!m_message)
        return refused;
    if (!m_testMessage) {
        // MAIL FROM and RCPT TO carry these as they are.
        if (m_message->recipients.isEmpty())
            return u"the message has no recipient"_s;
        for (const QString &address : QStringList{ m_message->from } + m_message->recipients) {
            if (!EmailAddress::check(address).isValid() || address != address.trimmed())
                return u"an address of the message is not one EmailAddress accepts"_s;
        }
        return {};
    }
    // MAIL FROM, RCPT TO and the From:, To: and Message-ID: headers carry these as they are.
    for (const QString &address : { m_testMessage->from, m_testMessage->to }) {
        if (!EmailAddress::check(address).isValid() || address != address.trimmed())
            return u"an address of the test message is not one EmailAddress accepts"_s;
    }
    if (!TestMessage::isMessageId(m_testMessage->messageId))
        return u"the test message's Message-ID is not one Mail Setup makes"_s;
    return {};
}

QByteArray SmtpProbe::ehloName() const
{
    // The local address, not the computer's name: nothing about the user's machine leaks.
    const QHostAddress local = connection()->localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + "]";
    return "[" + local.toString().toLatin1() + "]";
}

void SmtpProbe::sendEhlo()
{
    m_extensions.clear();
    m_authMechanisms.clear();
    connection()->sendLine("EHLO " + ehloName());
    connection()->expectReply();
}

void SmtpProbe::onEncrypted()
{
    if (m_state != State::Handshake)
        return;
    const TlsDetails tls = connection()->tlsDetails();
    passStep(tls.summary(), tls);
    beginStep(ProbeStep::Capabilities);
    m_state = State::EhloAfterTls;
    sendEhlo();
}

void SmtpProbe::handleReply(const SmtpReply &smtpReply)
{
    const int code = smtpReply.code;
    const QString reply = smtpReply.toString();
    connection()->replyComplete();
    m_lastReplyCode = code;
    switch (m_state) {
    case State::Greeting:
        if (code == 421) {
            failRefusedGreeting(reply);
            return;
        }
        if (code != 220) {
            failWithReply(reply, ReplyContext::Unknown, DiagnosisId::UnexpectedReply);
            return;
        }
        passStep(reply);
        beginStep(ProbeStep::Capabilities);
        m_state = State::Ehlo;
        sendEhlo();
        return;

    case State::Ehlo:
    case State::EhloAfterTls: {
        if (code != 250) {
            failWithReply(reply, ReplyContext::Unknown, DiagnosisId::UnexpectedReply);
            return;
        }
        const SmtpExtensions offered = SmtpExtensions::fromEhloReply(smtpReply);
        m_extensions = offered.keywords;
        m_authMechanisms = offered.authMechanisms;
        m_pipelining = m_extensions.contains("PIPELINING");
        m_chunking = m_extensions.contains("CHUNKING");
        if (m_state == State::Ehlo) {
            if (!m_extensions.contains("STARTTLS") && m_route && !m_route->requireStartTls) {
                // A relay on this computer, which takes the password without TLS: what a device there would do.
                authenticate(reply);
                return;
            }
            if (!m_extensions.contains("STARTTLS")) {
                // Signing in without TLS would send the token (or the password) in the clear: stop here.
                failStep(DiagnosisId::StartTlsMissing, reply, u"the server does not offer STARTTLS"_s);
                return;
            }
            passStep(reply);
            beginStep(ProbeStep::StartTls);
            m_state = State::StartTls;
            connection()->sendLine("STARTTLS");
            connection()->expectReply();
            return;
        }
        authenticate(reply);
        return;
    }

    case State::StartTls:
        if (code != 220) {
            failWithReply(reply, ReplyContext::SmtpStartTls, DiagnosisId::TlsFailure);
            return;
        }
        m_state = State::Handshake;
        connection()->startTls();
        return;

    case State::Handshake:
        failStep(DiagnosisId::UnexpectedReply, reply, u"the server spoke during the TLS handshake"_s);
        return;

    case State::Authenticate:
        if (code == 334 && m_route) {
            // AUTH PLAIN carried everything already: a server that asks again is not one a device could use.
            failStep(DiagnosisId::UnexpectedReply, reply,
                     u"the server asked for more after AUTH PLAIN with the user name and password"_s);
            return;
        }
        if (code == 334) {
            // An error challenge: its words go into the diagnosis; an empty line asks for the final status.
            m_challenge = Xoauth2::decodeChallenge(reply.mid(4).toLatin1());
            m_state = State::AuthenticateChallengeAnswered;
            connection()->sendLine(QByteArray());
            connection()->expectReply();
            return;
        }
        Q_FALLTHROUGH();
    case State::AuthenticateChallengeAnswered:
        if (code != 235) {
            const QString words = m_challenge.isEmpty() ? reply : m_challenge + u'\n' + reply;
            failWithReply(words, ReplyContext::SmtpAuthenticate, DiagnosisId::AuthRejected);
            return;
        }
        passStep(reply);
        if (m_message)
            sendEnvelope();
        else
            quit();
        return;

    case State::MailFrom:
        if (code != 250) {
            failWithReply(reply, ReplyContext::SmtpSend, DiagnosisId::DeliveryRejected);
            return;
        }
        m_sendDetail = reply;
        m_state = State::RcptTo;
        m_recipientRepliesLeft = int(m_message->recipients.size());
        if (!m_pipelining)
            connection()->sendLine("RCPT TO:<" + m_message->recipients.constFirst().toUtf8() + ">");
        connection()->expectReply();
        return;

    case State::RcptTo:
        if (code != 250 && code != 251) {
            failWithReply(reply, ReplyContext::SmtpSend, DiagnosisId::DeliveryRejected);
            return;
        }
        if (--m_recipientRepliesLeft > 0) {
            // One reply per recipient; without pipelining the next RCPT goes out only now.
            if (!m_pipelining) {
                const qsizetype next = m_message->recipients.size() - m_recipientRepliesLeft;
                connection()->sendLine("RCPT TO:<" + m_message->recipients.at(next).toUtf8() + ">");
            }
            connection()->expectReply();
            return;
        }
        if (m_chunking) {
            m_state = State::Bdat;
            if (!m_pipelining) {
                connection()->sendLines(bdatChunk());
                Q_EMIT messageSent(m_message->label);
            }
        } else {
            m_state = State::Data;
            if (!m_pipelining)
                connection()->sendLine("DATA");
        }
        connection()->expectReply();
        return;

    case State::Data:
        if (code != 354) {
            failWithReply(reply, ReplyContext::SmtpSend, DiagnosisId::DeliveryRejected);
            return;
        }
        sendBody();
        return;

    case State::MessageBody:
    case State::Bdat:
        if (code != 250) {
            failWithReply(reply, ReplyContext::SmtpSend, DiagnosisId::DeliveryRejected);
            return;
        }
        onMessageAccepted(reply);
        return;

    case State::Quit:
        // The answer to QUIT, met in an event loop run by a slot of messageAccepted(): nothing to do.
        return;
    }
}

void SmtpProbe::authenticate(const QString &ehloReply)
{
    const QByteArray mechanism = m_route ? QByteArray("PLAIN") : QByteArray("XOAUTH2");
    if (!m_authMechanisms.contains(mechanism)) {
        QStringList offered;
        for (const QByteArray &name : std::as_const(m_authMechanisms))
            offered << QString::fromLatin1(name);
        offered.sort();
        failStep(DiagnosisId::UnexpectedReply, ehloReply,
                 u"the server does not offer %1 sign-in (it offers: %2)"_s
                     .arg(QString::fromLatin1(mechanism), offered.isEmpty() ? u"nothing"_s : offered.join(u' ')));
        return;
    }
    passStep(ehloReply);
    beginStep(ProbeStep::Authenticate);
    m_state = State::Authenticate;
    m_challenge.clear();
    // AUTH goes alone, and the envelope waits for its 235, although that costs a round trip: a refused token
    // comes back as a "334 <error>" challenge (Google, Postfix with Dovecot) that takes the next line as its
    // answer, so a pipelined MAIL FROM would be eaten, and after it the message would be read as commands.
    // RFC 2920 does not allow AUTH in a group either, and Postfix may drop a client that pipelines before it
    // has signed in.
    if (m_route) {
        connection()->sendLine("AUTH PLAIN " + plainInitialResponse(m_route->userName, m_route->password),
                               "AUTH PLAIN " + SecretRedactor::placeholder().toUtf8());
    } else {
        connection()->sendLine("AUTH XOAUTH2 " + Xoauth2::initialResponse(account().email, account().accessToken),
                               "AUTH XOAUTH2 " + SecretRedactor::placeholder().toUtf8());
    }
    connection()->expectReply();
}

void SmtpProbe::sendEnvelope()
{
    beginStep(ProbeStep::Send);
    m_state = State::MailFrom;
    QByteArray mailFrom = "MAIL FROM:<" + m_message->from.toUtf8() + ">";
    // The domains are ASCII already (TestMessage, the relay); letters outside ASCII before the @ need SMTPUTF8
    // (RFC 6531).
    bool asciiOnly = EmailAddress::hasAsciiLocalPart(m_message->from);
    for (const QString &recipient : std::as_const(m_message->recipients))
        asciiOnly = asciiOnly && EmailAddress::hasAsciiLocalPart(recipient);
    if (!asciiOnly) {
        if (!m_extensions.contains("SMTPUTF8")) {
            failStep(DiagnosisId::SmtpUtf8Missing, {},
                     u"the address %1 has letters outside ASCII before the @, and the server does not offer SMTPUTF8 "
                     "to take such an address"_s.arg(m_message->from));
            return;
        }
        mailFrom += " SMTPUTF8";
    }
    QList<QByteArray> rcptTo;
    for (const QString &recipient : std::as_const(m_message->recipients))
        rcptTo << "RCPT TO:<" + recipient.toUtf8() + ">";
    if (m_pipelining && m_chunking) {
        // RFC 2920 with RFC 3030: the whole transaction and QUIT in one round trip. This is safe even when MAIL
        // or RCPT is refused: BDAT carries the size of its chunk, so the server reads the message as data and
        // answers the BDAT (503), where after a refused DATA it would take the message's lines for commands.
        // That is why DATA waits for its 354. The sign-in is never pipelined with anything (see the AUTH step).
        m_quitPipelined = true;
        connection()->sendLines(QList<QByteArray>{ mailFrom } + rcptTo + bdatChunk() + QList<QByteArray>{ "QUIT" });
        connection()->expectReply();
        Q_EMIT messageSent(m_message->label);
        return;
    }
    if (m_pipelining) {
        // RFC 2920: MAIL, RCPT and DATA in one round trip; the message waits for DATA's 354.
        connection()->sendLines(QList<QByteArray>{ mailFrom } + rcptTo + QList<QByteArray>{ "DATA" });
    } else {
        connection()->sendLine(mailFrom);
    }
    connection()->expectReply();
}

QList<QByteArray> SmtpProbe::bdatChunk() const
{
    // The message as it is, not dot-stuffed: BDAT's size says where it ends. It ends with CRLF, so the lines
    // sendLines() writes are exactly these bytes.
    const QByteArray &text = m_message->text;
    return QList<QByteArray>{ "BDAT " + QByteArray::number(text.size()) + " LAST" } + crlfLines(text);
}

void SmtpProbe::onMessageAccepted(const QString &reply)
{
    passStep(reply);
    m_accepted = true;
    // QUIT goes out, and the probe is in its next state, before the acceptance is announced: a slot that runs an
    // event loop then cannot meet the QUIT reply while the probe still expects the message's.
    m_state = State::Quit;
    beginStep(ProbeStep::Logout);
    if (!m_quitPipelined)
        connection()->sendLine("QUIT");
    Q_EMIT messageAccepted(m_message->label);
    sayGoodbye({}, m_quitPipelined ? u"QUIT sent with the message; the check has its result, so it did not wait for the answer"_s
                                   : u"QUIT sent; the check has its result, so it did not wait for the answer"_s);
}

void SmtpProbe::sendBody()
{
    m_state = State::MessageBody;
    // Dot-stuffed: a line that starts with a dot gets another (RFC 5321 4.5.2).
    QByteArray data = m_message->text;
    if (data.startsWith('.'))
        data.prepend('.');
    data.replace("\r\n.", "\r\n..");
    QList<QByteArray> lines = crlfLines(data);
    lines << ".";
    // The end of the data and QUIT may share a round trip when the server pipelines.
    m_quitPipelined = m_pipelining;
    if (m_quitPipelined)
        lines << "QUIT";
    connection()->sendLines(lines);
    connection()->expectReply();
    Q_EMIT messageSent(m_message->label);
}

void SmtpProbe::quit()
{
    m_state = State::Quit;
    sayGoodbye({ "QUIT" }, u"QUIT sent; the check has its result, so it did not wait for the answer"_s);
}
