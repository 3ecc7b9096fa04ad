#include "wizard/core/signin/clientid.h"

#include "wizard/core/provider/providerprofile.h"

QString ClientIds::builtIn()
{
#ifdef MAILSETUP_CLIENT_ID
    return QStringLiteral(MAILSETUP_CLIENT_ID);
#else
    return {};
#endif
}

QString ClientIds::choose(const QString &fromCommandLine, const ProviderProfile &profile)
{
    if (!fromCommandLine.trimmed().isEmpty())
        return fromCommandLine.trimmed();
    if (!profile.oauth.clientId.trimmed().isEmpty())
        return profile.oauth.clientId.trimmed();
    return builtIn();
}
