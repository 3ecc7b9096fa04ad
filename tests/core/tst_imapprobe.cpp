// The IMAP probe against scripted servers that say what Exchange Online says.
#include "tests/core/probetesting.h"

#include "wizard/core/probe/imapprobe.h"

#include <QSet>
#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;

namespace {

const QString microsoftGreeting = u"S: * OK The Microsoft Exchange IMAP4 service is ready. "
                                  "[TQBOADIAUABSADAAMgBDAEEAMAAwADAAMQAuAGUAdQByAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]"_s;
const QString preAuthCapabilities =
    u"IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+"_s;
const QString postAuthCapabilities =
    u"IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES "
    "CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+"_s;

// Exchange Online up to the client's AUTHENTICATE line (tag A2).
QStringList microsoftUntilAuthenticate()
{
    return { microsoftGreeting,
             u"C: A1 CAPABILITY"_s,
             u"S: * CAPABILITY "_s + preAuthCapabilities,
             u"S: A1 OK CAPABILITY completed."_s,
             u"C: A2 AUTHENTICATE XOAUTH2 *"_s };
}

// What the client sends at once after a successful AUTHENTICATE A2.
QStringList pipelinedAfterAuthentication()
{
    return { u"C: A3 CAPABILITY"_s, u"C: A4 EXAMINE INBOX"_s, u"C: A5 LOGOUT"_s };
}

QStringList capabilityReply(const QString &tag)
{
    return { u"S: * CAPABILITY "_s + postAuthCapabilities, u"S: %1 OK CAPABILITY completed."_s.arg(tag) };
}

QStringList examineReply(const QString &tag)
{
    return { u"S: * 12 EXISTS"_s,
             u"S: * 0 RECENT"_s,
             u"S: * FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)"_s,
             u"S: * OK [PERMANENTFLAGS ()] No permanent flags permitted"_s,
             u"S: * OK [UNSEEN 3] Is the first unseen message"_s,
             u"S: * OK [UIDVALIDITY 14] UIDVALIDITY value"_s,
             u"S: * OK [UIDNEXT 2412] The next unique identifier value"_s,
             u"S: %1 OK [READ-ONLY] EXAMINE completed."_s.arg(tag) };
}

QStringList logoutReply(const QString &tag)
{
    return { u"S: * BYE Microsoft Exchange Server IMAP4 server signing off."_s,
             u"S: %1 OK LOGOUT completed."_s.arg(tag), u"X"_s };
}

QStringList microsoftHappyPath()
{
    return microsoftUntilAuthenticate() + QStringList{ u"S: A2 OK AUTHENTICATE completed."_s }
        + pipelinedAfterAuthentication() + capabilityReply(u"A3"_s) + examineReply(u"A4"_s) + logoutReply(u"A5"_s);
}

// A server whose greeting and AUTHENTICATE OK carry the capabilities (Dovecot style), up to EXAMINE; with IDLE
// after sign-in, or without it (a server the probe has to poll).
QStringList capabilitiesInGreetingUntilExamine(const QString &capabilities, bool idle = true)
{
    return { u"S: * OK [CAPABILITY %1] IMAP server ready."_s.arg(capabilities),
             u"C: A1 AUTHENTICATE XOAUTH2 *"_s,
             u"S: A1 OK [CAPABILITY IMAP4rev1 SASL-IR ID %1MOVE UIDPLUS] Logged in"_s.arg(idle ? u"IDLE "_s : QString()),
             u"C: A2 EXAMINE INBOX"_s };
}

const QString testMessageId = u"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>"_s;

QString searchFor(const QString &tag)
{
    return u"C: %1 UID SEARCH HEADER Message-ID \"%2\""_s.arg(tag, testMessageId);
}

QByteArray challenge(const QByteArray &json)
{
    return json.toBase64();
}

const QByteArray errorJson =
    R"({"status":"401","schemes":"bearer","scope":"https://outlook.office.com/IMAP.AccessAsUser.All"})";

} // namespace

class tst_ImapProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void microsoftHappyPath();
    void capabilitiesFromGreeting();
    void continuationWithoutSaslIr();
    void errorChallenge_data();
    void errorChallenge();
    void failures_data();
    void failures();
    void logoutAnsweredByHangingUp();
    void logoutNeverAnswered();
    void findMessage();
    void messageNeverArrives();
    void quickLooksDoNotWaitForAnswers();
    void idleTellsOfTheMessage();
    void idleRefused();
    void idleNeverStartsBeforeTheGoodbye();
    void failureWhileWaitingForMessage();
    void searchFloodIsBoundedPerCheck();
    void echoedSecrets_data();
    void echoedSecrets();
    void refusesAnAddressBeforeConnecting_data();
    void refusesAnAddressBeforeConnecting();

