// The SMTP probe against scripted servers that say what Exchange Online's submission service says.
#include "tests/core/probetesting.h"

#include "wizard/core/probe/smtpprobe.h"
#include "wizard/core/probe/testmessage.h"

#include <QSet>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;

namespace {

const QString microsoftGreeting = u"S: 220 SN4PR0501CA0012.outlook.office365.com Microsoft ESMTP MAIL Service ready at "
                                  "Fri, 28 Nov 2025 04:01:00 +0000"_s;
const QString acceptedReply = u"S: 250 2.0.0 OK <DM6PR11MB4595E5B1A3F8C4D2@DM6PR11MB4595.namprd11.prod.outlook.com> "
                              "[Hostname=DM6PR11MB4595.namprd11.prod.outlook.com]"_s;
const QString quitReply = u"S: 221 2.0.0 Service closing transmission channel"_s;

// Exchange's EHLO answer; AUTH appears only after STARTTLS, STARTTLS only before. Exchange offers CHUNKING and
// SMTPUTF8; the switches leave them out, for servers that do not.
QStringList ehlo(bool afterTls, bool pipelining = true, bool starttls = true,
                 const QString &auth = u"LOGIN XOAUTH2"_s, bool chunking = true, bool smtputf8 = true)
{
    QStringList lines{ u"C: EHLO [127.0.0.1]"_s,
                       u"S: 250-SN4PR0501CA0012.outlook.office365.com Hello [203.0.113.5]"_s,
                       u"S: 250-SIZE 157286400"_s };
    if (pipelining)
        lines << u"S: 250-PIPELINING"_s;
    lines << u"S: 250-DSN"_s << u"S: 250-ENHANCEDSTATUSCODES"_s;
    if (!afterTls && starttls)
        lines << u"S: 250-STARTTLS"_s;
    if (afterTls && !auth.isEmpty())
        lines << u"S: 250-AUTH "_s + auth;
    lines << u"S: 250-8BITMIME"_s << u"S: 250-BINARYMIME"_s;
    if (chunking)
        lines << u"S: 250-CHUNKING"_s;
    lines << (smtputf8 ? u"S: 250 SMTPUTF8"_s : u"S: 250 RRVS"_s);
    return lines;
}

QStringList startTls()
{
    return { u"C: STARTTLS"_s, u"S: 220 2.0.0 SMTP server ready"_s, u"TLS"_s };
}

// Up to and including the client's AUTH line.
QStringList microsoftUntilAuth(bool pipelining = true, bool chunking = true, bool smtputf8 = true)
{
    return QStringList{ microsoftGreeting } + ehlo(false, pipelining, true, {}, chunking, smtputf8) + startTls()
        + ehlo(true, pipelining, true, u"LOGIN XOAUTH2"_s, chunking, smtputf8) + QStringList{ u"C: AUTH XOAUTH2 *"_s };
}

QStringList microsoftAuthenticated(bool pipelining = true, bool chunking = true, bool smtputf8 = true)
{
    return microsoftUntilAuth(pipelining, chunking, smtputf8) + QStringList{ u"S: 235 2.7.0 Authentication successful"_s };
}

// A message with a fixed identity, so scripts can expect its exact lines.
TestMessage fixedMessage()
{
    TestMessage message = TestMessage::create(email());
    message.messageId = u"<mailsetup-test.1764302460000.0123456789abcdef@outlook.com>"_s;
    message.date = QDateTime(QDate(2025, 11, 28), QTime(4, 1, 0), QTimeZone(3600));
    return message;
}

QList<QByteArray> dataLines(const TestMessage &message, bool dotStuffed = false)
{
    QList<QByteArray> lines = (dotStuffed ? message.toSmtpData() : message.toMessageText()).split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QStringList expectData(const TestMessage &message)
{
    QStringList script;
    for (const QByteArray &line : dataLines(message, true))
        script << u"C: "_s + QString::fromUtf8(line);
    script << u"C: ."_s;
    return script;
}

// BDAT LAST with the message as it is (not dot-stuffed), its size counted in bytes.
QStringList expectChunk(const TestMessage &message)
{
    QStringList script{ u"C: BDAT %1 LAST"_s.arg(message.toMessageText().size()) };
    for (const QByteArray &line : dataLines(message))
        script << u"C: "_s + QString::fromUtf8(line);
    return script;
}

// The whole transaction in one flight, as the probe sends it to a server with PIPELINING and CHUNKING.
QStringList chunkedTransaction(const TestMessage &message)
{
    return QStringList{ u"C: MAIL FROM:<%1>"_s.arg(email()), u"C: RCPT TO:<%1>"_s.arg(email()) } + expectChunk(message)
        + QStringList{ u"C: QUIT"_s };
}

QStringList pipelinedEnvelope()
{
    return { u"C: MAIL FROM:<%1>"_s.arg(email()), u"C: RCPT TO:<%1>"_s.arg(email()), u"C: DATA"_s };
}

QStringList envelopeAccepted()
{
    return { u"S: 250 2.1.0 Sender OK"_s, u"S: 250 2.1.5 Recipient OK"_s,
             u"S: 354 Start mail input; end with <CRLF>.<CRLF>"_s };
}

// The transcript from the envelope on, C: and S: lines only, data lines left out: the order in which
// the client sent and the server answered.
QStringList conversationFromMailFrom(const QStringList &transcript)
{
    QStringList lines;
    bool inData = false;
    for (const QString &line : transcript) {
        if (line.startsWith(u"C: MAIL FROM"_s))
            lines.clear();
        if (line.startsWith(u"S: 354"_s) || line.startsWith(u"C: BDAT"_s)) {
            inData = true;
            lines << line.left(line.startsWith(u"C: "_s) ? 7 : 6);
            continue;
        }
        if (inData && line.startsWith(u"C: "_s) && line != u"C: ."_s && line != u"C: QUIT"_s)
            continue;
        inData = inData && line != u"C: ."_s;
        if (line.startsWith(u"C: "_s) || line.startsWith(u"S: "_s))
            lines << line.left(line.startsWith(u"C: "_s) ? 7 : 6);
    }
    return lines;
}

// What the client sent between DATA and the final ".".
QList<QByteArray> receivedData(const QList<QByteArray> &received)
{
    const qsizetype start = received.indexOf("DATA");
    const qsizetype end = received.indexOf(".", start);
    if (start < 0 || end < 0)
        return {};
    return received.mid(start + 1, end - start - 1);
}

} // namespace

class tst_SmtpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void microsoftHappyPath();
    void chunkedTestMessage();
    void chunkedWithoutPipelining();
    void pipelinedDataWithoutChunking();
    void sequentialTestMessage();
    void testMessageContent_data();
    void testMessageContent();
    void internationalLocalPart();
    void internationalLocalPartWithoutSmtpUtf8();
    void quitAnsweredByHangingUp();
    void quitNeverAnswered_data();
    void quitNeverAnswered();
    void failures_data();
    void failures();
    void echoedSecrets_data();
    void echoedSecrets();
    void refusesUnsafeTestMessageFields_data();
    void refusesUnsafeTestMessageFields();

private:
    std::unique_ptr<SmtpProbe> probeFor(const ScriptedServer &server, const ProbeLimits &limits = tokenLimits())
    {
        return std::make_unique<SmtpProbe>(localServer(server, ConnectionSecurity::StartTls), ScriptedServer::testCa(),
                                           account(), limits);
    }

