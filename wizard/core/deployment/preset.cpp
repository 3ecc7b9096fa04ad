#include "wizard/core/deployment/preset.h"

#include "wizard/core/provider/emailaddress.h"
#include "wizard/core/provider/firstproblem.h"
#include "wizard/core/provider/regularfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
#include <QSettings>
#endif

using namespace Qt::StringLiterals;

namespace {

// A preset is a page of settings; anything larger is the wrong file.
constexpr qint64 MaxPresetBytes = 64 * 1024;

const QString keyClientId = u"clientId"_s;
const QString keyTenant = u"tenant"_s;
const QString keyAccountKind = u"accountKind"_s;
const QString keyAllowedDomains = u"allowedDomains"_s;
const QString keyProvider = u"provider"_s;
const QString keyProviderFile = u"providerFile"_s;
const QString keySendTestMessage = u"sendTestMessage"_s;
const QString keyLanguage = u"language"_s;
const QString keySkipPages = u"skipPages"_s;

const QStringList knownKeys = { keyClientId, keyTenant, keyAccountKind, keyAllowedDomains, keyProvider,
                                keyProviderFile, keySendTestMessage, keyLanguage, keySkipPages };

template <typename T>
std::optional<T> firstSet(const std::optional<T> &a, const std::optional<T> &b, const std::optional<T> &c)
{
    return a ? a : (b ? b : c);
}

// An application id as Entra writes it (a GUID), or any short name without spaces (test and sandbox registrations).
bool isClientId(const QString &value)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,100}$"_s);
    return pattern.match(value).hasMatch();
}

bool isTenant(const QString &value)
{
    static const QRegularExpression guid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (guid.match(value).hasMatch())
        return true;
    if (value == MicrosoftTenants::organizations || value == MicrosoftTenants::common
        || value == MicrosoftTenants::consumers)
        return true;
    return value.contains(u'.') && EmailAddress::isHostName(value);
}

bool isLanguage(const QString &value)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}([_-][A-Z]{2})?$"_s);
    return pattern.match(value).hasMatch();
}

class PresetReader : public FirstProblem<PresetError>
{
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    using FirstProblem::FirstProblem;

    std::optional<QString> string(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(key, tr("it must be a string"));
            return std::nullopt;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            fail(key, tr("it must not be empty"));
            return std::nullopt;
        }
        return text;
    }

    std::optional<QStringList> strings(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            fail(key, tr("it must be a list of strings"));
            return std::nullopt;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
                fail(u"%1[%2]"_s.arg(key).arg(i), tr("it must be a string that is not empty"));
                return std::nullopt;
            }
            list << array.at(i).toString().trimmed();
        }
        return list;
    }

};

} // namespace

SetupOptions SetupOptions::resolved(const SetupOptions &commandLine, const SetupOptions &preset,
                                    const SetupOptions &builtIns)
{
    SetupOptions result;
    result.clientId = firstSet(commandLine.clientId, preset.clientId, builtIns.clientId);
    result.tenant = firstSet(commandLine.tenant, preset.tenant, builtIns.tenant);
    result.kind = firstSet(commandLine.kind, preset.kind, builtIns.kind);
    result.allowedDomains = firstSet(commandLine.allowedDomains, preset.allowedDomains, builtIns.allowedDomains);
    result.provider = firstSet(commandLine.provider, preset.provider, builtIns.provider);
    result.sendTestMessage = firstSet(commandLine.sendTestMessage, preset.sendTestMessage, builtIns.sendTestMessage);
    result.language = firstSet(commandLine.language, preset.language, builtIns.language);
    result.skipPages = firstSet(commandLine.skipPages, preset.skipPages, builtIns.skipPages);
    return result;
}

ProviderChoice SetupOptions::providerOrDefault(const QString &defaultId) const
{
    if (provider)
        return *provider;
    if (kind == AccountKind::Work)
        return { u"microsoft365"_s, {} };
    if (kind == AccountKind::Personal)
        return { u"outlook"_s, {} };
    return { defaultId, {} };
}

bool SetupOptions::allowsDomain(const QString &aceDomain) const
{
    if (!allowedDomains)
        return true;
    const QString domain = aceDomain.toLower();
    for (const QString &allowed : *allowedDomains) {
        if (domain == allowed)
            return true;
    }
    return false;
}

