// The translations: German, French, Spanish and Dutch. Each is installed the way the wizard and the command line
// install it (TranslationLoader, from the .qm built into mailsetup_core under :/i18n) and must turn the diagnosis
// catalogue, the step labels and the command line's words into its language. Every message of every
// translations/mailsetup_*.ts is finished (no unfinished, obsolete or vanished entry), has its plural forms and
// the same placeholders as its English, and keeps the accelerator keys (&) of a page apart.
//
// MAILSETUP_TS_DIR (tests/core/CMakeLists.txt) is the source folder of the .ts files.
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/probe/proberesult.h"
#include "wizard/core/i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const ProbeStep allSteps[] = {
    ProbeStep::Resolve,      ProbeStep::Connect,  ProbeStep::TlsHandshake, ProbeStep::Greeting,
    ProbeStep::Capabilities, ProbeStep::StartTls, ProbeStep::Authenticate, ProbeStep::Mailbox,
    ProbeStep::Send,         ProbeStep::FindMessage, ProbeStep::Logout,
};

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;  // one, or one per plural form
    QString type;              // "unfinished", "vanished", "obsolete", or empty when finished
    bool numerus = false;
};

QString tsFileName(const QString &language)
{
    return QStringLiteral(MAILSETUP_TS_DIR) + u"/mailsetup_"_s + language + u".ts"_s;
}

// The languages besides English, as TranslationLoader offers them to --lang.
QStringList translatedLanguages()
{
    QStringList languages = TranslationLoader::languageCodes();
    languages.removeAll(u"en"_s);
    return languages;
}

QLocale localeOf(const QString &language)
{
    return TranslationLoader::localeForCode(language).value_or(QLocale::c());
}

// Takes every translator out of the application (a deleted QTranslator removes itself), then installs `language`.
QStringList switchTo(const QString &language)
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    return TranslationLoader::install(QCoreApplication::instance(), localeOf(language));
}

// The accelerator key of a text ("&Next" gives "n"), empty when it has none ("&&" is a literal &).
QString acceleratorOf(const QString &text)
{
    static const QRegularExpression pattern(u"&([^&\\s])"_s);
    const QRegularExpressionMatch match = pattern.match(QString(text).replace(u"&&"_s, u"  "_s));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QList<TsMessage> readTs(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(fileName);
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                message = TsMessage{ context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1 };
            } else if (xml.name() == "source"_L1) {
                message.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (xml.name() == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The placeholders of a text (%1 to %99, %n; %L1 counts as %1), each once, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString name = u'%' + it.next().captured(1);
        if (!found.contains(name))
            found.append(name);
    }
    found.sort();
    return found;
}

// English words that a translation does not have: one of them is English left behind. Dutch "is" and "of" (or)
// are Dutch too.
QStringList englishWordsIn(const QString &text, const QString &language)
{
    static const QStringList english = {
        u"the"_s, u"and"_s, u"your"_s, u"you"_s, u"has"_s, u"have"_s, u"not"_s, u"for"_s, u"this"_s,
        u"that"_s, u"with"_s, u"from"_s, u"off"_s, u"of"_s, u"to"_s, u"is"_s, u"are"_s, u"could"_s, u"does"_s,
    };
    static const QRegularExpression wordPattern(u"\\b\\p{L}+\\b"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (language == "nl"_L1 && (word == "is"_L1 || word == "of"_L1))
            continue;
        if (english.contains(word) && !found.contains(word))
            found.append(word);
    }
    return found;
}

} // namespace

// Messages whose translation may be the English itself in every language: names, codes and notations.
const QStringList sameInEveryLanguage = {
    u"Mail Setup"_s, u"Microsoft"_s, u"[y/N]"_s, u"id"_s, u"code"_s, u"%1:%2"_s, u"%1 ms"_s, u"SSL/TLS"_s,
    u"STARTTLS"_s, u"IMAP"_s, u"POP"_s, u"SMTP"_s,
    u"TEXT…"_s,  // the value name in "explain TEXT…"; German writes it the same
};

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyLanguageHasItsFile();
    void loaderInstallsBuiltInTranslations_data();
    void loaderInstallsBuiltInTranslations();
    void smtpAuthDisabledIsGerman();
    void everyDiagnosisIsTranslated_data();
    void everyDiagnosisIsTranslated();
    void stepLabelsAreTranslated_data();
    void stepLabelsAreTranslated();
    void commandLineIsTranslated_data();
    void commandLineIsTranslated();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void acceleratorsStayApart_data();
    void acceleratorsStayApart();
    void cleanupTestCase();

private:
    QHash<DiagnosisId, Diagnosis> m_english;
    QMap<int, QString> m_englishAudiences;
    QMap<int, QString> m_englishSteps;
};

