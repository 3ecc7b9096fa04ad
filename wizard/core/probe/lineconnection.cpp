#include "wizard/core/probe/lineconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

// Long server lines are cut in the transcript so a flood cannot blow up a report.
constexpr int MaxTranscriptLine = 2000;

QString transcriptText(const QByteArray &bytes, const SecretRedactor &redactor)
{
    QString text = redactor.redact(QString::fromUtf8(bytes));
    const bool cut = text.size() > MaxTranscriptLine;
    text.truncate(MaxTranscriptLine);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\t')
            c = QChar(0xFFFD);
    }
    if (cut)
        text += u" [... %1 bytes]"_s.arg(bytes.size());
    return text;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return u"TLS 1.2"_s;
    case QSsl::TlsV1_3: return u"TLS 1.3"_s;
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0: return u"TLS 1.0"_s;
    case QSsl::TlsV1_1: return u"TLS 1.1"_s;
QT_WARNING_POP
    default: return u"unknown protocol"_s;
    }
}

QString certificateName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList names = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                     : certificate.subjectInfo(QSslCertificate::CommonName);
    if (!names.isEmpty())
        return names.join(", "_L1);
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}

} // namespace

DiagnosisId connectionFailureClass(ConnectionFailure failure)
{
    switch (failure) {
    case ConnectionFailure::DnsFailure: return DiagnosisId::DnsFailure;
    case ConnectionFailure::Refused: return DiagnosisId::ConnectionRefused;
    case ConnectionFailure::ConnectTimeout: return DiagnosisId::ConnectionTimeout;
    case ConnectionFailure::TlsFailure: return DiagnosisId::TlsFailure;
    case ConnectionFailure::CertificateUntrusted: return DiagnosisId::CertificateUntrusted;
    case ConnectionFailure::ClosedByServer: return DiagnosisId::ServerClosed;
    case ConnectionFailure::ReplyTimeout: return DiagnosisId::ResponseTimeout;
    case ConnectionFailure::Flooded: return DiagnosisId::UnexpectedReply;
    case ConnectionFailure::TlsVersionTooOld: return DiagnosisId::TlsVersionTooOld;
    case ConnectionFailure::InjectionBeforeTls: return DiagnosisId::TlsFailure;
    case ConnectionFailure::NetworkError: return DiagnosisId::ConnectionRefused;
    }
    return DiagnosisId::Unknown;
}

LineConnection::LineConnection(const ProbeLimits &limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_transcript(limits.maxTranscriptLines, limits.maxTranscriptBytes)
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] {
        switch (m_phase) {
        case Phase::Resolving:
            fail(ConnectionFailure::DnsFailure,
                 u"no answer from the name service within %1 ms"_s.arg(m_limits.resolveTimeoutMs));
            break;
        case Phase::Connecting:
            fail(ConnectionFailure::ConnectTimeout,
                 u"no connection to %1 port %2 within %3 ms"_s.arg(m_host).arg(m_port).arg(m_limits.connectTimeoutMs));
            break;
        case Phase::Handshaking:
            fail(ConnectionFailure::ReplyTimeout,
                 u"the TLS handshake did not finish within %1 ms"_s.arg(m_limits.replyTimeoutMs));
            break;
        case Phase::Open:
            fail(ConnectionFailure::ReplyTimeout,
                 u"no complete reply within %1 ms"_s.arg(m_limits.replyTimeoutMs));
            break;
        case Phase::Closing:
            abort();
            break;
        case Phase::Idle:
        case Phase::Failed:
            break;
        }
    });
}

LineConnection::~LineConnection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket)
        m_socket->abort();
}

void LineConnection::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
}

void LineConnection::resolve(const QString &host)
{
    m_host = host;
    m_phase = Phase::Resolving;
    m_stepTimer.start(m_limits.resolveTimeoutMs);
    note(u"resolving %1"_s.arg(host));

    // An address needs no look-up; QHostInfo would answer it anyway, but not always at once.
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = { literal };
        QMetaObject::invokeMethod(this, [this] {
            if (m_phase != Phase::Resolving)
                return;
            m_stepTimer.stop();
            Q_EMIT resolved();
        }, Qt::QueuedConnection);
        return;
    }

    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (m_phase != Phase::Resolving)
            return;
        m_stepTimer.stop();
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(ConnectionFailure::DnsFailure,
                 info.errorString().isEmpty() ? u"no address found for %1"_s.arg(m_host) : info.errorString());
            return;
        }
        m_addresses = info.addresses();
        Q_EMIT resolved();
    });
}

void LineConnection::connectToServer(quint16 port, bool implicitTls)
{
    m_port = port;
    m_implicitTls = implicitTls;
    m_nextAddress = 0;
    m_phase = Phase::Connecting;
    m_stepTimer.start(m_limits.connectTimeoutMs);
    connectToNextAddress();
}

