// The wizard's pages by id, in their own header: the pages name each other's ids (nextId()) without knowing the
// wizard that holds them, so no page includes setupwizard.h.
#pragma once

#include <QObject>

namespace WizardPage {
Q_NAMESPACE

// SavedAccountsPageId comes first on the screen (a later launch opens on it) but last here: the others keep their numbers.
enum Id { AddressPageId, ImapSwitchPageId, SignInPageId, CheckPageId, ReadyPageId, SavedAccountsPageId };
Q_ENUM_NS(Id)

} // namespace WizardPage
