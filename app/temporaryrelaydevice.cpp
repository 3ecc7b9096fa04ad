#include "app/temporaryrelaydevice.h"

#include <QDateTime>
#include <QEventLoop>
#include <QRandomGenerator>

TemporaryRelayDevice::TemporaryRelayDevice(SecretStore *store, const QString &settingsFile)
    : m_devices(store, settingsFile), m_name(newName())
{
}

TemporaryRelayDevice::~TemporaryRelayDevice()
{
    remove();
}

QString TemporaryRelayDevice::newName()
{
    return NamePrefix + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
}

SecretResult TemporaryRelayDevice::add()
{
    RelayDevices::AddResult added;
    QEventLoop loop;
    m_devices.add(m_name, &loop, [&](const RelayDevices::AddResult &result) {
        added = result;
        loop.quit();
    });
    loop.exec();
    m_password = added.password;
    m_added = !added.password.isEmpty();
    return added.secret;
}

SecretResult TemporaryRelayDevice::remove()
{
    SecretResult removed;
    if (!m_added) {
        removed.status = SecretStatus::Ok;
        return removed;
    }
    removed = removeNamed(m_name);
    // Gone from the keychain (or never in it): the name goes too, and the password means nothing any more.
    if (removed.ok() || removed.status == SecretStatus::NotFound)
        m_added = false;
    m_password.clear();
    return removed;
}

QStringList TemporaryRelayDevice::removeLeftovers()
{
    QStringList removed;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-LeftoverAfterSeconds);
    for (const RelayDevice &device : m_devices.devices()) {
        if (!device.name.startsWith(NamePrefix) || device.name == m_name || !device.added.isValid()
            || device.added > before)
            continue;
        if (removeNamed(device.name).ok())
            removed << device.name;
    }
    return removed;
}

SecretResult TemporaryRelayDevice::removeNamed(const QString &name)
{
    SecretResult removed;
    QEventLoop loop;
    m_devices.remove(name, &loop, [&](const SecretResult &result) {
        removed = result;
        loop.quit();
    });
    loop.exec();
    return removed;
}
