// The relay: a small SMTP submission server for devices that only know a user name and a password (a scanner, a
// printer, an old program). Each message is sent on through the account's real SMTP server with XOAUTH2 and the
// stored sign-in, and the device hears 250 only once that server accepted it: nothing is held in between, so
// nothing is lost when the network or Microsoft fails; the device gets a temporary error (4xx) and sends again.
//
// It is not an open relay: a device signs in with its own password (RelayDevices), and the sender must be the
// account's address. It listens on loopback unless told otherwise; on another address it serves only the networks
// it is allowed (`--allow`), and takes a password there only after STARTTLS unless plain text is allowed.
#pragma once

#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/probe/smtpprobe.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/relay/relaycertificate.h"
#include "wizard/core/relay/relaydevices.h"
#include "wizard/core/relay/relaylimits.h"
#include "wizard/core/relay/relaysessionhost.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>

#include <functional>

// A fresh access token for the account, for each message: TokenKeeper::freshAccessToken in the product.
using AccessTokenSource = std::function<void(QObject *context, std::function<void(const TokenOutcome &)> done)>;

class RelayServer : public QTcpServer, public RelaySessionHost
{
    Q_OBJECT
public:
    RelayServer(const RelayAccount &account, RelayDevices *devices, AccessTokenSource tokens,
                const RelayLimits &limits = {}, QObject *parent = nullptr);
    ~RelayServer() override;

    // STARTTLS with this certificate; without one STARTTLS is not offered.
    void setCertificate(const RelayCertificate &certificate) { m_certificate = certificate; }
    // The networks served; empty: every client (only sensible on loopback, which start() enforces).
    void setAllowedNetworks(const QList<QPair<QHostAddress, int>> &networks) { m_allowed = networks; }
    // Take passwords without TLS from clients that are not on loopback (old devices on a trusted network).
    void setAllowPlain(bool allow) { m_allowPlain = allow; }

    // Listens. A non-loopback address needs allowed networks; false with the reason in `error` (translated).
    bool start(const QHostAddress &address, quint16 port, QString *error);

    // "127.0.0.1:2525", "[::1]:2525", "192.0.2.10:587": the address and port, or nothing.
    static std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);
    // "192.0.2.0/24", "2001:db8::/32", or one address: the network, or nothing.
    static std::optional<QPair<QHostAddress, int>> parseNetwork(const QString &text);

    struct Counters {
        int sessions = 0;          // connections served
        int turnedAway = 0;        // connections refused (not allowed, too many)
        int wrongPasswords = 0;
        int sent = 0;              // messages the upstream server accepted
        int refused = 0;           // messages refused by the relay or for good by the upstream server
        int failed = 0;            // messages answered with a temporary error
    };
    Counters counters() const { return m_counters; }
    int activeSessions() const { return m_activeSessions; }
    int messagesInFlight() const { return m_running + int(m_queue.size()); }

    // RelaySessionHost: what the sessions ask.
    const RelayAccount &account() const override { return m_account; }
    const RelayLimits &limits() const override { return m_limits; }
    const RelayCertificate &certificate() const override { return m_certificate; }
    RelayDevices *devices() const override { return m_devices; }
    bool mayTakePasswordFrom(const RelaySession *session) const override;
    bool rateAllows(const QString &device) const override;
    void submit(const QString &device, const SubmittedMessage &message, QObject *context,
                std::function<void(const RelayReply &)> done) override;
    void noteWrongPassword(const QString &device, const QHostAddress &client, int inSession) override;
    void noteRefused(const QString &device, const QString &why) override;
    void log(const QString &line) override;

Q_SIGNALS:
    // One line for the relay's log, in words for people; never a password or a token.
    void logged(const QString &line);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Pending {
        QString device;
        SubmittedMessage message;
        QPointer<QObject> context;
        std::function<void(const RelayReply &)> done;
    };
    bool isAllowed(const QHostAddress &client) const;
    void startNext();
    void sendUpstream(const std::shared_ptr<Pending> &pending, const QString &accessToken);
    void finishPending(const std::shared_ptr<Pending> &pending, const RelayReply &reply);
    RelayReply replyForFailure(const ProbeResult &result, int lastReplyCode) const;

    RelayAccount m_account;
    RelayDevices *m_devices;
    AccessTokenSource m_tokens;
    RelayLimits m_limits;
    RelayCertificate m_certificate;
    QList<QPair<QHostAddress, int>> m_allowed;
    bool m_allowPlain = false;
    int m_activeSessions = 0;
    int m_running = 0;
    QList<std::shared_ptr<Pending>> m_queue;
    mutable QHash<QString, QList<qint64>> m_recentMessages;  // per device: when its messages of the last minute came
    Counters m_counters;
};
