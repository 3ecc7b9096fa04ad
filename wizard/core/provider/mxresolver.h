// Where the account-kind detector gets a domain's mail servers (MX records) from: behind this interface so that the
// detector can be tested with any answer, as any user (MemoryMxResolver in tests/support), while the product asks
// the DNS through QDnsLookup (DnsMxResolver; tests/core/tst_accountkinddetector keeps one test on that real path,
// against a fake DNS server on port 53).
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>

class QDnsLookup;

// What a lookup ended with.
struct MxAnswer {
    bool answered = false; // the server answered with records (perhaps none)
    QStringList hosts;     // lower-case, without the final dot, by preference
    QString problem;       // why there is no answer, for the helpdesk
};

class MxResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts looking up the MX records of `domain` (ACE); finished() follows once, never from within this call,
    // unless abort() comes first. A lookup still running is abandoned.
    virtual void lookUp(const QString &domain) = 0;
    // Stops the running lookup; no finished() follows.
    virtual void abort() = 0;

    // An MX host as the detector compares it: trimmed, lower-case, without the final dot.
    static QString normalizedHost(const QString &host);

Q_SIGNALS:
    void finished(const MxAnswer &answer);
};

// The system's DNS, or a chosen server, through QDnsLookup.
class DnsMxResolver : public MxResolver
{
    Q_OBJECT
public:
    explicit DnsMxResolver(QObject *parent = nullptr);
    ~DnsMxResolver() override;

    void lookUp(const QString &domain) override;
    void abort() override;

    // The DNS server asked; a null address (the default) means the system's. Qt before 6.8 asks a chosen server on
    // port 53 only (QDnsLookup::setNameserver takes no port): another port makes the lookup fail at once, saying so.
    void setNameserver(const QHostAddress &address, quint16 port = 53);
    QHostAddress nameserver() const { return m_nameserver; }
    quint16 nameserverPort() const { return m_nameserverPort; }
    // Can setNameserver() use this port with the Qt this was built with? Qt 6.4: port 53 only.
    static bool supportsNameserverPort(quint16 port);

private:
    void onLookupFinished();
    void finishLater(const MxAnswer &answer);

    QHostAddress m_nameserver;
    quint16 m_nameserverPort = 53;
    QDnsLookup *m_dns = nullptr;
    quint64 m_run = 0;
};
