// The SMTP probe and the whole check through a route, a relay, as `mailsetup check --through-relay` runs them: AUTH
// PLAIN with the device's password instead of XOAUTH2, the relay's self-made certificate accepted by its pinned
// fingerprint and no other, and the password kept out of everything reported, as the token is.
#include "tests/core/probetesting.h"
#include "tests/support/mailserverscripts.h"

#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;
using namespace MailServerScripts;

namespace {

const QString deviceName = u"mailsetup-check-4f2a9c"_s;
// As RelayDevices::generatePassword() makes them: 24 letters and digits.
const QString devicePassword = u"Kp7mWx3qZr9TvN2bHs4cYd6f"_s;

QByteArray plainResponse(const QString &password = devicePassword)
{
    return (QByteArray(1, '\0') + deviceName.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

QSslCertificate testCertificate(const QString &name)
{
    QFile file(ScriptedServer::testDataDir() + u"/tls/"_s + name + u".pem"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

// "AB:CD:…", as RelayCertificate::fingerprint() and `openssl x509 -fingerprint -sha256` show it.
QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

// The relay's words (wizard/core/relay/relaysession.cpp): no PIPELINING, no CHUNKING, AUTH after STARTTLS.
QStringList relayUntilAuth(bool offerStartTls = true)
{
    QStringList script{ u"S: 220 mailsetup-relay ESMTP Mail Setup relay"_s, u"C: EHLO [127.0.0.1]"_s,
                        u"S: 250-mailsetup-relay"_s, u"S: 250-SIZE 36700160"_s, u"S: 250-8BITMIME"_s };
    if (offerStartTls) {
        script << u"S: 250-ENHANCEDSTATUSCODES"_s << u"S: 250 STARTTLS"_s
               << u"C: STARTTLS"_s << u"S: 220 2.0.0 Ready to start TLS"_s << u"TLS"_s << u"C: EHLO [127.0.0.1]"_s
               << u"S: 250-mailsetup-relay"_s << u"S: 250-SIZE 36700160"_s << u"S: 250-8BITMIME"_s
               << u"S: 250-ENHANCEDSTATUSCODES"_s;
    } else {
        script << u"S: 250-ENHANCEDSTATUSCODES"_s;
    }
    script << u"S: 250 AUTH PLAIN LOGIN"_s << u"C: AUTH PLAIN "_s + QString::fromLatin1(plainResponse());
    return script;
}

SmtpRoute routeTo(const ScriptedServer &server, const QString &pin)
{
    SmtpRoute route;
    route.host = u"127.0.0.1"_s;
    route.port = server.serverPort();
    route.userName = deviceName;
    route.password = devicePassword;
    route.pinnedSha256 = pin;
    return route;
}

// Where the password, its AUTH PLAIN form or a long piece of either shows up; empty when nowhere.
QStringList passwordLeaks(const QStringList &texts)
{
    const QString encoded = QString::fromLatin1(plainResponse());
    const QStringList needles{ devicePassword, devicePassword.left(16), devicePassword.right(16), encoded,
                               encoded.right(24), QString::fromLatin1(devicePassword.toUtf8().toHex()).left(32) };
    QStringList leaks;
    for (const QString &text : texts) {
        for (const QString &needle : needles) {
            if (text.contains(needle, Qt::CaseInsensitive))
                leaks << u"\"%1\" in \"%2...\""_s.arg(needle.left(8), text.left(200));
        }
    }
    return leaks;
}

QStringList passwordLeaks(const MailboxCheckReport &report)
{
    return passwordLeaks(reportedTexts(report.imap) + reportedTexts(report.smtp)
                         + QStringList{ QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson()),
                                        ReportFormat::checkToText(report) });
}

#define VERIFY_NO_PASSWORD(reported)                                                           \
    do {                                                                                       \
        const QStringList leaks_ = passwordLeaks(reported);                                    \
        QVERIFY2(leaks_.isEmpty(), qPrintable(leaks_.join(QLatin1Char('\n'))));               \
    } while (false)

} // namespace

class tst_SmtpRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInWithPlain();
    void wrongPassword();
    void echoedPasswordRemoved();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void withoutStartTls_data();
    void withoutStartTls();
    void badRoute_data();
    void badRoute();
    void checkThroughRoute();

private:
    struct RouteRun {
        bool finished = false;
        ProbeResult result;
    };
    RouteRun runRoute(const SmtpRoute &route)
    {
        SmtpProbe probe(route.server(), route.caCertificates, account(), tokenLimits());
        probe.setRoute(route);
        ProbeRun run(probe);
        RouteRun outcome;
        outcome.finished = QTest::qWaitFor([&] { return run.finishedCount() == 1; }, 5000);
        outcome.result = run.result();
        return outcome;
    }
};

void tst_SmtpRoute::signsInWithPlain()
{
    ScriptedServer server(relayUntilAuth() + QStringList{ u"S: 235 2.7.0 Signed in"_s, u"C: QUIT"_s,
                                                          u"S: 221 2.0.0 Goodbye"_s, u"X"_s },
                          ScriptedServer::Security::Plain, ScriptedServer::Certificate::SelfSigned);
    QVERIFY(server.start());
    const RouteRun run = runRoute(routeTo(server, fingerprintOf(testCertificate(u"untrusted"_s))));
    QVERIFY(run.finished);
    QTRY_VERIFY(server.clientDisconnected());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(run.result.ok(), qPrintable(run.result.transcript.join(u'\n')));
    QCOMPARE(stepNames(run.result), (QStringList{ u"resolve"_s, u"connect"_s, u"greeting"_s, u"capabilities"_s,
                                                  u"starttls"_s, u"capabilities"_s, u"authenticate"_s, u"logout"_s }));
    QVERIFY(run.result.transcript.contains(u"C: AUTH PLAIN [secret removed]"_s));
    // The token never went to the relay, in any form.
    for (const QByteArray &line : server.received())
        QVERIFY2(!line.contains("XOAUTH2") && !line.contains(token().left(40).toUtf8()), line.constData());
    VERIFY_NO_PASSWORD(reportedTexts(run.result));
    VERIFY_NO_SECRETS(run.result);
}

void tst_SmtpRoute::wrongPassword()
{
    const QString refusal = u"S: 535 5.7.8 Authentication credentials invalid"_s;
    ScriptedServer server(relayUntilAuth() + QStringList{ refusal, u"X"_s }, ScriptedServer::Security::Plain,
                          ScriptedServer::Certificate::SelfSigned);
    QVERIFY(server.start());
    const RouteRun run = runRoute(routeTo(server, fingerprintOf(testCertificate(u"untrusted"_s))));
    QVERIFY(run.finished);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.failedStep(), ProbeStep::Authenticate);
    // The catalogue's word for the relay's 535, as for any server's.
    QCOMPARE(diagnosisId(run.result), ReplyClassifier::classify(refusal.mid(3), ReplyContext::SmtpAuthenticate));
    QCOMPARE(diagnosisId(run.result), DiagnosisId::AuthRejected);
    QVERIFY(run.result.diagnosis->reply.contains(u"5.7.8"_s));
    MailboxCheckReport report;
    report.smtp = run.result;
    QCOMPARE(report.exitCode(), ExitCode::AccountRefused);
    VERIFY_NO_PASSWORD(reportedTexts(run.result));
}

void tst_SmtpRoute::echoedPasswordRemoved()
{
    // A relay (or anything on its port) that repeats what it was sent, whole, decoded and cut short.
    const QString echo = u"S: 535 5.7.8 Bad credentials for %1 password %2 (sent %3, or %4)"_s.arg(
        deviceName, devicePassword, QString::fromLatin1(plainResponse()), devicePassword.left(18));
    ScriptedServer server(relayUntilAuth() + QStringList{ echo, u"X"_s }, ScriptedServer::Security::Plain,
                          ScriptedServer::Certificate::SelfSigned);
    QVERIFY(server.start());
    const RouteRun run = runRoute(routeTo(server, fingerprintOf(testCertificate(u"untrusted"_s))));
    QVERIFY(run.finished);
    QVERIFY(!run.result.ok());
    QVERIFY(run.result.diagnosis->reply.contains(deviceName));
    VERIFY_NO_PASSWORD(reportedTexts(run.result));
}

void tst_SmtpRoute::pinnedCertificate_data()
{
    QTest::addColumn<ScriptedServer::Certificate>("certificate");
    QTest::addColumn<QString>("pinnedFile");
    QTest::addColumn<bool>("accepted");

    // The relay's case: a certificate no authority signed, accepted because it is the pinned one.
    QTest::newRow("self-signed, pinned") << ScriptedServer::Certificate::SelfSigned << u"untrusted"_s << true;
    // Pinned means this certificate whatever its name: the relay's names localhost, 127.0.0.1 and ::1 only.
    QTest::newRow("wrong name, pinned") << ScriptedServer::Certificate::WrongName << u"wrongname"_s << true;
    // Someone else's self-made certificate on the relay's port.
    QTest::newRow("self-signed, another pinned") << ScriptedServer::Certificate::SelfSigned << u"server"_s << false;
    // Trusted by the authorities, and still not the one asked for.
    QTest::newRow("trusted, another pinned") << ScriptedServer::Certificate::Trusted << u"untrusted"_s << false;
}

void tst_SmtpRoute::pinnedCertificate()
{
    QFETCH(ScriptedServer::Certificate, certificate);
    QFETCH(QString, pinnedFile);
    QFETCH(bool, accepted);
    const QStringList script = accepted
        ? relayUntilAuth() + QStringList{ u"S: 235 2.7.0 Signed in"_s, u"C: QUIT"_s, u"X"_s }
        : relayUntilAuth().mid(0, relayUntilAuth().indexOf(u"TLS"_s) + 1) + QStringList{ u"C: *"_s };
    ScriptedServer server(script, ScriptedServer::Security::Plain, certificate);
    QVERIFY(server.start());
    SmtpRoute route = routeTo(server, fingerprintOf(testCertificate(pinnedFile)));
    route.caCertificates = ScriptedServer::testCa();
    const RouteRun run = runRoute(route);
    QVERIFY(run.finished);
    if (accepted) {
        QVERIFY2(run.result.ok(), qPrintable(run.result.transcript.join(u'\n')));
        QVERIFY(run.result.transcript.join(u'\n').contains(u"pinned SHA-256 fingerprint"_s));
        return;
    }
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.failedStep(), ProbeStep::StartTls);
    QCOMPARE(diagnosisId(run.result), DiagnosisId::CertificateUntrusted);
    QVERIFY2(run.result.steps.constLast().detail.contains(u"is not the pinned one"_s),
             qPrintable(run.result.steps.constLast().detail));
    // Nothing, the password least of all, went over a connection to the wrong certificate.
    QTRY_VERIFY(server.clientDisconnected());
    QCOMPARE(server.received(), (QList<QByteArray>{ "EHLO [127.0.0.1]", "STARTTLS" }));
}

