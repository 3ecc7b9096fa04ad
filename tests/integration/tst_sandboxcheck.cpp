// The product against the real servers of the offline sandbox: Dovecot checks every XOAUTH2 token
// with the sandbox's identity provider, Postfix authenticates through Dovecot and delivers into it,
// so a pass here is a real round trip over real TLS.
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"
#include "tests/support/programrun.h"
#include "tests/support/sandboxenvironment.h"
#include "tests/support/scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SandboxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validTokenPassesEverything();
    void wrongTokenIsRefusedByBoth();
    void imapOnlyTokenIsRefusedBySmtp();
    void untrustedCertificateFailsTls();
    void commandLineSendTestAsJson();
    void commandLineExitCodes_data();
    void commandLineExitCodes();
    void transcriptHoldsNoToken();
    void commandLineServerUnavailable();

private:
    QString value(const QString &key) const { return m_sandbox.value(key); }
    QString readToken(const QString &key) const;
    MailboxCheckReport runCheck(const QString &token, bool sendTest, const ProviderProfile &profile);
    using Run = ProgramRun;
    Run runMailsetup(const QStringList &arguments);
    void verifyNoSecrets(const QByteArray &text);

    SandboxEnvironment m_sandbox;
    ProviderProfile m_profile;
    QString m_binary;
    QStringList m_secrets;
};

void tst_SandboxCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.load(&error), qPrintable(error));
    const auto profile = ProviderProfileLoader::fromFile(value(u"SANDBOX_PROVIDER_FILE"_s), nullptr);
    QVERIFY(profile);
    m_profile = *profile;
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY(QFile::exists(m_binary));
    for (const QString &key : { u"SANDBOX_TOKEN_FILE"_s, u"SANDBOX_WRONG_TOKEN_FILE"_s, u"SANDBOX_IMAP_ONLY_TOKEN_FILE"_s })
        m_secrets << readToken(key);
}

QString tst_SandboxCheck::readToken(const QString &key) const
{
    return m_sandbox.fileContents(key);
}

void tst_SandboxCheck::verifyNoSecrets(const QByteArray &text)
{
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!text.contains(secret.toUtf8()), "a token appears in the output");
        const QByteArray encoded = QByteArray("user=" + value(u"SANDBOX_EMAIL"_s).toUtf8() + "\x01" "auth=Bearer "
                                              + secret.toUtf8() + "\x01\x01").toBase64();
        QVERIFY2(!text.contains(encoded), "an XOAUTH2 string appears in the output");
    }
}