QString SetupOptions::refusal(const QString &address) const
{
    const EmailAddress checked = EmailAddress::check(address);
    if (!checked.isValid() || allowsDomain(checked.domain))
        return {};
    return QCoreApplication::translate("Preset", "Your organisation has set up Mail Setup for addresses at %1 only, so "
                                                 "%2 cannot be set up here. Ask your IT department if this address "
                                                 "should work.")
        .arg(allowedDomains->join(u", "_s), address.trimmed());
}

QString PresetError::message() const
{
    if (key.isEmpty())
        return QCoreApplication::translate("Preset", "The preset %1 cannot be used: %2.").arg(file, problem);
    return QCoreApplication::translate("Preset", "The preset %1 cannot be used: the key \"%2\" is wrong: %3.")
        .arg(file, key, problem);
}

QStringList Preset::pageKeys()
{
    return { u"imap-switch"_s, u"ready"_s };
}

std::optional<SetupOptions> Preset::fromFile(const QString &path, PresetError *error)
{
    if (error)
        *error = PresetError{ path, {}, {} };
    QByteArray bytes;
    switch (RegularFile::read(path, MaxPresetBytes, &bytes)) {
    case RegularFile::Problem::None:
        break;
    case RegularFile::Problem::Missing:
        if (error)
            error->problem = tr("the file does not exist");
        return std::nullopt;
    case RegularFile::Problem::NotRegular:
        if (error)
            error->problem = tr("it is not a regular file");
        return std::nullopt;
    case RegularFile::Problem::Unreadable:
        if (error)
            error->problem = tr("the file cannot be read");
        return std::nullopt;
    case RegularFile::Problem::TooLarge:
        if (error)
            error->problem = tr("the file is larger than 64 KB");
        return std::nullopt;
    }
    return fromJson(bytes, path, QFileInfo(path).absolutePath(), error);
}

std::optional<SetupOptions> Preset::fromJson(const QByteArray &json, const QString &sourceName, const QString &baseDir,
                                             PresetError *error)
{
    if (error)
        *error = PresetError{ sourceName, {}, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            error->problem = tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            error->problem = tr("it must hold one JSON object");
        return std::nullopt;
    }
    return fromObject(document.object(), sourceName, baseDir, error);
}

std::optional<SetupOptions> Preset::fromObject(const QJsonObject &object, const QString &sourceName,
                                               const QString &baseDir, PresetError *error)
{
    if (error)
        *error = PresetError{ sourceName, {}, {} };
    PresetReader reader(error);
    // An unknown key is a mistake (a typo would otherwise be a setting that silently does nothing).
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys.contains(it.key())) {
            reader.fail(it.key(), tr("there is no such key; the keys are %1").arg(knownKeys.join(u", "_s)));
            return std::nullopt;
        }
    }

    SetupOptions options;
    if (const auto id = reader.string(object, keyClientId)) {
        if (isClientId(*id))
            options.clientId = *id;
        else
            reader.fail(keyClientId, tr("it must be an application (client) ID such as 00000000-0000-0000-0000-000000000000"));
    }
    if (const auto tenant = reader.string(object, keyTenant)) {
        if (isTenant(*tenant))
            options.tenant = *tenant;
        else
            reader.fail(keyTenant, tr("it must be a tenant ID, a domain of the tenant, or organizations, common or consumers"));
    }
    if (const auto kind = reader.string(object, keyAccountKind)) {
        bool ok = false;
        const AccountKind parsed = accountKindFromKey(*kind, &ok);
        if (ok && (parsed == AccountKind::Personal || parsed == AccountKind::Work))
            options.kind = parsed;
        else
            reader.fail(keyAccountKind, tr("it must be personal or work"));
    }
    if (const auto domains = reader.strings(object, keyAllowedDomains)) {
        QStringList ace;
        for (qsizetype i = 0; i < domains->size(); ++i) {
            const QString domain = QString::fromLatin1(QUrl::toAce(domains->at(i))).toLower();
            if (domain.isEmpty() || !domain.contains(u'.') || !EmailAddress::isHostName(domain)) {
                reader.fail(u"%1[%2]"_s.arg(keyAllowedDomains).arg(i), tr("\"%1\" is not a domain").arg(domains->at(i)));
                break;
            }
            ace << domain;
        }
        if (domains->isEmpty())
            reader.fail(keyAllowedDomains, tr("the list must name at least one domain"));
        else
            options.allowedDomains = ace;
    }
    const auto provider = reader.string(object, keyProvider);
    const auto providerFile = reader.string(object, keyProviderFile);
    if (provider && providerFile) {
        reader.fail(keyProviderFile, tr("give either provider or providerFile, not both"));
    } else if (provider) {
        if (*provider == u"outlook"_s || *provider == u"microsoft365"_s)
            options.provider = ProviderChoice{ *provider, {} };
        else
            reader.fail(keyProvider, tr("it must be outlook or microsoft365"));
    } else if (providerFile) {
        options.provider = ProviderChoice{ {}, QDir(baseDir).absoluteFilePath(*providerFile) };
    }
    const QJsonValue send = object.value(keySendTestMessage);
    if (!send.isUndefined()) {
        if (send.isBool())
            options.sendTestMessage = send.toBool();
        else
            reader.fail(keySendTestMessage, tr("it must be true or false"));
    }
    if (const auto language = reader.string(object, keyLanguage)) {
        if (isLanguage(*language))
            options.language = *language;
        else
            reader.fail(keyLanguage, tr("it must be a language code such as de or fr_FR"));
    }
    if (const auto pages = reader.strings(object, keySkipPages)) {
        for (qsizetype i = 0; i < pages->size(); ++i) {
            if (!pageKeys().contains(pages->at(i))) {
                reader.fail(u"%1[%2]"_s.arg(keySkipPages).arg(i),
                            tr("\"%1\" is not a page that can be skipped; the pages that can be are %2").arg(pages->at(i), pageKeys().join(u", "_s)));
                break;
            }
        }
        options.skipPages = *pages;
    }
    if (reader.failed())
        return std::nullopt;
    return options;
}

