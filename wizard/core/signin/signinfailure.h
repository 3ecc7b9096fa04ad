// Why a sign-in or a token refresh failed: the catalogue class, and what Microsoft said, kept whole
// for the helpdesk (the AADSTS code, trace id, correlation id and time identify the event in
// Microsoft's logs).
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QVariantMap>

#include <optional>

struct SignInFailure {
    DiagnosisId id = DiagnosisId::Unknown;  // the class of the diagnosis catalogue
    QString error;          // the OAuth error code: access_denied, invalid_grant, ...
    QString description;    // error_description, decoded
    QString aadstsCode;     // "AADSTS65001", when there is one
    QString traceId;
    QString correlationId;
    QString timestamp;
    int httpStatus = 0;
    QString detail;         // what happened on our side (time-out, state mismatch), for the helpdesk; Qt's own
                            // words only after "technical detail:", never alone
    QString host;           // the sign-in service's host that failed (of the token or authorize URL), for the facts
    int timeLimitSeconds = 0;  // the time limit that passed, for time-outs

    // Microsoft's words and ids in one text, for Diagnosis::reply and reports.
    QString reply() const;
    // The diagnosis, in the words for `context` (the account), naming Microsoft's sign-in service at `host` and
    // the time limit that passed unless `context` names a server of its own.
    Diagnosis diagnosis(const DiagnosisContext &context = {}) const;

    // The token endpoint's answer (HTTP status and body) to a code or refresh request.
    static SignInFailure fromTokenResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType = {});
    // The redirect back from the browser carrying error and error_description.
    static SignInFailure fromRedirect(const QVariantMap &query);
    // A token request that got no answer from `host`; `timeLimitSeconds` is the per-read limit that applied.
    static SignInFailure fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                          const QString &host = {}, int timeLimitSeconds = 0);
    // A request to `host` that did not finish within the whole-operation limit; `what` names it for the helpdesk.
    static SignInFailure timedOut(const QString &host, int seconds, const QString &what);
    // A failure found on our side.
    static SignInFailure local(DiagnosisId id, const QString &detail);

    // How Qt's own words about a failure join the detail: as a technical detail, after our words.
    static QString withTechnicalDetail(const QString &words, const QString &qtWords);
};

// The signed-in account must be the one being set up: a personal Microsoft account can carry any
// address, and a browser may sign in with whoever is already signed in. Gives the failure when the
// address in the id_token differs from `expectedEmail` (case and spaces aside).
std::optional<SignInFailure> checkSignedInAddress(const QString &signedInAddress, const QString &expectedEmail);