MailboxCheckReport tst_SandboxCheck::runCheck(const QString &token, bool sendTest, const ProviderProfile &profile)
{
    MailboxCheck check(profile, MailAccount{ value(u"SANDBOX_EMAIL"_s), token });
    check.setSendTestMessage(sendTest);
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    if (!finished.wait(60'000))
        return {};
    return check.report();
}

void tst_SandboxCheck::validTokenPassesEverything()
{
    const MailboxCheckReport report = runCheck(readToken(u"SANDBOX_TOKEN_FILE"_s), true, m_profile);
    const QByteArray text = ReportFormat::checkToText(report).toUtf8();
    QVERIFY2(report.ok(), text.constData());
    QVERIFY(report.testMessage);
    QVERIFY(report.testMessage->sent);
    QVERIFY(report.testMessage->seenInInbox);
    QVERIFY(report.testMessage->ms >= 0);

    // Real TLS: the handshake steps carry what was agreed.
    const StepResult imapTls = report.imap.steps.at(2);
    QCOMPARE(imapTls.step, ProbeStep::TlsHandshake);
    QVERIFY(imapTls.tls);
    QVERIFY(imapTls.tls->protocol.startsWith("TLS 1."_L1));
    QCOMPARE(imapTls.tls->subject, u"localhost"_s);
    QVERIFY(imapTls.tls->errors.isEmpty());
    bool sawStartTls = false;
    for (const StepResult &step : report.smtp.steps)
        sawStartTls |= step.step == ProbeStep::StartTls && step.ok && step.tls.has_value();
    QVERIFY(sawStartTls);
    verifyNoSecrets(text);
    verifyNoSecrets(QJsonDocument(ReportFormat::checkToJson(report)).toJson());
    verifyNoSecrets((report.imap.transcript + report.smtp.transcript).join(u'\n').toUtf8());
}

void tst_SandboxCheck::wrongTokenIsRefusedByBoth()
{
    const MailboxCheckReport report = runCheck(readToken(u"SANDBOX_WRONG_TOKEN_FILE"_s), false, m_profile);
    QVERIFY(!report.ok());
    QVERIFY(report.imap.diagnosis);
    QVERIFY(report.smtp.diagnosis);
    QCOMPARE(report.imap.diagnosis->id, DiagnosisId::AuthRejected);
    QCOMPARE(report.smtp.diagnosis->id, DiagnosisId::AuthRejected);
    QCOMPARE(report.imap.failedStep(), ProbeStep::Authenticate);
    QCOMPARE(report.smtp.failedStep(), ProbeStep::Authenticate);
    verifyNoSecrets(ReportFormat::checkToText(report).toUtf8());
}

void tst_SandboxCheck::imapOnlyTokenIsRefusedBySmtp()
{
    const MailboxCheckReport report = runCheck(readToken(u"SANDBOX_IMAP_ONLY_TOKEN_FILE"_s), false, m_profile);
    QVERIFY2(report.imap.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(report.smtp.diagnosis);
    QCOMPARE(report.smtp.diagnosis->id, DiagnosisId::AuthRejected);
}

void tst_SandboxCheck::untrustedCertificateFailsTls()
{
    // Without the sandbox CA the servers' certificates are not trusted: nothing is sent, and both say why.
    ProviderProfile profile = m_profile;
    profile.caCertificates.clear();
    const MailboxCheckReport report = runCheck(readToken(u"SANDBOX_TOKEN_FILE"_s), false, profile);
    QVERIFY(report.imap.diagnosis);
    QVERIFY(report.smtp.diagnosis);
    QCOMPARE(report.imap.diagnosis->id, DiagnosisId::CertificateUntrusted);
    QCOMPARE(report.smtp.diagnosis->id, DiagnosisId::CertificateUntrusted);
    QCOMPARE(report.imap.failedStep(), ProbeStep::TlsHandshake);
    QCOMPARE(report.smtp.failedStep(), ProbeStep::StartTls);
    const StepResult failed = report.imap.steps.constLast();
    QVERIFY(failed.tls);
    QVERIFY(!failed.tls->errors.isEmpty());
    QCOMPARE(failed.tls->subject, u"localhost"_s);
    QVERIFY(!failed.tls->issuer.isEmpty());
    for (const QString &line : report.smtp.transcript)
        QVERIFY2(!line.startsWith("C: AUTH"_L1), "AUTH was sent over a connection that was not trusted");
}

tst_SandboxCheck::Run tst_SandboxCheck::runMailsetup(const QStringList &arguments)
{
    return runProgram(m_binary, arguments);
}

void tst_SandboxCheck::commandLineSendTestAsJson()
{
    const Run run = runMailsetup({ u"check"_s, u"--email"_s, value(u"SANDBOX_EMAIL"_s), u"--provider-file"_s,
                                   value(u"SANDBOX_PROVIDER_FILE"_s), u"--access-token-file"_s,
                                   value(u"SANDBOX_TOKEN_FILE"_s), u"--send-test"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"email"_s).toString(), value(u"SANDBOX_EMAIL"_s));
    for (const QString &protocol : { u"imap"_s, u"smtp"_s }) {
        const QJsonObject probe = json.value(protocol).toObject();
        QCOMPARE(probe.value(u"ok"_s).toBool(), true);
        QVERIFY(probe.value(u"diagnosis"_s).isNull());
        QVERIFY(!probe.value(u"server"_s).toString().isEmpty());
        const QJsonArray steps = probe.value(u"steps"_s).toArray();
        QVERIFY(steps.size() >= 6);
        for (const QJsonValue &step : steps) {
            QVERIFY(step.toObject().contains(u"name"_s));
            QVERIFY(step.toObject().value(u"ok"_s).toBool());
            QVERIFY(step.toObject().value(u"ms"_s).isDouble());
            QVERIFY(step.toObject().contains(u"detail"_s));
        }
    }
    const QJsonObject message = json.value(u"testMessage"_s).toObject();
    QCOMPARE(message.value(u"sent"_s).toBool(), true);
    QCOMPARE(message.value(u"seenInInbox"_s).toBool(), true);
    QVERIFY(message.value(u"messageId"_s).toString().startsWith(u'<'));
    QVERIFY(message.value(u"ms"_s).toDouble() >= 0);
    verifyNoSecrets(run.out + run.err);
}

void tst_SandboxCheck::commandLineExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString email = value(u"SANDBOX_EMAIL"_s);
    const QString provider = value(u"SANDBOX_PROVIDER_FILE"_s);
    QTest::newRow("wrong token: the server refuses the account")
        << QStringList{ u"check"_s, u"--email"_s, email, u"--provider-file"_s, provider, u"--access-token-file"_s,
                        value(u"SANDBOX_WRONG_TOKEN_FILE"_s) } << 6;
    QTest::newRow("missing token file")
        << QStringList{ u"check"_s, u"--email"_s, email, u"--provider-file"_s, provider, u"--access-token-file"_s,
                        u"/nonexistent/token"_s } << 2;
    QTest::newRow("not an address")
        << QStringList{ u"check"_s, u"--email"_s, u"alex"_s, u"--provider-file"_s, provider,
                        u"--access-token-file"_s, value(u"SANDBOX_TOKEN_FILE"_s) } << 2;
    QTest::newRow("unknown option") << QStringList{ u"check"_s, u"--frobnicate"_s } << 2;
    QTest::newRow("unknown command") << QStringList{ u"frobnicate"_s } << 2;
}

void tst_SandboxCheck::commandLineExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runMailsetup(arguments);
    QVERIFY2(run.exitCode == exitCode, run.out + run.err);
    verifyNoSecrets(run.out + run.err);
}

void tst_SandboxCheck::transcriptHoldsNoToken()
{
    QTemporaryDir dir;
    const QString transcript = dir.filePath(u"transcript.txt"_s);
    const Run run = runMailsetup({ u"check"_s, u"--email"_s, value(u"SANDBOX_EMAIL"_s), u"--provider-file"_s,
                                   value(u"SANDBOX_PROVIDER_FILE"_s), u"--access-token-file"_s,
                                   value(u"SANDBOX_TOKEN_FILE"_s), u"--transcript"_s, transcript });
    QCOMPARE(run.exitCode, 0);
    QFile file(transcript);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("C: A2 AUTHENTICATE XOAUTH2 [secret removed]") || text.contains("AUTHENTICATE XOAUTH2 [secret removed]"));
    QVERIFY(text.contains("C: AUTH XOAUTH2 [secret removed]"));
    verifyNoSecrets(text);
}

