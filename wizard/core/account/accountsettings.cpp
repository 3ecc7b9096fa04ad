#include "wizard/core/account/accountsettings.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccountSettings, "mailsetup.account.settings")

namespace {

// A saved account is personal or work; anything else is saved as, and reads as, not known.
AccountKind savedKind(const QString &key)
{
    const AccountKind kind = accountKindFromKey(key);
    return kind == AccountKind::Personal || kind == AccountKind::Work ? kind : AccountKind::Unknown;
}

QString savedKindKey(AccountKind kind)
{
    return kind == AccountKind::Personal || kind == AccountKind::Work ? accountKindKey(kind) : QString();
}

const QString accountsGroup = u"accounts"_s;

// One group per address. Percent-encoding keeps '/' (QSettings' separator) and friends out of the group name.
QString groupFor(const QString &email)
{
    return accountsGroup + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(AccountSettings::normalizedEmail(email)));
}


void writeServer(QSettings &settings, const QString &name, const ServerAddress &server)
{
    settings.beginGroup(name);
    settings.setValue(u"host"_s, server.host);
    settings.setValue(u"port"_s, int(server.port));
    settings.setValue(u"security"_s, server.security == ConnectionSecurity::StartTls ? u"starttls"_s : u"tls"_s);
    settings.endGroup();
}

ServerAddress readServer(const QSettings &settings, const QString &name)
{
    ServerAddress server;
    server.host = settings.value(name + u"/host"_s).toString();
    const int port = settings.value(name + u"/port"_s).toInt();
    server.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    server.security = settings.value(name + u"/security"_s).toString() == u"starttls"_s ? ConnectionSecurity::StartTls
                                                                                        : ConnectionSecurity::Tls;
    return server;
}

SavedAccount readAccount(const QSettings &settings, const QString &group)
{
    SavedAccount account;
    const QString prefix = group + u'/';
    account.email = settings.value(prefix + u"email"_s).toString();
    account.providerId = settings.value(prefix + u"provider"_s).toString();
    account.providerFile = settings.value(prefix + u"providerFile"_s).toString();
    account.clientId = settings.value(prefix + u"clientId"_s).toString();
    account.kind = savedKind(settings.value(prefix + u"kind"_s).toString());
    account.tenantId = settings.value(prefix + u"tenant"_s).toString();
    account.identity = settings.value(prefix + u"identity"_s).toString();
    account.username = settings.value(prefix + u"username"_s).toString();
    account.imap = readServer(settings, prefix + u"imap"_s);
    account.smtp = readServer(settings, prefix + u"smtp"_s);
    return account;
}

bool synced(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcAccountSettings) << "Could not write" << settings.fileName() << settings.status();
        return false;
    }
    return true;
}

} // namespace

QString SavedAccount::secretKey() const
{
    return SecretKeys::refreshToken(identity);
}

AccountSettings::AccountSettings()
    : m_fileName(QSettings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                           QCoreApplication::applicationName())
                     .fileName())
{
}

AccountSettings::AccountSettings(const QString &fileName)
    : m_fileName(fileName)
{
}

std::optional<SavedAccount> AccountSettings::load(const QString &email) const
{
    if (normalizedEmail(email).isEmpty())
        return std::nullopt;
    const QSettings settings(m_fileName, QSettings::IniFormat);
    const QString group = groupFor(email);
    if (!settings.contains(group + u"/email"_s))
        return std::nullopt;
    return readAccount(settings, group);
}

bool AccountSettings::save(const SavedAccount &account)
{
    if (normalizedEmail(account.email).isEmpty())
        return false;
    const std::pair<const char *, QString> fields[] = {
        {"email", account.email},       {"providerId", account.providerId}, {"providerFile", account.providerFile},
        {"clientId", account.clientId}, {"tenantId", account.tenantId},     {"identity", account.identity},
        {"username", account.username}, {"imap.host", account.imap.host},   {"smtp.host", account.smtp.host},
    };
    for (const auto &[name, value] : fields) {
        if (looksLikeToken(value)) {
            // The field's name only: the value may well be a token.
            qCWarning(lcAccountSettings) << "Refused to save an account whose" << name << "looks like a token";
            return false;
        }
    }

    QSettings settings(m_fileName, QSettings::IniFormat);
    const QString group = groupFor(account.email);
    settings.remove(group);  // nothing of an earlier save survives under this address
    settings.beginGroup(group);
    settings.setValue(u"email"_s, account.email);
    settings.setValue(u"lookup"_s, normalizedEmail(account.email));
    settings.setValue(u"provider"_s, account.providerId);
    settings.setValue(u"providerFile"_s, account.providerFile);
    settings.setValue(u"clientId"_s, account.clientId);
    settings.setValue(u"kind"_s, savedKindKey(account.kind));
    settings.setValue(u"tenant"_s, account.tenantId);
    settings.setValue(u"identity"_s, account.identity);
    settings.setValue(u"username"_s, account.username);
    writeServer(settings, u"imap"_s, account.imap);
    writeServer(settings, u"smtp"_s, account.smtp);
    settings.endGroup();
    return synced(settings);
}

bool AccountSettings::remove(const QString &email)
{
    if (normalizedEmail(email).isEmpty())
        return false;
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.remove(groupFor(email));
    settings.beginGroup(accountsGroup);
    const bool noAccountsLeft = settings.childGroups().isEmpty() && settings.childKeys().isEmpty();
    settings.endGroup();
    if (noAccountsLeft)
        settings.remove(accountsGroup);
    return synced(settings);
}

QList<SavedAccount> AccountSettings::accounts() const
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.beginGroup(accountsGroup);
    const QStringList groups = settings.childGroups();
    settings.endGroup();

    QList<SavedAccount> accounts;
    for (const QString &group : groups) {
        const QString path = accountsGroup + u'/' + group;
        if (settings.contains(path + u"/email"_s))
            accounts << readAccount(settings, path);
    }
    std::sort(accounts.begin(), accounts.end(), [](const SavedAccount &a, const SavedAccount &b) {
        return normalizedEmail(a.email) < normalizedEmail(b.email);
    });
    return accounts;
}

QString AccountSettings::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool AccountSettings::looksLikeToken(const QString &value)
{
    // A JWT (access or id token): base64url JSON header "{"..., then at least one more dot-separated part.
    static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"_s);
    if (jwt.match(value).hasMatch())
        return true;
    // Microsoft refresh tokens are opaque runs of hundreds of characters; no address, host, tenant or
    // identity comes near 200 characters without a space.
    constexpr qsizetype longestOrdinaryValue = 200;
    static const QRegularExpression space(u"\\s"_s);
    return value.size() > longestOrdinaryValue && !value.contains(space);
}