QStringList Preset::systemDefaultFiles()
{
#if defined(Q_OS_WIN)
    return {};
#elif defined(Q_OS_MACOS)
    return { u"/Library/Managed Preferences/org.mailsetup.MailSetup.plist"_s };
#else
    // The XDG base directory specification: $XDG_CONFIG_DIRS, colon-separated, most important first.
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = u"/etc/xdg"_s;
    QStringList files;
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir))
            files << QDir(dir).filePath(u"mailsetup/preset.json"_s);
    }
    return files;
#endif
}

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
namespace {

// The values of a policy key or a managed preferences file as the JSON types the preset's keys take. The registry
// has REG_SZ (a string), REG_DWORD (0 or 1 for sendTestMessage) and REG_MULTI_SZ (lists; a REG_SZ list may also
// separate its entries with ';'). Unknown value names stay in, so that fromObject() names them.
QJsonObject policyObject(QSettings &settings)
{
    QJsonObject object;
    const QStringList names = settings.childKeys();
    for (const QString &name : names) {
        const QVariant value = settings.value(name);
        if (name == keySendTestMessage) {
            bool isNumber = false;
            const int number = value.toInt(&isNumber);
            if (value.typeId() == QMetaType::Bool)
                object.insert(name, value.toBool());
            else if (isNumber && (number == 0 || number == 1))
                object.insert(name, number == 1);
            else
                object.insert(name, value.toString());  // refused by fromObject with the key's name
        } else if (name == keyAllowedDomains || name == keySkipPages) {
            // REG_MULTI_SZ reads as a QStringList, a plist array as a QVariantList: both convert.
            const QStringList list = value.typeId() == QMetaType::QString
                ? value.toString().split(u';', Qt::SkipEmptyParts)
                : value.toStringList();
            object.insert(name, QJsonArray::fromStringList(list));
        } else {
            object.insert(name, value.toString());
        }
    }
    return object;
}

} // namespace
#endif

std::optional<SetupOptions> Preset::systemDefault(PresetError *error, QString *source)
{
    if (error)
        *error = PresetError{};
#if defined(Q_OS_WIN)
    // Machine policy first (what Group Policy or Intune set for the computer), then the user's.
    for (const QString &key : { u"HKEY_LOCAL_MACHINE\\Software\\Policies\\MailSetup"_s,
                                u"HKEY_CURRENT_USER\\Software\\Policies\\MailSetup"_s }) {
        QSettings settings(key, QSettings::NativeFormat);
        if (settings.childKeys().isEmpty())
            continue;
        if (source)
            *source = key;
        return fromObject(policyObject(settings), key, QDir::currentPath(), error);
    }
    return std::nullopt;
#else
    const QStringList files = systemDefaultFiles();
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue;
        if (source)
            *source = file;
#if defined(Q_OS_MACOS)
        QSettings settings(file, QSettings::NativeFormat);
        return fromObject(policyObject(settings), file, QFileInfo(file).absolutePath(), error);
#else
        return fromFile(file, error);
#endif
    }
    return std::nullopt;
#endif
}
