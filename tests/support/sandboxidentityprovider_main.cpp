// sandbox-identity-provider: the fake Microsoft identity endpoint as a process of its own, for the offline
// sandbox (tests/sandbox/sandbox.sh), where Dovecot's oauth2 passdb asks it about every XOAUTH2 login.

#include "tests/support/fakeidentityprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "sandbox-identity-provider: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbox-identity-provider"));
    // Its log is read by people debugging a failed integration run: say when each line happened.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fake Microsoft identity platform on 127.0.0.1 for the Mail Setup offline sandbox.\n"
        "GET /{tenant}/oauth2/v2.0/authorize signs the account in at once and redirects with a code;\n"
        "POST /{tenant}/oauth2/v2.0/token redeems it (PKCE S256, no client secret) and refreshes;\n"
        "GET /tokeninfo?access_token=TOKEN answers Dovecot's oauth2 passdb (tokens issued, and the --tokens file);\n"
        "GET /{domain}/v2.0/.well-known/openid-configuration names the tenant of a --domain (else AADSTS90002)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 (the default) picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"), QStringLiteral("Write the port to FILE once listening."), QStringLiteral("FILE"));
    const QCommandLineOption tokensOption(
        QStringLiteral("tokens"),
        QStringLiteral("JSON list of {token, email, scopes, expiresAt}; read again on every token check."),
        QStringLiteral("FILE"));
    const FakeIdentityProvider::Account defaults = FakeIdentityProvider::sandboxAccount();
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        QStringLiteral("A registered public client id; repeat for more (default: %1).")
            .arg(FakeIdentityProvider::sandboxClientId),
        QStringLiteral("ID"));
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("A registered redirect URI of every client; repeat for more (default: %1). The port of a "
                       "loopback URI is ignored when matching, as Microsoft does.")
            .arg(FakeIdentityProvider::sandboxRedirectUri),
        QStringLiteral("URI"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QStringLiteral("The account that signs in (default: %1).").arg(defaults.email),
                                         QStringLiteral("ADDRESS"), defaults.email);
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("Its display name (default: %1).").arg(defaults.name),
                                        QStringLiteral("NAME"), defaults.name);
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant-id"),
        QStringLiteral("Its tenant id, the tid claim (default: the sandbox's work tenant %1; a personal Microsoft "
                       "account has %2).")
            .arg(defaults.tenantId, FakeIdentityProvider::personalTenantId),
        QStringLiteral("GUID"), defaults.tenantId);
    const QCommandLineOption objectOption(
        QStringLiteral("object-id"),
        QStringLiteral("Its object id, the oid claim (default: %1).").arg(defaults.objectId), QStringLiteral("GUID"),
        defaults.objectId);
    const QCommandLineOption lifetimeOption(QStringLiteral("access-token-lifetime"),
                                            QStringLiteral("Seconds an issued access token lives (default: 3599)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("3599"));
    const QCommandLineOption domainOption(
        QStringLiteral("domain"),
        QStringLiteral("A domain of a work tenant, for OpenID discovery: DOMAIN (the account's tenant) or "
                       "DOMAIN=GUID; repeat for more (default: the domain of --email, unless the account is "
                       "personal)."),
        QStringLiteral("DOMAIN[=GUID]"));
    parser.addOption(portOption);
    parser.addOption(portFileOption);
    parser.addOption(tokensOption);
    parser.addOption(clientIdOption);
    parser.addOption(redirectOption);
    parser.addOption(emailOption);
    parser.addOption(nameOption);
    parser.addOption(tenantOption);
    parser.addOption(objectOption);
    parser.addOption(lifetimeOption);
    parser.addOption(domainOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port needs a number from 0 to 65535"));

    bool lifetimeOk = false;
    const qint64 lifetime = parser.value(lifetimeOption).toLongLong(&lifetimeOk);
    if (!lifetimeOk || lifetime < 1)
        return fail(QStringLiteral("--access-token-lifetime needs a number of seconds, at least 1"));

    QStringList redirectUris = parser.values(redirectOption);
    if (redirectUris.isEmpty())
        redirectUris = {FakeIdentityProvider::sandboxRedirectUri};
    for (const QString &uri : std::as_const(redirectUris)) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            return fail(QStringLiteral("--redirect-uri %1 is no absolute URI").arg(uri));
    }
    QStringList clientIds = parser.values(clientIdOption);
    if (clientIds.isEmpty())
        clientIds = {FakeIdentityProvider::sandboxClientId};

    FakeIdentityProvider::Account account;
    account.email = parser.value(emailOption);
    account.name = parser.value(nameOption);
    account.tenantId = parser.value(tenantOption).toLower();
    account.objectId = parser.value(objectOption).toLower();
    if (!account.email.contains(QLatin1Char('@')))
        return fail(QStringLiteral("--email needs an address"));
    for (const QString &id : {account.tenantId, account.objectId}) {
        if (QUuid::fromString(id).isNull() || id.size() != 36)
            return fail(QStringLiteral("--tenant-id and --object-id need a GUID like %1").arg(defaults.tenantId));
    }

    // Which tenant each domain belongs to, for the discovery endpoint.
    QList<std::pair<QString, QString>> tenantDomains;
    if (parser.isSet(domainOption)) {
        const QStringList domains = parser.values(domainOption);
        for (const QString &value : domains) {
            const QString domain = value.section(QLatin1Char('='), 0, 0).trimmed().toLower();
            const QString tenant = value.contains(QLatin1Char('='))
                ? value.section(QLatin1Char('='), 1).trimmed().toLower()
                : account.tenantId;
            if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || domain.contains(QLatin1Char('/')))
                return fail(QStringLiteral("--domain %1 names no domain").arg(value));
            if (QUuid::fromString(tenant).isNull() || tenant.size() != 36)
                return fail(QStringLiteral("--domain %1: the tenant must be a GUID like %2")
                                .arg(value, defaults.tenantId));
            tenantDomains.append({domain, tenant});
        }
    } else if (account.tenantId != FakeIdentityProvider::personalTenantId) {
        tenantDomains.append({account.email.section(QLatin1Char('@'), 1).toLower(), account.tenantId});
    }

    FakeIdentityProvider provider;
    provider.clearTenantDomains();
    for (const auto &[domain, tenant] : std::as_const(tenantDomains))
        provider.setTenantDomain(domain, tenant);
    // Exactly the clients asked for: the built-in registration goes unless it is one of them.
    provider.unregisterClient(FakeIdentityProvider::sandboxClientId);
    for (const QString &id : std::as_const(clientIds))
        provider.registerClient(id, redirectUris);
    provider.setAccount(account);
    provider.setAccessTokenLifetime(lifetime);
    if (parser.isSet(tokensOption)) {
        QString error;
        if (!provider.setTokenFile(parser.value(tokensOption), &error))
            return fail(error);
    }
    if (!provider.start(quint16(port)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 port %1: %2").arg(port).arg(provider.errorString()));

    if (parser.isSet(portFileOption)) {
        // Written whole and renamed into place, so a script polling for it never reads half a number.
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(provider.port()) + '\n') < 0
            || !file.commit()) {
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
    }

    QStringList domainList;
    for (const auto &[domain, tenant] : std::as_const(tenantDomains))
        domainList.append(domain + QLatin1Char('=') + tenant);
    std::fprintf(stderr,
                 "sandbox-identity-provider: port %u; clients %s; redirect URIs %s; account %s (tid %s); "
                 "tenant domains %s\n",
                 unsigned(provider.port()), qPrintable(provider.clientIds().join(QLatin1Char(' '))),
                 qPrintable(redirectUris.join(QLatin1Char(' '))), qPrintable(account.email),
                 qPrintable(account.tenantId),
                 qPrintable(domainList.isEmpty() ? QStringLiteral("(none)") : domainList.join(QLatin1Char(' '))));
    return app.exec();
}
