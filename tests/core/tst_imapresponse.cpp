// The IMAP line parser, row by row: what Dovecot, Exchange Online and Gmail send, and what a hostile server may
// send instead. tests/fuzz/fuzz_imapresponse.cpp and fuzz_imapcapabilities.cpp throw random bytes at the same
// functions.
#include "wizard/core/probe/imapresponse.h"

#include <QTest>

#include <limits>

using Kind = ImapResponse::Kind;
using Status = ImapResponse::Status;
Q_DECLARE_METATYPE(ImapResponse::Kind)
Q_DECLARE_METATYPE(ImapResponse::Status)

class tst_ImapResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void literals_data();
    void literals();
    void capabilities();
};

void tst_ImapResponse::parses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<Status>("status");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("greeting with capabilities")
        << QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] Dovecot ready.") << Kind::Untagged << QByteArray()
        << Status::Ok << qint64(-1) << QByteArray("OK") << QByteArray("CAPABILITY IMAP4rev1 AUTH=XOAUTH2")
        << QByteArray("Dovecot ready.");
    QTest::newRow("greeting in lower case") << QByteArray("* ok hello") << Kind::Untagged << QByteArray() << Status::Ok
                                            << qint64(-1) << QByteArray("OK") << QByteArray() << QByteArray("hello");
    QTest::newRow("bare OK") << QByteArray("* OK") << Kind::Untagged << QByteArray() << Status::Ok << qint64(-1)
                             << QByteArray("OK") << QByteArray() << QByteArray();
    QTest::newRow("OKAY is no status") << QByteArray("* OKAY fine") << Kind::Untagged << QByteArray() << Status::None
                                       << qint64(-1) << QByteArray("OKAY") << QByteArray() << QByteArray("fine");
    QTest::newRow("code that does not close")
        << QByteArray("* OK [CAPABILITY IMAP4rev1") << Kind::Untagged << QByteArray() << Status::Ok << qint64(-1)
        << QByteArray("OK") << QByteArray() << QByteArray("[CAPABILITY IMAP4rev1");
    QTest::newRow("preauth") << QByteArray("* PREAUTH logged in") << Kind::Untagged << QByteArray() << Status::PreAuth
                             << qint64(-1) << QByteArray("PREAUTH") << QByteArray() << QByteArray("logged in");
    QTest::newRow("bye") << QByteArray("* BYE Connection closed. 14") << Kind::Untagged << QByteArray() << Status::Bye
                         << qint64(-1) << QByteArray("BYE") << QByteArray() << QByteArray("Connection closed. 14");
    QTest::newRow("capability data") << QByteArray("* CAPABILITY IMAP4rev1 IDLE") << Kind::Untagged << QByteArray()
                                     << Status::None << qint64(-1) << QByteArray("CAPABILITY") << QByteArray()
                                     << QByteArray("IMAP4rev1 IDLE");
    QTest::newRow("exists") << QByteArray("* 12 EXISTS") << Kind::Untagged << QByteArray() << Status::None << qint64(12)
                            << QByteArray("EXISTS") << QByteArray() << QByteArray();
    QTest::newRow("a number too long to be one")
        << QByteArray("* 1234567890123456789012 EXISTS") << Kind::Untagged << QByteArray() << Status::None << qint64(-1)
        << QByteArray("1234567890123456789012") << QByteArray() << QByteArray("EXISTS");
    QTest::newRow("search hit") << QByteArray("* SEARCH 2412") << Kind::Untagged << QByteArray() << Status::None
                                << qint64(-1) << QByteArray("SEARCH") << QByteArray() << QByteArray("2412");
    QTest::newRow("search, none") << QByteArray("* SEARCH") << Kind::Untagged << QByteArray() << Status::None
                                  << qint64(-1) << QByteArray("SEARCH") << QByteArray() << QByteArray();
    QTest::newRow("continuation") << QByteArray("+ eyJzdGF0dXMiOiI0MDAifQ==") << Kind::Continuation << QByteArray()
                                  << Status::None << qint64(-1) << QByteArray() << QByteArray()
                                  << QByteArray("eyJzdGF0dXMiOiI0MDAifQ==");
    QTest::newRow("bare continuation") << QByteArray("+") << Kind::Continuation << QByteArray() << Status::None
                                       << qint64(-1) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("POP3 greeting reads as a continuation")
        << QByteArray("+OK POP3 ready") << Kind::Continuation << QByteArray() << Status::None << qint64(-1)
        << QByteArray() << QByteArray() << QByteArray("OK POP3 ready");
    QTest::newRow("tagged OK with code")
        << QByteArray("A2 OK [CAPABILITY IMAP4rev1 IDLE] Logged in") << Kind::Tagged << QByteArray("A2") << Status::Ok
        << qint64(-1) << QByteArray() << QByteArray("CAPABILITY IMAP4rev1 IDLE") << QByteArray("Logged in");
    QTest::newRow("tagged no, lower case")
        << QByteArray("A2 no [AUTHENTICATIONFAILED] Invalid credentials") << Kind::Tagged << QByteArray("A2")
        << Status::No << qint64(-1) << QByteArray() << QByteArray("AUTHENTICATIONFAILED")
        << QByteArray("Invalid credentials");
    QTest::newRow("tagged BAD alone") << QByteArray("A5 BAD") << Kind::Tagged << QByteArray("A5") << Status::Bad
                                      << qint64(-1) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("tagged without a status") << QByteArray("A1 FINE thanks") << Kind::Malformed << QByteArray()
                                             << Status::None << qint64(-1) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("tagged BYE is not a tagged status")
        << QByteArray("A1 BYE") << Kind::Malformed << QByteArray() << Status::None << qint64(-1) << QByteArray()
        << QByteArray() << QByteArray();
    QTest::newRow("no space") << QByteArray("garbage") << Kind::Malformed << QByteArray() << Status::None << qint64(-1)
                              << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("leading space") << QByteArray(" A1 OK") << Kind::Malformed << QByteArray() << Status::None
                                   << qint64(-1) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("star without space") << QByteArray("*OK hi") << Kind::Malformed << QByteArray() << Status::None
                                        << qint64(-1) << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << Kind::Malformed << QByteArray() << Status::None << qint64(-1)
                           << QByteArray() << QByteArray() << QByteArray();
}

