// The XOAUTH2 SASL mechanism as Microsoft and Google use it for IMAP and SMTP.
#pragma once

#include <QByteArray>
#include <QString>

namespace Xoauth2 {

// base64("user=" address "\x01auth=Bearer " token "\x01\x01"): the initial client response.
QByteArray initialResponse(const QString &email, const QString &accessToken);

// A server challenge ("+ <base64>" in IMAP, "334 <base64>" in SMTP) decoded for people:
// Google-style servers send a JSON error there. Gives the raw text if it is not base64 text.
QString decodeChallenge(const QByteArray &challenge);

} // namespace Xoauth2
