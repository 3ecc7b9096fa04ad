// The server settings of an account, for another mail app: as lines for people, as JSON for scripts, and as the
// Mozilla autoconfig XML (clientConfig 1.1) that Thunderbird, K-9/Thunderbird for Android, Evolution and others read.
// `mailsetup settings` prints them; the wizard's last page saves them.
#pragma once

#include "wizard/core/provider/providerprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

struct MailServerSettings {
    QString email;
    QString providerId;    // "outlook", "microsoft365", or a profile file's id
    QString providerName;  // "Outlook.com", "Microsoft 365"
    ServerAddress imap;
    ServerAddress smtp;

    // The settings of `profile` for `email`.
    static MailServerSettings of(const QString &email, const ProviderProfile &profile);
};

class SettingsExport
{
    Q_DECLARE_TR_FUNCTIONS(SettingsExport)

public:
    enum class Format { Text, Json, Autoconfig };
    // "text", "json", "autoconfig"; nothing for another word.
    static std::optional<Format> formatFromKey(const QString &key);

    static QString toText(const MailServerSettings &settings);
    static QJsonObject toJson(const MailServerSettings &settings);
    static QString toAutoconfig(const MailServerSettings &settings);
    static QString format(const MailServerSettings &settings, Format format);

    // Autoconfig's socketType for a security: "SSL" (TLS from the first byte) or "STARTTLS".
    static QString socketType(ConnectionSecurity security);
};
