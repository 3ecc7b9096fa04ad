// Proves IMAP access: implicit TLS, greeting, capabilities, AUTHENTICATE XOAUTH2, EXAMINE INBOX,
// and on request finds the test message by its Message-ID. Authentication alone proves nothing on
// Exchange Online, so the inbox must open too.
#pragma once

#include "probe/mailprobe.h"

#include <QElapsedTimer>
#include <QSet>

class ImapProbe : public MailProbe
{
    Q_OBJECT
public:
    using MailProbe::MailProbe;

    // When set before start(), the probe keeps the inbox open after EXAMINE and emits
    // mailboxReady(), then waits for findMessage() or logout().
    void setWaitForTestMessage(bool wait) { m_waitForTestMessage = wait; }

    // Looks for a message with this Message-ID (angle brackets included) until it is there or the
    // delivery time limit passes, then logs out.
    void findMessage(const QString &messageId);
    // Logs out without looking for a message.
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
        MailboxOpen,           // waiting to be told to search or log out
        Searching,
        WaitingToSearchAgain,
        LoggingOut,
    };

    QByteArray nextTag();
    void sendCommand(const QByteArray &command, const QByteArray &shownInTranscript = {});
    void requestCapabilities();
    void authenticate();
    void openInbox();
    void search();
    void handleTagged(const QByteArray &tag, const QByteArray &status, const QByteArray &text, const QByteArray &line);
    void parseCapabilities(const QByteArray &text);
    bool handleUntaggedBye(const QByteArray &line);

    State m_state = State::Greeting;
    int m_tagCounter = 0;
    QSet<QByteArray> m_capabilities;
    bool m_haveCapabilities = false;
    bool m_waitForTestMessage = false;
    QByteArray m_capabilityTag;
    QByteArray m_authenticateTag;
    QByteArray m_examineTag;
    QByteArray m_searchTag;
    QByteArray m_logoutTag;
    QByteArray m_examineInfo;
    qint64 m_messagesInInbox = -1;
    QString m_messageId;
    QElapsedTimer m_searchClock;
    QString m_challenge;
    qint64 m_foundAfterMs = -1;
    bool m_searchHit = false;
    int m_searchRound = 0;
};
