// Tells from an e-mail address, before sign-in, whether it belongs to a personal Microsoft account (Outlook.com),
// a work or school account (Microsoft 365), or to neither. Three hints, strongest first: the personal domains
// list (Thunderbird's ispdb hotmail.com.xml, no network needed), the domain's MX records, and Microsoft's OpenID
// discovery document for the domain. The two lookups run at the same time, each under its own time limit, and the
// whole under an overall one, so the wizard never waits long. It is a hint: the tid of the id_token decides after
// sign-in (a personal Microsoft account can carry any address).
//
// No words for people are made here: the result carries a kind, a reason and the evidence (the MX host, the
// issuer, the AADSTS line) for the helpdesk; the UI words them.
#pragma once

#include "wizard/core/provider/accountkind.h"
#include "wizard/core/provider/emailaddress.h"
#include "wizard/core/provider/mxresolver.h"
#include "wizard/core/provider/tenantdiscovery.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QTimer;

class AccountKindDetector : public QObject
{
    Q_OBJECT

public:
    // The kind found: Unknown, Personal, Work or NotMicrosoft (the lookups answered and none named Microsoft).
    using Kind = AccountKind;

    // Why the kind is what it is. Result::evidence holds what was seen.
    enum class Reason {
        InvalidAddress,     // Unknown: see Result::addressProblem; nothing was looked up
        PersonalDomain,     // Personal: the domain is on the personal domains list; nothing was looked up
        OutlookComMx,       // Personal: an MX host *.olc.protection.outlook.com
        Microsoft365Mx,     // Work: an MX host *.mail.protection.outlook.com (or *.mx.microsoft)
        Microsoft365Tenant, // Work: the discovery document's issuer names a tenant (Result::tenantId)
        ConsumersTenant,    // Personal: the discovery document's issuer names the consumers tenant
        TenantNotFound,     // NotMicrosoft: discovery answered AADSTS90002, and no MX host is Microsoft's
        OtherMailServers,   // NotMicrosoft: the MX records name no Microsoft host; discovery did not answer
        NoNetworkAnswer,    // Unknown: neither lookup gave a usable answer within its limit (offline?)
    };
    Q_ENUM(Reason)


    struct Result {
        Kind kind = Kind::Unknown;
        Reason reason = Reason::NoNetworkAnswer;
        EmailAddress::Problem addressProblem = EmailAddress::Problem::None; // for Reason::InvalidAddress
        QString address;     // normalized (EmailAddress::normalized); empty for an invalid one
        QString domain;      // ACE, lower-case
        QString tenantId;    // the work tenant's id, when discovery found one
        QString evidence;    // for the helpdesk, not for people: the MX host, the issuer, AADSTS90002, the errors
        QStringList mxHosts; // the domain's MX hosts by preference, when the MX lookup answered
        qint64 elapsedMs = 0;
    };

    static constexpr int defaultTimeLimitMs = 5000;
    static constexpr int defaultLookupTimeLimitMs = 4000;

    explicit AccountKindDetector(QObject *parent = nullptr);
    ~AccountKindDetector() override;

    // Starts telling the kind of `address`; finished() follows once, never from within this call. A detection
    // still running is abandoned (its finished() never comes).
    void detect(const QString &address);
    // Stops the running detection; no finished() follows.
    void abort();
    bool isRunning() const;
    // The last finished result.
    Result result() const;

    // The overall limit (default 5 s): finished() comes by then, with what the lookups said so far.
    void setTimeLimitMs(int ms);
    int timeLimitMs() const;
    // The limit of each lookup (default 4 s); one at or beyond the overall limit leaves it to the overall one.
    void setLookupTimeLimitMs(int ms);
    int lookupTimeLimitMs() const;
    // The DNS server asked for MX records; a null address (the default) means the system's. Qt before 6.8 asks a
    // chosen server on port 53 only (QDnsLookup::setNameserver takes no port): another port makes the MX lookup
    // fail at once, with that said in the evidence. See supportsNameserverPort().
    void setNameserver(const QHostAddress &address, quint16 port = 53);
    QHostAddress nameserver() const;
    quint16 nameserverPort() const;
    // Where discovery asks, "{domain}" standing for the domain (a provider profile's oauth.discoveryUrl); empty:
    // TenantDiscovery::defaultUrlTemplate. An unusable template (see OAuthSettings::expandDiscoveryUrl) makes discovery fail.
    void setDiscoveryUrl(const QString &urlTemplate);
    QString discoveryUrl() const;
    // Tests and the wizard may share their manager (not owned); otherwise the detector makes one.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    // Where the MX records come from (taken over, becomes a child); the default is the DNS (DnsMxResolver), which
    // setNameserver() configures. Unit tests give an in-memory one (tests/support/memorymxresolver.h).
    void setMxResolver(MxResolver *resolver);

    // --- pure helpers ------------------------------------------------------------------------------------------

    // What an MX host says: Personal (*.olc.protection.outlook.com), Work (*.mail.protection.outlook.com,
    // *.mx.microsoft), or Unknown for any other host.
    static Kind kindOfMailServer(const QString &mxHost);
    // Can setNameserver() use this port with the Qt this was built with? Qt 6.4: port 53 only.
    static bool supportsNameserverPort(quint16 port);

Q_SIGNALS:
    void finished(const AccountKindDetector::Result &result);

private:
    // What one lookup ended with.
    struct MxOutcome {
        bool done = false;
        bool answered = false; // the server answered with records (perhaps none)
        QStringList hosts;     // by preference
        QString problem;       // why there is no answer
    };
    struct DiscoveryOutcome : TenantDiscoveryAnswer {
        bool done = false;
    };

    void startMxLookup(const QString &domain);
    void startDiscovery(const QString &domain);
    void onMxFinished(const MxAnswer &answer);
    void onDiscoveryFinished(const TenantDiscoveryAnswer &answer);
    void onTimeLimit();
    void failMx(const QString &problem);
    void failDiscovery(const QString &problem);
    void finishIfDecided();
    void finish(Result result);
    void finishLater(Result result);
    void stopLookups();
    Result combine() const;
    void startLookupTimer(QTimer *timer);

    int m_timeLimitMs = defaultTimeLimitMs;
    int m_lookupTimeLimitMs = defaultLookupTimeLimitMs;

    // The running detection; m_run tells a stale callback (of an abandoned detection) from a current one.
    quint64 m_run = 0;
    bool m_running = false;
    bool m_holdDecision = false; // while lookups start, or the time limit ends them: decide once, afterwards
    EmailAddress m_address;
    QElapsedTimer m_elapsed;
    QTimer *m_timeLimit = nullptr;
    QTimer *m_mxTimer = nullptr;
    QTimer *m_discoveryTimer = nullptr;
    MxResolver *m_mxResolver = nullptr;
    TenantDiscovery *m_tenantDiscovery = nullptr;
    MxOutcome m_mx;
    DiscoveryOutcome m_discovery;
    Result m_result;
};
