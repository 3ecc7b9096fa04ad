// What a probe reports: its steps as they happen, and the outcome with its diagnosis.
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The steps of a connection check, in the order they can happen.
enum class ProbeStep {
    Resolve,       // the server's name into addresses
    Connect,       // the TCP connection
    TlsHandshake,  // implicit TLS (IMAP on 993)
    Greeting,      // the server's first words
    Capabilities,  // CAPABILITY or EHLO
    StartTls,      // STARTTLS and its handshake (SMTP on 587)
    Authenticate,  // XOAUTH2
    Mailbox,       // EXAMINE INBOX
    Send,          // MAIL FROM, RCPT TO, DATA
    FindMessage,   // the test message in INBOX
    Logout,        // LOGOUT or QUIT
};

// The stable machine name of a step, used in JSON and transcripts ("tls-handshake").
QString probeStepKey(ProbeStep step);
// What the step does, for people ("Checking the server's identity"), translated.
QString probeStepLabel(ProbeStep step);
// The same at its place in a check, `before` being the steps of the same connection before it: a step that comes
// again says which time it is ("Asking again what the server supports, now encrypted" after STARTTLS, "..., now
// signed in" after the sign-in), so that no step list names two steps alike.
QString probeStepLabel(ProbeStep step, const QList<ProbeStep> &before);

// What a TLS handshake agreed on, for the helpdesk.
struct TlsDetails {
    QString protocol;     // "TLS 1.3"
    QString cipher;       // "TLS_AES_256_GCM_SHA384"
    QString subject;      // the server certificate's subject
    QString issuer;       // who issued it
    QStringList errors;   // certificate or handshake errors, empty when it was trusted

    // "TLS 1.3, TLS_AES_256_GCM_SHA384, certificate for localhost issued by Sandbox CA"
    QString summary() const;
};

struct StepResult {
    ProbeStep step = ProbeStep::Connect;
    bool ok = false;
    qint64 ms = 0;
    QString detail;                   // what the server said or what was seen, secrets removed
    std::optional<TlsDetails> tls;
};

// The labels of a connection's steps, in order, each at its place (probeStepLabel(step, before)).
QStringList probeStepLabels(const QList<StepResult> &steps);

// The whole outcome of one probe.
struct ProbeResult {
    QString server;                   // "host:port"
    QList<StepResult> steps;
    std::optional<Diagnosis> diagnosis;  // set when a step failed
    QStringList transcript;           // "C: ..." / "S: ..." lines, secrets removed

    bool ok() const { return !diagnosis.has_value() && !steps.isEmpty(); }
    // The step that failed, if any.
    std::optional<ProbeStep> failedStep() const;
};

Q_DECLARE_METATYPE(StepResult)
Q_DECLARE_METATYPE(ProbeResult)