void LineConnection::connectToNextAddress()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_nextAddress >= m_addresses.size()) {
        fail(ConnectionFailure::Refused, m_lastConnectError);
        return;
    }
    const QHostAddress address = m_addresses.at(m_nextAddress++);

    m_socket = new QSslSocket(this);
    configureTls();
    connect(m_socket, &QSslSocket::connected, this, [this] {
        note(u"connected to %1 port %2"_s.arg(m_socket->peerAddress().toString()).arg(m_port));
        if (m_implicitTls) {
            // The handshake gets the reply time limit from here on, not what remains of the connect one.
            m_phase = Phase::Handshaking;
            m_protocolVersionAlert = false;
            m_stepTimer.start(m_limits.replyTimeoutMs);
        } else {
            m_phase = Phase::Open;
            m_stepTimer.stop();
        }
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (!m_pinnedSha256.isEmpty() && !peerIsPinned()) {
            // Trusted by an authority, perhaps, but not the certificate asked for: someone else answered.
            fail(ConnectionFailure::CertificateUntrusted, pinMismatch(m_socket->peerCertificate()));
            return;
        }
        m_phase = Phase::Open;
        m_stepTimer.stop();
        note(u"TLS established: %1"_s.arg(tlsDetails().summary()));
        Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &LineConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &LineConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &LineConnection::onSslErrors);
    // The alert, not OpenSSL's words, tells a server stuck on TLS 1.0 or 1.1 from other handshake failures.
    connect(m_socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel, QSsl::AlertType type, const QString &) { onTlsAlert(type); });
    connect(m_socket, &QSslSocket::alertSent, this,
            [this](QSsl::AlertLevel, QSsl::AlertType type, const QString &) { onTlsAlert(type); });
    connect(m_socket, &QSslSocket::disconnected, this, &LineConnection::onDisconnected);

    if (m_implicitTls)
        m_socket->connectToHostEncrypted(address.toString(), m_port, m_host);
    else
        m_socket->connectToHost(address, m_port);
}

void LineConnection::configureTls()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Microsoft refuses TLS 1.0 and 1.1 for SMTP, and so do we, everywhere.
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCa.isEmpty())
        configuration.addCaCertificates(m_extraCa);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_host);
}

void LineConnection::startTls()
{
    if (!m_socket || m_phase != Phase::Open)
        return;
    // Anything the server sent after its go-ahead would later be read as if it came over TLS.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        fail(ConnectionFailure::InjectionBeforeTls,
             u"the server sent %1 bytes after agreeing to start TLS and before the handshake"_s
                 .arg(m_buffer.size() + m_socket->bytesAvailable()));
        return;
    }
    m_phase = Phase::Handshaking;
    m_protocolVersionAlert = false;
    m_stepTimer.start(m_limits.replyTimeoutMs);
    m_socket->startClientEncryption();
}

void LineConnection::sendLine(const QByteArray &line, const QByteArray &transcriptLine)
{
    sendLines({ line }, transcriptLine.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{ transcriptLine });
}

void LineConnection::sendLines(const QList<QByteArray> &lines, const QList<QByteArray> &transcriptLines)
{
    if (!m_socket || m_phase != Phase::Open)
        return;
    QByteArray data;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        data += lines.at(i) + "\r\n";
        const QByteArray &shown = i < transcriptLines.size() && !transcriptLines.at(i).isEmpty()
            ? transcriptLines.at(i) : lines.at(i);
        m_transcript.append("C: "_L1 + transcriptText(shown, m_redactor));
    }
    m_socket->write(data);
}

void LineConnection::expectReply()
{
    m_replyBytes = 0;
    if (m_phase == Phase::Open)
        m_stepTimer.start(m_limits.replyTimeoutMs);
}

void LineConnection::replyComplete()
{
    if (m_phase == Phase::Open)
        m_stepTimer.stop();
}

void LineConnection::onReadyRead()
{
    while (m_socket && m_phase == Phase::Open) {
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxLineLength) {
                fail(ConnectionFailure::Flooded,
                     u"the server sent a line longer than %1 bytes"_s.arg(m_limits.maxLineLength));
            }
            return;
        }
        QByteArray line = m_buffer.left(end);
        // The rest stays in m_buffer until the line was handled, so startTls() can see it.
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            fail(ConnectionFailure::Flooded,
                 u"the server sent a line longer than %1 bytes"_s.arg(m_limits.maxLineLength));
            return;
        }
        m_replyBytes += line.size() + 2;
        if (m_replyBytes > m_limits.maxReplyBytes) {
            fail(ConnectionFailure::Flooded,
                 u"the server sent more than %1 bytes in one reply"_s.arg(m_limits.maxReplyBytes));
            return;
        }
        // Each reply under its limit, but reply after reply: the check as a whole has a limit too.
        m_checkBytes += line.size() + 2;
        if (++m_checkLines > m_limits.maxCheckLines || m_checkBytes > m_limits.maxCheckBytes) {
            fail(ConnectionFailure::Flooded,
                 u"the server sent more than %1 lines or %2 bytes in this check"_s.arg(m_limits.maxCheckLines)
                     .arg(m_limits.maxCheckBytes));
            return;
        }
        m_transcript.append("S: "_L1 + transcriptText(line, m_redactor));
        Q_EMIT lineReceived(line);
    }
}