void tst_SandboxCheck::commandLineServerUnavailable()
{
    // Servers that turn every connection away at their greeting (IMAP's BYE, SMTP's 421): not available now,
    // exit code 4 like a network problem, not 6 as if they had refused the account. Scripted servers, since the
    // sandbox cannot be made to say this; the sandbox's profile with their ports and the test CA.
    ScriptedServer imap({ u"S: * BYE [UNAVAILABLE] Server is down for maintenance, try again later"_s, u"X"_s },
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp({ u"S: 421 4.3.2 Service not available, closing transmission channel"_s, u"X"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    QFile sandboxProfile(value(u"SANDBOX_PROVIDER_FILE"_s));
    QVERIFY(sandboxProfile.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(sandboxProfile.readAll()).object();
    profile.insert(u"imap"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, imap.serverPort() },
                                           { u"security"_s, u"tls"_s } });
    profile.insert(u"smtp"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, smtp.serverPort() },
                                           { u"security"_s, u"starttls"_s } });
    profile.insert(u"caCertificates"_s, ScriptedServer::testDataDir() + u"/tls/ca.pem"_s);
    QTemporaryDir dir;
    QFile profileFile(dir.filePath(u"provider.json"_s));
    QVERIFY(profileFile.open(QIODevice::WriteOnly));
    profileFile.write(QJsonDocument(profile).toJson());
    profileFile.close();
    QFile tokenFile(dir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("EwBoA8l6BAAUnotarealtoken");
    tokenFile.close();

    // The scripted servers answer from this process's event loop: wait for the command without blocking it.
    QProcess process;
    process.start(m_binary, { u"check"_s, u"--email"_s, value(u"SANDBOX_EMAIL"_s), u"--provider-file"_s,
                              profileFile.fileName(), u"--access-token-file"_s, tokenFile.fileName(), u"--json"_s });
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20'000);
    const QByteArray out = process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 4, out + process.readAllStandardError());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    for (const QString &protocol : { u"imap"_s, u"smtp"_s }) {
        const QJsonObject probe = json.value(protocol).toObject();
        QCOMPARE(probe.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"server-unavailable"_s);
        QCOMPARE(probe.value(u"steps"_s).toArray().last().toObject().value(u"name"_s).toString(), u"greeting"_s);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxCheck)
#include "tst_sandboxcheck.moc"
