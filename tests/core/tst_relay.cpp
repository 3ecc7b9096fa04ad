// The relay against scripted and fake upstream servers: what it refuses, what it passes back, and that a fault on
// the way to Microsoft reaches the device as a temporary error without losing or doubling a message.
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "tests/support/mailserverscripts.h"
#include "tests/core/probetesting.h"
#include "tests/core/relaytesting.h"
#include "tests/support/smtpsink.h"

#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RelayTesting;

namespace {

qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_Relay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listenAndNetworkOptions();
    void passwordHashes();
    void devicesAddListRemove();
    void newPasswordFromAnotherProcessEndsTheOldOne();
    void certificateMadeOnceAndKeptPrivate();
    void sendsThroughUpstreamWithXoauth2();
    void wrongPasswordIsDelayedCountedAndNotLogged();
    void unknownDeviceIsRefused();
    void otherSenderIsRefused();
    void clientOutsideAllowIsTurnedAway();
    void networkAddressNeedsAllow();
    void overSizeIsRefused();
    void authBeforeStartTlsOnNetworkAddress();
    void startTlsWithTheKeptCertificate();
    void upstreamRefusalsReachTheDevice_data();
    void upstreamRefusalsReachTheDevice();
    void upstreamHangsGivesTemporaryFailure();
    void upstreamDropsMidDataGivesTemporaryFailure();
    void tokenRefreshFailureGivesTemporaryFailure();
    void rateLimitPerDevice();
    void idleDeviceAndStuckHandshakeAreClosed();
    void fiftyDevicesTwentyMessagesEach();

private:
    std::unique_ptr<RelayServer> makeRelay(quint16 upstreamPort, const RelayLimits &limits = testLimits(),
                                           AccessTokenSource tokens = {});
    static RelayLimits testLimits();
    QString allLog() const { return m_log.join(u'\n'); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<RelayDevices> m_devices;
    QString m_password;
    QStringList m_log;
};

RelayLimits tst_Relay::testLimits()
{
    RelayLimits limits;
    limits.wrongPasswordDelayMs = 300;
    limits.maxMessageBytes = 64 * 1024;
    limits.upstream = ProbeTesting::tokenLimits();
    return limits;
}

void tst_Relay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_devices = std::make_unique<RelayDevices>(m_store.get(), m_dir->filePath(u"devices.ini"_s));
    m_password = addDevice(*m_devices, u"scanner"_s);
    QCOMPARE(m_password.size(), 24);
    m_log.clear();
}