private:
    std::unique_ptr<ImapProbe> probeFor(const ScriptedServer &server, const ProbeLimits &limits = tokenLimits())
    {
        return std::make_unique<ImapProbe>(localServer(server, ConnectionSecurity::Tls), ScriptedServer::testCa(),
                                           account(), limits);
    }

    // A probe that waits for the test message and is told to look for it as soon as its inbox is open, run to its
    // end and until the client has gone (so that everything it sent is in server.received()).
    struct FindRun {
        bool finished = false;
        ProbeResult result;
        qint64 foundAfterMs = -1;  // from messageFound(); -1 when it did not come
        qint64 ms = -1;            // the whole probe
    };
    FindRun findTestMessage(const ScriptedServer &server, const ProbeLimits &limits = tokenLimits())
    {
        auto probe = probeFor(server, limits);
        probe->setWaitForTestMessage(true);
        FindRun found;
        connect(probe.get(), &ImapProbe::mailboxReady, probe.get(), [&] { probe->findMessage(testMessageId); });
        connect(probe.get(), &ImapProbe::messageFound, probe.get(), [&](qint64 ms) { found.foundAfterMs = ms; });
        ProbeRun run(*probe);
        found.finished = QTest::qWaitFor([&] { return run.finishedCount() == 1; }, 5000)
            && QTest::qWaitFor([&] { return server.clientDisconnected(); }, 5000);
        found.result = run.result();
        found.ms = run.ms();
        return found;
    }
};

void tst_ImapProbe::microsoftHappyPath()
{
    ScriptedServer server(::microsoftHappyPath(), ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(!result.diagnosis);
    QCOMPARE(result.server, u"127.0.0.1:%1"_s.arg(server.serverPort()));
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"tls-handshake"_s, u"greeting"_s,
                                              u"capabilities"_s, u"authenticate"_s, u"capabilities"_s,
                                              u"mailbox"_s, u"logout"_s }));
    for (const StepResult &step : result.steps) {
        QVERIFY(step.ok);
        QVERIFY(step.ms >= 0);
    }
    // The capabilities come twice; people are told which time it is.
    const QStringList labels = probeStepLabels(result.steps);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    QCOMPARE(labels.at(6), u"Asking again what the server supports, now signed in"_s);

    const StepResult &tls = result.steps.at(2);
    QVERIFY(tls.tls);
    QVERIFY(tls.tls->protocol == u"TLS 1.3"_s || tls.tls->protocol == u"TLS 1.2"_s);
    QVERIFY(!tls.tls->cipher.isEmpty());
    QCOMPARE(tls.tls->subject, u"localhost"_s);
    QCOMPARE(tls.tls->issuer, u"Mail Setup Test CA"_s);
    QVERIFY(tls.tls->errors.isEmpty());
    QVERIFY(result.steps.at(3).detail.contains(u"Microsoft Exchange IMAP4"_s));
    QVERIFY(result.steps.at(6).detail.contains(u"MOVE"_s));
    QVERIFY(result.steps.at(7).detail.contains(u"12"_s));

    // One AUTHENTICATE line carrying the initial response (SASL-IR), then three commands in one round trip.
    const QList<QByteArray> received = server.received();
    QCOMPARE(received.size(), 5);
    QCOMPARE(received.at(0), QByteArray("A1 CAPABILITY"));
    QVERIFY(received.at(1).startsWith("A2 AUTHENTICATE XOAUTH2 "));
    const QByteArray decoded = QByteArray::fromBase64(received.at(1).mid(24));
    QCOMPARE(decoded, "user=" + email().toUtf8() + "\x01" "auth=Bearer " + token().toUtf8() + "\x01\x01");
    QCOMPARE(received.mid(2), (QList<QByteArray>{ "A3 CAPABILITY", "A4 EXAMINE INBOX", "A5 LOGOUT" }));

    QVERIFY(result.transcript.contains(u"C: A2 AUTHENTICATE XOAUTH2 [secret removed]"_s));
    QVERIFY(result.transcript.contains(u"S: A4 OK [READ-ONLY] EXAMINE completed."_s));
    VERIFY_NO_SECRETS(result);
    QVERIFY(run.ms() < 3000);
}

