// A loopback server that greets every connection with one line and then says nothing: enough for the wizard's
// device setup to tell a relay (or another program) on its port, without a relay.
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

class GreetingServer : public QTcpServer
{
public:
    explicit GreetingServer(const QByteArray &greeting, QObject *parent = nullptr);
    // The greeting of a relay of Mail Setup for `email` (relaysession.cpp's words).
    static QByteArray relayGreeting(const QString &email);

private:
    QByteArray m_greeting;
};