void tst_Relay::cleanup()
{
    m_devices.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<RelayServer> tst_Relay::makeRelay(quint16 upstreamPort, const RelayLimits &limits, AccessTokenSource tokens)
{
    if (!tokens) {
        tokens = [](QObject *context, std::function<void(const TokenOutcome &)> done) {
            QMetaObject::invokeMethod(context, [done] {
                TokenOutcome outcome;
                outcome.accessToken = ProbeTesting::token();
                done(outcome);
            }, Qt::QueuedConnection);
        };
    }
    RelayAccount account{ ProbeTesting::email(), AccountKind::Personal,
                          ServerAddress{ u"127.0.0.1"_s, upstreamPort, ConnectionSecurity::StartTls },
                          ScriptedServer::testCa() };
    auto relay = std::make_unique<RelayServer>(account, m_devices.get(), tokens, limits);
    connect(relay.get(), &RelayServer::logged, this, [this](const QString &line) { m_log << line; });
    return relay;
}

void tst_Relay::listenAndNetworkOptions()
{
    auto listen = RelayServer::parseListenAddress(u"127.0.0.1:2525"_s);
    QVERIFY(listen);
    QCOMPARE(listen->first, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(listen->second, 2525);
    listen = RelayServer::parseListenAddress(u"[::1]:587"_s);
    QVERIFY(listen);
    QCOMPARE(listen->first, QHostAddress(QHostAddress::LocalHostIPv6));
    for (const QString &bad : { u"::1:587"_s, u"127.0.0.1"_s, u"127.0.0.1:0"_s, u"127.0.0.1:70000"_s, u"printer:25"_s,
                                u":25"_s, u""_s })
        QVERIFY2(!RelayServer::parseListenAddress(bad), qPrintable(bad));
    const auto network = RelayServer::parseNetwork(u"192.0.2.0/24"_s);
    QVERIFY(network);
    QCOMPARE(network->second, 24);
    QCOMPARE(RelayServer::parseNetwork(u"192.0.2.7"_s)->second, 32);
    QVERIFY(!RelayServer::parseNetwork(u"192.0.2.0/33"_s));
    QVERIFY(!RelayServer::parseNetwork(u"everyone"_s));
}

void tst_Relay::passwordHashes()
{
    const QByteArray hash = RelayDevices::hashPassword(u"Correct-Horse"_s, 1000);
    QVERIFY(hash.startsWith("pbkdf2-sha256$1000$"));
    QVERIFY(!hash.contains("Correct-Horse"));
    QVERIFY(RelayDevices::passwordMatches(u"Correct-Horse"_s, hash));
    QVERIFY(!RelayDevices::passwordMatches(u"correct-horse"_s, hash));
    QVERIFY(!RelayDevices::passwordMatches(u"Correct-Horse"_s, "pbkdf2-sha256$999999999$AAAA$AAAA"));
    QVERIFY(!RelayDevices::passwordMatches(u"Correct-Horse"_s, "plain:Correct-Horse"));
    QVERIFY(RelayDevices::hashPassword(u"x"_s, 10) != RelayDevices::hashPassword(u"x"_s, 10));  // salted
    QVERIFY(RelayDevices::generatePassword() != RelayDevices::generatePassword());
}

void tst_Relay::devicesAddListRemove()
{
    QVERIFY(addDevice(*m_devices, u"printer-2"_s).size() == 24);
    QVERIFY(addDevice(*m_devices, u"bad name"_s).isEmpty());
    QVERIFY(addDevice(*m_devices, u"../keys"_s).isEmpty());
    QStringList names;
    for (const RelayDevice &device : m_devices->devices())
        names << device.name;
    QCOMPARE(names, QStringList({ u"printer-2"_s, u"scanner"_s }));
    // The keychain holds a hash, never the password; the device list holds neither.
    QFile ini(m_dir->filePath(u"devices.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_password.toUtf8()));
    bool removed = false;
    m_devices->remove(u"printer-2"_s, nullptr, [&](const SecretResult &result) { removed = result.ok(); });
    QTRY_VERIFY(removed);
    QVERIFY(!m_devices->contains(u"printer-2"_s));
    bool checked = false, matches = true;
    m_devices->verify(u"printer-2"_s, u"anything"_s, nullptr, [&](bool ok, const SecretResult &) {
        matches = ok;
        checked = true;
    });
    QTRY_VERIFY(checked);
    QVERIFY(!matches);
}

void tst_Relay::newPasswordFromAnotherProcessEndsTheOldOne()
{
    // The running relay (m_devices) has just verified the scanner's password, so it remembers it; then
    // `mailsetup relay add-device scanner` in another process (a second RelayDevices on the same keychain and list)
    // gives the scanner a new password. The old one must fail at once, not when the memory runs out.
    const auto verified = [](RelayDevices &devices, const QString &password) {
        std::optional<bool> matches;
        devices.verify(u"scanner"_s, password, nullptr, [&](bool ok, const SecretResult &) { matches = ok; });
        return QTest::qWaitFor([&] { return matches.has_value(); }, 5000) && *matches;
    };
    QVERIFY(verified(*m_devices, m_password));
    QVERIFY(verified(*m_devices, m_password));  // now from memory
    RelayDevices otherProcess(m_store.get(), m_dir->filePath(u"devices.ini"_s));
    const QString newPassword = addDevice(otherProcess, u"scanner"_s);
    QCOMPARE(newPassword.size(), 24);
    QVERIFY(!verified(*m_devices, m_password));
    QVERIFY(verified(*m_devices, newPassword));
    // The list still reads the moment it was added, to the millisecond.
    QVERIFY(m_devices->devices().constFirst().added.isValid());
}

void tst_Relay::certificateMadeOnceAndKeptPrivate()
{
    QString error;
    const QString folder = m_dir->filePath(u"relay"_s);
    const RelayCertificate made = RelayCertificate::loadOrCreate(folder, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    QCOMPARE(QFile::permissions(folder + u"/relay-key.pem"_s),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const RelayCertificate again = RelayCertificate::loadOrCreate(folder, &error);
    QCOMPARE(again.certificate, made.certificate);
    QCOMPARE(again.fingerprint(), made.fingerprint());
    // The fingerprint reads as openssl's own.
    QProcess openssl;
    openssl.start(u"openssl"_s, { u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s,
                                  folder + u"/relay-cert.pem"_s });
    QVERIFY(openssl.waitForFinished(10'000));
    QVERIFY2(QString::fromLatin1(openssl.readAllStandardOutput()).contains(made.fingerprint()),
             qPrintable(made.fingerprint()));
}

void tst_Relay::sendsThroughUpstreamWithXoauth2()
{
    const QByteArray body = messageText(ProbeTesting::email(), u"office@example.com"_s, u"Scan 1"_s);
    const int lines = int(body.count("\r\n"));
    QStringList script = MailServerScripts::smtpUntilAuth();
    script << u"S: 235 2.7.0 Authentication successful"_s << u"C: MAIL FROM:<%1>"_s.arg(ProbeTesting::email())
           << u"C: RCPT TO:<office@example.com>"_s << u"C: DATA"_s << u"S: 250 2.1.0 Sender OK"_s
           << u"S: 250 2.1.5 Recipient OK"_s << u"S: 354 Start mail input"_s;
    for (int i = 0; i < lines; ++i)
        script << u"C: *"_s;
    script << u"C: ."_s << u"C: QUIT"_s << u"S: 250 2.0.0 OK <x@outlook.com>"_s << u"S: 221 2.0.0 Bye"_s << u"X"_s;
    ScriptedServer upstream(script);
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY2(relay->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    QVERIFY(device.reply().startsWith("220 "));
    const QByteArray ehlo = device.command("EHLO scanner.local");
    QVERIFY(ehlo.contains("250-SIZE 65536"));
    QVERIFY(ehlo.contains("AUTH PLAIN LOGIN"));  // loopback: plain sign-in is fine
    // AUTH LOGIN, the way many scanners do it.
    QCOMPARE(device.command("AUTH LOGIN"), QByteArray("334 VXNlcm5hbWU6\r\n"));
    QCOMPARE(device.command("scanner"_ba.toBase64()), QByteArray("334 UGFzc3dvcmQ6\r\n"));
    QVERIFY(device.command(m_password.toUtf8().toBase64()).startsWith("235 2.7.0"));
    // The account's address in another case is the account's.
    const QByteArray answer = device.send(ProbeTesting::email().toUpper(), u"office@example.com"_s, body);
    QVERIFY2(answer.startsWith("250 2.0.0"), answer.constData());
    QVERIFY2(upstream.mismatches().isEmpty(), qPrintable(upstream.mismatches().join(u'\n')));
    // Sent as the account, dot-stuffed again, the token only in XOAUTH2 to the upstream server.
    QVERIFY(upstream.received().contains("MAIL FROM:<" + ProbeTesting::email().toUtf8() + ">"));
    QVERIFY(upstream.received().contains("..leading dot"));
    QVERIFY(upstream.received().contains("Subject: Scan 1"));
    QCOMPARE(relay->counters().sent, 1);
    QVERIFY(!device.buffer.contains(ProbeTesting::token().toUtf8()));
    QVERIFY(!allLog().contains(ProbeTesting::token()));
    QVERIFY(!allLog().contains(m_password));
    QVERIFY(device.command("QUIT").startsWith("221"));
}

void tst_Relay::wrongPasswordIsDelayedCountedAndNotLogged()
{
    auto relay = makeRelay(1);
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = device.signIn(u"scanner"_s, u"Guess-Number-One"_s);
    QVERIFY2(answer.startsWith("535 5.7.8"), answer.constData());
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(relay->counters().wrongPasswords, 1);
    QVERIFY(allLog().contains(u"scanner"_s));
    QVERIFY(!allLog().contains(u"Guess-Number-One"_s));
    // Not signed in: nothing can be sent.
    QVERIFY(device.command("MAIL FROM:<" + ProbeTesting::email().toUtf8() + ">").startsWith("530 5.7.0"));
    // Three wrong passwords close the connection.
    device.command("AUTH PLAIN " + "\0scanner\0two"_ba.toBase64());
    QVERIFY(device.command("AUTH PLAIN " + "\0scanner\0three"_ba.toBase64()).startsWith("535"));
    QTRY_VERIFY(device.socket.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(relay->counters().wrongPasswords, 3);
}

void tst_Relay::unknownDeviceIsRefused()
{
    auto relay = makeRelay(1);
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    // The right password under another name is still wrong.
    QVERIFY(device.signIn(u"printer"_s, m_password).startsWith("535 5.7.8"));
    QCOMPARE(relay->counters().wrongPasswords, 1);
}

void tst_Relay::otherSenderIsRefused()
{
    ScriptedServer upstream({ u"HANG"_s });
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    for (const QByteArray &sender : { "someone@example.com"_ba, "ada.lovelace@outlook.com.evil.example"_ba, ""_ba }) {
        const QByteArray answer = device.command("MAIL FROM:<" + sender + ">");
        QVERIFY2(answer.startsWith("550 5.7.1"), answer.constData());
        QVERIFY(answer.contains(ProbeTesting::email().toUtf8()));
    }
    QVERIFY(!upstream.clientConnected());
    QCOMPARE(relay->counters().sent, 0);
    QVERIFY(allLog().contains(u"someone@example.com"_s));
}

void tst_Relay::clientOutsideAllowIsTurnedAway()
{
    auto relay = makeRelay(1);
    relay->setAllowedNetworks({ *RelayServer::parseNetwork(u"192.0.2.0/24"_s) });
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    QVERIFY(device.reply().startsWith("554 5.7.1"));
    QTRY_VERIFY(device.socket.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(relay->counters().turnedAway, 1);
    QCOMPARE(relay->counters().sessions, 0);
}

void tst_Relay::networkAddressNeedsAllow()
{
    auto relay = makeRelay(1);
    QString error;
    QVERIFY(!relay->start(QHostAddress::AnyIPv4, 0, &error));
    QVERIFY(error.contains(u"--allow"_s));
    QVERIFY(!relay->isListening());
}

void tst_Relay::overSizeIsRefused()
{
    ScriptedServer upstream({ u"HANG"_s });
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    QVERIFY(device.command("MAIL FROM:<" + ProbeTesting::email().toUtf8() + "> SIZE=70000").startsWith("552 5.3.4"));
    // A device that does not say the size beforehand is told after its data.
    const QByteArray answer = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                          messageText(ProbeTesting::email(), u"office@example.com"_s, u"Big"_s, 1000));
    QVERIFY2(answer.startsWith("552 5.3.4"), answer.constData());
    QVERIFY(!upstream.clientConnected());
    // The session goes on.
    QVERIFY(device.command("NOOP").startsWith("250"));
}

void tst_Relay::authBeforeStartTlsOnNetworkAddress()
{
    QHostAddress network;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            network = address;
            break;
        }
    }
    if (network.isNull())
        QSKIP("this machine has no network address besides loopback");
    QString error;
    const RelayCertificate certificate = RelayCertificate::loadOrCreate(m_dir->filePath(u"relay"_s), &error);
    QVERIFY2(!certificate.isNull(), qPrintable(error));
    for (const bool allowPlain : { false, true }) {
        auto relay = makeRelay(1);
        relay->setCertificate(certificate);
        relay->setAllowedNetworks({ { network, 32 } });
        relay->setAllowPlain(allowPlain);
        QVERIFY2(relay->start(network, 0, &error), qPrintable(error));
        DeviceConnection device;
        QVERIFY(device.connectTo(network, relay->serverPort()));
        QVERIFY(device.reply().startsWith("220"));
        const QByteArray ehlo = device.command("EHLO scanner.local");
        QVERIFY(ehlo.contains("STARTTLS"));
        if (!allowPlain) {
            QVERIFY(!ehlo.contains("AUTH"));
            const QByteArray refused = device.command("AUTH PLAIN " + DeviceConnection::plain(u"scanner"_s, m_password));
            QVERIFY2(refused.startsWith("530 5.7.0"), refused.constData());
            QVERIFY(device.command("STARTTLS").startsWith("220"));
            device.socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            device.socket.startClientEncryption();
            QTRY_VERIFY(device.socket.isEncrypted());
            QVERIFY(device.command("EHLO scanner.local").contains("AUTH PLAIN LOGIN"));
        } else {
            QVERIFY(ehlo.contains("AUTH PLAIN LOGIN"));
        }
        QVERIFY(device.command("AUTH PLAIN " + DeviceConnection::plain(u"scanner"_s, m_password)).startsWith("235"));
    }
}

void tst_Relay::startTlsWithTheKeptCertificate()
{
    QString error;
    const RelayCertificate certificate = RelayCertificate::loadOrCreate(m_dir->filePath(u"relay"_s), &error);
    QVERIFY2(!certificate.isNull(), qPrintable(error));
    auto relay = makeRelay(1);
    relay->setCertificate(certificate);
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    device.command("EHLO scanner.local");
    QVERIFY(device.command("STARTTLS").startsWith("220"));
    // A device that checks: it trusts this certificate alone, by the name 127.0.0.1.
    QSslConfiguration configuration = device.socket.sslConfiguration();
    configuration.setCaCertificates({ certificate.certificate });
    device.socket.setSslConfiguration(configuration);
    device.socket.setPeerVerifyName(u"127.0.0.1"_s);
    device.socket.startClientEncryption();
    QTRY_VERIFY(device.socket.isEncrypted());
    QCOMPARE(device.socket.peerCertificate().digest(QCryptographicHash::Sha256),
             certificate.certificate.digest(QCryptographicHash::Sha256));
    QVERIFY(!device.command("EHLO scanner.local").contains("STARTTLS"));
    QVERIFY(device.command("AUTH PLAIN " + DeviceConnection::plain(u"scanner"_s, m_password)).startsWith("235"));
}

void tst_Relay::upstreamRefusalsReachTheDevice_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<DiagnosisId>("id");
    QTest::newRow("5.7.139 SMTP AUTH off") << MailServerScripts::smtpAuthDisabled() << "554 5.7.139"_ba
                                           << DiagnosisId::SmtpAuthDisabled;
    QTest::newRow("5.7.30 passwords retired")
        << (MailServerScripts::smtpUntilAuth()
            << u"S: 535 5.7.30 Basic authentication is not supported for Client Submission"_s << u"X"_s)
        << "554 5.7.30"_ba << DiagnosisId::SmtpPasswordRetired;
    QTest::newRow("sending quota")
        << (MailServerScripts::smtpUntilAuth() << u"S: 235 2.7.0 Authentication successful"_s << u"C: MAIL FROM:*"_s
                                               << u"C: RCPT TO:*"_s << u"C: DATA"_s
                                               << u"S: 554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message"_s
                                               << u"X"_s)
        << "554 5.2.0"_ba << DiagnosisId::SendingLimitReached;
}

void tst_Relay::upstreamRefusalsReachTheDevice()
{
    QFETCH(QStringList, script);
    QFETCH(QByteArray, expected);
    QFETCH(DiagnosisId, id);
    ScriptedServer upstream(script);
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    const QByteArray answer = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                          messageText(ProbeTesting::email(), u"office@example.com"_s, u"Scan"_s));
    QVERIFY2(answer.startsWith(expected), answer.constData());
    QVERIFY2(answer.contains(DiagnosisCatalogue::key(id).toLatin1()), answer.constData());
    QCOMPARE(relay->counters().sent, 0);
    QCOMPARE(relay->counters().refused, 1);
    // The log says why in the catalogue's words, without the token.
    DiagnosisContext personal;
    personal.kind = AccountKind::Personal;
    QVERIFY2(allLog().contains(DiagnosisCatalogue::diagnosis(id, {}, personal).title), qPrintable(allLog()));
    QVERIFY(!allLog().contains(ProbeTesting::token()));
    QVERIFY(!answer.contains(ProbeTesting::token().toUtf8()));
}

void tst_Relay::upstreamHangsGivesTemporaryFailure()
{
    SmtpSink upstream;
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection hung;
    QVERIFY(hung.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    hung.reply();
    QVERIFY(hung.signIn(u"scanner"_s, m_password).startsWith("235"));
    QElapsedTimer clock;
    clock.start();
    hung.socket.write("MAIL FROM:<" + ProbeTesting::email().toUtf8() + ">\r\n");
    hung.reply();
    hung.command("RCPT TO:<office@example.com>");
    hung.command("DATA");
    hung.socket.write(dotStuffed(messageText(ProbeTesting::email(), u"office@example.com"_s, u"[hang]"_s)) + ".\r\n");
    // Meanwhile another device is served.
    DeviceConnection other;
    QVERIFY(other.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    other.reply();
    QVERIFY(other.signIn(u"scanner"_s, m_password).startsWith("235"));
    const QByteArray fine = other.send(ProbeTesting::email(), u"office@example.com"_s,
                                       messageText(ProbeTesting::email(), u"office@example.com"_s, u"fine"_s));
    QVERIFY2(fine.startsWith("250"), fine.constData());
    const QByteArray answer = hung.reply(20'000);
    QVERIFY2(answer.startsWith("451 4.4.1"), answer.constData());
    QVERIFY(clock.elapsed() < 10'000);
    QCOMPARE(upstream.messages().size(), 1);
    QCOMPARE(relay->counters().failed, 1);
    QVERIFY(allLog().contains(DiagnosisCatalogue::diagnosis(DiagnosisId::ResponseTimeout).title));
}

void tst_Relay::upstreamDropsMidDataGivesTemporaryFailure()
{
    SmtpSink upstream;
    QVERIFY(upstream.start());
    auto relay = makeRelay(upstream.serverPort());
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    const QByteArray answer = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                          messageText(ProbeTesting::email(), u"office@example.com"_s, u"[drop]"_s, 20));
    QVERIFY2(answer.startsWith("451"), answer.constData());
    QVERIFY(upstream.messages().isEmpty());
    // The device sends again (now without the fault): one message arrives, not two.
    const QByteArray again = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                         messageText(ProbeTesting::email(), u"office@example.com"_s, u"again"_s, 20));
    QVERIFY2(again.startsWith("250"), again.constData());
    QCOMPARE(upstream.messages().size(), 1);
}

void tst_Relay::tokenRefreshFailureGivesTemporaryFailure()
{
    ScriptedServer upstream({ u"HANG"_s });
    QVERIFY(upstream.start());
    const SignInFailure failure = SignInFailure::fromNetworkError(QNetworkReply::HostNotFoundError,
                                                                  u"Host not found"_s, u"login.microsoftonline.com"_s);
    auto relay = makeRelay(upstream.serverPort(), testLimits(),
                           [failure](QObject *context, std::function<void(const TokenOutcome &)> done) {
        QMetaObject::invokeMethod(context, [done, failure] {
            TokenOutcome outcome;
            outcome.failure = failure;
            done(outcome);
        }, Qt::QueuedConnection);
    });
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    const QByteArray answer = device.send(ProbeTesting::email(), u"office@example.com"_s,
                                          messageText(ProbeTesting::email(), u"office@example.com"_s, u"Scan"_s));
    QVERIFY2(answer.startsWith("454 4.7.0"), answer.constData());
    QVERIFY(!upstream.clientConnected());
    QVERIFY2(allLog().contains(failure.diagnosis().title), qPrintable(allLog()));
    QCOMPARE(relay->counters().failed, 1);
}

void tst_Relay::rateLimitPerDevice()
{
    SmtpSink upstream;
    QVERIFY(upstream.start());
    RelayLimits limits = testLimits();
    limits.messagesPerMinute = 2;
    auto relay = makeRelay(upstream.serverPort(), limits);
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection device;
    QVERIFY(device.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    device.reply();
    QVERIFY(device.signIn(u"scanner"_s, m_password).startsWith("235"));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(device.send(ProbeTesting::email(), u"office@example.com"_s,
                            messageText(ProbeTesting::email(), u"office@example.com"_s, u"n"_s)).startsWith("250"));
    }
    QVERIFY(device.command("MAIL FROM:<" + ProbeTesting::email().toUtf8() + ">").startsWith("450 4.7.0"));
    QCOMPARE(upstream.messages().size(), 2);
}

void tst_Relay::idleDeviceAndStuckHandshakeAreClosed()
{
    QString error;
    const RelayCertificate certificate = RelayCertificate::loadOrCreate(m_dir->filePath(u"relay"_s), &error);
    QVERIFY2(!certificate.isNull(), qPrintable(error));
    RelayLimits limits = testLimits();
    limits.idleTimeoutMs = 300;
    auto relay = makeRelay(1, limits);
    relay->setCertificate(certificate);
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    DeviceConnection idle;
    QVERIFY(idle.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    idle.reply();
    QVERIFY(idle.reply(5000).startsWith("421 4.4.2"));
    QTRY_VERIFY(idle.socket.state() != QAbstractSocket::ConnectedState);
    // STARTTLS, and then never a handshake: closed all the same.
    DeviceConnection stuck;
    QVERIFY(stuck.connectTo(QHostAddress::LocalHost, relay->serverPort()));
    stuck.reply();
    QVERIFY(stuck.command("STARTTLS").startsWith("220"));
    QTRY_VERIFY_WITH_TIMEOUT(stuck.socket.state() != QAbstractSocket::ConnectedState, 5000);
    QTRY_COMPARE(relay->activeSessions(), 0);
}

void tst_Relay::fiftyDevicesTwentyMessagesEach()
{
    constexpr int Devices = 50;
    constexpr int Messages = 20;
    SmtpSink upstream;
    QVERIFY(upstream.start());
    RelayLimits limits = testLimits();
    limits.upstream.checkTimeoutMs = 60'000;
    limits.upstream.replyTimeoutMs = 30'000;
    limits.upstream.connectTimeoutMs = 30'000;
    auto relay = makeRelay(upstream.serverPort(), limits);
    QString error;
    QVERIFY(relay->start(QHostAddress::LocalHost, 0, &error));
    QHash<QString, QString> passwords;
    for (int d = 0; d < Devices; ++d) {
        const QString name = u"device-%1"_s.arg(d);
        passwords.insert(name, addDevice(*m_devices, name));
        QVERIFY(!passwords.value(name).isEmpty());
    }
    const qint64 memoryBefore = residentKilobytes();
    QElapsedTimer clock;
    clock.start();

    // Each device on its own connection, all at once: sign in, then 20 messages in a row.
    std::vector<std::unique_ptr<SendingDevice>> devices;
    for (int d = 0; d < Devices; ++d) {
        const QString name = u"device-%1"_s.arg(d);
        devices.push_back(std::make_unique<SendingDevice>(name, passwords.value(name), ProbeTesting::email(), Messages));
        devices.back()->start(QHostAddress::LocalHost, relay->serverPort());
    }
    // A bounded wait: every device done, or one failed, or two minutes.
    const bool finished = waitUntil([&] {
        return std::all_of(devices.begin(), devices.end(), [](const auto &device) { return device->done(); });
    }, 120'000);
    for (const auto &device : devices)
        QVERIFY2(device->failure.isEmpty(), device->failure.constData());
    QVERIFY(finished);
    QCOMPARE(upstream.messages().size(), Devices * Messages);
    QSet<QByteArray> subjects;
    for (const QByteArray &message : upstream.messages()) {
        const qsizetype start = message.indexOf("Subject: ");
        subjects.insert(message.mid(start, message.indexOf("\r\n", start) - start));
    }
    QCOMPARE(subjects.size(), Devices * Messages);  // none lost, none twice
    QCOMPARE(relay->counters().sent, Devices * Messages);
    QTRY_COMPARE(relay->messagesInFlight(), 0);
    const qint64 memoryAfter = residentKilobytes();
    qInfo("relay load: %d messages in %lld ms, resident memory %lld kB before, %lld kB after", Devices * Messages,
          clock.elapsed(), memoryBefore, memoryAfter);
    QVERIFY2(memoryAfter - memoryBefore < 100 * 1024, "the relay's memory grew by more than 100 MB");
}

QTEST_GUILESS_MAIN(tst_Relay)
#include "tst_relay.moc"
