// Measures `mailsetup check --send-test --json` against the protocol's floor: the offline sandbox (real Dovecot and
// Postfix) is put behind benchmarks/latencyproxy, which adds a one-way delay in each direction, and mailsetup runs
// side by side with curl doing less (curl's IMAP EXAMINE, then curl's SMTP send), alternately, N runs each after
// one warm-up pair. Prints the median and p95 wall time of each, the same in round trips (RTT = 2 x the delay),
// the round trips the proxy counted per connection, and the ratio mailsetup / curl. Numbers only: it passes or
// fails on nothing, but stops when a run does not succeed (then the numbers would mean nothing).
//
//   bench_latency --proxy PATH --mailsetup PATH --sandbox-env FILE [--curl PATH] [--delay-ms MS] [--runs N]
//
// The token reaches curl through a config file (mode 600) in a scratch folder, never a command line; nothing
// here prints it. curl 7.88 takes OAUTHBEARER over XOAUTH2 when a server offers both; the sandbox offers XOAUTH2
// alone, as Microsoft does, so curl signs in with it (a run in which curl fails stops the benchmark).
#include "benchmarks/measurement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using Measurement::median;
using Measurement::percentile;

namespace {

// KEY=VALUE lines of sandbox.env, single quotes removed.
QMap<QString, QString> readEnvironmentFile(const QString &path)
{
    QMap<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (line.startsWith(u'#') || equals <= 0)
            continue;
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals), value);
    }
    return values;
}

// A command's words as posix_spawn() takes them.
class CommandLine
{
public:
    explicit CommandLine(const QStringList &command)
    {
        for (const QString &argument : command)
            m_storage.push_back(argument.toLocal8Bit());
        for (QByteArray &argument : m_storage)
            m_pointers.push_back(argument.data());
        m_pointers.push_back(nullptr);
    }
    const char *program() const { return m_pointers.front(); }
    char *const *data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char *> m_pointers;
};

struct Process {
    int status = -1;
    double ms = 0;
    QByteArray out;
    QByteArray err;

    bool exitedZero() const { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }
};

// Runs a command without a shell, its output in files under `dir`, and times it from spawn to exit.
Process run(const QStringList &command, const QString &dir)
{
    Process result;
    const QByteArray outPath = QDir(dir).filePath(u"out"_s).toLocal8Bit();
    const QByteArray errPath = QDir(dir).filePath(u"err"_s).toLocal8Bit();
    CommandLine argv(command);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = -1;
    const auto begin = std::chrono::steady_clock::now();
    const int spawned = posix_spawn(&pid, argv.program(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.err = QByteArray("cannot run ") + argv.program() + ": " + std::strerror(spawned);
        return result;
    }
    while (waitpid(pid, &result.status, 0) < 0 && errno == EINTR) {
    }
    result.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    QFile out(QString::fromLocal8Bit(outPath)), err(QString::fromLocal8Bit(errPath));
    if (out.open(QIODevice::ReadOnly))
        result.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        result.err = err.readAll();
    return result;
}

// The latency proxy as a child process whose lines are read from a pipe.
class Proxy
{
public:
    ~Proxy()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            int status = 0;
            waitpid(m_pid, &status, 0);
        }
        if (m_fd >= 0)
            close(m_fd);
    }

    bool start(const QStringList &command)
    {
        int pipeFds[2];
        if (pipe(pipeFds) != 0)
            return false;
        CommandLine argv(command);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
        const int spawned = posix_spawn(&m_pid, argv.program(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(pipeFds[1]);
        m_fd = pipeFds[0];
        if (spawned != 0) {
            m_pid = -1;
            return false;
        }
        return true;
    }

    // The next line, or an empty one after `timeoutMs`.
    QByteArray readLine(int timeoutMs)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (true) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end >= 0) {
                const QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                return line;
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return {};
            pollfd descriptor{ m_fd, POLLIN, 0 };
            if (poll(&descriptor, 1, int(left.count())) <= 0)
                continue;
            char chunk[4096];
            const ssize_t n = read(m_fd, chunk, sizeof chunk);
            if (n <= 0)
                return {};
            m_buffer.append(chunk, n);
        }
    }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    QByteArray m_buffer;
};

// What the proxy said about one connection.
struct ConnectionCounts {
    QString name;
    int waits = 0;
    int turns = 0;
};

// The proxy's lines for `count` connections that have ended (it reports a connection once both sides closed).
std::vector<ConnectionCounts> connectionsEnded(Proxy &proxy, int count)
{
    static const QRegularExpression pattern(u"^connection \\d+ (\\S+) .* turns=(\\d+) waits=(\\d+)$"_s);
    std::vector<ConnectionCounts> connections;
    while (int(connections.size()) < count) {
        const QByteArray line = proxy.readLine(5000);
        if (line.isEmpty())
            break;
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
        if (match.hasMatch())
            connections.push_back({ match.captured(1), match.captured(3).toInt(), match.captured(2).toInt() });
    }
    return connections;
}

