#include "wizard/core/probe/xoauth2.h"

#include "wizard/core/provider/emailaddress.h"

namespace Xoauth2 {

QByteArray initialResponse(const QString &email, const QString &accessToken)
{
    // The domain's ASCII form, as in the envelope: the server compares the user with the address it knows.
    const QByteArray raw = "user=" + EmailAddress::protocolForm(email).toUtf8() + "\x01" "auth=Bearer "
        + accessToken.toUtf8() + "\x01\x01";
    return raw.toBase64();
}

QString decodeChallenge(const QByteArray &challenge)
{
    const QByteArray trimmed = challenge.trimmed();
    const auto result = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return QString::fromUtf8(trimmed);
    const QByteArray &decoded = result.decoded;
    for (const char c : decoded) {
        if (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return QString::fromUtf8(trimmed);
    }
    return QString::fromUtf8(decoded);
}

} // namespace Xoauth2
