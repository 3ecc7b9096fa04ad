#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

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

QStringList TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
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
