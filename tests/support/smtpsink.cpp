#include "tests/support/smtpsink.h"

#include "tests/support/scriptedserver.h"

#include <QFile>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray readTestFile(const QString &name)
{
    QFile file(ScriptedServer::testDataDir() + u"/tls/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SmtpSink::SmtpSink(QObject *parent)
    : QTcpServer(parent),
      m_certificate(readTestFile(u"server.pem"_s), QSsl::Pem),
      m_key(readTestFile(u"server.key"_s), QSsl::Rsa, QSsl::Pem)
{
}

bool SmtpSink::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void SmtpSink::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    ++m_connections;
    // Replies go out as they are made, like a real server's: Nagle's algorithm would hold a reply back for the
    // client's delayed acknowledgement of the one before (40 ms on Linux) and measure that instead.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    struct State {
        QByteArray buffer;
        bool inData = false;
        bool hung = false;
        QByteArray data;
    };
    auto state = std::make_shared<State>();
    socket->write("220 sink.outlook.office365.com Microsoft ESMTP MAIL Service ready\r\n");
    connect(socket, &QSslSocket::readyRead, this, [this, socket, state] {
        state->buffer += socket->readAll();
        qsizetype end;
        while (!state->hung && (end = state->buffer.indexOf('\n')) >= 0) {
            QByteArray line = state->buffer.left(end);
            state->buffer.remove(0, end + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (state->inData) {
                if (line != ".") {
                    state->data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
                    if (state->data.contains("[drop]") && state->data.size() > 200) {
                        socket->abort();
                        return;
                    }
                    continue;
                }
                state->inData = false;
                if (state->data.contains("[hang]")) {
                    state->hung = true;
                    return;
                }
                m_messages << state->data;
                state->data.clear();
                socket->write("250 2.0.0 OK <" + QByteArray::number(m_messages.size()) + "@sink> [Hostname=sink]\r\n");
                continue;
            }
            const QByteArray verb = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' ')).toUpper();
            if (verb == "EHLO") {
                socket->write(socket->isEncrypted() ? "250-sink Hello\r\n250-PIPELINING\r\n250-SIZE 37748736\r\n250 AUTH LOGIN XOAUTH2\r\n"
                                                    : "250-sink Hello\r\n250-PIPELINING\r\n250 STARTTLS\r\n");
            } else if (verb == "STARTTLS") {
                socket->write("220 2.0.0 SMTP server ready\r\n");
                QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                configuration.setLocalCertificate(m_certificate);
                configuration.setPrivateKey(m_key);
                socket->setSslConfiguration(configuration);
                socket->startServerEncryption();
            } else if (verb == "AUTH") {
                socket->write("235 2.7.0 Authentication successful\r\n");
            } else if (verb == "MAIL") {
                socket->write("250 2.1.0 Sender OK\r\n");
            } else if (verb == "RCPT") {
                socket->write("250 2.1.5 Recipient OK\r\n");
            } else if (verb == "DATA") {
                state->inData = true;
                state->data.clear();
                socket->write("354 Start mail input; end with <CRLF>.<CRLF>\r\n");
            } else if (verb == "QUIT") {
                socket->write("221 2.0.0 Service closing transmission channel\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("500 5.3.3 Unrecognized command\r\n");
            }
        }
    });
}
