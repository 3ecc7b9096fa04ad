// The domains of Microsoft's personal accounts (Outlook.com, Hotmail, Live, MSN and their country domains), from
// the resource :/providers/personal-domains.json, and what an address's domain tells before any lookup: a typo of
// one of them ("hotmial.com": did you mean hotmail.com?), or another provider's mail (gmail.com), which Mail Setup
// cannot set up.
#pragma once

#include <QString>
#include <QStringList>

namespace PersonalDomains {

// The list, lower-case, sorted.
QStringList all();
// Is this domain (any case, Unicode or ACE, a final dot allowed) on the list?
bool contains(const QString &domain);

// What the domain alone says about the address, before the account kind is looked up.
struct DomainAdvice {
    enum class Kind {
        None,           // nothing to say: a Microsoft domain, or one nothing is known about
        LikelyTypo,     // one or two letters off a personal Microsoft domain: `suggestions`, closest first
        OtherProvider,  // the mail of another provider (Gmail, iCloud, Yahoo...): `provider` names it
    };
    Kind kind = Kind::None;
    QStringList suggestions;
    QString provider;
};
DomainAdvice adviceFor(const QString &domain);

} // namespace PersonalDomains
