#include "commandline.h"

#include "account/reportformat.h"
#include "diagnosis/diagnosiscatalogue.h"
#include "diagnosis/replyclassifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// An access token is a few kilobytes at most; anything larger is the wrong file.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;
// What `explain -` reads from standard input at most.
constexpr qint64 MaxExplainBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(email).hasMatch();
}

// QCommandLineParser's help names the program, not the command: put the command in the usage line.
QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    const QString help = parser.helpText();
    return tr("Usage: mailsetup %1 [options]").arg(command) + u'\n' + help.section(u'\n', 1);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList commands = { u"check"_s, u"explain"_s, u"help"_s, u"--help"_s, u"-h"_s,
                                          u"--version"_s, u"-v"_s };
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

QString CommandLine::generalHelp() const
{
    return tr("Usage: mailsetup [COMMAND] [OPTIONS]\n"
              "\n"
              "Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works.\n"
              "\n"
              "Commands:\n"
              "  check    Check incoming (IMAP) and outgoing (SMTP) mail for an address.\n"
              "  explain  Explain an error message that a device or mail app showed.\n"
              "\n"
              "Run \"mailsetup COMMAND --help\" for the options of a command.\n")
        + u'\n' + exitCodeHelp();
}

ExitCode CommandLine::usageError(const QString &message)
{
    m_err << message << u'\n' << tr("Run \"mailsetup --help\" for help.") << u'\n';
    m_err.flush();
    return ExitCode::BadInput;
}

ExitCode CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == "check"_L1)
        return runCheck(arguments.mid(1));
    if (command == "explain"_L1)
        return runExplain(arguments.mid(1));
    if (command == "--version"_L1 || command == "-v"_L1) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitCode::Ok;
    }
    if (command == "help"_L1 || command == "--help"_L1 || command == "-h"_L1) {
        m_out << generalHelp();
        return ExitCode::Ok;
    }
    return usageError(tr("Unknown command: %1").arg(command));
}

