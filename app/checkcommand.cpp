// mailsetup check: IMAP and SMTP for an address, with a token from a file or from the stored sign-in; with
// --through-relay, SMTP through the relay as a device would send, with a relay device made for the check alone.
#include "app/commandline.h"
#include "app/commands.h"
#include "app/interruption.h"
#include "app/storedsignin.h"
#include "app/temporaryrelaydevice.h"

#include "wizard/core/report/helpdeskreport.h"
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"
#include "wizard/core/provider/regularfile.h"
#include "wizard/core/report/printable.h"
#include "wizard/core/relay/relaycertificate.h"
#include "wizard/core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// An access token is a few kilobytes at most; anything larger is the wrong file.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;

// The token in the file, or an exit code after saying what is wrong with the file.
std::variant<QString, ExitCode> readTokenFile(CommandEnvironment &environment, const QString &path)
{
    QByteArray bytes;
    switch (RegularFile::read(path, MaxTokenFileBytes, &bytes)) {
    case RegularFile::Problem::None:
        break;
    case RegularFile::Problem::TooLarge:
        return environment.usageError(
            CommandLine::tr("The access token file %1 is too large to hold an access token.").arg(path));
    case RegularFile::Problem::Missing:
    case RegularFile::Problem::NotRegular:
    case RegularFile::Problem::Unreadable:
        return environment.usageError(CommandLine::tr("The access token file %1 cannot be read.").arg(path));
    }
    const QString token = QString::fromUtf8(bytes).trimmed();
    static const QRegularExpression tokenPattern(u"^[A-Za-z0-9\\-._~+/]+=*$"_s);
    if (token.isEmpty())
        return environment.usageError(CommandLine::tr("The access token file %1 is empty.").arg(path));
    if (!tokenPattern.match(token).hasMatch())
        return environment.usageError(
            CommandLine::tr("The access token file %1 does not hold one access token.").arg(path));
    return token;
}

// Where check --through-relay finds the relay.
struct RelayTarget {
    QString host;
    quint16 port = RelayDefaultPort;
};

// "127.0.0.1:2525", "[::1]:2525", "nas.example.org:587": a host name or an address, and a port; nothing for
// anything else (no port, a port out of range, characters no host name has).
std::optional<RelayTarget> parseRelayTarget(const QString &text)
{
    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u"]:"_s);
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0)
            return std::nullopt;
        host = text.left(colon);
        port = text.mid(colon + 1);
        // Anchored to the whole text: "$" alone would let a line break at the end through.
        static const QRegularExpression hostName(QRegularExpression::anchoredPattern(
            u"(?=.{1,253}\\z)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"_s));
        if (!hostName.match(host).hasMatch())
            return std::nullopt;  // an IPv6 address without brackets lands here too: its port would be ambiguous
    }
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]{1,5}"_s));
    if (!digits.match(port).hasMatch())
        return std::nullopt;
    const int number = port.toInt();
    if (number < 1 || number > 65535)
        return std::nullopt;
    return RelayTarget{ host, quint16(number) };
}

enum class RelayReachability { Listening, NotListening, NoAddress };

// Whether anything listens on the relay's port: a connection made and closed at once, within a time limit, before
// a device is added for nothing.
RelayReachability reachRelay(const RelayTarget &target)
{
    constexpr int TimeLimitMs = 10'000;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    socket.connectToHost(target.host, target.port);
    limit.start(TimeLimitMs);
    if (socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    if (socket.state() == QAbstractSocket::ConnectedState) {
        socket.abort();
        return RelayReachability::Listening;
    }
    const bool noAddress = socket.error() == QAbstractSocket::HostNotFoundError;
    socket.abort();
    return noAddress ? RelayReachability::NoAddress : RelayReachability::NotListening;
}

// QCommandLineParser knows no option whose value may be left out: a bare --through-relay is the default relay.
QStringList withDefaultRelay(QStringList arguments)
{
    for (QString &argument : arguments) {
        if (argument == "--"_L1)
            break;
        if (argument == "--through-relay"_L1)
            argument = u"--through-relay=127.0.0.1:%1"_s.arg(RelayDefaultPort);
    }
    return arguments;
}

} // namespace

