// A fake mail server that follows a script, for unit tests of the probes. The script is in the
// format of the probes' transcripts, so a field log becomes a test fixture:
//   S: <line>        the server sends the line (CRLF added)
//   C: <line>        the server expects this line from the client; "*" matches any run of text
//   C: *             any one line
//   TLS              the server starts its side of the TLS handshake (after a STARTTLS go-ahead)
//   RAW: <text>      sends the text without CRLF ("\r" and "\n" escapes allowed)
//   FLOOD: <n>       sends n bytes of "x" without a line end
//   REPEAT: <n> <line>  sends the line (CRLF added) n times
//   WAIT: <ms>       pauses
//   HANG             stops answering, keeps the connection open
//   X                closes the connection
// A listening server accepts one connection and follows the script on it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Security { Plain, ImplicitTls };
    // Which TLS versions the server speaks; OldOnly is TLS 1.0 alone (with OpenSSL's security level 0, which
    // a server needs for it), like a mail server or an inspecting proxy that was never updated.
    enum class TlsVersions { Current, OldOnly };
    // Which certificate the server shows (files in tests/data/tls).
    enum class Certificate { Trusted, SelfSigned, WrongName };

    explicit ScriptedServer(const QStringList &script, Security security = Security::Plain,
                            Certificate certificate = Certificate::Trusted, QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Listens on 127.0.0.1, an ephemeral port.
    bool start();
    // Before start(): the TLS versions of every handshake.
    void setTlsVersions(TlsVersions versions) { m_tlsVersions = versions; }
    // Before start(): the first `count` connections are closed at once, before the script: for a client that first
    // looks whether anything listens, as check --through-relay does, then connects for real.
    void setConnectionsToDrop(int count) { m_connectionsToDrop = count; }

    // Lines received from the client, in order.
    QList<QByteArray> received() const { return m_received; }
    // Mismatches between the script and what the client sent; empty when the client followed it.
    QStringList mismatches() const { return m_mismatches; }
    // True when the script ran to its end (or to HANG/X).
    bool scriptDone() const { return m_done; }
    bool clientConnected() const { return m_connected; }
    // True once the client's connection ended; everything it sent has been read by then.
    bool clientDisconnected() const { return m_disconnected; }

    // The test CA that signs the Trusted and WrongName certificates.
    static QList<QSslCertificate> testCa();
    static QString testDataDir();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void runScript();
    void onReadyRead();
    bool lineMatches(const QByteArray &expected, const QByteArray &line) const;

    QStringList m_script;
    Security m_security;
    Certificate m_certificate;
    TlsVersions m_tlsVersions = TlsVersions::Current;
    int m_connectionsToDrop = 0;
    QPointer<QSslSocket> m_socket;
    int m_position = 0;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QStringList m_mismatches;
    bool m_done = false;
    bool m_connected = false;
    bool m_disconnected = false;
    bool m_waiting = false;
};
