// The whole mailbox check: IMAP and SMTP side by side, the test message from one to the other,
// and the report people and scripts get.
#include "tests/support/mailserverscripts.h"
#include "tests/core/probetesting.h"

#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;
using namespace MailServerScripts;

namespace {

// Keeps when each protocol connected and finished, to see that they ran side by side.
struct Timeline {
    QElapsedTimer clock;
    QMap<MailboxCheck::Protocol, qint64> connectedMs;
    QMap<MailboxCheck::Protocol, qint64> lastStepMs;
};

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith(name.toLower() + ": "))
            return line.mid(name.size() + 2);
    }
    return {};
}

// A whole check with the test message against these servers, under the test limits; how long it took, and (with
// waitForClients) until both clients have gone, so that everything they sent is in received().
struct CheckRun {
    std::optional<MailboxCheckReport> report;
    qint64 ms = -1;
    bool clientsGone = false;
};

CheckRun runCheckWithTestMessage(const ScriptedServer &imap, const ScriptedServer &smtp,
                                 const MailAccount &account = ProbeTesting::account(), bool waitForClients = true)
{
    MailboxCheck check(profileFor(imap, smtp), account);
    check.setLimits(tokenLimits());
    check.setSendTestMessage(true);
    CheckRun run;
    QObject::connect(&check, &MailboxCheck::finished, &check, [&](const MailboxCheckReport &report) { run.report = report; });
    QElapsedTimer clock;
    clock.start();
    check.start();
    if (QTest::qWaitFor([&] { return run.report.has_value(); }, 10000))
        run.ms = clock.elapsed();
    run.clientsGone = !waitForClients
        || QTest::qWaitFor([&] { return imap.clientDisconnected() && smtp.clientDisconnected(); }, 5000);
    return run;
}

} // namespace

class tst_MailboxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothAtOnce();
    void testMessageRoundTrip();
    void deliveryTimeCountsFromAcceptance();
    void goodbyesNeverAnswered();
    void looksWhileTheAcceptanceTravels();
    void internationalDomain();
    void refusedAfterSendingStopsTheLooks();
    void smtpFailsImapLogsOut_data();
    void smtpFailsImapLogsOut();
    void reportShape();
    void cancel();
    void invalidAddressConnectsNowhere();
};