ExitCode runCheckCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without "
                        "--access-token-file it uses the sign-in stored by \"mailsetup signin\"."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address to check."),
                                   CommandLine::tr("address"));
    const QCommandLineOption tokenFile(u"access-token-file"_s,
                                       CommandLine::tr("A file that holds an OAuth2 access token for the address."),
                                       CommandLine::tr("file"));
    const QCommandLineOption sendTest(
        u"send-test"_s, CommandLine::tr("Also send a test message to the address and wait until it arrives."));
    const QCommandLineOption noSendTest(
        u"no-send-test"_s, CommandLine::tr("Do not send a test message, even if the preset asks for one."));
    const QCommandLineOption json(u"json"_s, CommandLine::tr("Print the result as one JSON object."));
    const QCommandLineOption transcript(
        u"transcript"_s, CommandLine::tr("Write what was said with each server to this file, secrets removed."),
        CommandLine::tr("file"));
    const QCommandLineOption reportFile(
        u"report"_s, CommandLine::tr("Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed."),
        CommandLine::tr("file"));
    const QCommandLineOption throughRelay(
        u"through-relay"_s,
        CommandLine::tr("Send through the relay (mailsetup relay) as a device would, with a relay device made for "
                        "this check and removed after it. Written --through-relay alone for the relay on this "
                        "computer (127.0.0.1:%1), or --through-relay=HOST:PORT.")
            .arg(RelayDefaultPort),
        CommandLine::tr("host:port"));
    parser.addOptions({ help, email, CommandEnvironment::providerOption(), CommandEnvironment::providerFileOption(),
                        tokenFile, sendTest, noSendTest, json, transcript, reportFile, throughRelay,
                        CommandEnvironment::presetOption() });

    if (const auto ended = environment.parse(parser, withDefaultRelay(arguments), u"check"_s))
        return *ended;
    std::optional<RelayTarget> relay;
    if (parser.isSet(throughRelay)) {
        relay = parseRelayTarget(parser.value(throughRelay));
        if (!relay)
            return environment.usageError(
                CommandLine::tr("--through-relay takes the relay's host and port, such as 127.0.0.1:2525, "
                                "[::1]:2525 or nas.example.org:587; %1 is not one.")
                    .arg(printable(parser.value(throughRelay))));
    }
    if (parser.isSet(sendTest) && parser.isSet(noSendTest))
        return environment.usageError(CommandLine::tr("Give either --send-test or --no-send-test, not both."));
    if (const auto ended = environment.loadPreset(parser))
        return *ended;
    SetupOptions commandLine;
    if (parser.isSet(sendTest) || parser.isSet(noSendTest))
        commandLine.sendTestMessage = parser.isSet(sendTest);
    SetupOptions builtIns;
    builtIns.sendTestMessage = false;
    const SetupOptions options = SetupOptions::resolved(commandLine, environment.preset(), builtIns);

    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return environment.usageError(CommandLine::tr("Give the address to check with --email."));
    if (!environment.checkedAddress(address))
        return ExitCode::BadInput;

    // The relay first: whether it runs is quick to learn, and says more than a sign-in refreshed for nothing.
    if (relay) {
        switch (reachRelay(*relay)) {
        case RelayReachability::Listening:
            break;
        case RelayReachability::NoAddress:
            environment.err() << printable(CommandLine::tr("No address was found for the relay's host %1.")
                                               .arg(relay->host))
                              << u'\n';
            return ExitCode::Network;
        case RelayReachability::NotListening:
            environment.err() << printable(CommandLine::tr("The relay is not running on %1 port %2. Start it with: "
                                                           "mailsetup relay")
                                               .arg(relay->host)
                                               .arg(relay->port))
                              << u'\n';
            return ExitCode::Network;
        }
    }

    std::optional<ProviderProfile> profile;
    QString token;
    AccountKind kind = AccountKind::Unknown;
    SavedAccount saved;
    if (parser.isSet(tokenFile)) {
        profile = environment.profileFromOptions(parser, u"outlook"_s);
        if (!profile)
            return ExitCode::BadInput;
        auto read = readTokenFile(environment, parser.value(tokenFile));
        if (auto *code = std::get_if<ExitCode>(&read))
            return *code;
        token = std::get<QString>(read);
    } else {
        std::optional<ProviderProfile> override;
        if (parser.isSet(u"provider-file"_s) || parser.isSet(u"provider"_s)) {
            override = environment.profileFromOptions(parser, u"outlook"_s);
            if (!override)
                return ExitCode::BadInput;
        }
        auto stored = loadStoredSignIn(environment, address, override);
        if (auto *code = std::get_if<ExitCode>(&stored))
            return *code;
        const StoredSignIn &signIn = std::get<StoredSignIn>(stored);
        profile = signIn.profile;
        token = signIn.accessToken;
        kind = signIn.account.kind;
        saved = signIn.account;
    }

    MailboxCheck check(*profile, MailAccount{ address, token, kind });
    check.setSendTestMessage(*options.sendTestMessage);
    ProbeLimits limits;
    limits.replyTimeoutMs = CommandEnvironment::checkReplyTimeLimitMs();
    check.setLimits(limits);

    // From here on a signal ends the check, not the program: the relay device below must go again.
    Interruption interruption;
    std::unique_ptr<SecretStore> relayKeychain;
    std::unique_ptr<TemporaryRelayDevice> device;
    if (relay) {
        relayKeychain = CommandEnvironment::createKeychain();
        device = std::make_unique<TemporaryRelayDevice>(relayKeychain.get(), RelayDevices::defaultSettingsFile());
        const SecretResult added = device->add();
        if (!device->isAdded())
            return reportKeychainProblem(environment, added);
        device->removeLeftovers();
        SmtpRoute route;
        route.host = relay->host;
        route.port = relay->port;
        route.userName = device->name();
        route.password = device->password();
        route.caCertificates = profile->caCertificates;
        // The relay's own certificate, when it made one on this computer: the one a check pins.
        route.pinnedSha256 = RelayCertificate::fingerprintIn(RelayCertificate::defaultDirectory());
        // The relay takes a password without TLS on loopback alone; anywhere else a device would need STARTTLS.
        route.requireStartTls = !QHostAddress(relay->host).isLoopback() && relay->host != "localhost"_L1;
        check.setSmtpRoute(route);
    }

    const bool asJson = parser.isSet(json);
    QTextStream &out = environment.out();
    if (!asJson) {
        out << printable(relay ? CommandLine::tr("Checking %1 on %2, sending through the relay on %3 port %4 …")
                                     .arg(address, profile->name, relay->host)
                                     .arg(relay->port)
                               : CommandLine::tr("Checking %1 on %2 …").arg(address, profile->name))
            << u'\n';
        out.flush();
        // Each protocol's steps so far: a step that comes again says which time it is.
        auto stepsSoFar = std::make_shared<std::array<QList<ProbeStep>, 2>>();
        QObject::connect(&check, &MailboxCheck::stepFinished, &check,
                         [&out, stepsSoFar](MailboxCheck::Protocol protocol, const StepResult &step) {
            const bool imap = protocol == MailboxCheck::Protocol::Imap;
            QList<ProbeStep> &before = (*stepsSoFar)[imap ? 0 : 1];
            out << (imap ? u"IMAP "_s : u"SMTP "_s)
                << (step.ok ? u"✓ "_s : u"✗ "_s) << probeStepLabel(step.step, before) << u'\n';
            before << step.step;
            out.flush();
        });
    }

    QEventLoop loop;
    QObject::connect(&check, &MailboxCheck::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interruption, &Interruption::interrupted, &loop, [&check, &loop] {
        check.cancel();
        loop.quit();
    });
    // A signal that came while the device was being added: no check then.
    if (interruption.signalNumber() == 0) {
        check.start();
        loop.exec();
    }
    const QString relayPassword = device ? device->password() : QString();
    if (device) {
        const QString name = device->name();
        const SecretResult removed = device->remove();
        if (device->isAdded())
            environment.err() << printable(CommandLine::tr("The relay device %1, made for this check, could not be "
                                                           "removed: %2 Remove it with: mailsetup relay "
                                                           "remove-device %1")
                                               .arg(name, SecretStore::problemSentence(removed)))
                              << u'\n';
    }
    if (interruption.signalNumber() != 0) {
        environment.err() << (device && !device->isAdded() ? CommandLine::tr("The check was stopped; the relay "
                                                                             "device made for it was removed.")
                                                           : CommandLine::tr("The check was stopped."))
                          << u'\n';
        return ExitCode(interruption.shellExitCode());
    }
    const MailboxCheckReport report = check.report();

    if (parser.isSet(transcript)) {
        QFile file(parser.value(transcript));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            const QString text = u"# IMAP %1\n%2\n# SMTP %3\n%4\n"_s.arg(report.imap.server, report.imap.transcript.join(u'\n'),
                                                                      report.smtp.server, report.smtp.transcript.join(u'\n'));
            file.write(text.toUtf8());
        } else {
            environment.err() << printable(CommandLine::tr("The transcript file %1 cannot be written.").arg(file.fileName()))
                              << u'\n';
        }
    }

    if (parser.isSet(reportFile)) {
        HelpdeskReportData data;
        data.email = address;
        data.kind = kind;
        data.providerId = profile->id;
        data.providerName = profile->name;
        data.tenantId = saved.tenantId;
        data.clientId = saved.clientId.isEmpty() ? profile->oauth.clientId : saved.clientId;
        data.signedInAs = saved.username;
        data.check = report;
        data.secrets = { token };
        if (!relayPassword.isEmpty())
            data.secrets << relayPassword;
        QString problem;
        if (!HelpdeskReport::write(parser.value(reportFile), data, &problem))
            environment.err() << printable(problem) << u'\n';
    }

    if (asJson)
        out << QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson(QJsonDocument::Indented));
    else
        out << u'\n' << ReportFormat::checkToText(report);
    out.flush();
    return report.exitCode();
}