void tst_ImapProbe::capabilitiesFromGreeting()
{
    // The greeting lists the capabilities, so the first command is AUTHENTICATE; the OK to it does
    // not, so CAPABILITY is asked after sign-in, pipelined with EXAMINE and LOGOUT.
    const QStringList script = QStringList{ u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ "
                              "AUTH=XOAUTH2 AUTH=OAUTHBEARER] Dovecot ready."_s,
                              u"C: A1 AUTHENTICATE XOAUTH2 *"_s,
                              u"S: A1 OK Logged in"_s,
                              u"C: A2 CAPABILITY"_s,
                              u"C: A3 EXAMINE INBOX"_s,
                              u"C: A4 LOGOUT"_s }
        + capabilityReply(u"A2"_s) + examineReply(u"A3"_s) + logoutReply(u"A4"_s);
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(server.received().first().startsWith("A1 AUTHENTICATE XOAUTH2 "));
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"tls-handshake"_s, u"greeting"_s,
                                              u"capabilities"_s, u"authenticate"_s, u"capabilities"_s,
                                              u"mailbox"_s, u"logout"_s }));
    QVERIFY(result.steps.at(4).detail.contains(u"AUTH=XOAUTH2"_s));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::continuationWithoutSaslIr()
{
    // No SASL-IR: AUTHENTICATE alone, the server's "+" go-ahead, then the initial response on its own line.
    // The AUTHENTICATE OK carries the new capabilities, so no CAPABILITY follows.
    const QStringList script = QStringList{ u"S: * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 IDLE] ready."_s,
                                            u"C: A1 AUTHENTICATE XOAUTH2"_s,
                                            u"S: + "_s,
                                            u"C: "_s + QString::fromLatin1(xoauth2()),
                                            u"S: A1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in"_s,
                                            u"C: A2 EXAMINE INBOX"_s,
                                            u"C: A3 LOGOUT"_s }
        + examineReply(u"A2"_s) + logoutReply(u"A3"_s);
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"tls-handshake"_s, u"greeting"_s,
                                              u"capabilities"_s, u"authenticate"_s, u"mailbox"_s, u"logout"_s }));
    QVERIFY(result.transcript.contains(u"C: A1 AUTHENTICATE XOAUTH2"_s));
    QVERIFY(result.transcript.contains(u"C: [secret removed]"_s));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::errorChallenge_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QList<QByteArray>>("expectedLines");

    const QString errorChallenge = u"S: + "_s + QString::fromLatin1(challenge(errorJson));
    QTest::newRow("with SASL-IR")
        << (microsoftUntilAuthenticate()
            + QStringList{ errorChallenge, u"C: "_s, u"S: A2 NO AUTHENTICATE failed."_s, u"HANG"_s })
        << QList<QByteArray>{ "A1 CAPABILITY", "A2 AUTHENTICATE XOAUTH2 " + xoauth2(), "" };
    QTest::newRow("without SASL-IR")
        << QStringList{ u"S: * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready."_s,
                        u"C: A1 AUTHENTICATE XOAUTH2"_s,
                        u"S: +"_s,
                        u"C: *"_s,
                        errorChallenge,
                        u"C: "_s,
                        u"S: A1 NO [AUTHENTICATIONFAILED] Authentication failed."_s,
                        u"HANG"_s }
        << QList<QByteArray>{ "A1 AUTHENTICATE XOAUTH2", xoauth2(), "" };
}

