#include "wizard/core/provider/accountkind.h"

using namespace Qt::StringLiterals;

AccountKind MicrosoftTenants::kindOfTenant(const QString &tenantId)
{
    if (tenantId.trimmed().isEmpty())
        return AccountKind::Unknown;
    return tenantId.trimmed().compare(consumersId, Qt::CaseInsensitive) == 0 ? AccountKind::Personal
                                                                               : AccountKind::Work;
}

QString accountKindKey(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Personal:
        return u"personal"_s;
    case AccountKind::Work:
        return u"work"_s;
    case AccountKind::NotMicrosoft:
        return u"not-microsoft"_s;
    case AccountKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

AccountKind accountKindFromKey(const QString &key, bool *ok)
{
    for (AccountKind kind : { AccountKind::Unknown, AccountKind::Personal, AccountKind::Work, AccountKind::NotMicrosoft }) {
        if (key == accountKindKey(kind)) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return AccountKind::Unknown;
}
