// A preset: what an organisation decides once for every PC (the application (client) ID, the tenant, the kind of
// account, the allowed e-mail domains, the provider profile, the test message, the language, pages to skip), as a
// JSON file (--preset FILE, or the system-wide default) or, on Windows, the policy keys that Group Policy and Intune
// write. One rule of precedence for the wizard and every command: command-line options, then the preset, then the
// built-ins (SetupOptions::resolved). docs/deploying.md describes the keys and where presets live.
#pragma once

#include "wizard/core/provider/accountkind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Where the profile comes from: a built-in id ("outlook", "microsoft365") or a profile file (absolute path).
struct ProviderChoice {
    QString id;
    QString file;

    bool operator==(const ProviderChoice &) const = default;
};

// The values a preset can set. Each is unset unless a source says it; resolved() takes, for each value, the first
// source that sets it.
struct SetupOptions {
    std::optional<QString> clientId;
    std::optional<QString> tenant;        // a tenant id (GUID), a domain, or organizations/common/consumers
    std::optional<AccountKind> kind;      // Personal or Work
    std::optional<QStringList> allowedDomains;  // ACE, lower-case
    std::optional<ProviderChoice> provider;
    std::optional<bool> sendTestMessage;
    std::optional<QString> language;      // a locale name: "de", "fr_FR"
    std::optional<QStringList> skipPages; // page keys (Preset::pageKeys())

    // For each value: the command line's, else the preset's, else the built-in one.
    static SetupOptions resolved(const SetupOptions &commandLine, const SetupOptions &preset,
                                 const SetupOptions &builtIns);

    // The built-in profile id these options lead to when no provider is chosen: by the kind of account.
    ProviderChoice providerOrDefault(const QString &defaultId) const;
    // True when the address's domain may be set up here (no allowed domains: every domain).
    bool allowsDomain(const QString &aceDomain) const;
    // One translated sentence refusing `address` when its domain is not allowed; empty when it is allowed.
    QString refusal(const QString &address) const;
    bool skips(const QString &pageKey) const { return skipPages && skipPages->contains(pageKey); }
};

// Why a preset cannot be used: the file, the key and what is wrong, as ProfileError says it for profiles.
struct PresetError {
    QString file;
    QString key;
    QString problem;

    QString message() const;
};

class Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    // The pages a preset may skip: "imap-switch" (how to switch on IMAP in Outlook.com, for an organisation that
    // knows it is on), "ready" (the settings page at the end, for installers that close the wizard after the check).
    static QStringList pageKeys();

    // Reads a preset file; on failure returns nothing and fills `error`. The file must be a regular file of at most
    // 64 KB; a relative providerFile is taken from the preset's folder.
    static std::optional<SetupOptions> fromFile(const QString &path, PresetError *error);
    // The same for JSON already read; `sourceName` names it in errors.
    static std::optional<SetupOptions> fromJson(const QByteArray &json, const QString &sourceName,
                                                const QString &baseDir, PresetError *error);
    // The same for an object (the policy keys, already turned into JSON types).
    static std::optional<SetupOptions> fromObject(const QJsonObject &object, const QString &sourceName,
                                                  const QString &baseDir, PresetError *error);

    // The system-wide preset when there is one: on Linux and other Unix the first mailsetup/preset.json in
    // $XDG_CONFIG_DIRS (default /etc/xdg); on Windows the policy keys HKLM\Software\Policies\MailSetup, else
    // HKCU\Software\Policies\MailSetup; on macOS the managed preferences of org.mailsetup.MailSetup. Nothing and
    // no error when none is there; nothing and an error when the one there is broken.
    static std::optional<SetupOptions> systemDefault(PresetError *error, QString *source = nullptr);
    // Where systemDefault() looks for a file on this platform, first match wins (empty on Windows).
    static QStringList systemDefaultFiles();
};
