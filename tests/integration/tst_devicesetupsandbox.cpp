// The wizard's device setup (DeviceSetup, the controller behind "Set up a printer, scanner or another device")
// against the real sandbox and a real keychain (with-keyring.sh): after a sign-in with the built mailsetup, it starts
// `mailsetup relay` as a background process, adds a device, and its "Send a test through the relay" passes: sent
// with the device's password through the relay and the sandbox's Postfix, found by IMAP in Dovecot's INBOX. Then a
// real password-only client (msmtp, checking the certificate fingerprint shown) sends with the values shown; and
// the relay is stopped, with no process of it left.
#include "wizard/core/relay/devicesetup.h"
#include "wizard/core/relay/relayservice.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/core/secrets/splitsecretstore.h"
#include "tests/support/programrun.h"
#include "tests/support/sandboxenvironment.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class tst_DeviceSetupSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deviceSetupStartsTheRelayAndTheTestPasses();
    void cleanupTestCase();

private:
    using Run = ProgramRun;
    Run mailsetup(const QStringList &arguments);
    bool signIn();
    bool inInbox(const QString &needle);
    // Every live process that runs `mailsetup relay` with our binary.
    QList<qint64> relayProcesses() const;
    void stopRelay();

    SandboxEnvironment m_sandbox;
    QString m_binary;
    QString m_email;
    std::optional<ProviderProfile> m_profile;
    QNetworkAccessManager m_browser;
    QTemporaryDir m_dir;
};

void tst_DeviceSetupSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.load(&error), qPrintable(error));
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY2(!qEnvironmentVariableIsEmpty("MAILSETUP_KEYRING_HOME"), "run through with-keyring.sh");
    QVERIFY2(!QStandardPaths::findExecutable(u"msmtp"_s).isEmpty(), "msmtp is not installed (scripts/install-deps.sh)");
    // The names mailsetup gives itself: the devices' list and the relay's certificate are found where the relay
    // process keeps them.
    QCoreApplication::setOrganizationName(u"MailSetup"_s);
    QCoreApplication::setApplicationName(u"mailsetup"_s);
    m_email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    m_profile = ProviderProfileLoader::fromFile(m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s), nullptr);
    QVERIFY(m_profile);
    QVERIFY(relayProcesses().isEmpty());
}

void tst_DeviceSetupSandbox::cleanupTestCase()
{
    // Also after a failed check: no relay outlives the test.
    stopRelay();
    mailsetup({ u"forget"_s, u"--email"_s, m_email });
}

tst_DeviceSetupSandbox::Run tst_DeviceSetupSandbox::mailsetup(const QStringList &arguments)
{
    return runProgram(m_binary, arguments);
}

