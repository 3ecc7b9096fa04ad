#include "tests/support/scriptedserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray readTestFile(const QString &name)
{
    QFile file(ScriptedServer::testDataDir() + u"/tls/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("ScriptedServer: cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray unescape(QString text)
{
    text.replace("\\r"_L1, "\r"_L1).replace("\\n"_L1, "\n"_L1);
    return text.toUtf8();
}

} // namespace

ScriptedServer::ScriptedServer(const QStringList &script, Security security, Certificate certificate, QObject *parent)
    : QTcpServer(parent), m_script(script), m_security(security), m_certificate(certificate)
{
}

ScriptedServer::~ScriptedServer()
{
    if (m_socket)
        m_socket->abort();
}

QString ScriptedServer::testDataDir()
{
    const QByteArray fromEnvironment = qgetenv("MAILSETUP_TEST_DATA");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(MAILSETUP_TEST_DATA_DIR);
}

QList<QSslCertificate> ScriptedServer::testCa()
{
    return QSslCertificate::fromData(readTestFile(u"ca.pem"_s), QSsl::Pem);
}

bool ScriptedServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::incomingConnection(qintptr handle)
{
    if (m_socket || m_connectionsToDrop > 0) {
        // One client a script; a second connection is not part of any test.
        if (!m_socket)
            --m_connectionsToDrop;
        QTcpSocket extra;
        extra.setSocketDescriptor(handle);
        extra.abort();
        return;
    }
    m_connected = true;
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(handle);

    const QString name = m_certificate == Certificate::Trusted ? u"server"_s
        : m_certificate == Certificate::SelfSigned            ? u"untrusted"_s
                                                               : u"wrongname"_s;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readTestFile(name + u".pem"_s), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(readTestFile(name + u".key"_s), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (m_tlsVersions == TlsVersions::OldOnly) {
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
        configuration.setProtocol(QSsl::TlsV1_0);
QT_WARNING_POP
        // OpenSSL 3 allows TLS 1.0 only at security level 0 (test-only: no product code ever asks for it).
        configuration.setBackendConfigurationOption("CipherString", u"DEFAULT:@SECLEVEL=0"_s);
    }
    m_socket->setSslConfiguration(configuration);

    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        // Lines that came with the close still count as received.
        onReadyRead();
        m_disconnected = true;
    });
    if (m_security == Security::ImplicitTls) {
        connect(m_socket, &QSslSocket::encrypted, this, &ScriptedServer::runScript, Qt::SingleShotConnection);
        m_socket->startServerEncryption();
    } else {
        runScript();
    }
}

void ScriptedServer::runScript()
{
    while (m_socket && !m_waiting && m_position < m_script.size()) {
        const QString step = m_script.at(m_position);
        if (step.startsWith("S: "_L1) || step == "S:"_L1) {
            m_socket->write(step.mid(3).toUtf8() + "\r\n");
            ++m_position;
        } else if (step.startsWith("RAW: "_L1)) {
            m_socket->write(unescape(step.mid(5)));
            ++m_position;
        } else if (step.startsWith("REPEAT: "_L1)) {
            const qsizetype space = step.indexOf(u' ', 8);
            const int count = step.mid(8, space - 8).toInt();
            const QByteArray line = (space < 0 ? QString() : step.mid(space + 1)).toUtf8() + "\r\n";
            QByteArray lines;
            lines.reserve(line.size() * count);
            for (int i = 0; i < count; ++i)
                lines += line;
            m_socket->write(lines);
            ++m_position;
        } else if (step.startsWith("FLOOD: "_L1)) {
            const int bytes = step.mid(7).toInt();
            m_socket->write(QByteArray(bytes, 'x'));
            ++m_position;
        } else if (step.startsWith("C:"_L1)) {
            // Waits for the client's line; onReadyRead resumes.
            if (m_buffer.contains('\n')) {
                onReadyRead();
                return;
            }
            return;
        } else if (step == "TLS"_L1) {
            ++m_position;
            m_waiting = true;
            m_socket->flush();
            // encrypted() resumes the script.
            connect(m_socket, &QSslSocket::encrypted, this, [this] {
                m_waiting = false;
                runScript();
            }, Qt::SingleShotConnection);
            m_socket->startServerEncryption();
            return;
        } else if (step.startsWith("WAIT: "_L1)) {
            ++m_position;
            m_waiting = true;
            QTimer::singleShot(step.mid(6).toInt(), this, [this] {
                m_waiting = false;
                runScript();
            });
            return;
        } else if (step == "HANG"_L1) {
            m_done = true;
            return;
        } else if (step == "X"_L1) {
            ++m_position;
            m_done = true;
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        } else {
            m_mismatches << u"unknown script step: %1"_s.arg(step);
            ++m_position;
        }
    }
    if (m_position >= m_script.size())
        m_done = true;
}

bool ScriptedServer::lineMatches(const QByteArray &expected, const QByteArray &line) const
{
    if (!expected.contains('*'))
        return expected == line;
    // Only "*" is special; brackets and dots in SMTP and IMAP lines are literal.
    QStringList parts;
    for (const QByteArray &part : expected.split('*'))
        parts << QRegularExpression::escape(QString::fromUtf8(part));
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(parts.join(".*"_L1)),
                                     QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(QString::fromUtf8(line)).hasMatch();
}

void ScriptedServer::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    while (!m_waiting) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0)
            return;
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_received << line;
        if (m_position < m_script.size() && m_script.at(m_position).startsWith("C:"_L1)) {
            const QByteArray expected = m_script.at(m_position).mid(3).toUtf8();
            if (!lineMatches(expected, line))
                m_mismatches << u"step %1: expected \"%2\", got \"%3\""_s.arg(m_position).arg(
                    QString::fromUtf8(expected), QString::fromUtf8(line));
            ++m_position;
            runScript();
        } else if (!m_done) {
            m_mismatches << u"step %1: unexpected line from the client: \"%2\""_s.arg(m_position).arg(QString::fromUtf8(line));
        }
    }
}
