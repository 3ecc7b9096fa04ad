// Reads the token endpoint's answer before Qt does: Qt 6.4 drops every HTTP error body (the AADSTS JSON), only
// logs a 200 that carries an error or no token, and never says that a network error happened. Shared by the
// listener of an interactive sign-in and the handler of a refresh.
#pragma once

#include "wizard/core/signin/signinfailure.h"

#include <optional>

class QNetworkReply;

// A failed token request turned into a SignInFailure, naming the host asked and the per-read time limit that
// passed; nothing when the reply holds tokens.
std::optional<SignInFailure> tokenRequestFailure(QNetworkReply *reply);
