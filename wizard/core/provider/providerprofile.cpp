#include "wizard/core/provider/providerprofile.h"

#include "wizard/core/provider/emailaddress.h"
#include "wizard/core/provider/firstproblem.h"
#include "wizard/core/provider/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Limits a profile file, and the certificates it names, so a wrong path (a disk image) cannot eat memory.
constexpr qint64 MaxProfileBytes = 1024 * 1024;

// A mail server's host as the profile gives it: a host name DNS can look up, or an IP address as it is written
// ("192.0.2.1", "2001:db8::1", without brackets). Anything else (white space, '@', ':' after a name, a path)
// would only fail later as a network problem.
bool isServerHost(const QString &host)
{
    if (host.contains(u'[') || host.contains(u']'))
        return false;
    QHostAddress literal;
    if (literal.setAddress(host))
        return true;
    return EmailAddress::isHostName(host);
}

// Reads one profile object, remembering the first problem met. Each reader names the key it reads,
// so the message says exactly which key of which file is wrong.
class ProfileReader : public FirstProblem<ProfileError>
{
    // The words of this whole file, in the "ProviderProfile" context; ProviderProfileLoader uses
    // ProfileReader::tr() too. A free tr() helper would leave lupdate without a context.
    Q_DECLARE_TR_FUNCTIONS(ProviderProfile)

public:
    using FirstProblem::FirstProblem;

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            fail(path, tr("the key is missing"));
            return {};
        }
        if (!value.isObject()) {
            fail(path, tr("it must be an object"));
            return {};
        }
        return value.toObject();
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path, tr("the key is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path, tr("it must be text"));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty())
            fail(path, tr("it must not be empty"));
        return text;
    }

    QUrl url(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QString text = string(parent, key, path);
        if (text.isEmpty())
            return {};
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty()) {
            fail(path, tr("it must be an http or https address"));
            return {};
        }
        if (!endpoint(url, path))
            return {};
        return url;
    }

    // The sign-in's addresses carry the code, the PKCE verifier and the tokens: never in the clear over a network.
    bool endpoint(const QUrl &url, const QString &path)
    {
        if (!url.userInfo().isEmpty()) {
            fail(path, tr("it must not contain a user name or password"));
            return false;
        }
        if (!OAuthSettings::isSafeEndpoint(url)) {
            fail(path, tr("it must be an https address (plain http only to this computer: 127.0.0.1, ::1 or "
                          "localhost)"));
            return false;
        }
        return true;
    }

    ServerAddress server(const QJsonObject &parent, const QString &key)
    {
        ServerAddress server;
        const QJsonObject object = this->object(parent, key, key);
        if (m_failed)
            return server;
        server.host = string(object, u"host"_s, key + ".host"_L1);
        if (!m_failed && !isServerHost(server.host))
            fail(key + ".host"_L1, tr("it must be a host name or an IP address"));

        const QJsonValue port = object.value(u"port"_s);
        const double number = port.toDouble(-1);
        if (port.isUndefined())
            fail(key + ".port"_L1, tr("the key is missing"));
        else if (!port.isDouble() || number != qint64(number) || number < 1 || number > 65535)
            fail(key + ".port"_L1, tr("it must be a whole number from 1 to 65535"));
        else
            server.port = quint16(number);

        const QString security = string(object, u"security"_s, key + ".security"_L1);
        if (security == "tls"_L1)
            server.security = ConnectionSecurity::Tls;
        else if (security == "starttls"_L1)
            server.security = ConnectionSecurity::StartTls;
        else if (!security.isEmpty())
            fail(key + ".security"_L1, tr("it must be \"tls\" or \"starttls\""));
        return server;
    }

};

} // namespace

QString ProfileError::message() const
{
    if (key.isEmpty())
        return QCoreApplication::translate("ProviderProfile", "The provider file %1 cannot be used: %2.").arg(file, problem);
    return QCoreApplication::translate("ProviderProfile", "The provider file %1 cannot be used: the key \"%2\" is wrong: %3.")
        .arg(file, key, problem);
}

