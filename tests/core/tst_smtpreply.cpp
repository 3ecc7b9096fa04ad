// The SMTP reply parser: reply lines, multi-line assembly, enhanced status codes and EHLO extensions, as Postfix and
// Exchange Online send them and as a hostile server may. tests/fuzz/fuzz_smtpreply.cpp and fuzz_smtpextensions.cpp
// throw random bytes at the same functions.
#include "wizard/core/probe/smtpreply.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Result = SmtpReplyAssembler::Result;

class tst_SmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyLines_data();
    void replyLines();
    void assemblesMultiLineReplies();
    void refusesMixedCodesAndGarbage();
    void enhancedStatus_data();
    void enhancedStatus();
    void ehloExtensions();
};

void tst_SmtpReply::replyLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("isLast");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("last") << QByteArray("250 OK") << true << 250 << true << QByteArray("OK");
    QTest::newRow("continued") << QByteArray("250-PIPELINING") << true << 250 << false << QByteArray("PIPELINING");
    QTest::newRow("code alone") << QByteArray("220") << true << 220 << true << QByteArray();
    QTest::newRow("code and space") << QByteArray("354 ") << true << 354 << true << QByteArray();
    QTest::newRow("two digits") << QByteArray("25 OK") << false << 0 << true << QByteArray();
    QTest::newRow("letter after code") << QByteArray("250OK") << false << 0 << true << QByteArray();
    QTest::newRow("not digits") << QByteArray("+OK POP3") << false << 0 << true << QByteArray();
    QTest::newRow("html") << QByteArray("<html>") << false << 0 << true << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << 0 << true << QByteArray();
    QTest::newRow("any three digits") << QByteArray("999 odd") << true << 999 << true << QByteArray("odd");
}

void tst_SmtpReply::replyLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const std::optional<SmtpReplyLine> parsed = SmtpReplyLine::parse(line);
    QCOMPARE(parsed.has_value(), valid);
    if (!parsed)
        return;
    QTEST(parsed->code, "code");
    QTEST(parsed->isLast, "isLast");
    QTEST(parsed->text, "text");
}

void tst_SmtpReply::assemblesMultiLineReplies()
{
    SmtpReplyAssembler assembler;
    QCOMPARE(assembler.addLine("250-smtp.office365.com Hello [192.0.2.1]"), Result::NeedMore);
    QCOMPARE(assembler.addLine("250-PIPELINING"), Result::NeedMore);
    QCOMPARE(assembler.pendingLines().size(), 2);
    QCOMPARE(assembler.addLine("250 CHUNKING"), Result::Complete);
    const SmtpReply reply = assembler.takeReply();
    QCOMPARE(reply.code, 250);
    QCOMPARE(reply.lines.size(), 3);
    QCOMPARE(reply.toString(), u"250-smtp.office365.com Hello [192.0.2.1]\n250-PIPELINING\n250 CHUNKING"_s);
    QCOMPARE(reply.texts().at(1), QByteArray("PIPELINING"));
    QVERIFY(reply.isPositive());
    QVERIFY(assembler.pendingLines().isEmpty());

    // The next reply starts afresh.
    QCOMPARE(assembler.addLine("535 5.7.139 Authentication unsuccessful"), Result::Complete);
    const SmtpReply refused = assembler.takeReply();
    QCOMPARE(refused.code, 535);
    QVERIFY(!refused.isPositive());
    QCOMPARE(refused.lines, QList<QByteArray>{ "535 5.7.139 Authentication unsuccessful" });
}

void tst_SmtpReply::refusesMixedCodesAndGarbage()
{
    SmtpReplyAssembler assembler;
    QCOMPARE(assembler.addLine("250-first"), Result::NeedMore);
    QCOMPARE(assembler.addLine("251 other"), Result::CodeMismatch);
    QCOMPARE(assembler.pendingLines(), QList<QByteArray>{ "250-first" });
    // After a bad line the next one begins a new reply.
    QCOMPARE(assembler.addLine("220 hello"), Result::Complete);
    QCOMPARE(assembler.takeReply().code, 220);
    QCOMPARE(assembler.addLine("250-a"), Result::NeedMore);
    QCOMPARE(assembler.addLine("garbage"), Result::Malformed);
    QCOMPARE(assembler.addLine("250 b"), Result::Complete);
    QCOMPARE(assembler.takeReply().lines, QList<QByteArray>{ "250 b" });
}

void tst_SmtpReply::enhancedStatus_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("status");  // empty: none
    QTest::newRow("exchange 535") << QByteArray("535 5.7.139 Authentication unsuccessful") << u"5.7.139"_s;
    QTest::newRow("accepted") << QByteArray("250 2.0.0 OK <id@host>") << u"2.0.0"_s;
    QTest::newRow("temporary") << QByteArray("451 4.7.650 rate limited") << u"4.7.650"_s;
    QTest::newRow("alone") << QByteArray("550 5.7.30") << u"5.7.30"_s;
    QTest::newRow("none") << QByteArray("250 OK") << QString();
    QTest::newRow("no text") << QByteArray("250") << QString();
    QTest::newRow("class 3 does not exist") << QByteArray("354 3.0.0 go ahead") << QString();
    QTest::newRow("four digits") << QByteArray("550 5.7.1234 odd") << QString();
    QTest::newRow("glued to a word") << QByteArray("550 5.7.1xyz") << QString();
    QTest::newRow("a version, not a status") << QByteArray("220 5.0 ready") << QString();
    QTest::newRow("a host name") << QByteArray("250 2.example.com") << QString();
}

void tst_SmtpReply::enhancedStatus()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, status);
    SmtpReplyAssembler assembler;
    QCOMPARE(assembler.addLine(reply), Result::Complete);
    const std::optional<SmtpEnhancedStatus> parsed = assembler.takeReply().enhancedStatus();
    QCOMPARE(parsed.has_value(), !status.isEmpty());
    if (parsed)
        QCOMPARE(parsed->toString(), status);
}

void tst_SmtpReply::ehloExtensions()
{
    SmtpReply reply;
    reply.code = 250;
    reply.lines = { "250-sandbox.test Hello AUTH PIPELINING", "250-pipelining", "250-AUTH  plain XOAUTH2 ",
                    "250-AUTH=LOGIN", "250-SIZE 35882577", "250-", "250 CHUNKING" };
    const SmtpExtensions extensions = SmtpExtensions::fromEhloReply(reply);
    // The greeting line names no extension, however it reads.
    QCOMPARE(extensions.keywords, (QSet<QByteArray>{ "PIPELINING", "AUTH", "AUTH=LOGIN", "SIZE", "CHUNKING" }));
    QCOMPARE(extensions.authMechanisms, (QSet<QByteArray>{ "PLAIN", "XOAUTH2" }));
    QVERIFY(extensions.has("CHUNKING"));
    QVERIFY(!extensions.has("STARTTLS"));

    SmtpReply greetingOnly;
    greetingOnly.code = 250;
    greetingOnly.lines = { "250 sandbox.test" };
    QVERIFY(SmtpExtensions::fromEhloReply(greetingOnly).keywords.isEmpty());
}

QTEST_APPLESS_MAIN(tst_SmtpReply)
#include "tst_smtpreply.moc"
