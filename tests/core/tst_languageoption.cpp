// --lang CODE as people type it: the built program, anywhere on the line, for the wizard and every command; a code
// Mail Setup does not speak, or none, is bad input (exit 2) with a message naming the codes it does speak.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_LanguageOption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpInEachLanguage_data();
    void helpInEachLanguage();
    void anywhereOnTheLine();
    void winsOverTheLocale();
    void englishOnRequest();
    void unknownOrMissingCode_data();
    void unknownOrMissingCode();
    void wizardRefusesAnUnknownCode();

private:
    Run run(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s, bool display = false);
    QString m_binary;
};

void tst_LanguageOption::initTestCase()
{
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "MAILSETUP_BINARY is not set");
}

Run tst_LanguageOption::run(const QStringList &arguments, const QString &locale, bool display)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, locale);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    if (display)
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    else
        environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForStarted(10'000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(20'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_LanguageOption::helpInEachLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("exitCodes");
    QTest::newRow("de") << u"de"_s << u"Befehle:"_s << u"Exit-Codes:"_s;
    QTest::newRow("fr") << u"fr"_s << u"Commandes :"_s << u"Codes de sortie :"_s;
    QTest::newRow("es") << u"es"_s << u"Comandos:"_s << u"Códigos de salida:"_s;
    QTest::newRow("nl") << u"nl"_s << u"Opdrachten:"_s << u"Afsluitcodes:"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"Commandes :"_s << u"Codes de sortie :"_s;
}

void tst_LanguageOption::helpInEachLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, usage);
    QFETCH(QString, exitCodes);
    const Run result = run({ u"--lang"_s, code, u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(usage), qPrintable(result.out));
    QVERIFY2(result.out.contains(exitCodes), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"--lang"_s), qPrintable(result.out));
    QVERIFY2(!result.out.contains(u"Commands:"_s), qPrintable(result.out));
}

void tst_LanguageOption::anywhereOnTheLine()
{
    // After the command, as --lang=CODE: the command's own words and its error are Spanish, exit 2 for the address.
    const Run result = run({ u"check"_s, u"--email"_s, u"foo"_s, u"--lang=es"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"no es una dirección de correo electrónico"_s), qPrintable(result.err));
    const Run help = run({ u"explain"_s, u"--help"_s, u"--lang"_s, u"nl"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Gebruik: mailsetup explain"_s), qPrintable(help.out));
}

void tst_LanguageOption::winsOverTheLocale()
{
    const Run result = run({ u"--lang"_s, u"fr"_s, u"--help"_s }, u"de_DE.UTF-8"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Commandes :"_s), qPrintable(result.out));
}

void tst_LanguageOption::englishOnRequest()
{
    // Under a German locale the command line speaks German, unless --lang en asks for the English scripts read.
    const Run german = run({ u"--help"_s }, u"de_DE.UTF-8"_s);
    QVERIFY2(german.out.contains(u"Befehle:"_s), qPrintable(german.out));
    const Run english = run({ u"--help"_s, u"--lang"_s, u"en"_s }, u"de_DE.UTF-8"_s);
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(u"Commands:"_s), qPrintable(english.out));
}

void tst_LanguageOption::unknownOrMissingCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringList{ u"--lang"_s, u"xx"_s, u"check"_s }
                             << u"Mail Setup does not speak the language \"xx\". Choose one of: de, en, es, fr, nl."_s;
    QTest::newRow("unknown after the command") << QStringList{ u"explain"_s, u"--lang=klingon"_s, u"535"_s }
                                               << u"Mail Setup does not speak the language \"klingon\"."_s;
    QTest::newRow("missing") << QStringList{ u"check"_s, u"--lang"_s }
                             << u"The option --lang needs a language code: de, en, es, fr, nl."_s;
    QTest::newRow("empty") << QStringList{ u"--lang="_s, u"--help"_s } << u"The option --lang needs a language code"_s;
}

void tst_LanguageOption::unknownOrMissingCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"mailsetup --help"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_LanguageOption::wizardRefusesAnUnknownCode()
{
    // With a screen (offscreen), `mailsetup --lang xx` is the wizard's line: refused before any window opens.
    const Run result = run({ u"--lang"_s, u"xx"_s }, u"C.UTF-8"_s, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"does not speak the language \"xx\""_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_LanguageOption)
#include "tst_languageoption.moc"
