// The kind of Microsoft account behind an address, and the tenants of Microsoft's identity platform that
// decide it. One definition for the detector (before sign-in), the id_token (after it), the saved settings,
// the catalogue's words and the wizard.
#pragma once

#include <QObject>
#include <QString>

namespace AccountKinds {
Q_NAMESPACE

enum class AccountKind {
    Unknown,       // not known (yet): the detector could not tell, or nothing was looked up
    Personal,      // a personal Microsoft account: Outlook.com, Hotmail, Live, MSN
    Work,          // a work or school account: Microsoft 365 / Exchange Online (Entra ID)
    NotMicrosoft,  // the address's lookups answered and none named Microsoft (before sign-in only)
};
Q_ENUM_NS(AccountKind)

} // namespace AccountKinds

using AccountKinds::AccountKind;

namespace MicrosoftTenants {

// The tenant id (id_token "tid") of every personal Microsoft account.
inline const QString consumersId = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
// The tenant names of the v2.0 endpoints: both kinds, personal accounts only, work or school accounts only.
inline const QString common = QStringLiteral("common");
inline const QString consumers = QStringLiteral("consumers");
inline const QString organizations = QStringLiteral("organizations");

// Personal for the consumers tenant id, Work for any other non-empty tenant id, Unknown for none.
AccountKind kindOfTenant(const QString &tenantId);

} // namespace MicrosoftTenants

// Stable machine names ("personal", "work", "not-microsoft", "unknown"), for settings, JSON and presets.
QString accountKindKey(AccountKind kind);
AccountKind accountKindFromKey(const QString &key, bool *ok = nullptr);
