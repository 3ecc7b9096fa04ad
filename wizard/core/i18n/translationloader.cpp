#include "wizard/core/i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// The source language is English, whose plurals Qt only knows from a translation: "%n second(s)" would be
// shown as written. This translator answers every plural sentence with its English form ("1 second",
// "30 seconds"); installed first, any real translation installed after it wins.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {};
        return QString::fromUtf8(sourceText).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

QStringList TranslationLoader::searchPaths()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList paths = { u":/i18n"_s, programDir + u"/translations"_s,
                          QDir::cleanPath(programDir + u"/../share/mailsetup/translations"_s) };
#ifdef MAILSETUP_TRANSLATIONS_DIR
    paths.append(QStringLiteral(MAILSETUP_TRANSLATIONS_DIR));
#endif
    return paths;
}

QStringList TranslationLoader::languageCodes()
{
    // Keep in step with mailsetup_ts_files in translations/CMakeLists.txt; tst_translations checks each has its .qm.
    return { u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"nl"_s };
}

std::optional<QLocale> TranslationLoader::localeForCode(const QString &code)
{
    const QString language = code.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    if (!languageCodes().contains(language))
        return std::nullopt;
    const QLocale locale(code);
    // QLocale falls back to C for what it cannot read ("de_XX"): keep the language then.
    if (locale.language() == QLocale::C || locale.name().section(u'_', 0, 0) != language)
        return QLocale(language);
    return locale;
}

QStringList TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
    QCoreApplication::installTranslator(new EnglishPlurals(app));
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded.append(qt->filePath());
    } else {
        delete qt;
    }
    for (const QString &path : searchPaths()) {
        auto *own = new QTranslator(app);
        if (own->load(locale, u"mailsetup"_s, u"_"_s, path)) {
            QCoreApplication::installTranslator(own);
            loaded.append(own->filePath());
            break;
        }
        delete own;
    }
    return loaded;
}
