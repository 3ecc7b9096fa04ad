// One device's connection to the relay: the server side of SMTP submission (RFC 5321, 6409) with STARTTLS
// (RFC 3207), AUTH PLAIN and LOGIN (RFC 4954), SIZE (RFC 1870) and enhanced status codes (RFC 3463). It reads
// nothing more while a message is with the upstream server, and answers the message only with the upstream
// server's verdict.
#pragma once

#include "wizard/core/relay/relaysessionhost.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

class RelaySession : public QObject
{
    Q_OBJECT
public:
    // The session is a child of `parent` and asks `host` (usually the same object, the RelayServer).
    RelaySession(QSslSocket *socket, RelaySessionHost *host, QObject *parent);
    ~RelaySession() override;

    void begin();
    QHostAddress peerAddress() const { return m_peer; }
    bool isEncrypted() const;
    bool isLoopback() const { return m_peer.isLoopback(); }

private:
    enum class State { Command, AuthPlain, AuthLoginUser, AuthLoginPassword, Data, Busy, Closing };

    void onReadyRead();
    void processLines();
    void handleCommand(const QByteArray &line);
    void handleDataLine(const QByteArray &line);
    void endOfData();
    void ehlo(const QByteArray &argument, bool extended);
    void startTls();
    void authenticate(const QByteArray &argument);
    void checkPassword(const QString &device, const QString &password);
    void mailFrom(const QByteArray &argument);
    void rcptTo(const QByteArray &argument);
    void resetTransaction();
    void reply(const QByteArray &line);
    void replyAndClose(const QByteArray &line);
    void onIdle();
    bool plainAuthAllowed() const;

    QPointer<QSslSocket> m_socket;
    RelaySessionHost *m_host;
    QHostAddress m_peer;
    QByteArray m_buffer;
    State m_state = State::Command;
    QTimer m_idle;
    bool m_greeted = false;
    bool m_upstreamPending = false;  // a message is with the upstream server, which has time limits of its own
    bool m_handshaking = false;      // between STARTTLS's go-ahead and the end of the handshake
    QString m_device;          // signed in as
    QString m_loginUser;       // AUTH LOGIN's user name, between its two prompts
    int m_wrongPasswords = 0;
    // The transaction.
    bool m_haveSender = false;
    QString m_sender;
    QStringList m_recipients;
    QByteArray m_text;
    qint64 m_dataBytes = 0;
    bool m_tooLarge = false;
};
