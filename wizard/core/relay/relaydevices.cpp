#include "wizard/core/relay/relaydevices.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 VerifiedForMs = 5 * 60 * 1000;
constexpr int KeyBytes = 32;

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= uchar(a[i]) ^ uchar(b[i]);
    return difference == 0;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QString groupKey(const QString &name)
{
    return u"devices/"_s + name;
}

} // namespace

RelayDevices::RelayDevices(SecretStore *store, const QString &settingsFile, QObject *parent)
    : QObject(parent), m_store(store), m_settingsFile(settingsFile), m_memoKey(randomBytes(KeyBytes))
{
}

QString RelayDevices::defaultSettingsFile()
{
    const QString accounts = QSettings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName())
                                 .fileName();
    return QFileInfo(accounts).absolutePath() + u"/relay-devices.ini"_s;
}

bool RelayDevices::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

QString RelayDevices::generatePassword()
{
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

QByteArray RelayDevices::hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                              iterations, KeyBytes);
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' + key.toBase64();
}

bool RelayDevices::passwordMatches(const QString &password, const QByteArray &hash)
{
    const QList<QByteArray> parts = hash.split('$');
    if (parts.size() != 4 || parts.at(0) != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    // A hash that asks for more work than Mail Setup ever stores is not one of ours: refuse it rather than spin.
    if (!ok || iterations < 1 || iterations > 10 * DefaultIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    if (salt.isEmpty() || expected.size() != KeyBytes)
        return false;
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                              iterations, KeyBytes);
    return constantTimeEqual(key, expected);
}

QList<RelayDevice> RelayDevices::devices() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"devices"_s);
    QList<RelayDevice> list;
    for (const QString &name : settings.childKeys()) {
        if (isValidName(name))
            list << RelayDevice{ name, QDateTime::fromString(settings.value(name).toString(), Qt::ISODate) };
    }
    std::sort(list.begin(), list.end(), [](const RelayDevice &a, const RelayDevice &b) { return a.name < b.name; });
    return list;
}

bool RelayDevices::contains(const QString &name) const
{
    return isValidName(name) && QSettings(m_settingsFile, QSettings::IniFormat).contains(groupKey(name));
}

void RelayDevices::add(const QString &name, QObject *context, std::function<void(const AddResult &)> done)
{
    if (!isValidName(name)) {
        QMetaObject::invokeMethod(context ? context : this, [done] { done({ SecretResult{}, {} }); }, Qt::QueuedConnection);
        return;
    }
    const QString password = generatePassword();
    m_verified.remove(name);
    m_store->write(SecretKeys::relayDevice(name), hashPassword(password), context ? context : this,
                   [this, name, password, done](const SecretResult &result) {
        if (!result.ok()) {
            done({ result, {} });
            return;
        }
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        // To the millisecond: a running relay tells a new password from the one it remembers by this stamp.
        settings.setValue(groupKey(name), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            SecretResult failed = result;
            failed.status = SecretStatus::Failed;
            failed.detail = u"the device list %1 cannot be written"_s.arg(m_settingsFile);
            done({ failed, {} });
            return;
        }
        done({ result, password });
    });
}

void RelayDevices::remove(const QString &name, QObject *context, std::function<void(const SecretResult &)> done)
{
    m_verified.remove(name);
    m_store->remove(SecretKeys::relayDevice(name), context ? context : this,
                    [this, name, done](const SecretResult &result) {
        if (result.ok()) {
            QSettings settings(m_settingsFile, QSettings::IniFormat);
            settings.remove(groupKey(name));
        }
        done(result);
    });
}

QByteArray RelayDevices::memo(const QString &name, const QString &password) const
{
    return QMessageAuthenticationCode::hash(name.toUtf8() + '\0' + password.toUtf8(), m_memoKey,
                                            QCryptographicHash::Sha256);
}

QString RelayDevices::addedStamp(const QString &name) const
{
    if (!isValidName(name))
        return {};
    return QSettings(m_settingsFile, QSettings::IniFormat).value(groupKey(name)).toString();
}

void RelayDevices::verify(const QString &name, const QString &password, QObject *context,
                          std::function<void(bool, const SecretResult &)> done)
{
    QObject *target = context ? context : this;
    const QString stamp = addedStamp(name);
    if (stamp.isEmpty() || password.isEmpty()) {
        QMetaObject::invokeMethod(target, [done] { done(false, SecretResult{ SecretStatus::NotFound }); },
                                  Qt::QueuedConnection);
        return;
    }
    const auto known = m_verified.constFind(name);
    if (known != m_verified.constEnd() && known->until > QDateTime::currentMSecsSinceEpoch()
        && known->addedStamp == stamp && constantTimeEqual(known->memo, memo(name, password))) {
        QMetaObject::invokeMethod(target, [done] { done(true, SecretResult{ SecretStatus::Ok }); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(SecretKeys::relayDevice(name), target, [this, name, password, stamp, done](const SecretResult &result) {
        const bool matches = result.ok() && passwordMatches(password, result.secret);
        if (matches)
            m_verified.insert(name, { memo(name, password), stamp, QDateTime::currentMSecsSinceEpoch() + VerifiedForMs });
        SecretResult withoutSecret = result;
        withoutSecret.secret.clear();
        done(matches, withoutSecret);
    });
}