void tst_Translations::initTestCase()
{
    // English first: nothing is installed yet.
    for (DiagnosisId id : DiagnosisCatalogue::ids()) {
        const Diagnosis english = DiagnosisCatalogue::diagnosis(id);
        m_english.insert(id, english);
        m_englishAudiences.insert(int(english.audience), audienceLabel(english.audience));
    }
    for (ProbeStep step : allSteps)
        m_englishSteps.insert(int(step), probeStepLabel(step));
}

void tst_Translations::cleanupTestCase()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
}

void tst_Translations::everyLanguageHasItsFile()
{
    // The .ts files and the languages --lang offers are the same set.
    const QStringList files = QDir(QStringLiteral(MAILSETUP_TS_DIR)).entryList({ u"mailsetup_*.ts"_s }, QDir::Files, QDir::Name);
    QStringList fromFiles;
    for (const QString &file : files)
        fromFiles.append(file.section(u'_', 1).section(u'.', 0, 0));
    QStringList offered = translatedLanguages();
    offered.sort();
    QCOMPARE(fromFiles, offered);
    QCOMPARE(offered, (QStringList{ u"de"_s, u"es"_s, u"fr"_s, u"nl"_s }));
}

void tst_Translations::loaderInstallsBuiltInTranslations_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : translatedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::loaderInstallsBuiltInTranslations()
{
    QFETCH(QString, language);
    const QStringList loaded = switchTo(language);
    QVERIFY2(loaded.contains(u":/i18n/mailsetup_%1.qm"_s.arg(language)), qPrintable(u"loaded: "_s + loaded.join(u", "_s)));
    // Qt's own words (QCommandLineParser's errors, QWizard's buttons) from qt6-translations-l10n.
    QVERIFY2(loaded.size() == 2 && loaded.constFirst().endsWith(u"/qtbase_%1.qm"_s.arg(language)),
             qPrintable(u"loaded: "_s + loaded.join(u", "_s)));
    QCOMPARE_NE(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'."), u"Unknown option '%1'."_s);
}

void tst_Translations::smtpAuthDisabledIsGerman()
{
    switchTo(u"de"_s);
    const Diagnosis german = DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled);
    const Diagnosis &english = m_english.value(DiagnosisId::SmtpAuthDisabled);
    QCOMPARE(english.title, u"Your organisation has switched off sending from mail apps for this mailbox."_s);
    QVERIFY(!german.title.isEmpty());
    QCOMPARE_NE(german.title, english.title);
    QVERIFY2(englishWordsIn(german.title, u"de"_s).isEmpty(), qPrintable(german.title));
    QVERIFY2(german.title.contains(u"Postfach"_s), qPrintable(german.title));
    // The commands an administrator types stay as they are.
    QCOMPARE(AdministratorRequests::compose(german, DiagnosisContext{ .kind = AccountKind::Work, .address = u"alex@contoso.example"_s }).commands,
             QStringList{ u"Set-CASMailbox -Identity alex@contoso.example -SmtpClientAuthenticationDisabled $false"_s });
}

void tst_Translations::everyDiagnosisIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<DiagnosisId>("id");
    for (const QString &language : translatedLanguages()) {
        for (DiagnosisId id : DiagnosisCatalogue::ids())
            QTest::newRow(qPrintable(language + u' ' + DiagnosisCatalogue::key(id))) << language << id;
    }
}

void tst_Translations::everyDiagnosisIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(DiagnosisId, id);
    switchTo(language);
    const Diagnosis translated = DiagnosisCatalogue::diagnosis(id);
    const Diagnosis &english = m_english.value(id);
    QVERIFY(!translated.title.isEmpty());
    QVERIFY(!translated.advice.isEmpty());
    QCOMPARE_NE(translated.title, english.title);
    QCOMPARE_NE(translated.advice, english.advice);
    QVERIFY2(englishWordsIn(translated.title, language).isEmpty(),
             qPrintable(u"%1 (%2)"_s.arg(translated.title, englishWordsIn(translated.title, language).join(u", "_s))));
    QVERIFY2(englishWordsIn(translated.advice, language).isEmpty(),
             qPrintable(u"%1 (%2)"_s.arg(translated.advice, englishWordsIn(translated.advice, language).join(u", "_s))));
    // Who can fix it: "Microsoft" is the same in every language, the others are not.
    if (translated.audience != Audience::Provider)
        QCOMPARE_NE(audienceLabel(translated.audience), m_englishAudiences.value(int(translated.audience)));
}

void tst_Translations::stepLabelsAreTranslated_data()
{
    loaderInstallsBuiltInTranslations_data();
}

void tst_Translations::stepLabelsAreTranslated()
{
    QFETCH(QString, language);
    switchTo(language);
    for (ProbeStep step : allSteps) {
        const QString translated = probeStepLabel(step);
        QVERIFY2(!translated.isEmpty(), qPrintable(probeStepKey(step)));
        QVERIFY2(translated != m_englishSteps.value(int(step)), qPrintable(translated));
        QVERIFY2(englishWordsIn(translated, language).isEmpty(), qPrintable(translated));
    }
}

