// The second line of defence: a server that echoes the token back, whole or altered, gets nothing of it into a
// transcript, a report or an error. Every row is a way a hostile or broken server could send it back.
#include "tests/core/probetesting.h"

#include "wizard/core/secrets/secretredactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProbeTesting;

namespace {

SecretRedactor redactor()
{
    SecretRedactor redactor;
    redactor.addSecret(token());
    redactor.addEncodedForm(QString::fromLatin1(xoauth2()));
    return redactor;
}

QString base64(const QByteArray &bytes, QByteArray::Base64Options options = QByteArray::Base64Encoding)
{
    return QString::fromLatin1(bytes.toBase64(options));
}

QString percentEncodedEverything(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes)
        text += u"%%1"_s.arg(uchar(c), 2, 16, QChar(u'0')).toUpper();
    return text;
}

// Where the output still holds 20 characters in a row of the token or of one of its encodings (any case).
QString leak(const QString &output)
{
    const QByteArray secret = token().toUtf8();
    QStringList forms{ token(), QString::fromLatin1(secret.toHex()), QString::fromLatin1(xoauth2()) };
    for (int start = 0; start < 3; ++start) {
        forms << base64(secret.mid(start), QByteArray::OmitTrailingEquals)
              << base64(secret.mid(start), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    for (const QString &form : std::as_const(forms)) {
        for (qsizetype at = 0; at + 20 <= form.size(); at += 5) {
            if (output.contains(form.mid(at, 20), Qt::CaseInsensitive))
                return u"\"%1\" (at %2 of a form) in \"%3\""_s.arg(form.mid(at, 20)).arg(at).arg(output.left(300));
        }
    }
    return {};
}

} // namespace

class tst_SecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesEchoes_data();
    void removesEchoes();
    void splitOverTranscriptLines();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void shortSecretsWhole();
};

