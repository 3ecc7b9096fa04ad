// Runs a `mailsetup check ... --json` command N times and prints the median and p95 of: the whole
// command's wall time, each protocol's total step time, the test message's delivery time
// (testMessage.ms) and the command's peak RSS (ru_maxrss of the child, from wait4). The command runs
// directly, without a shell, so the RSS is mailsetup's own. Stops at the first run that does not exit
// with 0 and report "ok": true, and shows what it said.
//
//   bench_command [--runs N] [--label TEXT] -- COMMAND [ARGUMENT...]
#include "benchmarks/measurement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char **environ;

using Measurement::median;
using Measurement::percentile;

namespace {

double stepTotalMs(const QJsonObject &probe)
{
    double total = 0;
    for (const QJsonValue &step : probe.value(QLatin1StringView("steps")).toArray())
        total += step.toObject().value(QLatin1StringView("ms")).toDouble();
    return total;
}

void row(const char *label, const std::vector<double> &values, const char *unit, int decimals)
{
    std::printf("  %-40s %10.*f %10.*f  %s\n", label, decimals, median(values), decimals, percentile(values, 0.95), unit);
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 20;
    std::string label;
    int first = argc;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            first = i + 1;
            break;
        } else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--label") == 0 && i + 1 < argc) {
            label = argv[++i];
        } else {
            first = argc;
            break;
        }
    }
    if (first >= argc || runs < 1) {
        std::fprintf(stderr, "usage: bench_command [--runs N] [--label TEXT] -- COMMAND [ARGUMENT...]\n");
        return 2;
    }
    char **command = argv + first;
    QCoreApplication app(argc, argv);

    std::vector<double> wallMs, imapMs, smtpMs, deliveryMs, rssKb;
    for (int run = 1; run <= runs; ++run) {
        QTemporaryFile out, err;
        if (!out.open() || !err.open()) {
            std::fprintf(stderr, "bench_command: cannot create temporary files\n");
            return 1;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out.handle(), STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, err.handle(), STDERR_FILENO);
        pid_t pid = -1;
        const auto begin = std::chrono::steady_clock::now();
        const int spawned = posix_spawn(&pid, command[0], &actions, nullptr, command, environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            std::fprintf(stderr, "bench_command: cannot run %s: %s\n", command[0], std::strerror(spawned));
            return 1;
        }
        int status = 0;
        rusage usage{};
        while (wait4(pid, &status, 0, &usage) < 0) {
            if (errno != EINTR) {
                std::perror("bench_command: wait4");
                return 1;
            }
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();

        out.seek(0);
        err.seek(0);
        const QByteArray stdoutText = out.readAll();
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(stdoutText, &parseError).object();
        const bool exitedZero = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        if (!exitedZero || parseError.error != QJsonParseError::NoError
            || !report.value(QLatin1StringView("ok")).toBool()) {
            std::fprintf(stderr, "bench_command: run %d failed (%s %d)\n%s\n%s\n", run,
                         WIFEXITED(status) ? "exit code" : "signal",
                         WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status), stdoutText.constData(),
                         err.readAll().constData());
            return 1;
        }
        wallMs.push_back(ms);
        rssKb.push_back(double(usage.ru_maxrss));
        imapMs.push_back(stepTotalMs(report.value(QLatin1StringView("imap")).toObject()));
        smtpMs.push_back(stepTotalMs(report.value(QLatin1StringView("smtp")).toObject()));
        const QJsonValue delivery = report.value(QLatin1StringView("testMessage")).toObject().value(QLatin1StringView("ms"));
        if (delivery.isDouble())
            deliveryMs.push_back(delivery.toDouble());
    }

    std::printf("%s: %d runs\n", label.empty() ? command[0] : label.c_str(), runs);
    std::printf("  %-40s %10s %10s\n", "", "median", "p95");
    row("whole command, wall", wallMs, "ms", 1);
    row("IMAP, total of its steps", imapMs, "ms", 0);
    row("SMTP, total of its steps", smtpMs, "ms", 0);
    if (!deliveryMs.empty())
        row("test message delivery (testMessage.ms)", deliveryMs, "ms", 0);
    row("peak RSS of the command (ru_maxrss)", rssKb, "KiB", 0);
    return 0;
}