void tst_SmtpRoute::withoutStartTls_data()
{
    QTest::addColumn<bool>("requireStartTls");
    QTest::newRow("required") << true;
    QTest::newRow("not required (loopback)") << false;
}

void tst_SmtpRoute::withoutStartTls()
{
    QFETCH(bool, requireStartTls);
    const QStringList script = requireStartTls
        ? relayUntilAuth(false).mid(0, relayUntilAuth(false).size() - 1) + QStringList{ u"C: *"_s }
        : relayUntilAuth(false) + QStringList{ u"S: 235 2.7.0 Signed in"_s, u"C: QUIT"_s, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    SmtpRoute route = routeTo(server, {});
    route.requireStartTls = requireStartTls;
    const RouteRun run = runRoute(route);
    QVERIFY(run.finished);
    if (requireStartTls) {
        QCOMPARE(diagnosisId(run.result), DiagnosisId::StartTlsMissing);
        QTRY_VERIFY(server.clientDisconnected());
        for (const QByteArray &line : server.received())
            QVERIFY2(!line.startsWith("AUTH"), line.constData());
        return;
    }
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(run.result.ok(), qPrintable(run.result.transcript.join(u'\n')));
    QCOMPARE(stepNames(run.result), (QStringList{ u"resolve"_s, u"connect"_s, u"greeting"_s, u"capabilities"_s,
                                                  u"authenticate"_s, u"logout"_s }));
    VERIFY_NO_PASSWORD(reportedTexts(run.result));
}

void tst_SmtpRoute::badRoute_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("pin");
    QTest::newRow("no password") << deviceName << QString() << QString();
    QTest::newRow("no user name") << QString() << devicePassword << QString();
    QTest::newRow("pin is no SHA-256") << deviceName << devicePassword << u"AB:CD:EF"_s;
    QTest::newRow("password too short to redact") << deviceName << u"Kp7mWx3"_s << QString();
}

