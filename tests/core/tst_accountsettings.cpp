// Saved account settings: they round-trip, are found whatever the case of the address, leave nothing behind when
// removed, and never hold a secret (there is no field for one, and token-shaped values are refused).
#include "wizard/core/account/accountsettings.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// There is no field a token could be put in. If one is ever added, these stop compiling: move it to a SecretStore.
template<typename T> concept HasRefreshToken = requires(T t) { t.refreshToken; };
template<typename T> concept HasAccessToken = requires(T t) { t.accessToken; };
template<typename T> concept HasIdToken = requires(T t) { t.idToken; };
template<typename T> concept HasToken = requires(T t) { t.token; };
template<typename T> concept HasSecret = requires(T t) { t.secret; };
template<typename T> concept HasPassword = requires(T t) { t.password; };
static_assert(!HasRefreshToken<SavedAccount> && !HasAccessToken<SavedAccount> && !HasIdToken<SavedAccount>
                  && !HasToken<SavedAccount> && !HasSecret<SavedAccount> && !HasPassword<SavedAccount>,
              "SavedAccount must not carry secrets: they belong in a SecretStore");

namespace {

const QString tenant = u"9188040d-6c67-4c5b-b112-36a304b66dad"_s;
const QString objectId = u"00000000-0000-0000-66f3-3332eca7ea81"_s;

// An id_token and a refresh token shaped like Microsoft's.
const QByteArray idToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiI5MTg4MDQwZCJ9.c2lnbmF0dXJl"_ba;
const QByteArray refreshToken =
    "M.C540_BL2.0.U.-CsY3lLoWrEfReShToKeN*Gh7!qzP9xL2mR4tV6wY8a0cE2gI4kM6oQ8sU0wY2a4c6e8g0i2k4m6o8q0s2u4w6y8A0C2"
    "E4G6I8K0M4O6Q8S0U2W4Y6!AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh$$"_ba;

SavedAccount sampleAccount()
{
    SavedAccount account;
    account.email = u"Alice.Smith@Contoso.COM"_s;
    account.providerId = u"microsoft365"_s;
    account.providerFile = u"/etc/mailsetup/providers/contoso.json"_s;
    account.clientId = u"3f2b1c9e-8a7d-4e6f-9b0a-1c2d3e4f5a6b"_s;
    account.kind = AccountKind::Work;
    account.tenantId = tenant;
    account.identity = objectId + u'.' + tenant;
    account.username = u"alice.smith@contoso.onmicrosoft.com"_s;
    account.imap = {u"outlook.office365.com"_s, 993, ConnectionSecurity::Tls};
    account.smtp = {u"smtp.office365.com"_s, 587, ConnectionSecurity::StartTls};
    return account;
}

void compareAccounts(const SavedAccount &actual, const SavedAccount &expected)
{
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.providerId, expected.providerId);
    QCOMPARE(actual.providerFile, expected.providerFile);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.tenantId, expected.tenantId);
    QCOMPARE(actual.identity, expected.identity);
    QCOMPARE(actual.username, expected.username);
    QCOMPARE(actual.imap.host, expected.imap.host);
    QCOMPARE(actual.imap.port, expected.imap.port);
    QCOMPARE(actual.imap.security, expected.imap.security);
    QCOMPARE(actual.smtp.host, expected.smtp.host);
    QCOMPARE(actual.smtp.port, expected.smtp.port);
    QCOMPARE(actual.smtp.security, expected.smtp.security);
}

QByteArray fileContents(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class tst_AccountSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip();
    void roundTripAcrossInstances();
    void personalAccountWithoutTenant();
    void lookupIgnoresCaseAndSpaces_data();
    void lookupIgnoresCaseAndSpaces();
    void savingAgainUnderOtherCaseReplaces();
    void unknownAddressIsNothing();
    void emptyAddressIsRefused();
    void listIsOrderedByAddress();
    void removeLeavesNothing();
    void removeKeepsOtherAccounts();
    void removeOfUnknownAddressIsFine();
    void addressesWithSeparatorCharacters();
    void secretKeyComesFromIdentityNotAddress();
    void settingsFileHoldsNoSecret();
    void tokenShapedValuesAreRefused_data();
    void tokenShapedValuesAreRefused();
    void ordinaryValuesDoNotLookLikeTokens();
    void defaultFileFollowsApplicationNames();
    void unwritableFileIsReported();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_fileName;
};

