// `mailsetup signin`, `token`, `check` and `forget` as a user or an installer runs them, against the
// sandbox (its identity provider, real Dovecot and Postfix) and a real keychain: gnome-keyring on a
// private D-Bus session with a scratch HOME (with-keyring.sh). The test plays the browser: it opens
// the printed sign-in address and follows the redirect to Mail Setup's loopback listener.
#include "wizard/core/probe/mailboxcheck.h"
#include "tests/support/programrun.h"
#include "tests/support/fakeidentityprovider.h"
#include "tests/support/sandboxenvironment.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QUuid>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run : ProgramRun {
    QByteArray page;  // what the loopback listener showed the "browser"
};

// This process's environment, and "NAME=value" entries on top.
QProcessEnvironment withVariables(const QStringList &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    return environment;
}

} // namespace

class tst_SignInCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInKeepsTokensOnlyInTheKeychain();
    void relayCommandSendsWithTheStoredSignIn();
    void checkThroughRelay();
    void checkThroughRelayLeavesNoDevice();
    void signedInAsSomeoneElse();
    void consentRequiredSaysWhoCanFixIt();
    void noClientIdPointsToTheRegistrationGuide();
    void keychainMissingGivesExitCode8();
    void forgedCallbackDoesNotEndTheSignIn();
    void tricklingTokenEndpointEndsAtTheDeadline();
    void signInServiceUnreachableOrBroken();
    void hungKeychainSaysSo();

private:
    Run mailsetup(const QStringList &arguments, const QStringList &environment = {});
    // Runs `mailsetup signin --no-browser`, opens the address it prints like a browser, waits for the end.
    // `beforeCallback` sees the redirect back to Mail Setup before the "browser" follows it.
    Run signIn(const QStringList &extraArguments, const QStringList &environment = {},
               const std::function<void(const QUrl &)> &beforeCallback = {});
    // Signs pat@sandbox.test in through `signin`, with a private identity provider of its own (whose access
    // tokens live one second, so that every later command refreshes against it).
    bool signInPrivately(FakeIdentityProvider &idp, const QTemporaryDir &dir);
    Run secretTool(const QStringList &arguments);
    void verifyNotInFiles(const QStringList &secrets);
    QString identity() const;
    // `mailsetup relay` on a free loopback port, once it says it listens; its port in `port`.
    std::unique_ptr<QProcess> startRelay(const QString &email, QString *port, QByteArray *said);
    // The devices `relay list-devices` names.
    QStringList relayDevices();

    SandboxEnvironment m_sandbox;
    QString m_binary;
    QString m_home;
    QString m_mode;
    QNetworkAccessManager m_browser;
};

void tst_SignInCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.load(&error), qPrintable(error));
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY(QFile::exists(m_binary));
    m_home = qEnvironmentVariable("MAILSETUP_KEYRING_HOME");
    m_mode = qEnvironmentVariable("MAILSETUP_KEYRING_MODE");
    QVERIFY2(!m_home.isEmpty(), "run through with-keyring.sh");
    QVERIFY(QDir::homePath().startsWith(m_home));
}

QString tst_SignInCommand::identity() const
{
    return m_sandbox.value(u"SANDBOX_TENANT_ID"_s).toLower() + u'.' + m_sandbox.value(u"SANDBOX_OBJECT_ID"_s).toLower();
}

Run tst_SignInCommand::mailsetup(const QStringList &arguments, const QStringList &environment)
{
    Run run;
    static_cast<ProgramRun &>(run) = runProgram(m_binary, arguments, withVariables(environment));
    return run;
}

