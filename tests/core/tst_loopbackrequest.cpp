// The loopback listener's request parser, row by row: what a browser sends, and what any other program on the
// computer may send instead (garbage, a TLS handshake, smuggling tricks, floods, half requests). The parser is a
// pure function of the bytes; tests/fuzz/fuzz_loopbackrequest.cpp throws random bytes at the same function.
#include "wizard/core/signin/loopbackrequest.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Status = LoopbackRequest::Status;
Q_DECLARE_METATYPE(LoopbackRequest::Status)

class tst_LoopbackRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void everyPrefixOfAGoodRequestIsIncomplete();
    void sizeLimitCountsTheHeadOnly();
    void floodsAreRefusedAtTheLimit_data();
    void floodsAreRefusedAtTheLimit();
    void tooManyHeaderLines();
};

void tst_LoopbackRequest::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");

    const QByteArray chrome = "GET /callback?code=M.C5_BAY.2.U.abc&state=Zm9v HTTP/1.1\r\n"
                              "Host: localhost:49152\r\n"
                              "Connection: keep-alive\r\n"
                              "sec-ch-ua: \"Chromium\";v=\"124\"\r\n"
                              "Upgrade-Insecure-Requests: 1\r\n"
                              "User-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\n"
                              "Accept: text/html,application/xhtml+xml\r\n"
                              "Accept-Encoding: gzip, deflate, br\r\n"
                              "Accept-Language: de-DE,de;q=0.9\r\n\r\n";
    QTest::newRow("a browser's redirect") << chrome << Status::Complete << QByteArray("GET") << QByteArray("/callback")
                                          << QByteArray("code=M.C5_BAY.2.U.abc&state=Zm9v");
    QTest::newRow("no headers, HTTP/1.0") << QByteArray("GET /callback HTTP/1.0\r\n\r\n") << Status::Complete
                                          << QByteArray("GET") << QByteArray("/callback") << QByteArray();
    QTest::newRow("bare LF line ends") << QByteArray("GET /callback?x=1 HTTP/1.1\nHost: localhost\n\n")
                                       << Status::Complete << QByteArray("GET") << QByteArray("/callback")
                                       << QByteArray("x=1");
    QTest::newRow("empty query") << QByteArray("GET /callback? HTTP/1.1\r\n\r\n") << Status::Complete
                                 << QByteArray("GET") << QByteArray("/callback") << QByteArray();
    QTest::newRow("percent-encoded path stays encoded") << QByteArray("GET /%63allback HTTP/1.1\r\n\r\n")
                                                        << Status::Complete << QByteArray("GET")
                                                        << QByteArray("/%63allback") << QByteArray();
    QTest::newRow("second question mark is query") << QByteArray("GET /a?b?c HTTP/1.1\r\n\r\n") << Status::Complete
                                                   << QByteArray("GET") << QByteArray("/a") << QByteArray("b?c");
    QTest::newRow("POST parses (the listener refuses it)")
        << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") << Status::Complete
        << QByteArray("POST") << QByteArray("/callback") << QByteArray();
    QTest::newRow("header value with obs-text and tab") << QByteArray("GET / HTTP/1.1\r\nX-A: \tcaf\xc3\xa9\r\n\r\n")
                                                        << Status::Complete << QByteArray("GET") << QByteArray("/")
                                                        << QByteArray();
    QTest::newRow("pipelined second request ignored")
        << QByteArray("GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\n\r\n") << Status::Complete << QByteArray("GET")
        << QByteArray("/one") << QByteArray();

    const auto bad = [](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << bytes << Status::Bad << QByteArray() << QByteArray() << QByteArray();
    };
    bad("TLS client hello", QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11));
    bad("NUL in the request line", QByteArray("GET /call\0back HTTP/1.1\r\n\r\n", 27));
    bad("binary garbage, no newline yet", QByteArray("\x00\x01\x02\x03", 4));
    bad("garbage line", QByteArray("hello there\r\n\r\n"));
    bad("empty line first", QByteArray("\r\nGET / HTTP/1.1\r\n\r\n"));
    bad("two spaces", QByteArray("GET  /callback HTTP/1.1\r\n\r\n"));
    bad("no version", QByteArray("GET /callback\r\n\r\n"));
    bad("HTTP/0.9 style", QByteArray("GET /callback\r\n"));
    bad("HTTP/2 preface", QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"));
    bad("version 1.2", QByteArray("GET / HTTP/1.2\r\n\r\n"));
    bad("lower-case version", QByteArray("GET / http/1.1\r\n\r\n"));
    bad("trailing space", QByteArray("GET / HTTP/1.1 \r\n\r\n"));
    bad("absolute form", QByteArray("GET http://localhost:1/callback HTTP/1.1\r\n\r\n"));
    bad("asterisk form", QByteArray("OPTIONS * HTTP/1.1\r\n\r\n"));
    bad("fragment in the target", QByteArray("GET /callback#x HTTP/1.1\r\n\r\n"));
    bad("space-separated target", QByteArray("GET /call back HTTP/1.1\r\n\r\n"));
    bad("non-ASCII target", QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n"));
    bad("tab in the target", QByteArray("GET /a\tb HTTP/1.1\r\n\r\n"));
    bad("method with a slash", QByteArray("GE/T / HTTP/1.1\r\n\r\n"));
    bad("bare CR in the request line", QByteArray("GET /a\rb HTTP/1.1\r\n\r\n"));
    bad("bare CR in a header", QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n"));
    bad("header without colon", QByteArray("GET / HTTP/1.1\r\nHost localhost\r\n\r\n"));
    bad("space before colon", QByteArray("GET / HTTP/1.1\r\nHost : localhost\r\n\r\n"));
    bad("empty header name", QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n"));
    bad("folded header", QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n"));
    bad("control character in a header", QByteArray("GET / HTTP/1.1\r\nX: a\x01\r\n\r\n"));
    bad("DEL in a header", QByteArray("GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n"));
    bad("NUL in an unfinished header", QByteArray("GET / HTTP/1.1\r\nX: a\0", 21));
    bad("request line of a response", QByteArray("HTTP/1.1 200 OK\r\n\r\n"));

    const auto incomplete = [](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << bytes << Status::Incomplete << QByteArray() << QByteArray() << QByteArray();
    };
    incomplete("nothing", QByteArray());
    incomplete("half a request line", QByteArray("GET /callback?code=abc&sta"));
    incomplete("request line, no end of head", QByteArray("GET /callback HTTP/1.1\r\n"));
    incomplete("a header, no end of head", QByteArray("GET /callback HTTP/1.1\r\nHost: localhost\r\n"));
    incomplete("CR of the last line only", QByteArray("GET /callback HTTP/1.1\r\n\r"));
}

void tst_LoopbackRequest::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    const LoopbackRequest request = LoopbackRequest::parse(bytes);
    QCOMPARE(request.status, status);
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(request.query, query);
    if (status == Status::Complete) {
        QVERIFY(request.headSize > 0);
        QVERIFY(request.headSize <= bytes.size());
        QVERIFY(bytes.left(request.headSize).endsWith("\n\n") || bytes.left(request.headSize).endsWith("\n\r\n"));
    }
}

void tst_LoopbackRequest::everyPrefixOfAGoodRequestIsIncomplete()
{
    // A browser may send its request in pieces of any size: no piece may look like a bad request.
    const QByteArray whole = "GET /callback?code=abc&state=def HTTP/1.1\r\nHost: localhost:1\r\nAccept: */*\r\n\r\n";
    for (qsizetype size = 0; size < whole.size(); ++size)
        QCOMPARE(LoopbackRequest::parse(QByteArrayView(whole).first(size)).status, Status::Incomplete);
    QCOMPARE(LoopbackRequest::parse(whole).status, Status::Complete);
    QCOMPARE(LoopbackRequest::parse(whole).headSize, whole.size());
}

void tst_LoopbackRequest::sizeLimitCountsTheHeadOnly()
{
    const QByteArray head = "GET /callback HTTP/1.1\r\n\r\n";
    QCOMPARE(LoopbackRequest::parse(head, head.size()).status, Status::Complete);
    QCOMPARE(LoopbackRequest::parse(head, head.size() - 1).status, Status::TooLarge);
    // A body (or a second request) after the head does not count.
    QCOMPARE(LoopbackRequest::parse(head + QByteArray(100'000, 'x'), head.size()).status, Status::Complete);
}

void tst_LoopbackRequest::floodsAreRefusedAtTheLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const qsizetype limit = LoopbackRequest::DefaultMaxHeadBytes;
    QTest::newRow("endless request line") << "GET /callback?" + QByteArray(limit, 'a');
    QTest::newRow("endless header") << "GET / HTTP/1.1\r\nX: " + QByteArray(limit, 'a');
    QTest::newRow("many short headers") << "GET / HTTP/1.1\r\n" + QByteArray("X: a\r\n").repeated(limit / 6 + 1);
    QTest::newRow("complete but too long") << "GET /" + QByteArray(limit, 'a') + " HTTP/1.1\r\n\r\n";
}

void tst_LoopbackRequest::floodsAreRefusedAtTheLimit()
{
    QFETCH(QByteArray, bytes);
    const LoopbackRequest request = LoopbackRequest::parse(bytes);
    QCOMPARE(request.status, Status::TooLarge);
    QVERIFY(request.method.isEmpty());
    QVERIFY(request.query.isEmpty());
    // Just under the limit, the same bytes are only unfinished (or complete): the limit is the limit.
    const LoopbackRequest shorter = LoopbackRequest::parse(QByteArrayView(bytes).first(1000));
    QVERIFY(shorter.status == Status::Incomplete || shorter.status == Status::TooLarge);
}

void tst_LoopbackRequest::tooManyHeaderLines()
{
    const QByteArray many = "GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(LoopbackRequest::MaxHeaderLines + 1)
        + "\r\n";
    QCOMPARE(LoopbackRequest::parse(many).status, Status::TooLarge);
    const QByteArray enough = "GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(LoopbackRequest::MaxHeaderLines)
        + "\r\n";
    QCOMPARE(LoopbackRequest::parse(enough).status, Status::Complete);
}

QTEST_APPLESS_MAIN(tst_LoopbackRequest)
#include "tst_loopbackrequest.moc"