void tst_AccountSettings::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_fileName = m_dir->filePath(u"mailsetup.ini"_s);
}

void tst_AccountSettings::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void tst_AccountSettings::roundTrip()
{
    AccountSettings settings(m_fileName);
    QCOMPARE(settings.fileName(), m_fileName);
    const SavedAccount account = sampleAccount();
    QVERIFY(settings.save(account));
    const std::optional<SavedAccount> loaded = settings.load(account.email);
    QVERIFY(loaded);
    compareAccounts(*loaded, account);
}

void tst_AccountSettings::roundTripAcrossInstances()
{
    const SavedAccount account = sampleAccount();
    QVERIFY(AccountSettings(m_fileName).save(account));
    const std::optional<SavedAccount> loaded = AccountSettings(m_fileName).load(account.email);
    QVERIFY(loaded);
    compareAccounts(*loaded, account);
}

void tst_AccountSettings::personalAccountWithoutTenant()
{
    SavedAccount account;
    account.email = u"someone@outlook.com"_s;
    account.providerId = u"outlook"_s;
    account.kind = AccountKind::Personal;
    account.identity = u"AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ"_s;  // a `sub`
    AccountSettings settings(m_fileName);
    QVERIFY(settings.save(account));
    const std::optional<SavedAccount> loaded = settings.load(account.email);
    QVERIFY(loaded);
    compareAccounts(*loaded, account);
    QCOMPARE(loaded->imap.port, quint16(0));
    QVERIFY(loaded->tenantId.isEmpty());
}

void tst_AccountSettings::lookupIgnoresCaseAndSpaces_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("as saved") << u"Alice.Smith@Contoso.COM"_s;
    QTest::newRow("lower") << u"alice.smith@contoso.com"_s;
    QTest::newRow("upper") << u"ALICE.SMITH@CONTOSO.COM"_s;
    QTest::newRow("spaces") << u"  alice.smith@contoso.com \t"_s;
}

void tst_AccountSettings::lookupIgnoresCaseAndSpaces()
{
    QFETCH(QString, typed);
    AccountSettings settings(m_fileName);
    QVERIFY(settings.save(sampleAccount()));
    const std::optional<SavedAccount> loaded = settings.load(typed);
    QVERIFY(loaded);
    QCOMPARE(loaded->email, u"Alice.Smith@Contoso.COM"_s);  // as the user typed it when saving
    QCOMPARE(AccountSettings::normalizedEmail(typed), u"alice.smith@contoso.com"_s);
}

void tst_AccountSettings::savingAgainUnderOtherCaseReplaces()
{
    AccountSettings settings(m_fileName);
    QVERIFY(settings.save(sampleAccount()));
    SavedAccount again = sampleAccount();
    again.email = u"alice.smith@contoso.com"_s;
    again.username = u"alice@contoso.com"_s;
    QVERIFY(settings.save(again));
    const QList<SavedAccount> accounts = settings.accounts();
    QCOMPARE(accounts.size(), 1);
    compareAccounts(accounts.first(), again);
}

void tst_AccountSettings::unknownAddressIsNothing()
{
    AccountSettings settings(m_fileName);
    QVERIFY(!settings.load(u"nobody@example.com"_s));
    QVERIFY(settings.save(sampleAccount()));
    QVERIFY(!settings.load(u"nobody@example.com"_s));
    QVERIFY(!settings.load(u"alice.smith@contoso"_s));
    QVERIFY(!settings.load(QString()));
}

void tst_AccountSettings::emptyAddressIsRefused()
{
    AccountSettings settings(m_fileName);
    SavedAccount account = sampleAccount();
    account.email = u"   "_s;
    QVERIFY(!settings.save(account));
    QVERIFY(settings.accounts().isEmpty());
    QVERIFY(!settings.remove(QString()));
}