Run tst_SignInCommand::signIn(const QStringList &extraArguments, const QStringList &environment,
                              const std::function<void(const QUrl &)> &beforeCallback)
{
    QProcess process;
    process.setProcessEnvironment(withVariables(environment));
    process.start(m_binary, QStringList{ u"signin"_s, u"--no-browser"_s } + extraArguments);
    process.closeWriteChannel();
    Run run;
    // The address comes on its own line of standard output.
    QUrl address;
    QElapsedTimer clock;
    clock.start();
    while (!address.isValid() && process.state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
        process.waitForReadyRead(100);
        run.out += process.readAllStandardOutput();
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.startsWith("http://") || line.startsWith("https://"))
                address = QUrl::fromEncoded(line.trimmed());
        }
        QCoreApplication::processEvents();
    }
    if (address.isValid()) {
        QNetworkRequest request(address);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> page(m_browser.get(request));
        QSignalSpy(page.get(), &QNetworkReply::finished).wait(10'000);
        const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid() && beforeCallback)
            beforeCallback(location);
        if (location.isValid()) {
            std::unique_ptr<QNetworkReply> callback(m_browser.get(QNetworkRequest(location)));
            QSignalSpy(callback.get(), &QNetworkReply::finished).wait(10'000);
            run.page = callback->readAll();
        }
    }
    // Not waitForFinished(): this process may be the identity provider, and must go on answering.
    if (process.state() != QProcess::NotRunning && !QSignalSpy(&process, &QProcess::finished).wait(30'000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tst_SignInCommand::secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(u"secret-tool"_s, arguments);
    process.waitForFinished(10'000);
    return Run{ process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), {} };
}

void tst_SignInCommand::verifyNotInFiles(const QStringList &secrets)
{
    int files = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray contents = file.readAll();
        for (const QString &secret : secrets) {
            QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(u"a token is in "_s + file.fileName()));
            QVERIFY2(!contents.contains(secret.left(40).toUtf8()), qPrintable(u"part of a token is in "_s + file.fileName()));
        }
    }
    QVERIFY(files > 0);
}

