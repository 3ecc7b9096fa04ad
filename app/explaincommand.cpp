// mailsetup explain: a helpdesk pastes an error a device or app showed and gets its meaning and fix, in the words
// for the account (--kind, or what --email tells), with the request for the IT administrator where only they can
// fix it, its commands naming the real mailbox.
#include "app/commandline.h"
#include "app/commands.h"

#include "wizard/core/signin/clientid.h"
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/diagnosis/replyclassifier.h"
#include "wizard/core/provider/personaldomains.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// What `explain -` reads from standard input at most.
constexpr qint64 MaxExplainBytes = 1024 * 1024;

QJsonValue administratorRequestJson(const AdministratorMessage &message)
{
    if (message.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        { u"change"_s, message.change },
        { u"commands"_s, QJsonArray::fromStringList(message.commands) },
        { u"shell"_s, AdministratorRequests::shellKey(message.shell) },
        { u"link"_s, message.link.isValid() ? QJsonValue(message.link.toString(QUrl::FullyEncoded)) : QJsonValue::Null },
    };
}

} // namespace

ExitCode runExplainCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Explains an error message: what it means, what to do and who can do it. "
                        "Give the message as arguments, or - to read it from standard input."));
    parser.addPositionalArgument(u"text"_s, CommandLine::tr("The error message."), CommandLine::tr("TEXT…"));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption json(u"json"_s, CommandLine::tr("Print the result as one JSON object."));
    const QCommandLineOption email(
        u"email"_s, CommandLine::tr("The address of the mailbox, for the advice and the administrator's commands."),
        CommandLine::tr("address"));
    const QCommandLineOption kind(
        u"kind"_s,
        CommandLine::tr("The kind of account: personal (Outlook.com, Hotmail, Live) or work (work or school). "
                        "Default: what the address tells, else advice for either."),
        CommandLine::tr("kind"));
    const QCommandLineOption clientIdOption(
        u"client-id"_s, CommandLine::tr("The application (client) ID the administrator's request names."),
        CommandLine::tr("id"));
    parser.addOptions({ help, json, email, kind, clientIdOption });
    if (const auto ended = environment.parse(parser, arguments, u"explain"_s, true))
        return *ended;

    DiagnosisContext context;
    if (parser.isSet(email)) {
        const auto address = environment.checkedAddress(parser.value(email));
        if (!address)
            return ExitCode::BadInput;
        context.address = address->normalized;
        // An Outlook.com, Hotmail or Live address is always a personal account; any other domain may be either,
        // and finding out needs the network, which explain does not use.
        if (PersonalDomains::contains(address->domain))
            context.kind = AccountKind::Personal;
    }
    if (parser.isSet(kind)) {
        const QString value = parser.value(kind).trimmed().toLower();
        if (value == "personal"_L1)
            context.kind = AccountKind::Personal;
        else if (value == "work"_L1)
            context.kind = AccountKind::Work;
        else
            return environment.usageError(CommandLine::tr("Unknown kind \"%1\". Use personal or work.").arg(parser.value(kind)));
    }
    context.clientId = parser.isSet(clientIdOption) ? parser.value(clientIdOption).trimmed() : ClientIds::builtIn();

    const QStringList words = parser.positionalArguments();
    QString text;
    if (words == QStringList{ u"-"_s }) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return environment.usageError(CommandLine::tr("Standard input cannot be read."));
        text = QString::fromUtf8(input.read(MaxExplainBytes));
    } else {
        text = words.join(u' ');
    }
    if (text.trimmed().isEmpty())
        return environment.usageError(CommandLine::tr("Give the error message to explain."));

    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(ReplyClassifier::classify(text), {}, context);
    const AdministratorMessage request = AdministratorRequests::compose(diagnosis, context);
    // The general words serve any account; where a kind has words of its own, say how to get them.
    const bool wordsDiffer = context.kind == AccountKind::Unknown
        && (DiagnosisCatalogue::hasWordsFor(diagnosis.id, AccountKind::Personal)
            || DiagnosisCatalogue::hasWordsFor(diagnosis.id, AccountKind::Work));
    QTextStream &out = environment.out();
    if (parser.isSet(json)) {
        QJsonArray remedies;
        for (Remedy remedy : diagnosis.remedies)
            remedies.append(remedyKey(remedy));
        const QJsonObject object{
            { u"id"_s, diagnosis.key() },
            { u"title"_s, diagnosis.title },
            { u"advice"_s, diagnosis.advice },
            { u"audience"_s, audienceKey(diagnosis.audience) },
            { u"kind"_s, accountKindKey(context.kind) },
            { u"exitCode"_s, static_cast<int>(diagnosis.exitCode) },
            { u"remedies"_s, remedies },
            { u"administratorRequest"_s, administratorRequestJson(request) },
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    // The catalogue's words, the address given and nothing pasted; escaped all the same, like every report for people.
    QString shown;
    QTextStream lines(&shown);
    lines << diagnosis.title << u'\n' << diagnosis.advice << u'\n'
        << CommandLine::tr("Who can fix it: %1").arg(diagnosis.who) << u'\n';
    if (wordsDiffer)
        lines << CommandLine::tr("The advice differs for personal and for work or school accounts: add --kind personal "
                               "or --kind work, or --email with the address.")
            << u'\n';
    if (!request.isEmpty()) {
        // The commands stand on lines of their own, whole, so that they can be copied as they are.
        lines << u'\n' << CommandLine::tr("For your IT administrator:") << u'\n' << request.change << u'\n';
        if (!request.commands.isEmpty())
            lines << AdministratorRequests::shellHeading(request.shell) << u'\n' << request.commands.join(u'\n') << u'\n';
        if (request.link.isValid())
            lines << request.link.toString(QUrl::FullyEncoded) << u'\n';
        for (const QString &id : request.ids)
            lines << id << u'\n';
        lines << u'\n';
    }
    lines << CommandLine::tr("Diagnosis code: %1").arg(diagnosis.key()) << u'\n';
    lines.flush();
    out << printableLines(shown);
    return ExitCode::Ok;
}