void tst_AccountSettings::listIsOrderedByAddress()
{
    AccountSettings settings(m_fileName);
    for (const QString &email : {u"zoe@fabrikam.com"_s, u"Bob@Contoso.com"_s, u"adele@outlook.com"_s}) {
        SavedAccount account = sampleAccount();
        account.email = email;
        QVERIFY(settings.save(account));
    }
    QStringList emails;
    const QList<SavedAccount> accounts = settings.accounts();
    for (const SavedAccount &account : accounts)
        emails << account.email;
    QCOMPARE(emails, (QStringList{u"adele@outlook.com"_s, u"Bob@Contoso.com"_s, u"zoe@fabrikam.com"_s}));
}

void tst_AccountSettings::removeLeavesNothing()
{
    AccountSettings settings(m_fileName);
    const SavedAccount account = sampleAccount();
    QVERIFY(settings.save(account));
    QVERIFY(fileContents(m_fileName).contains(account.identity.toUtf8()));

    QVERIFY(settings.remove(u"ALICE.smith@contoso.com"_s));
    QVERIFY(!settings.load(account.email));
    QVERIFY(settings.accounts().isEmpty());
    const QByteArray contents = fileContents(m_fileName).toLower();
    for (const QString &trace : {u"alice"_s, u"contoso"_s, tenant, objectId, u"office365"_s, u"accounts"_s})
        QVERIFY2(!contents.contains(trace.toLower().toUtf8()), qPrintable(trace));
    const QSettings raw(m_fileName, QSettings::IniFormat);
    QVERIFY2(raw.allKeys().isEmpty(), qPrintable(raw.allKeys().join(u", "_s)));
}

void tst_AccountSettings::removeKeepsOtherAccounts()
{
    AccountSettings settings(m_fileName);
    SavedAccount other = sampleAccount();
    other.email = u"bob@contoso.com"_s;
    other.username = u"bob@contoso.com"_s;
    QVERIFY(settings.save(sampleAccount()));
    QVERIFY(settings.save(other));
    QVERIFY(settings.remove(sampleAccount().email));
    QCOMPARE(settings.accounts().size(), 1);
    QVERIFY(settings.load(u"bob@contoso.com"_s));
    QVERIFY(!fileContents(m_fileName).toLower().contains("alice"));
}

void tst_AccountSettings::removeOfUnknownAddressIsFine()
{
    AccountSettings settings(m_fileName);
    QVERIFY(settings.remove(u"nobody@example.com"_s));
    QVERIFY(settings.save(sampleAccount()));
    QVERIFY(settings.remove(u"nobody@example.com"_s));
    QCOMPARE(settings.accounts().size(), 1);
}

void tst_AccountSettings::addressesWithSeparatorCharacters()
{
    // Legal in a local part, and special to QSettings or INI files.
    AccountSettings settings(m_fileName);
    const QStringList emails = {u"a/b@example.com"_s, u"a\\b@example.com"_s, u"a%2Fb@example.com"_s,
                                u"a;b=c[d]@example.com"_s, u"\"quoted user\"@example.com"_s};
    for (const QString &email : emails) {
        SavedAccount account = sampleAccount();
        account.email = email;
        QVERIFY2(settings.save(account), qPrintable(email));
    }
    QCOMPARE(settings.accounts().size(), emails.size());
    for (const QString &email : emails) {
        const std::optional<SavedAccount> loaded = settings.load(email.toUpper());
        QVERIFY2(loaded, qPrintable(email));
        QCOMPARE(loaded->email, email);
    }
    for (const QString &email : emails)
        QVERIFY(settings.remove(email));
    QVERIFY(settings.accounts().isEmpty());
}

void tst_AccountSettings::secretKeyComesFromIdentityNotAddress()
{
    SavedAccount account = sampleAccount();
    const QString key = account.secretKey();
    QCOMPARE(key, u"refresh-token/"_s + objectId + u'.' + tenant);
    QCOMPARE(SecretKeys::refreshToken(account.identity), key);
    QVERIFY(!key.contains(u"alice"_s, Qt::CaseInsensitive));

    // The user edits the address: the key stays.
    account.email = u"a.smith@contoso.com"_s;
    QCOMPARE(account.secretKey(), key);

    QVERIFY(SecretKeys::refreshToken(QString()).isEmpty());
    QVERIFY(SecretKeys::refreshToken(u"  "_s).isEmpty());
    QVERIFY(SavedAccount().secretKey().isEmpty());
}