void tst_Translations::commandLineIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    for (const QString &language : translatedLanguages()) {
        QString error;
        const QList<TsMessage> messages = readTs(tsFileName(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &message : messages) {
            if (message.context == "CommandLine"_L1 && !message.numerus)
                QTest::newRow(qPrintable(language + u": "_s + message.source.left(60))) << language << message.source;
        }
    }
}

void tst_Translations::commandLineIsTranslated()
{
    // Every sentence of the command line, looked up as CommandLine::tr() looks it up, through the built .qm.
    QFETCH(QString, language);
    QFETCH(QString, source);
    switchTo(language);
    const QByteArray utf8 = source.toUtf8();
    const QString translated = QCoreApplication::translate("CommandLine", utf8.constData());
    QVERIFY(!translated.isEmpty());
    if (!sameInEveryLanguage.contains(source))
        QCOMPARE_NE(translated, source);
    QCOMPARE(placeholders(translated), placeholders(source));
    // Options and commands stay as they are.
    static const QRegularExpression option(u"--[a-z][a-z-]*"_s);
    for (auto it = option.globalMatch(source); it.hasNext();) {
        const QString name = it.next().captured();
        QVERIFY2(translated.contains(name), qPrintable(u"%1 lost %2"_s.arg(translated, name)));
    }
}

void tst_Translations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("numerus");
    for (const QString &language : translatedLanguages()) {
        QString error;
        const QList<TsMessage> messages = readTs(tsFileName(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(u"only %1 messages in %2"_s.arg(messages.size()).arg(tsFileName(language))));
        for (const TsMessage &message : messages) {
            const QString row = language + u' ' + message.context + u": "_s + message.source.left(60).replace(u'\n', u' ');
            QTest::newRow(qPrintable(row)) << message.source << message.translations << message.type << message.numerus;
        }
    }
}

void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    QFETCH(QString, type);
    QFETCH(bool, numerus);
    // Neither unfinished nor obsolete or vanished (the code no longer has it): lupdate runs with -no-obsolete.
    QVERIFY2(type.isEmpty(), qPrintable(u"type=\"%1\""_s.arg(type)));
    // German, French, Spanish and Dutch have two plural forms: one and other.
    QCOMPARE(translations.size(), numerus ? 2 : 1);
    const QStringList wanted = placeholders(source);
    for (const QString &translation : translations) {
        QVERIFY2(!translation.trimmed().isEmpty(), "empty translation");
        QCOMPARE(placeholders(translation), wanted);
        // An accelerator stays an accelerator, and none comes from nowhere.
        QCOMPARE(acceleratorOf(translation).isEmpty(), acceleratorOf(source).isEmpty());
    }
}

void tst_Translations::acceleratorsStayApart_data()
{
    loaderInstallsBuiltInTranslations_data();
}

void tst_Translations::acceleratorsStayApart()
{
    // Within a page (a context), two texts whose English keys differ do not share a key in translation either:
    // "Hide &details" and "Show &details" are one button, "&Copy link" and "&Open again" are two.
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsFileName(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // QWizard's own Next and Back (qtbase's translation) stand beside every page: no page takes their keys.
    switchTo(language);
    const QStringList wizardKeys = { acceleratorOf(QCoreApplication::translate("QWizard", "&Next >")),
                                     acceleratorOf(QCoreApplication::translate("QWizard", "< &Back")) };
    QVERIFY2(!wizardKeys.contains(QString()), qPrintable(wizardKeys.join(u", "_s)));
    static const QStringList pages = { u"AddressPage"_s, u"ImapSwitchPage"_s, u"SignInPage"_s,
                                       u"CheckPage"_s,   u"DiagnosisView"_s,  u"ReadyPage"_s };
    QHash<QString, QHash<QString, QPair<QString, QString>>> used;  // context -> key -> (English key, text)
    for (const TsMessage &message : messages) {
        const QString key = acceleratorOf(message.translations.value(0));
        if (key.isEmpty())
            continue;
        if (pages.contains(message.context)) {
            QVERIFY2(!wizardKeys.contains(key), qPrintable(u"%1: \"%2\" takes &%3 of the wizard's Next or Back"_s
                                                               .arg(message.context, message.translations.value(0), key)));
        }
        const QString englishKey = acceleratorOf(message.source);
        auto &keys = used[message.context];
        if (keys.contains(key)) {
            const auto &[otherEnglishKey, otherText] = keys.value(key);
            QVERIFY2(otherEnglishKey == englishKey,
                     qPrintable(u"%1: \"%2\" and \"%3\" share &%4"_s.arg(message.context, otherText,
                                                                       message.translations.value(0), key)));
        }
        keys.insert(key, { englishKey, message.translations.value(0) });
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
