// mailsetup relay: the relay for devices that only know a password (wizard/core/relay/), in the foreground, its
// devices, and its per-user service.
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/relay/relayserver.h"
#include "wizard/core/relay/relayservice.h"
#include "wizard/core/report/printable.h"
#include "wizard/core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace {

struct RelayOptions {
    QString email;
    QHostAddress address{ QHostAddress::LocalHost };
    quint16 port = RelayDefaultPort;
    QList<QPair<QHostAddress, int>> allowed;
    QStringList allowedTexts;
    QString listenText;
    bool allowPlain = false;
};

// The account the relay sends as: --email, or the one account signed in on this computer.
std::optional<QString> chosenAccount(CommandEnvironment &environment, const QString &typed)
{
    if (!typed.isEmpty()) {
        if (!environment.checkedAddress(typed))
            return std::nullopt;
        return typed;
    }
    const QList<SavedAccount> accounts = AccountSettings().accounts();
    if (accounts.size() == 1)
        return accounts.constFirst().email;
    environment.usageError(accounts.isEmpty()
                               ? CommandLine::tr("No account is signed in on this computer. Sign in first with: "
                                                 "mailsetup signin --email ADDRESS")
                               : CommandLine::tr("Several accounts are signed in on this computer: choose one with --email."));
    return std::nullopt;
}

std::optional<RelayOptions> relayOptions(CommandEnvironment &environment, const QCommandLineParser &parser, bool needAccount)
{
    RelayOptions options;
    if (parser.isSet(u"listen"_s)) {
        options.listenText = parser.value(u"listen"_s);
        const auto listen = RelayServer::parseListenAddress(options.listenText);
        if (!listen) {
            environment.usageError(CommandLine::tr("--listen takes an address and a port, such as 127.0.0.1:2525, "
                                                   "192.168.1.10:587 or [::1]:2525; %1 is not one.")
                                       .arg(printable(options.listenText)));
            return std::nullopt;
        }
        options.address = listen->first;
        options.port = listen->second;
    }
    for (const QString &text : parser.values(u"allow"_s)) {
        const auto network = RelayServer::parseNetwork(text);
        if (!network) {
            environment.usageError(CommandLine::tr("--allow takes a network, such as 192.168.1.0/24, or one address; "
                                                   "%1 is not one.")
                                       .arg(printable(text)));
            return std::nullopt;
        }
        options.allowed << *network;
        options.allowedTexts << text;
    }
    if (!options.address.isLoopback() && options.allowed.isEmpty()) {
        environment.usageError(CommandLine::tr("A relay on %1, which other computers can reach, needs --allow with the "
                                               "networks of the devices it serves, such as --allow 192.168.1.0/24.")
                                   .arg(options.address.toString()));
        return std::nullopt;
    }
    options.allowPlain = parser.isSet(u"allow-plain"_s);
    // The account last: a wrong --listen or --allow is said first, whatever is signed in.
    if (needAccount) {
        const auto email = chosenAccount(environment, parser.value(u"email"_s).trimmed());
        if (!email)
            return std::nullopt;
        options.email = *email;
    }
    return options;
}

// The host a device enters: the listening address, or this computer's address on the network for "any".
QString hostForDevices(const QHostAddress &address)
{
    if (address != QHostAddress::AnyIPv4 && address != QHostAddress::Any && address != QHostAddress::AnyIPv6)
        return address.toString();
    for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback())
            return candidate.toString();
    }
    return u"127.0.0.1"_s;
}