void tst_AccountSettings::settingsFileHoldsNoSecret()
{
    // The sign-in flow in miniature: the token goes to the SecretStore, the account to the settings.
    MemorySecretStore secrets;
    const SavedAccount account = sampleAccount();
    QObject context;
    bool written = false;
    secrets.write(account.secretKey(), refreshToken, &context, [&written](const SecretResult &result) {
        written = result.ok();
    });
    QTRY_VERIFY(written);
    AccountSettings settings(m_fileName);
    QVERIFY(settings.save(account));

    const QByteArray contents = fileContents(m_fileName);
    QVERIFY(!contents.isEmpty());
    QVERIFY(!contents.contains(refreshToken));
    QVERIFY(!contents.contains(refreshToken.left(24)));
    QVERIFY(!contents.contains(refreshToken.toBase64().left(24)));
    QVERIFY(!contents.contains(idToken.left(20)));
    const QByteArray lower = contents.toLower();
    for (const char *word : {"token", "secret", "password", "eyj"})
        QVERIFY2(!lower.contains(word), word);
    QVERIFY(secrets.contains(account.secretKey()));
}

void tst_AccountSettings::tokenShapedValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const char *field :
         {"email", "providerId", "providerFile", "clientId", "tenantId", "identity", "username", "imap", "smtp"}) {
        QTest::addRow("%s: id_token", field) << QString::fromLatin1(field) << QString::fromLatin1(idToken);
        QTest::addRow("%s: refresh token", field) << QString::fromLatin1(field) << QString::fromLatin1(refreshToken);
    }
}

void tst_AccountSettings::tokenShapedValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SavedAccount account = sampleAccount();
    if (field == u"email"_s)
        account.email = value;
    else if (field == u"providerId"_s)
        account.providerId = value;
    else if (field == u"providerFile"_s)
        account.providerFile = value;
    else if (field == u"clientId"_s)
        account.clientId = value;
    else if (field == u"tenantId"_s)
        account.tenantId = value;
    else if (field == u"identity"_s)
        account.identity = value;
    else if (field == u"username"_s)
        account.username = value;
    else if (field == u"imap"_s)
        account.imap.host = value;
    else if (field == u"smtp"_s)
        account.smtp.host = value;

    AccountSettings settings(m_fileName);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"looks like a token"_s));
    QVERIFY(!settings.save(account));
    QVERIFY(!fileContents(m_fileName).contains(value.left(24).toUtf8()));
    QVERIFY(settings.accounts().isEmpty());
}

void tst_AccountSettings::ordinaryValuesDoNotLookLikeTokens()
{
    const SavedAccount account = sampleAccount();
    for (const QString &value : {account.email, account.providerId, account.providerFile, account.clientId,
                                 account.tenantId, account.identity,
                                 account.username, account.imap.host, account.smtp.host,
                                 u"AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ"_s,
                                 u"a-rather-long-but-real-host-name.mail.protection.outlook.com"_s})
        QVERIFY2(!AccountSettings::looksLikeToken(value), qPrintable(value));
    QVERIFY(AccountSettings::looksLikeToken(QString::fromLatin1(idToken)));
    QVERIFY(AccountSettings::looksLikeToken(QString::fromLatin1(refreshToken)));
}

void tst_AccountSettings::defaultFileFollowsApplicationNames()
{
    QCoreApplication::setOrganizationName(u"MailSetupTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountsettings"_s);
    const AccountSettings settings;
    QVERIFY2(settings.fileName().endsWith(u"MailSetupTests/tst_accountsettings.ini"_s),
             qPrintable(settings.fileName()));
}

void tst_AccountSettings::unwritableFileIsReported()
{
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AccountSettings settings(blocker + u"/mailsetup.ini"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Could not write"_s));
    QVERIFY(!settings.save(sampleAccount()));
}

QTEST_GUILESS_MAIN(tst_AccountSettings)
#include "tst_accountsettings.moc"
