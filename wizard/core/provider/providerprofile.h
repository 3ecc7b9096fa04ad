// A provider profile: where a provider's mail servers are and how to sign in to it.
// Profiles are data (JSON), built in for Outlook.com and Microsoft 365 or loaded from a file.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

enum class ConnectionSecurity {
    Tls,       // TLS from the first byte (IMAP on 993)
    StartTls,  // plain greeting, then STARTTLS before anything secret (SMTP on 587)
};

struct ServerAddress {
    QString host;
    quint16 port = 0;
    ConnectionSecurity security = ConnectionSecurity::Tls;
};

struct OAuthSettings {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QStringList scopes;
    // Where a domain's OpenID discovery document is, with "{domain}" where the domain goes (key
    // "oauth.discoveryUrl"). Optional: empty means Microsoft's, TenantDiscovery::defaultUrlTemplate.
    // Kept as text: QUrl would percent-encode the braces.
    QString discoveryUrl;

    // `urlTemplate` with `domain` (an ACE host name: a-z, 0-9, '-', '.') put in for every "{domain}". An invalid
    // QUrl when either is unusable: the template must give a safe address (isSafeEndpoint) with a host name, and the
    // placeholder may only stand after the host, so that no typed address can choose which server is asked.
    static QUrl expandDiscoveryUrl(const QString &urlTemplate, const QString &domain);
    // True for an address the sign-in may send codes and tokens to: https, or http to this computer only
    // (127.0.0.1, ::1, localhost: tests and the offline sandbox), and no user name or password in it.
    static bool isSafeEndpoint(const QUrl &url);
    // Points Microsoft's authorize and token addresses (login.microsoftonline.com/common/…, /organizations/…,
    // /consumers/…) at one tenant (an id or a domain), as a preset's "tenant" asks: only that organisation's
    // accounts can sign in. Other addresses (the sandbox's, a provider file's own) stay as they are.
    void restrictToTenant(const QString &tenant);
};

struct ProviderProfile {
    QString id;
    QString name;
    ServerAddress imap;
    std::optional<ServerAddress> pop;
    ServerAddress smtp;
    OAuthSettings oauth;
    QString sourceFile;                      // the file it was loaded from (absolute); empty for a built-in one
    QString caCertificatesFile;              // as written in the profile, resolved against its folder
    QList<QSslCertificate> caCertificates;   // loaded from caCertificatesFile
};

// Why a profile could not be loaded: the file, the key (dotted path, e.g. "smtp.port") and what is wrong.
struct ProfileError {
    QString file;
    QString key;
    QString problem;

    // One translated sentence naming all three, for the command line and the wizard.
    QString message() const;
};

class ProviderProfileLoader
{
public:
    // The ids of the built-in profiles ("outlook", "microsoft365").
    static QStringList builtInIds();
    // A built-in profile by id; nothing for an unknown id.
    static std::optional<ProviderProfile> builtIn(const QString &id);

    // Loads and validates a profile file; on failure returns nothing and fills `error`.
    static std::optional<ProviderProfile> fromFile(const QString &path, ProfileError *error);
    // Same, for bytes already read; `sourceName` names them in errors, `baseDir` resolves relative paths.
    static std::optional<ProviderProfile> fromJson(const QByteArray &json, const QString &sourceName,
                                                   const QString &baseDir, ProfileError *error);
};
