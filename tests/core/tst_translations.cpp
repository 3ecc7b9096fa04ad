// The German translation. Installed the way the wizard and the command line install it (TranslationLoader, from
// the .qm built into the wizard's library under :/i18n), it turns the diagnosis catalogue, the step labels and the
// command line's words into German; and every message of translations/mailsetup_de.ts is translated, with the
// same placeholders as its English.
//
// The test links mailsetup_ui for the built-in .qm files: translations/CMakeLists.txt adds that link.
#include "diagnosis/administratorrequest.h"
#include "diagnosis/diagnosiscatalogue.h"
#include "probe/proberesult.h"
#include "i18n/translationloader.h"

#include <QCoreApplication>
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

QString tsFileName()
{
    return QFINDTESTDATA("../../translations/mailsetup_de.ts");
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

// English words that German text never has: one of them in a translation is English left behind.
QStringList englishWordsIn(const QString &text)
{
    static const QStringList english = {
        u"the"_s, u"and"_s, u"your"_s, u"you"_s, u"has"_s, u"have"_s, u"not"_s, u"for"_s, u"this"_s,
        u"that"_s, u"with"_s, u"from"_s, u"off"_s, u"of"_s, u"to"_s, u"is"_s, u"are"_s, u"could"_s, u"does"_s,
    };
    static const QRegularExpression wordPattern(u"\\b\\p{L}+\\b"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (english.contains(word) && !found.contains(word))
            found.append(word);
    }
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loaderInstallsBuiltInGerman();
    void smtpAuthDisabledIsGerman();
    void everyDiagnosisIsGerman_data();
    void everyDiagnosisIsGerman();
    void stepLabelsAreGerman();
    void commandLineIsGerman();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();

private:
    QHash<DiagnosisId, Diagnosis> m_english;
    QMap<int, QString> m_englishAudiences;
    QMap<int, QString> m_englishSteps;
    QStringList m_loaded;
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
    m_loaded = TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
}

void tst_Translations::loaderInstallsBuiltInGerman()
{
    QVERIFY2(m_loaded.contains(u":/i18n/mailsetup_de.qm"_s),
             qPrintable(u"loaded: "_s + m_loaded.join(u", "_s)));
}

void tst_Translations::smtpAuthDisabledIsGerman()
{
    const Diagnosis german = DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled);
    const Diagnosis &english = m_english.value(DiagnosisId::SmtpAuthDisabled);
    QCOMPARE(english.title, u"Your organisation has switched off sending from mail apps for this mailbox."_s);
    QVERIFY(!german.title.isEmpty());
    QCOMPARE_NE(german.title, english.title);
    QVERIFY2(englishWordsIn(german.title).isEmpty(), qPrintable(german.title));
    QVERIFY2(german.title.contains(u"Postfach"_s), qPrintable(german.title));
    // The commands an administrator types stay as they are.
    QCOMPARE(AdministratorRequests::compose(german, DiagnosisContext{ .kind = AccountKind::Work, .address = u"alex@contoso.example"_s }).commands,
             QStringList{ u"Set-CASMailbox -Identity alex@contoso.example -SmtpClientAuthenticationDisabled $false"_s });
}

void tst_Translations::everyDiagnosisIsGerman_data()
{
    QTest::addColumn<DiagnosisId>("id");
    for (DiagnosisId id : DiagnosisCatalogue::ids())
        QTest::newRow(qPrintable(DiagnosisCatalogue::key(id))) << id;
}

void tst_Translations::everyDiagnosisIsGerman()
{
    QFETCH(DiagnosisId, id);
    const Diagnosis german = DiagnosisCatalogue::diagnosis(id);
    const Diagnosis &english = m_english.value(id);
    QVERIFY(!german.title.isEmpty());
    QVERIFY(!german.advice.isEmpty());
    QCOMPARE_NE(german.title, english.title);
    QCOMPARE_NE(german.advice, english.advice);
    QVERIFY2(englishWordsIn(german.title).isEmpty(),
             qPrintable(u"%1 (%2)"_s.arg(german.title, englishWordsIn(german.title).join(u", "_s))));
    QVERIFY2(englishWordsIn(german.advice).isEmpty(),
             qPrintable(u"%1 (%2)"_s.arg(german.advice, englishWordsIn(german.advice).join(u", "_s))));
    // Who can fix it: "Microsoft" is the same in both languages, the others are not.
    if (german.audience != Audience::Provider)
        QCOMPARE_NE(audienceLabel(german.audience), m_englishAudiences.value(int(german.audience)));
}

void tst_Translations::stepLabelsAreGerman()
{
    for (ProbeStep step : allSteps) {
        const QString german = probeStepLabel(step);
        QVERIFY2(!german.isEmpty(), qPrintable(probeStepKey(step)));
        QVERIFY2(german != m_englishSteps.value(int(step)), qPrintable(german));
        QVERIFY2(englishWordsIn(german).isEmpty(), qPrintable(german));
    }
}

void tst_Translations::commandLineIsGerman()
{
    // The command line's words, under the context its CommandLine::tr() gives them.
    const QString german = QCoreApplication::translate("CommandLine", "Run \"mailsetup --help\" for help.");
    QVERIFY2(german.contains(u"mailsetup --help"_s), qPrintable(german));
    QVERIFY2(englishWordsIn(german).isEmpty(), qPrintable(german));
    QCOMPARE_NE(QCoreApplication::translate("ProviderProfile", "the key is missing"), u"the key is missing"_s);
    QCOMPARE_NE(QCoreApplication::translate("ProbeStep", "Opening your inbox"), u"Opening your inbox"_s);
}

void tst_Translations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("numerus");
    QString error;
    const QList<TsMessage> messages = readTs(tsFileName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, qPrintable(u"only %1 messages in %2"_s.arg(messages.size()).arg(tsFileName())));
    for (const TsMessage &message : messages) {
        const QString row = message.context + u": "_s + message.source.left(60).replace(u'\n', u' ');
        QTest::newRow(qPrintable(row)) << message.source << message.translations << message.type << message.numerus;
    }
}

void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    QFETCH(QString, type);
    QFETCH(bool, numerus);
    QVERIFY2(type.isEmpty(), qPrintable(u"type=\"%1\""_s.arg(type)));
    // German has two plural forms: one and other.
    QCOMPARE(translations.size(), numerus ? 2 : 1);
    const QStringList wanted = placeholders(source);
    for (const QString &translation : translations) {
        QVERIFY2(!translation.trimmed().isEmpty(), "empty translation");
        QCOMPARE(placeholders(translation), wanted);
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