void tst_SignInCommand::signInKeepsTokensOnlyInTheKeychain()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    const QString email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    const QString provider = m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s);

    const Run signedIn = signIn({ u"--email"_s, email, u"--provider-file"_s, provider });
    QVERIFY2(signedIn.exitCode == 0, signedIn.out + signedIn.err);
    QVERIFY(signedIn.out.contains("Signed in as " + email.toUtf8()));
    QVERIFY(signedIn.page.contains("You are signed in"));

    // The refresh token is in the Secret Service, where secret-tool (another program) sees it.
    const Run refresh = secretTool({ u"lookup"_s, u"user"_s, u"refresh-token/"_s + identity(), u"server"_s, u"Mail Setup"_s });
    QCOMPARE(refresh.exitCode, 0);
    const QString refreshToken = QString::fromUtf8(refresh.out).trimmed();
    QVERIFY(refreshToken.size() > 100);

    // token: one line, the access token, nothing else; the real Dovecot and Postfix accept it.
    const Run token = mailsetup({ u"token"_s, u"--email"_s, email });
    QVERIFY2(token.exitCode == 0, token.err);
    QVERIFY(token.err.isEmpty());
    const QString accessToken = QString::fromUtf8(token.out).trimmed();
    QCOMPARE(token.out.count('\n'), 1);
    QVERIFY(accessToken.size() > 100);
    const auto profile = ProviderProfileLoader::fromFile(provider, nullptr);
    QVERIFY(profile);
    MailboxCheck check(*profile, MailAccount{ email, accessToken });
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QVERIFY(finished.wait(60'000));
    QVERIFY(check.report().ok());

    // check without --access-token-file uses the stored sign-in, and proves the round trip.
    const Run checked = mailsetup({ u"check"_s, u"--email"_s, email, u"--send-test"_s, u"--json"_s });
    QVERIFY2(checked.exitCode == 0, checked.out + checked.err);
    const QJsonObject json = QJsonDocument::fromJson(checked.out).object();
    QVERIFY(json.value(u"ok"_s).toBool());
    QVERIFY(json.value(u"testMessage"_s).toObject().value(u"seenInInbox"_s).toBool());

    // Nothing secret on disk outside the keyring's encrypted file, nor in any output but token's.
    const QStringList secrets{ accessToken, refreshToken };
    verifyNotInFiles(secrets);
    for (const Run &run : { signedIn, checked }) {
        for (const QString &secret : secrets)
            QVERIFY(!(run.out + run.err + run.page).contains(secret.left(40).toUtf8()));
    }

    // forget: the keychain entries and the settings go.
    const Run forgot = mailsetup({ u"forget"_s, u"--email"_s, email });
    QVERIFY2(forgot.exitCode == 0, forgot.out + forgot.err);
    QVERIFY(secretTool({ u"lookup"_s, u"user"_s, u"refresh-token/"_s + identity(), u"server"_s, u"Mail Setup"_s }).out.isEmpty());
    QVERIFY(secretTool({ u"lookup"_s, u"user"_s, u"access-token/"_s + identity(), u"server"_s, u"Mail Setup"_s }).out.isEmpty());
    const Run afterForget = mailsetup({ u"token"_s, u"--email"_s, email });
    QCOMPARE(afterForget.exitCode, 3);
    QVERIFY(afterForget.out.isEmpty());
    QVERIFY(afterForget.err.contains("mailsetup signin"));
}

// mailsetup relay as a user runs it: the stored sign-in, a device added with add-device, swaks (a client that
// knows only a password) through the relay into the sandbox's Postfix, and the message in Dovecot's INBOX.
void tst_SignInCommand::relayCommandSendsWithTheStoredSignIn()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    if (QStandardPaths::findExecutable(u"swaks"_s).isEmpty())
        QFAIL("swaks is not installed (scripts/install-deps.sh)");
    const QString email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    const Run signedIn = signIn({ u"--email"_s, email, u"--provider-file"_s, m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    QVERIFY2(signedIn.exitCode == 0, signedIn.out + signedIn.err);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    const QString listen = u"127.0.0.1:"_s + port;

    const Run added = mailsetup({ u"relay"_s, u"add-device"_s, u"scanner"_s, u"--email"_s, email, u"--listen"_s, listen });
    QVERIFY2(added.exitCode == 0, added.out + added.err);
    QString password;
    for (const QByteArray &line : added.out.split('\n')) {
        if (line.startsWith("Password: "))
            password = QString::fromUtf8(line.mid(10)).trimmed();
    }
    QCOMPARE(password.size(), 24);

    QProcess relay;
    relay.start(m_binary, { u"relay"_s, u"--email"_s, email, u"--listen"_s, listen });
    QByteArray relayOut;
    QElapsedTimer clock;
    clock.start();
    while (!relayOut.contains("listens on") && relay.state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
        relay.waitForReadyRead(100);
        relayOut += relay.readAllStandardOutput();
    }
    QVERIFY2(relayOut.contains("listens on 127.0.0.1 port " + port.toUtf8()), relayOut + relay.readAllStandardError());

    const QString subject = u"relay-command-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.start(u"swaks"_s, { u"--server"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--tls"_s, u"--auth"_s, u"LOGIN"_s,
                              u"--auth-user"_s, u"scanner"_s, u"--auth-password"_s, password, u"--from"_s, email,
                              u"--to"_s, email, u"--header"_s, u"Subject: "_s + subject, u"--timeout"_s, u"30"_s });
    QVERIFY(swaks.waitForFinished(60'000));
    const QByteArray said = swaks.readAll();
    relay.terminate();
    QVERIFY(relay.waitForFinished(10'000));
    const QByteArray relayLog = relay.readAllStandardError();
    QVERIFY2(swaks.exitCode() == 0, said + relayLog);
    QVERIFY(relayLog.contains("was sent through"));

    QVERIFY2(QTest::qWaitFor([&] { return m_sandbox.inboxHas(subject.toUtf8()); }, 30'000), qPrintable(subject));

    // No token in anything the relay or the device saw.
    const Run token = mailsetup({ u"token"_s, u"--email"_s, email });
    QVERIFY(token.exitCode == 0);
    const QByteArray accessToken = token.out.trimmed();
    QVERIFY(!(relayOut + relayLog + said).contains(accessToken.left(40)));
    QVERIFY(!(relayOut + relayLog).contains(password.toUtf8()));
    QCOMPARE(mailsetup({ u"relay"_s, u"remove-device"_s, u"scanner"_s }).exitCode, 0);
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, email }).exitCode, 0);
}

std::unique_ptr<QProcess> tst_SignInCommand::startRelay(const QString &email, QString *port, QByteArray *said)
{
    QTcpServer free;
    if (!free.listen(QHostAddress::LocalHost, 0))
        return {};
    *port = QString::number(free.serverPort());
    free.close();
    auto relay = std::make_unique<QProcess>();
    relay->start(m_binary, { u"relay"_s, u"--email"_s, email, u"--listen"_s, u"127.0.0.1:"_s + *port });
    QElapsedTimer clock;
    clock.start();
    while (!said->contains("listens on") && relay->state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
        relay->waitForReadyRead(100);
        *said += relay->readAllStandardOutput();
    }
    return relay;
}

QStringList tst_SignInCommand::relayDevices()
{
    QStringList names;
    const Run listed = mailsetup({ u"relay"_s, u"list-devices"_s });
    for (const QByteArray &line : listed.out.split('\n')) {
        if (!line.isEmpty() && !line.startsWith("No device"))
            names << QString::fromUtf8(line.left(line.indexOf(' ')));
    }
    return names;
}

// check --through-relay as a helpdesk runs it: the check's own device added while the relay runs (the relay reads
// the devices at each sign-in), the test message through the relay and Postfix into Dovecot's INBOX, no device of
// the check's left afterwards, and one that a killed check left long ago removed on the way.
void tst_SignInCommand::checkThroughRelay()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    const QString email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    const Run signedIn = signIn({ u"--email"_s, email, u"--provider-file"_s, m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    QVERIFY2(signedIn.exitCode == 0, signedIn.out + signedIn.err);
    QVERIFY(relayDevices().isEmpty());
    // What a check killed with SIGKILL an hour ago would leave, and one a check beside this one has just added:
    // the first goes, the second stays.
    QVERIFY(mailsetup({ u"relay"_s, u"add-device"_s, u"mailsetup-check-0dead0ld"_s, u"--email"_s, email }).exitCode == 0);
    QVERIFY(mailsetup({ u"relay"_s, u"add-device"_s, u"mailsetup-check-0beside0"_s, u"--email"_s, email }).exitCode == 0);
    {
        QSettings list(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                           + u"/MailSetup/relay-devices.ini"_s,
                       QSettings::IniFormat);
        QVERIFY(list.contains(u"devices/mailsetup-check-0dead0ld"_s));
        list.setValue(u"devices/mailsetup-check-0dead0ld"_s,
                      QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate));
    }
    QString port;
    QByteArray relayOut;
    const std::unique_ptr<QProcess> relay = startRelay(email, &port, &relayOut);
    QVERIFY(relay);
    QVERIFY2(relayOut.contains("listens on 127.0.0.1 port " + port.toUtf8()), relayOut + relay->readAllStandardError());
    QCOMPARE(relayDevices().size(), 2);

    QTemporaryDir scratch;
    const QString transcript = scratch.filePath(u"transcript.txt"_s);
    QElapsedTimer clock;
    clock.start();
    const Run checked = mailsetup({ u"check"_s, u"--email"_s, email, u"--through-relay=127.0.0.1:"_s + port,
                                    u"--send-test"_s, u"--json"_s, u"--transcript"_s, transcript });
    const qint64 checkMs = clock.elapsed();
    relay->terminate();
    QVERIFY(relay->waitForFinished(10'000));
    const QByteArray relayLog = relay->readAllStandardError();
    QVERIFY2(checked.exitCode == 0, checked.out + checked.err + relayLog);
    const QJsonObject json = QJsonDocument::fromJson(checked.out).object();
    QVERIFY(json.value(u"ok"_s).toBool());
    QCOMPARE(json.value(u"smtp"_s).toObject().value(u"server"_s).toString(), u"127.0.0.1:"_s + port);
    const QJsonObject testMessage = json.value(u"testMessage"_s).toObject();
    QVERIFY(testMessage.value(u"seenInInbox"_s).toBool());
    qInfo("check --through-relay --send-test took %lld ms, the message %d ms from the relay's acceptance to the inbox",
          checkMs, testMessage.value(u"ms"_s).toInt());
    // The relay heard the check's device sign in, and sent the message on.
    QVERIFY2(relayLog.contains("Device mailsetup-check-"), relayLog);
    QVERIFY(relayLog.contains("was sent through"));

    // In Dovecot's INBOX, found by its Message-ID.
    const QByteArray messageId = testMessage.value(u"messageId"_s).toString().toUtf8();
    QVERIFY(!messageId.isEmpty());
    QVERIFY2(m_sandbox.inboxHas(messageId), messageId.constData());

    // Signed in with the device's password, which no output and no file shows.
    QFile said(transcript);
    QVERIFY(said.open(QIODevice::ReadOnly));
    const QByteArray words = said.readAll();
    QVERIFY2(words.contains("C: AUTH PLAIN [secret removed]"), words);
    QVERIFY(words.contains("pinned SHA-256 fingerprint"));
    QVERIFY(!words.contains("XOAUTH2 ey") && !words.contains("AUTH XOAUTH2 ["));
    QCOMPARE(relayDevices(), QStringList{ u"mailsetup-check-0beside0"_s });
    QCOMPARE(mailsetup({ u"relay"_s, u"remove-device"_s, u"mailsetup-check-0beside0"_s }).exitCode, 0);
    QVERIFY(relayDevices().isEmpty());
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, email }).exitCode, 0);
}

// The temporary device goes in every outcome, and a relay that is not there, or HOST:PORT that is no such thing,
// is said plainly with its exit code.
void tst_SignInCommand::checkThroughRelayLeavesNoDevice()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    const QString email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    const Run signedIn = signIn({ u"--email"_s, email, u"--provider-file"_s, m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    QVERIFY2(signedIn.exitCode == 0, signedIn.out + signedIn.err);

    const Run badTarget = mailsetup({ u"check"_s, u"--email"_s, email, u"--through-relay=127.0.0.1"_s });
    QCOMPARE(badTarget.exitCode, 2);
    QVERIFY2(badTarget.err.contains("--through-relay takes the relay's host and port"), badTarget.err);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString closedPort = QString::number(closed.serverPort());
    closed.close();
    const Run notRunning = mailsetup({ u"check"_s, u"--email"_s, email, u"--through-relay=127.0.0.1:"_s + closedPort });
    QCOMPARE(notRunning.exitCode, 4);
    QVERIFY2(notRunning.err.contains("The relay is not running on 127.0.0.1 port " + closedPort.toUtf8()
                                     + ". Start it with: mailsetup relay"),
             notRunning.err);

    // Something on the port that takes the connection and never says a word: the check's time limit ends it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString silentPort = QString::number(silent.serverPort());
    const QString target = u"--through-relay=127.0.0.1:"_s + silentPort;
    QProcess timedOut;
    timedOut.setProcessEnvironment(withVariables({ u"MAILSETUP_TEST_CHECK_REPLY_TIME_LIMIT_MS=1500"_s }));
    timedOut.start(m_binary, { u"check"_s, u"--email"_s, email, target, u"--send-test"_s });
    QVERIFY(QSignalSpy(&timedOut, &QProcess::finished).wait(60'000));
    QCOMPARE(timedOut.exitCode(), 4);
    const QByteArray timedOutSaid = timedOut.readAllStandardOutput();
    QVERIFY2(timedOutSaid.contains("SMTP ✗"), timedOutSaid);
    QVERIFY(relayDevices().isEmpty());

    // SIGTERM while the check waits for that silent relay: the device added for it is removed before the end.
    for (const int signalNumber : { 15, 2 }) {
        QProcess stopped;
        stopped.start(m_binary, { u"check"_s, u"--email"_s, email, target, u"--send-test"_s });
        QByteArray stoppedSaid;
        QElapsedTimer clock;
        clock.start();
        // The line that names the relay comes once its device was added.
        while (!stoppedSaid.contains("sending through the relay") && stopped.state() != QProcess::NotRunning
               && clock.elapsed() < 30'000) {
            stopped.waitForReadyRead(100);
            stoppedSaid += stopped.readAllStandardOutput();
        }
        QVERIFY2(stoppedSaid.contains("sending through the relay"), stoppedSaid + stopped.readAllStandardError());
        const QStringList during = relayDevices();
        QCOMPARE(during.size(), 1);
        QVERIFY(during.constFirst().startsWith(u"mailsetup-check-"_s));
        ::kill(pid_t(stopped.processId()), signalNumber);
        QVERIFY(QSignalSpy(&stopped, &QProcess::finished).wait(30'000));
        QCOMPARE(stopped.exitStatus(), QProcess::NormalExit);
        QCOMPARE(stopped.exitCode(), 128 + signalNumber);
        QVERIFY2(stopped.readAllStandardError().contains("the relay device made for it was removed"), stoppedSaid);
        QVERIFY(relayDevices().isEmpty());
    }
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, email }).exitCode, 0);
}

// A private identity provider whose user is someone else, or whose page asks for consent.
static QString writeProfile(const QTemporaryDir &dir, const FakeIdentityProvider &idp, const QString &clientId)
{
    const QString path = dir.filePath(u"provider.json"_s);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(QJsonObject{
        { u"id"_s, u"test"_s }, { u"name"_s, u"Test"_s },
        { u"imap"_s, QJsonObject{ { u"host"_s, u"localhost"_s }, { u"port"_s, 1 }, { u"security"_s, u"tls"_s } } },
        { u"smtp"_s, QJsonObject{ { u"host"_s, u"localhost"_s }, { u"port"_s, 1 }, { u"security"_s, u"starttls"_s } } },
        { u"oauth"_s, QJsonObject{ { u"authorizeUrl"_s, idp.authorizeUrl().toString() },
                                   { u"tokenUrl"_s, idp.tokenUrl().toString() },
                                   { u"clientId"_s, clientId },
                                   { u"scopes"_s, QJsonArray::fromStringList({ FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope,
                                                              u"offline_access"_s, u"openid"_s, u"profile"_s, u"email"_s }) } } },
    }).toJson());
    return path;
}

void tst_SignInCommand::signedInAsSomeoneElse()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    auto other = FakeIdentityProvider::sandboxAccount();
    other.email = u"sam@outlook.com"_s;
    other.preferredUsername = other.email;
    other.tenantId = FakeIdentityProvider::personalTenantId;
    idp.setAccount(other);
    QTemporaryDir dir;
    const Run run = signIn({ u"--email"_s, u"alex@example.com"_s, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("You signed in as sam@outlook.com, but you are setting up alex@example.com."), run.err);
    QVERIFY(run.err.contains("Use another account"));
    // Nothing was kept for the wrong account.
    QCOMPARE(mailsetup({ u"token"_s, u"--email"_s, u"sam@outlook.com"_s }).exitCode, 3);
    QCOMPARE(mailsetup({ u"token"_s, u"--email"_s, u"alex@example.com"_s }).exitCode, 3);
}

void tst_SignInCommand::consentRequiredSaysWhoCanFixIt()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    idp.setSignInPage(FakeIdentityProvider::SignInPage::NeedsAdminApproval);
    QTemporaryDir dir;
    const Run run = signIn({ u"--email"_s, u"alex@sandbox.test"_s, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Your IT administrator"), run.err);
    QVERIFY(run.err.contains("AADSTS90094"));
    QVERIFY(run.err.contains("Trace ID"));
    QVERIFY(run.page.contains("did not finish"));
}

void tst_SignInCommand::noClientIdPointsToTheRegistrationGuide()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    QTemporaryDir dir;
    const Run run = mailsetup({ u"signin"_s, u"--no-browser"_s, u"--email"_s, u"alex@sandbox.test"_s,
                                u"--provider-file"_s, writeProfile(dir, idp, QString()) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("docs/app-registration.md"));
    QCOMPARE(idp.authorizeRequestCount(), 0);
}

void tst_SignInCommand::keychainMissingGivesExitCode8()
{
    if (m_mode == "unlocked"_L1)
        QSKIP("needs a missing or locked keyring");
    // Asked before the browser opens, so nobody signs in for nothing; no terminal to say yes on.
    const Run run = mailsetup({ u"signin"_s, u"--no-browser"_s, u"--email"_s, m_sandbox.value(u"SANDBOX_EMAIL"_s),
                                u"--provider-file"_s, m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    QCOMPARE(run.exitCode, 8);
    QVERIFY(!run.out.contains("http"));
    QVERIFY2(run.err.contains(m_mode == "locked"_L1 ? "locked" : "No keychain"), run.err);
    // The keychain's own words come only as a technical detail, never as if they were an explanation.
    QVERIFY(!run.err.contains("The keychain said"));
}

bool tst_SignInCommand::signInPrivately(FakeIdentityProvider &idp, const QTemporaryDir &dir)
{
    FakeIdentityProvider::Account pat = FakeIdentityProvider::sandboxAccount();
    pat.email = u"pat@sandbox.test"_s;
    pat.objectId = u"0b1d0b1d-7e57-4c0d-9a11-00000000da7e"_s;
    idp.setAccount(pat);
    idp.setAccessTokenLifetime(1);
    if (!idp.isListening() && !idp.start())
        return false;
    const Run run = signIn({ u"--email"_s, pat.email, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) });
    if (run.exitCode != 0)
        qWarning().noquote() << run.out << run.err;
    return run.exitCode == 0;
}

void tst_SignInCommand::forgedCallbackDoesNotEndTheSignIn()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    QTemporaryDir dir;
    QList<QByteArray> forgedPages;
    bool stillRunning = false;
    const Run run = signIn({ u"--email"_s, u"alex@sandbox.test"_s, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) },
                           {}, [&](const QUrl &location) {
        // Any program on this computer can send these, before the browser's real answer.
        for (const QString &query : { u"code=x&state=wrong"_s, u"code=x"_s, u"error=access_denied&state=x"_s }) {
            QUrl forged = location;
            forged.setQuery(query);
            std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(forged)));
            QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000);
            forgedPages.append(reply->readAll());
        }
        QUrl elsewhere = location;
        elsewhere.setPath(u"/callbackXYZ"_s);
        std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(elsewhere)));
        QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000);
        forgedPages.append(reply->readAll());
        // Half a second later the sign-in still waits for the real answer.
        QTest::qWait(500);
        std::unique_ptr<QNetworkReply> probe(m_browser.get(QNetworkRequest(elsewhere)));
        stillRunning = QSignalSpy(probe.get(), &QNetworkReply::finished).wait(5000)
            && probe->error() == QNetworkReply::ContentNotFoundError;
    });
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(stillRunning);
    QCOMPARE(forgedPages.size(), 4);
    for (const QByteArray &page : std::as_const(forgedPages))
        QVERIFY2(page.contains("Nothing happened"), page.constData());
    QVERIFY(run.page.contains("You are signed in"));
    QVERIFY(!run.err.contains("fault in Mail Setup"));
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, u"alex@sandbox.test"_s }).exitCode, 0);
}

