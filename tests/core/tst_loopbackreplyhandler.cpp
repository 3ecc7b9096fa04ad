// The loopback listener on its own, against real HTTP clients (QNetworkAccessManager) and raw sockets playing
// the other programs of this computer: both loopback addresses at one port, a foreign listener on ::1, one request
// per connection, a bounded head, a time limit per connection, no state shared between connections, a flood of
// connections that does not lock the browser out, held requests answered later, and the handler going away by
// itself once it has finished and its last connection has closed.
#include "wizard/core/signin/loopbackreplyhandler.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray connectionHeader;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

// A raw connection, as any program on this computer can open one.
bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

// What a raw socket receives until the listener closes the connection. The listener runs in this thread: the
// event loop must run meanwhile (no waitForReadyRead()).
QByteArray readToEnd(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < timeoutMs) {
        QTest::qWait(10);
        received += socket.readAll();
    }
    return received + socket.readAll();
}


// Plays the sign-in that decides at once about every callback.
void answerEveryCallback(LoopbackReplyHandler &handler, const BrowserPage &page)
{
    QObject::connect(&handler, &LoopbackReplyHandler::callbackRequested, &handler,
                     [&handler, page](quint64 request, const QVariantMap &) { handler.answer(request, page); });
}

} // namespace

class tst_LoopbackReplyHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnBothLoopbackAddressesAtOnePort();
    void foreignListenerOnIpv6SkipsThePort();
    void refusesToStartWhenNoPortIsFreeOnBoth();
    void onlyGetAtExactlyTheCallbackPath_data();
    void onlyGetAtExactlyTheCallbackPath();
    void queryAsQtGaveIt();
    void parameterTwiceIsNoAnswer();
    void oneRequestPerConnection();
    void tooLargeHeadIsRefused();
    void slowRequestRunsOutOfTime();
    void halfSentRequestIsNotInherited();
    void heldRequestIsAnsweredLaterOrTold();
    void floodOfSilentConnectionsDoesNotLockTheBrowserOut();
    void finishAnswersHeldAndLateRequestsThenGoes();

private:
    Answer get(const QUrl &url, const QByteArray &method = "GET");
    QNetworkAccessManager m_client;
};

Answer tst_LoopbackReplyHandler::get(const QUrl &url, const QByteArray &method)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_client.sendCustomRequest(request, method));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    return Answer{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                   reply->rawHeader("Connection"), reply->error() };
}

void tst_LoopbackReplyHandler::listensOnBothLoopbackAddressesAtOnePort()
{
    if (!hasIpv6Loopback())
        QSKIP("this computer has no IPv6 loopback address");
    LoopbackReplyHandler handler;
    QVERIFY2(handler.listen(), qPrintable(handler.errorString()));
    QVERIFY(handler.port() > 0);
    QCOMPARE(handler.callback(), u"http://localhost:%1/callback"_s.arg(handler.port()));
    const QList<QHostAddress> addresses = handler.addresses();
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    // A browser that tries ::1 first reaches us, as does one that tries 127.0.0.1, and one that asks for localhost.
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    answerEveryCallback(handler, BrowserPage::signedIn());
    for (const QString &host : { u"127.0.0.1"_s, u"[::1]"_s, u"localhost"_s }) {
        const Answer answer = get(QUrl(u"http://%1:%2/callback?code=a&state=b"_s.arg(host).arg(handler.port())));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("You are signed in"));
    }
    QCOMPARE(requested.size(), 3);
}

void tst_LoopbackReplyHandler::foreignListenerOnIpv6SkipsThePort()
{
    if (!hasIpv6Loopback())
        QSKIP("this computer has no IPv6 loopback address");
    // Another user of this computer got to ::1 at this port first.
    QTcpServer foreign;
    QVERIFY(foreign.listen(QHostAddress::LocalHostIPv6, 0));
    const quint16 taken = foreign.serverPort();
    LoopbackReplyHandler handler;
    QVERIFY2(handler.listen({ taken, 0 }), qPrintable(handler.errorString()));
    QVERIFY(handler.port() != taken);
    QCOMPARE(handler.addresses().size(), 2);

    // Nothing of ours reaches the foreign listener, which never sees a connection.
    const Answer answer = get(QUrl(u"http://[::1]:%1/favicon.ico"_s.arg(handler.port())));
    QCOMPARE(answer.status, 404);
    QVERIFY(!foreign.hasPendingConnections());
}

void tst_LoopbackReplyHandler::refusesToStartWhenNoPortIsFreeOnBoth()
{
    if (!hasIpv6Loopback())
        QSKIP("this computer has no IPv6 loopback address");
    QTcpServer foreign;
    QVERIFY(foreign.listen(QHostAddress::LocalHostIPv6, 0));
    LoopbackReplyHandler handler;
    QVERIFY(!handler.listen({ foreign.serverPort() }));
    QVERIFY(!handler.isListening());
    QVERIFY(handler.errorString().contains(u"[::1]"_s));
    QVERIFY(handler.errorString().contains(QString::number(foreign.serverPort())));
    // And 127.0.0.1 was let go again: nobody holds half a listener.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, foreign.serverPort()));
}

