// What the relay's tests and benchmark share: a device that speaks SMTP to the relay without blocking the event loop
// the relay runs in, and a relay set up on loopback with devices in memory.
#pragma once

#include "wizard/core/relay/relayserver.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

namespace RelayTesting {

using namespace Qt::StringLiterals;

inline QByteArray dotStuffed(QByteArray text);

// Runs the event loop until `done` or `ms` passed. Not QTest::qWaitFor, which sleeps 10 ms between its rounds of
// events: a conversation of many round trips would measure those sleeps.
inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > ms)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return done();
}

// One device's connection: commands in, complete replies out, waiting in the event loop.
class DeviceConnection
{
public:
    bool connectTo(const QHostAddress &address, quint16 port)
    {
        // A relay that turns the device away closes at once: the connection counts as made all the same.
        bool connected = false;
        const QMetaObject::Connection signal = QObject::connect(&socket, &QAbstractSocket::connected,
                                                                [&connected] { connected = true; });
        socket.connectToHost(address, port);
        waitUntil([&] { return connected; }, 5000);
        QObject::disconnect(signal);
        return connected;
    }
    // Takes one complete reply ("250-...\r\n250 ...\r\n") from what came in, if there is one.
    bool takeReply(QByteArray *reply)
    {
        buffer += socket.readAll();
        qsizetype start = 0;
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n", start);
            if (end < 0)
                return false;
            const QByteArray line = buffer.mid(start, end - start);
            start = end + 2;
            if (line.size() < 4 || line[3] != '-') {
                *reply = buffer.left(start);
                buffer.remove(0, start);
                return true;
            }
        }
    }
    QByteArray reply(int ms = 10'000)
    {
        QByteArray text;
        waitUntil([&] { return takeReply(&text) || socket.state() != QAbstractSocket::ConnectedState; }, ms);
        if (text.isEmpty())
            takeReply(&text);
        return text;
    }
    QByteArray command(const QByteArray &line, int ms = 10'000)
    {
        socket.write(line + "\r\n");
        return reply(ms);
    }
    // AUTH PLAIN's response: no authorization identity, the user name, the password.
    static QByteArray plain(const QString &user, const QString &password)
    {
        return (QByteArray(1, '\0') + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
    }
    // EHLO, AUTH PLAIN: the reply to AUTH.
    QByteArray signIn(const QString &user, const QString &password)
    {
        command("EHLO scanner.local");
        return command("AUTH PLAIN " + plain(user, password));
    }
    // MAIL, RCPT, DATA and the message: the reply to the message's end (or to the first command refused).
    QByteArray send(const QString &from, const QString &to, const QByteArray &body)
    {
        QByteArray answer = command("MAIL FROM:<" + from.toUtf8() + ">");
        if (!answer.startsWith("250"))
            return answer;
        answer = command("RCPT TO:<" + to.toUtf8() + ">");
        if (!answer.startsWith("250"))
            return answer;
        answer = command("DATA");
        if (!answer.startsWith("354"))
            return answer;
        socket.write(dotStuffed(body));
        return command(".", 30'000);
    }

    QSslSocket socket;
    QByteArray buffer;
};

// What a client sends after DATA: a line that starts with a dot gets another (RFC 5321 4.5.2).
inline QByteArray dotStuffed(QByteArray text)
{
    if (text.startsWith('.'))
        text.prepend('.');
    return text.replace("\r\n.", "\r\n..");
}

inline QByteArray messageText(const QString &from, const QString &to, const QString &subject, int bodyLines = 3)
{
    QByteArray text = "From: <" + from.toUtf8() + ">\r\nTo: <" + to.toUtf8() + ">\r\nSubject: " + subject.toUtf8()
        + "\r\nMessage-ID: <" + subject.toUtf8().toHex() + "@relay.test>\r\n\r\n";
    for (int i = 0; i < bodyLines; ++i)
        text += "Scan page " + QByteArray::number(i + 1) + " is attached. .dot at line start follows\r\n.leading dot\r\n";
    return text;
}

// A device that sends `messages` messages in a row on one connection, driven by the event loop, so that many can
// send at once: sign in, then MAIL, RCPT, DATA and the message, each on the previous reply.
class SendingDevice : public QObject
{
public:
    SendingDevice(const QString &name, const QString &password, const QString &from, int messages)
        : m_name(name), m_password(password), m_from(from), m_messages(messages)
    {
        QObject::connect(&connection.socket, &QSslSocket::readyRead, this, [this] { onReplies(); });
    }
    void start(const QHostAddress &address, quint16 port) { connection.socket.connectToHost(address, port); }
    bool done() const { return !failure.isEmpty() || sent == m_messages; }

    DeviceConnection connection;
    int sent = 0;
    QByteArray failure;  // the first reply that was not the expected one

private:
    void onReplies()
    {
        QByteArray reply;
        while (failure.isEmpty() && m_step < 7 && connection.takeReply(&reply)) {
            QSslSocket &socket = connection.socket;
            const QByteArray expected = m_step == 0 ? "220" : m_step == 2 ? "235" : m_step == 5 ? "354" : "250";
            if (!reply.startsWith(expected)) {
                failure = reply;
                return;
            }
            switch (m_step) {
            case 0: socket.write("EHLO " + m_name.toUtf8() + "\r\n"); m_step = 1; break;
            case 1: socket.write("AUTH PLAIN " + DeviceConnection::plain(m_name, m_password) + "\r\n"); m_step = 2; break;
            case 6:
                ++sent;
                if (sent == m_messages) {
                    socket.write("QUIT\r\n");
                    m_step = 7;
                    break;
                }
                Q_FALLTHROUGH();
            case 2: socket.write("MAIL FROM:<" + m_from.toUtf8() + ">\r\n"); m_step = 3; break;
            case 3: socket.write("RCPT TO:<office@example.com>\r\n"); m_step = 4; break;
            case 4: socket.write("DATA\r\n"); m_step = 5; break;
            case 5:
                socket.write(dotStuffed(messageText(m_from, u"office@example.com"_s,
                                                    u"%1 message %2"_s.arg(m_name).arg(sent), 2)) + ".\r\n");
                m_step = 6;
                break;
            default: break;
            }
        }
    }

    QString m_name;
    QString m_password;
    QString m_from;
    int m_messages;
    int m_step = 0;  // 0 greeting, 1 EHLO, 2 AUTH, then per message 3 MAIL, 4 RCPT, 5 DATA, 6 the message; 7 QUIT
};

// Adds a device and gives its password (empty on failure).
inline QString addDevice(RelayDevices &devices, const QString &name)
{
    QString password;
    bool done = false;
    devices.add(name, nullptr, [&](const RelayDevices::AddResult &result) {
        password = result.password;
        done = true;
    });
    waitUntil([&] { return done; }, 5000);
    return password;
}

} // namespace RelayTesting
