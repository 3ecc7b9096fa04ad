// The built `mailsetup` command against hostile input, as an attacker runs it: server words with control
// characters in the text report, addresses that try to smuggle protocol lines, files that are pipes, devices or
// huge, provider files that would send the sign-in in the clear or to a host that is no host, and a short
// sign-in time limit said in the right unit. Scripted servers on loopback play the mail servers; HOME is a
// scratch folder, and no keychain is reachable.
#include "tests/support/mailserverscripts.h"
#include "tests/core/probetesting.h"

#include "wizard/core/signin/clientid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;
using namespace MailServerScripts;

namespace {

struct Run {
    bool finished = false;  // false: still running when the test gave up on it (it hung), then killed
    int exitCode = -1;
    QString out;
    QString err;
};

// What a terminal acts on instead of showing: C0 controls (but the line break), DEL, C1, bidi controls.
QString firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069))
            return u"U+%1 at %2 in \"%3\""_s.arg(uint(c), 4, 16, QChar(u'0')).arg(i).arg(text.mid(std::max<qsizetype>(0, i - 60), 120));
    }
    return {};
}

// A greeting as someone on the path can send it before STARTTLS: a window title, a screen clear, a bell, a NUL,
// a carriage return and a right-to-left override.
const QString hostileGreetingWords = u"mail.example.org ESMTP \x1b]0;owned\x07\x1b[2J\x00\rhidden \u202Etxt.exe"_s;

QStringList smtpWithHostileGreeting()
{
    QStringList script = smtpUntilAuth();
    script[0] = u"S: 220 "_s + hostileGreetingWords;
    return script + QStringList{ u"S: 235 2.7.0 Authentication successful"_s, u"C: QUIT"_s, u"S: 221 2.0.0 Bye"_s, u"X"_s };
}

QStringList imapWorks()
{
    return imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + MailServerScripts::examineReply(u"A2"_s)
        + imapLogout(u"A3"_s);
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkReportEscapesWhatTheServerSaid();
    void explainEscapesWhatWasPasted();
    void addressesAreRefusedBeforeAnyConnection_data();
    void addressesAreRefusedBeforeAnyConnection();
    void unusableFilesAreRefused_data();
    void unusableFilesAreRefused();
    void unsafeProfilesAreRefused_data();
    void unsafeProfilesAreRefused();
    void signInTimeLimitInSeconds();
    void versionSaysWhetherAClientIdIsBuiltIn();
    void throughRelayRefusesBadTargets_data();
    void throughRelayRefusesBadTargets();
    void throughRelayRefusalKeepsTheCheckExitCodes();

private:
    Run mailsetup(const QStringList &arguments, const QByteArray &input = {}, int giveUpAfterMs = 20'000);
    // A provider file for these ports on 127.0.0.1 (the test CA trusted), with one key changed (dotted path).
    QString providerFile(quint16 imapPort, quint16 smtpPort, const QString &changedKey = {},
                         const QJsonValue &value = QJsonValue::Undefined);
    QString tokenFile();

    QString m_binary;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    int m_files = 0;
};

void tst_CommandLine::initTestCase()
{
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY2(QFile::exists(m_binary), "MAILSETUP_BINARY names the built mailsetup");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_home.isValid());
}

Run tst_CommandLine::mailsetup(const QStringList &arguments, const QByteArray &input, int giveUpAfterMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // No keychain and no display: nothing here may need either before it refuses its input.
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run run;
    if (!process.waitForStarted(5000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The scripted servers live in this thread: wait with the event loop running.
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, giveUpAfterMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString tst_CommandLine::providerFile(quint16 imapPort, quint16 smtpPort, const QString &changedKey, const QJsonValue &value)
{
    QJsonObject profile{
        { u"id"_s, u"scripted"_s },
        { u"name"_s, u"Scripted servers"_s },
        { u"imap"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, imapPort }, { u"security"_s, u"tls"_s } } },
        { u"smtp"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, smtpPort }, { u"security"_s, u"starttls"_s } } },
        { u"oauth"_s, QJsonObject{ { u"authorizeUrl"_s, u"http://127.0.0.1:9/authorize"_s },
                                   { u"tokenUrl"_s, u"http://127.0.0.1:9/token"_s },
                                   { u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s },
                                   { u"scopes"_s, QJsonArray{ u"openid"_s } } } },
        { u"caCertificates"_s, ScriptedServer::testDataDir() + u"/tls/ca.pem"_s },
    };
    if (!changedKey.isEmpty()) {
        const QStringList path = changedKey.split(u'.');
        if (path.size() == 1) {
            profile.insert(path[0], value);
        } else {
            QJsonObject inner = profile.value(path[0]).toObject();
            inner.insert(path[1], value);
            profile.insert(path[0], inner);
        }
    }
    const QString path = m_dir.filePath(u"provider-%1.json"_s.arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(profile).toJson());
    return path;
}