    // A probe sending this test message, run to its end: its result and the ids it said were accepted.
    struct SendRun {
        bool finished = false;
        ProbeResult result;
        QStringList accepted;
    };
    SendRun sendTestMessage(const ScriptedServer &server, const TestMessage &message)
    {
        auto probe = probeFor(server);
        probe->setTestMessage(message);
        SendRun sent;
        connect(probe.get(), &SmtpProbe::messageAccepted, probe.get(), [&](const QString &id) { sent.accepted << id; });
        ProbeRun run(*probe);
        sent.finished = QTest::qWaitFor([&] { return run.finishedCount() == 1; }, 5000);
        sent.result = run.result();
        return sent;
    }
};

void tst_SmtpProbe::microsoftHappyPath()
{
    ScriptedServer server(microsoftAuthenticated() + QStringList{ u"C: QUIT"_s, quitReply, u"X"_s });
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    // The goodbye is not waited for: everything the client sent is read once it has gone.
    QTRY_VERIFY(server.clientDisconnected());
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"greeting"_s, u"capabilities"_s,
                                              u"starttls"_s, u"capabilities"_s, u"authenticate"_s, u"logout"_s }));
    for (const StepResult &step : result.steps)
        QVERIFY(step.ok);
    // The capabilities come twice, before and after STARTTLS; people are told which time it is.
    const QStringList labels = probeStepLabels(result.steps);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    QCOMPARE(labels.at(5), u"Asking again what the server supports, now encrypted"_s);
    const StepResult &tls = result.steps.at(4);
    QVERIFY(tls.tls);
    QVERIFY(tls.tls->protocol == u"TLS 1.3"_s || tls.tls->protocol == u"TLS 1.2"_s);
    QCOMPARE(tls.tls->subject, u"localhost"_s);
    QCOMPARE(tls.tls->issuer, u"Mail Setup Test CA"_s);
    QVERIFY(tls.tls->errors.isEmpty());
    QVERIFY(result.steps.at(5).detail.contains(u"AUTH LOGIN XOAUTH2"_s));

    const QList<QByteArray> received = server.received();
    QCOMPARE(received.size(), 5);
    QCOMPARE(received.at(0), QByteArray("EHLO [127.0.0.1]"));
    QCOMPARE(received.at(1), QByteArray("STARTTLS"));
    QCOMPARE(received.at(2), QByteArray("EHLO [127.0.0.1]"));
    QCOMPARE(received.at(3), "AUTH XOAUTH2 " + xoauth2());
    QCOMPARE(QByteArray::fromBase64(received.at(3).mid(13)),
             "user=" + email().toUtf8() + "\x01" "auth=Bearer " + token().toUtf8() + "\x01\x01");
    QCOMPARE(received.at(4), QByteArray("QUIT"));

    QVERIFY(result.transcript.contains(u"C: AUTH XOAUTH2 [secret removed]"_s));
    VERIFY_NO_SECRETS(result);
    QVERIFY(run.ms() < 3000);
}

