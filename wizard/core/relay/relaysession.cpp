#include "wizard/core/relay/relaysession.h"

#include "wizard/core/provider/emailaddress.h"

#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

// The relay reads at most this much ahead of what it handled: a device that pipelines a flood is held back by TCP.
constexpr qint64 ReadBufferBytes = 256 * 1024;

QByteArray verbOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).toUpper();
}

QByteArray argumentOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
}

// The address in "<address>" after "FROM:" or "TO:", and the parameters after it.
bool parsePath(const QByteArray &argument, const QByteArray &prefix, QString *address, QList<QByteArray> *parameters)
{
    if (!argument.toUpper().startsWith(prefix))
        return false;
    const QByteArray rest = argument.mid(prefix.size()).trimmed();
    if (!rest.startsWith('<'))
        return false;
    const qsizetype close = rest.indexOf('>');
    if (close < 0)
        return false;
    *address = QString::fromUtf8(rest.mid(1, close - 1));
    *parameters = rest.mid(close + 1).simplified().split(' ');
    parameters->removeAll(QByteArray());
    return true;
}

} // namespace

RelaySession::RelaySession(QSslSocket *socket, RelaySessionHost *host, QObject *parent)
    : QObject(parent), m_socket(socket), m_host(host), m_peer(socket->peerAddress())
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferBytes);
    // Each reply goes out at once: with Nagle's algorithm, a reply to a pipelining device would wait for the
    // device's delayed acknowledgement of the one before.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &RelaySession::onIdle);
    connect(socket, &QSslSocket::readyRead, this, &RelaySession::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A device that hangs up, or a failed TLS handshake: nothing to answer.
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        // RFC 3207: everything known before TLS is forgotten.
        m_handshaking = false;
        m_greeted = false;
        m_device.clear();
        resetTransaction();
        m_state = State::Command;
        m_idle.start(m_host->limits().idleTimeoutMs);
        processLines();
    });
    connect(socket, &QSslSocket::sslErrors, this, [](const QList<QSslError> &) { });
}

RelaySession::~RelaySession() = default;

bool RelaySession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool RelaySession::plainAuthAllowed() const
{
    return m_host->mayTakePasswordFrom(this);
}

void RelaySession::begin()
{
    reply("220 " + QByteArray("mailsetup-relay ESMTP Mail Setup relay for ") + m_host->account().email.toUtf8()
          + " ready");
    m_idle.start(m_host->limits().idleTimeoutMs);
}

void RelaySession::reply(const QByteArray &line)
{
    if (m_socket)
        m_socket->write(line + "\r\n");
}

void RelaySession::replyAndClose(const QByteArray &line)
{
    reply(line);
    m_state = State::Closing;
    m_idle.stop();
    if (m_socket)
        m_socket->disconnectFromHost();
}

void RelaySession::onIdle()
{
    if (m_upstreamPending)
        return;  // the upstream server has its own time limits
    if (m_handshaking) {
        // A TLS handshake the device never finishes: nothing can be said in the clear any more.
        m_state = State::Closing;
        if (m_socket)
            m_socket->abort();
        deleteLater();
        return;
    }
    replyAndClose("421 4.4.2 Closing: no command for too long");
}

void RelaySession::onReadyRead()
{
    if (!m_socket || m_state == State::Closing)
        return;
    if (m_state == State::Busy)
        return;  // read on once the upstream server answered; TCP holds the device back meanwhile
    m_buffer += m_socket->readAll();
    processLines();
}

