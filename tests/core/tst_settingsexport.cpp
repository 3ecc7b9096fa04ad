// The settings for other mail apps: the Mozilla autoconfig XML parses and names the right hosts, ports, socket
// types and OAuth2 for personal and work accounts; text and JSON say the same.
#include "wizard/core/account/settingsexport.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Server {
    QString type, hostname, port, socketType, authentication, username;
};

// Every server of an autoconfig document, read back with QXmlStreamReader; fails the test on broken XML.
QList<Server> readServers(const QString &xmlText, QString *version, QString *domain)
{
    QList<Server> servers;
    QXmlStreamReader xml(xmlText);
    Server *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "clientConfig"_L1) {
            *version = xml.attributes().value("version"_L1).toString();
        } else if (name == "domain"_L1) {
            *domain = xml.readElementText();
        } else if (name == "incomingServer"_L1 || name == "outgoingServer"_L1) {
            servers.append(Server{ xml.attributes().value("type"_L1).toString(), {}, {}, {}, {}, {} });
            current = &servers.last();
        } else if (current && name == "hostname"_L1) {
            current->hostname = xml.readElementText();
        } else if (current && name == "port"_L1) {
            current->port = xml.readElementText();
        } else if (current && name == "socketType"_L1) {
            current->socketType = xml.readElementText();
        } else if (current && name == "authentication"_L1) {
            current->authentication = xml.readElementText();
        } else if (current && name == "username"_L1) {
            current->username = xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning() << xml.errorString();
    return xml.hasError() ? QList<Server>{} : servers;
}

} // namespace

class tst_SettingsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoconfigNamesTheRightServers_data();
    void autoconfigNamesTheRightServers();
    void autoconfigEscapesWhatAProfileSays();
    void textAndJson();
    void formats();
};

void tst_SettingsExport::autoconfigNamesTheRightServers_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("smtpHost");
    QTest::newRow("personal") << u"outlook"_s << u"alex@hotmail.com"_s << u"smtp-mail.outlook.com"_s;
    QTest::newRow("work") << u"microsoft365"_s << u"alex@contoso.com"_s << u"smtp.office365.com"_s;
}

void tst_SettingsExport::autoconfigNamesTheRightServers()
{
    QFETCH(QString, profileId);
    QFETCH(QString, email);
    QFETCH(QString, smtpHost);
    const auto profile = ProviderProfileLoader::builtIn(profileId);
    QVERIFY(profile);
    const QString xml = SettingsExport::toAutoconfig(MailServerSettings::of(email, *profile));
    QVERIFY(xml.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s));
    QString version, domain;
    const QList<Server> servers = readServers(xml, &version, &domain);
    QCOMPARE(version, u"1.1"_s);
    QCOMPARE(domain, email.section(u'@', 1));
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0].type, u"imap"_s);
    QCOMPARE(servers[0].hostname, u"outlook.office365.com"_s);
    QCOMPARE(servers[0].port, u"993"_s);
    QCOMPARE(servers[0].socketType, u"SSL"_s);
    QCOMPARE(servers[0].authentication, u"OAuth2"_s);
    QCOMPARE(servers[0].username, email);
    QCOMPARE(servers[1].type, u"smtp"_s);
    QCOMPARE(servers[1].hostname, smtpHost);
    QCOMPARE(servers[1].port, u"587"_s);
    QCOMPARE(servers[1].socketType, u"STARTTLS"_s);
    QCOMPARE(servers[1].authentication, u"OAuth2"_s);
}

void tst_SettingsExport::autoconfigEscapesWhatAProfileSays()
{
    MailServerSettings settings{ u"a@example.com"_s, u"x"_s, u"<Evil & \"Co\">"_s,
                                 { u"imap.example.com"_s, 993, ConnectionSecurity::Tls },
                                 { u"smtp.example.com"_s, 587, ConnectionSecurity::StartTls } };
    const QString xml = SettingsExport::toAutoconfig(settings);
    QVERIFY(!xml.contains(u"<Evil"_s));
    QXmlStreamReader reader(xml);
    QString name;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == "displayName"_L1)
            name = reader.readElementText();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(name, u"<Evil & \"Co\">"_s);
}

void tst_SettingsExport::textAndJson()
{
    const auto profile = ProviderProfileLoader::builtIn(u"microsoft365"_s);
    const MailServerSettings settings = MailServerSettings::of(u"alex@contoso.com"_s, *profile);
    const QString text = SettingsExport::toText(settings);
    QVERIFY(text.contains(u"outlook.office365.com, port 993"_s));
    QVERIFY(text.contains(u"smtp.office365.com, port 587, STARTTLS"_s));
    const QJsonObject json = SettingsExport::toJson(settings);
    QCOMPARE(json[u"imap"_s][u"security"_s].toString(), u"tls"_s);
    QCOMPARE(json[u"smtp"_s][u"port"_s].toInt(), 587);
    QCOMPARE(json[u"smtp"_s][u"authentication"_s].toString(), u"oauth2"_s);
}

void tst_SettingsExport::formats()
{
    QCOMPARE(SettingsExport::formatFromKey(u"autoconfig"_s), SettingsExport::Format::Autoconfig);
    QCOMPARE(SettingsExport::formatFromKey(u"json"_s), SettingsExport::Format::Json);
    QVERIFY(!SettingsExport::formatFromKey(u"xml"_s));
}

QTEST_GUILESS_MAIN(tst_SettingsExport)
#include "tst_settingsexport.moc"