void tst_SmtpProbe::chunkedTestMessage()
{
    // Exchange offers PIPELINING and CHUNKING: MAIL, RCPT, BDAT LAST with the whole message, and QUIT, in one
    // write. The script expects all of it before it answers anything, so a client that waited would hang here.
    const TestMessage message = fixedMessage();
    const QStringList script = microsoftAuthenticated() + chunkedTransaction(message)
        + QStringList{ u"S: 250 2.1.0 Sender OK"_s, u"S: 250 2.1.5 Recipient OK"_s, acceptedReply, quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    const SendRun sent = sendTestMessage(server, message);
    QVERIFY(sent.finished);
    const ProbeResult result = sent.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(sent.accepted, QStringList{ message.messageId });
    QCOMPARE(stepNames(result).mid(6), (QStringList{ u"authenticate"_s, u"send"_s, u"logout"_s }));
    QVERIFY(result.steps.at(7).detail.contains(u"250 2.0.0 OK"_s));
    QVERIFY(result.steps.at(8).detail.contains(u"QUIT sent with the message"_s));
    // One round trip for the whole transaction.
    QCOMPARE(conversationFromMailFrom(result.transcript),
             (QStringList{ u"C: MAIL"_s, u"C: RCPT"_s, u"C: BDAT"_s, u"C: QUIT"_s, u"S: 250"_s, u"S: 250"_s,
                           u"S: 250"_s }));
    // The chunk is the message byte for byte, not dot-stuffed, and as long as BDAT said.
    const QList<QByteArray> received = server.received();
    const qsizetype bdat = received.indexOf("BDAT %1 LAST"_ba.replace("%1", QByteArray::number(message.toMessageText().size())));
    QVERIFY(bdat > 0);
    QByteArray chunk;
    for (const QByteArray &line : received.mid(bdat + 1, received.size() - bdat - 2))
        chunk += line + "\r\n";
    QCOMPARE(chunk, message.toMessageText());
    QVERIFY(!received.contains("DATA"));
    QVERIFY(!received.contains("."));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::chunkedWithoutPipelining()
{
    // CHUNKING without PIPELINING: each command waits for its reply; BDAT and its chunk are one command.
    const TestMessage message = fixedMessage();
    const QStringList script = microsoftAuthenticated(false)
        + QStringList{ u"C: MAIL FROM:<%1>"_s.arg(email()), u"S: 250 2.1.0 Sender OK"_s,
                       u"C: RCPT TO:<%1>"_s.arg(email()), u"S: 250 2.1.5 Recipient OK"_s }
        + expectChunk(message) + QStringList{ acceptedReply, u"C: QUIT"_s, quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    const SendRun sent = sendTestMessage(server, message);
    QVERIFY(sent.finished);
    const ProbeResult result = sent.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(sent.accepted, QStringList{ message.messageId });
    QCOMPARE(conversationFromMailFrom(result.transcript),
             (QStringList{ u"C: MAIL"_s, u"S: 250"_s, u"C: RCPT"_s, u"S: 250"_s, u"C: BDAT"_s, u"S: 250"_s,
                           u"C: QUIT"_s }));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::pipelinedDataWithoutChunking()
{
    // PIPELINING without CHUNKING: MAIL, RCPT and DATA in one write, then the message, "." and QUIT in another:
    // the script expects each group complete before it answers, so a client that waited would hang here.
    const TestMessage message = fixedMessage();
    const QStringList script = microsoftAuthenticated(true, false) + pipelinedEnvelope() + envelopeAccepted()
        + expectData(message) + QStringList{ u"C: QUIT"_s, acceptedReply, quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    const SendRun sent = sendTestMessage(server, message);
    QVERIFY(sent.finished);
    const ProbeResult result = sent.result;

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(sent.accepted, QStringList{ message.messageId });
    QCOMPARE(stepNames(result), (QStringList{ u"resolve"_s, u"connect"_s, u"greeting"_s, u"capabilities"_s,
                                              u"starttls"_s, u"capabilities"_s, u"authenticate"_s, u"send"_s,
                                              u"logout"_s }));
    QVERIFY(result.steps.at(7).detail.contains(u"250 2.0.0 OK"_s));
    QCOMPARE(server.received().constLast(), QByteArray("QUIT"));
    // One round trip for the envelope, one for the message and QUIT, whose answer is not waited for.
    QCOMPARE(conversationFromMailFrom(result.transcript),
             (QStringList{ u"C: MAIL"_s, u"C: RCPT"_s, u"C: DATA"_s, u"S: 250"_s, u"S: 250"_s, u"S: 354"_s,
                           u"C: ."_s, u"C: QUIT"_s, u"S: 250"_s }));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::sequentialTestMessage()
{
    // Without PIPELINING or CHUNKING every command waits for its reply, and the message for DATA's 354.
    const TestMessage message = fixedMessage();
    const QStringList script = microsoftAuthenticated(false, false)
        + QStringList{ u"C: MAIL FROM:<%1>"_s.arg(email()), u"S: 250 2.1.0 Sender OK"_s,
                       u"C: RCPT TO:<%1>"_s.arg(email()), u"S: 250 2.1.5 Recipient OK"_s,
                       u"C: DATA"_s, u"S: 354 Start mail input; end with <CRLF>.<CRLF>"_s }
        + expectData(message) + QStringList{ acceptedReply, u"C: QUIT"_s, quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    probe->setTestMessage(message);
    QSignalSpy accepted(probe.get(), &SmtpProbe::messageAccepted);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(stepNames(result).mid(6), (QStringList{ u"authenticate"_s, u"send"_s, u"logout"_s }));
    // Each command waited for its reply, but for QUIT: the message was accepted, so the check had its result.
    QCOMPARE(conversationFromMailFrom(result.transcript),
             (QStringList{ u"C: MAIL"_s, u"S: 250"_s, u"C: RCPT"_s, u"S: 250"_s, u"C: DATA"_s, u"S: 354"_s,
                           u"C: ."_s, u"S: 250"_s, u"C: QUIT"_s }));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::testMessageContent_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    const TestMessage standard = TestMessage::create(email());
    QTest::newRow("the standard message") << standard.subject << standard.body;
    QTest::newRow("lines that are only a dot")
        << u"Test"_s << u"Before\n.\n..\n.hidden\nAfter\n"_s;
    QTest::newRow("not ASCII") << u"Testnachricht – Grüße aus Köln"_s << u"Grüße!\r\nЗдравствуйте. 你好\n"_s;
    QTest::newRow("a long body") << u"Long"_s << QString(3000, u'.') + u"\n"_s;
}

void tst_SmtpProbe::testMessageContent()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);

    TestMessage message = fixedMessage();
    message.subject = subject;
    message.body = body;

    const QByteArray data = message.toSmtpData();
    // CRLF everywhere, never a bare CR or LF, and lines short enough for any server.
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n')
            QVERIFY2(i > 0 && data.at(i - 1) == '\r', "bare LF");
        if (data.at(i) == '\r')
            QVERIFY2(i + 1 < data.size() && data.at(i + 1) == '\n', "bare CR");
    }
    QVERIFY(data.endsWith("\r\n"));

    // The whole conversation, so the server's copy of the message is what is checked. DATA, where dots matter.
    const QStringList script = microsoftAuthenticated(true, false) + pipelinedEnvelope() + envelopeAccepted()
        + expectData(message)
        + QStringList{ u"C: QUIT"_s, acceptedReply, quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    probe->setTestMessage(message);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(run.result().ok(), qPrintable(run.result().transcript.join(u'\n')));
    VERIFY_NO_SECRETS(run.result());

    const QList<QByteArray> lines = receivedData(server.received());
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 78, line.constData());
        // Nothing in the message can end DATA early: a line starting with a dot was stuffed.
        QVERIFY2(!line.startsWith('.') || line.startsWith(".."), line.constData());
    }

    const qsizetype separator = lines.indexOf(QByteArray());
    QVERIFY(separator > 0);
    QMap<QByteArray, QByteArray> headers;
    for (const QByteArray &line : lines.mid(0, separator)) {
        const qsizetype colon = line.indexOf(": ");
        QVERIFY2(colon > 0, line.constData());
        headers.insert(line.left(colon).toLower(), line.mid(colon + 2));
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(headers.value("date")), Qt::RFC2822Date);
    QVERIFY2(date.isValid(), headers.value("date").constData());
    QCOMPARE(date, message.date);
    QVERIFY2(headers.value("date").startsWith("Fri, 28 Nov 2025 04:01:00 +0100"), headers.value("date").constData());
    QCOMPARE(headers.value("message-id"), message.messageId.toLatin1());
    QCOMPARE(headers.value("from"), "<" + email().toLatin1() + ">");
    QCOMPARE(headers.value("to"), "<" + email().toLatin1() + ">");
    QCOMPARE(headers.value("mime-version"), QByteArray("1.0"));
    QCOMPARE(headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(headers.value("content-transfer-encoding"), QByteArray("base64"));

    // The subject: as is when it is plain ASCII, else one RFC 2047 encoded word.
    const QByteArray subjectHeader = headers.value("subject");
    if (subjectHeader.startsWith("=?UTF-8?B?")) {
        QVERIFY(subjectHeader.endsWith("?="));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(subjectHeader.mid(10, subjectHeader.size() - 12))), subject);
    } else {
        QCOMPARE(QString::fromLatin1(subjectHeader), subject);
    }

    // The body decodes to the text, with CRLF line ends.
    QByteArray encoded;
    for (const QByteArray &line : lines.mid(separator + 1))
        encoded += line;
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QString expected = body;
    expected.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    QCOMPARE(QString::fromUtf8(decoded.decoded), expected);
}

void tst_SmtpProbe::internationalLocalPart()
{
    // Letters outside ASCII before the @: only with SMTPUTF8 (RFC 6531), which MAIL FROM then asks for. The domain
    // goes in its ASCII form all the same.
    const QString address = u"jürgen@bücher.test"_s;
    const QString envelope = u"jürgen@xn--bcher-kva.test"_s;
    TestMessage message = TestMessage::create(address);
    const QStringList script = microsoftAuthenticated()
        + QStringList{ u"C: MAIL FROM:<%1> SMTPUTF8"_s.arg(envelope), u"C: RCPT TO:<%1>"_s.arg(envelope) }
        + expectChunk(message)
        + QStringList{ u"C: QUIT"_s, u"S: 250 2.1.0 Sender OK"_s, u"S: 250 2.1.5 Recipient OK"_s, acceptedReply,
                       quitReply, u"X"_s };
    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = std::make_unique<SmtpProbe>(localServer(server, ConnectionSecurity::StartTls), ScriptedServer::testCa(),
                                             MailAccount{ address, token() }, tokenLimits());
    probe->setTestMessage(message);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QVERIFY(message.toMessageText().contains("From: <" + envelope.toUtf8() + ">\r\n"));
    QVERIFY(message.messageId.endsWith(u"@xn--bcher-kva.test>"_s));
}

void tst_SmtpProbe::internationalLocalPartWithoutSmtpUtf8()
{
    // The same address at a server without SMTPUTF8: it could not take the address, so nothing is sent, and the
    // check says why at once instead of running into a time limit.
    const QString address = u"jürgen@bücher.test"_s;
    ScriptedServer server(microsoftAuthenticated(true, true, false) + QStringList{ u"HANG"_s });
    QVERIFY(server.start());
    auto probe = std::make_unique<SmtpProbe>(localServer(server, ConnectionSecurity::StartTls), ScriptedServer::testCa(),
                                             MailAccount{ address, token() }, tokenLimits());
    probe->setTestMessage(TestMessage::create(address));
    QSignalSpy sent(probe.get(), &SmtpProbe::messageSent);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();
    QTRY_VERIFY(server.clientDisconnected());

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QCOMPARE(diagnosisId(result), DiagnosisId::SmtpUtf8Missing);
    QCOMPARE(result.failedStep(), std::optional<ProbeStep>(ProbeStep::Send));
    QVERIFY2(result.steps.constLast().detail.contains(u"SMTPUTF8"_s), qPrintable(result.steps.constLast().detail));
    QCOMPARE(sent.count(), 0);
    QVERIFY(server.received().constLast().startsWith("AUTH XOAUTH2 "));
    QVERIFY2(run.ms() < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms())));
}