void tst_ImapProbe::errorChallenge()
{
    QFETCH(QStringList, script);
    QFETCH(QList<QByteArray>, expectedLines);

    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();
    QTRY_VERIFY(server.clientDisconnected());

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    // The challenge was answered with an empty line, and nothing followed the final NO.
    QCOMPARE(server.received(), expectedLines);
    QCOMPARE(diagnosisId(result), DiagnosisId::AuthRejected);
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(ProbeStep::Authenticate));
    // The decoded JSON is what people and helpdesks get to read.
    QVERIFY2(result.diagnosis->reply.contains(QString::fromLatin1(errorJson)), qPrintable(result.diagnosis->reply));
    QVERIFY(result.diagnosis->reply.contains(u" NO "_s));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::failures_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<DiagnosisId>("diagnosis");
    QTest::addColumn<ProbeStep>("step");
    QTest::addColumn<QByteArray>("neverSent");  // no client line may start with this

    const QStringList authenticated = microsoftUntilAuthenticate()
        + QStringList{ u"S: A2 OK AUTHENTICATE completed."_s } + pipelinedAfterAuthentication();

    QTest::newRow("IMAP switched off: BAD on EXAMINE")
        << (authenticated + capabilityReply(u"A3"_s)
            + QStringList{ u"S: A4 BAD User is authenticated but not connected."_s,
                           u"S: A5 BAD User is authenticated but not connected."_s,
                           u"S: * BYE Connection closed. 14"_s, u"X"_s })
        << DiagnosisId::ImapNotEnabled << ProbeStep::Mailbox << QByteArray("A6");
    QTest::newRow("IMAP switched off: BAD on every command")
        << (authenticated
            + QStringList{ u"S: A3 BAD User is authenticated but not connected."_s,
                           u"S: A4 BAD User is authenticated but not connected."_s,
                           u"S: A5 BAD User is authenticated but not connected."_s,
                           u"S: * BYE Connection closed. 14"_s, u"X"_s })
        << DiagnosisId::ImapNotEnabled << ProbeStep::Capabilities << QByteArray("A6");
    QTest::newRow("basic authentication disabled")
        << (microsoftUntilAuthenticate() + QStringList{ u"S: A2 NO Basic authentication is disabled."_s, u"HANG"_s })
        << DiagnosisId::BasicAuthDisabled << ProbeStep::Authenticate << QByteArray("A3");
    QTest::newRow("AUTHENTICATE failed")
        << (microsoftUntilAuthenticate() + QStringList{ u"S: A2 NO AUTHENTICATE failed."_s, u"HANG"_s })
        << DiagnosisId::AuthRejected << ProbeStep::Authenticate << QByteArray("A3");
    QTest::newRow("token expired during sign-in")
        << (microsoftUntilAuthenticate()
            + QStringList{ u"S: * BYE Session invalidated - AccessTokenExpired"_s, u"S: A2 NO AUTHENTICATE failed."_s,
                           u"X"_s })
        << DiagnosisId::TokenExpired << ProbeStep::Authenticate << QByteArray("A3");
    QTest::newRow("token expired after sign-in")
        << (authenticated + capabilityReply(u"A3"_s)
            + QStringList{ u"S: * BYE Session invalidated - AccessTokenExpired"_s, u"X"_s })
        << DiagnosisId::TokenExpired << ProbeStep::Mailbox << QByteArray("A6");
    QTest::newRow("throttled")
        << (authenticated + capabilityReply(u"A3"_s)
            + QStringList{ u"S: A4 BAD Request is throttled. Suggested Backoff Time: 89117 milliseconds"_s,
                           u"S: * BYE Connection closed. 14"_s, u"X"_s })
        << DiagnosisId::Throttled << ProbeStep::Mailbox << QByteArray("A6");
    QTest::newRow("no XOAUTH2 offered")
        << QStringList{ microsoftGreeting, u"C: A1 CAPABILITY"_s,
                        u"S: * CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=GSSAPI SASL-IR UIDPLUS"_s,
                        u"S: A1 OK CAPABILITY completed."_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Capabilities << QByteArray("A2");
    QTest::newRow("no IMAP4rev1")
        << QStringList{ u"S: * OK [CAPABILITY IMAP2 AUTH=XOAUTH2] ready."_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Capabilities << QByteArray("A1");
    QTest::newRow("PREAUTH")
        << QStringList{ u"S: * PREAUTH IMAP4rev1 server logged in as ada"_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Greeting << QByteArray("A1");
    // A BYE instead of a greeting: the server is not letting anyone in now, which says nothing about the account.
    QTest::newRow("BYE as greeting")
        << QStringList{ u"S: * BYE Server shutting down"_s, u"X"_s }
        << DiagnosisId::ServerUnavailable << ProbeStep::Greeting << QByteArray("A1");
    QTest::newRow("BYE [UNAVAILABLE] as greeting")
        << QStringList{ u"S: * BYE [UNAVAILABLE] Server is down for maintenance, try again later"_s, u"X"_s }
        << DiagnosisId::ServerUnavailable << ProbeStep::Greeting << QByteArray("A1");
    QTest::newRow("BYE as greeting, too many connections")
        << QStringList{ u"S: * BYE Too many connections from your IP address"_s, u"X"_s }
        << DiagnosisId::Throttled << ProbeStep::Greeting << QByteArray("A1");
    QTest::newRow("POP3 server on the IMAP port")
        << QStringList{ u"S: +OK The Microsoft Exchange POP3 service is ready. [UwBOADQAUABSADAANQAwADEAQwBBADAAMAAxADIA]"_s,
                        u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Greeting << QByteArray("A1");
    QTest::newRow("SMTP server on the IMAP port")
        << QStringList{ u"S: 220 SN4PR0501CA0012.outlook.office365.com Microsoft ESMTP MAIL Service ready at "
                        "Fri, 28 Nov 2025 04:01:00 +0000"_s,
                        u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Greeting << QByteArray("A1");
    QTest::newRow("tagged reply to a command never sent")
        << (microsoftUntilAuthenticate() + QStringList{ u"S: A9 OK AUTHENTICATE completed."_s, u"HANG"_s })
        << DiagnosisId::UnexpectedReply << ProbeStep::Authenticate << QByteArray("A3");
    QTest::newRow("continuation after sign-in")
        << (authenticated + QStringList{ u"S: + more please"_s, u"HANG"_s })
        << DiagnosisId::UnexpectedReply << ProbeStep::Capabilities << QByteArray("A6");
}

void tst_ImapProbe::failures()
{
    QFETCH(QStringList, script);
    QFETCH(DiagnosisId, diagnosis);
    QFETCH(ProbeStep, step);
    QFETCH(QByteArray, neverSent);

    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();
    QTRY_VERIFY(server.clientDisconnected());

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(!result.ok());
    QCOMPARE(diagnosisId(result), diagnosis);
        QCOMPARE(result.failedStep(), std::optional<ProbeStep>(step));
    QCOMPARE(result.steps.constLast().step, step);
    QVERIFY(!result.steps.constLast().detail.isEmpty());
    for (const QByteArray &line : server.received())
        QVERIFY2(!line.startsWith(neverSent), line.constData());
    VERIFY_NO_SECRETS(result);
    // Failures are seen when they happen, not at a time limit.
    QVERIFY2(run.ms() < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms())));

    // What the failed step says, for the rows where the words matter.
    static const QHash<QByteArray, QString> details{
        { "no XOAUTH2 offered", u"(it offers: GSSAPI PLAIN)"_s },
        { "no IMAP4rev1", u"IMAP4rev1"_s },
        { "PREAUTH", u"signed in without asking"_s },
        { "POP3 server on the IMAP port", u"does not look like an IMAP server's greeting"_s },
        { "SMTP server on the IMAP port", u"does not look like an IMAP server's greeting"_s },
        { "tagged reply to a command never sent", u"not sent"_s },
        { "continuation after sign-in", u"more data"_s },
    };
    const QString detail = details.value(QTest::currentDataTag());
    if (!detail.isEmpty())
        QVERIFY2(result.steps.constLast().detail.contains(detail), qPrintable(result.steps.constLast().detail));
    if (diagnosis == DiagnosisId::ImapNotEnabled || diagnosis == DiagnosisId::TokenExpired || diagnosis == DiagnosisId::Throttled
        || diagnosis == DiagnosisId::BasicAuthDisabled) {
        // The server's own words travel with the diagnosis.
        QVERIFY(!result.diagnosis->reply.isEmpty());
    }
}

void tst_ImapProbe::logoutAnsweredByHangingUp()
{
    // BYE and a closed connection instead of the tagged OK: rude, but the check had already passed.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + QStringList{ u"C: A3 LOGOUT"_s } + examineReply(u"A2"_s)
        + QStringList{ u"S: * BYE Microsoft Exchange Server IMAP4 server signing off."_s, u"X"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(stepNames(result).constLast(), u"logout"_s);
    QVERIFY(run.ms() < tokenLimits().replyTimeoutMs);
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::logoutNeverAnswered()
{
    // The message was found, so the check has its result: a server that never answers LOGOUT changes nothing.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s, false)
        + examineReply(u"A2"_s)
        + QStringList{ u"C: A3 UID SEARCH HEADER Message-ID *"_s, u"S: * SEARCH 2412"_s, u"S: A3 OK SEARCH completed."_s,
                       u"C: A4 LOGOUT"_s, u"HANG"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    const FindRun run = findTestMessage(server);
    QVERIFY(run.finished);
    const ProbeResult result = run.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(server.received().constLast(), QByteArray("A4 LOGOUT"));
    QCOMPARE(stepNames(result).mid(7), (QStringList{ u"find-message"_s, u"logout"_s }));
    QVERIFY2(result.steps.constLast().detail.contains(u"did not wait"_s), qPrintable(result.steps.constLast().detail));
    QVERIFY2(run.ms < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms)));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::findMessage()
{
    const QString messageId = u"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>"_s;
    const QString search = u"UID SEARCH HEADER Message-ID \"%1\""_s.arg(messageId);
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s, false)
        + examineReply(u"A2"_s)
        + QStringList{ u"C: A3 "_s + search, u"S: * SEARCH"_s, u"S: A3 OK SEARCH completed."_s,
                       u"C: A4 "_s + search, u"S: * SEARCH 2412"_s, u"S: A4 OK SEARCH completed."_s,
                       u"C: A5 LOGOUT"_s }
        + logoutReply(u"A5"_s);
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    probe->setWaitForTestMessage(true);
    QSignalSpy mailboxReady(probe.get(), &ImapProbe::mailboxReady);
    QSignalSpy found(probe.get(), &ImapProbe::messageFound);
    connect(probe.get(), &ImapProbe::mailboxReady, probe.get(), [&] { probe->findMessage(messageId); });
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    // The goodbye is not waited for: everything the client sent is read once it has gone.
    QTRY_VERIFY(server.clientDisconnected());
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(mailboxReady.count(), 1);
    QCOMPARE(found.count(), 1);
    const qint64 ms = found.at(0).at(0).toLongLong();
    QCOMPARE(probe->messageFoundAfterMs(), ms);
    // The second look waited for the first one's answer and the pace after the quick looks (none here, as in all
    // scripted tests): the message was seen a second after the first look.
    QVERIFY2(ms >= 900 && ms < 2500, qPrintable(QString::number(ms)));
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"tls-handshake"_s, u"greeting"_s,
                                              u"capabilities"_s, u"authenticate"_s, u"mailbox"_s,
                                              u"find-message"_s, u"logout"_s }));
    QVERIFY(result.steps.at(7).detail.contains(QString::number(ms)));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::messageNeverArrives()
{
    const QString messageId = u"<mailsetup-test.1764302460000.fedcba9876543210@outlook.com>"_s;
    QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s, false) + examineReply(u"A2"_s);
    for (int tag = 3; tag < 60; ++tag) {
        script << u"C: A%1 UID SEARCH HEADER Message-ID \"%2\""_s.arg(tag).arg(messageId) << u"S: * SEARCH"_s
               << u"S: A%1 OK SEARCH completed."_s.arg(tag);
    }
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ProbeLimits limits = tokenLimits();
    limits.deliveryTimeoutMs = 1500;
    auto probe = probeFor(server, limits);
    probe->setWaitForTestMessage(true);
    QElapsedTimer searchClock;
    connect(probe.get(), &ImapProbe::mailboxReady, probe.get(), [&] {
        searchClock.start();
        probe->findMessage(messageId);
    });
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 10000);
    const qint64 searchedMs = searchClock.elapsed();
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(!result.ok());
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(ProbeStep::FindMessage));
    QCOMPARE(diagnosisId(result), DiagnosisId::TestMessageMissing);
        QCOMPARE(probe->messageFoundAfterMs(), qint64(-1));
    // It gave up when the delivery time was up, not a polling interval later.
    QVERIFY2(searchedMs >= limits.deliveryTimeoutMs, qPrintable(QString::number(searchedMs)));
    QVERIFY2(searchedMs < limits.deliveryTimeoutMs + 500, qPrintable(QString::number(searchedMs)));
    // And it kept looking meanwhile.
    int searches = 0;
    for (const QByteArray &line : server.received())
        searches += line.contains(" UID SEARCH ") ? 1 : 0;
    QVERIFY2(searches >= 3, qPrintable(QString::number(searches)));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::quickLooksDoNotWaitForAnswers()
{
    // The quick looks are paced from when they were sent, not from their answers, when the round trip is long (as
    // EXAMINE's is here): the server answers only once it has four looks, so a probe that waited for each answer
    // would hang. It holds them a while, and no fifth look comes meanwhile. The first finds the message: LOGOUT
    // follows at once, and the answers to the others change nothing.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + QStringList{ u"WAIT: 150"_s } + examineReply(u"A2"_s)
        + QStringList{ searchFor(u"A3"_s), searchFor(u"A4"_s), searchFor(u"A5"_s), searchFor(u"A6"_s), u"WAIT: 200"_s,
                       u"S: * SEARCH 2412"_s, u"S: A3 OK Search completed."_s, u"C: A7 LOGOUT"_s,
                       u"S: * SEARCH 2412"_s, u"S: A4 OK Search completed."_s, u"X"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ProbeLimits limits = tokenLimits();
    limits.quickLooksMs = ProbeLimits{}.quickLooksMs;
    const FindRun run = findTestMessage(server, limits);
    QVERIFY(run.finished);
    const ProbeResult result = run.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(run.foundAfterMs >= 0);
    // The fourth look went out before the first was answered.
    const QStringList transcript = result.transcript;
    const qsizetype firstAnswered = transcript.indexOf(u"S: A3 OK Search completed."_s);
    QVERIFY(firstAnswered > 0);
    QVERIFY(transcript.indexOf(searchFor(u"A6"_s)) < firstAnswered);
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::idleTellsOfTheMessage()
{
    // After the quick looks (none in the test limits), the probe waits in IDLE behind each look, in one flight with it. The
    // server's word of a new message (EXISTS) brings the next look at once, long before the five seconds after
    // which it would look anyway; DONE, the look and IDLE again go together. Found: DONE and LOGOUT.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + examineReply(u"A2"_s)
        + QStringList{ searchFor(u"A3"_s), u"C: A4 IDLE"_s, u"S: * SEARCH"_s, u"S: A3 OK Search completed."_s,
                       u"S: + idling"_s, u"WAIT: 300"_s, u"S: * 13 EXISTS"_s, u"S: * 1 RECENT"_s,
                       u"C: DONE"_s, searchFor(u"A5"_s), u"C: A6 IDLE"_s,
                       u"S: A4 OK Idle completed."_s, u"S: * SEARCH 2412"_s, u"S: A5 OK Search completed."_s,
                       u"S: + idling"_s, u"C: DONE"_s, u"C: A7 LOGOUT"_s, u"S: A6 OK Idle completed."_s,
                       u"S: * BYE Logging out"_s, u"S: A7 OK Logout completed."_s, u"X"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    const FindRun run = findTestMessage(server);
    QVERIFY(run.finished);
    const ProbeResult result = run.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(run.foundAfterMs >= 0);
    const qint64 ms = run.foundAfterMs;
    QVERIFY2(ms >= 300 && ms < 2000, qPrintable(QString::number(ms)));
    QCOMPARE(stepNames(result).mid(6), (QStringList{ u"mailbox"_s, u"find-message"_s, u"logout"_s }));
    QCOMPARE(server.received().mid(2), (QList<QByteArray>{ searchFor(u"A3"_s).mid(3).toUtf8(), "A4 IDLE", "DONE",
                                                           searchFor(u"A5"_s).mid(3).toUtf8(), "A6 IDLE", "DONE",
                                                           "A7 LOGOUT" }));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::idleRefused()
{
    // A server that lists IDLE but refuses it: the probe looks at once, then every second as without IDLE, and
    // never asks for IDLE again.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + examineReply(u"A2"_s)
        + QStringList{ searchFor(u"A3"_s), u"C: A4 IDLE"_s, u"S: * SEARCH"_s, u"S: A3 OK Search completed."_s,
                       u"S: A4 BAD Command not supported."_s,
                       searchFor(u"A5"_s), u"S: * SEARCH"_s, u"S: A5 OK Search completed."_s,
                       searchFor(u"A6"_s), u"S: * SEARCH 2412"_s, u"S: A6 OK Search completed."_s,
                       u"C: A7 LOGOUT"_s, u"X"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ProbeLimits limits = tokenLimits();
    limits.deliveryTimeoutMs = 3000;
    const FindRun run = findTestMessage(server, limits);
    QVERIFY(run.finished);
    const ProbeResult result = run.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(run.foundAfterMs >= 0);
    // The last look came a second after the one before: polling, not the five seconds of IDLE.
    const qint64 ms = run.foundAfterMs;
    QVERIFY2(ms >= 900 && ms < 2500, qPrintable(QString::number(ms)));
    QCOMPARE(server.received().constLast(), QByteArray("A7 LOGOUT"));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::idleNeverStartsBeforeTheGoodbye()
{
    // Found by the look that went with an IDLE, but that IDLE never gets its "+": DONE, and so LOGOUT, may not be
    // sent. The check has its result: the probe waits the goodbye's short limit and passes.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + examineReply(u"A2"_s)
        + QStringList{ searchFor(u"A3"_s), u"C: A4 IDLE"_s, u"S: * SEARCH 2412"_s, u"S: A3 OK Search completed."_s,
                       u"HANG"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ProbeLimits limits = tokenLimits();
    limits.goodbyeTimeoutMs = 300;
    const FindRun run = findTestMessage(server, limits);
    QVERIFY(run.finished);
    const ProbeResult result = run.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(server.received().constLast(), QByteArray("A4 IDLE"));
    QCOMPARE(stepNames(result).constLast(), u"logout"_s);
    QVERIFY2(result.steps.constLast().detail.contains(u"did not start IDLE"_s), qPrintable(result.steps.constLast().detail));
    QVERIFY2(run.ms < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms)));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::failureWhileWaitingForMessage()
{
    // The inbox is open and the probe waits for the SMTP side; the server hangs up with a reason.
    const QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s)
        + examineReply(u"A2"_s)
        + QStringList{ u"WAIT: 100"_s, u"S: * BYE Session invalidated - AccessTokenExpired"_s, u"X"_s };
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    probe->setWaitForTestMessage(true);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QCOMPARE(diagnosisId(result), DiagnosisId::TokenExpired);
    // The inbox session broke: that is the step shown as failed, not the long-finished connect.
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(ProbeStep::Mailbox));
    QCOMPARE(result.steps.constLast().step, ProbeStep::Mailbox);
    QVERIFY(!result.steps.constLast().ok);
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::searchFloodIsBoundedPerCheck()
{
    // Each search gets a reply well under the reply limit, made of thousands of empty untagged lines; searched
    // every 100 ms for the whole delivery time, that was hundreds of megabytes of transcript.
    const QString messageId = u"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>"_s;
    QStringList script = capabilitiesInGreetingUntilExamine(u"IMAP4rev1 SASL-IR AUTH=XOAUTH2"_s, false) + examineReply(u"A2"_s);
    for (int tag = 3; tag < 40; ++tag) {
        script << u"C: A%1 UID SEARCH HEADER Message-ID \"%2\""_s.arg(tag).arg(messageId) << u"REPEAT: 4000 * "_s
               << u"S: A%1 OK SEARCH completed."_s.arg(tag);
    }
    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ProbeLimits limits = tokenLimits();
    limits.deliveryTimeoutMs = 4000;
    auto probe = probeFor(server, limits);
    probe->setWaitForTestMessage(true);
    connect(probe.get(), &ImapProbe::mailboxReady, probe.get(), [&] { probe->findMessage(messageId); });
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 10000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(!result.ok());
    QVERIFY2(diagnosisId(result) == DiagnosisId::UnexpectedReply, qPrintable(DiagnosisCatalogue::key(diagnosisId(result))));
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(ProbeStep::FindMessage));
    QVERIFY2(result.steps.constLast().detail.contains(u"in this check"_s), qPrintable(result.steps.constLast().detail));
    // Not many rounds: the flood was cut in its third.
    int searches = 0;
    for (const QByteArray &line : server.received())
        searches += line.contains(" UID SEARCH ") ? 1 : 0;
    QVERIFY2(searches <= 3, qPrintable(QString::number(searches)));

    // The transcript stays small, keeps how it began and how it ended, and says what it left out.
    qsizetype size = 0;
    for (const QString &line : result.transcript)
        size += line.size();
    QVERIFY2(size < 64 * 1024, qPrintable(QString::number(size)));
    QVERIFY2(result.transcript.size() <= 2001, qPrintable(QString::number(result.transcript.size())));
    QVERIFY(result.transcript.constFirst().startsWith(u"# resolving"_s));
    QVERIFY(result.transcript.join(u'\n').contains(u"S: * OK [CAPABILITY"_s));
    QVERIFY2(result.transcript.constLast().contains(u"failed: the server sent more than"_s),
             qPrintable(result.transcript.constLast()));
    static const QRegularExpression leftOut(u"^# \\[\\.\\.\\. \\d+ lines \\(\\d+ bytes\\) left out \\.\\.\\.\\]$"_s);
    QVERIFY2(!result.transcript.filter(leftOut).isEmpty(), qPrintable(result.transcript.mid(990, 20).join(u'\n')));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::echoedSecrets_data()
{
    QTest::addColumn<QStringList>("script");

    const QString echoedLine = u"A2 AUTHENTICATE XOAUTH2 "_s + QString::fromLatin1(xoauth2());
    QTest::newRow("AUTHENTICATE line echoed in BAD")
        << (microsoftUntilAuthenticate() + QStringList{ u"S: A2 BAD Command Error. 12 "_s + echoedLine, u"HANG"_s });
    QTest::newRow("AUTHENTICATE line echoed in an untagged line")
        << (microsoftUntilAuthenticate()
            + QStringList{ u"S: * OK you sent: "_s + echoedLine, u"S: A2 NO AUTHENTICATE failed."_s, u"HANG"_s });
    QTest::newRow("decoded token echoed in the challenge")
        << (microsoftUntilAuthenticate()
            + QStringList{ u"S: + "_s
                               + QString::fromLatin1(challenge(R"({"status":"401","token":")" + token().toUtf8() + "\"}")),
                           u"C: "_s, u"S: A2 NO AUTHENTICATE failed."_s, u"HANG"_s });
    QTest::newRow("initial response echoed in the challenge")
        << (microsoftUntilAuthenticate()
            + QStringList{ u"S: + "_s + QString::fromLatin1(challenge(xoauth2())), u"C: "_s,
                           u"S: A2 NO AUTHENTICATE failed."_s, u"HANG"_s });
    // Altered echoes: what a naive filter for the exact token lets through.
    const QString bad = u"S: A2 BAD Command Error. 12 "_s;
    QTest::newRow("all but the last character")
        << (microsoftUntilAuthenticate() + QStringList{ bad + token().chopped(1), u"HANG"_s });
    QTest::newRow("upper case") << (microsoftUntilAuthenticate() + QStringList{ bad + token().toUpper(), u"HANG"_s });
    QTest::newRow("hex") << (microsoftUntilAuthenticate()
                             + QStringList{ bad + QString::fromLatin1(token().toUtf8().toHex()), u"HANG"_s });
    QTest::newRow("base64 of a piece")
        << (microsoftUntilAuthenticate()
            + QStringList{ bad + QString::fromLatin1(token().toUtf8().mid(401, 300).toBase64()), u"HANG"_s });
    {
        QStringList split = microsoftUntilAuthenticate();
        for (qsizetype at = 0; at < token().size(); at += 40)
            split << u"S: * "_s + token().mid(at, 40);
        split << u"S: A2 NO AUTHENTICATE failed."_s << u"HANG"_s;
        QTest::newRow("split over lines") << split;
    }
    QTest::newRow("token echoed after sign-in")
        << (microsoftUntilAuthenticate()
            + QStringList{ u"S: A2 OK AUTHENTICATE completed."_s }
            + pipelinedAfterAuthentication()
            + QStringList{ u"S: A3 BAD bearer "_s + token() + u" is not connected"_s, u"HANG"_s });
}

void tst_ImapProbe::echoedSecrets()
{
    QFETCH(QStringList, script);

    ScriptedServer server(script, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(!result.ok());
    // What the server said is still there to read, with the secret taken out.
    QVERIFY(result.transcript.join(u'\n').contains(u"[secret removed]"_s));
    VERIFY_NO_SECRETS(result);
}

void tst_ImapProbe::refusesAnAddressBeforeConnecting_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("CRLF and a command") << u"ada@outlook.com\r\nA9 DELETE INBOX"_s;
    QTest::newRow("a quotation mark") << u"ada\"@outlook.com"_s;
    QTest::newRow("angle brackets") << u"ada>@outlook.com"_s;
    QTest::newRow("a backslash") << u"ada\\@outlook.com"_s;
    QTest::newRow("an escape") << u"ada\x1b[2J@outlook.com"_s;
    QTest::newRow("a trailing line break") << u"ada@outlook.com\n"_s;
    QTest::newRow("100,000 characters") << QString(100'000, u'a') + u"@outlook.com"_s;
}

void tst_ImapProbe::refusesAnAddressBeforeConnecting()
{
    QFETCH(QString, email);
    ScriptedServer server({ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    QVERIFY(server.start());
    ImapProbe probe(localServer(server, ConnectionSecurity::Tls), ScriptedServer::testCa(),
                    MailAccount{ email, token() }, tokenLimits());
    ProbeRun run(probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();
    QVERIFY(!result.ok());
    QCOMPARE(DiagnosisCatalogue::key(diagnosisId(result)), u"invalid-address"_s);
    QCOMPARE(DiagnosisCatalogue::diagnosis(diagnosisId(result)).exitCode, ExitCode::BadInput);
    // Give a connection the time to be seen: none came.
    QTest::qWait(200);
    QVERIFY(!server.clientConnected());
}

QTEST_GUILESS_MAIN(tst_ImapProbe)
#include "tst_imapprobe.moc"
