// The token endpoint's answer to a code or refresh request, read from its HTTP status, content type and body
// alone: a pure function (fuzzed in tests/fuzz/), which tokenRequestFailure() applies to a QNetworkReply. Qt reads
// the tokens themselves; this decides whether there are any, and words the failure when there are not.
#pragma once

#include "wizard/core/signin/signinfailure.h"

#include <QByteArray>

#include <optional>

struct TokenReply {
    // Nothing when the answer holds an access token; else why not. The failure names no host: the caller knows it.
    std::optional<SignInFailure> failure;

    bool holdsTokens() const { return !failure.has_value(); }

    // An HTTP error status (400 and above) is a failure whatever the body; below it, the body must be a JSON
    // object with an access_token and no error. Only the first 16 KiB of an error body are read
    // (SignInFailure::fromTokenResponse).
    static TokenReply parse(int httpStatus, const QByteArray &contentType, const QByteArray &body);
};
