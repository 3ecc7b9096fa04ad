// Every failure class Mail Setup knows, as a closed enum: a typo in a class is a compile error. The catalogue
// (diagnosiscatalogue.h) gives each its stable key ("smtp-auth-disabled", used in JSON, reports and tests' data),
// its words for people, its audience, exit code and remedies.
#pragma once

#include <QMetaType>
#include <QObject>

namespace DiagnosisIds {
Q_NAMESPACE

enum class DiagnosisId {
    // Sign-in
    UserCancelled,
    ConsentRequired,
    WrongAccountOrTenant,
    AppRegistration,
    TenantNotFound,
    SignInExpired,
    MfaRequired,
    BlockedByPolicy,
    PasswordChangeRequired,  // the password expired or must be changed first
    PasswordRejected,        // a wrong user name or password, where an app sent the password itself
    AccountLocked,           // locked after wrong passwords or for risk, or switched off
    AppDisabled,             // the application is switched off, for the organisation or by Microsoft
    ClockSkew,               // this computer's or device's clock is too far from Microsoft's
    ClientError,
    SignInServiceUnreachable,   // no connection to Microsoft's sign-in service: name look-up, refused, network down
    SignInServiceTimeout,       // the sign-in service did not answer within the time limit
    SignInServiceError,         // an error page instead of an answer: HTML, not JSON, 5xx, a captive portal
    SignInListenerUnavailable,  // no loopback port for the browser's answer could be opened

    // Mailbox
    ImapNotEnabled,
    AuthRejected,
    BasicAuthDisabled,
    SmtpAuthDisabled,
    NotAuthenticated,
    TokenExpired,
    Throttled,
    ProtocolError,
    SendAsDenied,
    SendingBlocked,
    SendingLimitReached,
    TemporaryServerError,
    ServerUnavailable,
    TlsVersionTooOld,
    DeliveryRejected,
    SmtpUtf8Missing,
    SmtpPasswordRetired,            // 550 5.7.30: Exchange Online no longer takes a password for sending
    SmtpBlockedBySecurityDefaults,  // security defaults refuse a device that sends with a password
    DirectSendRejected,             // 550 5.7.68: the organisation rejects direct send
    MailboxFull,                    // a mailbox over its storage limit

    // This side of the connection
    DnsFailure,
    ConnectionRefused,
    ConnectionTimeout,
    TlsFailure,
    CertificateUntrusted,
    StartTlsMissing,
    ServerClosed,
    ResponseTimeout,
    TestMessageMissing,
    UnexpectedReply,
    InvalidAddress,

    // The relay for devices on this computer (mailsetup relay)
    RelayNotRunning,  // the relay was started but does not answer, or could not be started
    RelayPortTaken,   // another program (or a relay for another account) answers on the relay's port

    Unknown,
};
Q_ENUM_NS(DiagnosisId)

} // namespace DiagnosisIds

using DiagnosisIds::DiagnosisId;
