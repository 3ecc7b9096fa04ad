#include "wizard/core/relay/relayserver.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/relay/relaysession.h"
#include "wizard/core/report/printable.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

// A device's name or address as the log may show it: what a stranger typed is cut short and made printable.
QString shown(const QString &text)
{
    return printable(text.left(64));
}

// The enhanced status code in a reply ("5.7.139"), if its class is the reply's.
QByteArray enhancedCode(const QString &reply, int code)
{
    static const QRegularExpression pattern(u"\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"_s);
    const QRegularExpressionMatch match = pattern.match(reply);
    if (match.hasMatch() && match.captured(1).toInt() == code / 100)
        return match.captured(0).toLatin1();
    return code >= 500 ? "5.0.0" : "4.0.0";
}

// The upstream server's words, safe for one SMTP reply line: printable ASCII, one line, not too long.
QByteArray replyText(const QString &reply)
{
    QByteArray text;
    for (const QChar c : reply.simplified()) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            text += char(c.unicode());
    }
    return text.left(400);
}

} // namespace

RelayServer::RelayServer(const RelayAccount &account, RelayDevices *devices, AccessTokenSource tokens,
                         const RelayLimits &limits, QObject *parent)
    : QTcpServer(parent), m_account(account), m_devices(devices), m_tokens(std::move(tokens)), m_limits(limits)
{
    setMaxPendingConnections(limits.maxSessions);
}

RelayServer::~RelayServer() = default;

std::optional<std::pair<QHostAddress, quint16>> RelayServer::parseListenAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = trimmed.left(colon);
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt;  // an IPv6 address needs its brackets: [::1]:2525
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    return std::pair{ address, quint16(port) };
}

std::optional<QPair<QHostAddress, int>> RelayServer::parseNetwork(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u'/')) {
        const QHostAddress address(trimmed);
        if (address.isNull())
            return std::nullopt;
        return QPair<QHostAddress, int>{ address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32 };
    }
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(trimmed);
    if (network.first.isNull() || network.second < 0)
        return std::nullopt;
    return network;
}

bool RelayServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!address.isLoopback() && m_allowed.isEmpty()) {
        *error = tr("The relay listens on %1, which other computers can reach, only with --allow naming the "
                    "networks it may serve (such as --allow 192.168.1.0/24): otherwise anyone there could try "
                    "passwords.")
                     .arg(address.toString());
        return false;
    }
    if (!listen(address, port)) {
        *error = tr("The relay cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(errorString());
        return false;
    }
    return true;
}

bool RelayServer::isAllowed(const QHostAddress &client) const
{
    if (m_allowed.isEmpty())
        return true;
    // A v4 client on a dual-stack socket comes as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    const QHostAddress plain = isV4 ? QHostAddress(v4) : client;
    for (const auto &network : m_allowed) {
        if (plain.isInSubnet(network))
            return true;
    }
    return false;
}

bool RelayServer::mayTakePasswordFrom(const RelaySession *session) const
{
    return session->isEncrypted() || session->isLoopback() || m_allowPlain;
}

