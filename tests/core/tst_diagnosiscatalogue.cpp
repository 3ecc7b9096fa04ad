// The diagnosis catalogue has words for every class the classifier and the sample can give,
// and those words are complete, plain sentences that go through the translator.
#include "diagnosis/diagnosiscatalogue.h"
#include "errorsample.h"
#include "diagnosis/replyclassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

namespace {

// The class ids of docs/microsoft.md, and the ones met on this side of the connection.
const char *const documentedIds[] = {
    "user-cancelled", "consent-required", "wrong-account-or-tenant", "app-registration", "tenant-not-found",
    "sign-in-expired", "mfa-required", "blocked-by-policy", "client-error",
    "imap-not-enabled", "auth-rejected", "basic-auth-disabled", "smtp-auth-disabled", "not-authenticated",
    "token-expired", "throttled", "protocol-error", "send-as-denied", "sending-blocked", "sending-limit-reached",
    "temporary-server-error", "tls-version-too-old", "delivery-rejected",
    "dns-failure", "connection-refused", "connection-timeout", "tls-failure", "certificate-untrusted",
    "starttls-missing", "server-closed", "response-timeout", "test-message-missing", "unexpected-reply", "unknown",
};

// Stands in for a real translation: marks every string of the "Diagnosis" context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Diagnosis") != 0)
            return {};
        return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_DiagnosisCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreUniqueAndStable();
    void knowsEveryDocumentedId_data();
    void knowsEveryDocumentedId();
    void knowsEveryClassifierOutput();
    void knowsEverySampleClass();
    void entriesAreCompleteSentences_data();
    void entriesAreCompleteSentences();
    void unknownIdGivesUnknown();
    void carriesTheReply();
    void audienceKeys();
    void adviceIsConcrete();
    void wordsAreTranslated();
};

void tst_DiagnosisCatalogue::idsAreUniqueAndStable()
{
    const QStringList ids = DiagnosisCatalogue::ids();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(DiagnosisCatalogue::ids(), ids);
    QCOMPARE(ids.size(), int(std::size(documentedIds)));
    QCOMPARE(ids.last(), QStringLiteral("unknown"));
}

void tst_DiagnosisCatalogue::knowsEveryDocumentedId_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : documentedIds)
        QTest::newRow(id) << QString::fromLatin1(id);
}

void tst_DiagnosisCatalogue::knowsEveryDocumentedId()
{
    QFETCH(QString, id);
    QVERIFY(DiagnosisCatalogue::contains(id));
    QVERIFY(DiagnosisCatalogue::ids().contains(id));
    QCOMPARE(DiagnosisCatalogue::diagnosis(id).id, id);
}

void tst_DiagnosisCatalogue::knowsEveryClassifierOutput()
{
    const QStringList outputs = ReplyClassifier::classIds();
    QVERIFY(outputs.contains(QStringLiteral("unknown")));
    for (const QString &id : outputs)
        QVERIFY2(DiagnosisCatalogue::contains(id), qPrintable(id));
}

void tst_DiagnosisCatalogue::knowsEverySampleClass()
{
    QString error;
    const QList<SampleReply> sample = ErrorSample::load(ErrorSample::defaultFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!sample.isEmpty());
    for (const SampleReply &reply : sample)
        QVERIFY2(DiagnosisCatalogue::contains(reply.classId), qPrintable(reply.classId));
}

void tst_DiagnosisCatalogue::entriesAreCompleteSentences_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : DiagnosisCatalogue::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void tst_DiagnosisCatalogue::entriesAreCompleteSentences()
{
    QFETCH(QString, id);
    static const QRegularExpression endsAsSentence(QStringLiteral(R"([.!?]$)"));
    static const QRegularExpression sentenceBreak(QStringLiteral(R"([.!?]\s+\p{Lu})"));
    static const QRegularExpression unfilledArgument(QStringLiteral(R"(%\d)"));

    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id);
    QVERIFY(diagnosis.isValid());
    QCOMPARE(diagnosis.id, id);
    QVERIFY(!diagnosis.title.isEmpty());
    QVERIFY(!diagnosis.advice.isEmpty());
    QVERIFY2(diagnosis.title.at(0).isUpper(), qPrintable(diagnosis.title));
    QVERIFY2(diagnosis.advice.at(0).isUpper(), qPrintable(diagnosis.advice));
    QVERIFY2(endsAsSentence.match(diagnosis.title).hasMatch(), qPrintable(diagnosis.title));
    QVERIFY2(endsAsSentence.match(diagnosis.advice).hasMatch(), qPrintable(diagnosis.advice));
    QVERIFY2(!sentenceBreak.match(diagnosis.title).hasMatch(), "a title is one sentence");
    for (const QString &words : {diagnosis.title, diagnosis.advice}) {
        QVERIFY2(!words.contains(QLatin1Char('<')), qPrintable(words));
        QVERIFY2(!words.contains(QLatin1Char('&')), qPrintable(words));
        QVERIFY2(!unfilledArgument.match(words).hasMatch(), qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("  ")), qPrintable(words));
        QCOMPARE(words, words.trimmed());
    }
    QVERIFY(!audienceLabel(diagnosis.audience).isEmpty());
}

