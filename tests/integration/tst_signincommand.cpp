// `mailsetup signin`, `token`, `check` and `forget` as a user or an installer runs them, against the
// sandbox (its identity provider, real Dovecot and Postfix) and a real keychain: gnome-keyring on a
// private D-Bus session with a scratch HOME (with-keyring.sh). The test plays the browser: it opens
// the printed sign-in address and follows the redirect to Mail Setup's loopback listener.
#include "account/mailboxcheck.h"
#include "fakeidentityprovider.h"
#include "sandboxenvironment.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray page;  // what the loopback listener showed the "browser"
};

} // namespace

class tst_SignInCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInKeepsTokensOnlyInTheKeychain();
    void signedInAsSomeoneElse();
    void consentRequiredSaysWhoCanFixIt();
    void noClientIdPointsToTheRegistrationGuide();
    void keychainMissingGivesExitCode8();

private:
    Run mailsetup(const QStringList &arguments);
    // Runs `mailsetup signin --no-browser`, opens the address it prints like a browser, waits for the end.
    Run signIn(const QStringList &extraArguments);
    Run secretTool(const QStringList &arguments);
    void verifyNotInFiles(const QStringList &secrets);
    QString identity() const;

    SandboxEnvironment m_sandbox;
    QString m_binary;
    QString m_home;
    QString m_mode;
    QNetworkAccessManager m_browser;
};

void tst_SignInCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.load(&error), qPrintable(error));
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY(QFile::exists(m_binary));
    m_home = qEnvironmentVariable("MAILSETUP_KEYRING_HOME");
    m_mode = qEnvironmentVariable("MAILSETUP_KEYRING_MODE");
    QVERIFY2(!m_home.isEmpty(), "run through with-keyring.sh");
    QVERIFY(QDir::homePath().startsWith(m_home));
}

QString tst_SignInCommand::identity() const
{
    return m_sandbox.value(u"SANDBOX_TENANT_ID"_s).toLower() + u'.' + m_sandbox.value(u"SANDBOX_OBJECT_ID"_s).toLower();
}