QString tst_CommandLine::tokenFile()
{
    const QString path = m_dir.filePath(u"token"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(token().toUtf8() + '\n');
    return path;
}

void tst_CommandLine::checkReportEscapesWhatTheServerSaid()
{
    for (const bool json : { false, true }) {
        ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
        ScriptedServer smtp(smtpWithHostileGreeting());
        QVERIFY(imap.start());
        QVERIFY(smtp.start());
        QStringList arguments{ u"check"_s, u"--email"_s, email(), u"--provider-file"_s,
                               providerFile(imap.serverPort(), smtp.serverPort()), u"--access-token-file"_s, tokenFile() };
        if (json)
            arguments << u"--json"_s;
        const Run run = mailsetup(arguments);
        QVERIFY2(run.finished, qPrintable(run.out + run.err));
        // The greeting is odd, but the account works: the check passes, and says so without obeying the server.
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
        if (!json) {
            QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
            QVERIFY2(run.out.contains(u"ESMTP \\x1B]0;owned\\x07\\x1B[2J\\x00\\x0Dhidden \\u202Etxt.exe"_s), qPrintable(run.out));
            continue;
        }
        // The JSON keeps the server's words exact, in JSON's own escapes (C0 controls as \u001B and so on).
        QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)) && !run.out.contains(QChar(0)));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray steps = report.value(u"smtp"_s).toObject().value(u"steps"_s).toArray();
        QString greeting;
        for (const QJsonValue &step : steps) {
            if (step.toObject().value(u"name"_s).toString() == u"greeting"_s)
                greeting = step.toObject().value(u"detail"_s).toString();
        }
        QCOMPARE(greeting, u"220 "_s + hostileGreetingWords);
    }
}

void tst_CommandLine::versionSaysWhetherAClientIdIsBuiltIn()
{
    // Before anyone tries to sign in: whether this copy can, and what IT or a packager does when it cannot.
    const Run run = mailsetup({ u"--version"_s });
    QCOMPARE(run.exitCode, 0);
    if (ClientIds::builtIn().isEmpty()) {
        QVERIFY2(run.out.contains(u"No application (client) ID is built in"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"--client-id"_s));
        QVERIFY(run.out.contains(u"-DMAILSETUP_CLIENT_ID="_s));
        QVERIFY(run.out.contains(u"docs/app-registration.md"_s));
    } else {
        QVERIFY2(run.out.contains(u"Application (client) ID built in: "_s + ClientIds::builtIn()), qPrintable(run.out));
    }
}

