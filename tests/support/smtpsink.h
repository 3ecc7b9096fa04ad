// A fake upstream submission server for many connections at once, for the relay's load tests and benchmark: it
// speaks like Exchange Online (STARTTLS with the test CA's certificate, AUTH XOAUTH2, PIPELINING, no CHUNKING),
// takes any token, and keeps every message it accepted. A message whose Subject holds "[hang]" is never answered
// after its data, and "[drop]" closes the connection in the middle of the data: the faults the relay must survive.
// ScriptedServer stays the tool for one conversation line by line; this one is for volume.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class SmtpSink : public QTcpServer
{
    Q_OBJECT
public:
    explicit SmtpSink(QObject *parent = nullptr);

    // Listens on 127.0.0.1, an ephemeral port.
    bool start();

    // The messages accepted (their data, dot-stuffing removed), in the order they were accepted.
    const QList<QByteArray> &messages() const { return m_messages; }
    int connectionsSeen() const { return m_connections; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QByteArray> m_messages;
    int m_connections = 0;
};