void tst_SignInCommand::tricklingTokenEndpointEndsAtTheDeadline()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QTemporaryDir dir;
    QVERIFY(signInPrivately(idp, dir));
    const QStringList shortDeadline{ u"MAILSETUP_TEST_SIGNIN_DEADLINE_MS=2000"_s };
    const auto verifyTimeoutWords = [](const Run &run) {
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Microsoft's sign-in service did not answer in time."), run.err);
        QVERIFY(run.err.contains("Microsoft's sign-in service: localhost. Mail Setup waited 2 seconds."));
        QVERIFY(!run.err.contains("mail server"));
        QVERIFY(!run.err.contains("587"));
        QVERIFY(!run.err.contains("Operation canceled"));
    };

    // token: a byte every half second never trips the limit per read; the deadline ends it, in words.
    idp.failNextTokenRequest(FakeIdentityProvider::TokenFault::trickle(500));
    const Run token = mailsetup({ u"token"_s, u"--email"_s, u"pat@sandbox.test"_s }, shortDeadline);
    verifyTimeoutWords(token);
    QVERIFY(token.out.isEmpty());
    QVERIFY(token.err.contains("the token refresh did not finish within 2 seconds"));

    // check with the stored sign-in: the same words, before any mail server is asked.
    idp.failNextTokenRequest(FakeIdentityProvider::TokenFault::trickle(500));
    verifyTimeoutWords(mailsetup({ u"check"_s, u"--email"_s, u"pat@sandbox.test"_s }, shortDeadline));

    // signin: the code exchange has the deadline too, and the browser, kept waiting meanwhile, hears the outcome.
    idp.failNextTokenRequest(FakeIdentityProvider::TokenFault::trickle(500));
    const Run signedIn = signIn({ u"--email"_s, u"pat@sandbox.test"_s, u"--timeout"_s, u"60"_s, u"--provider-file"_s,
                                  dir.filePath(u"provider.json"_s) },
                                shortDeadline);
    verifyTimeoutWords(signedIn);
    QVERIFY2(signedIn.page.contains("The sign-in did not finish"), signedIn.page.constData());
    QVERIFY(signedIn.page.contains("Microsoft&#x27;s sign-in service did not answer in time.")
            || signedIn.page.contains("Microsoft's sign-in service did not answer in time."));

    // Once the service answers again, the stored sign-in works: nothing was used up.
    const Run recovered = mailsetup({ u"token"_s, u"--email"_s, u"pat@sandbox.test"_s });
    QVERIFY2(recovered.exitCode == 0, recovered.err);
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, u"pat@sandbox.test"_s }).exitCode, 0);
}