void tst_MailboxCheck::bothAtOnce()
{
    // Each server waits before greeting; run one after the other, the check would take twice as long.
    const int delay = 600;
    ScriptedServer imap(imapUntilExamine(delay)
                            + QStringList{ u"C: A2 EXAMINE INBOX"_s, u"C: A3 LOGOUT"_s } + examineReply(u"A2"_s)
                            + QStringList{ u"S: * BYE signing off"_s, u"S: A3 OK LOGOUT completed."_s, u"X"_s },
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpUntilAuth(delay)
                        + QStringList{ u"S: 235 2.7.0 Authentication successful"_s, u"C: QUIT"_s,
                                       u"S: 221 2.0.0 Bye"_s, u"X"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    MailboxCheck check(profileFor(imap, smtp), account());
    ProbeLimits limits = tokenLimits();
    limits.replyTimeoutMs = 3 * delay;  // the slow greetings are within the limits
    check.setLimits(limits);
    QSignalSpy finished(&check, &MailboxCheck::finished);
    Timeline timeline;
    bool bothConnectedWhenFirstEnded = false;
    bool oneEnded = false;
    connect(&check, &MailboxCheck::stepFinished, &check, [&](MailboxCheck::Protocol protocol, const StepResult &step) {
        if (step.step == ProbeStep::Connect)
            timeline.connectedMs.insert(protocol, timeline.clock.elapsed());
        if (step.step == ProbeStep::Logout && !oneEnded) {
            oneEnded = true;
            bothConnectedWhenFirstEnded = imap.clientConnected() && smtp.clientConnected();
        }
        timeline.lastStepMs.insert(protocol, timeline.clock.elapsed());
    });
    timeline.clock.start();
    check.start();
    QVERIFY(check.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const qint64 total = timeline.clock.elapsed();

    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();
    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(!check.isRunning());
    QVERIFY(!report.testMessage);
    QVERIFY(bothConnectedWhenFirstEnded);
    // Both connected before either was done.
    QCOMPARE(timeline.connectedMs.size(), 2);
    const qint64 lastConnect = std::max(timeline.connectedMs.value(MailboxCheck::Protocol::Imap),
                                        timeline.connectedMs.value(MailboxCheck::Protocol::Smtp));
    const qint64 firstDone = std::min(timeline.lastStepMs.value(MailboxCheck::Protocol::Imap),
                                      timeline.lastStepMs.value(MailboxCheck::Protocol::Smtp));
    QVERIFY2(lastConnect < firstDone, qPrintable(u"%1 %2"_s.arg(lastConnect).arg(firstDone)));
    QVERIFY2(total >= delay && total < 2 * delay, qPrintable(QString::number(total)));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::testMessageRoundTrip()
{
    // IMAP opens the inbox and waits; SMTP sends; IMAP searches for the message SMTP had accepted:
    // not there yet, then there.
    const QString search = u"UID SEARCH HEADER Message-ID \"<mailsetup-test.*@outlook.com>\""_s;
    ScriptedServer imap(imapUntilExamine()
                            + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + QStringList{ u"C: A3 "_s + search, u"S: * SEARCH"_s, u"S: A3 OK SEARCH completed."_s,
                                           u"C: A4 "_s + search, u"S: * SEARCH 2412"_s, u"S: A4 OK SEARCH completed."_s }
                            + imapLogout(u"A5"_s),
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email()));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    MailboxCheck check(profileFor(imap, smtp), account());
    check.setLimits(tokenLimits());
    check.setSendTestMessage(true);
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(report.testMessage);
    QVERIFY(report.testMessage->sent);
    QVERIFY(report.testMessage->seenInInbox);
    QVERIFY(report.testMessage->ms >= 0);
    QCOMPARE(report.email, email());

    // The id SMTP sent in the message is the one IMAP looked for and the one reported.
    const QList<QByteArray> smtpLines = smtp.received();
    const qsizetype data = smtpLines.indexOf("DATA");
    QVERIFY(data > 0);
    const QString sentId = QString::fromLatin1(headerValue(smtpLines.mid(data + 1), "Message-ID"));
    QVERIFY(!sentId.isEmpty());
    QCOMPARE(report.testMessage->messageId, sentId);
    QStringList searchedIds;
    static const QRegularExpression searchLine(u"^A\\d+ UID SEARCH HEADER Message-ID \"(.*)\"$"_s);
    for (const QByteArray &line : imap.received()) {
        const QRegularExpressionMatch match = searchLine.match(QString::fromLatin1(line));
        if (match.hasMatch())
            searchedIds << match.captured(1);
    }
    QCOMPARE(searchedIds, (QStringList{ sentId, sentId }));

    QCOMPARE(stepNames(report.imap).mid(6), (QStringList{ u"mailbox"_s, u"find-message"_s, u"logout"_s }));
    QCOMPARE(stepNames(report.smtp).mid(6), (QStringList{ u"authenticate"_s, u"send"_s, u"logout"_s }));

    const QJsonObject json = ReportFormat::checkToJson(report);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    const QJsonObject testMessage = json.value(u"testMessage"_s).toObject();
    QCOMPARE(testMessage.value(u"sent"_s).toBool(), true);
    QCOMPARE(testMessage.value(u"seenInInbox"_s).toBool(), true);
    QCOMPARE(testMessage.value(u"messageId"_s).toString(), sentId);
    QVERIFY(testMessage.value(u"ms"_s).isDouble());
    QVERIFY(testMessage.value(u"ms"_s).toDouble() >= 0);

    const QString text = ReportFormat::checkToText(report);
    QVERIFY(text.contains(u"arrived in your inbox"_s));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::deliveryTimeCountsFromAcceptance()
{
    // SMTP is done long before IMAP opens the inbox, where the message already is: the time reported
    // runs from SMTP's acceptance, as the report says, not from IMAP's first look.
    const int imapDelay = 600;
    ScriptedServer imap(imapUntilExamine(imapDelay) + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + QStringList{ u"C: A3 UID SEARCH HEADER Message-ID *"_s, u"S: * SEARCH 2412"_s,
                                           u"S: A3 OK SEARCH completed."_s }
                            + imapLogout(u"A4"_s),
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email()));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    MailboxCheck check(profileFor(imap, smtp), account());
    ProbeLimits limits = tokenLimits();
    limits.replyTimeoutMs = 3 * imapDelay;
    check.setLimits(limits);
    check.setSendTestMessage(true);
    QElapsedTimer sinceAccepted;
    connect(&check, &MailboxCheck::stepFinished, &check, [&](MailboxCheck::Protocol protocol, const StepResult &step) {
        if (protocol == MailboxCheck::Protocol::Smtp && step.step == ProbeStep::Send)
            sinceAccepted.start();
    });
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const qint64 upperBound = sinceAccepted.elapsed();
    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(report.testMessage->seenInInbox);
    QVERIFY2(report.testMessage->ms >= imapDelay / 2 && report.testMessage->ms <= upperBound,
             qPrintable(u"%1 ms, at most %2"_s.arg(report.testMessage->ms).arg(upperBound)));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::goodbyesNeverAnswered()
{
    // The message was accepted and found: servers that never answer LOGOUT and QUIT do not turn that into a failure,
    // nor make the check wait for a time limit.
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + QStringList{ u"C: A3 UID SEARCH HEADER Message-ID *"_s, u"S: * SEARCH 4"_s,
                                           u"S: A3 OK SEARCH completed."_s, u"C: A4 LOGOUT"_s, u"HANG"_s },
                        ScriptedServer::Security::ImplicitTls);
    QStringList smtpScript = smtpSendsMessage(email());
    smtpScript.replace(smtpScript.indexOf(u"S: 221 2.0.0 Service closing transmission channel"_s), u"HANG"_s);
    ScriptedServer smtp(smtpScript);
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    const CheckRun run = runCheckWithTestMessage(imap, smtp, account(), false);
    QVERIFY(run.report);
    const qint64 ms = run.ms;
    const MailboxCheckReport report = *run.report;

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(report.testMessage->seenInInbox);
    QCOMPARE(stepNames(report.imap).constLast(), u"logout"_s);
    QCOMPARE(stepNames(report.smtp).constLast(), u"logout"_s);
    QVERIFY(report.imap.transcript.contains(u"# not waiting for the answer to the goodbye: the check has its result"_s));
    QVERIFY2(ms < tokenLimits().replyTimeoutMs, qPrintable(QString::number(ms)));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::looksWhileTheAcceptanceTravels()
{
    // IMAP looks as soon as SMTP has sent the message, not when the acceptance is back: here the SMTP server holds
    // its acceptance, and IMAP finds the message meanwhile. Delivered as it was accepted: 0 ms.
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + QStringList{ u"C: A3 UID SEARCH HEADER Message-ID *"_s, u"S: * SEARCH 2412"_s,
                                           u"S: A3 OK SEARCH completed."_s }
                            + imapLogout(u"A4"_s),
                        ScriptedServer::Security::ImplicitTls);
    QStringList smtpScript = smtpSendsMessage(email());
    const qsizetype acceptance = smtpScript.indexOf(u"S: 250 2.0.0 OK <DM6PR11MB4595@DM6PR11MB4595.namprd11.prod.outlook.com>"_s);
    QVERIFY(acceptance > 0);
    smtpScript.insert(acceptance, u"WAIT: 400"_s);
    ScriptedServer smtp(smtpScript);
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    MailboxCheck check(profileFor(imap, smtp), account());
    check.setLimits(tokenLimits());
    check.setSendTestMessage(true);
    bool foundBeforeAccepted = false;
    bool accepted = false;
    connect(&check, &MailboxCheck::stepFinished, &check, [&](MailboxCheck::Protocol protocol, const StepResult &step) {
        if (protocol == MailboxCheck::Protocol::Smtp && step.step == ProbeStep::Send)
            accepted = true;
        if (protocol == MailboxCheck::Protocol::Imap && step.step == ProbeStep::FindMessage && step.ok)
            foundBeforeAccepted = !accepted;
    });
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    QVERIFY(foundBeforeAccepted);
    QVERIFY(report.testMessage->sent);
    QVERIFY(report.testMessage->seenInInbox);
    QCOMPARE(report.testMessage->ms, qint64(0));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::internationalDomain()
{
    // An address whose domain is not ASCII: the protocols get its ASCII form (RFC 5890, "xn--"), in the envelope,
    // the XOAUTH2 user, the Message-ID and the headers, so the Message-ID sent is byte for byte the one looked for.
    const QString address = u"alice@bücher.test"_s;
    const QString ascii = u"alice@xn--bcher-kva.test"_s;
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(ascii));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    const CheckRun run = runCheckWithTestMessage(imap, smtp, MailAccount{ address, token() });
    QVERIFY(run.report && run.clientsGone);
    const MailboxCheckReport report = *run.report;

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY2(report.ok(), qPrintable(ReportFormat::checkToText(report)));
    const QList<QByteArray> smtpLines = smtp.received();
    const qsizetype data = smtpLines.indexOf("DATA");
    QVERIFY(data > 0);
    const QByteArray sentId = headerValue(smtpLines.mid(data + 1), "Message-ID");
    QVERIFY2(sentId.endsWith("@xn--bcher-kva.test>"), sentId.constData());
    QCOMPARE(headerValue(smtpLines.mid(data + 1), "From"), "<" + ascii.toUtf8() + ">");
    QCOMPARE(headerValue(smtpLines.mid(data + 1), "To"), "<" + ascii.toUtf8() + ">");
    QByteArray searched;
    for (const QByteArray &line : imap.received()) {
        if (line.contains(" UID SEARCH HEADER Message-ID "))
            searched = line.mid(line.indexOf('"') + 1).chopped(1);
    }
    QCOMPARE(searched, sentId);
    QCOMPARE(report.testMessage->messageId.toUtf8(), sentId);
    for (const QByteArray &line : imap.received() + smtpLines) {
        if (line.startsWith("A1 AUTHENTICATE XOAUTH2 ") || line.startsWith("AUTH XOAUTH2 ")) {
            const QByteArray decoded = QByteArray::fromBase64(line.mid(line.lastIndexOf(' ') + 1));
            QVERIFY2(decoded.startsWith("user=" + ascii.toUtf8() + "\x01"), decoded.left(40).constData());
        }
    }
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::refusedAfterSendingStopsTheLooks()
{
    // IMAP looks from the moment the message went out; the SMTP server then refuses it, so IMAP stops looking and
    // logs out at once instead of waiting out the delivery limit.
    QStringList imapScript = imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s);
    for (int tag = 3; tag < 40; ++tag)
        imapScript << u"C: A%1 *"_s.arg(tag) << u"S: * SEARCH"_s << u"S: A%1 OK SEARCH completed."_s.arg(tag);
    ScriptedServer imap(imapScript, ScriptedServer::Security::ImplicitTls);
    QStringList smtpScript = smtpSendsMessage(email());
    const qsizetype acceptance = smtpScript.indexOf(u"S: 250 2.0.0 OK <DM6PR11MB4595@DM6PR11MB4595.namprd11.prod.outlook.com>"_s);
    QVERIFY(acceptance > 0);
    smtpScript = smtpScript.mid(0, acceptance)
        + QStringList{ u"WAIT: 200"_s,
                       u"S: 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message"_s,
                       u"HANG"_s };
    ScriptedServer smtp(smtpScript);
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    const CheckRun run = runCheckWithTestMessage(imap, smtp);
    QVERIFY(run.report && run.clientsGone);
    const MailboxCheckReport report = *run.report;

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(report.imap.ok(), qPrintable(ReportFormat::checkToText(report)));
    QCOMPARE(diagnosisId(report.smtp), DiagnosisId::SendingBlocked);
    QVERIFY(!report.testMessage->sent);
    QVERIFY(!report.testMessage->seenInInbox);
    QVERIFY(imap.received().constLast().endsWith(" LOGOUT"));
    QVERIFY2(run.ms < tokenLimits().deliveryTimeoutMs, qPrintable(QString::number(run.ms)));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::smtpFailsImapLogsOut_data()
{
    QTest::addColumn<int>("imapDelayMs");
    QTest::addColumn<int>("smtpDelayMs");

    QTest::newRow("SMTP fails before the inbox is open") << 400 << 0;
    QTest::newRow("SMTP fails after the inbox is open") << 0 << 400;
}

void tst_MailboxCheck::smtpFailsImapLogsOut()
{
    QFETCH(int, imapDelayMs);
    QFETCH(int, smtpDelayMs);

    ScriptedServer imap(imapUntilExamine(imapDelayMs) + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + imapLogout(u"A3"_s),
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpUntilAuth(smtpDelayMs)
                        + QStringList{ u"S: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                                       "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more "
                                       "information. [MN2PR05CA0004.namprd05.prod.outlook.com]"_s,
                                       u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());

    MailboxCheck check(profileFor(imap, smtp), account());
    check.setLimits(tokenLimits());
    check.setSendTestMessage(true);
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    // The goodbye is not waited for: everything the client sent is read once it has gone.
    QTRY_VERIFY(imap.clientDisconnected());
    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();

    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
    QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.mismatches().join(u'\n')));
    QVERIFY(!report.ok());
    QVERIFY2(report.imap.ok(), qPrintable(report.imap.transcript.join(u'\n')));
    QCOMPARE(diagnosisId(report.smtp), DiagnosisId::SmtpAuthDisabled);
    QVERIFY(report.testMessage);
    QVERIFY(!report.testMessage->sent);
    QVERIFY(!report.testMessage->seenInInbox);
    QCOMPARE(report.testMessage->ms, qint64(-1));
    for (const QByteArray &line : imap.received())
        QVERIFY2(!line.contains("SEARCH"), line.constData());
    QCOMPARE(imap.received().constLast(), QByteArray("A3 LOGOUT"));
    QVERIFY(!stepNames(report.imap).contains(u"find-message"_s));

    const QJsonObject json = ReportFormat::checkToJson(report);
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    QCOMPARE(json.value(u"testMessage"_s).toObject().value(u"sent"_s).toBool(), false);
    QVERIFY(json.value(u"testMessage"_s).toObject().value(u"ms"_s).isNull());
    QVERIFY(ReportFormat::checkToText(report).contains(u"could not be sent"_s));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::reportShape()
{
    // IMAP passes, SMTP fails: one diagnosis object, one null.
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s, u"C: A3 LOGOUT"_s }
                            + examineReply(u"A2"_s) + QStringList{ u"S: A3 OK LOGOUT completed."_s, u"X"_s },
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpUntilAuth()
                        + QStringList{ u"S: 535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]"_s,
                                       u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    MailboxCheck check(profileFor(imap, smtp), account());
    check.setLimits(tokenLimits());
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const MailboxCheckReport report = finished.at(0).at(0).value<MailboxCheckReport>();
    const QJsonObject json = ReportFormat::checkToJson(report);

    QVERIFY(json.value(u"ok"_s).isBool());
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    QCOMPARE(json.value(u"email"_s).toString(), email());
    QVERIFY(json.contains(u"testMessage"_s));
    QVERIFY(json.value(u"testMessage"_s).isNull());
    for (const QString &protocol : { u"imap"_s, u"smtp"_s }) {
        QVERIFY2(json.value(protocol).isObject(), qPrintable(protocol));
        const QJsonObject probe = json.value(protocol).toObject();
        QVERIFY(probe.value(u"ok"_s).isBool());
        QVERIFY(probe.value(u"server"_s).isString());
        QVERIFY(probe.value(u"server"_s).toString().startsWith(u"127.0.0.1:"_s));
        QVERIFY(probe.value(u"steps"_s).isArray());
        QVERIFY(!probe.value(u"steps"_s).toArray().isEmpty());
        for (const QJsonValue &value : probe.value(u"steps"_s).toArray()) {
            const QJsonObject step = value.toObject();
            QVERIFY(step.value(u"name"_s).isString());
            QVERIFY(step.value(u"ok"_s).isBool());
            QVERIFY(step.value(u"ms"_s).isDouble());
            QVERIFY(step.value(u"detail"_s).isString());
        }
        QVERIFY(probe.contains(u"diagnosis"_s));
    }
    const QJsonObject imapJson = json.value(u"imap"_s).toObject();
    QCOMPARE(imapJson.value(u"ok"_s).toBool(), true);
    QVERIFY(imapJson.value(u"diagnosis"_s).isNull());
    const QStringList names{ u"resolve"_s, u"connect"_s, u"tls-handshake"_s, u"greeting"_s, u"capabilities"_s,
                             u"authenticate"_s, u"mailbox"_s, u"logout"_s };
    QStringList seen;
    for (const QJsonValue &value : imapJson.value(u"steps"_s).toArray())
        seen << value.toObject().value(u"name"_s).toString();
    QCOMPARE(seen, names);

    const QJsonObject smtpJson = json.value(u"smtp"_s).toObject();
    QCOMPARE(smtpJson.value(u"ok"_s).toBool(), false);
    const QJsonObject diagnosis = smtpJson.value(u"diagnosis"_s).toObject();
    QCOMPARE(diagnosis.value(u"id"_s).toString(), u"auth-rejected"_s);
    QVERIFY(!diagnosis.value(u"title"_s).toString().isEmpty());
    QVERIFY(!diagnosis.value(u"advice"_s).toString().isEmpty());
    QVERIFY(diagnosis.value(u"reply"_s).toString().contains(u"535 5.7.3 Authentication unsuccessful"_s));
    const QJsonObject lastStep = smtpJson.value(u"steps"_s).toArray().last().toObject();
    QCOMPARE(lastStep.value(u"name"_s).toString(), u"authenticate"_s);
    QCOMPARE(lastStep.value(u"ok"_s).toBool(), false);

    const QString text = ReportFormat::checkToText(report);
    QVERIFY(text.contains(u"535 5.7.3"_s));
    QVERIFY(text.contains(u"auth-rejected"_s));
    VERIFY_NO_SECRETS(report);
}

void tst_MailboxCheck::cancel()
{
    ScriptedServer imap(QStringList{ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(QStringList{ u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    MailboxCheck check(profileFor(imap, smtp), account());
    check.setLimits(shortLimits());
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QTRY_VERIFY(imap.clientConnected() && smtp.clientConnected());
    check.cancel();
    QVERIFY(!check.isRunning());
    QTRY_VERIFY(imap.clientDisconnected() && smtp.clientDisconnected());
    // Past every reply time limit: still nothing reported.
    QVERIFY(!finished.wait(shortLimits().replyTimeoutMs + 200));
}

void tst_MailboxCheck::invalidAddressConnectsNowhere()
{
    // Every caller checks the address; should one not, no protocol line gets it, and the check still ends once.
    ScriptedServer imap(QStringList{ u"HANG"_s }, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(QStringList{ u"HANG"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    MailboxCheck check(profileFor(imap, smtp), MailAccount{ u"ada@outlook.com>\r\nRCPT TO:<eve@evil.example>"_s, token() });
    check.setLimits(shortLimits());
    check.setSendTestMessage(true);
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QVERIFY(finished.wait(2000));
    QVERIFY(!finished.wait(300));
    QCOMPARE(finished.size(), 1);
    const MailboxCheckReport report = check.report();
    QCOMPARE(diagnosisId(report.imap), DiagnosisId::InvalidAddress);
    QCOMPARE(diagnosisId(report.smtp), DiagnosisId::InvalidAddress);
    QCOMPARE(report.exitCode(), ExitCode::BadInput);
    QVERIFY(!imap.clientConnected());
    QVERIFY(!smtp.clientConnected());
}

QTEST_GUILESS_MAIN(tst_MailboxCheck)
#include "tst_mailboxcheck.moc"
