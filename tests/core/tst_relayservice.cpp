// How the relay keeps running (RelayService) and how the device setup chooses: the systemd unit's text, systemctl
// with its time limit and its own words, the folders for the pid file, a pid file that names another process
// (never ended), and DeviceSetup installing the user service where a manager answers and falling back to a background
// process where it does not. systemctl is a script on PATH here that does what each test tells it and notes its
// arguments; the "relay" that answers after the service starts is a greeting server.
#include "tests/support/greetingserver.h"
#include "wizard/core/relay/devicesetup.h"
#include "wizard/core/relay/relayservice.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RelayService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void unitRunsThisProgramWithItsOptions();
    void systemctlEndsAtItsTimeLimit();
    void systemctlSaysWhatWentWrong();
    void stateFolderFollowsTheEnvironment();
    void aPidFileOfAnotherProcessEndsNothing();
    void deviceSetupInstallsTheServiceWhereAManagerAnswers();
    void deviceSetupFallsBackToABackgroundProcess_data();
    void deviceSetupFallsBackToABackgroundProcess();

private:
    // What the fake systemctl does next: ok, no-manager, hang, enable-fails.
    void setMode(const QString &mode);
    QStringList calls() const;
    std::optional<QString> runSystemctl(const QStringList &arguments, int timeLimitMs = RelayService::SystemctlTimeLimitMs);
    quint16 freePort();

    QTemporaryDir m_dir;
};

void tst_RelayService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"bin"_s));
    const QString script = m_dir.filePath(u"bin/systemctl"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // `exec sleep`: the time limit kills the process it started, so no sleep is left behind.
    file.write("#!/bin/sh\n"
               "echo \"$*\" >> \"$FAKE_SYSTEMCTL_DIR/calls\"\n"
               "mode=$(cat \"$FAKE_SYSTEMCTL_DIR/mode\")\n"
               "case \"$mode\" in\n"
               "  ok) exit 0 ;;\n"
               "  no-manager) echo 'Failed to connect to bus: No medium found' >&2; exit 1 ;;\n"
               "  hang) exec sleep 30 ;;\n"
               "  enable-fails) case \"$*\" in *enable*) echo 'Failed to enable unit: Access denied' >&2; exit 1 ;; esac; exit 0 ;;\n"
               "esac\n"
               "exit 2\n");
    file.close();
    QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", (m_dir.filePath(u"bin"_s) + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("FAKE_SYSTEMCTL_DIR", m_dir.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_STATE_HOME", m_dir.filePath(u"state"_s).toLocal8Bit());
    qunsetenv("XDG_RUNTIME_DIR");
}

void tst_RelayService::init()
{
    QFile::remove(m_dir.filePath(u"calls"_s));
    QFile::remove(RelayService::unitFilePath());
    QFile::remove(RelayService::pidFilePath());
    setMode(u"ok"_s);
}