Run tst_SignInCommand::mailsetup(const QStringList &arguments)
{
    QProcess process;
    process.start(m_binary, arguments);
    process.closeWriteChannel();
    Run run;
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(90'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tst_SignInCommand::signIn(const QStringList &extraArguments)
{
    QProcess process;
    process.start(m_binary, QStringList{ u"signin"_s, u"--no-browser"_s } + extraArguments);
    process.closeWriteChannel();
    Run run;
    // The address comes on its own line of standard output.
    QUrl address;
    QElapsedTimer clock;
    clock.start();
    while (!address.isValid() && process.state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
        process.waitForReadyRead(100);
        run.out += process.readAllStandardOutput();
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.startsWith("http://") || line.startsWith("https://"))
                address = QUrl::fromEncoded(line.trimmed());
        }
        QCoreApplication::processEvents();
    }
    if (address.isValid()) {
        QNetworkRequest request(address);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> page(m_browser.get(request));
        QSignalSpy(page.get(), &QNetworkReply::finished).wait(10'000);
        const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid()) {
            std::unique_ptr<QNetworkReply> callback(m_browser.get(QNetworkRequest(location)));
            QSignalSpy(callback.get(), &QNetworkReply::finished).wait(10'000);
            run.page = callback->readAll();
        }
    }
    // Not waitForFinished(): this process may be the identity provider, and must go on answering.
    if (process.state() != QProcess::NotRunning && !QSignalSpy(&process, &QProcess::finished).wait(30'000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tst_SignInCommand::secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(u"secret-tool"_s, arguments);
    process.waitForFinished(10'000);
    return Run{ process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), {} };
}

void tst_SignInCommand::verifyNotInFiles(const QStringList &secrets)
{
    int files = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray contents = file.readAll();
        for (const QString &secret : secrets) {
            QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(u"a token is in "_s + file.fileName()));
            QVERIFY2(!contents.contains(secret.left(40).toUtf8()), qPrintable(u"part of a token is in "_s + file.fileName()));
        }
    }
    QVERIFY(files > 0);
}

void tst_SignInCommand::signInKeepsTokensOnlyInTheKeychain()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    const QString email = m_sandbox.value(u"SANDBOX_EMAIL"_s);
    const QString provider = m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s);

    const Run signedIn = signIn({ u"--email"_s, email, u"--provider-file"_s, provider });
    QVERIFY2(signedIn.exitCode == 0, signedIn.out + signedIn.err);
    QVERIFY(signedIn.out.contains("Signed in as " + email.toUtf8()));
    QVERIFY(signedIn.page.contains("You are signed in"));

    // The refresh token is in the Secret Service, where secret-tool (another program) sees it.
    const Run refresh = secretTool({ u"lookup"_s, u"user"_s, u"refresh-token/"_s + identity(), u"server"_s, u"Mail Setup"_s });
    QCOMPARE(refresh.exitCode, 0);
    const QString refreshToken = QString::fromUtf8(refresh.out).trimmed();
    QVERIFY(refreshToken.size() > 100);

    // token: one line, the access token, nothing else; the real Dovecot and Postfix accept it.
    const Run token = mailsetup({ u"token"_s, u"--email"_s, email });
    QVERIFY2(token.exitCode == 0, token.err);
    QVERIFY(token.err.isEmpty());
    const QString accessToken = QString::fromUtf8(token.out).trimmed();
    QCOMPARE(token.out.count('\n'), 1);
    QVERIFY(accessToken.size() > 100);
    const auto profile = ProviderProfileLoader::fromFile(provider, nullptr);
    QVERIFY(profile);
    MailboxCheck check(*profile, MailAccount{ email, accessToken });
    QSignalSpy finished(&check, &MailboxCheck::finished);
    check.start();
    QVERIFY(finished.wait(60'000));
    QVERIFY(check.report().ok());

    // check without --access-token-file uses the stored sign-in, and proves the round trip.
    const Run checked = mailsetup({ u"check"_s, u"--email"_s, email, u"--send-test"_s, u"--json"_s });
    QVERIFY2(checked.exitCode == 0, checked.out + checked.err);
    const QJsonObject json = QJsonDocument::fromJson(checked.out).object();
    QVERIFY(json.value(u"ok"_s).toBool());
    QVERIFY(json.value(u"testMessage"_s).toObject().value(u"seenInInbox"_s).toBool());

    // Nothing secret on disk outside the keyring's encrypted file, nor in any output but token's.
    const QStringList secrets{ accessToken, refreshToken };
    verifyNotInFiles(secrets);
    for (const Run &run : { signedIn, checked }) {
        for (const QString &secret : secrets)
            QVERIFY(!(run.out + run.err + run.page).contains(secret.left(40).toUtf8()));
    }

    // forget: the keychain entries and the settings go.
    const Run forgot = mailsetup({ u"forget"_s, u"--email"_s, email });
    QVERIFY2(forgot.exitCode == 0, forgot.out + forgot.err);
    QVERIFY(secretTool({ u"lookup"_s, u"user"_s, u"refresh-token/"_s + identity(), u"server"_s, u"Mail Setup"_s }).out.isEmpty());
    QVERIFY(secretTool({ u"lookup"_s, u"user"_s, u"access-token/"_s + identity(), u"server"_s, u"Mail Setup"_s }).out.isEmpty());
    const Run afterForget = mailsetup({ u"token"_s, u"--email"_s, email });
    QCOMPARE(afterForget.exitCode, 3);
    QVERIFY(afterForget.out.isEmpty());
    QVERIFY(afterForget.err.contains("mailsetup signin"));
}

// A private identity provider whose user is someone else, or whose page asks for consent.
static QString writeProfile(const QTemporaryDir &dir, const FakeIdentityProvider &idp, const QString &clientId)
{
    const QString path = dir.filePath(u"provider.json"_s);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(QJsonObject{
        { u"id"_s, u"test"_s }, { u"name"_s, u"Test"_s },
        { u"imap"_s, QJsonObject{ { u"host"_s, u"localhost"_s }, { u"port"_s, 1 }, { u"security"_s, u"tls"_s } } },
        { u"smtp"_s, QJsonObject{ { u"host"_s, u"localhost"_s }, { u"port"_s, 1 }, { u"security"_s, u"starttls"_s } } },
        { u"oauth"_s, QJsonObject{ { u"authorizeUrl"_s, idp.authorizeUrl().toString() },
                                   { u"tokenUrl"_s, idp.tokenUrl().toString() },
                                   { u"clientId"_s, clientId },
                                   { u"scopes"_s, QJsonArray::fromStringList({ FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope,
                                                              u"offline_access"_s, u"openid"_s, u"profile"_s, u"email"_s }) } } },
    }).toJson());
    return path;
}