void tst_SecretRedactor::removesEchoes_data()
{
    QTest::addColumn<QString>("echo");      // what the server sent, around the secret's form
    QTest::addColumn<QString>("before");    // words before it that must stay
    QTest::addColumn<QString>("after");     // and after it

    const QString secret = token();
    const QByteArray bytes = secret.toUtf8();
    const QString before = u"A2 BAD you sent"_s;
    const QString after = u"which is wrong"_s;
    const auto row = [&](const char *name, const QString &form) {
        QTest::newRow(name) << before + u' ' + form + u' ' + after << before << after;
    };
    row("as it was", secret);
    row("all but the last character", secret.chopped(1));
    row("all but the first character", secret.mid(1));
    row("the first 40 characters", secret.left(40));
    row("a piece from the middle", secret.mid(700, 30));
    row("upper case", secret.toUpper());
    row("lower case", secret.toLower());
    row("two characters changed in the middle", QString(secret).replace(600, 2, u"!!"_s));
    row("hex", QString::fromLatin1(bytes.toHex()));
    row("hex in capitals", QString::fromLatin1(bytes.toHex()).toUpper());
    row("hex of a piece", QString::fromLatin1(bytes.mid(101, 50).toHex()));
    row("base64", base64(bytes));
    row("base64url", base64(bytes, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    row("base64 of a piece at 0", base64(bytes.mid(300, 90)));
    row("base64 of a piece at 1", base64(bytes.mid(301, 90)));
    row("base64 of a piece at 2", base64(bytes.mid(302, 90)));
    row("base64 of JSON that holds it", base64(R"({"status":"401","token":")" + bytes + "\"}"));
    row("XOAUTH2 initial response", QString::fromLatin1(xoauth2()));
    row("XOAUTH2 initial response in base64url",
        QString::fromLatin1(xoauth2()).replace(u'+', u'-').replace(u'/', u'_').remove(u'='));
    row("base64 of the XOAUTH2 initial response", base64(xoauth2()));
    row("XOAUTH2 initial response decoded", QString::fromUtf8(QByteArray::fromBase64(xoauth2())).replace(u'\x01', u' '));
    row("percent-encoded, every character", percentEncodedEverything(bytes));
    row("percent-encoded, every character, lower case", percentEncodedEverything(bytes).toLower());
    row("percent-encoded base64", QString::fromLatin1(QByteArray(bytes.toBase64()).toPercentEncoding()));
    row("split by CRLF", secret.left(700) + u"\r\n"_s + secret.mid(700));
    {
        QString lines;
        for (qsizetype at = 0; at < secret.size(); at += 10)
            lines += secret.mid(at, 10) + u"\r\n"_s;
        row("in lines of 10 characters", lines.trimmed());
    }
}

void tst_SecretRedactor::removesEchoes()
{
    QFETCH(QString, echo);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString redacted = redactor().redact(echo);
    const QString where = leak(redacted);
    QVERIFY2(where.isEmpty(), qPrintable(where));
    QVERIFY2(redacted.contains(SecretRedactor::placeholder()), qPrintable(redacted.left(300)));
    // The server's own words around it stay readable.
    QVERIFY2(redacted.startsWith(before + u' '), qPrintable(redacted.left(300)));
    QVERIFY2(redacted.endsWith(u' ' + after), qPrintable(redacted.right(300)));
    // Redacting again changes nothing.
    QCOMPARE(redactor().redact(redacted), redacted);
}

void tst_SecretRedactor::splitOverTranscriptLines()
{
    // The server sends the token back ten characters a line; the transcript marks each line "S: ".
    const QString secret = token();
    QStringList transcript{ u"# connected to 127.0.0.1 port 993"_s, u"C: A2 AUTHENTICATE XOAUTH2 [secret removed]"_s };
    for (qsizetype at = 0; at < secret.size(); at += 10)
        transcript << u"S: "_s + secret.mid(at, 10);
    transcript << u"S: A2 NO AUTHENTICATE failed."_s;

    const QStringList redacted = redactor().redact(transcript);
    QCOMPARE(redacted.size(), transcript.size());
    const QString where = leak(redacted.join(QString()));
    QVERIFY2(where.isEmpty(), qPrintable(where));
    QCOMPARE(redacted.constFirst(), transcript.constFirst());
    QCOMPARE(redacted.at(1), transcript.at(1));
    QCOMPARE(redacted.at(2), u"S: [secret removed]"_s);
    QCOMPARE(redacted.constLast(), transcript.constLast());
}

void tst_SecretRedactor::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("greeting") << u"* OK The Microsoft Exchange IMAP4 service is ready. "
                                 "[TQBOADIAUABSADAAMgBDAEEAMAAwADAAMQAuAGUAdQByAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]"_s;
    QTest::newRow("capabilities") << u"* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT "
                                     "CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE"_s;
    QTest::newRow("SMTP refusal") << u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
                                     "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
                                     "[SN4PR0501CA0012.namprd05.prod.outlook.com 2024-01-01T00:00:00.000Z 08DC0C5B5E6A2B1F]"_s;
    QTest::newRow("an error challenge") << u"+ "_s + base64(R"({"status":"401","schemes":"bearer","scope":"https://outlook.office.com/IMAP.AccessAsUser.All"})");
    QTest::newRow("a placeholder") << u"C: A2 AUTHENTICATE XOAUTH2 [secret removed]"_s;
}

void tst_SecretRedactor::leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    QCOMPARE(redactor().redact(text), text);
    QCOMPARE(redactor().redact(QStringList{ u"S: "_s + text }), QStringList{ u"S: "_s + text });
}

void tst_SecretRedactor::shortSecretsWhole()
{
    SecretRedactor redactor;
    redactor.addSecret(u"short"_s);  // too short to be told from a word: kept
    redactor.addSecret(u"Pin-4711-x"_s);
    QCOMPARE(redactor.redact(u"a short pin-4711-X here"_s), u"a short [secret removed] here"_s);
}

QTEST_GUILESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
