// printable(): what a server, a file or a person typed reaches a terminal or a label as visible escapes,
// never as a control sequence; ordinary text, non-ASCII letters included, stays exactly as it was. The text
// report of a check is built with it.
#include "wizard/core/report/reportformat.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/report/printable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Characters that a terminal or a text layout acts on instead of showing; none may survive printable().
bool hasControl(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && u == u'\n')
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200e || u == 0x200f || u == 0x061c || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// A greeting as an attacker on the path would write it: a title change, a screen clear, a bell, a NUL that
// cuts the line in C strings, a carriage return that hides the start, and a right-to-left override.
QString hostileGreeting()
{
    return u"220 mail.example.org ESMTP \u001b]0;owned\u0007\u001b[2J\u0000\rok \u202Eexe.txt\u009b31m\u007f"_s;
}

} // namespace

class tst_Printable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void everyControlIsEscaped();
    void linesKeepTheirBreaks();
    void textReportEscapesWhatTheServerSaid();
};

void tst_Printable::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"235 2.7.0 Authentication successful"_s << u"235 2.7.0 Authentication successful"_s;
    QTest::newRow("letters beyond ASCII") << u"Zugang für Jürgen: 成功 ✓"_s << u"Zugang für Jürgen: 成功 ✓"_s;
    QTest::newRow("escape sequence") << u"a\u001b[31mb"_s << u"a\\x1B[31mb"_s;
    QTest::newRow("bell and NUL") << u"a\u0007b\u0000c"_s << u"a\\x07b\\x00c"_s;
    QTest::newRow("tab, CR, LF") << u"a\tb\rc\nd"_s << u"a\\x09b\\x0Dc\\x0Ad"_s;
    QTest::newRow("DEL and C1") << u"a\u007fb\u009bc\u0085d"_s << u"a\\x7Fb\\x9Bc\\x85d"_s;
    QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoice\\u202Efdp.exe"_s;
    QTest::newRow("bidi isolates") << u"\u2066a\u2067b\u2068c\u2069"_s << u"\\u2066a\\u2067b\\u2068c\\u2069"_s;
    QTest::newRow("bidi marks") << u"\u200ea\u200fb\u061c"_s << u"\\u200Ea\\u200Fb\\u061C"_s;
    QTest::newRow("line separators") << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s;
    QTest::newRow("backslashes stay") << u"C:\\Users\\alex"_s << u"C:\\Users\\alex"_s;
}

void tst_Printable::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(printable(text), shown);
    QVERIFY(!hasControl(printable(text), false));
    // Escaping twice changes nothing more: a report may pass through more than one layer.
    QCOMPARE(printable(printable(text)), shown);
}

void tst_Printable::everyControlIsEscaped()
{
    QString all;
    for (char16_t c = 0; c < 0x3000; ++c) {
        if (!QChar::isSurrogate(c))
            all += QChar(c);
    }
    QVERIFY(hasControl(all, false));
    const QString shown = printable(all);
    QVERIFY(!hasControl(shown, false));
    QVERIFY(!hasControl(printableLines(all), true));
}

void tst_Printable::linesKeepTheirBreaks()
{
    QCOMPARE(printableLines(u"250-first\n250 sec\u001bond\r"_s), u"250-first\n250 sec\\x1Bond\\x0D"_s);
}

void tst_Printable::textReportEscapesWhatTheServerSaid()
{
    MailboxCheckReport report;
    report.email = u"alex@example.org"_s;
    report.smtp.server = u"mail.example.org:587"_s;
    report.smtp.steps << StepResult{ ProbeStep::Greeting, true, 3, hostileGreeting(), std::nullopt };
    report.imap.server = u"mail.example.org:993"_s;
    report.imap.steps << StepResult{ ProbeStep::Greeting, false, 3, hostileGreeting(), std::nullopt };
    report.imap.diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::UnexpectedReply, hostileGreeting() + u"\n* BYE"_s);

    const QString text = ReportFormat::checkToText(report);
    QVERIFY2(!hasControl(text, true), qPrintable(text));
    QVERIFY2(text.contains(u"ESMTP \\x1B]0;owned\\x07\\x1B[2J\\x00\\x0Dok \\u202Eexe.txt\\x9B31m\\x7F"_s), qPrintable(text));

    // The JSON keeps the server's words exact (in JSON's own escapes) for scripts.
    const QJsonObject json = ReportFormat::checkToJson(report);
    const QByteArray bytes = QJsonDocument(json).toJson();
    QVERIFY(!bytes.contains('\x1b'));
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"smtp"_s).toObject().value(u"steps"_s).toArray()
                 .first().toObject().value(u"detail"_s).toString(),
             hostileGreeting());
}

QTEST_GUILESS_MAIN(tst_Printable)
#include "tst_printable.moc"
