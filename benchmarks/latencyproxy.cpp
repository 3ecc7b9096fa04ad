// A loopback TCP proxy that adds a fixed one-way delay in each direction, so a benchmark can run real clients
// against real servers as if they were a round trip (2 x the delay) away. Each chunk read from one side is
// written to the other side `delay` later, in the order it came: nothing is reordered or merged across a turn.
// It also emulates TCP's three-way handshake: the server side is connected 1.5 round trips after the client
// connected, and nothing reaches the server before that, so a server that speaks first is heard 2 round trips
// after the client's connect() (the client's SYN, the server's SYN-ACK, the client's ACK, the server's first
// bytes), as on a real network; on loopback the client's connect() itself returns at once.
//
// Per connection it counts how often the direction of the traffic turned (the order in which the chunks reached
// the proxy) and the "waits": the times the server's side spoke after the client's, which is the number of round
// trips the protocol needed after the handshake. When a connection has ended on both sides it prints one line:
//
//   connection N NAME ms=... c2s-bytes=... s2c-bytes=... c2s-flights=... s2c-flights=... turns=... waits=...
//
// On start it prints "listening NAME PORT" for each mapping, then "ready". Plain numbers for a benchmark to read.
//
//   latencyproxy [--delay-ms MS] [--no-handshake] NAME=LISTEN_PORT:TARGET_HOST:TARGET_PORT ...
//     LISTEN_PORT 0 picks a free port; the proxy listens on 127.0.0.1 only.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer &proxyClock()
{
    static QElapsedTimer timer;
    return timer;
}

qint64 nowMs()
{
    return proxyClock().elapsed();
}

struct Settings {
    int delayMs = 50;
    bool handshake = true;
};

// One direction of one connection: chunks waiting for their time, then written to `to`.
class DelayLine : public QObject
{
public:
    DelayLine(int delayMs, QObject *parent) : QObject(parent), m_delayMs(delayMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayLine::deliver);
    }

    void setTarget(QTcpSocket *to)
    {
        m_to = to;
        deliver();
    }
    // The side this line writes to has gone: what is still queued for it is dropped.
    void targetGone()
    {
        m_targetGone = true;
        deliver();
    }
    // Nothing goes out before this moment (the handshake emulation).
    void holdUntil(qint64 ms) { m_notBefore = ms; }
    void push(const QByteArray &bytes)
    {
        if (m_closeQueued)
            return;
        m_queue.push_back({ nowMs() + m_delayMs, bytes, false });
        schedule();
    }
    // The other side closed: close this one once everything before it went out.
    void pushClose()
    {
        if (m_closeQueued)
            return;
        m_closeQueued = true;
        m_queue.push_back({ nowMs() + m_delayMs, {}, true });
        schedule();
    }
    bool closed() const { return m_closed; }
    std::function<void()> onClosed;

private:
    struct Chunk {
        qint64 dueMs;
        QByteArray bytes;
        bool close;
    };

    void schedule()
    {
        if (m_queue.empty() || m_timer.isActive())
            return;
        const qint64 due = std::max(m_queue.front().dueMs, m_notBefore);
        m_timer.start(int(std::max<qint64>(0, due - nowMs())));
    }

    void deliver()
    {
        const qint64 now = nowMs();
        while (!m_queue.empty() && std::max(m_queue.front().dueMs, m_notBefore) <= now) {
            if (m_queue.front().close) {
                m_queue.clear();
                if (m_to && !m_targetGone)
                    m_to->disconnectFromHost();
                m_closed = true;
                if (onClosed)
                    onClosed();
                return;
            }
            const bool writable = m_to && m_to->state() == QAbstractSocket::ConnectedState;
            if (!writable && !m_targetGone)
                return;  // setTarget() or targetGone() comes back here
            if (writable)
                m_to->write(m_queue.front().bytes);
            m_queue.pop_front();
        }
        if (m_to && m_to->state() == QAbstractSocket::ConnectedState)
            m_to->flush();
        schedule();
    }

    int m_delayMs;
    qint64 m_notBefore = 0;
    QPointer<QTcpSocket> m_to;
    std::deque<Chunk> m_queue;
    QTimer m_timer;
    bool m_closed = false;
    bool m_closeQueued = false;
    bool m_targetGone = false;
};

class ProxiedConnection : public QObject
{
public:
    ProxiedConnection(int number, const QString &name, QTcpSocket *client, const QString &targetHost, quint16 targetPort,
                      const Settings &settings, QObject *parent)
        : QObject(parent)
        , m_number(number)
        , m_name(name)
        , m_client(client)
        , m_server(new QTcpSocket(this))
        , m_toServer(new DelayLine(settings.delayMs, this))
        , m_toClient(new DelayLine(settings.delayMs, this))
        , m_startMs(nowMs())
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_toClient->setTarget(m_client);

