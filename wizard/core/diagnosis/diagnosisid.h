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
    ClientError,

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
    TlsVersionTooOld,
    DeliveryRejected,

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

    Unknown,
};
Q_ENUM_NS(DiagnosisId)

} // namespace DiagnosisIds

using DiagnosisIds::DiagnosisId;