ExitCode CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks incoming (IMAP) and outgoing (SMTP) mail for an address."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption email(u"email"_s, tr("The e-mail address to check."), tr("address"));
    const QCommandLineOption provider(u"provider"_s,
                                      tr("A built-in provider: outlook (personal) or microsoft365 (work or school)."),
                                      tr("id"), u"outlook"_s);
    const QCommandLineOption providerFile(u"provider-file"_s, tr("A provider profile file (JSON) to use instead."),
                                          tr("file"));
    const QCommandLineOption tokenFile(u"access-token-file"_s,
                                       tr("A file that holds an OAuth2 access token for the address."), tr("file"));
    const QCommandLineOption sendTest(u"send-test"_s, tr("Also send a test message to the address and wait until it arrives."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    const QCommandLineOption transcript(u"transcript"_s,
                                        tr("Write what was said with each server to this file, secrets removed."),
                                        tr("file"));
    parser.addOptions({ help, email, provider, providerFile, tokenFile, sendTest, json, transcript });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << commandHelp(parser, u"check"_s) << u'\n' << exitCodeHelp();
        return ExitCode::Ok;
    }
    // parse() takes the first argument, the command's name, as the program's.
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return usageError(tr("Give the address to check with --email."));
    if (!looksLikeEmail(address))
        return usageError(tr("\"%1\" is not an e-mail address.").arg(address));

    std::optional<ProviderProfile> profile;
    if (parser.isSet(providerFile)) {
        ProfileError error;
        profile = ProviderProfileLoader::fromFile(parser.value(providerFile), &error);
        if (!profile) {
            m_err << error.message() << u'\n';
            return ExitCode::BadInput;
        }
    } else {
        profile = ProviderProfileLoader::builtIn(parser.value(provider));
        if (!profile)
            return usageError(tr("Unknown provider \"%1\". Known providers: %2.")
                                  .arg(parser.value(provider), ProviderProfileLoader::builtInIds().join(", "_L1)));
    }

    if (!parser.isSet(tokenFile))
        return usageError(tr("Give a file with an access token with --access-token-file."));
    QFile file(parser.value(tokenFile));
    if (!QFileInfo(file.fileName()).isFile() || !file.open(QIODevice::ReadOnly))
        return usageError(tr("The access token file %1 cannot be read.").arg(file.fileName()));
    if (file.size() > MaxTokenFileBytes)
        return usageError(tr("The access token file %1 is too large to hold an access token.").arg(file.fileName()));
    const QString token = QString::fromUtf8(file.read(MaxTokenFileBytes)).trimmed();
    static const QRegularExpression tokenPattern(u"^[A-Za-z0-9\\-._~+/]+=*$"_s);
    if (token.isEmpty())
        return usageError(tr("The access token file %1 is empty.").arg(file.fileName()));
    if (!tokenPattern.match(token).hasMatch())
        return usageError(tr("The access token file %1 does not hold one access token.").arg(file.fileName()));

    MailboxCheck check(*profile, MailAccount{ address, token });
    check.setSendTestMessage(parser.isSet(sendTest));
    const bool asJson = parser.isSet(json);
    if (!asJson) {
        m_out << tr("Checking %1 on %2 …").arg(address, profile->name) << u'\n';
        m_out.flush();
        QObject::connect(&check, &MailboxCheck::stepFinished, &check,
                         [this](MailboxCheck::Protocol protocol, const StepResult &step) {
            m_out << (protocol == MailboxCheck::Protocol::Imap ? u"IMAP "_s : u"SMTP "_s)
                  << (step.ok ? u"✓ "_s : u"✗ "_s) << probeStepLabel(step.step) << u'\n';
            m_out.flush();
        });
    }

    QEventLoop loop;
    QObject::connect(&check, &MailboxCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    const MailboxCheckReport report = check.report();

    if (parser.isSet(transcript)) {
        QFile transcriptFile(parser.value(transcript));
        if (transcriptFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            const QString text = u"# IMAP %1\n%2\n# SMTP %3\n%4\n"_s.arg(report.imap.server, report.imap.transcript.join(u'\n'),
                                                                      report.smtp.server, report.smtp.transcript.join(u'\n'));
            transcriptFile.write(text.toUtf8());
        } else {
            m_err << tr("The transcript file %1 cannot be written.").arg(transcriptFile.fileName()) << u'\n';
        }
    }

    if (asJson)
        m_out << QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson(QJsonDocument::Indented));
    else
        m_out << u'\n' << ReportFormat::checkToText(report);
    m_out.flush();
    return exitCodeFor(report);
}

ExitCode CommandLine::runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explains an error message: what it means, what to do and who can do it. "
                                        "Give the message as arguments, or - to read it from standard input."));
    parser.addPositionalArgument(u"text"_s, tr("The error message."), tr("TEXT…"));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object."));
    parser.addOptions({ help, json });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << commandHelp(parser, u"explain"_s) << u'\n' << exitCodeHelp();
        return ExitCode::Ok;
    }
    const QStringList words = parser.positionalArguments();
    QString text;
    if (words == QStringList{ u"-"_s }) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usageError(tr("Standard input cannot be read."));
        text = QString::fromUtf8(input.read(MaxExplainBytes));
    } else {
        text = words.join(u' ');
    }
    if (text.trimmed().isEmpty())
        return usageError(tr("Give the error message to explain."));

    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(ReplyClassifier::classify(text));
    if (parser.isSet(json)) {
        const QJsonObject object{
            { u"id"_s, diagnosis.id },
            { u"title"_s, diagnosis.title },
            { u"advice"_s, diagnosis.advice },
            { u"audience"_s, audienceKey(diagnosis.audience) },
        };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_out << diagnosis.title << u'\n' << diagnosis.advice << u'\n'
              << tr("Who can fix it: %1").arg(audienceLabel(diagnosis.audience)) << u'\n'
              << tr("Diagnosis code: %1").arg(diagnosis.id) << u'\n';
    }
    return ExitCode::Ok;
}
