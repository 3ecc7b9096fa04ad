#include "wizard/core/secrets/secretkeys.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QString SecretKeys::refreshToken(const QString &identity)
{
    const QString id = identity.trimmed();
    return id.isEmpty() ? QString() : u"refresh-token/"_s + id;
}

QString SecretKeys::accessToken(const QString &identity)
{
    const QString id = identity.trimmed();
    return id.isEmpty() ? QString() : u"access-token/"_s + id;
}

QString SecretKeys::relayDevice(const QString &name)
{
    const QString id = name.trimmed();
    return id.isEmpty() ? QString() : u"relay-device/"_s + id;
}

QString SecretKeys::keychainProbe()
{
    return u"probe/%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}