struct Series {
    std::vector<double> ms;
    QMap<QString, std::vector<double>> waits;
    QMap<QString, std::vector<double>> turns;

    void add(double wallMs, const std::vector<ConnectionCounts> &connections)
    {
        ms.push_back(wallMs);
        for (const ConnectionCounts &connection : connections) {
            waits[connection.name].push_back(connection.waits);
            turns[connection.name].push_back(connection.turns);
        }
    }
};

int usage()
{
    std::fprintf(stderr, "usage: bench_latency --proxy PATH --mailsetup PATH --sandbox-env FILE [--curl PATH] "
                         "[--delay-ms MS] [--runs N]\n");
    return 2;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(bytes) == bytes.size();
}

void failedRun(const char *what, int run, const Process &process)
{
    std::fprintf(stderr, "bench_latency: %s failed in run %d (%s %d)\n%s\n%s\n", what, run,
                 WIFEXITED(process.status) ? "exit code" : "status",
                 WIFEXITED(process.status) ? WEXITSTATUS(process.status) : process.status, process.out.constData(),
                 process.err.constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString proxyPath, mailsetupPath, environmentPath, curlPath = u"/usr/bin/curl"_s;
    int delayMs = 50;
    int runs = 10;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (i + 1 >= arguments.size())
            return usage();
        ++i;
        if (argument == "--proxy"_L1)
            proxyPath = value;
        else if (argument == "--mailsetup"_L1)
            mailsetupPath = value;
        else if (argument == "--sandbox-env"_L1)
            environmentPath = value;
        else if (argument == "--curl"_L1)
            curlPath = value;
        else if (argument == "--delay-ms"_L1)
            delayMs = value.toInt();
        else if (argument == "--runs"_L1)
            runs = value.toInt();
        else
            return usage();
    }
    if (proxyPath.isEmpty() || mailsetupPath.isEmpty() || environmentPath.isEmpty() || runs < 1 || delayMs < 1)
        return usage();

    const QMap<QString, QString> sandbox = readEnvironmentFile(environmentPath);
    for (const char *key : { "SANDBOX_EMAIL", "SANDBOX_IMAP_PORT", "SANDBOX_SMTP_PORT", "SANDBOX_CA",
                             "SANDBOX_PROVIDER_FILE", "SANDBOX_TOKEN_FILE" }) {
        if (sandbox.value(QString::fromLatin1(key)).isEmpty()) {
            std::fprintf(stderr, "bench_latency: %s has no %s\n", qPrintable(environmentPath), key);
            return 1;
        }
    }
    const QString email = sandbox.value(u"SANDBOX_EMAIL"_s);
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench_latency: no scratch folder\n");
        return 1;
    }

    Proxy proxy;
    if (!proxy.start({ proxyPath, u"--delay-ms"_s, QString::number(delayMs),
                       u"imap=0:127.0.0.1:%1"_s.arg(sandbox.value(u"SANDBOX_IMAP_PORT"_s)),
                       u"smtp=0:127.0.0.1:%1"_s.arg(sandbox.value(u"SANDBOX_SMTP_PORT"_s)) })) {
        std::fprintf(stderr, "bench_latency: cannot start %s\n", qPrintable(proxyPath));
        return 1;
    }
    QMap<QString, QString> ports;
    for (QByteArray line = proxy.readLine(5000); !line.isEmpty() && line != "ready"; line = proxy.readLine(5000)) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words.at(0) == "listening")
            ports.insert(QString::fromUtf8(words.at(1)), QString::fromUtf8(words.at(2)));
    }
    if (ports.size() != 2) {
        std::fprintf(stderr, "bench_latency: the latency proxy did not start\n");
        return 1;
    }

    // The sandbox's profile, pointed at the proxy. 127.0.0.1, not localhost: the proxy listens there only, and
    // the sandbox certificate names it.
    QFile providerFile(sandbox.value(u"SANDBOX_PROVIDER_FILE"_s));
    if (!providerFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_latency: cannot read %s\n", qPrintable(providerFile.fileName()));
        return 1;
    }
    QJsonObject provider = QJsonDocument::fromJson(providerFile.readAll()).object();
    for (const QString &protocol : { u"imap"_s, u"smtp"_s }) {
        QJsonObject server = provider.value(protocol).toObject();
        server.insert(u"host"_s, u"127.0.0.1"_s);
        server.insert(u"port"_s, ports.value(protocol).toInt());
        provider.insert(protocol, server);
    }
    provider.insert(u"caCertificates"_s, QFileInfo(sandbox.value(u"SANDBOX_CA"_s)).absoluteFilePath());
    const QString providerPath = scratch.filePath(u"provider.json"_s);
    QFile tokenFile(sandbox.value(u"SANDBOX_TOKEN_FILE"_s));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_latency: cannot read the sandbox's token\n");
        return 1;
    }
    const QByteArray token = tokenFile.readAll().trimmed();
    const QString curlConfig = scratch.filePath(u"curl.config"_s);
    const QString messagePath = scratch.filePath(u"message.eml"_s);
    if (!writeFile(providerPath, QJsonDocument(provider).toJson())
        || !writeFile(curlConfig, "oauth2-bearer = \"" + token + "\"\nuser = \"" + email.toUtf8() + ":\"\n")) {
        std::fprintf(stderr, "bench_latency: cannot write into %s\n", qPrintable(scratch.path()));
        return 1;
    }

    const QStringList ours{ mailsetupPath, u"check"_s, u"--email"_s, email, u"--provider-file"_s, providerPath,
                            u"--access-token-file"_s, tokenFile.fileName(), u"--send-test"_s, u"--json"_s };
    const QStringList curlCommon{ curlPath, u"--config"_s, curlConfig, u"--silent"_s, u"--show-error"_s,
                                  u"--max-time"_s, u"30"_s, u"--cacert"_s, sandbox.value(u"SANDBOX_CA"_s) };
    const QStringList curlImap = curlCommon
        + QStringList{ u"--url"_s, u"imaps://127.0.0.1:%1/INBOX"_s.arg(ports.value(u"imap"_s)), u"--request"_s,
                       u"EXAMINE INBOX"_s };
    const QStringList curlSmtp = curlCommon
        + QStringList{ u"--url"_s, u"smtp://127.0.0.1:%1/bench.invalid"_s.arg(ports.value(u"smtp"_s)),
                       u"--ssl-reqd"_s, u"--mail-from"_s, email, u"--mail-rcpt"_s, email, u"--upload-file"_s,
                       messagePath };

    Series mailsetup, curl;
    for (int round = 0; round <= runs; ++round) {
        // Round 0 warms up both (page cache, the servers' first connections) and is not counted.
        const Process check = run(ours, scratch.path());
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        if (!check.exitedZero() || !report.value(u"ok"_s).toBool()) {
            failedRun("mailsetup check", round, check);
            return 1;
        }
        const std::vector<ConnectionCounts> ourConnections = connectionsEnded(proxy, 2);

        // A message of the test message's size, with a Message-ID of its own.
        const QByteArray body = QByteArray(600, 'x').toBase64();
        QByteArray message = "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n"
            "Message-ID: <bench-curl." + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "." +
            QByteArray::number(round) + "@sandbox.test>\r\nFrom: <" + email.toUtf8() + ">\r\nTo: <" + email.toUtf8() +
            ">\r\nSubject: curl for the latency benchmark\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        for (qsizetype i = 0; i < body.size(); i += 76)
            message += body.mid(i, 76) + "\r\n";
        writeFile(messagePath, message);
        const Process imap = run(curlImap, scratch.path());
        if (!imap.exitedZero()) {
            failedRun("curl IMAP EXAMINE", round, imap);
            return 1;
        }
        const Process smtp = run(curlSmtp, scratch.path());
        if (!smtp.exitedZero()) {
            failedRun("curl SMTP send", round, smtp);
            return 1;
        }
        const std::vector<ConnectionCounts> curlConnections = connectionsEnded(proxy, 2);
        if (round == 0)
            continue;
        mailsetup.add(check.ms, ourConnections);
        curl.add(imap.ms + smtp.ms, curlConnections);
    }

    const double rtt = 2.0 * delayMs;
    std::printf("mailsetup check --send-test against curl, through benchmarks/latencyproxy: %d ms each way "
                "(RTT %.0f ms, TCP handshakes emulated), offline sandbox, %d runs each, alternating\n",
                delayMs, rtt, runs);
    std::printf("  %-58s %9s %9s %11s\n", "", "median", "p95", "median/RTT");
    const auto timeRow = [rtt](const char *label, const std::vector<double> &values) {
        std::printf("  %-58s %6.0f ms %6.0f ms %7.1f RTT\n", label, median(values), percentile(values, 0.95),
                    median(values) / rtt);
    };
    timeRow("mailsetup check --send-test --json (IMAP + SMTP + found)", mailsetup.ms);
    timeRow("curl: IMAP EXAMINE, then SMTP send", curl.ms);
    std::printf("  %-58s %9.2f\n", "ratio mailsetup / curl (medians)", median(mailsetup.ms) / median(curl.ms));
    std::printf("  round trips the proxy counted per connection after its handshake (waits: the server spoke after\n"
                "  the client; turns: changes of direction), median:\n");
    const auto countRow = [](const char *label, const Series &series, const QString &name) {
        std::printf("    %-22s %4.0f waits %4.0f turns\n", label, median(series.waits.value(name)),
                    median(series.turns.value(name)));
    };
    countRow("mailsetup IMAP", mailsetup, u"imap"_s);
    countRow("mailsetup SMTP", mailsetup, u"smtp"_s);
    countRow("curl IMAP", curl, u"imap"_s);
    countRow("curl SMTP", curl, u"smtp"_s);
    return 0;
}
