// Presets: strict parsing (every bad key named with its file), the system-wide default found through
// $XDG_CONFIG_DIRS, the precedence command line > preset > built-ins, allowed domains and the tenant.
#include "wizard/core/deployment/preset.h"
#include "wizard/core/provider/providerprofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Preset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKey();
    void badPresetsNameTheFileAndTheKey_data();
    void badPresetsNameTheFileAndTheKey();
    void unusableFilesAreRefused();
    void commandLineWinsOverPresetOverBuiltIns();
    void kindChoosesTheProfile();
    void allowedDomains();
    void systemDefaultFollowsXdgConfigDirs();
    void tenantRestrictsMicrosoftsAddresses();
};

void tst_Preset::readsEveryKey()
{
    PresetError error;
    const auto options = Preset::fromJson(R"({
        "clientId": "11111111-2222-3333-4444-555555555555", "tenant": "contoso.onmicrosoft.com",
        "accountKind": "work", "allowedDomains": ["Contoso.com", "bücher.example"], "providerFile": "profile.json",
        "sendTestMessage": false, "language": "de", "skipPages": ["imap-switch", "ready"]})",
                                          u"p.json"_s, u"/etc/mailsetup"_s, &error);
    QVERIFY2(options, qPrintable(error.message()));
    QCOMPARE(options->clientId, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(options->tenant, u"contoso.onmicrosoft.com"_s);
    QCOMPARE(options->kind, AccountKind::Work);
    QCOMPARE(options->allowedDomains, (QStringList{ u"contoso.com"_s, u"xn--bcher-kva.example"_s }));
    QCOMPARE(options->provider, (ProviderChoice{ {}, u"/etc/mailsetup/profile.json"_s }));
    QCOMPARE(options->sendTestMessage, false);
    QCOMPARE(options->language, u"de"_s);
    QVERIFY(options->skips(u"imap-switch"_s));
    QVERIFY(options->skips(u"ready"_s));

    const auto empty = Preset::fromJson("{}", u"e.json"_s, {}, &error);
    QVERIFY(empty);
    QVERIFY(!empty->clientId && !empty->provider && !empty->sendTestMessage && !empty->skips(u"ready"_s));
}

void tst_Preset::badPresetsNameTheFileAndTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown key") << QByteArray(R"({"clientID": "abc"})") << u"clientID"_s;
    QTest::newRow("client id a number") << QByteArray(R"({"clientId": 5})") << u"clientId"_s;
    QTest::newRow("client id with a space") << QByteArray(R"({"clientId": "a b"})") << u"clientId"_s;
    QTest::newRow("client id empty") << QByteArray(R"({"clientId": "  "})") << u"clientId"_s;
    QTest::newRow("tenant not a tenant") << QByteArray(R"({"tenant": "contoso"})") << u"tenant"_s;
    QTest::newRow("kind unknown") << QByteArray(R"({"accountKind": "school"})") << u"accountKind"_s;
    QTest::newRow("domains a string") << QByteArray(R"({"allowedDomains": "contoso.com"})") << u"allowedDomains"_s;
    QTest::newRow("domains empty") << QByteArray(R"({"allowedDomains": []})") << u"allowedDomains"_s;
    QTest::newRow("domain with @") << QByteArray(R"({"allowedDomains": ["a.com", "@b.com"]})") << u"allowedDomains[1]"_s;
    QTest::newRow("domain a number") << QByteArray(R"({"allowedDomains": [1]})") << u"allowedDomains[0]"_s;
    QTest::newRow("provider unknown") << QByteArray(R"({"provider": "gmail"})") << u"provider"_s;
    QTest::newRow("provider and file") << QByteArray(R"({"provider": "outlook", "providerFile": "p.json"})")
                                       << u"providerFile"_s;
    QTest::newRow("test message a string") << QByteArray(R"({"sendTestMessage": "yes"})") << u"sendTestMessage"_s;
    QTest::newRow("language") << QByteArray(R"({"language": "German"})") << u"language"_s;
    QTest::newRow("page unknown") << QByteArray(R"({"skipPages": ["check"]})") << u"skipPages[0]"_s;
}

void tst_Preset::badPresetsNameTheFileAndTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    PresetError error;
    QVERIFY(!Preset::fromJson(json, u"/etc/xdg/mailsetup/preset.json"_s, {}, &error));
    QCOMPARE(error.key, key);
    QVERIFY(!error.problem.isEmpty());
    const QString message = error.message();
    QVERIFY2(message.contains(u"/etc/xdg/mailsetup/preset.json"_s) && message.contains(u'"' + key + u'"'),
             qPrintable(message));
}

void tst_Preset::unusableFilesAreRefused()
{
    QTemporaryDir dir;
    PresetError error;
    QVERIFY(!Preset::fromFile(dir.filePath(u"missing.json"_s), &error));
    QVERIFY(error.message().contains(u"missing.json"_s));
    QVERIFY(!Preset::fromFile(dir.path(), &error));      // a folder
    QVERIFY(!Preset::fromFile(u"/dev/zero"_s, &error));  // a device: refused before it is read
    QFile broken(dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"clientId\": ");
    broken.close();
    QVERIFY(!Preset::fromFile(broken.fileName(), &error));
    QVERIFY(error.message().contains(u"broken.json"_s));
    QVERIFY(!Preset::fromJson("[1]", u"a.json"_s, {}, &error));
}

