#include "wizard/core/diagnosis/diagnosis.h"

#include <QCoreApplication>

QString audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::User:
        return QStringLiteral("user");
    case Audience::Administrator:
        return QStringLiteral("administrator");
    case Audience::Provider:
        return QStringLiteral("provider");
    case Audience::Developer:
        return QStringLiteral("developer");
    }
    return QStringLiteral("user");
}

QString remedyKey(Remedy remedy)
{
    switch (remedy) {
    case Remedy::ShowImapHelp:
        return QStringLiteral("show-imap-help");
    case Remedy::CopyAdministratorMessage:
        return QStringLiteral("copy-administrator-message");
    case Remedy::SignInAgain:
        return QStringLiteral("sign-in-again");
    case Remedy::UseAnotherAccount:
        return QStringLiteral("use-another-account");
    case Remedy::TryAgain:
        return QStringLiteral("try-again");
    }
    return QStringLiteral("try-again");
}

bool isMicrosoftHost(const QString &host)
{
    const QString name = host.trimmed().toLower();
    for (const char *domain : { "outlook.com", "office365.com", "office.com", "microsoftonline.com", "live.com",
                                "hotmail.com", "microsoft.com" }) {
        const QLatin1StringView suffix(domain);
        if (name == suffix || name.endsWith(u'.' + QString(suffix)))
            return true;
    }
    return false;
}

QString audienceLabel(Audience audience)
{
    switch (audience) {
    case Audience::User:
        return QCoreApplication::translate("Diagnosis", "You");
    case Audience::Administrator:
        return QCoreApplication::translate("Diagnosis", "Your IT administrator");
    case Audience::Provider:
        return QCoreApplication::translate("Diagnosis", "Microsoft");
    case Audience::Developer:
        return QCoreApplication::translate("Diagnosis", "The makers of Mail Setup");
    }
    return QCoreApplication::translate("Diagnosis", "You");
}
