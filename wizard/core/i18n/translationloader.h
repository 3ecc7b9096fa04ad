// Loads the translations for the user's language into the application: Qt's own (qtbase, so that the
// wizard's Back, Next and Cancel are translated too) and Mail Setup's (mailsetup_<locale>.qm).
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

class TranslationLoader
{
public:
    // Installs what exists for `locale` into `app` (the translators are its children); returns the files loaded.
    static QStringList install(QCoreApplication *app, const QLocale &locale = QLocale());
    // Where Mail Setup's own .qm files are looked for, first match wins: built in (:/i18n), beside the program,
    // and the installed share folder.
    static QStringList searchPaths();
};
