// sandbox-identity-provider: the fake Microsoft identity endpoint as a process of its own, for the offline
// sandbox (tests/sandbox/sandbox.sh), where Dovecot's oauth2 passdb asks it about every XOAUTH2 login.

#include "fakeidentityprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

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
        "Fake Microsoft identity endpoint on 127.0.0.1 for the Mail Setup offline sandbox.\n"
        "GET /tokeninfo?access_token=TOKEN answers Dovecot's oauth2 passdb."));
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
    parser.addOption(portOption);
    parser.addOption(portFileOption);
    parser.addOption(tokensOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port needs a number from 0 to 65535"));

    FakeIdentityProvider provider;
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

    return app.exec();
}