void tst_SmtpRoute::badRoute()
{
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(QString, pin);
    ScriptedServer server({ u"S: 220 nobody should connect"_s, u"X"_s });
    QVERIFY(server.start());
    SmtpRoute route = routeTo(server, pin);
    route.userName = userName;
    route.password = password;
    const RouteRun run = runRoute(route);
    QVERIFY(run.finished);
    QCOMPARE(diagnosisId(run.result), DiagnosisId::InvalidAddress);
    QVERIFY(!server.clientConnected());
}

void tst_SmtpRoute::checkThroughRoute()
{
    // IMAP reads the real mailbox with the token; SMTP goes to the relay with the device's password.
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    QStringList smtpScript = relayUntilAuth()
        + QStringList{ u"S: 235 2.7.0 Signed in"_s, u"C: MAIL FROM:<%1>"_s.arg(email()), u"S: 250 2.1.0 Sender OK"_s,
                       u"C: RCPT TO:<%1>"_s.arg(email()), u"S: 250 2.1.5 Recipient OK"_s, u"C: DATA"_s,
                       u"S: 354 Send the message; end it with a line holding only a dot"_s };
    for (int i = 0; i < messageLineCount(email()); ++i)
        smtpScript << u"C: *"_s;
    smtpScript << u"C: ."_s << u"S: 250 2.0.0 Sent on"_s << u"C: QUIT"_s << u"S: 221 2.0.0 Goodbye"_s << u"X"_s;
    ScriptedServer smtp(smtpScript, ScriptedServer::Security::Plain, ScriptedServer::Certificate::SelfSigned);
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    ProviderProfile profile = profileFor(imap, smtp);
    profile.smtp.port = 9;  // the account's own SMTP server is not asked
    MailboxCheck check(profile, account());
    check.setLimits(tokenLimits());
    check.setSendTestMessage(true);
    check.setSmtpRoute(routeTo(smtp, fingerprintOf(testCertificate(u"untrusted"_s))));
    std::optional<MailboxCheckReport> report;
    connect(&check, &MailboxCheck::finished, &check, [&](const MailboxCheckReport &r) { report = r; });
    check.start();
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QTRY_VERIFY(imap.clientDisconnected() && smtp.clientDisconnected());
    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report->ok(), qPrintable(ReportFormat::checkToText(*report)));
    QCOMPARE(report->smtp.server, u"127.0.0.1:%1"_s.arg(smtp.serverPort()));
    QVERIFY(report->testMessage && report->testMessage->sent && report->testMessage->seenInInbox);
    QCOMPARE(report->exitCode(), ExitCode::Ok);
    VERIFY_NO_PASSWORD(*report);
    VERIFY_NO_SECRETS(*report);
}

QTEST_GUILESS_MAIN(tst_SmtpRoute)
#include "tst_smtproute.moc"