void OAuthSettings::restrictToTenant(const QString &tenant)
{
    if (tenant.trimmed().isEmpty())
        return;
    for (QUrl *url : { &authorizeUrl, &tokenUrl }) {
        if (url->host().compare(u"login.microsoftonline.com"_s, Qt::CaseInsensitive) != 0)
            continue;
        QStringList segments = url->path().split(u'/');
        // "/common/oauth2/v2.0/authorize" splits into "", "common", …
        if (segments.size() < 3
            || !QStringList{ u"common"_s, u"organizations"_s, u"consumers"_s }.contains(segments.at(1)))
            continue;
        segments[1] = tenant.trimmed();
        url->setPath(segments.join(u'/'));
    }
}

QUrl OAuthSettings::expandDiscoveryUrl(const QString &urlTemplate, const QString &domain)
{
    static const QString placeholder = u"{domain}"_s;
    // What QUrl::toAce gives, lower-cased: nothing here can leave the path or change the host.
    static const QRegularExpression aceHostName(u"^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"_s);
    const QString lowerDomain = domain.toLower();
    if (!urlTemplate.contains(placeholder) || !aceHostName.match(lowerDomain).hasMatch())
        return {};
    const auto expanded = [&urlTemplate](const QString &name) {
        QString text = urlTemplate;
        return QUrl(text.replace(placeholder, name), QUrl::StrictMode);
    };
    const QUrl url = expanded(lowerDomain);
    // The same template for another domain must reach the same server.
    const QUrl other = expanded(u"other-domain.invalid"_s);
    if (!url.isValid() || !other.isValid() || !isSafeEndpoint(url) || url.scheme() != other.scheme()
        || url.authority() != other.authority())
        return {};
    return url;
}

bool OAuthSettings::isSafeEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() != "http"_L1)
        return false;
    // Tests and the offline sandbox answer on this computer, where nothing travels over a network.
    const QString host = url.host().toLower();
    return host == "localhost"_L1 || QHostAddress(host).isLoopback();
}

QStringList ProviderProfileLoader::builtInIds()
{
    return { u"outlook"_s, u"microsoft365"_s };
}

