// A line-based connection to a mail server over QSslSocket: resolve, connect, implicit TLS or
// STARTTLS, CRLF lines in and out, with a time limit on each step and limits on the size of a line, of a
// reply and of all a server sends. It records a bounded C:/S: transcript in which secrets were replaced
// before they were written.
#pragma once

#include "wizard/core/probe/probelimits.h"
#include "wizard/core/probe/proberesult.h"
#include "wizard/core/secrets/secretredactor.h"
#include "wizard/core/probe/transcript.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>

class QSslSocket;

// Why a connection failed. Each kind maps to one class of the diagnosis catalogue.
enum class ConnectionFailure {
    DnsFailure,
    Refused,
    ConnectTimeout,
    TlsFailure,
    CertificateUntrusted,
    ClosedByServer,
    ReplyTimeout,
    Flooded,               // a line, a reply or all lines of the check over the limits
    TlsVersionTooOld,      // the server speaks no TLS version we accept (1.2 or newer)
    InjectionBeforeTls,    // bytes after STARTTLS's go-ahead and before the handshake
    NetworkError,
};

// The catalogue class for a failure kind.
DiagnosisId connectionFailureClass(ConnectionFailure failure);

class LineConnection : public QObject
{
    Q_OBJECT
public:
    explicit LineConnection(const ProbeLimits &limits, QObject *parent = nullptr);
    ~LineConnection() override;

    // Extra CAs to trust besides the system's (a sandbox CA, or a network's inspection CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // The SHA-256 digest (32 bytes) of the one certificate to accept, whoever signed it and whatever name it carries:
    // a relay's self-made certificate. Any other certificate fails the handshake, even one an authority signed.
    void setPinnedSha256(const QByteArray &digest) { m_pinnedSha256 = digest; }
    // Secrets to take out of every transcript line, before a long line is cut: a cut secret
    // would no longer be recognised later.
    void setRedactor(const SecretRedactor &redactor) { m_redactor = redactor; }

    // Looks the host up; emits resolved() or failed(DnsFailure).
    void resolve(const QString &host);
    // Connects to the addresses found, in order; with implicitTls the handshake follows at once.
    // Emits connected(), then for implicitTls encrypted(), or failed().
    void connectToServer(quint16 port, bool implicitTls);
    // Starts TLS on an open plain connection (after a STARTTLS go-ahead). Fails with
    // InjectionBeforeTls if the server already sent more bytes.
    void startTls();

    // Sends one line (CRLF added). `transcriptLine` is what the transcript shows instead of the
    // line itself, for lines that carry a secret.
    void sendLine(const QByteArray &line, const QByteArray &transcriptLine = {});
    // Sends several lines in one write (pipelining); transcript lines as for sendLine.
    void sendLines(const QList<QByteArray> &lines, const QList<QByteArray> &transcriptLines = {});
    // Starts the reply clock: the next reply must be complete within the reply time limit and size.
    void expectReply();
    // The reply is complete: stops the reply clock.
    void replyComplete();

    // Closes politely; no failure is reported for the close.
    void close();
    void abort();

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QList<QHostAddress> addresses() const { return m_addresses; }
    QHostAddress peerAddress() const;
    QHostAddress localAddress() const;
    bool isEncrypted() const;
    TlsDetails tlsDetails() const;
    QStringList transcript() const { return m_transcript.lines(); }
    // Adds a note to the transcript ("# TLS established: ...").
    void note(const QString &text);

Q_SIGNALS:
    void resolved();
    void connected();
    void encrypted();
    void lineReceived(const QByteArray &line);
    void failed(ConnectionFailure failure, const QString &detail);

private:
    void connectToNextAddress();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTlsAlert(QSsl::AlertType type);
    void onDisconnected();
    void fail(ConnectionFailure failure, const QString &detail);
    void configureTls();
    bool peerIsPinned() const;
    QString pinMismatch(const QSslCertificate &certificate) const;

    ProbeLimits m_limits;
    QList<QSslCertificate> m_extraCa;
    QByteArray m_pinnedSha256;
    QString m_pinMismatch;  // why a pinned handshake failed, for its detail
    SecretRedactor m_redactor;
    QPointer<QSslSocket> m_socket;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    QList<QHostAddress> m_addresses;
    int m_nextAddress = 0;
    int m_lookupId = -1;
    QByteArray m_buffer;
    qint64 m_replyBytes = 0;
    qint64 m_checkBytes = 0;
    int m_checkLines = 0;
    bool m_protocolVersionAlert = false;  // a TLS protocol_version alert, sent or received, in this handshake
    QTimer m_stepTimer;
    QList<QSslError> m_sslErrors;
    QString m_lastConnectError;
    Transcript m_transcript;
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Open, Closing, Failed };
    Phase m_phase = Phase::Idle;
};
