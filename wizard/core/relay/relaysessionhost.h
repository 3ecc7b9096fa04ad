// What a device's session asks of the relay that accepted it: the account it sends as, the limits, the
// certificate for STARTTLS, the devices' passwords, and the upstream server to hand a message to. RelayServer is
// the one implementation; the interface keeps the session from knowing the server (and the two headers from
// including each other).
#pragma once

#include "wizard/core/probe/smtpprobe.h"
#include "wizard/core/provider/accountkind.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/relay/relaycertificate.h"
#include "wizard/core/relay/relaydevices.h"
#include "wizard/core/relay/relaylimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>

class QObject;
class RelaySession;

// The account the relay sends as, and its SMTP server.
struct RelayAccount {
    QString email;
    AccountKind kind = AccountKind::Unknown;
    ServerAddress smtp;
    QList<QSslCertificate> extraCa;  // a sandbox CA, or a network's inspection CA
};

// What the relay answers a device for one message: the reply line with its enhanced status code.
struct RelayReply {
    int code = 0;
    QByteArray line;  // "250 2.0.0 ...", without CRLF
};

class RelaySessionHost
{
public:
    virtual ~RelaySessionHost() = default;

    virtual const RelayAccount &account() const = 0;
    virtual const RelayLimits &limits() const = 0;
    // Null: STARTTLS is not offered.
    virtual const RelayCertificate &certificate() const = 0;
    virtual RelayDevices *devices() const = 0;
    // Whether the session may take a password now (TLS, loopback, or plain allowed for old devices).
    virtual bool mayTakePasswordFrom(const RelaySession *session) const = 0;
    // Whether this device may send one more message now (its rate limit).
    virtual bool rateAllows(const QString &device) const = 0;
    // Hands the message to the upstream server (queued when enough are under way); `done` runs once with what to
    // tell the device, unless `context` is gone by then.
    virtual void submit(const QString &device, const SubmittedMessage &message, QObject *context,
                        std::function<void(const RelayReply &)> done) = 0;
    virtual void noteWrongPassword(const QString &device, const QHostAddress &client, int inSession) = 0;
    virtual void noteRefused(const QString &device, const QString &why) = 0;
    // One line for the relay's log, in words for people; never a password or a token.
    virtual void log(const QString &line) = 0;
};
