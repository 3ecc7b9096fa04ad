// mailsetup check: IMAP and SMTP for an address, with a token from a file or from the stored sign-in.
#include "app/commandline.h"
#include "app/commands.h"
#include "app/storedsignin.h"

#include "wizard/core/report/helpdeskreport.h"
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/report/reportformat.h"
#include "wizard/core/provider/regularfile.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// An access token is a few kilobytes at most; anything larger is the wrong file.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;

// The token in the file, or an exit code after saying what is wrong with the file.
std::variant<QString, ExitCode> readTokenFile(CommandEnvironment &environment, const QString &path)
{
    QByteArray bytes;
    switch (RegularFile::read(path, MaxTokenFileBytes, &bytes)) {
    case RegularFile::Problem::None:
        break;
    case RegularFile::Problem::TooLarge:
        return environment.usageError(
            CommandLine::tr("The access token file %1 is too large to hold an access token.").arg(path));
    case RegularFile::Problem::Missing:
    case RegularFile::Problem::NotRegular:
    case RegularFile::Problem::Unreadable:
        return environment.usageError(CommandLine::tr("The access token file %1 cannot be read.").arg(path));
    }
    const QString token = QString::fromUtf8(bytes).trimmed();
    static const QRegularExpression tokenPattern(u"^[A-Za-z0-9\\-._~+/]+=*$"_s);
    if (token.isEmpty())
        return environment.usageError(CommandLine::tr("The access token file %1 is empty.").arg(path));
    if (!tokenPattern.match(token).hasMatch())
        return environment.usageError(
            CommandLine::tr("The access token file %1 does not hold one access token.").arg(path));
    return token;
}

} // namespace

