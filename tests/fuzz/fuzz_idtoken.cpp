// libFuzzer target for IdTokenClaims::fromJwt (wizard/core/signin/idtokenclaims.h): whatever the token endpoint
// sends as id_token, the claims are no longer than the token, the addresses are at most three, and the claims
// written into a token of our own read back the same.
#include "wizard/core/signin/idtokenclaims.h"

#include "tests/fuzz/fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray jwt = fuzzBytes(data, size).toByteArray();
    const std::optional<IdTokenClaims> claims = IdTokenClaims::fromJwt(jwt);
    if (!claims)
        return 0;
    for (const QString *claim : { &claims->tenantId, &claims->objectId, &claims->subject, &claims->preferredUsername,
                                  &claims->email, &claims->userPrincipalName, &claims->name })
        FUZZ_CHECK(claim->size() <= jwt.size());
    FUZZ_CHECK(claims->addresses().size() <= 3);
    for (const QString &address : claims->addresses())
        FUZZ_CHECK(claims->vouchesFor(address));
    const QString identity = claims->accountIdentity();
    FUZZ_CHECK(identity.isEmpty() || identity.contains(u'.'));
    (void)claims->kind();

    // A lone surrogate ("\ud800" in the JSON) has no UTF-8 form: such a claim cannot be written back as it is.
    for (const QString *claim : { &claims->tenantId, &claims->objectId, &claims->subject, &claims->preferredUsername,
                                  &claims->email, &claims->userPrincipalName, &claims->name }) {
        if (QString::fromUtf8(claim->toUtf8()) != *claim)
            return 0;
    }
    const QJsonObject payload{ { u"tid"_s, claims->tenantId }, { u"oid"_s, claims->objectId },
                               { u"sub"_s, claims->subject }, { u"preferred_username"_s, claims->preferredUsername },
                               { u"email"_s, claims->email }, { u"upn"_s, claims->userPrincipalName },
                               { u"name"_s, claims->name } };
    const QByteArray encoded = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (encoded.size() > 64 * 1024)
        return 0;  // larger than fromJwt reads
    const std::optional<IdTokenClaims> again = IdTokenClaims::fromJwt("e30." + encoded + ".c2ln");
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->tenantId == claims->tenantId && again->objectId == claims->objectId
               && again->subject == claims->subject && again->preferredUsername == claims->preferredUsername
               && again->email == claims->email && again->userPrincipalName == claims->userPrincipalName
               && again->name == claims->name);
    return 0;
}