void tst_ImapResponse::parses()
{
    QFETCH(QByteArray, line);
    const ImapResponse response = ImapResponse::parse(line);
    QTEST(response.kind, "kind");
    QTEST(response.tag, "tag");
    QTEST(response.status, "status");
    QTEST(response.number, "number");
    QTEST(response.keyword, "keyword");
    QTEST(response.code, "code");
    QTEST(response.text, "text");
}

void tst_ImapResponse::literals_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("literalBytes");
    QTest::newRow("fetch") << QByteArray("* 3 FETCH (UID 2412 BODY[] {58}") << qint64(58);
    QTest::newRow("non-synchronizing") << QByteArray("* LIST () \"/\" {8+}") << qint64(8);
    QTest::newRow("zero") << QByteArray("* 1 FETCH (BODY[] {0}") << qint64(0);
    QTest::newRow("none") << QByteArray("* 12 EXISTS") << qint64(-1);
    QTest::newRow("not at the end") << QByteArray("* OK {5} more") << qint64(-1);
    QTest::newRow("empty braces") << QByteArray("* OK {}") << qint64(-1);
    QTest::newRow("only a plus") << QByteArray("* OK {+}") << qint64(-1);
    QTest::newRow("not digits") << QByteArray("* OK {5a}") << qint64(-1);
    QTest::newRow("negative") << QByteArray("* OK {-5}") << qint64(-1);
    QTest::newRow("a closing brace alone") << QByteArray("}") << qint64(-1);
    QTest::newRow("too large to read") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999999999}")
                                       << std::numeric_limits<qint64>::max();
    QTest::newRow("tagged") << QByteArray("A1 OK {12}") << qint64(12);
    QTest::newRow("continuation has none") << QByteArray("+ {12}") << qint64(-1);
}

void tst_ImapResponse::literals()
{
    QFETCH(QByteArray, line);
    QTEST(ImapResponse::parse(line).literalBytes, "literalBytes");
}

void tst_ImapResponse::capabilities()
{
    const ImapResponse greeting = ImapResponse::parse("* OK [capability IMAP4rev1  sasl-ir AUTH=XOAUTH2 ] ready");
    QCOMPARE(greeting.codeName(), QByteArray("CAPABILITY"));
    QCOMPARE(ImapCapabilities::parse(greeting.codeArguments()),
             (QSet<QByteArray>{ "IMAP4REV1", "SASL-IR", "AUTH=XOAUTH2" }));
    QCOMPARE(ImapCapabilities::parse("IMAP4rev1 IDLE idle MOVE"), (QSet<QByteArray>{ "IMAP4REV1", "IDLE", "MOVE" }));
    QVERIFY(ImapCapabilities::parse("").isEmpty());
    QVERIFY(ImapCapabilities::parse("   ").isEmpty());
    QCOMPARE(ImapResponse::parse("A1 OK [READ-ONLY] done").codeArguments(), QByteArray());
    QCOMPARE(ImapResponse::parse("* OK [UIDVALIDITY 14] ok").codeArguments(), QByteArray("14"));
}

QTEST_APPLESS_MAIN(tst_ImapResponse)
#include "tst_imapresponse.moc"
