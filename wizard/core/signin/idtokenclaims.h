// What the id_token says about who signed in. The token comes straight from the token endpoint over
// TLS in the authorization-code flow, so its claims are read without checking the signature
// (OpenID Connect Core 3.1.3.7); they decide the account kind and are compared with the address.
#pragma once

#include "wizard/core/provider/accountkind.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct IdTokenClaims {
    QString tenantId;           // tid
    QString objectId;           // oid: the user in that tenant
    QString subject;            // sub
    QString preferredUsername;  // preferred_username
    QString email;              // email
    QString userPrincipalName;  // upn (an optional claim of work accounts)
    QString name;

    // The tenant decides: the consumers tenant for a personal Microsoft account, any other for work or school.
    AccountKind kind() const { return MicrosoftTenants::kindOfTenant(tenantId); }
    bool isPersonalAccount() const { return kind() == AccountKind::Personal; }

    // The address the person signed in with: email, else preferred_username.
    QString signedInAddress() const;
    // Every address the token vouches for (email, preferred_username, upn), without duplicates.
    QStringList addresses() const;
    // True when `address` is one of them (case and spaces aside).
    bool vouchesFor(const QString &address) const;
    // A stable identity for keying secrets: tenant and user, never text the user can edit.
    QString accountIdentity() const;

    // Parses the payload of a JWT; nothing if it is not one.
    static std::optional<IdTokenClaims> fromJwt(const QByteArray &jwt);
};
