// The command line as an installer meets it: presets (--preset, the system-wide one through XDG_CONFIG_DIRS, broken
// ones, allowed domains), `check --report` (the HTML and JSON files, no token in them) and `settings`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_DeployCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void brokenPresetNamesFileAndKey();
    void addressOutsideAllowedDomainsIsRefused();
    void systemWidePresetFromXdgConfigDirs();
    void commandLineWinsOverPreset();
    void checkWritesReportWithoutToken();
    void settingsAsAutoconfig();
    void badSettingsFormat();

private:
    Run run(const QStringList &arguments, const QStringList &extraEnvironment = {});
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DeployCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_DeployCommands::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

Run tst_DeployCommands::run(const QStringList &arguments, const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A home of its own (saved accounts), no display (the commands, never the wizard), English words.
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"XDG_CONFIG_DIRS"_s, m_dir->filePath(u"no-system-preset"_s));
    environment.insert(u"LC_ALL"_s, u"C"_s);
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(variable));
    for (const QString &pair : extraEnvironment)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("MAILSETUP_BINARY"), arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_DeployCommands::brokenPresetNamesFileAndKey()
{
    const QString preset = write(u"preset.json"_s, R"({"clientId": "abc", "sendTestMesage": true})");
    for (const QString &command : { u"check"_s, u"signin"_s, u"settings"_s }) {
        const Run result = run({ command, u"--email"_s, u"alex@contoso.com"_s, u"--preset"_s, preset });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(preset) && result.err.contains(u"\"sendTestMesage\""_s), qPrintable(result.err));
    }
    const Run missing = run({ u"check"_s, u"--email"_s, u"alex@contoso.com"_s, u"--preset"_s, m_dir->filePath(u"none.json"_s) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"none.json"_s));
}

void tst_DeployCommands::addressOutsideAllowedDomainsIsRefused()
{
    const QString preset = write(u"preset.json"_s, R"({"allowedDomains": ["contoso.com"]})");
    const Run refused = run({ u"settings"_s, u"--email"_s, u"alex@fabrikam.com"_s, u"--preset"_s, preset });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"contoso.com"_s) && refused.err.contains(u"alex@fabrikam.com"_s), qPrintable(refused.err));
    const Run allowed = run({ u"settings"_s, u"--email"_s, u"alex@contoso.com"_s, u"--preset"_s, preset });
    QCOMPARE(allowed.exitCode, 0);
}

void tst_DeployCommands::systemWidePresetFromXdgConfigDirs()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"xdg/mailsetup"_s));
    write(u"xdg/mailsetup/preset.json"_s, R"({"allowedDomains": ["contoso.com"], "accountKind": "work"})");
    const QStringList environment = { u"XDG_CONFIG_DIRS="_s + m_dir->filePath(u"xdg"_s) };
    const Run refused = run({ u"signin"_s, u"--email"_s, u"alex@fabrikam.com"_s }, environment);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"contoso.com"_s));
    // The preset's kind picks the work profile for an address the domain alone would not tell.
    const Run settings = run({ u"settings"_s, u"--email"_s, u"alex@contoso.com"_s, u"--format"_s, u"json"_s }, environment);
    QCOMPARE(settings.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(settings.out.toUtf8())[u"smtp"_s][u"host"_s].toString(), u"smtp.office365.com"_s);
}

void tst_DeployCommands::commandLineWinsOverPreset()
{
    const QString preset = write(u"preset.json"_s, R"({"provider": "microsoft365", "sendTestMessage": true})");
    const Run fromPreset = run({ u"settings"_s, u"--email"_s, u"alex@hotmail.com"_s, u"--format"_s, u"json"_s,
                                 u"--preset"_s, preset });
    QCOMPARE(QJsonDocument::fromJson(fromPreset.out.toUtf8())[u"smtp"_s][u"host"_s].toString(), u"smtp.office365.com"_s);
    const Run fromCommandLine = run({ u"settings"_s, u"--email"_s, u"alex@hotmail.com"_s, u"--format"_s, u"json"_s,
                                      u"--preset"_s, preset, u"--provider"_s, u"outlook"_s });
    QCOMPARE(QJsonDocument::fromJson(fromCommandLine.out.toUtf8())[u"smtp"_s][u"host"_s].toString(),
             u"smtp-mail.outlook.com"_s);
    const Run both = run({ u"check"_s, u"--email"_s, u"alex@hotmail.com"_s, u"--send-test"_s, u"--no-send-test"_s });
    QCOMPARE(both.exitCode, 2);
}

void tst_DeployCommands::checkWritesReportWithoutToken()
{
    // Closed ports on this computer: the check fails at once, with a diagnosis, and still writes its report.
    const QString profile = write(u"profile.json"_s, R"({"id": "closed", "name": "Closed ports",
        "imap": {"host": "127.0.0.1", "port": 1, "security": "tls"},
        "smtp": {"host": "127.0.0.1", "port": 9, "security": "starttls"},
        "oauth": {"authorizeUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
                  "tokenUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
                  "clientId": "11111111-2222-3333-4444-555555555555", "scopes": ["offline_access"]}})");
    const QByteArray token = "SEEDEDTOKENeyJhbGciOiJSUzI1NiJ9abcdefghijklmnopqrstuvwxyz0123456789";
    const QString tokenFile = write(u"token"_s, token);
    const QString reportFile = m_dir->filePath(u"report.html"_s);
    const Run result = run({ u"check"_s, u"--email"_s, u"alex@contoso.com"_s, u"--access-token-file"_s, tokenFile,
                             u"--provider-file"_s, profile, u"--report"_s, reportFile, u"--json"_s });
    QCOMPARE(result.exitCode, 4);
    QFile html(reportFile);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("127.0.0.1:1"));
    QVERIFY(page.contains("11111111-2222-3333-4444-555555555555"));
    QFile json(m_dir->filePath(u"report.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    const QJsonObject report = QJsonDocument::fromJson(jsonBytes).object();
    QCOMPARE(report[u"check"_s][u"exitCode"_s].toInt(), 4);
    QVERIFY(!report[u"check"_s][u"imap"_s][u"steps"_s].toArray().isEmpty());
    QVERIFY(!report[u"diagnoses"_s].toArray().isEmpty());
    QVERIFY(!report[u"software"_s][u"qt"_s].toString().isEmpty());
    // Not the token, not a piece of it: in neither file nor in what was printed.
    for (const QByteArray &bytes : { page, jsonBytes, result.out.toUtf8(), result.err.toUtf8() })
        QVERIFY(!bytes.contains("SEEDEDTOKEN") && !bytes.contains(token.mid(20, 20)));
}

void tst_DeployCommands::settingsAsAutoconfig()
{
    const Run result = run({ u"settings"_s, u"--email"_s, u"alex@outlook.com"_s, u"--format"_s, u"autoconfig"_s });
    QCOMPARE(result.exitCode, 0);
    QXmlStreamReader xml(result.out);
    QStringList hosts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "hostname"_L1)
            hosts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(hosts, (QStringList{ u"outlook.office365.com"_s, u"smtp-mail.outlook.com"_s }));
}

void tst_DeployCommands::badSettingsFormat()
{
    const Run result = run({ u"settings"_s, u"--email"_s, u"alex@outlook.com"_s, u"--format"_s, u"ini"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"--format"_s));
    QCOMPARE(run({ u"settings"_s, u"--email"_s, u"not an address"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_DeployCommands)
#include "tst_deploycommands.moc"
