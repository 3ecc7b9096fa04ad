#include "app/languageoption.h"

#include "wizard/core/i18n/translationloader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

LanguageOption::Choice LanguageOption::take(QStringList &arguments)
{
    Choice choice;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString argument = arguments.at(i);
        if (argument == "--"_L1)
            break;
        if (argument == "--lang"_L1 || argument.startsWith("--lang="_L1)) {
            choice.given = true;
            const bool separate = argument == "--lang"_L1;
            if (separate && i + 1 >= arguments.size()) {
                choice.code.clear();
                choice.locale.reset();
                choice.problem = Choice::Problem::MissingCode;
                arguments.remove(i);
                continue;
            }
            choice.code = separate ? arguments.at(i + 1) : argument.mid(7);
            arguments.remove(i, separate ? 2 : 1);
            choice.locale = TranslationLoader::localeForCode(choice.code);
            choice.problem = choice.code.isEmpty() ? Choice::Problem::MissingCode
                : choice.locale                    ? Choice::Problem::None
                                                   : Choice::Problem::UnknownLanguage;
            continue;
        }
        ++i;
    }
    return choice;
}

QString LanguageOption::problemText(const Choice &choice)
{
    const QString known = TranslationLoader::languageCodes().join(", "_L1);
    if (choice.problem == Choice::Problem::MissingCode)
        return QCoreApplication::translate("CommandLine", "The option --lang needs a language code: %1.").arg(known);
    if (choice.problem == Choice::Problem::UnknownLanguage)
        return QCoreApplication::translate("CommandLine", "Mail Setup does not speak the language \"%1\". Choose one of: %2.").arg(choice.code, known);
    return {};
}

QCommandLineOption LanguageOption::option()
{
    return QCommandLineOption(u"lang"_s,
                              QCoreApplication::translate("CommandLine", "The language of Mail Setup (%1) instead of the system's.")
                                  .arg(TranslationLoader::languageCodes().join(", "_L1)),
                              QCoreApplication::translate("CommandLine", "code"));
}

QString LanguageOption::helpText()
{
    return QCoreApplication::translate("CommandLine", "Options of the window and of every command:") + u'\n'
        + u"  --lang %1  "_s.arg(QCoreApplication::translate("CommandLine", "code"))
        + QCoreApplication::translate("CommandLine", "The language of Mail Setup (%1) instead of the system's.")
              .arg(TranslationLoader::languageCodes().join(", "_L1))
        + u'\n';
}
