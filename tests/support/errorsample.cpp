#include "tests/support/errorsample.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ErrorSample {

namespace {

QString dataFile(const QString &name)
{
    const QString fromEnvironment = qEnvironmentVariable("MAILSETUP_TEST_DATA");
    if (!fromEnvironment.isEmpty() && QFile::exists(fromEnvironment + u'/' + name))
        return fromEnvironment + u'/' + name;
    return QStringLiteral(MAILSETUP_TEST_DATA_DIR) + u'/' + name;
}

} // namespace

QString defaultFile()
{
    return dataFile(u"microsoft-errors.json"_s);
}

QStringList defaultFiles()
{
    return { defaultFile(), dataFile(u"replies-2026.json"_s) };
}

ReplyContext contextOfStage(const QString &stage)
{
    static const QHash<QString, ReplyContext> contexts = {
        { u"authorize"_s, ReplyContext::Authorize },
        { u"authorize-redirect"_s, ReplyContext::Authorize },
        { u"token"_s, ReplyContext::TokenEndpoint },
        { u"discovery"_s, ReplyContext::Discovery },
        { u"imap-auth"_s, ReplyContext::ImapAuthenticate },
        { u"imap-select"_s, ReplyContext::ImapCommand },
        { u"imap-command"_s, ReplyContext::ImapCommand },
        { u"smtp-starttls"_s, ReplyContext::SmtpStartTls },
        { u"smtp-auth"_s, ReplyContext::SmtpAuthenticate },
        { u"smtp-mail-from"_s, ReplyContext::SmtpSend },
        { u"smtp-data"_s, ReplyContext::SmtpSend },
        { u"ndr"_s, ReplyContext::SmtpSend },
        { u"pop-auth"_s, ReplyContext::Unknown },
        { u"pasted"_s, ReplyContext::Unknown },
    };
    return contexts.value(stage, ReplyContext::Unknown);
}

QList<SampleReply> load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1 (set MAILSETUP_TEST_DATA)"_s.arg(fileName);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = u"%1 is not a JSON list: %2"_s.arg(fileName, parseError.errorString());
        return {};
    }
    QList<SampleReply> replies;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        for (const char *key : { "id", "protocol", "stage", "verbatim", "class" }) {
            if (!entry.value(QLatin1StringView(key)).isString()) {
                *error = u"an entry of %1 has no text \"%2\""_s.arg(fileName, QLatin1StringView(key));
                return {};
            }
        }
        SampleReply reply;
        reply.file = QFileInfo(fileName).fileName();
        reply.id = entry.value(u"id"_s).toString();
        reply.protocol = entry.value(u"protocol"_s).toString();
        reply.stage = entry.value(u"stage"_s).toString();
        reply.verbatim = entry.value(u"verbatim"_s).toString();
        reply.classKey = entry.value(u"class"_s).toString();
        reply.source = entry.value(u"source"_s).toString();
        const auto id = DiagnosisCatalogue::fromKey(reply.classKey);
        if (!id) {
            *error = u"the entry %1 of %2 has a class the catalogue does not know: %3"_s.arg(reply.id, fileName, reply.classKey);
            return {};
        }
        reply.classId = *id;
        reply.context = contextOfStage(reply.stage);
        replies << reply;
    }
    return replies;
}

QList<SampleReply> load(const QStringList &fileNames, QString *error)
{
    QList<SampleReply> replies;
    QHash<QString, QString> fileOfId;
    for (const QString &fileName : fileNames) {
        QString fileError;
        const QList<SampleReply> more = load(fileName, &fileError);
        if (!fileError.isEmpty()) {
            *error = fileError;
            return {};
        }
        for (const SampleReply &reply : more) {
            // Test rows are named by id: two alike would hide one another.
            if (fileOfId.contains(reply.id)) {
                *error = u"the id %1 is in %2 and in %3"_s.arg(reply.id, fileOfId.value(reply.id), reply.file);
                return {};
            }
            fileOfId.insert(reply.id, reply.file);
        }
        replies << more;
    }
    return replies;
}

} // namespace ErrorSample