void tst_SmtpProbe::quitAnsweredByHangingUp()
{
    // A server that closes instead of answering QUIT: rude, but the check had already passed.
    ScriptedServer server(microsoftAuthenticated() + QStringList{ u"C: QUIT"_s, u"X"_s });
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

void tst_SmtpProbe::quitNeverAnswered_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("sendsMessage");

    const TestMessage message = fixedMessage();
    QTest::newRow("after the sign-in") << (microsoftAuthenticated() + QStringList{ u"C: QUIT"_s, u"HANG"_s }) << false;
    QTest::newRow("after the test message, QUIT pipelined")
        << (microsoftAuthenticated(true, false) + pipelinedEnvelope() + envelopeAccepted() + expectData(message)
            + QStringList{ u"C: QUIT"_s, acceptedReply, u"HANG"_s })
        << true;
    QTest::newRow("after the test message, QUIT on its own")
        << (microsoftAuthenticated(false, false)
            + QStringList{ u"C: MAIL FROM:<%1>"_s.arg(email()), u"S: 250 2.1.0 Sender OK"_s,
                           u"C: RCPT TO:<%1>"_s.arg(email()), u"S: 250 2.1.5 Recipient OK"_s,
                           u"C: DATA"_s, u"S: 354 Start mail input; end with <CRLF>.<CRLF>"_s }
            + expectData(message) + QStringList{ acceptedReply, u"C: QUIT"_s, u"HANG"_s })
        << true;
}

