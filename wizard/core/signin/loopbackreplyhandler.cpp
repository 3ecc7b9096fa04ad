#include "wizard/core/signin/loopbackreplyhandler.h"

#include "wizard/core/signin/tokenrequestfailure.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// What the listener answered, by path and status; never the query, which holds the code and the state.
Q_LOGGING_CATEGORY(lcLoopback, "mailsetup.signin.loopback", QtWarningMsg)

namespace {

// Ephemeral ports to try when one is free on 127.0.0.1 but taken on ::1.
constexpr int EphemeralAttempts = 20;

// No ::1 on this computer at all: IPv6 is switched off, or the loopback interface has no IPv6 address. Nobody can
// listen there then, and no browser can connect there.
bool meansNoIpv6(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::UnsupportedSocketOperationError
        || error == QAbstractSocket::SocketAddressNotAvailableError;
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
{
}

LoopbackReplyHandler::~LoopbackReplyHandler()
{
    closeServers();
    // The sockets are children of this handler: take them down before this part of the object is gone, so that
    // none of their signals reaches it.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete m_connections.take(socket);
        delete socket;
    }
}

QString LoopbackReplyHandler::callbackPath()
{
    return u"callback"_s;
}

QString LoopbackReplyHandler::callback() const
{
    return u"http://localhost:%1/%2"_s.arg(m_port).arg(callbackPath());
}

bool LoopbackReplyHandler::listen(const QList<quint16> &ports)
{
    closeServers();
    m_port = 0;
    m_errorString.clear();
    const QList<quint16> candidates = ports.isEmpty() ? QList<quint16>(EphemeralAttempts, 0) : ports;
    for (const quint16 candidate : candidates) {
        auto *ipv4 = new QTcpServer(this);
        if (!ipv4->listen(QHostAddress::LocalHost, candidate)) {
            m_errorString = u"127.0.0.1 port %1: %2"_s.arg(candidate).arg(ipv4->errorString());
            delete ipv4;
            continue;
        }
        const quint16 port = ipv4->serverPort();
        auto *ipv6 = new QTcpServer(this);
        if (ipv6->listen(QHostAddress::LocalHostIPv6, port)) {
            m_servers = { ipv4, ipv6 };
        } else if (meansNoIpv6(ipv6->serverError())) {
            qCInfo(lcLoopback) << "no IPv6 loopback here:" << ipv6->errorString() << "- listening on 127.0.0.1 only";
            delete ipv6;
            m_servers = { ipv4 };
        } else {
            // Someone else holds this port on ::1: a browser that tries ::1 first would hand them the code.
            m_errorString = u"[::1] port %1: %2"_s.arg(port).arg(ipv6->errorString());
            qCInfo(lcLoopback).noquote() << "skipping port" << port << "-" << m_errorString;
            delete ipv6;
            delete ipv4;
            continue;
        }
        m_port = port;
        for (QTcpServer *server : std::as_const(m_servers)) {
            server->setMaxPendingConnections(m_limits.maxConnections);
            connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        }
        return true;
    }
    m_errorString = u"no port was free on both 127.0.0.1 and [::1] (last tried: %1)"_s.arg(m_errorString);
    return false;
}

bool LoopbackReplyHandler::isListening() const
{
    return std::any_of(m_servers.cbegin(), m_servers.cend(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

QList<QHostAddress> LoopbackReplyHandler::addresses() const
{
    QList<QHostAddress> result;
    for (const QTcpServer *server : m_servers) {
        if (server->isListening())
            result.append(server->serverAddress());
    }
    return result;
}

void LoopbackReplyHandler::closeServers()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->disconnect(this);
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackReplyHandler::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // The socket outlives the server: the page may still be on its way when listening has stopped.
        socket->setParent(this);
        if (m_connections.size() >= m_limits.maxConnections) {
            // A flood of silent connections must not lock the browser out: the oldest one still sending goes.
            const auto oldest = std::find_if(m_order.cbegin(), m_order.cend(), [this](QTcpSocket *open) {
                return m_connections.value(open)->state == Connection::State::Reading;
            });
            if (oldest == m_order.cend()) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            QTcpSocket *evicted = *oldest;
            evicted->disconnect(this);
            evicted->abort();
            onDisconnected(evicted);
        }
        // Qt reads no more from the system than one head can hold; the rest waits in the kernel, or is refused.
        socket->setReadBufferSize(m_limits.maxHeadBytes + 1);
        auto *connection = new Connection;
        connection->id = m_nextId++;
        connection->timer = new QTimer(socket);
        connection->timer->setSingleShot(true);
        connect(connection->timer, &QTimer::timeout, this, [this, socket] { onTimeLimit(socket); });
        connection->timer->start(m_limits.connectionTimeLimitMs);
        m_connections.insert(socket, connection);
        m_order.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    if (connection->state != Connection::State::Reading) {
        // One request per connection: whatever follows it is dropped unread.
        socket->skip(socket->bytesAvailable());
        return;
    }
    const qsizetype room = m_limits.maxHeadBytes + 1 - connection->buffer.size();
    if (room > 0)
        connection->buffer += socket->read(room);
    const LoopbackRequest request = LoopbackRequest::parse(connection->buffer, m_limits.maxHeadBytes);
    switch (request.status) {
    case LoopbackRequest::Status::Incomplete:
        return;
    case LoopbackRequest::Status::TooLarge:
        qCInfo(lcLoopback) << "refused a request head larger than" << m_limits.maxHeadBytes << "bytes";
        respond(socket, connection, BrowserPage::notTheAnswer(431));
        return;
    case LoopbackRequest::Status::Bad:
        qCInfo(lcLoopback) << "refused a malformed request";
        respond(socket, connection, BrowserPage::notTheAnswer(400));
        return;
    case LoopbackRequest::Status::Complete:
        handle(socket, connection, request);
        return;
    }
}

void LoopbackReplyHandler::handle(QTcpSocket *socket, Connection *connection, const LoopbackRequest &request)
{
    connection->buffer.clear();
    connection->buffer.squeeze();
    const QString path = QUrl::fromPercentEncoding(request.path);
    if (request.method != "GET") {
        qCInfo(lcLoopback).noquote() << request.method.left(20) << path.left(100) << "-> 405";
        respond(socket, connection, BrowserPage::notTheAnswer(405));
        return;
    }
    if (path != u'/' + callbackPath()) {
        qCInfo(lcLoopback).noquote() << "GET" << path.left(100) << "-> 404";
        respond(socket, connection, BrowserPage::notTheAnswer(404));
        return;
    }
    if (m_finishedPage) {
        respond(socket, connection, *m_finishedPage);
        return;
    }
    // The values as Qt 6.4's own handler gives them (the flow and the QTBUG-81624 repair expect that). A name
    // twice is no answer of Microsoft's: which of the two would count?
    QVariantMap values;
    const QList<std::pair<QString, QString>> items = QUrlQuery(QString::fromLatin1(request.query)).queryItems();
    for (const auto &[name, value] : items) {
        if (values.contains(name)) {
            qCInfo(lcLoopback) << "GET /callback with a parameter twice -> 400";
            respond(socket, connection, BrowserPage::notTheAnswer(400));
            return;
        }
        values.insert(name, value);
    }
    connection->state = Connection::State::Held;
    connection->timer->start(m_limits.holdTimeLimitMs);
    Q_EMIT callbackRequested(connection->id, values);
}

void LoopbackReplyHandler::respond(QTcpSocket *socket, Connection *connection, const BrowserPage &page)
{
    if (connection->state == Connection::State::Answered)
        return;
    connection->state = Connection::State::Answered;
    connection->buffer.clear();
    // A client that does not read its answer must not keep the connection either.
    connection->timer->start(m_limits.connectionTimeLimitMs);
    socket->write(page.httpResponse());
    // Into the system's buffer now: the page must reach the browser even when the sign-in, and this listener with
    // it, is deleted before the event loop runs again (Cancel in the wizard).
    socket->flush();
    // May end the connection at once (and forget it): nothing of it is touched after this.
    socket->disconnectFromHost();
}

void LoopbackReplyHandler::onTimeLimit(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    switch (connection->state) {
    case Connection::State::Reading:
        qCInfo(lcLoopback) << "a connection sent no complete request in time";
        respond(socket, connection, BrowserPage::notTheAnswer(408));
        break;
    case Connection::State::Held:
        respond(socket, connection, BrowserPage::stillFinishing());
        break;
    case Connection::State::Answered:
        socket->disconnect(this);
        socket->abort();
        onDisconnected(socket);
        break;
    }
}

void LoopbackReplyHandler::onDisconnected(QTcpSocket *socket)
{
    Connection *connection = m_connections.take(socket);
    if (!connection)
        return;
    delete connection;
    m_order.removeOne(socket);
    socket->deleteLater();
    deleteWhenIdle();
}

void LoopbackReplyHandler::answer(quint64 request, const BrowserPage &page)
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->id == request && it.value()->state == Connection::State::Held) {
            respond(it.key(), it.value(), page);
            return;
        }
    }
}

void LoopbackReplyHandler::deliverCallback(const QVariantMap &query)
{
    Q_EMIT callbackReceived(query);
}

void LoopbackReplyHandler::finish(const BrowserPage &page)
{
    m_finishedPage = page;
    closeServers();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        Connection *connection = m_connections.value(socket);
        if (connection && connection->state == Connection::State::Held)
            respond(socket, connection, page);
    }
    deleteWhenIdle();
}

void LoopbackReplyHandler::deleteWhenIdle()
{
    if (m_finishedPage && m_connections.isEmpty())
        deleteLater();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenRequestFailure(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}