        connect(m_client, &QTcpSocket::readyRead, this, [this] { read(m_client, m_toServer, Direction::ToServer); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { read(m_server, m_toClient, Direction::ToClient); });
        // A close (or a server that cannot be reached) travels like data: the other side sees it a delay later.
        const auto clientGone = [this] {
            m_toClient->targetGone();
            m_toServer->pushClose();
        };
        const auto serverGone = [this] {
            m_toServer->targetGone();
            m_toClient->pushClose();
        };
        connect(m_client, &QTcpSocket::disconnected, this, clientGone);
        connect(m_client, &QTcpSocket::errorOccurred, this, clientGone);
        connect(m_server, &QTcpSocket::disconnected, this, serverGone);
        connect(m_server, &QTcpSocket::errorOccurred, this, serverGone);
        connect(m_server, &QTcpSocket::connected, this, [this] { m_toServer->setTarget(m_server); });
        m_toServer->onClosed = [this] { maybeDone(); };
        m_toClient->onClosed = [this] { maybeDone(); };

        // SYN, SYN-ACK, ACK: the server's accept() comes 1.5 round trips after the client's SYN.
        const int connectAfterMs = settings.handshake ? 3 * settings.delayMs : 0;
        m_toServer->holdUntil(m_startMs + connectAfterMs);
        QTimer::singleShot(connectAfterMs, Qt::PreciseTimer, this,
                           [this, targetHost, targetPort] { m_server->connectToHost(targetHost, targetPort); });
    }

private:
    enum class Direction { None, ToServer, ToClient };

    void read(QTcpSocket *from, DelayLine *line, Direction direction)
    {
        const QByteArray bytes = from->readAll();
        if (bytes.isEmpty())
            return;
        if (direction != m_lastDirection) {
            if (m_lastDirection != Direction::None)
                ++m_turns;
            if (direction == Direction::ToServer) {
                ++m_clientFlights;
            } else {
                ++m_serverFlights;
                if (m_lastDirection == Direction::ToServer)
                    ++m_waits;
            }
            m_lastDirection = direction;
        }
        (direction == Direction::ToServer ? m_clientBytes : m_serverBytes) += bytes.size();
        line->push(bytes);
    }

    void maybeDone()
    {
        if (!m_toServer->closed() || !m_toClient->closed() || m_reported)
            return;
        m_reported = true;
        std::printf("connection %d %s ms=%lld c2s-bytes=%lld c2s-flights=%d s2c-bytes=%lld s2c-flights=%d turns=%d "
                    "waits=%d\n",
                    m_number, qPrintable(m_name), nowMs() - m_startMs, m_clientBytes, m_clientFlights, m_serverBytes,
                    m_serverFlights, m_turns, m_waits);
        std::fflush(stdout);
        deleteLater();
    }

    int m_number;
    QString m_name;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    DelayLine *m_toServer;
    DelayLine *m_toClient;
    qint64 m_startMs;
    Direction m_lastDirection = Direction::None;
    int m_turns = 0;
    int m_waits = 0;
    int m_clientFlights = 0;
    int m_serverFlights = 0;
    qint64 m_clientBytes = 0;
    qint64 m_serverBytes = 0;
    bool m_reported = false;
};

int usage()
{
    std::fprintf(stderr, "usage: latencyproxy [--delay-ms MS] [--no-handshake] NAME=LISTEN_PORT:TARGET_HOST:TARGET_PORT ...\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    proxyClock().start();
    Settings settings;
    struct Mapping {
        QString name;
        quint16 listenPort;
        QString targetHost;
        quint16 targetPort;
    };
    QList<Mapping> mappings;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--delay-ms"_L1 && i + 1 < arguments.size()) {
            bool ok = false;
            settings.delayMs = arguments.at(++i).toInt(&ok);
            if (!ok || settings.delayMs < 0)
                return usage();
        } else if (argument == "--no-handshake"_L1) {
            settings.handshake = false;
        } else {
            const QString name = argument.section(u'=', 0, 0);
            const QStringList parts = argument.section(u'=', 1).split(u':');
            bool listenOk = false, targetOk = false;
            const Mapping mapping{ name, quint16(parts.value(0).toUInt(&listenOk)), parts.value(1),
                                   quint16(parts.value(2).toUInt(&targetOk)) };
            if (name.isEmpty() || parts.size() != 3 || !listenOk || !targetOk || mapping.targetHost.isEmpty())
                return usage();
            mappings << mapping;
        }
    }
    if (mappings.isEmpty())
        return usage();

    int connections = 0;
    std::vector<std::unique_ptr<QTcpServer>> servers;
    for (const Mapping &mapping : std::as_const(mappings)) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, mapping.listenPort)) {
            std::fprintf(stderr, "latencyproxy: cannot listen for %s: %s\n", qPrintable(mapping.name),
                         qPrintable(server->errorString()));
            return 1;
        }
        QTcpServer *raw = server.get();
        QObject::connect(raw, &QTcpServer::newConnection, raw, [raw, mapping, &settings, &connections] {
            while (QTcpSocket *client = raw->nextPendingConnection())
                new ProxiedConnection(++connections, mapping.name, client, mapping.targetHost, mapping.targetPort,
                                      settings, raw);
        });
        std::printf("listening %s %u\n", qPrintable(mapping.name), unsigned(raw->serverPort()));
        servers.push_back(std::move(server));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