void tst_SmtpProbe::quitNeverAnswered()
{
    // The check has its result before the goodbye: a server that never answers QUIT changes nothing.
    QFETCH(QStringList, script);
    QFETCH(bool, sendsMessage);

    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    if (sendsMessage)
        probe->setTestMessage(fixedMessage());
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    // The goodbye is not waited for: everything the client sent is read once it has gone.
    QTRY_VERIFY(server.clientDisconnected());
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY2(result.ok(), qPrintable(result.transcript.join(u'\n')));
    QCOMPARE(server.received().constLast(), QByteArray("QUIT"));
    QCOMPARE(stepNames(result).constLast(), u"logout"_s);
    QVERIFY2(result.steps.constLast().detail.contains(u"did not wait"_s), qPrintable(result.steps.constLast().detail));
    QVERIFY2(run.ms() < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms())));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::failures_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<DiagnosisId>("diagnosis");
    QTest::addColumn<ProbeStep>("step");
    QTest::addColumn<QByteArray>("lastSent");  // the last line the client sent: nothing may follow it

    const QByteArray authLine = "AUTH XOAUTH2 " + xoauth2();
    const TestMessage message = fixedMessage();
    // A server without CHUNKING (DATA), and Exchange, which has it (BDAT).
    const QStringList dataAuthenticated = microsoftAuthenticated(true, false);
    const QStringList messageSent = dataAuthenticated + pipelinedEnvelope() + envelopeAccepted()
        + expectData(message) + QStringList{ u"C: QUIT"_s };
    const QStringList transactionSent = microsoftAuthenticated() + chunkedTransaction(message);

    QTest::newRow("STARTTLS not offered")
        << (QStringList{ microsoftGreeting } + ehlo(false, true, false) + QStringList{ u"HANG"_s })
        << DiagnosisId::StartTlsMissing << ProbeStep::Capabilities << QByteArray("EHLO [127.0.0.1]");
    QTest::newRow("STARTTLS not offered, AUTH offered in the clear")
        << (QStringList{ microsoftGreeting, u"C: EHLO [127.0.0.1]"_s, u"S: 250-smtp.example.org"_s,
                         u"S: 250-AUTH PLAIN LOGIN XOAUTH2"_s, u"S: 250 PIPELINING"_s, u"HANG"_s })
        << DiagnosisId::StartTlsMissing << ProbeStep::Capabilities << QByteArray("EHLO [127.0.0.1]");
    QTest::newRow("TLS 1.0 and 1.1 refused")
        << (QStringList{ microsoftGreeting } + ehlo(false)
            + QStringList{ u"C: STARTTLS"_s,
                           u"S: 421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to "
                           "support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [SA9P221CA0019.NAMP221.PROD.OUTLOOK.COM]"_s,
                           u"X"_s })
        << DiagnosisId::TlsVersionTooOld << ProbeStep::StartTls << QByteArray("STARTTLS");
    QTest::newRow("STARTTLS refused")
        << (QStringList{ microsoftGreeting } + ehlo(false)
            + QStringList{ u"C: STARTTLS"_s, u"S: 454 4.7.0 TLS not available due to local problem"_s, u"HANG"_s })
        << DiagnosisId::StartTlsMissing << ProbeStep::StartTls << QByteArray("STARTTLS");
    QTest::newRow("bytes injected after the STARTTLS go-ahead")
        << (QStringList{ microsoftGreeting } + ehlo(false)
            + QStringList{ u"C: STARTTLS"_s, u"RAW: 220 2.0.0 SMTP server ready\\r\\n250-INJECTED\\r\\n"_s, u"HANG"_s })
        << DiagnosisId::TlsFailure << ProbeStep::StartTls << QByteArray("STARTTLS");
    QTest::newRow("a whole reply injected after the STARTTLS go-ahead")
        << (QStringList{ microsoftGreeting } + ehlo(false)
            + QStringList{ u"C: STARTTLS"_s,
                           u"RAW: 220 2.0.0 Ready\\r\\n250-evil.example.org\\r\\n250 AUTH PLAIN XOAUTH2\\r\\n"_s,
                           u"HANG"_s })
        << DiagnosisId::TlsFailure << ProbeStep::StartTls << QByteArray("STARTTLS");
    QTest::newRow("XOAUTH2 not offered after TLS")
        << (QStringList{ microsoftGreeting } + ehlo(false) + startTls() + ehlo(true, true, true, u"LOGIN PLAIN"_s)
            + QStringList{ u"HANG"_s })
        << DiagnosisId::UnexpectedReply << ProbeStep::Capabilities << QByteArray("EHLO [127.0.0.1]");
    QTest::newRow("error challenge, then 535")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 334 "_s + QString::fromLatin1(QByteArray(R"({"status":"401","schemes":"bearer","scope":"https://outlook.office.com/SMTP.Send"})").toBase64()),
                           u"C: "_s, u"S: 535 5.7.8 Username and Password not accepted."_s, u"HANG"_s })
        << DiagnosisId::AuthRejected << ProbeStep::Authenticate << QByteArray();
    QTest::newRow("SMTP AUTH disabled for the tenant")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                           "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
                           "[MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"_s,
                           u"HANG"_s })
        << DiagnosisId::SmtpAuthDisabled << ProbeStep::Authenticate << authLine;
    QTest::newRow("authentication unsuccessful")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]"_s,
                           u"HANG"_s })
        << DiagnosisId::AuthRejected << ProbeStep::Authenticate << authLine;
    QTest::newRow("temporary error on AUTH")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 451 4.7.0 Temporary server error. Please try again later. PRX4  [server.prod.outlook.com]"_s,
                           u"HANG"_s })
        << DiagnosisId::TemporaryServerError << ProbeStep::Authenticate << authLine;
    QTest::newRow("send as denied on MAIL FROM")
        << (dataAuthenticated + pipelinedEnvelope()
            + QStringList{ u"S: 550 5.7.60 SMTP; Client does not have permissions to send as this sender "
                           "[MW2PR1901MB2155.namprd19.prod.outlook.com]"_s,
                           u"S: 503 5.5.2 Need mail command"_s, u"S: 503 5.5.2 Need rcpt command"_s, u"HANG"_s })
        << DiagnosisId::SendAsDenied << ProbeStep::Send << QByteArray("DATA");
    QTest::newRow("not authenticated on MAIL FROM")
        << (dataAuthenticated + pipelinedEnvelope()
            + QStringList{ u"S: 530 5.7.57 Client not authenticated to send mail. [US22278CA0034.US7P278.PROD.OUTLOOK.COM]"_s,
                           u"HANG"_s })
        << DiagnosisId::NotAuthenticated << ProbeStep::Send << QByteArray("DATA");
    QTest::newRow("thread limit on DATA")
        << (dataAuthenticated + pipelinedEnvelope()
            + QStringList{ u"S: 250 2.1.0 Sender OK"_s, u"S: 250 2.1.5 Recipient OK"_s,
                           u"S: 432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded "
                           "[Hostname=DM5SPR00MB2471.namprd08.prod.outlook.com]"_s,
                           u"HANG"_s })
        << DiagnosisId::Throttled << ProbeStep::Send << QByteArray("DATA");
    QTest::newRow("outbound spam after the message")
        << (messageSent
            + QStringList{ u"S: 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process "
                           "message due to a permanent exception with message WASCL UserAction verdict is not None. "
                           "Actual verdict is RefuseQuota, ShowTierUpgrade."_s,
                           u"S: 221 2.0.0 Service closing transmission channel"_s, u"X"_s })
        << DiagnosisId::SendingBlocked << ProbeStep::Send << QByteArray("QUIT");
    QTest::newRow("quota after the message")
        << (messageSent + QStringList{ u"S: 554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException"_s,
                                       u"HANG"_s })
        << DiagnosisId::SendingLimitReached << ProbeStep::Send << QByteArray("QUIT");
    QTest::newRow("SendAsDenied after the message")
        << (messageSent
            + QStringList{ u"S: 554 5.2.252 SendAsDenied; ada.lovelace@outlook.com not allowed to send as "
                           "security@example.com; STOREDRV.Submission.Exception:SendAsDeniedException."
                           "MapiExceptionSendAsDenied"_s,
                           u"HANG"_s })
        << DiagnosisId::SendAsDenied << ProbeStep::Send << QByteArray("QUIT");
    QTest::newRow("send as denied on MAIL FROM, BDAT pipelined")
        << (transactionSent
            + QStringList{ u"S: 550 5.7.60 SMTP; Client does not have permissions to send as this sender "
                           "[MW2PR1901MB2155.namprd19.prod.outlook.com]"_s,
                           u"S: 503 5.5.2 Need mail command"_s, u"S: 503 5.5.2 Need rcpt command"_s, u"HANG"_s })
        << DiagnosisId::SendAsDenied << ProbeStep::Send << QByteArray("QUIT");
    QTest::newRow("recipient refused, BDAT pipelined")
        << (transactionSent
            + QStringList{ u"S: 250 2.1.0 Sender OK"_s,
                           u"S: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"_s,
                           u"S: 554 5.5.1 Error: no valid recipients"_s, u"HANG"_s })
        << DiagnosisId::DeliveryRejected << ProbeStep::Send << QByteArray("QUIT");
    QTest::newRow("outbound spam on BDAT")
        << (transactionSent
            + QStringList{ u"S: 250 2.1.0 Sender OK"_s, u"S: 250 2.1.5 Recipient OK"_s,
                           u"S: 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process "
                           "message due to a permanent exception with message WASCL UserAction verdict is not None. "
                           "Actual verdict is RefuseQuota, ShowTierUpgrade."_s,
                           u"S: 221 2.0.0 Service closing transmission channel"_s, u"X"_s })
        << DiagnosisId::SendingBlocked << ProbeStep::Send << QByteArray("QUIT");
    // A 421 instead of a greeting: the server is not letting anyone in now, which says nothing about the account.
    QTest::newRow("greeting says go away")
        << QStringList{ u"S: 421 4.3.2 Service not available, closing transmission channel"_s, u"X"_s }
        << DiagnosisId::ServerUnavailable << ProbeStep::Greeting << QByteArray();
    QTest::newRow("greeting says too many connections")
        << QStringList{ u"S: 421 4.7.0 Too many concurrent connections from this IP address"_s, u"X"_s }
        << DiagnosisId::Throttled << ProbeStep::Greeting << QByteArray();
    QTest::newRow("POP3 server on the SMTP port")
        << QStringList{ u"S: +OK The Microsoft Exchange POP3 service is ready."_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Greeting << QByteArray();
    QTest::newRow("IMAP server on the SMTP port")
        << QStringList{ u"S: * OK The Microsoft Exchange IMAP4 service is ready."_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Greeting << QByteArray();
    QTest::newRow("mixed codes in one reply")
        << QStringList{ microsoftGreeting, u"C: EHLO [127.0.0.1]"_s, u"S: 250-smtp.example.org"_s,
                        u"S: 220 STARTTLS"_s, u"HANG"_s }
        << DiagnosisId::UnexpectedReply << ProbeStep::Capabilities << QByteArray("EHLO [127.0.0.1]");
}

void tst_SmtpProbe::failures()
{
    QFETCH(QStringList, script);
    QFETCH(DiagnosisId, diagnosis);
    QFETCH(ProbeStep, step);
    QFETCH(QByteArray, lastSent);

    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    probe->setTestMessage(fixedMessage());
    QSignalSpy accepted(probe.get(), &SmtpProbe::messageAccepted);
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
    QCOMPARE(accepted.count(), 0);

    const QList<QByteArray> received = server.received();
    if (step == ProbeStep::Greeting) {
        QVERIFY(received.isEmpty());
    } else {
        QVERIFY(!received.isEmpty());
        QCOMPARE(received.constLast(), lastSent);
    }
    // Before TLS, the token never leaves the computer.
    const qsizetype tls = received.indexOf("STARTTLS");
    for (qsizetype i = 0; i < received.size(); ++i) {
        if (tls < 0 || i <= tls)
            QVERIFY2(!received.at(i).startsWith("AUTH"), received.at(i).constData());
    }
    if (lastSent == "STARTTLS" || lastSent == "EHLO [127.0.0.1]")
        QVERIFY(!received.contains(QByteArray("AUTH XOAUTH2 ") + xoauth2()));

    VERIFY_NO_SECRETS(result);
    QVERIFY2(run.ms() < tokenLimits().replyTimeoutMs, qPrintable(QString::number(run.ms())));

    if (QByteArray(QTest::currentDataTag()) == "error challenge, then 535") {
        QVERIFY2(result.diagnosis->reply.contains(u"\"scope\":\"https://outlook.office.com/SMTP.Send\""_s),
                 qPrintable(result.diagnosis->reply));
        QVERIFY(result.diagnosis->reply.contains(u"535 5.7.8"_s));
    }
    if (step != ProbeStep::Greeting)
        QVERIFY(!result.diagnosis->reply.isEmpty() || diagnosis == DiagnosisId::TlsFailure);

    // What the failed step says, for the rows where the words matter.
    static const QHash<QByteArray, QString> details{
        { "STARTTLS not offered", u"does not offer STARTTLS"_s },
        { "STARTTLS not offered, AUTH offered in the clear", u"does not offer STARTTLS"_s },
        { "bytes injected after the STARTTLS go-ahead", u"after agreeing to start TLS"_s },
        { "a whole reply injected after the STARTTLS go-ahead", u"after agreeing to start TLS"_s },
        { "XOAUTH2 not offered after TLS", u"(it offers: LOGIN PLAIN)"_s },
        { "POP3 server on the SMTP port", u"does not look like an SMTP server's greeting"_s },
        { "IMAP server on the SMTP port", u"does not look like an SMTP server's greeting"_s },
        { "mixed codes in one reply", u"different codes"_s },
    };
    const QString detail = details.value(QTest::currentDataTag());
    if (!detail.isEmpty())
        QVERIFY2(result.steps.constLast().detail.contains(detail), qPrintable(result.steps.constLast().detail));
}

void tst_SmtpProbe::echoedSecrets_data()
{
    QTest::addColumn<QStringList>("script");

    const QString authLine = u"AUTH XOAUTH2 "_s + QString::fromLatin1(xoauth2());
    QTest::newRow("AUTH line echoed in 535")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 535 5.7.3 Authentication unsuccessful, you sent: "_s + authLine, u"HANG"_s });
    QTest::newRow("AUTH line echoed in a multi-line 535")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 535-5.7.3 Authentication unsuccessful"_s, u"S: 535-5.7.3 "_s + authLine,
                           u"S: 535 5.7.3 [SN2PR00CA0018.namprd00.prod.outlook.com]"_s, u"HANG"_s });
    QTest::newRow("AUTH line echoed in the challenge")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 334 "_s + QString::fromLatin1(authLine.toLatin1().toBase64()), u"C: "_s,
                           u"S: 535 5.7.3 Authentication unsuccessful"_s, u"HANG"_s });
    QTest::newRow("token echoed in 535")
        << (microsoftUntilAuth()
            + QStringList{ u"S: 535 5.7.3 Bearer "_s + token() + u" expired"_s, u"HANG"_s });
}