void tst_RelayService::setMode(const QString &mode)
{
    QFile file(m_dir.filePath(u"mode"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(mode.toUtf8());
}

QStringList tst_RelayService::calls() const
{
    QFile file(m_dir.filePath(u"calls"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

std::optional<QString> tst_RelayService::runSystemctl(const QStringList &arguments, int timeLimitMs)
{
    bool answered = false;
    std::optional<QString> problem;
    RelayService::systemctl(arguments, this, [&](const std::optional<QString> &answer) {
        problem = answer;
        answered = true;
    }, timeLimitMs);
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        return u"no answer"_s;
    return problem;
}

quint16 tst_RelayService::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void tst_RelayService::unitRunsThisProgramWithItsOptions()
{
    const RelayLaunch launch{ u"/opt/mail setup/mailsetup"_s, u"alex%1@example.com"_s, u"127.0.0.1:2526"_s,
                              { u"192.168.1.0/24"_s }, true };
    QCOMPARE(launch.arguments(), (QStringList{ u"relay"_s, u"--email"_s, u"alex%1@example.com"_s, u"--listen"_s,
                                               u"127.0.0.1:2526"_s, u"--allow"_s, u"192.168.1.0/24"_s,
                                               u"--allow-plain"_s }));
    const RelayLaunch plain{ u"mailsetup"_s, u"alex@example.com"_s };
    QCOMPARE(plain.arguments(),
             (QStringList{ u"relay"_s, u"--email"_s, u"alex@example.com"_s }));
    const QString unit = RelayService::unitText(launch);
    // systemd's specifiers are escaped, and each word is quoted whole.
    QVERIFY2(unit.contains(u"ExecStart=\"/opt/mail setup/mailsetup\" \"relay\" \"--email\" \"alex%%1@example.com\" "
                           "\"--listen\" \"127.0.0.1:2526\" \"--allow\" \"192.168.1.0/24\" \"--allow-plain\"\n"_s),
             qPrintable(unit));
    QVERIFY(unit.contains(u"Description=Mail Setup relay for alex%%1@example.com "_s));
    QVERIFY(unit.contains(u"WantedBy=default.target"_s));
    QString error;
    QVERIFY(RelayService::writeUnit(launch, &error));
    QVERIFY(RelayService::isUnitInstalled());
    QCOMPARE(RelayService::unitFilePath(), m_dir.filePath(u"config/systemd/user/mailsetup-relay.service"_s));
    QFile file(RelayService::unitFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), unit);
}

void tst_RelayService::systemctlEndsAtItsTimeLimit()
{
    setMode(u"hang"_s);
    QElapsedTimer clock;
    clock.start();
    const auto problem = runSystemctl({ u"daemon-reload"_s }, 300);
    QVERIFY(problem);
    QVERIFY2(problem->contains(u"did not answer within 1 second"_s), qPrintable(*problem));
    QVERIFY(clock.elapsed() < 5'000);
    QCOMPARE(calls(), QStringList{ u"--user daemon-reload"_s });
}

void tst_RelayService::systemctlSaysWhatWentWrong()
{
    QCOMPARE(runSystemctl({ u"daemon-reload"_s }), std::nullopt);
    setMode(u"no-manager"_s);
    const auto problem = runSystemctl({ u"enable"_s, u"--now"_s, RelayService::unitName() });
    QCOMPARE(problem, u"Failed to connect to bus: No medium found"_s);
    bool answered = false;
    bool answers = true;
    RelayService::findUserManager(this, [&](bool found) {
        answers = found;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!answers);
    QCOMPARE(calls().constLast(), u"--user show-environment"_s);
}

void tst_RelayService::stateFolderFollowsTheEnvironment()
{
    QCOMPARE(RelayService::stateDirectory(), m_dir.filePath(u"state/mailsetup"_s));
    QCOMPARE(RelayService::pidFilePath(), m_dir.filePath(u"state/mailsetup/relay.pid"_s));
    QCOMPARE(RelayService::logFilePath(), m_dir.filePath(u"state/mailsetup/relay.log"_s));
    QDir().mkpath(m_dir.filePath(u"runtime"_s));
    qputenv("XDG_RUNTIME_DIR", m_dir.filePath(u"runtime"_s).toLocal8Bit());
    QCOMPARE(RelayService::stateDirectory(), m_dir.filePath(u"runtime/mailsetup"_s));
    // A runtime folder that is not there is no place for the pid file.
    qputenv("XDG_RUNTIME_DIR", m_dir.filePath(u"gone"_s).toLocal8Bit());
    QCOMPARE(RelayService::stateDirectory(), m_dir.filePath(u"state/mailsetup"_s));
    qunsetenv("XDG_RUNTIME_DIR");
}

void tst_RelayService::aPidFileOfAnotherProcessEndsNothing()
{
    // The number in the pid file now belongs to this test, which is no relay: it must not be ended.
    QDir().mkpath(RelayService::stateDirectory());
    QFile file(RelayService::pidFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    file.close();
    QCOMPARE(RelayService::backgroundPid(), std::nullopt);
    bool answered = false;
    std::optional<QString> problem = u"unset"_s;
    RelayService::stopBackground(this, [&](const std::optional<QString> &answer) {
        problem = answer;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(problem, std::nullopt);
    QVERIFY(!QFile::exists(RelayService::pidFilePath()));
}

void tst_RelayService::deviceSetupInstallsTheServiceWhereAManagerAnswers()
{
    const quint16 port = freePort();
    MemorySecretStore keychain;
    DeviceSetup setup(&keychain, ProviderProfile{}, MailAccount{ u"alex@example.com"_s, {}, AccountKind::Work });
    setup.setProgram(u"/usr/bin/mailsetup"_s);
    setup.setPort(port);
    setup.setDevicesFile(m_dir.filePath(u"devices.ini"_s));
    setup.setCertificateDirectory(m_dir.filePath(u"relay"_s));
    setup.setTimeLimits(1000, 5000);
    // "systemd" starts the relay: it answers from when the service is being started.
    GreetingServer relay(GreetingServer::relayGreeting(u"alex@example.com"_s));
    QList<DeviceSetup::State> states;
    connect(&setup, &DeviceSetup::stateChanged, this, [&](DeviceSetup::State state) {
        states.append(state);
        if (state == DeviceSetup::State::StartingRelay)
            QVERIFY(relay.listen(QHostAddress::LocalHost, port));
    });
    setup.start(u"scanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(setup.state() == DeviceSetup::State::Ready || setup.state() == DeviceSetup::State::Failed,
                             10'000);
    QCOMPARE(setup.state(), DeviceSetup::State::Ready);
    QCOMPARE(states, (QList<DeviceSetup::State>{ DeviceSetup::State::CheckingRelay, DeviceSetup::State::StartingRelay,
                                                 DeviceSetup::State::AddingDevice, DeviceSetup::State::Ready }));
    QCOMPARE(setup.persistence(), DeviceSetup::Persistence::Service);
    QCOMPARE(calls(), (QStringList{ u"--user show-environment"_s, u"--user daemon-reload"_s,
                                    u"--user enable --now mailsetup-relay.service"_s }));
    QFile unit(RelayService::unitFilePath());
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QVERIFY(unit.readAll().contains("ExecStart=\"/usr/bin/mailsetup\" \"relay\" \"--email\" \"alex@example.com\" "
                                    "\"--listen\" \"127.0.0.1:" + QByteArray::number(port) + "\"\n"));
    // No background process was started beside the service.
    QVERIFY(!QFile::exists(RelayService::pidFilePath()));
}

void tst_RelayService::deviceSetupFallsBackToABackgroundProcess_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("expectedCalls");
    QTest::addColumn<bool>("unitWritten");
    QTest::newRow("no user manager") << u"no-manager"_s << QStringList{ u"--user show-environment"_s } << false;
    QTest::newRow("the manager will not start it")
        << u"enable-fails"_s
        << QStringList{ u"--user show-environment"_s, u"--user daemon-reload"_s, u"--user enable --now mailsetup-relay.service"_s }
        << true;
}

void tst_RelayService::deviceSetupFallsBackToABackgroundProcess()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, expectedCalls);
    QFETCH(bool, unitWritten);
    setMode(mode);
    MemorySecretStore keychain;
    DeviceSetup setup(&keychain, ProviderProfile{}, MailAccount{ u"alex@example.com"_s, {}, AccountKind::Work });
    // A "mailsetup" that ends at once: started in the background, seen gone, said.
    setup.setProgram(u"/bin/false"_s);
    setup.setPort(freePort());
    setup.setDevicesFile(m_dir.filePath(u"devices.ini"_s));
    setup.setTimeLimits(1000, 5000);
    setup.start(u"scanner"_s);
    QTRY_COMPARE_WITH_TIMEOUT(setup.state(), DeviceSetup::State::Failed, 10'000);
    QCOMPARE(setup.persistence(), DeviceSetup::Persistence::BackgroundProcess);
    QCOMPARE(setup.diagnosis()->id, DiagnosisId::RelayNotRunning);
    QCOMPARE(calls(), expectedCalls);
    QCOMPARE(RelayService::isUnitInstalled(), unitWritten);
    QVERIFY(QFile::exists(RelayService::pidFilePath()));
    QCOMPARE(RelayService::backgroundPid(), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_RelayService)
#include "tst_relayservice.moc"
