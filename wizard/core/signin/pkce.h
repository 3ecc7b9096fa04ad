// Proof Key for Code Exchange (RFC 7636) with S256: the verifier stays in memory, the challenge
// goes with the authorization request, and the token endpoint checks that the two belong together.
#pragma once

#include <QByteArray>

struct Pkce {
    QByteArray verifier;   // 43 characters of base64url from 32 random bytes
    QByteArray challenge;  // base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};