void tst_SmtpProbe::echoedSecrets()
{
    QFETCH(QStringList, script);

    ScriptedServer server(script);
    QVERIFY(server.start());
    auto probe = probeFor(server);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    const ProbeResult result = run.result();

    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QCOMPARE(diagnosisId(result), DiagnosisId::AuthRejected);
    QVERIFY(result.diagnosis->reply.contains(u"535"_s));
    VERIFY_NO_SECRETS(result);
}

void tst_SmtpProbe::refusesUnsafeTestMessageFields_data()
{
    // MAIL FROM, RCPT TO and the From:, To: and Message-ID: headers carry these as they are: a CR LF in one of
    // them would be a command or a header of its own.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("MAIL FROM with a command") << u"from"_s << u"ada@outlook.com>\r\nRCPT TO:<eve@evil.example"_s;
    QTest::newRow("RCPT TO with a second recipient") << u"to"_s << u"ada@outlook.com>,<eve@evil.example"_s;
    QTest::newRow("RCPT TO with a trailing line break") << u"to"_s << u"ada@outlook.com\r\n"_s;
    QTest::newRow("Message-ID with a header") << u"messageId"_s << u"<x@outlook.com>\r\nBcc: eve@evil.example"_s;
    QTest::newRow("Message-ID without brackets") << u"messageId"_s << u"x@outlook.com"_s;
    QTest::newRow("Message-ID with a quotation mark") << u"messageId"_s << u"<x\"@outlook.com>"_s;
}

void tst_SmtpProbe::refusesUnsafeTestMessageFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ScriptedServer server({ u"HANG"_s });
    QVERIFY(server.start());
    auto probe = probeFor(server);
    TestMessage message = TestMessage::create(email());
    QVERIFY(TestMessage::isMessageId(message.messageId));
    if (field == u"from"_s)
        message.from = value;
    else if (field == u"to"_s)
        message.to = value;
    else
        message.messageId = value;
    probe->setTestMessage(message);
    ProbeRun run(*probe);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 5000);
    QCOMPARE(diagnosisId(run.result()), DiagnosisId::InvalidAddress);
    QVERIFY(run.result().steps.isEmpty());
    QVERIFY(run.result().transcript.join(u'\n').contains(u"not connecting"_s));
    QTest::qWait(100);
    QVERIFY(!server.clientConnected());
}

QTEST_GUILESS_MAIN(tst_SmtpProbe)
#include "tst_smtpprobe.moc"
