// Proves IMAP access: implicit TLS, greeting, capabilities, AUTHENTICATE XOAUTH2, EXAMINE INBOX,
// and on request finds the test message by its Message-ID. Authentication alone proves nothing on
// Exchange Online, so the inbox must open too.
#pragma once

#include "wizard/core/probe/mailprobe.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

struct ImapResponse;

class ImapProbe : public MailProbe
{
    Q_OBJECT
public:
    ImapProbe(const ServerAddress &server, const QList<QSslCertificate> &extraCa, const MailAccount &account,
              const ProbeLimits &limits, QObject *parent = nullptr);

    // When set before start(), the probe keeps the inbox open after EXAMINE and emits
    // mailboxReady(), then waits for findMessage() or logout().
    void setWaitForTestMessage(bool wait) { m_waitForTestMessage = wait; }

    // Looks for a message with this Message-ID (angle brackets included) until it is there or the
    // delivery time limit passes, then logs out. Call it as soon as the message was sent.
    void findMessage(const QString &messageId);
    // Logs out without looking for a message, or stops looking for it (the message was not accepted).
    void logout();

    // Milliseconds from findMessage() until the message was seen; -1 if it was not.
    qint64 messageFoundAfterMs() const { return m_foundAfterMs; }

Q_SIGNALS:
    void mailboxReady();
    void messageFound(qint64 ms);

protected:
    void onReady() override;
    void onLine(const QByteArray &line) override;
    Direction direction() const override { return Direction::Incoming; }

private:
    enum class State {
        Greeting,
        Capability,
        Authenticate,
        AuthenticateChallengeAnswered,
        AfterAuthentication,   // CAPABILITY (when needed) and EXAMINE pipelined
        MailboxOpen,           // waiting to be told to look for the test message, or to log out
        Searching,             // looking for it: looks in flight, the next one due, or waiting in IDLE
        LoggingOut,
    };

    QByteArray nextTag();
    void sendCommand(const QByteArray &command, const QByteArray &shownInTranscript = {});
    void requestCapabilities();
    void authenticate();
    void openInbox();
    void look();
    void scheduleNextLook();
    bool inQuickLooks() const;
    bool canIdle() const;
    QByteArray idleCommand();
    void onIdling();
    void onIdleEnded(const QByteArray &tag, const QByteArray &status);
    void onInboxChanged();
    void goodbye();
    void handleTagged(const ImapResponse &response, const QByteArray &line);
    void parseCapabilities(const QByteArray &text);
    // The capabilities as a step's detail: sorted, separated by spaces.
    QString capabilityList() const;
    bool handleUntaggedBye(const QByteArray &line);

    State m_state = State::Greeting;
    int m_tagCounter = 0;
    QSet<QByteArray> m_capabilities;
    bool m_haveCapabilities = false;
    bool m_waitForTestMessage = false;
    QByteArray m_capabilityTag;
    QByteArray m_authenticateTag;
    QByteArray m_examineTag;
    QList<QByteArray> m_searchTags;  // looks in flight, oldest first
    QByteArray m_logoutTag;
    QByteArray m_examineInfo;
    qint64 m_messagesInInbox = -1;
    QString m_messageId;
    QElapsedTimer m_searchClock;
    QString m_challenge;
    qint64 m_foundAfterMs = -1;
    bool m_searchHit = false;
    QTimer m_lookAgainTimer;
    QElapsedTimer m_roundTripClock;
    qint64 m_roundTripMs = 0;        // from sending EXAMINE to its answer: how many looks fit in flight
    // IDLE (RFC 2177): the command now running, and every IDLE whose tagged answer is still to come.
    QByteArray m_idleTag;
    QSet<QByteArray> m_idleTags;
    bool m_idleStarting = false;    // IDLE sent, its "+" not here yet
    bool m_idling = false;          // its "+" came, no DONE sent yet
    bool m_idleRefused = false;     // NO or BAD to IDLE: poll instead
    bool m_lookWhenIdling = false;   // a look waits for the IDLE's "+", to send DONE first
    bool m_lookWhenAnswered = false; // a look waits for a place among those in flight
    bool m_inboxChanged = false;    // an EXISTS since the last look was sent
};
