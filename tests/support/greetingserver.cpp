#include "tests/support/greetingserver.h"

GreetingServer::GreetingServer(const QByteArray &greeting, QObject *parent) : QTcpServer(parent), m_greeting(greeting)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(m_greeting);
        }
    });
}

QByteArray GreetingServer::relayGreeting(const QString &email)
{
    return "220 mailsetup-relay ESMTP Mail Setup relay for " + email.toUtf8() + " ready\r\n";
}