void tst_LoopbackReplyHandler::onlyGetAtExactlyTheCallbackPath_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");  // 0: handed over as the callback
    QTest::newRow("the callback") << QByteArray("GET") << u"/callback?code=x&state=y"_s << 0;
    QTest::newRow("percent-encoded letters") << QByteArray("GET") << u"/%63allback?code=x"_s << 0;
    QTest::newRow("longer path") << QByteArray("GET") << u"/callbackXYZ?code=x&state=y"_s << 404;
    QTest::newRow("trailing slash") << QByteArray("GET") << u"/callback/?code=x"_s << 404;
    QTest::newRow("upper case") << QByteArray("GET") << u"/CALLBACK?code=x"_s << 404;
    QTest::newRow("favicon") << QByteArray("GET") << u"/favicon.ico"_s << 404;
    QTest::newRow("root") << QByteArray("GET") << u"/"_s << 404;
    QTest::newRow("POST") << QByteArray("POST") << u"/callback?code=x&state=y"_s << 405;
    QTest::newRow("DELETE") << QByteArray("DELETE") << u"/callback"_s << 405;
}

void tst_LoopbackReplyHandler::onlyGetAtExactlyTheCallbackPath()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    answerEveryCallback(handler, BrowserPage::alreadyReceived());
    const Answer answer = get(QUrl(u"http://127.0.0.1:%1%2"_s.arg(handler.port()).arg(path)), method);
    if (status == 0) {
        QCOMPARE(requested.size(), 1);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("already has the answer"));
    } else {
        QCOMPARE(requested.size(), 0);
        QCOMPARE(answer.status, status);
        // Every answer is a page that says what this address is for; none is empty.
        QVERIFY(answer.body.contains("Nothing happened"));
        QVERIFY(answer.body.contains("only for the answer to Mail Setup"));
    }
    QCOMPARE(answer.connectionHeader, QByteArray("close"));
}

void tst_LoopbackReplyHandler::queryAsQtGaveIt()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, handler.port()));
    socket.write("GET /callback?code=a%2Bb%25c&state=s&error_description=the+user+canceled HTTP/1.1\r\n\r\n");
    QVERIFY(requested.wait(2000));
    const QVariantMap query = requested.constFirst().at(1).toMap();
    // As Qt 6.4's QOAuthHttpServerReplyHandler gave them: the flow and the QTBUG-81624 repair rely on it.
    QCOMPARE(query.value(u"code"_s).toString(), QUrlQuery(u"code=a%2Bb%25c"_s).queryItemValue(u"code"_s));
    QCOMPARE(query.value(u"state"_s).toString(), u"s"_s);
    QCOMPARE(query.value(u"error_description"_s).toString(), u"the+user+canceled"_s);
}

void tst_LoopbackReplyHandler::parameterTwiceIsNoAnswer()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    const Answer answer =
        get(QUrl(u"http://127.0.0.1:%1/callback?code=a&state=ours&state=theirs"_s.arg(handler.port())));
    QCOMPARE(answer.status, 400);
    QCOMPARE(requested.size(), 0);
}

void tst_LoopbackReplyHandler::oneRequestPerConnection()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    answerEveryCallback(handler, BrowserPage::signedIn());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, handler.port()));
    socket.write("GET /callback?code=1&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n"
                 "GET /callback?code=2&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray received = readToEnd(socket);
    QCOMPARE(received.count("HTTP/1.1 "), 1);
    QVERIFY(received.contains("Connection: close\r\n"));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(1).toMap().value(u"code"_s).toString(), u"1"_s);
}

void tst_LoopbackReplyHandler::tooLargeHeadIsRefused()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, handler.port()));
    // More than the limit, and no end in sight: refused at the limit, not buffered.
    socket.write("GET /callback?state=" + QByteArray(LoopbackRequest::DefaultMaxHeadBytes + 1000, 'a'));
    const QByteArray received = readToEnd(socket);
    QVERIFY2(received.startsWith("HTTP/1.1 431 "), received.left(40).constData());
    QCOMPARE(requested.size(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void tst_LoopbackReplyHandler::slowRequestRunsOutOfTime()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Limits limits;
    limits.connectionTimeLimitMs = 300;
    handler.setLimits(limits);
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, handler.port()));
    socket.write("GET /callback?code=x&state=y HTTP/1.1\r\nHost: loc");
    const QByteArray received = readToEnd(socket);
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.left(40).constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(requested.size(), 0);
    QTRY_COMPARE(handler.openConnections(), 0);
}

