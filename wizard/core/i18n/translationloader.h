// Loads the translations for the user's language into the application: Qt's own (qtbase, so that the
// wizard's Back, Next and Cancel are translated too) and Mail Setup's (mailsetup_<locale>.qm).
#pragma once

#include <QLocale>
#include <QStringList>

#include <optional>

class QCoreApplication;

class TranslationLoader
{
public:
    // Installs what exists for `locale` into `app` (the translators are its children); returns the files loaded.
    static QStringList install(QCoreApplication *app, const QLocale &locale = QLocale());
    // Where Mail Setup's own .qm files are looked for, first match wins: built in (:/i18n), beside the program,
    // and the installed share folder.
    static QStringList searchPaths();

    // The languages Mail Setup speaks, as the codes --lang takes: English (the source) and one per .ts file.
    static QStringList languageCodes();
    // The locale for a code of languageCodes() ("de", "fr", also "de_AT" or "de-AT" for a known language); nothing
    // for a language Mail Setup does not speak.
    static std::optional<QLocale> localeForCode(const QString &code);
};