bool tst_DeviceSetupSandbox::signIn()
{
    // `mailsetup signin --no-browser` prints the address; the test plays the browser (the sandbox signs in at once).
    QProcess process;
    process.start(m_binary, { u"signin"_s, u"--no-browser"_s, u"--email"_s, m_email, u"--provider-file"_s,
                              m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    process.closeWriteChannel();
    QByteArray out;
    QUrl address;
    QElapsedTimer clock;
    clock.start();
    while (!address.isValid() && process.state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("http://") || line.startsWith("https://"))
                address = QUrl::fromEncoded(line.trimmed());
        }
    }
    if (!address.isValid())
        return false;
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> page(m_browser.get(request));
    QSignalSpy(page.get(), &QNetworkReply::finished).wait(10'000);
    const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
    if (!location.isValid())
        return false;
    std::unique_ptr<QNetworkReply> callback(m_browser.get(QNetworkRequest(location)));
    QSignalSpy(callback.get(), &QNetworkReply::finished).wait(10'000);
    if (process.state() != QProcess::NotRunning && !QSignalSpy(&process, &QProcess::finished).wait(30'000))
        process.kill();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool tst_DeviceSetupSandbox::inInbox(const QString &needle)
{
    return QTest::qWaitFor([&] { return m_sandbox.inboxHas(needle.toUtf8()); }, 30'000);
}

QList<qint64> tst_DeviceSetupSandbox::relayProcesses() const
{
    QList<qint64> found;
    QDirIterator processes(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        const QString directory = processes.next();
        bool isPid = false;
        const qint64 pid = QFileInfo(directory).fileName().toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile commandLine(directory + u"/cmdline"_s);
        if (!commandLine.open(QIODevice::ReadOnly))
            continue;
        // A zombie has an empty command line: it runs nothing any more.
        const QList<QByteArray> words = commandLine.readAll().split('\0');
        if (words.size() > 1 && QString::fromLocal8Bit(words.at(0)) == m_binary && words.at(1) == "relay")
            found << pid;
    }
    return found;
}

void tst_DeviceSetupSandbox::stopRelay()
{
    bool stopped = false;
    RelayService::stopBackground(this, [&](const std::optional<QString> &problem) {
        if (problem)
            qWarning("%s", qPrintable(*problem));
        stopped = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 15'000);
}

void tst_DeviceSetupSandbox::deviceSetupStartsTheRelayAndTheTestPasses()
{
    QVERIFY2(signIn(), "mailsetup signin against the sandbox");
    const Run token = mailsetup({ u"token"_s, u"--email"_s, m_email });
    QCOMPARE(token.exitCode, 0);
    const QString accessToken = QString::fromUtf8(token.out.trimmed());
    QVERIFY(!accessToken.isEmpty());

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    SplitSecretStore keychain(new KeychainSecretStore);
    DeviceSetup setup(&keychain, *m_profile, MailAccount{ m_email, accessToken, AccountKind::Work });
    setup.setProgram(m_binary);
    setup.setPort(port);
    setup.setStartMethod(DeviceSetup::StartMethod::BackgroundProcess);
    QList<DeviceSetup::State> states;
    connect(&setup, &DeviceSetup::stateChanged, this, [&](DeviceSetup::State state) { states.append(state); });
    QElapsedTimer clock;
    clock.start();
    setup.start(u"printer"_s);
    QTRY_VERIFY_WITH_TIMEOUT(setup.state() == DeviceSetup::State::Ready || setup.state() == DeviceSetup::State::Failed,
                             60'000);
    QVERIFY2(setup.state() == DeviceSetup::State::Ready,
             qPrintable(setup.diagnosis() ? setup.diagnosis()->title + u' ' + setup.diagnosis()->reply : setup.problem()));
    qInfo("relay started and device added in %lld ms", clock.elapsed());
    QCOMPARE(states, (QList<DeviceSetup::State>{ DeviceSetup::State::CheckingRelay, DeviceSetup::State::StartingRelay,
                                                 DeviceSetup::State::AddingDevice, DeviceSetup::State::Ready }));
    QCOMPARE(setup.persistence(), DeviceSetup::Persistence::BackgroundProcess);
    const std::optional<qint64> pid = RelayService::backgroundPid();
    QVERIFY(pid);
    QCOMPARE(relayProcesses(), QList<qint64>{ *pid });
    // A session of its own: the terminal Mail Setup was started from can close without ending the relay.
    QFile stat(u"/proc/%1/stat"_s.arg(*pid));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = stat.readAll().split(')').constLast().trimmed().split(' ');
    QCOMPARE(fields.value(3).toLongLong(), *pid);
    const DeviceValues values = setup.values();
    QCOMPARE(values.host, u"127.0.0.1"_s);
    QCOMPARE(values.port, port);
    QCOMPARE(values.userName, u"printer"_s);
    QCOMPARE(values.password.size(), 24);
    QCOMPARE(values.sender, m_email);
    QVERIFY(!values.fingerprint.isEmpty());

    // "Send a test through the relay": the device's password, the relay, Postfix, Dovecot's INBOX.
    clock.restart();
    setup.sendTest();
    QCOMPARE(setup.state(), DeviceSetup::State::SendingTest);
    QTRY_VERIFY_WITH_TIMEOUT(setup.state() != DeviceSetup::State::SendingTest, 120'000);
    QVERIFY2(setup.state() == DeviceSetup::State::TestPassed,
             qPrintable(setup.diagnosis() ? setup.diagnosis()->title + u' ' + setup.diagnosis()->reply : QString()));
    qInfo("test through the relay passed in %lld ms (delivery %lld ms)", clock.elapsed(), setup.testDeliveryMs());
    const MailboxCheckReport report = setup.testReport();
    QVERIFY(report.testMessage && report.testMessage->seenInInbox);
    QVERIFY(inInbox(report.testMessage->messageId));
    // The relay's greeting and AUTH PLAIN with the device's name were what the check said; the password was not.
    const QString transcript = report.smtp.transcript.join(u'\n');
    QVERIFY2(transcript.contains(u"mailsetup-relay"_s), qPrintable(transcript));
    QVERIFY(!transcript.contains(values.password));

    // A second device while the relay runs: found by its greeting, not started again.
    DeviceSetup second(&keychain, *m_profile, MailAccount{ m_email, accessToken, AccountKind::Work });
    second.setProgram(m_binary);
    second.setPort(port);
    second.start(u"scanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == DeviceSetup::State::Ready || second.state() == DeviceSetup::State::Failed,
                             30'000);
    QCOMPARE(second.state(), DeviceSetup::State::Ready);
    QCOMPARE(second.persistence(), DeviceSetup::Persistence::BackgroundProcess);
    QCOMPARE(relayProcesses(), QList<qint64>{ *pid });

    // A real device that knows only a server, a port, a user name and a password: msmtp with the four values
    // shown, STARTTLS, and the relay's certificate checked by the fingerprint shown.
    const QString subject = u"device-setup-msmtp-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString configPath = m_dir.filePath(u"msmtprc"_s);
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    config.write(u"account device\nhost %1\nport %2\nauth plain\nuser %3\npassword %4\ntls on\ntls_starttls on\n"
                 "tls_fingerprint %5\nfrom %6\ntimeout 30\n"_s
                     .arg(values.host)
                     .arg(values.port)
                     .arg(values.userName, values.password, values.fingerprint, values.sender)
                     .toUtf8());
    config.close();
    const QByteArray message = "From: <" + m_email.toUtf8() + ">\r\nTo: <" + m_email.toUtf8() + ">\r\nSubject: "
        + subject.toUtf8() + "\r\n\r\nA page from the printer.\r\n";
    const Run sent = runClientProgram(u"msmtp"_s, { u"-C"_s, configPath, u"-a"_s, u"device"_s, m_email }, message);
    QVERIFY2(sent.exitCode == 0, sent.out.constData());
    QVERIFY2(inInbox(subject), qPrintable(subject));
    QFile::remove(configPath);

    // Stopped: the pid file gone and no relay process left, not even one that lost its pid file.
    stopRelay();
    QVERIFY(!RelayService::backgroundPid());
    QVERIFY(!QFile::exists(RelayService::pidFilePath()));
    QVERIFY(relayProcesses().isEmpty());
    // Neither the device's password nor the account's token is in the relay's log.
    QFile log(RelayService::logFilePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("listens on 127.0.0.1 port " + QByteArray::number(port)), logged.constData());
    QVERIFY(!logged.contains(values.password.toUtf8()));
    QVERIFY(!logged.contains(second.values().password.toUtf8()));
    QVERIFY(!logged.contains(accessToken.left(40).toUtf8()));
}

QTEST_GUILESS_MAIN(tst_DeviceSetupSandbox)
#include "tst_devicesetupsandbox.moc"