void LineConnection::onTlsAlert(QSsl::AlertType type)
{
    if (m_phase == Phase::Handshaking && type == QSsl::AlertType::ProtocolVersion)
        m_protocolVersionAlert = true;
}

bool LineConnection::peerIsPinned() const
{
    const QSslCertificate certificate = m_socket ? m_socket->peerCertificate() : QSslCertificate();
    return !certificate.isNull() && certificate.digest(QCryptographicHash::Sha256) == m_pinnedSha256;
}

void LineConnection::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_pinnedSha256.isEmpty() && peerIsPinned()) {
        // The certificate asked for, byte for byte: no authority, name or date could make it more certain.
        note(u"certificate accepted by its pinned SHA-256 fingerprint %1"_s
                 .arg(QString::fromLatin1(m_pinnedSha256.toHex(':').toUpper())));
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // Never ignored otherwise: the handshake fails, and these details explain why.
    m_sslErrors = errors;
    if (!m_pinnedSha256.isEmpty()) {
        const QSslCertificate certificate = m_socket->peerCertificate().isNull() && !errors.isEmpty()
            ? errors.constFirst().certificate() : m_socket->peerCertificate();
        m_pinMismatch = pinMismatch(certificate);
    }
}

QString LineConnection::pinMismatch(const QSslCertificate &certificate) const
{
    return u"the server's certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)"_s
        .arg(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
             QString::fromLatin1(m_pinnedSha256.toHex(':').toUpper()));
}

void LineConnection::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    switch (m_phase) {
    case Phase::Connecting:
        if (error == QAbstractSocket::SocketTimeoutError)
            return;
        m_lastConnectError = u"%1: %2"_s.arg(m_addresses.value(m_nextAddress - 1).toString(), m_socket->errorString());
        note(m_lastConnectError);
        connectToNextAddress();
        return;
    case Phase::Handshaking:
        if (!m_sslErrors.isEmpty())
            fail(ConnectionFailure::CertificateUntrusted,
                 ((m_pinMismatch.isEmpty() ? QStringList() : QStringList{ m_pinMismatch }) + tlsDetails().errors)
                     .join("; "_L1));
        else if (m_protocolVersionAlert)
            // We offer TLS 1.2 and 1.3 only: a protocol_version alert means the server has neither.
            fail(ConnectionFailure::TlsVersionTooOld,
                 u"the server only speaks TLS 1.0 or 1.1, and Mail Setup needs TLS 1.2 or newer (%1)"_s
                     .arg(m_socket->errorString()));
        else if (error == QAbstractSocket::RemoteHostClosedError)
            fail(ConnectionFailure::TlsFailure, u"the server closed the connection during the TLS handshake"_s);
        else
            fail(ConnectionFailure::TlsFailure, m_socket->errorString());
        return;
    case Phase::Open:
        if (error == QAbstractSocket::RemoteHostClosedError)
            onDisconnected();
        else
            fail(ConnectionFailure::NetworkError, m_socket->errorString());
        return;
    case Phase::Idle:
    case Phase::Resolving:
    case Phase::Closing:
    case Phase::Failed:
        return;
    }
}

void LineConnection::onDisconnected()
{
    if (m_phase == Phase::Closing) {
        m_phase = Phase::Idle;
        m_stepTimer.stop();
        return;
    }
    if (m_phase != Phase::Open)
        return;
    // Lines that came with the close are still worth reading (a BYE with its reason).
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_phase != Phase::Open)
        return;
    const QString partial = m_buffer.isEmpty()
        ? u"the server closed the connection"_s
        : u"the server closed the connection in the middle of a line"_s;
    fail(ConnectionFailure::ClosedByServer, partial);
}

void LineConnection::fail(ConnectionFailure failure, const QString &detail)
{
    if (m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    m_stepTimer.stop();
    note(u"failed: %1"_s.arg(detail));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT failed(failure, detail);
}

void LineConnection::close()
{
    if (!m_socket || m_phase == Phase::Failed || m_phase == Phase::Idle) {
        m_phase = Phase::Idle;
        return;
    }
    m_phase = Phase::Closing;
    m_stepTimer.start(m_limits.goodbyeTimeoutMs);
    // Hands what is still buffered (a goodbye just written) to the system at once: the probe may be deleted,
    // and the connection aborted, before the event loop would have written it.
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void LineConnection::abort()
{
    m_stepTimer.stop();
    m_phase = Phase::Idle;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QHostAddress LineConnection::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

QHostAddress LineConnection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

bool LineConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

TlsDetails LineConnection::tlsDetails() const
{
    TlsDetails details;
    if (!m_socket)
        return details;
    QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull() && !m_sslErrors.isEmpty())
        certificate = m_sslErrors.first().certificate();
    if (m_socket->isEncrypted()) {
        details.protocol = protocolName(m_socket->sessionProtocol());
        details.cipher = m_socket->sessionCipher().name();
    }
    if (!certificate.isNull()) {
        details.subject = certificateName(certificate, false);
        details.issuer = certificateName(certificate, true);
    }
    for (const QSslError &error : m_sslErrors)
        details.errors << error.errorString();
    return details;
}

void LineConnection::note(const QString &text)
{
    m_transcript.append("# "_L1 + text);
}
