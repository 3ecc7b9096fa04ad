#include "wizard/core/signin/idtokenclaims.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString IdTokenClaims::signedInAddress() const
{
    return email.isEmpty() ? preferredUsername : email;
}

QStringList IdTokenClaims::addresses() const
{
    QStringList result;
    for (const QString &candidate : { email, preferredUsername, userPrincipalName }) {
        const QString trimmed = candidate.trimmed();
        if (trimmed.contains(u'@') && !result.contains(trimmed, Qt::CaseInsensitive))
            result.append(trimmed);
    }
    return result;
}

bool IdTokenClaims::vouchesFor(const QString &address) const
{
    return addresses().contains(address.trimmed(), Qt::CaseInsensitive);
}

QString IdTokenClaims::accountIdentity() const
{
    const QString user = objectId.isEmpty() ? subject : objectId;
    if (tenantId.isEmpty() || user.isEmpty())
        return {};
    return tenantId.toLower() + u'.' + user.toLower();
}

std::optional<IdTokenClaims> IdTokenClaims::fromJwt(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    if (parts.size() != 3 || parts.at(1).isEmpty() || parts.at(1).size() > 64 * 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding
                                                                         | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject payload = document.object();
    IdTokenClaims claims;
    claims.tenantId = payload.value(u"tid"_s).toString();
    claims.objectId = payload.value(u"oid"_s).toString();
    claims.subject = payload.value(u"sub"_s).toString();
    claims.preferredUsername = payload.value(u"preferred_username"_s).toString();
    claims.email = payload.value(u"email"_s).toString();
    claims.userPrincipalName = payload.value(u"upn"_s).toString();
    claims.name = payload.value(u"name"_s).toString();
    return claims;
}
