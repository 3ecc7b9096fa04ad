// What a flood costs the loopback listener that waits for the browser after sign-in: a client process sends one
// request line of N megabytes (default 200) that never ends, and this process, which runs the listener, prints
// its resident memory before, at its peak, and once the client has gone. Run it once with Mail Setup's listener
// (LoopbackReplyHandler, the default) and once with Qt 6.4's QOAuthHttpServerReplyHandler for comparison; each run
// is a process of its own, because the peak (VmHWM) only grows. Numbers only: nothing passes or fails on them.
//
//   bench_loopbacklistener [--handler ours|qt] [--megabytes N]
#include "wizard/core/signin/loopbackreplyhandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>

namespace {

// A field of /proc/self/status in megabytes: VmRSS (now) or VmHWM (the peak so far).
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// The client: a process of its own, so that its buffers do not count. Sends the request line in 64 KB pieces
// until it is all sent or the listener refuses more.
[[noreturn]] void runClient(int portPipe, qint64 bytes)
{
    std::signal(SIGPIPE, SIG_IGN);
    quint16 port = 0;
    if (read(portPipe, &port, sizeof port) != sizeof port)
        _exit(2);
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        _exit(3);
    const char start[] = "GET /callback?state=";
    if (write(fd, start, sizeof start - 1) < 0)
        _exit(4);
    static char chunk[64 * 1024];
    std::memset(chunk, 'a', sizeof chunk);
    qint64 sent = 0;
    while (sent < bytes) {
        const ssize_t written = write(fd, chunk, size_t(std::min<qint64>(sizeof chunk, bytes - sent)));
        if (written <= 0)
            break;  // refused: the listener closed the connection
        sent += written;
    }
    std::printf("  client: sent %.1f MB of %.1f MB%s\n", double(sent) / (1024 * 1024), double(bytes) / (1024 * 1024),
                sent < bytes ? ", then the listener closed the connection" : "");
    std::fflush(stdout);
    close(fd);
    _exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    bool useQt = false;
    qint64 megabytes = 200;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--handler" && i + 1 < argc) {
            useQt = QByteArray(argv[++i]) == "qt";
        } else if (argument == "--megabytes" && i + 1 < argc) {
            megabytes = QByteArray(argv[++i]).toLongLong();
        } else {
            std::fprintf(stderr, "usage: bench_loopbacklistener [--handler ours|qt] [--megabytes N]\n");
            return 2;
        }
    }
    // The client is forked before Qt starts any thread.
    int portPipe[2];
    if (pipe(portPipe) != 0)
        return 1;
    const pid_t client = fork();
    if (client == 0) {
        close(portPipe[1]);
        runClient(portPipe[0], megabytes * 1024 * 1024);
    }
    close(portPipe[0]);

    QCoreApplication app(argc, argv);
    std::unique_ptr<QObject> handler;
    quint16 port = 0;
    if (useQt) {
        auto *qt = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0);
        qt->setCallbackPath(QStringLiteral("callback"));
        port = qt->port();
        handler.reset(qt);
    } else {
        auto *ours = new LoopbackReplyHandler;
        if (!ours->listen())
            return 1;
        port = ours->port();
        handler.reset(ours);
    }
    const double before = statusMegabytes("VmRSS");
    std::printf("loopback listener: %s, one request line of %lld MB\n",
                useQt ? "Qt 6.4 QOAuthHttpServerReplyHandler" : "Mail Setup LoopbackReplyHandler",
                static_cast<long long>(megabytes));
    std::fflush(stdout);
    if (write(portPipe[1], &port, sizeof port) != sizeof port)
        return 1;
    close(portPipe[1]);

    QElapsedTimer clock;
    clock.start();
    bool clientDone = false;
    qint64 doneAtMs = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        int status = 0;
        if (!clientDone && waitpid(client, &status, WNOHANG) == client) {
            clientDone = true;
            doneAtMs = clock.elapsed();
        }
        // Half a second after the client has gone, for the listener to let go of what it kept.
        if ((clientDone && clock.elapsed() - doneAtMs > 500) || clock.elapsed() > 120'000)
            app.quit();
    });
    poll.start(50);
    app.exec();
    if (!clientDone) {
        kill(client, SIGKILL);
        waitpid(client, nullptr, 0);
    }

    std::printf("  resident memory: before %.1f MB, peak %.1f MB, after %.1f MB; client done after %lld ms\n", before,
                statusMegabytes("VmHWM"), statusMegabytes("VmRSS"), static_cast<long long>(doneAtMs));
    return 0;
}