void RelayServer::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!isAllowed(peer)) {
        ++m_counters.turnedAway;
        log(tr("Refused a connection from %1: that address is not in the networks allowed with --allow.").arg(peer.toString()));
        socket->write("554 5.7.1 This relay does not serve your address\r\n");
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    if (m_activeSessions >= m_limits.maxSessions) {
        ++m_counters.turnedAway;
        log(tr("Refused a connection from %1: %n device(s) are already connected, as many as the relay takes at once.",
               nullptr, m_activeSessions)
                .arg(peer.toString()));
        socket->write("421 4.7.0 Too many connections; try again later\r\n");
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_activeSessions;
    ++m_counters.sessions;
    auto *session = new RelaySession(socket, this, this);
    connect(session, &QObject::destroyed, this, [this] { --m_activeSessions; });
    session->begin();
}

bool RelayServer::rateAllows(const QString &device) const
{
    QList<qint64> &times = m_recentMessages[device];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!times.isEmpty() && times.constFirst() < now - 60'000)
        times.removeFirst();
    return times.size() < m_limits.messagesPerMinute;
}

void RelayServer::log(const QString &line)
{
    Q_EMIT logged(line);
}

void RelayServer::noteWrongPassword(const QString &device, const QHostAddress &client, int inSession)
{
    ++m_counters.wrongPasswords;
    log(tr("A wrong password for device %1 from %2 (%n in this connection).", nullptr, inSession)
            .arg(shown(device), client.toString()));
}

void RelayServer::noteRefused(const QString &device, const QString &why)
{
    ++m_counters.refused;
    log(tr("A message from device %1 was refused: %2.").arg(shown(device), printable(why)));
}

void RelayServer::submit(const QString &device, const SubmittedMessage &message, QObject *context,
                         std::function<void(const RelayReply &)> done)
{
    auto pending = std::make_shared<Pending>(Pending{ device, message, context, std::move(done) });
    m_recentMessages[device] << QDateTime::currentMSecsSinceEpoch();
    if (m_running >= m_limits.maxUpstreamAtOnce && m_queue.size() >= m_limits.maxQueued) {
        ++m_counters.failed;
        log(tr("A message from device %1 was not taken: %n message(s) are already waiting, as many as the relay holds. "
               "The device was told to try again later.",
               nullptr, int(m_queue.size()))
                .arg(shown(device)));
        finishPending(pending, { 451, "451 4.3.2 The relay is busy; try again later" });
        return;
    }
    m_queue << pending;
    startNext();
}

void RelayServer::startNext()
{
    while (m_running < m_limits.maxUpstreamAtOnce && !m_queue.isEmpty()) {
        const std::shared_ptr<Pending> pending = m_queue.takeFirst();
        ++m_running;
        m_tokens(this, [this, pending](const TokenOutcome &outcome) {
            if (outcome.ok()) {
                sendUpstream(pending, outcome.accessToken);
                return;
            }
            ++m_counters.failed;
            const QString why = outcome.failure ? outcome.failure->diagnosis().title
                                                : SecretStore::problemSentence(outcome.secretResult());
            log(tr("A message from device %1 was not sent: the relay could not get a sign-in for %2. %3 The device "
                   "was told to try again later.")
                    .arg(shown(pending->device), m_account.email, why));
            --m_running;
            finishPending(pending, { 454, "454 4.7.0 The relay cannot sign in to the account right now; try again later" });
            startNext();
        });
    }
}

void RelayServer::sendUpstream(const std::shared_ptr<Pending> &pending, const QString &accessToken)
{
    auto *probe = new SmtpProbe(m_account.smtp, m_account.extraCa,
                                MailAccount{ m_account.email, accessToken, m_account.kind }, m_limits.upstream, this);
    probe->setMessage(pending->message);
    auto answered = std::make_shared<bool>(false);
    const qint64 bytes = pending->message.text.size();
    const int recipients = int(pending->message.recipients.size());
    connect(probe, &SmtpProbe::messageAccepted, this, [this, pending, answered, bytes, recipients] {
        *answered = true;
        ++m_counters.sent;
        log(tr("A message from device %1 to %n recipient(s) was sent through %2 (%3 bytes).", nullptr, recipients)
                .arg(shown(pending->device), m_account.smtp.host).arg(bytes));
        finishPending(pending, { 250, "250 2.0.0 Sent through " + m_account.smtp.host.toUtf8() });
    });
    connect(probe, &SmtpProbe::finished, this, [this, probe, pending, answered](const ProbeResult &result) {
        probe->deleteLater();
        --m_running;
        if (!*answered) {
            const RelayReply reply = replyForFailure(result, probe->lastReplyCode());
            if (reply.code >= 500)
                ++m_counters.refused;
            else
                ++m_counters.failed;
            const QString why = result.diagnosis ? result.diagnosis->title : tr("The server did not accept it.");
            log(reply.code >= 500
                    ? tr("A message from device %1 was not sent: %2 The device was told it cannot be sent (%3).")
                          .arg(shown(pending->device), why, QString::fromLatin1(reply.line.left(3)))
                    : tr("A message from device %1 was not sent: %2 The device was told to try again later (%3).")
                          .arg(shown(pending->device), why, QString::fromLatin1(reply.line.left(3))));
            finishPending(pending, reply);
        }
        startNext();
    });
    probe->start();
}

RelayReply RelayServer::replyForFailure(const ProbeResult &result, int lastReplyCode) const
{
    const DiagnosisId id = result.diagnosis ? result.diagnosis->id : DiagnosisId::Unknown;
    const QString upstream = result.diagnosis ? result.diagnosis->reply : QString();
    const QByteArray key = DiagnosisCatalogue::key(id).toLatin1();
    // The server's refusal, when a reply refused it: the last reply's code is in the words the diagnosis keeps.
    const bool refusedByReply = !upstream.isEmpty() && lastReplyCode >= 400
        && upstream.contains(QString::number(lastReplyCode));
    // A sign-in refused is the account's problem, which may be fixed (sign in again) while the device waits.
    const bool signInProblem = id == DiagnosisId::AuthRejected || id == DiagnosisId::TokenExpired
        || id == DiagnosisId::NotAuthenticated;
    if (refusedByReply && lastReplyCode >= 500 && !signInProblem) {
        // Passed back for good: 5.7.139 (SMTP AUTH off), 5.7.30, a full mailbox, a refused recipient.
        const int code = lastReplyCode == 552 || lastReplyCode == 550 || lastReplyCode == 553 ? lastReplyCode : 554;
        return { code, QByteArray::number(code) + ' ' + enhancedCode(upstream, 500) + " Not sent (" + key
                           + "): the account's server said: " + replyText(upstream) };
    }
    if (refusedByReply && lastReplyCode >= 400 && lastReplyCode < 500) {
        const int code = lastReplyCode == 452 ? 452 : 451;
        return { code, QByteArray::number(code) + ' ' + enhancedCode(upstream, 400) + " Not sent yet (" + key
                           + "): the account's server said: " + replyText(upstream) };
    }
    if (signInProblem)
        return { 454, "454 4.7.0 Not sent yet (" + key + "): the account's server refused the relay's sign-in" };
    return { 451, "451 4.4.1 Not sent yet (" + key + "): the relay could not reach the account's server" };
}

void RelayServer::finishPending(const std::shared_ptr<Pending> &pending, const RelayReply &reply)
{
    if (pending->context && pending->done)
        pending->done(reply);
    pending->done = nullptr;
}
