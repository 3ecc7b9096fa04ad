// Which application (client) ID signs in: the one given on the command line (--client-id), else the preset's
// (deployment/preset.h: SetupOptions::resolved gives the caller the stronger of the two), else the provider
// profile's, else the one built in (cmake -DMAILSETUP_CLIENT_ID=…, which packagers set). One rule for the wizard,
// every command and the relay. docs/app-registration.md says how an IT department registers one.
#pragma once

#include <QString>

struct ProviderProfile;

namespace ClientIds {

// The ID built into this copy of Mail Setup; empty when the build has none.
QString builtIn();
// The ID that applies: `fromCommandLine` (trimmed; the command line's or the preset's), else the profile's, else builtIn(); empty when there is none.
QString choose(const QString &fromCommandLine, const ProviderProfile &profile);

} // namespace ClientIds
