#include "wizard/core/probe/testmessage.h"

#include "wizard/core/provider/emailaddress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// RFC 2047 encoded word for a header that is not plain ASCII.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// Base64 keeps any UTF-8 body 7-bit clean, so no server needs 8BITMIME; lines of 76 characters.
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

} // namespace

TestMessage TestMessage::create(const QString &email)
{
    TestMessage message;
    // The domain's ASCII form in the envelope, the headers and the Message-ID: "bücher.test" written in one
    // encoding and looked for in another is never found.
    message.from = EmailAddress::protocolForm(email);
    message.to = message.from;
    const QString domain = EmailAddress::protocolDomain(email);
    const bool asciiDomain = std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() <= 0x7f; });
    const quint64 random = QRandomGenerator::system()->generate64();
    message.messageId = u"<mailsetup-test.%1.%2@%3>"_s
                            .arg(QDateTime::currentMSecsSinceEpoch())
                            .arg(random, 16, 16, QChar(u'0'))
                            .arg(domain.isEmpty() || !asciiDomain ? u"mailsetup.invalid"_s : domain);
    message.date = QDateTime::currentDateTime();
    message.subject = QCoreApplication::translate("TestMessage", "Mail Setup test message");
    message.body = QCoreApplication::translate("TestMessage",
        "This message was sent by Mail Setup to check that your account can send and receive e-mail.\n"
        "It went from your computer to your provider's outgoing server and back into your inbox, "
        "so both work. You can delete it.\n");
    return message;
}

bool TestMessage::isMessageId(const QString &messageId)
{
    if (messageId.size() < 5 || messageId.size() > 250 || !messageId.startsWith(u'<') || !messageId.endsWith(u'>')
        || messageId.count(u'@') != 1)
        return false;
    const QStringView inside = QStringView(messageId).mid(1, messageId.size() - 2);
    if (inside.startsWith(u'@') || inside.endsWith(u'@'))
        return false;
    return std::none_of(inside.begin(), inside.end(), [](QChar c) {
        return c.unicode() < 0x21 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() <= 0x9f) || c.isSpace()
            || c == u'<' || c == u'>' || c == u'"' || c == u'\\';
    });
}

QByteArray TestMessage::toMessageText() const
{
    QByteArray data;
    // RFC 5322 dates are always in English, whatever the user's language.
    const int offsetMinutes = date.offsetFromUtc() / 60;
    // The sign as a QChar: a bare char16_t would pick arg(int) and print "43" for '+'.
    const QString zone = u"%1%2%3"_s.arg(QChar(offsetMinutes < 0 ? u'-' : u'+'))
                             .arg(std::abs(offsetMinutes) / 60, 2, 10, QChar(u'0'))
                             .arg(std::abs(offsetMinutes) % 60, 2, 10, QChar(u'0'));
    data += "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy hh:mm:ss "_s).toLatin1() + zone.toLatin1() + "\r\n";
    data += "Message-ID: " + messageId.toUtf8() + "\r\n";
    data += "From: <" + from.toUtf8() + ">\r\n";
    data += "To: <" + to.toUtf8() + ">\r\n";
    data += "Subject: " + headerText(subject) + "\r\n";
    data += "MIME-Version: 1.0\r\n";
    data += "Content-Type: text/plain; charset=UTF-8\r\n";
    data += "Content-Transfer-Encoding: base64\r\n";
    data += "Auto-Submitted: auto-generated\r\n";
    data += "X-Mailer: Mail Setup\r\n";
    data += "\r\n";
    QString body = this->body;
    body.replace("\r\n"_L1, "\n"_L1).replace(u'\n', "\r\n"_L1);
    data += base64Lines(body.toUtf8());
    return data;
}

QByteArray TestMessage::toSmtpData() const
{
    QByteArray data = toMessageText();
    // Base64 never starts a line with a dot, but headers could in theory: stuff any that do.
    data.replace("\r\n.", "\r\n..");
    return data;
}