std::optional<ProviderProfile> ProviderProfileLoader::builtIn(const QString &id)
{
    if (!builtInIds().contains(id))
        return std::nullopt;
    QFile file(":/providers/%1.json"_L1.arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A broken built-in profile is a build error; the profile tests load each one.
    return fromJson(file.readAll(), file.fileName(), {}, nullptr);
}

std::optional<ProviderProfile> ProviderProfileLoader::fromFile(const QString &path, ProfileError *error)
{
    if (error)
        *error = ProfileError{ path, {}, {} };
    QByteArray json;
    QString problem;
    switch (RegularFile::read(path, MaxProfileBytes, &json)) {
    case RegularFile::Problem::None:
        break;
    case RegularFile::Problem::Missing:
        problem = ProfileReader::tr("the file does not exist");
        break;
    case RegularFile::Problem::NotRegular:
        problem = ProfileReader::tr("it is not a regular file but a folder, a device or a pipe");
        break;
    case RegularFile::Problem::Unreadable:
        problem = ProfileReader::tr("the file cannot be read");
        break;
    case RegularFile::Problem::TooLarge:
        problem = ProfileReader::tr("the file is too large to be a provider profile");
        break;
    }
    if (!problem.isEmpty()) {
        if (error)
            error->problem = problem;
        return std::nullopt;
    }
    const QFileInfo info(path);
    auto profile = fromJson(json, path, info.absolutePath(), error);
    if (profile)
        profile->sourceFile = info.absoluteFilePath();
    return profile;
}

std::optional<ProviderProfile> ProviderProfileLoader::fromJson(const QByteArray &json, const QString &sourceName,
                                                               const QString &baseDir, ProfileError *error)
{
    if (error)
        *error = ProfileError{ sourceName, {}, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            error->problem = ProfileReader::tr("it is not valid JSON (%1 at character %2)")
                                 .arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            error->problem = ProfileReader::tr("it must hold one JSON object");
        return std::nullopt;
    }

    const QJsonObject root = document.object();
    ProfileReader reader(error);
    ProviderProfile profile;
    profile.id = reader.string(root, u"id"_s, u"id"_s);
    profile.name = reader.string(root, u"name"_s, u"name"_s);
    profile.imap = reader.server(root, u"imap"_s);
    profile.smtp = reader.server(root, u"smtp"_s);
    if (!reader.failed() && root.contains(u"pop"_s))
        profile.pop = reader.server(root, u"pop"_s);

    const QJsonObject oauth = reader.object(root, u"oauth"_s, u"oauth"_s);
    if (!reader.failed()) {
        profile.oauth.authorizeUrl = reader.url(oauth, u"authorizeUrl"_s, u"oauth.authorizeUrl"_s);
        profile.oauth.tokenUrl = reader.url(oauth, u"tokenUrl"_s, u"oauth.tokenUrl"_s);
        profile.oauth.clientId = reader.string(oauth, u"clientId"_s, u"oauth.clientId"_s, false);
        const QJsonValue scopes = oauth.value(u"scopes"_s);
        if (scopes.isUndefined()) {
            reader.fail(u"oauth.scopes"_s, ProfileReader::tr("the key is missing"));
        } else if (!scopes.isArray() || scopes.toArray().isEmpty()) {
            reader.fail(u"oauth.scopes"_s, ProfileReader::tr("it must be a list of scopes"));
        } else {
            for (const QJsonValue &scope : scopes.toArray()) {
                if (!scope.isString() || scope.toString().trimmed().isEmpty()
                    || scope.toString().contains(u' ')) {
                    reader.fail(u"oauth.scopes"_s, ProfileReader::tr("each scope must be one word of text"));
                    break;
                }
                profile.oauth.scopes.append(scope.toString());
            }
        }
        if (!reader.failed() && oauth.contains(u"discoveryUrl"_s)) {
            const QString discovery = reader.string(oauth, u"discoveryUrl"_s, u"oauth.discoveryUrl"_s);
            if (!reader.failed() && !discovery.contains("{domain}"_L1))
                reader.fail(u"oauth.discoveryUrl"_s,
                            ProfileReader::tr("it must contain {domain} where the domain goes"));
            if (!reader.failed()) {
                // The braces are not URL characters; with a domain in their place it is an address like the others.
                QString sample = discovery;
                const QUrl url(sample.replace("{domain}"_L1, "example.com"_L1), QUrl::StrictMode);
                if (url.isValid() && !url.host().isEmpty() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1))
                    reader.endpoint(url, u"oauth.discoveryUrl"_s);
            }
            if (!reader.failed() && !OAuthSettings::expandDiscoveryUrl(discovery, u"example.com"_s).isValid())
                reader.fail(u"oauth.discoveryUrl"_s,
                            ProfileReader::tr("it must be an http or https address with {domain} after the host name"));
            if (!reader.failed())
                profile.oauth.discoveryUrl = discovery;
        }
    }

    if (!reader.failed() && root.contains(u"caCertificates"_s)) {
        const QString caFile = reader.string(root, u"caCertificates"_s, u"caCertificates"_s);
        if (!reader.failed()) {
            profile.caCertificatesFile = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absoluteFilePath(caFile);
            const QString &caPath = profile.caCertificatesFile;
            QByteArray pem;
            switch (RegularFile::read(caPath, MaxProfileBytes, &pem)) {
            case RegularFile::Problem::None:
                profile.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
                if (profile.caCertificates.isEmpty())
                    reader.fail(u"caCertificates"_s, ProfileReader::tr("the file %1 holds no PEM certificate").arg(caPath));
                break;
            case RegularFile::Problem::Missing:
                reader.fail(u"caCertificates"_s, ProfileReader::tr("the file %1 does not exist").arg(caPath));
                break;
            case RegularFile::Problem::NotRegular:
                reader.fail(u"caCertificates"_s,
                            ProfileReader::tr("%1 is not a regular file but a folder, a device or a pipe").arg(caPath));
                break;
            case RegularFile::Problem::Unreadable:
                reader.fail(u"caCertificates"_s, ProfileReader::tr("the file %1 cannot be read").arg(caPath));
                break;
            case RegularFile::Problem::TooLarge:
                reader.fail(u"caCertificates"_s, ProfileReader::tr("the file %1 is larger than %2 KB")
                                                      .arg(caPath).arg(MaxProfileBytes / 1024));
                break;
            }
        }
    }

    if (reader.failed())
        return std::nullopt;
    return profile;
}
