// The relay between real password-only clients that no one here wrote (swaks and msmtp from Debian) and the
// sandbox's real Postfix, which checks the relay's XOAUTH2 token with the sandbox's identity provider and delivers
// into Dovecot: each message is looked for in the mailbox's INBOX (its Maildir).
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/relay/relayserver.h"
#include "tests/support/programrun.h"
#include "tests/support/sandboxenvironment.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class tst_RelaySandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void swaksPlainOnLoopback();
    void swaksWithStartTls();
    void msmtpWithStartTlsCheckingTheCertificate();
    void wrongTokenReachesTheDeviceAsTemporary();

private:
    struct Run {
        int exitCode = -1;
        QByteArray output;
    };
    Run runClient(const QString &program, const QStringList &arguments, const QByteArray &input = {});
    bool foundInInbox(const QString &subject);
    std::unique_ptr<RelayServer> makeRelay(const QString &tokenKey);

    SandboxEnvironment m_sandbox;
    ProviderProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<RelayDevices> m_devices;
    RelayCertificate m_certificate;
    QString m_password;
    QString m_email;
};

void tst_RelaySandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.load(&error), qPrintable(error));
    const auto profile = ProviderProfileLoader::fromFile(m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s), nullptr);
    QVERIFY(profile);
    m_profile = *profile;
    m_email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    for (const QString &program : { u"swaks"_s, u"msmtp"_s })
        QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(), qPrintable(program + u" is not installed (scripts/install-deps.sh)"_s));
    m_store = std::make_unique<MemorySecretStore>();
    m_devices = std::make_unique<RelayDevices>(m_store.get(), m_dir.filePath(u"devices.ini"_s));
    bool done = false;
    m_devices->add(u"scanner"_s, nullptr, [&](const RelayDevices::AddResult &result) {
        m_password = result.password;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!m_password.isEmpty());
    m_certificate = RelayCertificate::loadOrCreate(m_dir.filePath(u"relay"_s), &error);
    QVERIFY2(!m_certificate.isNull(), qPrintable(error));
}

std::unique_ptr<RelayServer> tst_RelaySandbox::makeRelay(const QString &tokenKey)
{
    const QString token = m_sandbox.fileContents(tokenKey);
    RelayAccount account{ m_email, AccountKind::Work, m_profile.smtp, m_profile.caCertificates };
    auto relay = std::make_unique<RelayServer>(account, m_devices.get(),
                                               [token](QObject *context, std::function<void(const TokenOutcome &)> done) {
        QMetaObject::invokeMethod(context, [token, done] {
            TokenOutcome outcome;
            outcome.accessToken = token;
            done(outcome);
        }, Qt::QueuedConnection);
    });
    relay->setCertificate(m_certificate);
    connect(relay.get(), &RelayServer::logged, this, [token](const QString &line) {
        QVERIFY(!line.contains(token));
        qInfo("relay: %s", qPrintable(line));
    });
    QString error;
    if (!relay->start(QHostAddress::LocalHost, 0, &error))
        qWarning("%s", qPrintable(error));
    return relay;
}

tst_RelaySandbox::Run tst_RelaySandbox::runClient(const QString &program, const QStringList &arguments,
                                                  const QByteArray &input)
{
    // In the event loop, not waitForFinished(): the relay the client talks to runs in this thread.
    const ProgramRun run = runClientProgram(program, arguments, input);
    return { run.exitCode, run.out };
}