void tst_CommandLine::explainEscapesWhatWasPasted()
{
    const QString pasted = u"\x1b]0;owned\x07\u202E535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                           "disabled for the Tenant.\x1b[2J"_s;
    const Run asArgument = mailsetup({ u"explain"_s, pasted });
    QCOMPARE(asArgument.exitCode, 0);
    QVERIFY2(asArgument.out.contains(u"smtp-auth-disabled"_s), qPrintable(asArgument.out));
    QVERIFY2(firstControl(asArgument.out).isEmpty(), qPrintable(firstControl(asArgument.out)));

    const Run fromInput = mailsetup({ u"explain"_s, u"-"_s }, pasted.toUtf8() + QByteArray("\0\x07 AADSTS65001", 14));
    QCOMPARE(fromInput.exitCode, 0);
    QVERIFY2(firstControl(fromInput.out).isEmpty(), qPrintable(firstControl(fromInput.out)));
}

void tst_CommandLine::addressesAreRefusedBeforeAnyConnection_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("address");
    const std::pair<const char *, QString> addresses[] = {
        { "angle brackets", u"ada>RCPT TO:<eve@evil.example@outlook.com"_s },
        { "a quotation mark", u"\"ada\"@outlook.com"_s },
        { "a backslash", u"ada\\lovelace@outlook.com"_s },
        { "a less-than sign", u"ada<@outlook.com"_s },
        { "an escape sequence", u"ada\x1b]0;owned\x07@outlook.com"_s },
        { "a bell", u"ada\x07@outlook.com"_s },
        { "a line break inside", u"ada@outlook.com\r\nRCPT TO:<eve@evil.example>"_s },
        { "a bidi override", u"ada\u202E@outlook.com"_s },
        { "100,000 characters", QString(100'000, u'a') + u"@outlook.com"_s },
    };
    for (const QString &command : { u"check"_s, u"signin"_s, u"token"_s, u"forget"_s }) {
        for (const auto &[name, address] : addresses)
            QTest::newRow(qPrintable(command + u": "_s + QLatin1StringView(name))) << command << address;
    }
}

void tst_CommandLine::addressesAreRefusedBeforeAnyConnection()
{
    QFETCH(QString, command);
    QFETCH(QString, address);
    // Servers for everything the command could reach: none of them may hear from it.
    ScriptedServer imap({ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp({ u"HANG"_s });
    QTcpServer signInServer;
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    QVERIFY(signInServer.listen(QHostAddress::LocalHost));
    const QString provider = providerFile(imap.serverPort(), smtp.serverPort(), u"oauth.authorizeUrl"_s,
                                          u"http://127.0.0.1:%1/authorize"_s.arg(signInServer.serverPort()));
    QStringList arguments{ command, u"--email"_s, address };
    if (command == u"check"_s)
        arguments << u"--provider-file"_s << provider << u"--access-token-file"_s << tokenFile() << u"--send-test"_s;
    if (command == u"signin"_s)
        arguments << u"--provider-file"_s << provider << u"--no-browser"_s;

    const Run run = mailsetup(arguments, "y\n");
    QVERIFY2(run.finished, qPrintable(run.out + run.err));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"is not an e-mail address"_s), qPrintable(run.err.left(500)));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(500)));
    // What was typed is echoed as escapes, and not a page of it.
    QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
    QVERIFY2(run.err.size() < 1000, qPrintable(QString::number(run.err.size())));
    QTest::qWait(100);
    QVERIFY(!imap.clientConnected());
    QVERIFY(!smtp.clientConnected());
    QVERIFY(!signInServer.hasPendingConnections());
    QVERIFY2(!QDir(m_home.filePath(u"config"_s)).exists(), "nothing was saved");
}

void tst_CommandLine::unusableFilesAreRefused_data()
{
    QTest::addColumn<QString>("option");  // --provider-file, caCertificates or --access-token-file
    QTest::addColumn<QString>("kind");
    for (const QString &option : { u"--provider-file"_s, u"caCertificates"_s, u"--access-token-file"_s }) {
        for (const QString &kind : { u"fifo"_s, u"/dev/zero"_s, u"folder"_s, u"huge"_s })
            QTest::newRow(qPrintable(option + u": "_s + kind)) << option << kind;
    }
}

