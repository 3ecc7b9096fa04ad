// The relay device that `check --through-relay` signs in as: added with a name of its own
// (mailsetup-check-<random>) and a fresh password just before the check, and removed again afterwards, whatever
// the outcome, so that no password outlives the check. Waits for the keychain in a local event loop.
#pragma once

#include "wizard/core/relay/relaydevices.h"

class TemporaryRelayDevice
{
public:
    TemporaryRelayDevice(SecretStore *store, const QString &settingsFile);
    // Removes the device if it is still there.
    ~TemporaryRelayDevice();

    // "mailsetup-check-" and eight random hex digits: a name no person gives a device.
    static QString newName();
    static constexpr QLatin1StringView NamePrefix{ "mailsetup-check-" };

    // Adds the device; the keychain's answer (the password is kept here, never in it).
    SecretResult add();
    // Removes it; the keychain's answer. Does nothing (and answers Ok) when it was not added.
    SecretResult remove();

    // Removes the devices an earlier check left behind when it was killed (SIGKILL, a power cut): those with this
    // name that were added longer ago than any check lasts. A check running beside this one keeps its device.
    // Gives the names removed.
    QStringList removeLeftovers();
    static constexpr qint64 LeftoverAfterSeconds = 30 * 60;

    bool isAdded() const { return m_added; }
    QString name() const { return m_name; }
    QString password() const { return m_password; }

private:
    // Removes the device `name`, waiting for the keychain.
    SecretResult removeNamed(const QString &name);

    RelayDevices m_devices;
    QString m_name;
    QString m_password;
    bool m_added = false;
};
