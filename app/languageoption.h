// --lang CODE: the language of the wizard and of every command, whatever the system's locale says. main() takes it
// out of the arguments before choosing between the wizard and a command, so it may stand anywhere before "--".
#pragma once

#include <QCommandLineOption>
#include <QLocale>
#include <QStringList>

#include <optional>

class LanguageOption
{
public:
    // What --lang asked for: nothing given, a language Mail Setup speaks, or a problem to show (exit code 2).
    struct Choice {
        bool given = false;
        std::optional<QLocale> locale;
        enum class Problem { None, MissingCode, UnknownLanguage } problem = Problem::None;
        QString code;     // as typed, for the message
    };

    // Takes every --lang CODE and --lang=CODE out of `arguments` (program name first); the last one counts.
    static Choice take(QStringList &arguments);
    // The sentence for a problem of take(), in the language installed when it is called.
    static QString problemText(const Choice &choice);
    // The option, for the wizard's parser and the help.
    static QCommandLineOption option();
    // The lines of the help that describe --lang.
    static QString helpText();
};