void tst_SignInCommand::signedInAsSomeoneElse()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    auto other = FakeIdentityProvider::sandboxAccount();
    other.email = u"sam@outlook.com"_s;
    other.preferredUsername = other.email;
    other.tenantId = FakeIdentityProvider::personalTenantId;
    idp.setAccount(other);
    QTemporaryDir dir;
    const Run run = signIn({ u"--email"_s, u"alex@example.com"_s, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("You signed in as sam@outlook.com, but you are setting up alex@example.com."), run.err);
    QVERIFY(run.err.contains("Use another account"));
    // Nothing was kept for the wrong account.
    QCOMPARE(mailsetup({ u"token"_s, u"--email"_s, u"sam@outlook.com"_s }).exitCode, 3);
    QCOMPARE(mailsetup({ u"token"_s, u"--email"_s, u"alex@example.com"_s }).exitCode, 3);
}

void tst_SignInCommand::consentRequiredSaysWhoCanFixIt()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    idp.setSignInPage(FakeIdentityProvider::SignInPage::NeedsAdminApproval);
    QTemporaryDir dir;
    const Run run = signIn({ u"--email"_s, u"alex@sandbox.test"_s, u"--provider-file"_s,
                             writeProfile(dir, idp, FakeIdentityProvider::sandboxClientId) });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Your IT administrator"), run.err);
    QVERIFY(run.err.contains("AADSTS90094"));
    QVERIFY(run.err.contains("Trace ID"));
    QVERIFY(run.page.contains("did not finish"));
}

void tst_SignInCommand::noClientIdPointsToTheRegistrationGuide()
{
    if (m_mode != "unlocked"_L1)
        QSKIP("needs an unlocked keyring");
    FakeIdentityProvider idp;
    QVERIFY(idp.start());
    QTemporaryDir dir;
    const Run run = mailsetup({ u"signin"_s, u"--no-browser"_s, u"--email"_s, u"alex@sandbox.test"_s,
                                u"--provider-file"_s, writeProfile(dir, idp, QString()) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("docs/app-registration.md"));
    QCOMPARE(idp.authorizeRequestCount(), 0);
}

void tst_SignInCommand::keychainMissingGivesExitCode8()
{
    if (m_mode == "unlocked"_L1)
        QSKIP("needs a missing or locked keyring");
    // Asked before the browser opens, so nobody signs in for nothing; no terminal to say yes on.
    const Run run = mailsetup({ u"signin"_s, u"--no-browser"_s, u"--email"_s, m_sandbox.value(u"SANDBOX_EMAIL"_s),
                                u"--provider-file"_s, m_sandbox.value(u"SANDBOX_PROVIDER_FILE"_s) });
    QCOMPARE(run.exitCode, 8);
    QVERIFY(!run.out.contains("http"));
    QVERIFY2(run.err.contains(m_mode == "locked"_L1 ? "locked" : "No keychain"), run.err);
}

QTEST_GUILESS_MAIN(tst_SignInCommand)
#include "tst_signincommand.moc"