void tst_LoopbackReplyHandler::halfSentRequestIsNotInherited()
{
    LoopbackReplyHandler handler;
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    // The first connection sends half a request and waits.
    QTcpSocket first;
    QVERIFY(connectTo(first, handler.port()));
    first.write("GET /callback?code=from-the-first&sta");
    QTest::qWait(50);
    // The second one's bytes are read on their own: they are no request at all.
    QTcpSocket second;
    QVERIFY(connectTo(second, handler.port()));
    second.write("te=s HTTP/1.1\r\n\r\n");
    QVERIFY(readToEnd(second).startsWith("HTTP/1.1 400 "));
    QCOMPARE(requested.size(), 0);
    // The first one finishes its own request, which counts as sent, unchanged by the second.
    first.write("te=s HTTP/1.1\r\n\r\n");
    QVERIFY(requested.wait(2000));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(1).toMap().value(u"code"_s).toString(), u"from-the-first"_s);
    QCOMPARE(requested.constFirst().at(1).toMap().value(u"state"_s).toString(), u"s"_s);
}

void tst_LoopbackReplyHandler::heldRequestIsAnsweredLaterOrTold()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Limits limits;
    limits.holdTimeLimitMs = 300;
    handler.setLimits(limits);
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);

    // Answered later: the browser waits for the outcome.
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/callback?code=x&state=y"_s.arg(handler.port())));
    std::unique_ptr<QNetworkReply> waiting(m_client.get(request));
    QVERIFY(requested.wait(2000));
    QTest::qWait(100);
    QVERIFY(!waiting->isFinished());
    handler.answer(requested.constFirst().constFirst().toULongLong(), BrowserPage::signedIn());
    QVERIFY(waiting->isFinished() || QSignalSpy(waiting.get(), &QNetworkReply::finished).wait(2000));
    QVERIFY(waiting->readAll().contains("You are signed in"));
    // An answer for a request that has gone changes nothing.
    handler.answer(requested.constFirst().constFirst().toULongLong(), BrowserPage::stoppedWaiting());

    // Never answered: after the hold limit the browser hears that Mail Setup is finishing.
    const Answer told = get(QUrl(u"http://127.0.0.1:%1/callback?code=x&state=y"_s.arg(handler.port())));
    QCOMPARE(told.status, 200);
    QVERIFY(told.body.contains("Almost done"));
}

void tst_LoopbackReplyHandler::floodOfSilentConnectionsDoesNotLockTheBrowserOut()
{
    LoopbackReplyHandler handler;
    LoopbackReplyHandler::Limits limits;
    limits.maxConnections = 4;
    handler.setLimits(limits);
    QVERIFY(handler.listen());
    QSignalSpy requested(&handler, &LoopbackReplyHandler::callbackRequested);
    answerEveryCallback(handler, BrowserPage::signedIn());
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 10; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QHostAddress::LocalHost, handler.port());
        QVERIFY(silent.back()->waitForConnected(2000));
    }
    QTRY_VERIFY(handler.openConnections() <= limits.maxConnections);
    const Answer answer = get(QUrl(u"http://127.0.0.1:%1/callback?code=x&state=y"_s.arg(handler.port())));
    QCOMPARE(answer.status, 200);
    QCOMPARE(requested.size(), 1);
    QVERIFY(handler.openConnections() <= limits.maxConnections);
}

void tst_LoopbackReplyHandler::finishAnswersHeldAndLateRequestsThenGoes()
{
    QPointer<LoopbackReplyHandler> handler = new LoopbackReplyHandler;
    QVERIFY(handler->listen());
    const quint16 port = handler->port();
    QSignalSpy requested(handler.data(), &LoopbackReplyHandler::callbackRequested);

    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/callback?code=x&state=y"_s.arg(port)));
    std::unique_ptr<QNetworkReply> held(m_client.get(request));
    QVERIFY(requested.wait(2000));
    // A browser that connected already and has not sent its request yet.
    QTcpSocket onItsWay;
    QVERIFY(connectTo(onItsWay, port));
    QTRY_COMPARE(handler->openConnections(), 2);

    handler->finish(BrowserPage::stoppedWaiting());
    QVERIFY(!handler->isListening());
    QVERIFY(held->isFinished() || QSignalSpy(held.get(), &QNetworkReply::finished).wait(2000));
    QVERIFY(held->readAll().contains("stopped waiting"));
    onItsWay.write("GET /callback?code=x&state=y HTTP/1.1\r\n\r\n");
    const QByteArray late = readToEnd(onItsWay);
    QVERIFY(late.startsWith("HTTP/1.1 200 "));
    QVERIFY(late.contains("stopped waiting"));
    QCOMPARE(requested.size(), 1);
    // Nobody new gets in, and the handler is gone with its last connection.
    QTcpSocket afterwards;
    afterwards.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!afterwards.waitForConnected(1000));
    QTRY_VERIFY(handler.isNull());
}

QTEST_GUILESS_MAIN(tst_LoopbackReplyHandler)
#include "tst_loopbackreplyhandler.moc"
