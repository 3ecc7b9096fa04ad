// The wizard's pages by id, in their own header: the pages name each other's ids (nextId()) without knowing the
// wizard that holds them, so no page includes setupwizard.h.
#pragma once

#include <QObject>

namespace WizardPage {
Q_NAMESPACE

enum Id { AddressPageId, ImapSwitchPageId, SignInPageId, CheckPageId, ReadyPageId };
Q_ENUM_NS(Id)

} // namespace WizardPage
