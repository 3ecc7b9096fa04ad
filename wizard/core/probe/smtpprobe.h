// Proves SMTP submission: greeting, EHLO, STARTTLS (never a sign-in without TLS), EHLO again,
// AUTH XOAUTH2, and on request sends a test message to the account itself, or hands over a message a device gave
// the relay (wizard/core/relay/). Through a route (a relay) it signs in as a device does, with AUTH PLAIN.
#pragma once

#include "wizard/core/probe/mailprobe.h"
#include "wizard/core/probe/smtpreply.h"
#include "wizard/core/probe/smtproute.h"
#include "wizard/core/probe/testmessage.h"

#include <QSet>

// A message to hand over as it is: the envelope, and the RFC 5322 text with CRLF line ends, not dot-stuffed.
struct SubmittedMessage {
    QString from;
    QStringList recipients;
    QByteArray text;
    QString label;  // what messageSent() and messageAccepted() carry: the test message's Message-ID
};

class SmtpProbe : public MailProbe
{
    Q_OBJECT
public:
    using MailProbe::MailProbe;

    // When set before start(), the probe sends this message after signing in.
    void setTestMessage(const TestMessage &message);
    // When set before start(), the probe hands over this message after signing in. Every recipient must be accepted,
    // or nothing is sent.
    void setMessage(const SubmittedMessage &message) { m_message = message; }
    // When set before start(): the probe was made for route.server() and signs in with the route's user name and
    // password (AUTH PLAIN) instead of the account's token; a pinned certificate is the only one it accepts.
    void setRoute(const SmtpRoute &route);

    // The code of the last complete reply the server gave (0 before any): after a failure, whether the server
    // refused for good (5xx) or for now (4xx), as opposed to a connection, TLS or time-out failure.
    int lastReplyCode() const { return m_lastReplyCode; }
    // True once the server accepted the message.
    bool messageWasAccepted() const { return m_accepted; }

Q_SIGNALS:
    // The whole test message went out; the server may deliver it before its acceptance gets here.
    void messageSent(const QString &messageId);
    // The server accepted the test message for delivery.
    void messageAccepted(const QString &messageId);

protected:
    void onReady() override;
    void onLine(const QByteArray &line) override;
    void onEncrypted() override;
    Direction direction() const override { return Direction::Outgoing; }
    QString refusedInput() const override;

private:
    enum class State {
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        EhloAfterTls,
        Authenticate,
        AuthenticateChallengeAnswered,
        MailFrom,
        RcptTo,
        Data,
        MessageBody,
        Bdat,          // BDAT n LAST and the message sent, waiting for its answer
        Quit,
    };

    void handleReply(const SmtpReply &reply);
    void sendEhlo();
    void authenticate(const QString &ehloReply);
    void sendEnvelope();
    void sendBody();
    QList<QByteArray> bdatChunk() const;
    void onMessageAccepted(const QString &reply);
    void quit();
    QByteArray ehloName() const;

    State m_state = State::Greeting;
    SmtpReplyAssembler m_replies;
    QSet<QByteArray> m_extensions;
    QSet<QByteArray> m_authMechanisms;
    std::optional<TestMessage> m_testMessage;
    std::optional<SubmittedMessage> m_message;
    std::optional<SmtpRoute> m_route;
    int m_recipientRepliesLeft = 0;
    int m_lastReplyCode = 0;
    bool m_accepted = false;
    QString m_challenge;
    bool m_pipelining = false;
    bool m_chunking = false;
    bool m_quitPipelined = false;
    QString m_sendDetail;
};
