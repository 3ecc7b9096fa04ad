#include "wizard/core/account/settingsexport.h"

#include "wizard/core/provider/emailaddress.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

QString securityKey(ConnectionSecurity security)
{
    return security == ConnectionSecurity::Tls ? u"tls"_s : u"starttls"_s;
}

QString securityWords(ConnectionSecurity security)
{
    return security == ConnectionSecurity::Tls ? SettingsExport::tr("SSL/TLS (encrypted from the start)")
                                               : SettingsExport::tr("STARTTLS");
}

QJsonObject serverJson(const ServerAddress &server, const QString &username)
{
    return QJsonObject{
        { u"host"_s, server.host },
        { u"port"_s, int(server.port) },
        { u"security"_s, securityKey(server.security) },
        { u"username"_s, username },
        { u"authentication"_s, u"oauth2"_s },
    };
}

void writeServer(QXmlStreamWriter &xml, const QString &element, const QString &type, const ServerAddress &server,
                 const QString &username)
{
    xml.writeStartElement(element);
    xml.writeAttribute(u"type"_s, type);
    xml.writeTextElement(u"hostname"_s, server.host);
    xml.writeTextElement(u"port"_s, QString::number(server.port));
    xml.writeTextElement(u"socketType"_s, SettingsExport::socketType(server.security));
    xml.writeTextElement(u"authentication"_s, u"OAuth2"_s);
    xml.writeTextElement(u"username"_s, username);
    xml.writeEndElement();
}

} // namespace

MailServerSettings MailServerSettings::of(const QString &email, const ProviderProfile &profile)
{
    return MailServerSettings{ email.trimmed(), profile.id, profile.name, profile.imap, profile.smtp };
}

std::optional<SettingsExport::Format> SettingsExport::formatFromKey(const QString &key)
{
    if (key == u"text"_s)
        return Format::Text;
    if (key == u"json"_s)
        return Format::Json;
    if (key == u"autoconfig"_s)
        return Format::Autoconfig;
    return std::nullopt;
}

QString SettingsExport::socketType(ConnectionSecurity security)
{
    return security == ConnectionSecurity::Tls ? u"SSL"_s : u"STARTTLS"_s;
}

QString SettingsExport::toText(const MailServerSettings &settings)
{
    QString text;
    text += tr("Settings for %1 (%2)").arg(settings.email, settings.providerName) + u'\n';
    text += tr("Incoming mail (IMAP): %1, port %2, %3").arg(settings.imap.host).arg(settings.imap.port)
                .arg(securityWords(settings.imap.security)) + u'\n';
    text += tr("Outgoing mail (SMTP): %1, port %2, %3").arg(settings.smtp.host).arg(settings.smtp.port)
                .arg(securityWords(settings.smtp.security)) + u'\n';
    text += tr("User name: %1").arg(settings.email) + u'\n';
    text += tr("Sign-in: OAuth2 (\"Sign in with Microsoft\"). There is no password to type: the mail app opens "
               "Microsoft's sign-in page.") + u'\n';
    return text;
}

QJsonObject SettingsExport::toJson(const MailServerSettings &settings)
{
    return QJsonObject{
        { u"email"_s, settings.email },
        { u"provider"_s, QJsonObject{ { u"id"_s, settings.providerId }, { u"name"_s, settings.providerName } } },
        { u"imap"_s, serverJson(settings.imap, settings.email) },
        { u"smtp"_s, serverJson(settings.smtp, settings.email) },
    };
}

QString SettingsExport::toAutoconfig(const MailServerSettings &settings)
{
    const QString domain = EmailAddress::check(settings.email).domain;
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"clientConfig"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    xml.writeStartElement(u"emailProvider"_s);
    xml.writeAttribute(u"id"_s, domain);
    xml.writeTextElement(u"domain"_s, domain);
    xml.writeTextElement(u"displayName"_s, settings.providerName);
    xml.writeTextElement(u"displayShortName"_s, settings.providerName);
    writeServer(xml, u"incomingServer"_s, u"imap"_s, settings.imap, settings.email);
    writeServer(xml, u"outgoingServer"_s, u"smtp"_s, settings.smtp, settings.email);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    // The text goes out as UTF-8 (stdout, a file): say so, as Mozilla's own files do.
    out.replace(u"<?xml version=\"1.0\"?>"_s, u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s);
    return out;
}

QString SettingsExport::format(const MailServerSettings &settings, Format format)
{
    switch (format) {
    case Format::Text:
        return toText(settings);
    case Format::Json:
        return QString::fromUtf8(QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented));
    case Format::Autoconfig:
        return toAutoconfig(settings);
    }
    return toText(settings);
}