void tst_CommandLine::unusableFilesAreRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString special;
    if (kind == u"fifo"_s) {
        special = dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(special).constData(), 0600), 0);
    } else if (kind == u"/dev/zero"_s) {
        special = kind;
    } else if (kind == u"folder"_s) {
        special = dir.path();
    } else {
        // What the file should hold at its start, then far more than it ever holds.
        special = dir.filePath(u"huge"_s);
        QFile huge(special);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        if (option == u"caCertificates"_s) {
            QFile ca(ScriptedServer::testDataDir() + u"/tls/ca.pem"_s);
            QVERIFY(ca.open(QIODevice::ReadOnly));
            huge.write(ca.readAll());
        } else if (option == u"--access-token-file"_s) {
            huge.write(token().toUtf8());
        } else {
            QFile valid(providerFile(1, 2));
            QVERIFY(valid.open(QIODevice::ReadOnly));
            huge.write(valid.readAll());
        }
        QVERIFY(huge.resize(64 * 1024 * 1024));
    }

    ScriptedServer imap({ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp({ u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    QStringList arguments{ u"check"_s, u"--email"_s, email() };
    if (option == u"--provider-file"_s)
        arguments << u"--provider-file"_s << special << u"--access-token-file"_s << tokenFile();
    else if (option == u"caCertificates"_s)
        arguments << u"--provider-file"_s << providerFile(imap.serverPort(), smtp.serverPort(), u"caCertificates"_s, special)
                  << u"--access-token-file"_s << tokenFile();
    else
        arguments << u"--provider-file"_s << providerFile(imap.serverPort(), smtp.serverPort())
                  << u"--access-token-file"_s << special;

    // Far longer than refusing takes; a command that blocks on the pipe is stopped here and fails the test.
    const Run run = mailsetup(arguments, {}, 10'000);
    QVERIFY2(run.finished, "mailsetup hung on the file");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(special), qPrintable(run.err));
    if (option == u"caCertificates"_s)
        QVERIFY2(run.err.contains(u"\"caCertificates\""_s), qPrintable(run.err));
    if (option != u"--access-token-file"_s && kind != u"huge"_s)
        QVERIFY2(run.err.contains(u"not a regular file"_s), qPrintable(run.err));
    QVERIFY(!imap.clientConnected());
    QVERIFY(!smtp.clientConnected());
}

void tst_CommandLine::unsafeProfilesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("authorize in the clear") << u"oauth.authorizeUrl"_s << u"http://login.example.org/authorize"_s << u"https"_s;
    QTest::newRow("token in the clear") << u"oauth.tokenUrl"_s << u"http://login.example.org/token"_s << u"https"_s;
    QTest::newRow("token with a password") << u"oauth.tokenUrl"_s << u"https://alex:secret@login.example.org/token"_s
                                           << u"user name or password"_s;
    QTest::newRow("discovery in the clear") << u"oauth.discoveryUrl"_s << u"http://idp.example.org/{domain}/openid"_s << u"https"_s;
    QTest::newRow("IMAP host with a tab") << u"imap.host"_s << u"outlook.office365.com\tevil"_s << u"host name"_s;
    QTest::newRow("SMTP host with a port") << u"smtp.host"_s << u"smtp.office365.com:25"_s << u"host name"_s;
    QTest::newRow("SMTP host with a user") << u"smtp.host"_s << u"alex@smtp.office365.com"_s << u"host name"_s;
    QTest::newRow("IMAP host in brackets") << u"imap.host"_s << u"[::1]"_s << u"host name"_s;
}

void tst_CommandLine::unsafeProfilesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    ScriptedServer imap({ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp({ u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    const QString provider = providerFile(imap.serverPort(), smtp.serverPort(), key, value);
    for (const QStringList &arguments :
         { QStringList{ u"check"_s, u"--email"_s, email(), u"--provider-file"_s, provider, u"--access-token-file"_s, tokenFile() },
           QStringList{ u"signin"_s, u"--email"_s, email(), u"--provider-file"_s, provider, u"--no-browser"_s } }) {
        const Run run = mailsetup(arguments, "y\n");
        QVERIFY2(run.finished, qPrintable(run.out + run.err));
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.constFirst() + u": "_s + run.out + run.err));
        QVERIFY2(run.err.contains(provider), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"\"%1\""_s.arg(key)), qPrintable(run.err));
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
    }
    QVERIFY(!imap.clientConnected());
    QVERIFY(!smtp.clientConnected());
}

void tst_CommandLine::signInTimeLimitInSeconds()
{
    // signin checks the keychain before it waits for the browser: a private keyring (with-keyring.sh, which
    // stops what it started when it is terminated). Nobody signs in; the test reads the time limit and stops it.
    const QString withKeyring = qEnvironmentVariable("MAILSETUP_WITH_KEYRING");
    QVERIFY2(QFile::exists(withKeyring), "MAILSETUP_WITH_KEYRING names tests/integration/with-keyring.sh");
    QTcpServer signInServer;
    QVERIFY(signInServer.listen(QHostAddress::LocalHost));
    const QString provider = providerFile(1, 2, u"oauth.authorizeUrl"_s,
                                          u"http://127.0.0.1:%1/authorize"_s.arg(signInServer.serverPort()));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(u"bash"_s, { withKeyring, u"--unlocked"_s, u"--"_s, m_binary, u"signin"_s, u"--email"_s, email(),
                               u"--provider-file"_s, provider, u"--no-browser"_s, u"--timeout"_s, u"30"_s });
    QVERIFY(process.waitForStarted(5000));
    process.closeWriteChannel();
    QByteArray out;
    const bool waiting = QTest::qWaitFor([&] {
        out += process.readAllStandardOutput();
        return out.contains("time limit") || process.state() == QProcess::NotRunning;
    }, 30'000);
    process.terminate();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 15'000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    out += process.readAllStandardOutput();
    const QString said = QString::fromUtf8(out);
    QVERIFY2(waiting && said.contains(u"(time limit: 30 second"_s),
             qPrintable(said + QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(!said.contains(u" min"_s), qPrintable(said));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
void tst_CommandLine::throughRelayRefusesBadTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const QString usage = u"--through-relay takes the relay's host and port"_s;
    QTest::newRow("no port") << u"127.0.0.1"_s << 2 << usage;
    QTest::newRow("port 0") << u"127.0.0.1:0"_s << 2 << usage;
    QTest::newRow("port too large") << u"127.0.0.1:65536"_s << 2 << usage;
    QTest::newRow("IPv6 without brackets") << u"::1:2525"_s << 2 << usage;
    QTest::newRow("brackets round no IPv6") << u"[relay]:2525"_s << 2 << usage;
    QTest::newRow("space in the host") << u"re lay:2525"_s << 2 << usage;
    QTest::newRow("a line break") << u"relay\n:2525"_s << 2 << usage;
    QTest::newRow("empty") << QString() << 2 << usage;
    QTest::newRow("nothing listening") << u"127.0.0.1:%1"_s << 4
                                       << u"The relay is not running on 127.0.0.1 port %1. Start it with: mailsetup relay"_s;
}

void tst_CommandLine::throughRelayRefusesBadTargets()
{
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString port = QString::number(closed.serverPort());
    closed.close();
    // Refused before any sign-in is needed and before any keychain is asked: there is neither here.
    if (target.contains(u"%1"_s))
        target = target.arg(port);
    if (said.contains(u"%1"_s))
        said = said.arg(port);
    const Run run = mailsetup({ u"check"_s, u"--email"_s, email(), u"--through-relay="_s + target });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"keychain"_s, Qt::CaseInsensitive));
}

void tst_CommandLine::throughRelayRefusalKeepsTheCheckExitCodes()
{
    // A relay that does not know the device's password: its 535 in the catalogue's words, the check's exit code 6,
    // while IMAP (the mailbox itself, with the token) passes. The device is added in a private keyring.
    const QString withKeyring = qEnvironmentVariable("MAILSETUP_WITH_KEYRING");
    QVERIFY2(QFile::exists(withKeyring), "MAILSETUP_WITH_KEYRING names tests/integration/with-keyring.sh");
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + imapLogout(u"A3"_s),
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer relay({ u"S: 220 mailsetup-relay ESMTP"_s, u"C: EHLO [127.0.0.1]"_s, u"S: 250-mailsetup-relay"_s,
                           u"S: 250 AUTH PLAIN LOGIN"_s, u"C: AUTH PLAIN *"_s,
                           u"S: 535 5.7.8 Authentication credentials invalid"_s, u"X"_s });
    relay.setConnectionsToDrop(1);  // the check's look whether the relay runs
    QVERIFY(imap.start());
    QVERIFY(relay.start());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(u"bash"_s, { withKeyring, u"--unlocked"_s, u"--"_s, m_binary, u"check"_s, u"--email"_s, email(),
                               u"--provider-file"_s, providerFile(imap.serverPort(), 9), u"--access-token-file"_s,
                               tokenFile(), u"--through-relay=127.0.0.1:%1"_s.arg(relay.serverPort()) });
    QVERIFY(process.waitForStarted(5000));
    process.closeWriteChannel();
    // The scripted servers live in this thread: wait with the event loop running.
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(relay.mismatches().isEmpty(), qPrintable(relay.mismatches().join(u'\n')));
    QCOMPARE(process.exitCode(), int(ExitCode::AccountRefused));
    QVERIFY2(out.contains(u"sending through the relay on 127.0.0.1 port %1"_s.arg(relay.serverPort())), qPrintable(out));
    QVERIFY2(out.contains(u"SMTP ✗"_s) && out.contains(u"IMAP ✓"_s), qPrintable(out));
    QVERIFY2(out.contains(DiagnosisCatalogue::diagnosis(DiagnosisId::AuthRejected, {}, {}).title), qPrintable(out));
    QVERIFY2(out.contains(u"5.7.8"_s), qPrintable(out));
    QVERIFY2(!err.contains(u"could not be removed"_s), qPrintable(err));
    // The AUTH PLAIN line the relay got names the check's own device.
    QByteArray authLine;
    for (const QByteArray &line : relay.received()) {
        if (line.startsWith("AUTH PLAIN "))
            authLine = line;
    }
    const QList<QByteArray> plain = QByteArray::fromBase64(authLine.mid(11)).split('\0');
    QCOMPARE(plain.size(), 3);
    QVERIFY2(plain.at(1).startsWith("mailsetup-check-"), plain.at(1).constData());
    QVERIFY(!out.contains(QString::fromUtf8(plain.at(2))) && !err.contains(QString::fromUtf8(plain.at(2))));
}

#include "tst_commandline.moc"
