// The relay's cost: messages sent straight to a fake upstream server (SmtpProbe, as the relay itself sends them)
// against the same messages sent by a device through the relay, one after another (the latency the relay adds to
// each message), and many devices at once (messages per second). All on loopback, upstream with STARTTLS and
// XOAUTH2 like Exchange Online (tests/support/smtpsink).
//   bench_relay [--messages N] [--devices D] [--each M]
#include "tests/core/probetesting.h"
#include "tests/core/relaytesting.h"
#include "tests/support/smtpsink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace RelayTesting;

namespace {

double sendDirect(SmtpSink &sink, int messages)
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < messages; ++i) {
        SmtpProbe probe(ServerAddress{ u"127.0.0.1"_s, sink.serverPort(), ConnectionSecurity::StartTls },
                        ScriptedServer::testCa(), ProbeTesting::account(), ProbeLimits{});
        probe.setMessage(SubmittedMessage{ ProbeTesting::email(), { u"office@example.com"_s },
                                           messageText(ProbeTesting::email(), u"office@example.com"_s,
                                                       u"direct %1"_s.arg(i), 2), {} });
        bool accepted = false;
        QObject::connect(&probe, &SmtpProbe::messageAccepted, [&] { accepted = true; });
        probe.start();
        if (!waitUntil([&] { return accepted || probe.isFinished(); }, 30'000) || !accepted) {
            std::fprintf(stderr, "bench_relay: a direct message was not accepted\n");
            return -1;
        }
        waitUntil([&] { return probe.isFinished(); }, 5000);
    }
    return double(clock.nsecsElapsed()) / 1e6 / messages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption messagesOption(u"messages"_s, u"messages one after another"_s, u"N"_s, u"100"_s);
    const QCommandLineOption devicesOption(u"devices"_s, u"devices at once"_s, u"D"_s, u"50"_s);
    const QCommandLineOption eachOption(u"each"_s, u"messages per device"_s, u"M"_s, u"20"_s);
    parser.addOptions({ messagesOption, devicesOption, eachOption });
    parser.process(app);
    const int messages = qMax(1, parser.value(messagesOption).toInt());
    const int devicesAtOnce = qMax(1, parser.value(devicesOption).toInt());
    const int each = qMax(1, parser.value(eachOption).toInt());

    SmtpSink sink;
    if (!sink.start())
        return 1;
    QTemporaryDir dir;
    MemorySecretStore store;
    RelayDevices devices(&store, dir.filePath(u"devices.ini"_s));
    QHash<QString, QString> passwords;
    for (int d = 0; d < devicesAtOnce; ++d)
        passwords.insert(u"device-%1"_s.arg(d), addDevice(devices, u"device-%1"_s.arg(d)));
    RelayLimits limits;
    limits.messagesPerMinute = 1'000'000;
    RelayAccount account{ ProbeTesting::email(), AccountKind::Work,
                          ServerAddress{ u"127.0.0.1"_s, sink.serverPort(), ConnectionSecurity::StartTls },
                          ScriptedServer::testCa() };
    RelayServer relay(account, &devices, [](QObject *context, std::function<void(const TokenOutcome &)> done) {
        QMetaObject::invokeMethod(context, [done] {
            TokenOutcome outcome;
            outcome.accessToken = ProbeTesting::token();
            done(outcome);
        }, Qt::QueuedConnection);
    }, limits);
    QString error;
    if (!relay.start(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "bench_relay: %s\n", qPrintable(error));
        return 1;
    }

    const double directMs = sendDirect(sink, messages);

    DeviceConnection device;
    device.connectTo(QHostAddress::LocalHost, relay.serverPort());
    device.reply();
    device.signIn(u"device-0"_s, passwords.value(u"device-0"_s));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < messages; ++i) {
        const QByteArray answer = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                              messageText(ProbeTesting::email(), u"office@example.com"_s,
                                                          u"relayed %1"_s.arg(i), 2));
        if (!answer.startsWith("250")) {
            std::fprintf(stderr, "bench_relay: %s\n", answer.constData());
            return 1;
        }
    }
    const double relayedMs = double(clock.nsecsElapsed()) / 1e6 / messages;

    std::vector<std::unique_ptr<SendingDevice>> sending;
    const qsizetype before = sink.messages().size();
    clock.restart();
    for (int d = 0; d < devicesAtOnce; ++d) {
        const QString name = u"device-%1"_s.arg(d);
        sending.push_back(std::make_unique<SendingDevice>(name, passwords.value(name), ProbeTesting::email(), each));
        sending.back()->start(QHostAddress::LocalHost, relay.serverPort());
    }
    waitUntil([&] { return std::all_of(sending.begin(), sending.end(), [](const auto &s) { return s->done(); }); },
                    600'000);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qsizetype delivered = sink.messages().size() - before;

    std::printf("relay: one message after another (%d): direct %.2f ms, through the relay %.2f ms, added %.2f ms "
                "per message\n",
                messages, directMs, relayedMs, relayedMs - directMs);
    std::printf("relay: %d devices x %d messages at once: %lld delivered in %.2f s, %.1f messages/s (%d upstream at "
                "once)\n",
                devicesAtOnce, each, qint64(delivered), seconds, delivered / seconds, limits.maxUpstreamAtOnce);
    return delivered == qsizetype(devicesAtOnce) * each ? 0 : 1;
}