void RelaySession::processLines()
{
    if (m_socket && m_state != State::Busy && m_state != State::Closing && m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->readAll();
    while (m_state != State::Busy && m_state != State::Closing) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > m_host->limits().maxLineBytes)
                replyAndClose("500 5.5.6 Line too long; closing");
            return;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_host->limits().maxLineBytes) {
            replyAndClose("500 5.5.6 Line too long; closing");
            return;
        }
        m_idle.start(m_host->limits().idleTimeoutMs);
        switch (m_state) {
        case State::Data:
            handleDataLine(line);
            break;
        case State::AuthPlain: {
            m_state = State::Command;
            if (line == "*") {
                reply("501 5.7.0 Authentication cancelled");
                break;
            }
            const QList<QByteArray> parts = QByteArray::fromBase64(line).split('\0');
            if (parts.size() != 3) {
                reply("501 5.5.2 AUTH PLAIN needs authorization, user name and password");
                break;
            }
            checkPassword(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
            break;
        }
        case State::AuthLoginUser:
            if (line == "*") {
                m_state = State::Command;
                reply("501 5.7.0 Authentication cancelled");
                break;
            }
            m_loginUser = QString::fromUtf8(QByteArray::fromBase64(line));
            m_state = State::AuthLoginPassword;
            reply("334 UGFzc3dvcmQ6");
            break;
        case State::AuthLoginPassword:
            m_state = State::Command;
            if (line == "*") {
                reply("501 5.7.0 Authentication cancelled");
                break;
            }
            checkPassword(m_loginUser, QString::fromUtf8(QByteArray::fromBase64(line)));
            break;
        default:
            handleCommand(line);
            break;
        }
    }
}

void RelaySession::handleCommand(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    const QByteArray argument = argumentOf(line);
    if (verb == "EHLO" || verb == "HELO") {
        ehlo(argument, verb == "EHLO");
    } else if (verb == "STARTTLS") {
        startTls();
    } else if (verb == "AUTH") {
        authenticate(argument);
    } else if (verb == "MAIL") {
        mailFrom(argument);
    } else if (verb == "RCPT") {
        rcptTo(argument);
    } else if (verb == "DATA") {
        if (!m_haveSender || m_recipients.isEmpty()) {
            reply("503 5.5.1 Give MAIL FROM and RCPT TO first");
            return;
        }
        m_state = State::Data;
        m_text.clear();
        m_dataBytes = 0;
        m_tooLarge = false;
        reply("354 Send the message; end it with a line holding only a dot");
    } else if (verb == "RSET") {
        resetTransaction();
        reply("250 2.0.0 Reset");
    } else if (verb == "NOOP") {
        reply("250 2.0.0 OK");
    } else if (verb == "QUIT") {
        replyAndClose("221 2.0.0 Goodbye");
    } else if (verb == "VRFY") {
        reply("252 2.5.2 Cannot verify addresses here");
    } else if (verb == "BDAT") {
        // Not offered in EHLO: a client that sends it anyway would have its chunk read as commands. Close.
        replyAndClose("502 5.5.1 BDAT is not offered here; closing");
    } else if (verb == "HELP") {
        reply("214 2.0.0 This relay takes EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, RSET, NOOP and QUIT");
    } else {
        reply("500 5.5.2 Command not recognised");
    }
}

void RelaySession::ehlo(const QByteArray &argument, bool extended)
{
    if (argument.isEmpty()) {
        reply("501 5.5.4 Give your name with EHLO");
        return;
    }
    resetTransaction();
    m_greeted = true;
    if (!extended) {
        reply("250 mailsetup-relay");
        return;
    }
    QList<QByteArray> lines{ "mailsetup-relay", "SIZE " + QByteArray::number(m_host->limits().maxMessageBytes),
                             "8BITMIME", "ENHANCEDSTATUSCODES" };
    if (!isEncrypted() && !m_host->certificate().isNull())
        lines << "STARTTLS";
    if (m_device.isEmpty() && (isEncrypted() || plainAuthAllowed()))
        lines << "AUTH PLAIN LOGIN";
    QByteArray text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i) + "\r\n";
    if (m_socket)
        m_socket->write(text);
}

