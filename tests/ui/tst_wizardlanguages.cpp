// The wizard in each of its languages, offscreen: installed the way `mailsetup` installs it (TranslationLoader),
// Qt's own qtbase translation comes with Mail Setup's, so the buttons QWizard makes itself (Back, Next, Cancel)
// speak the same language as the pages, and the page titles are Mail Setup's translation.
#include "tests/ui/wizardharness.h"

#include "wizard/core/i18n/translationloader.h"
#include "wizard/ui/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTranslator>
#include <QWizard>

using namespace Qt::StringLiterals;

class tst_WizardLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void buttonsAndTitlesFollowTheLanguage_data();
    void buttonsAndTitlesFollowTheLanguage();
};

void tst_WizardLanguages::cleanup()
{
    // Back to no translation: a deleted QTranslator takes itself out of the application.
    qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
}

void tst_WizardLanguages::buttonsAndTitlesFollowTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("cancel");       // qtbase's word for QWizard's Cancel
    QTest::addColumn<QString>("addressTitle"); // Mail Setup's title of page 1
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << u"Abbrechen"_s << u"Ihre E-Mail-Adresse"_s;
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"Annuler"_s << u"Votre adresse e-mail"_s;
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << u"Cancelar"_s
                        << u"Su dirección de correo electrónico"_s;
    QTest::newRow("nl") << QLocale(QLocale::Dutch, QLocale::Netherlands) << u"Annuleren"_s << u"Uw e-mailadres"_s;
}

void tst_WizardLanguages::buttonsAndTitlesFollowTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, cancel);
    QFETCH(QString, addressTitle);

    const QStringList loaded = TranslationLoader::install(qApp, locale);
    const QString language = locale.name().section(u'_', 0, 0);
    QVERIFY2(loaded.contains(u":/i18n/mailsetup_%1.qm"_s.arg(language)), qPrintable(loaded.join(u", "_s)));
    QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(),
                         [&](const QString &file) { return file.endsWith(u"/qtbase_%1.qm"_s.arg(language)); }),
             qPrintable(u"qtbase_%1.qm was not loaded (qt6-translations-l10n): %2"_s.arg(language, loaded.join(u", "_s))));

    WizardHarness harness;
    QVERIFY2(harness.start(), qPrintable(harness.errorString()));
    SetupWizard *wizard = harness.createWizard(std::nullopt);
    QVERIFY2(wizard, qPrintable(harness.errorString()));

    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), cancel);
    // Next and Back are qtbase's too: translated, not the English Qt falls back to.
    QVERIFY2(!wizard->button(QWizard::NextButton)->text().contains(u"Next"_s),
             qPrintable(wizard->button(QWizard::NextButton)->text()));
    QVERIFY2(!wizard->button(QWizard::BackButton)->text().contains(u"Back"_s),
             qPrintable(wizard->button(QWizard::BackButton)->text()));
    QCOMPARE(wizard->currentPage()->title(), addressTitle);
}

QTEST_MAIN(tst_WizardLanguages)
#include "tst_wizardlanguages.moc"
