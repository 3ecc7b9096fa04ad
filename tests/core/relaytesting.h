// What the relay's tests and benchmark share: a device that speaks SMTP to the relay without blocking the event loop
// the relay runs in, and a relay set up on loopback with devices in memory.
#pragma once

#include "relay/relayserver.h"
#include "secrets/memorysecretstore.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace RelayTesting {

using namespace Qt::StringLiterals;

inline QByteArray dotStuffed(QByteArray text);

// One device's connection: commands in, complete replies out, waiting in the event loop.
class DeviceConnection
{
public:
    bool connectTo(const QHostAddress &address, quint16 port)
    {
        socket.connectToHost(address, port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
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
        QTest::qWaitFor([&] { return takeReply(&text) || socket.state() != QAbstractSocket::ConnectedState; }, ms);
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

// Adds a device and gives its password (empty on failure).
inline QString addDevice(RelayDevices &devices, const QString &name)
{
    QString password;
    bool done = false;
    devices.add(name, nullptr, [&](const RelayDevices::AddResult &result) {
        password = result.password;
        done = true;
    });
    QTest::qWaitFor([&] { return done; }, 5000);
    return password;
}

} // namespace RelayTesting
