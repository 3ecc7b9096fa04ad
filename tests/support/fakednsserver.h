#pragma once

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QUdpSocket;

// A DNS server on loopback for tests: answers MX queries from a table, "no such domain" (NXDOMAIN) for names it
// does not know, or stays silent so that a client's time limit can be tested. UDP, one question per query, no
// recursion, no TCP: what QDnsLookup (through the C library's resolver) needs to see real MX records offline.
//
// Qt 6.4's QDnsLookup::setNameserver() takes no port: the resolver asks port 53. listenOnPort53() therefore binds
// port 53 of a loopback address of its own, 127.x.y.z picked at random, so that tests in parallel processes (and
// a local resolver on 127.0.0.53) do not meet. Binding port 53 needs root or CAP_NET_BIND_SERVICE; when that
// fails, errorString() says why, and a test should skip.
class FakeDnsServer : public QObject
{
    Q_OBJECT

public:
    struct MxRecord {
        quint16 preference = 10;
        QString exchange; // a host name
    };

    // DNS record types, as far as the tests need them.
    enum RecordType : quint16 { A = 1, MX = 15, AAAA = 28 };

    explicit FakeDnsServer(QObject *parent = nullptr);
    ~FakeDnsServer() override;

    // Binds UDP address:port (port 0: the system picks one).
    bool listen(const QHostAddress &address, quint16 port = 0);
    // Binds port 53 of a random loopback address 127.x.y.z (x, y, z from 1 to 254), trying a few.
    bool listenOnPort53();
    void close();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QString errorString() const;

    // The MX records of a domain (any case, no trailing dot needed). An empty list: the name exists without MX
    // records (NOERROR with no answer). Other record types of a known name get NOERROR with no answer too.
    void setMxRecords(const QString &domain, const QList<MxRecord> &records);
    void removeDomain(const QString &domain);
    // Forgets every domain, and the queries counted so far.
    void clear();
    // Silent: queries are read and counted but not answered. Setting it off again answers the queries held
    // meanwhile, so a resolver thread still waiting for them ends at once instead of at its own time-out;
    // close() and the destructor do that too.
    void setSilent(bool silent);
    bool isSilent() const;

    int queryCount() const;
    QStringList queriedNames() const; // lower-case, in order

Q_SIGNALS:
    void queried(const QString &name, int type);

private:
    struct HeldQuery {
        QByteArray datagram;
        QHostAddress sender;
        quint16 senderPort = 0;
    };

    void onReadyRead();
    void answer(const QByteArray &query, const QHostAddress &sender, quint16 senderPort);
    void releaseHeldQueries();

    QUdpSocket *m_socket = nullptr;
    QString m_errorString;
    QAbstractSocket::SocketError m_bindError = QAbstractSocket::UnknownSocketError;
    QHash<QString, QList<MxRecord>> m_domains;
    bool m_silent = false;
    QList<HeldQuery> m_held;
    int m_queryCount = 0;
    QStringList m_queriedNames;
};
