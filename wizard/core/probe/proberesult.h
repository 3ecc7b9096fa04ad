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
