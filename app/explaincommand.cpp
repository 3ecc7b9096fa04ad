// mailsetup explain: a helpdesk pastes an error a device or app showed and gets its meaning and fix.
#include "app/commandline.h"
#include "app/commands.h"

#include "diagnosis/diagnosiscatalogue.h"
#include "diagnosis/replyclassifier.h"
#include "report/printable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// What `explain -` reads from standard input at most.
constexpr qint64 MaxExplainBytes = 1024 * 1024;

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
    parser.addOptions({ help, json });
    if (const auto ended = environment.parse(parser, arguments, u"explain"_s, true))
        return *ended;
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

    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(ReplyClassifier::classify(text));
    QTextStream &out = environment.out();
    if (parser.isSet(json)) {
        const QJsonObject object{
            { u"id"_s, diagnosis.key() },
            { u"title"_s, diagnosis.title },
            { u"advice"_s, diagnosis.advice },
            { u"audience"_s, audienceKey(diagnosis.audience) },
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        // The catalogue's words only, never the pasted text; escaped all the same, like every report for people.
        out << printableLines(diagnosis.title + u'\n' + diagnosis.advice + u'\n'
                              + CommandLine::tr("Who can fix it: %1").arg(audienceLabel(diagnosis.audience)) + u'\n'
                              + CommandLine::tr("Diagnosis code: %1").arg(diagnosis.key()) + u'\n');
    }
    return ExitCode::Ok;
}