void tst_Preset::commandLineWinsOverPresetOverBuiltIns()
{
    SetupOptions commandLine;
    commandLine.clientId = u"from-command-line"_s;
    SetupOptions preset;
    preset.clientId = u"from-preset"_s;
    preset.tenant = u"contoso.com"_s;
    preset.sendTestMessage = false;
    SetupOptions builtIns;
    builtIns.clientId = u"built-in"_s;
    builtIns.tenant = u"organizations"_s;
    builtIns.sendTestMessage = true;
    builtIns.language = u"en"_s;

    const SetupOptions resolved = SetupOptions::resolved(commandLine, preset, builtIns);
    QCOMPARE(resolved.clientId, u"from-command-line"_s);  // command line over preset
    QCOMPARE(resolved.tenant, u"contoso.com"_s);          // preset over built-in
    QCOMPARE(resolved.sendTestMessage, false);            // preset over built-in, also for false
    QCOMPARE(resolved.language, u"en"_s);                 // built-in where nobody said
    QVERIFY(!resolved.allowedDomains);                    // unset everywhere: unset

    SetupOptions sayNo;
    sayNo.sendTestMessage = false;
    preset.sendTestMessage = true;
    QCOMPARE(SetupOptions::resolved(sayNo, preset, builtIns).sendTestMessage, false);  // --no-send-test

    commandLine.provider = ProviderChoice{ u"outlook"_s, {} };
    preset.provider = ProviderChoice{ {}, u"/etc/org.json"_s };
    QCOMPARE(SetupOptions::resolved(commandLine, preset, {}).provider->id, u"outlook"_s);
    QCOMPARE(SetupOptions::resolved({}, preset, {}).provider->file, u"/etc/org.json"_s);
}

void tst_Preset::kindChoosesTheProfile()
{
    SetupOptions options;
    QCOMPARE(options.providerOrDefault(u"outlook"_s).id, u"outlook"_s);
    options.kind = AccountKind::Work;
    QCOMPARE(options.providerOrDefault(u"outlook"_s).id, u"microsoft365"_s);
    options.provider = ProviderChoice{ u"outlook"_s, {} };  // a named profile wins over the kind
    QCOMPARE(options.providerOrDefault(u"outlook"_s).id, u"outlook"_s);
}

void tst_Preset::allowedDomains()
{
    SetupOptions options;
    QVERIFY(options.refusal(u"alex@anywhere.example"_s).isEmpty());
    options.allowedDomains = QStringList{ u"contoso.com"_s, u"xn--bcher-kva.example"_s };
    QVERIFY(options.refusal(u"Alex@CONTOSO.com"_s).isEmpty());
    QVERIFY(options.refusal(u"alex@bücher.example"_s).isEmpty());
    const QString refusal = options.refusal(u"alex@fabrikam.com"_s);
    QVERIFY(refusal.contains(u"alex@fabrikam.com"_s));
    QVERIFY(refusal.contains(u"contoso.com"_s));
    QVERIFY(refusal.endsWith(u'.'));
    QVERIFY(!options.refusal(u"alex@mail.contoso.com"_s).isEmpty());  // exactly the domains named
}

void tst_Preset::systemDefaultFollowsXdgConfigDirs()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", (first.path() + u':' + second.path()).toLocal8Bit());
    PresetError error;
    QString source;
    QVERIFY(!Preset::systemDefault(&error, &source));
    QVERIFY(error.file.isEmpty());  // none: no error

    QVERIFY(QDir(second.path()).mkpath(u"mailsetup"_s));
    QFile file(second.filePath(u"mailsetup/preset.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"tenant": "contoso.com"})");
    file.close();
    auto options = Preset::systemDefault(&error, &source);
    QVERIFY(options);
    QCOMPARE(source, file.fileName());
    QCOMPARE(options->tenant, u"contoso.com"_s);

    // The first folder is the more important one; a broken preset there is an error, not skipped.
    QVERIFY(QDir(first.path()).mkpath(u"mailsetup"_s));
    QFile broken(first.filePath(u"mailsetup/preset.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"tennant": "contoso.com"})");
    broken.close();
    QVERIFY(!Preset::systemDefault(&error, &source));
    QCOMPARE(error.file, broken.fileName());
    QCOMPARE(error.key, u"tennant"_s);
    qputenv("XDG_CONFIG_DIRS", saved);
}

void tst_Preset::tenantRestrictsMicrosoftsAddresses()
{
    auto profile = ProviderProfileLoader::builtIn(u"microsoft365"_s);
    QVERIFY(profile);
    profile->oauth.restrictToTenant(u"contoso.com"_s);
    QCOMPARE(profile->oauth.authorizeUrl.toString(), u"https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize"_s);
    QCOMPARE(profile->oauth.tokenUrl.toString(), u"https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"_s);
    OAuthSettings sandbox;
    sandbox.authorizeUrl = QUrl(u"http://127.0.0.1:5000/common/oauth2/v2.0/authorize"_s);
    sandbox.restrictToTenant(u"contoso.com"_s);
    QCOMPARE(sandbox.authorizeUrl.toString(), u"http://127.0.0.1:5000/common/oauth2/v2.0/authorize"_s);
}

QTEST_GUILESS_MAIN(tst_Preset)
#include "tst_preset.moc"