bool tst_RelaySandbox::foundInInbox(const QString &subject)
{
    return QTest::qWaitFor([&] { return m_sandbox.inboxHas(subject.toUtf8()); }, 30'000);
}

void tst_RelaySandbox::swaksPlainOnLoopback()
{
    auto relay = makeRelay(u"SANDBOX_TOKEN_FILE"_s);
    QVERIFY(relay->isListening());
    const QString subject = u"relay-swaks-plain-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run run = runClient(u"swaks"_s, { u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(relay->serverPort()),
                                            u"--auth"_s, u"LOGIN"_s, u"--auth-user"_s, u"scanner"_s,
                                            u"--auth-password"_s, m_password, u"--from"_s, m_email, u"--to"_s, m_email,
                                            u"--header"_s, u"Subject: "_s + subject, u"--body"_s,
                                            u"A scan from the relay test."_s, u"--timeout"_s, u"30"_s });
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY(run.output.contains("250 2.0.0"));
    QVERIFY2(foundInInbox(subject), qPrintable(subject));
    QCOMPARE(relay->counters().sent, 1);
}

void tst_RelaySandbox::swaksWithStartTls()
{
    auto relay = makeRelay(u"SANDBOX_TOKEN_FILE"_s);
    const QString subject = u"relay-swaks-tls-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run run = runClient(u"swaks"_s, { u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(relay->serverPort()),
                                            u"--tls"_s, u"--auth"_s, u"PLAIN"_s, u"--auth-user"_s, u"scanner"_s,
                                            u"--auth-password"_s, m_password, u"--from"_s, m_email, u"--to"_s, m_email,
                                            u"--header"_s, u"Subject: "_s + subject, u"--timeout"_s, u"30"_s });
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY(run.output.contains("STARTTLS"));
    QVERIFY2(foundInInbox(subject), qPrintable(subject));
}

void tst_RelaySandbox::msmtpWithStartTlsCheckingTheCertificate()
{
    auto relay = makeRelay(u"SANDBOX_TOKEN_FILE"_s);
    const QString subject = u"relay-msmtp-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // msmtp checks the relay's certificate against the one the relay made (its name is 127.0.0.1).
    const QString configPath = m_dir.filePath(u"msmtprc"_s);
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    config.write(u"account relay\nhost 127.0.0.1\nport %1\nauth on\nuser scanner\npassword %2\ntls on\n"
                 "tls_starttls on\ntls_trust_file %3\nfrom %4\ntimeout 30\n"_s
                     .arg(relay->serverPort())
                     .arg(m_password, m_dir.filePath(u"relay/relay-cert.pem"_s), m_email)
                     .toUtf8());
    config.close();
    const QByteArray message = "From: <" + m_email.toUtf8() + ">\r\nTo: <" + m_email.toUtf8() + ">\r\nSubject: "
        + subject.toUtf8() + "\r\n\r\nA scan through msmtp.\r\n.leading dot survives\r\n";
    const Run run = runClient(u"msmtp"_s, { u"-C"_s, configPath, u"-a"_s, u"relay"_s, m_email }, message);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY2(foundInInbox(subject), qPrintable(subject));
}

void tst_RelaySandbox::wrongTokenReachesTheDeviceAsTemporary()
{
    // The sandbox refuses this token at AUTH: the device hears 4xx (it may send again once the account is signed
    // in again), and nothing arrives.
    auto relay = makeRelay(u"SANDBOX_WRONG_TOKEN_FILE"_s);
    const QString subject = u"relay-refused-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run run = runClient(u"swaks"_s, { u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(relay->serverPort()),
                                            u"--auth"_s, u"PLAIN"_s, u"--auth-user"_s, u"scanner"_s,
                                            u"--auth-password"_s, m_password, u"--from"_s, m_email, u"--to"_s, m_email,
                                            u"--header"_s, u"Subject: "_s + subject, u"--timeout"_s, u"30"_s });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains("454 4.7.0"), run.output.constData());
    QCOMPARE(relay->counters().sent, 0);
    QVERIFY(!m_sandbox.fileContents(u"SANDBOX_WRONG_TOKEN_FILE"_s).isEmpty());
    QVERIFY(!run.output.contains(m_sandbox.fileContents(u"SANDBOX_WRONG_TOKEN_FILE"_s).toUtf8()));
}

QTEST_GUILESS_MAIN(tst_RelaySandbox)
#include "tst_relaysandbox.moc"