QList<QCommandLineOption> sharedOptions()
{
    return {
        QCommandLineOption({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help.")),
        QCommandLineOption(u"email"_s, CommandLine::tr("The signed-in address the relay sends as (default: the only "
                                                       "one signed in)."),
                           CommandLine::tr("address")),
        QCommandLineOption(u"listen"_s, CommandLine::tr("Where the relay listens (default: 127.0.0.1:2525, this "
                                                        "computer only)."),
                           CommandLine::tr("address:port")),
        QCommandLineOption(u"allow"_s, CommandLine::tr("A network whose devices the relay serves, such as "
                                                       "192.168.1.0/24; needed with a network address for --listen, "
                                                       "and may be given more than once."),
                           CommandLine::tr("network")),
        QCommandLineOption(u"allow-plain"_s, CommandLine::tr("Take passwords without STARTTLS from other computers too "
                                                             "(only for old devices on a trusted network).")),
        QCommandLineOption(u"no-start"_s, CommandLine::tr("With install-service: write the service file, but do not start the relay yet.")),
    };
}

bool waitForKeychain(const std::function<void(QEventLoop &)> &start)
{
    QEventLoop loop;
    start(loop);
    loop.exec();
    return true;
}

ExitCode addDevice(CommandEnvironment &environment, const RelayOptions &options, const QString &name)
{
    if (!RelayDevices::isValidName(name))
        return environment.usageError(CommandLine::tr("A device name has 1 to 64 letters, digits, dots, dashes or "
                                                      "underscores, such as scanner or printer-2nd-floor."));
    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    RelayDevices devices(keychain.get(), RelayDevices::defaultSettingsFile());
    const bool existed = devices.contains(name);
    RelayDevices::AddResult added;
    waitForKeychain([&](QEventLoop &loop) {
        devices.add(name, &loop, [&](const RelayDevices::AddResult &result) {
            added = result;
            loop.quit();
        });
    });
    if (added.password.isEmpty())
        return reportKeychainProblem(environment, added.secret);
    QString error;
    const RelayCertificate certificate = RelayCertificate::loadOrCreate(RelayCertificate::defaultDirectory(), &error);
    QTextStream &out = environment.out();
    out << (existed ? CommandLine::tr("The device %1 has a new password; the old one no longer works.").arg(name)
                    : CommandLine::tr("The device %1 may now send through the relay.").arg(name))
        << u'\n'
        << CommandLine::tr("Enter these in the device. The password is shown only now: Mail Setup keeps only a "
                           "hash of it.")
        << u"\n\n"_s
        << CommandLine::tr("SMTP server: %1").arg(hostForDevices(options.address)) << u'\n'
        << CommandLine::tr("Port: %1").arg(options.port) << u'\n'
        << CommandLine::tr("User name: %1").arg(name) << u'\n'
        << CommandLine::tr("Password: %1").arg(added.password) << u'\n'
        << CommandLine::tr("Sender address: %1").arg(options.email) << u'\n'
        << (options.address.isLoopback() || options.allowPlain
                ? CommandLine::tr("Security: STARTTLS if the device supports it, otherwise none.")
                : CommandLine::tr("Security: STARTTLS (the relay takes no password without it)."))
        << u'\n';
    if (!certificate.isNull())
        out << CommandLine::tr("Certificate fingerprint (SHA-256), for a device that checks it: %1")
                   .arg(certificate.fingerprint())
            << u'\n';
    else
        environment.err() << error << u'\n';
    out << u'\n'
        << CommandLine::tr("Start the relay with \"mailsetup relay\", or for good with \"mailsetup relay "
                           "install-service\".")
        << u'\n';
    return ExitCode::Ok;
}

ExitCode listDevices(CommandEnvironment &environment)
{
    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    RelayDevices devices(keychain.get(), RelayDevices::defaultSettingsFile());
    const QList<RelayDevice> list = devices.devices();
    if (list.isEmpty()) {
        environment.out() << CommandLine::tr("No device may send through the relay yet. Add one with: mailsetup relay "
                                             "add-device NAME")
                          << u'\n';
        return ExitCode::Ok;
    }
    for (const RelayDevice &device : list) {
        environment.out() << CommandLine::tr("%1 (added %2)")
                                 .arg(device.name, QLocale().toString(device.added.toLocalTime(), QLocale::ShortFormat))
                          << u'\n';
    }
    return ExitCode::Ok;
}

ExitCode removeDevice(CommandEnvironment &environment, const QString &name)
{
    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    RelayDevices devices(keychain.get(), RelayDevices::defaultSettingsFile());
    if (!devices.contains(name)) {
        environment.err() << CommandLine::tr("No device is called %1. See the devices with: mailsetup relay "
                                             "list-devices")
                                 .arg(printable(name.left(64)))
                          << u'\n';
        return ExitCode::BadInput;
    }
    SecretResult removed;
    waitForKeychain([&](QEventLoop &loop) {
        devices.remove(name, &loop, [&](const SecretResult &result) {
            removed = result;
            loop.quit();
        });
    });
    if (!removed.ok())
        return reportKeychainProblem(environment, removed);
    environment.out() << CommandLine::tr("The device %1 can no longer send through the relay.").arg(name) << u'\n';
    return ExitCode::Ok;
}

// Runs one of RelayService's asynchronous steps to its end: the command has nothing else to do meanwhile.
std::optional<QString> waitFor(const std::function<void(QObject *, RelayService::Done)> &step)
{
    QEventLoop loop;
    std::optional<QString> problem;
    step(&loop, [&](const std::optional<QString> &answer) {
        problem = answer;
        loop.quit();
    });
    loop.exec();
    return problem;
}

ExitCode installService(CommandEnvironment &environment, const RelayOptions &options, bool start)
{
    const RelayLaunch launch{ QCoreApplication::applicationFilePath(), options.email, options.listenText,
                              options.allowedTexts, options.allowPlain };
    QString error;
    if (!RelayService::writeUnit(launch, &error)) {
        environment.err() << error << u'\n';
        return ExitCode::InternalError;
    }
    const QString path = RelayService::unitFilePath();
    environment.out() << CommandLine::tr("The relay's service is in %1.").arg(printable(path)) << u'\n';
    if (!start)
        return ExitCode::Ok;
    for (const QStringList &step : { QStringList{ u"daemon-reload"_s }, QStringList{ u"enable"_s, u"--now"_s, RelayService::unitName() } }) {
        const auto problem = waitFor([&step](QObject *context, RelayService::Done done) {
            RelayService::systemctl(step, context, std::move(done));
        });
        if (problem) {
            environment.err() << CommandLine::tr("The service could not be started: %1 Start it when you are logged in "
                                                 "with: systemctl --user enable --now %2")
                                     .arg(*problem, RelayService::unitName())
                              << u'\n';
            return ExitCode::Ok;
        }
    }
    environment.out() << CommandLine::tr("The relay runs now, and starts again whenever you log in.") << u'\n';
    return ExitCode::Ok;
}

ExitCode removeService(CommandEnvironment &environment)
{
    const QString path = RelayService::unitFilePath();
    if (!QFile::exists(path)) {
        environment.out() << CommandLine::tr("The relay's service is not installed.") << u'\n';
        return ExitCode::Ok;
    }
    // Stopped first, while systemd still knows the unit; a systemctl that cannot reach the user's manager is no
    // reason to keep the file.
    waitFor([](QObject *context, RelayService::Done done) {
        RelayService::systemctl({ u"disable"_s, u"--now"_s, RelayService::unitName() }, context, std::move(done));
    });
    if (!QFile::remove(path)) {
        environment.err() << CommandLine::tr("The service file %1 cannot be removed.").arg(printable(path)) << u'\n';
        return ExitCode::InternalError;
    }
    waitFor([](QObject *context, RelayService::Done done) {
        RelayService::systemctl({ u"daemon-reload"_s }, context, std::move(done));
    });
    environment.out() << CommandLine::tr("The relay's service is removed.") << u'\n';
    return ExitCode::Ok;
}

ExitCode runRelay(CommandEnvironment &environment, const RelayOptions &options)
{
    // The sign-in is checked once before listening: a relay that cannot send should not take messages.
    auto stored = loadStoredSignIn(environment, options.email);
    if (auto *code = std::get_if<ExitCode>(&stored))
        return *code;
    const StoredSignIn signIn = std::get<StoredSignIn>(stored);

    QString error;
    const RelayCertificate certificate = RelayCertificate::loadOrCreate(RelayCertificate::defaultDirectory(), &error);
    if (certificate.isNull() && !options.address.isLoopback()) {
        environment.err() << error << u'\n';
        return ExitCode::Tls;
    }

    const std::unique_ptr<SecretStore> keychain = CommandEnvironment::createKeychain();
    TokenKeeper keeper(keychain.get());
    keeper.setRequestDeadlineMs(CommandEnvironment::signInRequestDeadlineMs());
    RelayDevices devices(keychain.get(), RelayDevices::defaultSettingsFile());
    const QString identity = signIn.account.identity;
    const OAuthSettings oauth = signIn.profile.oauth;
    RelayAccount account{ options.email, signIn.account.kind, signIn.profile.smtp, signIn.profile.caCertificates };
    RelayServer relay(account, &devices, [&keeper, identity, oauth](QObject *context, auto done) {
        keeper.freshAccessToken(identity, oauth, false, context, done);
    });
    QTextStream &err = environment.err();
    QObject::connect(&relay, &RelayServer::logged, &relay, [&err](const QString &line) {
        err << QDateTime::currentDateTime().toString(Qt::ISODate) << u' ' << line << u'\n';
        err.flush();
    });
    if (!certificate.isNull())
        relay.setCertificate(certificate);
    relay.setAllowedNetworks(options.allowed);
    relay.setAllowPlain(options.allowPlain);
    if (!relay.start(options.address, options.port, &error)) {
        err << error << u'\n';
        return ExitCode::Network;
    }
    QTextStream &out = environment.out();
    out << CommandLine::tr("The relay sends as %1 through %2 and listens on %3 port %4.")
               .arg(options.email, signIn.profile.smtp.host, options.address.toString())
               .arg(relay.serverPort())
        << u'\n';
    if (!certificate.isNull())
        out << CommandLine::tr("Certificate fingerprint (SHA-256): %1").arg(certificate.fingerprint()) << u'\n';
    if (devices.devices().isEmpty())
        out << CommandLine::tr("No device may send yet. Add one with: mailsetup relay add-device NAME") << u'\n';
    out << CommandLine::tr("Stop it with Ctrl+C.") << u'\n';
    out.flush();
    QEventLoop loop;
    loop.exec();
    return ExitCode::Ok;
}

} // namespace

ExitCode runRelayCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Lets a printer, a scanner or an old program that only knows a user name and a password send "
                        "mail through a signed-in Outlook.com or Microsoft 365 account. Without an action it runs "
                        "the relay until stopped.\n\nActions:\n"
                        "  add-device NAME     give a device its own password (shown once)\n"
                        "  list-devices        the devices that may send\n"
                        "  remove-device NAME  take a device's password away\n"
                        "  install-service     run the relay whenever you are logged in (systemd)\n"
                        "  remove-service      stop and remove that service"));
    parser.addOptions(sharedOptions());
    parser.addPositionalArgument(u"action"_s, CommandLine::tr("What to do (see above)."), u"[action [name]]"_s);
    if (const auto ended = environment.parse(parser, arguments, u"relay"_s, true))
        return *ended;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qsizetype wanted = action == "add-device"_L1 || action == "remove-device"_L1 ? 2 : positional.isEmpty() ? 0 : 1;
    if (positional.size() != wanted) {
        if (wanted == 2)
            return environment.usageError(CommandLine::tr("Give the device's name: mailsetup relay %1 NAME").arg(action));
        if (!positional.isEmpty() && positional.size() == 1)
            return environment.usageError(CommandLine::tr("Unknown action: %1").arg(printable(action)));
        return environment.usageError(CommandLine::tr("Unexpected argument: %1").arg(printable(positional.constLast())));
    }
    if (action == "list-devices"_L1)
        return listDevices(environment);
    if (action == "remove-device"_L1)
        return removeDevice(environment, positional.at(1));
    if (action == "remove-service"_L1)
        return removeService(environment);
    if (!action.isEmpty() && action != "add-device"_L1 && action != "install-service"_L1)
        return environment.usageError(CommandLine::tr("Unknown action: %1").arg(printable(action)));
    const auto options = relayOptions(environment, parser, true);
    if (!options)
        return ExitCode::BadInput;
    if (action == "add-device"_L1)
        return addDevice(environment, *options, positional.at(1));
    if (action == "install-service"_L1)
        return installService(environment, *options, !parser.isSet(u"no-start"_s));
    return runRelay(environment, *options);
}