ExitCode runCheckCommand(CommandEnvironment &environment, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Checks incoming (IMAP) and outgoing (SMTP) mail for an address. Without "
                        "--access-token-file it uses the sign-in stored by \"mailsetup signin\"."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CommandLine::tr("Show this help."));
    const QCommandLineOption email(u"email"_s, CommandLine::tr("The e-mail address to check."),
                                   CommandLine::tr("address"));
    const QCommandLineOption tokenFile(u"access-token-file"_s,
                                       CommandLine::tr("A file that holds an OAuth2 access token for the address."),
                                       CommandLine::tr("file"));
    const QCommandLineOption sendTest(
        u"send-test"_s, CommandLine::tr("Also send a test message to the address and wait until it arrives."));
    const QCommandLineOption noSendTest(
        u"no-send-test"_s, CommandLine::tr("Do not send a test message, even if the preset asks for one."));
    const QCommandLineOption json(u"json"_s, CommandLine::tr("Print the result as one JSON object."));
    const QCommandLineOption transcript(
        u"transcript"_s, CommandLine::tr("Write what was said with each server to this file, secrets removed."),
        CommandLine::tr("file"));
    const QCommandLineOption reportFile(
        u"report"_s, CommandLine::tr("Write a helpdesk report to this file (HTML) and beside it as JSON, secrets removed."),
        CommandLine::tr("file"));
    parser.addOptions({ help, email, CommandEnvironment::providerOption(), CommandEnvironment::providerFileOption(),
                        tokenFile, sendTest, noSendTest, json, transcript, reportFile, CommandEnvironment::presetOption() });

    if (const auto ended = environment.parse(parser, arguments, u"check"_s))
        return *ended;
    if (parser.isSet(sendTest) && parser.isSet(noSendTest))
        return environment.usageError(CommandLine::tr("Give either --send-test or --no-send-test, not both."));
    if (const auto ended = environment.loadPreset(parser))
        return *ended;
    SetupOptions commandLine;
    if (parser.isSet(sendTest) || parser.isSet(noSendTest))
        commandLine.sendTestMessage = parser.isSet(sendTest);
    SetupOptions builtIns;
    builtIns.sendTestMessage = false;
    const SetupOptions options = SetupOptions::resolved(commandLine, environment.preset(), builtIns);

    const QString address = parser.value(email).trimmed();
    if (address.isEmpty())
        return environment.usageError(CommandLine::tr("Give the address to check with --email."));
    if (!environment.checkedAddress(address))
        return ExitCode::BadInput;

    std::optional<ProviderProfile> profile;
    QString token;
    AccountKind kind = AccountKind::Unknown;
    SavedAccount saved;
    if (parser.isSet(tokenFile)) {
        profile = environment.profileFromOptions(parser, u"outlook"_s);
        if (!profile)
            return ExitCode::BadInput;
        auto read = readTokenFile(environment, parser.value(tokenFile));
        if (auto *code = std::get_if<ExitCode>(&read))
            return *code;
        token = std::get<QString>(read);
    } else {
        std::optional<ProviderProfile> override;
        if (parser.isSet(u"provider-file"_s) || parser.isSet(u"provider"_s)) {
            override = environment.profileFromOptions(parser, u"outlook"_s);
            if (!override)
                return ExitCode::BadInput;
        }
        auto stored = loadStoredSignIn(environment, address, override);
        if (auto *code = std::get_if<ExitCode>(&stored))
            return *code;
        const StoredSignIn &signIn = std::get<StoredSignIn>(stored);
        profile = signIn.profile;
        token = signIn.accessToken;
        kind = signIn.account.kind;
        saved = signIn.account;
    }

    MailboxCheck check(*profile, MailAccount{ address, token, kind });
    check.setSendTestMessage(*options.sendTestMessage);
    const bool asJson = parser.isSet(json);
    QTextStream &out = environment.out();
    if (!asJson) {
        out << printable(CommandLine::tr("Checking %1 on %2 …").arg(address, profile->name)) << u'\n';
        out.flush();
        // Each protocol's steps so far: a step that comes again says which time it is.
        auto stepsSoFar = std::make_shared<std::array<QList<ProbeStep>, 2>>();
        QObject::connect(&check, &MailboxCheck::stepFinished, &check,
                         [&out, stepsSoFar](MailboxCheck::Protocol protocol, const StepResult &step) {
            const bool imap = protocol == MailboxCheck::Protocol::Imap;
            QList<ProbeStep> &before = (*stepsSoFar)[imap ? 0 : 1];
            out << (imap ? u"IMAP "_s : u"SMTP "_s)
                << (step.ok ? u"✓ "_s : u"✗ "_s) << probeStepLabel(step.step, before) << u'\n';
            before << step.step;
            out.flush();
        });
    }

    QEventLoop loop;
    QObject::connect(&check, &MailboxCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    const MailboxCheckReport report = check.report();

    if (parser.isSet(transcript)) {
        QFile file(parser.value(transcript));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            const QString text = u"# IMAP %1\n%2\n# SMTP %3\n%4\n"_s.arg(report.imap.server, report.imap.transcript.join(u'\n'),
                                                                      report.smtp.server, report.smtp.transcript.join(u'\n'));
            file.write(text.toUtf8());
        } else {
            environment.err() << printable(CommandLine::tr("The transcript file %1 cannot be written.").arg(file.fileName()))
                              << u'\n';
        }
    }

    if (parser.isSet(reportFile)) {
        HelpdeskReportData data;
        data.email = address;
        data.kind = kind;
        data.providerId = profile->id;
        data.providerName = profile->name;
        data.tenantId = saved.tenantId;
        data.clientId = saved.clientId.isEmpty() ? profile->oauth.clientId : saved.clientId;
        data.signedInAs = saved.username;
        data.check = report;
        data.secrets = { token };
        QString problem;
        if (!HelpdeskReport::write(parser.value(reportFile), data, &problem))
            environment.err() << printable(problem) << u'\n';
    }

    if (asJson)
        out << QString::fromUtf8(QJsonDocument(ReportFormat::checkToJson(report)).toJson(QJsonDocument::Indented));
    else
        out << u'\n' << ReportFormat::checkToText(report);
    out.flush();
    return report.exitCode();
}
