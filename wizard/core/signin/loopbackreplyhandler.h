// The loopback listener that receives the browser's redirect after sign-in, in place of Qt 6.4's
// QOAuthHttpServerReplyHandler, which listens on every interface, buffers whatever a connection sends without
// bound, mixes the state of connections, treats any path that starts with the callback's as the callback, and
// leaves the browser on an empty reply after a failure.
//
// It listens on both loopback addresses, 127.0.0.1 and ::1, at the same port, because the redirect says
// "localhost" (the name Microsoft's portal registers for desktop apps) and a browser may try either address:
// were one left free, another user of this computer could listen there and receive the code. Each connection
// carries one request (then Connection: close), has its own buffer, a bounded head (LoopbackRequest) and a time
// limit; only GET at exactly /callback counts. Whoever runs the sign-in decides about each callback (is it the
// answer to this sign-in?) and may hold the browser until the outcome is known, so that the page tells it.
// It also reads the token endpoint's answer to the code exchange (tokenrequestfailure.h).
#pragma once

#include "wizard/core/signin/browserpage.h"
#include "wizard/core/signin/loopbackrequest.h"
#include "wizard/core/signin/signinfailure.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QOAuthOobReplyHandler>
#include <QVariantMap>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    struct Limits {
        qsizetype maxHeadBytes = LoopbackRequest::DefaultMaxHeadBytes;
        int connectionTimeLimitMs = 10'000;  // to send the whole request head
        int holdTimeLimitMs = 5'000;         // the longest the browser waits for the outcome of its callback
        int maxConnections = 16;             // open at once; a new one pushes out the oldest that is still sending
    };

    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Listens on 127.0.0.1 and ::1 at one port: the first of `ports` that is free on both, else (with no ports
    // given) a free ephemeral port. A port that someone else holds on either address is skipped. Without IPv6 on
    // this computer (no ::1 at all, so nobody can listen there), 127.0.0.1 alone. False, with errorString(), when
    // no port was free on both.
    bool listen(const QList<quint16> &ports = {});
    bool isListening() const;
    quint16 port() const { return m_port; }
    QList<QHostAddress> addresses() const;
    QString errorString() const { return m_errorString; }

    // http://localhost:PORT/callback: Microsoft matches loopback redirects without the port, and its portal
    // registers "localhost" (not 127.0.0.1) for desktop apps.
    QString callback() const override;
    static QString callbackPath();

    // The answer to a request handed over by callbackRequested(), now or later. Nothing when that connection has
    // gone or was answered already.
    void answer(quint64 request, const BrowserPage &page);
    // Hands the callback to the flow (callbackReceived()), which then requests the token.
    void deliverCallback(const QVariantMap &query);
    // Stops listening: held requests get `page` now; a callback still on its way on an open connection gets it
    // when it arrives. The handler deletes itself when its last connection has closed.
    void finish(const BrowserPage &page);
    bool isFinished() const { return m_finishedPage.has_value(); }
    int openConnections() const { return int(m_connections.size()); }

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    // A GET at exactly /callback, with its query as Qt 6.4's handler gave it. Until answer() is called the browser
    // waits, for at most holdTimeLimitMs (then it sees BrowserPage::stillFinishing()).
    void callbackRequested(quint64 request, const QVariantMap &query);
    void tokenRequestFailed(const SignInFailure &failure);

private:
    struct Connection {
        enum class State { Reading, Held, Answered };
        quint64 id = 0;
        State state = State::Reading;
        QByteArray buffer;
        QTimer *timer = nullptr;  // a child of the socket: it goes when the socket goes
    };

    void closeServers();
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void onTimeLimit(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Connection *connection, const LoopbackRequest &request);
    void respond(QTcpSocket *socket, Connection *connection, const BrowserPage &page);
    void deleteWhenIdle();

    Limits m_limits;
    QList<QTcpServer *> m_servers;
    quint16 m_port = 0;
    QString m_errorString;
    QHash<QTcpSocket *, Connection *> m_connections;  // owned
    QList<QTcpSocket *> m_order;  // oldest first
    quint64 m_nextId = 1;
    std::optional<BrowserPage> m_finishedPage;
};