void RelaySession::startTls()
{
    if (isEncrypted() || m_host->certificate().isNull()) {
        reply("502 5.5.1 STARTTLS is not offered here");
        return;
    }
    if (!m_buffer.isEmpty() || (m_socket && m_socket->bytesAvailable() > 0)) {
        // RFC 3207 section 6: what came after STARTTLS before the handshake was not protected; someone in between may
        // have put it there.
        replyAndClose("554 5.5.1 Commands after STARTTLS before the TLS handshake; closing");
        return;
    }
    reply("220 2.0.0 Ready to start TLS");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_host->certificate().certificate);
    configuration.setPrivateKey(m_host->certificate().key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(configuration);
    m_state = State::Busy;  // until the handshake is done: nothing is read as a command
    m_handshaking = true;
    m_socket->startServerEncryption();
}

void RelaySession::authenticate(const QByteArray &argument)
{
    if (!m_device.isEmpty()) {
        reply("503 5.5.1 Already signed in");
        return;
    }
    if (!isEncrypted() && !plainAuthAllowed()) {
        reply("530 5.7.0 Must issue a STARTTLS command first");
        return;
    }
    const QByteArray mechanism = verbOf(argument);
    const QByteArray initial = argumentOf(argument);
    if (mechanism == "PLAIN") {
        if (initial.isEmpty()) {
            m_state = State::AuthPlain;
            reply("334 ");
            return;
        }
        const QList<QByteArray> parts = QByteArray::fromBase64(initial).split('\0');
        if (parts.size() != 3) {
            reply("501 5.5.2 AUTH PLAIN needs authorization, user name and password");
            return;
        }
        checkPassword(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
    } else if (mechanism == "LOGIN") {
        if (!initial.isEmpty()) {
            m_loginUser = QString::fromUtf8(QByteArray::fromBase64(initial));
            m_state = State::AuthLoginPassword;
            reply("334 UGFzc3dvcmQ6");
            return;
        }
        m_state = State::AuthLoginUser;
        reply("334 VXNlcm5hbWU6");
    } else {
        reply("504 5.5.4 Use AUTH PLAIN or AUTH LOGIN");
    }
}

void RelaySession::checkPassword(const QString &device, const QString &password)
{
    m_state = State::Busy;
    QPointer<RelaySession> self(this);
    m_host->devices()->verify(device, password, this, [this, device](bool matches, const SecretResult &keychain) {
        if (matches) {
            m_device = device;
            m_state = State::Command;
            reply("235 2.7.0 Signed in");
            m_host->log(tr("Device %1 signed in from %2.").arg(device, m_peer.toString()));
            processLines();
            return;
        }
        if (keychain.status != SecretStatus::Ok && keychain.status != SecretStatus::NotFound) {
            // The keychain is locked or gone: not the device's fault, and it should try again later.
            m_state = State::Command;
            reply("454 4.7.0 The relay cannot check passwords right now; try again later");
            m_host->log(tr("A device could not sign in: %1").arg(SecretStore::problemSentence(keychain)));
            processLines();
            return;
        }
        ++m_wrongPasswords;
        m_host->noteWrongPassword(device, m_peer, m_wrongPasswords);
        // The answer waits: guessing passwords costs time.
        QTimer::singleShot(m_host->limits().wrongPasswordDelayMs, this, [this] {
            if (m_wrongPasswords >= m_host->limits().maxWrongPasswordsPerSession) {
                replyAndClose("535 5.7.8 Authentication credentials invalid; closing after too many tries");
                return;
            }
            m_state = State::Command;
            reply("535 5.7.8 Authentication credentials invalid");
            processLines();
        });
    });
}

void RelaySession::mailFrom(const QByteArray &argument)
{
    if (m_device.isEmpty()) {
        reply(isEncrypted() || plainAuthAllowed() ? "530 5.7.0 Authentication required"
                                                  : "530 5.7.0 Must issue a STARTTLS command first");
        return;
    }
    if (m_haveSender) {
        reply("503 5.5.1 MAIL FROM was given already");
        return;
    }
    QString address;
    QList<QByteArray> parameters;
    if (!parsePath(argument, "FROM:", &address, &parameters)) {
        reply("501 5.5.4 Write MAIL FROM:<address>");
        return;
    }
    for (const QByteArray &parameter : std::as_const(parameters)) {
        if (parameter.toUpper().startsWith("SIZE=")) {
            bool ok = false;
            const qint64 size = parameter.mid(5).toLongLong(&ok);
            if (ok && size > m_host->limits().maxMessageBytes) {
                m_host->noteRefused(m_device, tr("the message is larger than the relay takes"));
                reply("552 5.3.4 Message too large: this relay takes up to "
                      + QByteArray::number(m_host->limits().maxMessageBytes) + " bytes");
                return;
            }
        }
    }
    // Never an open relay: the account's own address, whatever its case, and nothing else.
    const EmailAddress sender = EmailAddress::check(address);
    const EmailAddress account = EmailAddress::check(m_host->account().email);
    if (!sender.isValid() || sender.normalized.compare(account.normalized, Qt::CaseInsensitive) != 0) {
        m_host->noteRefused(m_device, tr("the sender %1 is not the account's address").arg(address.left(200)));
        reply("550 5.7.1 Sender not allowed: this relay sends only as " + m_host->account().email.toUtf8());
        return;
    }
    if (!m_host->rateAllows(m_device)) {
        m_host->noteRefused(m_device, tr("the device sent more messages in a minute than the relay takes"));
        reply("450 4.7.0 Too many messages from this device; try again in a minute");
        return;
    }
    m_haveSender = true;
    m_sender = m_host->account().email;
    reply("250 2.1.0 Sender OK");
}

void RelaySession::rcptTo(const QByteArray &argument)
{
    if (!m_haveSender) {
        reply("503 5.5.1 Give MAIL FROM first");
        return;
    }
    QString address;
    QList<QByteArray> parameters;
    if (!parsePath(argument, "TO:", &address, &parameters)) {
        reply("501 5.5.4 Write RCPT TO:<address>");
        return;
    }
    if (!EmailAddress::check(address).isValid() || address != address.trimmed()) {
        reply("553 5.1.3 This is not an address the relay can send to");
        return;
    }
    if (m_recipients.size() >= m_host->limits().maxRecipients) {
        reply("452 4.5.3 Too many recipients; send the rest in another message");
        return;
    }
    m_recipients << address;
    reply("250 2.1.5 Recipient OK");
}

void RelaySession::handleDataLine(const QByteArray &line)
{
    if (line == ".") {
        endOfData();
        return;
    }
    const QByteArray text = line.startsWith('.') ? line.mid(1) : line;
    m_dataBytes += text.size() + 2;
    if (m_dataBytes > m_host->limits().maxMessageBytes) {
        // Read to the end, keep nothing more: the answer comes after the dot, as SMTP wants.
        m_tooLarge = true;
        m_text.clear();
        m_text.squeeze();
        return;
    }
    m_text += text;
    m_text += "\r\n";
}

void RelaySession::endOfData()
{
    if (m_tooLarge) {
        m_host->noteRefused(m_device, tr("the message is larger than the relay takes"));
        resetTransaction();
        m_state = State::Command;
        reply("552 5.3.4 Message too large: this relay takes up to "
              + QByteArray::number(m_host->limits().maxMessageBytes) + " bytes");
        return;
    }
    m_state = State::Busy;
    m_upstreamPending = true;
    const SubmittedMessage message{ m_sender, m_recipients, m_text, {} };
    resetTransaction();
    m_host->submit(m_device, message, this, [this](const RelayReply &answer) {
        m_upstreamPending = false;
        m_state = State::Command;
        reply(answer.line);
        m_idle.start(m_host->limits().idleTimeoutMs);
        processLines();
    });
}

void RelaySession::resetTransaction()
{
    m_haveSender = false;
    m_sender.clear();
    m_recipients.clear();
    m_text.clear();
    m_dataBytes = 0;
    m_tooLarge = false;
}