void tst_SignInCommand::signInServiceUnreachableOrBroken()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QTemporaryDir dir;
    QVERIFY(signInPrivately(idp, dir));

    // An error page (here 503 HTML) instead of an answer.
    idp.failNextTokenRequest(FakeIdentityProvider::TokenFault::serverErrorPage(503));
    const Run broken = mailsetup({ u"token"_s, u"--email"_s, u"pat@sandbox.test"_s });
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains("Microsoft's sign-in service answered with an error instead of the sign-in."),
             broken.err);
    QVERIFY(broken.err.contains("HTTP 503"));
    QVERIFY(!broken.err.contains("Sign in again with"));

    // Nobody listens any more: refused.
    idp.stop();
    const Run refused = mailsetup({ u"token"_s, u"--email"_s, u"pat@sandbox.test"_s });
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("Mail Setup could not reach Microsoft's sign-in service."), refused.err);
    QVERIFY(refused.err.contains("Microsoft's sign-in service: localhost."));
    // Qt's words are only the technical detail, after ours.
    QVERIFY(refused.err.contains("the connection to localhost was refused; technical detail: "));
    QVERIFY(!refused.err.contains("mail server"));
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, u"pat@sandbox.test"_s }).exitCode, 0);
}

void tst_SignInCommand::hungKeychainSaysSo()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QTemporaryDir dir;
    QVERIFY(signInPrivately(idp, dir));
    // With QT_NO_GLIB, QtKeychain's libsecret jobs never finish: a keychain that hangs (docs/qt64-notes.md).
    const QStringList hung{ u"QT_NO_GLIB=1"_s, u"MAILSETUP_TEST_KEYCHAIN_TIME_LIMIT_MS=1500"_s };
    const Run token = mailsetup({ u"token"_s, u"--email"_s, u"pat@sandbox.test"_s }, hung);
    QCOMPARE(token.exitCode, 8);
    QVERIFY2(token.err.contains("The keychain did not answer within 2 seconds"), token.err);
    QVERIFY(!token.err.contains("No keychain is available"));
    QVERIFY(!token.err.contains("The keychain said"));
    const Run signin = mailsetup({ u"signin"_s, u"--no-browser"_s, u"--email"_s, u"pat@sandbox.test"_s,
                                   u"--provider-file"_s, dir.filePath(u"provider.json"_s) },
                                 hung);
    QCOMPARE(signin.exitCode, 8);
    QVERIFY(signin.err.contains("The keychain did not answer within 2 seconds"));
    QVERIFY(!signin.out.contains("http"));
    QCOMPARE(mailsetup({ u"forget"_s, u"--email"_s, u"pat@sandbox.test"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_SignInCommand)
#include "tst_signincommand.moc"