void tst_DiagnosisCatalogue::unknownIdGivesUnknown()
{
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(QStringLiteral("no-such-class"), QStringLiteral("?"));
    QCOMPARE(diagnosis.id, QStringLiteral("unknown"));
    QVERIFY(!diagnosis.title.isEmpty());
    QCOMPARE(diagnosis.reply, QStringLiteral("?"));
    QVERIFY(!DiagnosisCatalogue::contains(QStringLiteral("no-such-class")));
    QVERIFY(!DiagnosisCatalogue::contains(QString()));
    QCOMPARE(DiagnosisCatalogue::diagnosis(QString()).id, QStringLiteral("unknown"));
}

void tst_DiagnosisCatalogue::carriesTheReply()
{
    const QString reply = QStringLiteral("535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]");
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(ReplyClassifier::classify(reply), reply);
    QCOMPARE(diagnosis.id, QStringLiteral("auth-rejected"));
    QCOMPARE(diagnosis.reply, reply);
    QVERIFY(DiagnosisCatalogue::diagnosis(QStringLiteral("throttled")).reply.isEmpty());
}

void tst_DiagnosisCatalogue::audienceKeys()
{
    QCOMPARE(audienceKey(Audience::User), QStringLiteral("user"));
    QCOMPARE(audienceKey(Audience::Administrator), QStringLiteral("administrator"));
    QCOMPARE(audienceKey(Audience::Provider), QStringLiteral("provider"));
    QCOMPARE(audienceKey(Audience::Developer), QStringLiteral("developer"));

    QCOMPARE(DiagnosisCatalogue::diagnosis(QStringLiteral("smtp-auth-disabled")).audience, Audience::Administrator);
    QCOMPARE(DiagnosisCatalogue::diagnosis(QStringLiteral("consent-required")).audience, Audience::Administrator);
    QCOMPARE(DiagnosisCatalogue::diagnosis(QStringLiteral("user-cancelled")).audience, Audience::User);
    QCOMPARE(DiagnosisCatalogue::diagnosis(QStringLiteral("temporary-server-error")).audience, Audience::Provider);
    QCOMPARE(DiagnosisCatalogue::diagnosis(QStringLiteral("client-error")).audience, Audience::Developer);
}

// The advice names the exact change, not just "ask someone".
void tst_DiagnosisCatalogue::adviceIsConcrete()
{
    const auto advice = [](const char *id) { return DiagnosisCatalogue::diagnosis(QString::fromLatin1(id)).advice; };
    QVERIFY(advice("smtp-auth-disabled").contains(QStringLiteral("Set-CASMailbox")));
    QVERIFY(advice("smtp-auth-disabled").contains(QStringLiteral("-SmtpClientAuthenticationDisabled $false")));
    QVERIFY(advice("smtp-auth-disabled").contains(QStringLiteral("Set-TransportConfig")));
    QVERIFY(advice("imap-not-enabled").contains(QStringLiteral("Let devices and apps use IMAP")));
    QVERIFY(advice("imap-not-enabled").contains(QStringLiteral("Forwarding and IMAP")));
    QVERIFY(advice("consent-required").contains(QStringLiteral("/v2.0/adminconsent?client_id=")));
    QVERIFY(advice("connection-timeout").contains(QStringLiteral("587")));
    QVERIFY(advice("connection-timeout").contains(QStringLiteral("993")));
    QVERIFY(advice("certificate-untrusted").contains(QStringLiteral("antivirus")));
    QVERIFY(advice("certificate-untrusted").contains(QStringLiteral("proxy")));
    QVERIFY(DiagnosisCatalogue::diagnosis(QStringLiteral("starttls-missing")).title.contains(QStringLiteral("encryption")));
}

void tst_DiagnosisCatalogue::wordsAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(QStringLiteral("throttled"));
    const QString label = audienceLabel(Audience::Administrator);
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(diagnosis.title.startsWith(QStringLiteral("[x] ")), qPrintable(diagnosis.title));
    QVERIFY2(diagnosis.advice.startsWith(QStringLiteral("[x] ")), qPrintable(diagnosis.advice));
    QCOMPARE(label, QStringLiteral("[x] Your IT administrator"));
    QCOMPARE(diagnosis.id, QStringLiteral("throttled"));
    QVERIFY(!DiagnosisCatalogue::diagnosis(QStringLiteral("throttled")).title.startsWith(QStringLiteral("[x] ")));
}

QTEST_GUILESS_MAIN(tst_DiagnosisCatalogue)
#include "tst_diagnosiscatalogue.moc"
