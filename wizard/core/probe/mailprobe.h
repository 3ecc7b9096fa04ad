// What IMAP and SMTP probes share: the account and server, step bookkeeping with timings,
// the connection's failures turned into diagnoses, the whole-check time limit and redaction.
// A subclass speaks its protocol from the greeting on.
#pragma once

#include "wizard/core/diagnosis/replyclassifier.h"
#include "wizard/core/probe/lineconnection.h"
#include "wizard/core/probe/probelimits.h"
#include "wizard/core/probe/proberesult.h"
#include "wizard/core/secrets/secretredactor.h"
#include "wizard/core/provider/providerprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Who is being checked: the address and an access token issued for it.
struct MailAccount {
    QString email;
    QString accessToken;
    AccountKind kind = AccountKind::Unknown;  // chooses the words of a diagnosis (Outlook.com's or the administrator's)
};

class MailProbe : public QObject
{
    Q_OBJECT
public:
    MailProbe(const ServerAddress &server, const QList<QSslCertificate> &extraCa, const MailAccount &account,
              const ProbeLimits &limits, QObject *parent = nullptr);
    ~MailProbe() override;

    // Connects and speaks the protocol. An address that EmailAddress refuses (or other input no protocol line may
    // carry, see refusedInput()) ends the probe before any connection, with an invalid-address diagnosis and no
    // step; finished() comes from the event loop then, as it always does.
    void start();
    // Stops at once; finished() is not emitted.
    void cancel();

    bool isFinished() const { return m_finished; }
    ProbeResult result() const;

Q_SIGNALS:
    void stepStarted(ProbeStep step);
    void stepFinished(const StepResult &result);
    void finished(const ProbeResult &result);

protected:
    // Called once the connection is ready for the protocol (after the implicit TLS handshake).
    virtual void onReady() = 0;
    virtual void onLine(const QByteArray &line) = 0;
    // After a STARTTLS handshake.
    virtual void onEncrypted() { }
    // Reading (IMAP) or sending (SMTP): the diagnosis names the server by it.
    virtual Direction direction() const = 0;
    // Why the probe must not start with what it was given, for the transcript; empty when it may. This one checks
    // the account's address (XOAUTH2's user=); a subclass adds what else its protocol lines carry.
    virtual QString refusedInput() const;

    LineConnection *connection() const { return m_connection; }
    const MailAccount &account() const { return m_account; }
    const ServerAddress &server() const { return m_server; }
    const ProbeLimits &limits() const { return m_limits; }

    void beginStep(ProbeStep step);
    std::optional<ProbeStep> currentStep() const { return m_currentStep; }
    void passStep(const QString &detail, const std::optional<TlsDetails> &tls = std::nullopt);
    // Fails the current step with a catalogue class, the server's reply (may be empty) and a detail; for a time-out,
    // the limit that passed (the diagnosis names it).
    void failStep(DiagnosisId id, const QString &reply, const QString &detail = {}, int timeLimitMs = 0);
    // Fails the current step with the class the reply means in this context.
    void failWithReply(const QString &reply, ReplyContext context, DiagnosisId fallback);
    // Fails the greeting of a server that turns the connection away (IMAP's BYE, SMTP's 421): it is not letting
    // anyone in now, which says nothing about the account. Too many connections keep their own words.
    void failRefusedGreeting(const QString &reply);
    // The protocol ended; closes the connection and reports.
    void finish();
    // Once the check has its result: sends the goodbye (LOGOUT, QUIT; no lines when it went out earlier, pipelined),
    // passes the logout step with `detail` and finishes without waiting for the answer, which cannot change the
    // result: waiting would cost a round trip, or a whole time limit with a server that never answers.
    void sayGoodbye(const QList<QByteArray> &lines, const QString &detail);

    QString redact(const QString &text) const { return m_redactor.redact(text); }
    // Another secret the protocol carries (a password), and a form it travels in: taken out of every transcript
    // line, step detail and diagnosis from here on, as the token is.
    void addSecret(const QString &secret, const QString &encodedForm = {});

private:
    void onConnectionFailed(ConnectionFailure failure, const QString &detail);

    ServerAddress m_server;
    MailAccount m_account;
    ProbeLimits m_limits;
    LineConnection *m_connection;
    SecretRedactor m_redactor;
    QTimer m_checkTimer;
    QElapsedTimer m_stepClock;
    std::optional<ProbeStep> m_currentStep;
    std::optional<ProbeStep> m_lastStep;  // the step begun last, current or passed
    ProbeResult m_result;
    bool m_finished = false;
};
