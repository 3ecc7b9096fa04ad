// The diagnosis catalogue has words for every class the classifier and the sample can give, for every kind of
// account; those words are complete, plain sentences that go through the translator; each entry carries a
// consistent audience, exit code, remedies and administrator request.
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "tests/support/errorsample.h"
#include "wizard/core/i18n/translationloader.h"
#include "wizard/core/diagnosis/replyclassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QMetaEnum>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Audience)
Q_DECLARE_METATYPE(AdministratorRequest)

namespace {

// The class ids of docs/microsoft.md, and the ones met on this side of the connection.
const char *const documentedIds[] = {
    "user-cancelled", "consent-required", "wrong-account-or-tenant", "app-registration", "tenant-not-found",
    "sign-in-expired", "mfa-required", "blocked-by-policy", "client-error",
    "imap-not-enabled", "auth-rejected", "basic-auth-disabled", "smtp-auth-disabled", "not-authenticated",
    "token-expired", "throttled", "protocol-error", "send-as-denied", "sending-blocked", "sending-limit-reached",
    "temporary-server-error", "server-unavailable", "tls-version-too-old", "delivery-rejected", "smtputf8-missing",
    "dns-failure", "connection-refused", "connection-timeout", "tls-failure", "certificate-untrusted",
    "starttls-missing", "server-closed", "response-timeout", "test-message-missing", "unexpected-reply", "invalid-address",
    "unknown",
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

const AccountKind allKinds[] = { AccountKind::Unknown, AccountKind::Personal, AccountKind::Work, AccountKind::NotMicrosoft };

QString rowName(DiagnosisId id, AccountKind kind)
{
    return DiagnosisCatalogue::key(id) + u'/' + accountKindKey(kind);
}

} // namespace

class tst_DiagnosisCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idsAreUniqueAndStable();
    void keysRoundTrip();
    void administratorMessageNeverBesideYou();
    void knowsEveryDocumentedKey_data();
    void knowsEveryDocumentedKey();
    void knowsEveryClassifierOutput();
    void knowsEverySampleClass();
    void entriesAreCompleteSentences_data();
    void entriesAreCompleteSentences();
    void entriesAreConsistent_data();
    void entriesAreConsistent();
    void wordsFollowTheAccountKind();
    void kindWordsWhereTheFixDiffers_data();
    void kindWordsWhereTheFixDiffers();
    void personalWordsAskNoAdministrator();
    void carriesTheReply();
    void audienceKeys();
    void adviceIsConcrete();
    void administratorRequestsNameTheRealAddress();
    void newAdministratorRequests_data();
    void newAdministratorRequests();
    void factsNameTheServerAndTheLimit();
    void wordsAreTranslated();
};

void tst_DiagnosisCatalogue::initTestCase()
{
    // English, as the command line and the wizard show it (plurals included).
    TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DiagnosisCatalogue::idsAreUniqueAndStable()
{
    const QList<DiagnosisId> ids = DiagnosisCatalogue::ids();
    QCOMPARE(QSet<DiagnosisId>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(DiagnosisCatalogue::ids(), ids);
    QCOMPARE(ids.last(), DiagnosisId::Unknown);
    // Every enumerator has an entry: the enum and the catalogue cannot drift apart.
    const QMetaEnum meta = QMetaEnum::fromType<DiagnosisId>();
    QCOMPARE(ids.size(), meta.keyCount());
    for (int i = 0; i < meta.keyCount(); ++i)
        QVERIFY2(ids.contains(DiagnosisId(meta.value(i))), meta.key(i));
}

void tst_DiagnosisCatalogue::administratorMessageNeverBesideYou()
{
    // "Who can fix this: You" next to "Copy a message for your IT administrator" contradicts itself.
    QStringList contradictions;
    for (DiagnosisId id : DiagnosisCatalogue::ids()) {
        for (AccountKind kind : { AccountKind::Unknown, AccountKind::Personal, AccountKind::Work }) {
            DiagnosisContext context;
            context.kind = kind;
            const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, {}, context);
            if (diagnosis.offers(Remedy::CopyAdministratorMessage) && diagnosis.audience == Audience::User)
                contradictions.append(DiagnosisCatalogue::key(id) + u'/' + QString::number(int(kind)));
        }
    }
    QVERIFY2(contradictions.isEmpty(), qPrintable(contradictions.join(u", "_s)));
}

void tst_DiagnosisCatalogue::keysRoundTrip()
{
    QSet<QString> keys;
    for (DiagnosisId id : DiagnosisCatalogue::ids()) {
        const QString key = DiagnosisCatalogue::key(id);
        static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        QVERIFY2(shape.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(DiagnosisCatalogue::fromKey(key), std::optional<DiagnosisId>(id));
        QCOMPARE(DiagnosisCatalogue::diagnosis(id).key(), key);
    }
    QCOMPARE(DiagnosisCatalogue::fromKey(QStringLiteral("no-such-class")), std::nullopt);
    QCOMPARE(DiagnosisCatalogue::fromKey(QString()), std::nullopt);
    QCOMPARE(DiagnosisCatalogue::fromKey(QStringLiteral("Unknown")), std::nullopt);
}

void tst_DiagnosisCatalogue::knowsEveryDocumentedKey_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : documentedIds)
        QTest::newRow(key) << QString::fromLatin1(key);
}

void tst_DiagnosisCatalogue::knowsEveryDocumentedKey()
{
    QFETCH(QString, key);
    const auto id = DiagnosisCatalogue::fromKey(key);
    QVERIFY(id);
    QCOMPARE(DiagnosisCatalogue::key(*id), key);
}

void tst_DiagnosisCatalogue::knowsEveryClassifierOutput()
{
    const QList<DiagnosisId> outputs = ReplyClassifier::classIds();
    QVERIFY(outputs.contains(DiagnosisId::Unknown));
    for (DiagnosisId id : outputs)
        QVERIFY2(DiagnosisCatalogue::ids().contains(id), qPrintable(DiagnosisCatalogue::key(id)));
}

void tst_DiagnosisCatalogue::knowsEverySampleClass()
{
    QString error;
    const QList<SampleReply> sample = ErrorSample::load(ErrorSample::defaultFiles(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!sample.isEmpty());
    for (const SampleReply &reply : sample)
        QCOMPARE(DiagnosisCatalogue::key(reply.classId), reply.classKey);
}

void tst_DiagnosisCatalogue::entriesAreCompleteSentences_data()
{
    QTest::addColumn<DiagnosisId>("id");
    QTest::addColumn<AccountKind>("kind");
    for (DiagnosisId id : DiagnosisCatalogue::ids()) {
        for (AccountKind kind : allKinds)
            QTest::newRow(qPrintable(rowName(id, kind))) << id << kind;
    }
}

void tst_DiagnosisCatalogue::entriesAreCompleteSentences()
{
    QFETCH(DiagnosisId, id);
    QFETCH(AccountKind, kind);
    static const QRegularExpression endsAsSentence(QStringLiteral(R"([.!?]$)"));
    static const QRegularExpression sentenceBreak(QStringLiteral(R"([.!?]\s+\p{Lu})"));
    static const QRegularExpression unfilledArgument(QStringLiteral(R"(%\d)"));

    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, {}, DiagnosisContext{ .kind = kind });
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
        // A placeholder address in prose helps nobody: commands with the real address come with the request.
        QVERIFY2(!words.contains(QStringLiteral("example.com")), qPrintable(words));
        QCOMPARE(words, words.trimmed());
    }
    QVERIFY(!audienceLabel(diagnosis.audience).isEmpty());
}

void tst_DiagnosisCatalogue::entriesAreConsistent_data()
{
    entriesAreCompleteSentences_data();
}

void tst_DiagnosisCatalogue::entriesAreConsistent()
{
    QFETCH(DiagnosisId, id);
    QFETCH(AccountKind, kind);
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, {}, DiagnosisContext{ .kind = kind });
    const Diagnosis general = DiagnosisCatalogue::diagnosis(id);
    // One class, one exit code, whatever the account: scripts must not depend on how an account was detected.
    QCOMPARE(diagnosis.exitCode, general.exitCode);
    QVERIFY(diagnosis.exitCode != ExitCode::Ok);
    // "Who can fix this" never says "You" next to "Copy a message for your IT administrator".
    QCOMPARE(diagnosis.offers(Remedy::CopyAdministratorMessage), diagnosis.request != AdministratorRequest::None);
    if (diagnosis.request != AdministratorRequest::None)
        QCOMPARE(diagnosis.audience, Audience::Administrator);
    // Remedies come in button order, each once.
    QList<Remedy> sorted = diagnosis.remedies;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(diagnosis.remedies, sorted);
    QCOMPARE(QSet<Remedy>(sorted.cbegin(), sorted.cend()).size(), sorted.size());
    // A class with no words of its own for a kind gives the general ones.
    if (!DiagnosisCatalogue::hasWordsFor(id, kind)) {
        QCOMPARE(diagnosis.title, general.title);
        QCOMPARE(diagnosis.advice, general.advice);
    }
}

void tst_DiagnosisCatalogue::wordsFollowTheAccountKind()
{
    const auto forKind = [](AccountKind kind) {
        return DiagnosisCatalogue::diagnosis(DiagnosisId::ImapNotEnabled, {}, DiagnosisContext{ .kind = kind });
    };
    const Diagnosis personal = forKind(AccountKind::Personal);
    const Diagnosis work = forKind(AccountKind::Work);
    QVERIFY(personal.advice.contains(QStringLiteral("Let devices and apps use IMAP")));
    QCOMPARE(personal.audience, Audience::User);
    QVERIFY(personal.offers(Remedy::ShowImapHelp));
    QVERIFY(!personal.offers(Remedy::CopyAdministratorMessage));
    QVERIFY(!work.advice.contains(QStringLiteral("outlook.com")));
    QCOMPARE(work.audience, Audience::Administrator);
    QCOMPARE(work.request, AdministratorRequest::AllowImap);
    QVERIFY(!work.offers(Remedy::ShowImapHelp));
    QVERIFY(DiagnosisCatalogue::hasWordsFor(DiagnosisId::ImapNotEnabled, AccountKind::Work));
    QVERIFY(!DiagnosisCatalogue::hasWordsFor(DiagnosisId::DnsFailure, AccountKind::Work));
}

// The classes whose fix differs between a personal Outlook.com account and a work account have words for each:
// who can fix it and the request for the administrator follow.
void tst_DiagnosisCatalogue::kindWordsWhereTheFixDiffers_data()
{
    QTest::addColumn<DiagnosisId>("id");
    QTest::addColumn<Audience>("personal");
    QTest::addColumn<Audience>("work");
    QTest::addColumn<AdministratorRequest>("workRequest");
    QTest::addColumn<QString>("personalWords");  // a phrase the personal words must have

    const auto row = [](DiagnosisId id, Audience personal, Audience work, AdministratorRequest request, const char *words) {
        QTest::newRow(qPrintable(DiagnosisCatalogue::key(id))) << id << personal << work << request << QString::fromUtf8(words);
    };
    using A = Audience;
    using R = AdministratorRequest;
    // Personal accounts consent themselves; an organisation may keep consent for its administrators.
    row(DiagnosisId::ConsentRequired, A::User, A::Administrator, R::GrantAdminConsent, "gives this permission itself");
    row(DiagnosisId::WrongAccountOrTenant, A::User, A::User, R::None, "personal Microsoft account");
    row(DiagnosisId::AppRegistration, A::Developer, A::Developer, R::None, "makers of Mail Setup");
    row(DiagnosisId::MfaRequired, A::User, A::User, R::None, "account.microsoft.com");
    // Conditional Access is the organisation's; a personal account meets Microsoft's own protection.
    row(DiagnosisId::BlockedByPolicy, A::User, A::Administrator, R::ReviewSignInPolicy, "sign-in activity");
    row(DiagnosisId::PasswordChangeRequired, A::User, A::User, R::None, "account.microsoft.com");
    row(DiagnosisId::PasswordRejected, A::User, A::User, R::None, "account.live.com/password/reset");
    row(DiagnosisId::AccountLocked, A::User, A::Administrator, R::UnblockAccount, "security code");
    row(DiagnosisId::AppDisabled, A::Developer, A::Administrator, R::EnableApplication, "makers");
    row(DiagnosisId::AuthRejected, A::User, A::User, R::None, "Let devices and apps use IMAP");
    row(DiagnosisId::BasicAuthDisabled, A::User, A::User, R::None, "16 September 2024");
    // New Outlook.com mailboxes that may not send from mail apps yet: nothing the user can switch.
    row(DiagnosisId::SmtpAuthDisabled, A::Provider, A::Administrator, R::AllowSmtpAuth, "no switch in Outlook.com");
    row(DiagnosisId::SendAsDenied, A::User, A::Administrator, R::GrantSendAs, "alias");
    row(DiagnosisId::SendingBlocked, A::User, A::Administrator, R::ReleaseRestrictedSender, "outlook.com");
    row(DiagnosisId::SendingLimitReached, A::Provider, A::Provider, R::None, "new accounts");
    row(DiagnosisId::MailboxFull, A::User, A::User, R::None, "OneDrive");
    row(DiagnosisId::DeliveryRejected, A::User, A::Administrator, R::ReviewDelivery, "outlook.com");
    row(DiagnosisId::ImapNotEnabled, A::User, A::Administrator, R::AllowImap, "Let devices and apps use IMAP");
}

void tst_DiagnosisCatalogue::kindWordsWhereTheFixDiffers()
{
    QFETCH(DiagnosisId, id);
    QFETCH(Audience, personal);
    QFETCH(Audience, work);
    QFETCH(AdministratorRequest, workRequest);
    QFETCH(QString, personalWords);
    const Diagnosis forPersonal = DiagnosisCatalogue::diagnosis(id, {}, DiagnosisContext{ .kind = AccountKind::Personal });
    const Diagnosis forWork = DiagnosisCatalogue::diagnosis(id, {}, DiagnosisContext{ .kind = AccountKind::Work });
    QVERIFY(DiagnosisCatalogue::hasWordsFor(id, AccountKind::Personal));
    QCOMPARE(forPersonal.audience, personal);
    QCOMPARE(forPersonal.request, AdministratorRequest::None);
    QVERIFY2(forPersonal.advice.contains(personalWords), qPrintable(forPersonal.advice));
    QCOMPARE(forWork.audience, work);
    QCOMPARE(forWork.request, workRequest);
    QVERIFY(forPersonal.advice != forWork.advice);
}

// A personal Microsoft account has no IT department: its own words never send the user to one, nor offer a
// message for one.
void tst_DiagnosisCatalogue::personalWordsAskNoAdministrator()
{
    int withWords = 0;
    for (DiagnosisId id : DiagnosisCatalogue::ids()) {
        if (!DiagnosisCatalogue::hasWordsFor(id, AccountKind::Personal))
            continue;
        ++withWords;
        const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, {}, DiagnosisContext{ .kind = AccountKind::Personal });
        QVERIFY2(!diagnosis.advice.contains(u"administrator"_s, Qt::CaseInsensitive), qPrintable(diagnosis.key()));
        QVERIFY2(!diagnosis.offers(Remedy::CopyAdministratorMessage), qPrintable(diagnosis.key()));
        QVERIFY2(diagnosis.audience != Audience::Administrator, qPrintable(diagnosis.key()));
    }
    QVERIFY(withWords >= 18);
}

void tst_DiagnosisCatalogue::carriesTheReply()
{
    const QString reply = QStringLiteral("535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]");
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(ReplyClassifier::classify(reply), reply);
    QCOMPARE(diagnosis.id, DiagnosisId::AuthRejected);
    QCOMPARE(diagnosis.reply, reply);
    QVERIFY(DiagnosisCatalogue::diagnosis(DiagnosisId::Throttled).reply.isEmpty());
}

void tst_DiagnosisCatalogue::audienceKeys()
{
    QCOMPARE(audienceKey(Audience::User), QStringLiteral("user"));
    QCOMPARE(audienceKey(Audience::Administrator), QStringLiteral("administrator"));
    QCOMPARE(audienceKey(Audience::Provider), QStringLiteral("provider"));
    QCOMPARE(audienceKey(Audience::Developer), QStringLiteral("developer"));

    QCOMPARE(DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled).audience, Audience::Administrator);
    QCOMPARE(DiagnosisCatalogue::diagnosis(DiagnosisId::ConsentRequired).audience, Audience::Administrator);
    QCOMPARE(DiagnosisCatalogue::diagnosis(DiagnosisId::UserCancelled).audience, Audience::User);
    QCOMPARE(DiagnosisCatalogue::diagnosis(DiagnosisId::TemporaryServerError).audience, Audience::Provider);
    QCOMPARE(DiagnosisCatalogue::diagnosis(DiagnosisId::ClientError).audience, Audience::Developer);
}

// The advice names the exact place or change, not just "ask someone".
void tst_DiagnosisCatalogue::adviceIsConcrete()
{
    const auto advice = [](DiagnosisId id) { return DiagnosisCatalogue::diagnosis(id).advice; };
    QVERIFY(advice(DiagnosisId::ImapNotEnabled).contains(QStringLiteral("Let devices and apps use IMAP")));
    QVERIFY(advice(DiagnosisId::ImapNotEnabled).contains(QStringLiteral("Forwarding and IMAP")));
    QVERIFY(advice(DiagnosisId::ConnectionTimeout).contains(QStringLiteral("587")));
    QVERIFY(advice(DiagnosisId::ConnectionTimeout).contains(QStringLiteral("993")));
    QVERIFY(advice(DiagnosisId::CertificateUntrusted).contains(QStringLiteral("antivirus")));
    QVERIFY(advice(DiagnosisId::CertificateUntrusted).contains(QStringLiteral("proxy")));
    QVERIFY(DiagnosisCatalogue::diagnosis(DiagnosisId::StartTlsMissing).title.contains(QStringLiteral("encryption")));
}

void tst_DiagnosisCatalogue::administratorRequestsNameTheRealAddress()
{
    const DiagnosisContext context{ .kind = AccountKind::Work,
                                    .address = QStringLiteral("alex@contoso.example"),
                                    .tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"),
                                    .clientId = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") };
    const auto compose = [&](DiagnosisId id) {
        const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, QStringLiteral("the server's words"), context);
        return std::make_pair(diagnosis, AdministratorRequests::compose(diagnosis, context));
    };
    {
        const auto [diagnosis, message] = compose(DiagnosisId::SmtpAuthDisabled);
        QCOMPARE(message.commands, QStringList{ QStringLiteral(
                                       "Set-CASMailbox -Identity alex@contoso.example -SmtpClientAuthenticationDisabled $false") });
        const QString text = message.text(diagnosis);
        QVERIFY(text.contains(message.commands.first()));
        QVERIFY(text.contains(QStringLiteral("the server's words")));
        QVERIFY(text.contains(context.tenantId));
        QVERIFY(text.contains(QStringLiteral("smtp-auth-disabled")));
        QVERIFY(!text.contains(QStringLiteral("example.com")));
    }
    {
        const auto [diagnosis, message] = compose(DiagnosisId::ImapNotEnabled);
        QCOMPARE(message.commands, QStringList{ QStringLiteral("Set-CASMailbox -Identity alex@contoso.example -ImapEnabled $true") });
    }
    {
        const auto [diagnosis, message] = compose(DiagnosisId::ConsentRequired);
        QVERIFY(message.commands.isEmpty());
        QCOMPARE(message.link.host(), QStringLiteral("login.microsoftonline.com"));
        QCOMPARE(message.link.path(), u"/%1/v2.0/adminconsent"_s.arg(context.tenantId));
        QVERIFY(message.link.query().contains(u"client_id=%1"_s.arg(context.clientId)));
        QVERIFY(message.text(diagnosis).contains(message.link.toString(QUrl::FullyEncoded)));
    }
    {
        // Without the application's ID there is no link that would work: the message says where the ID goes.
        const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::ConsentRequired, {}, { .kind = AccountKind::Work });
        const AdministratorMessage message = AdministratorRequests::compose(diagnosis, { .kind = AccountKind::Work });
        QVERIFY(!message.link.isValid());
        QVERIFY2(message.change.contains(u"client_id=<application-id>"_s), qPrintable(message.change));
    }
    {
        // Without an address (`explain`), the commands say where it goes instead of inventing one.
        const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled);
        const AdministratorMessage message = AdministratorRequests::compose(diagnosis, {});
        QVERIFY(message.commands.first().contains(QStringLiteral("<mailbox>")));
    }
    // A diagnosis the user can fix asks nobody.
    QVERIFY(AdministratorRequests::compose(DiagnosisCatalogue::diagnosis(DiagnosisId::DnsFailure), context).isEmpty());
}

// The requests added for 2026's failures: exact commands with the real address, in the shell they run in.
void tst_DiagnosisCatalogue::newAdministratorRequests_data()
{
    QTest::addColumn<DiagnosisId>("id");
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("shellHeading");
    QTest::addColumn<QString>("link");

    const QString exchange = QStringLiteral("In Exchange Online PowerShell:");
    const QString graph = QStringLiteral("In Microsoft Graph PowerShell:");
    QTest::newRow("security defaults")
        << DiagnosisId::SmtpBlockedBySecurityDefaults << AccountKind::Work
        << QStringList{ u"Set-CASMailbox -Identity alex@contoso.example -SmtpClientAuthenticationDisabled $false"_s } << exchange
        << QString();
    QTest::newRow("direct send") << DiagnosisId::DirectSendRejected << AccountKind::Work
                                 << QStringList{ u"Set-OrganizationConfig -RejectDirectSend $false"_s } << exchange << QString();
    QTest::newRow("restricted sender")
        << DiagnosisId::SendingBlocked << AccountKind::Work
        << QStringList{ u"Get-BlockedSenderAddress -SenderAddress alex@contoso.example"_s,
                        u"Remove-BlockedSenderAddress -SenderAddress alex@contoso.example"_s }
        << exchange << u"https://security.microsoft.com/restrictedentities"_s;
    QTest::newRow("send as")
        << DiagnosisId::SendAsDenied << AccountKind::Work
        << QStringList{ u"Add-RecipientPermission -Identity <address to send from> -Trustee alex@contoso.example -AccessRights SendAs -Confirm:$false"_s }
        << exchange << QString();
    QTest::newRow("account switched off") << DiagnosisId::AccountLocked << AccountKind::Work
                                          << QStringList{ u"Update-MgUser -UserId alex@contoso.example -AccountEnabled:$true"_s }
                                          << graph << QString();
    QTest::newRow("application switched off")
        << DiagnosisId::AppDisabled << AccountKind::Unknown
        << QStringList{ u"$servicePrincipal = Get-MgServicePrincipal -Filter \"appId eq '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'\""_s,
                        u"Update-MgServicePrincipal -ServicePrincipalId $servicePrincipal.Id -AccountEnabled:$true"_s }
        << graph << QString();
}

void tst_DiagnosisCatalogue::newAdministratorRequests()
{
    QFETCH(DiagnosisId, id);
    QFETCH(AccountKind, kind);
    QFETCH(QStringList, commands);
    QFETCH(QString, shellHeading);
    QFETCH(QString, link);
    const DiagnosisContext context{ .kind = kind,
                                    .address = QStringLiteral("alex@contoso.example"),
                                    .clientId = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") };
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(id, QStringLiteral("the server's words"), context);
    QCOMPARE(diagnosis.audience, Audience::Administrator);
    QVERIFY(diagnosis.offers(Remedy::CopyAdministratorMessage));
    const AdministratorMessage message = AdministratorRequests::compose(diagnosis, context);
    QCOMPARE(message.commands, commands);
    QCOMPARE(message.link.toString(), link);
    QVERIFY2(message.change.contains(u"alex@contoso.example"_s) || id == DiagnosisId::AppDisabled, qPrintable(message.change));
    const QString text = message.text(diagnosis);
    QVERIFY(text.contains(shellHeading + u'\n' + commands.join(u'\n')));
    QVERIFY(text.contains(diagnosis.key()));
    // Without an address the commands say where it goes instead of inventing one.
    const AdministratorMessage anonymous = AdministratorRequests::compose(DiagnosisCatalogue::diagnosis(id, {}, { .kind = kind }), {});
    for (const QString &command : anonymous.commands)
        QVERIFY2(!command.contains(u"alex@"_s), qPrintable(command));
    if (id != DiagnosisId::DirectSendRejected && id != DiagnosisId::AppDisabled)
        QVERIFY2(anonymous.commands.join(u' ').contains(u"<mailbox>"_s), qPrintable(anonymous.commands.join(u' ')));
}

void tst_DiagnosisCatalogue::factsNameTheServerAndTheLimit()
{
    const Diagnosis outgoing = DiagnosisCatalogue::diagnosis(
        DiagnosisId::ResponseTimeout, {},
        DiagnosisContext{ .direction = Direction::Outgoing, .host = QStringLiteral("smtp.office365.com"), .port = 587,
                          .timeLimitSeconds = 30 });
    QCOMPARE(outgoing.facts, QStringLiteral("Outgoing mail server (SMTP): smtp.office365.com, port 587. Mail Setup waited 30 seconds."));
    QCOMPARE(outgoing.who, audienceLabel(Audience::Provider));

    // A server that is not Microsoft's (a proxy, another provider, the sandbox) is not blamed on Microsoft.
    const Diagnosis elsewhere = DiagnosisCatalogue::diagnosis(
        DiagnosisId::ResponseTimeout, {},
        DiagnosisContext{ .direction = Direction::Incoming, .host = QStringLiteral("mail.example.net"), .port = 993 });
    QCOMPARE(elsewhere.facts, QStringLiteral("Incoming mail server (IMAP): mail.example.net, port 993."));
    QCOMPARE(elsewhere.who, QStringLiteral("Whoever runs this mail server"));
    QVERIFY(!elsewhere.who.contains(QStringLiteral("Microsoft")));

    const Diagnosis signIn = DiagnosisCatalogue::diagnosis(
        DiagnosisId::TemporaryServerError, {},
        DiagnosisContext{ .direction = Direction::SignIn, .host = QStringLiteral("login.microsoftonline.com") });
    QCOMPARE(signIn.facts, QStringLiteral("Microsoft's sign-in service: login.microsoftonline.com."));

    // Text pasted into `explain` names no server.
    QVERIFY(DiagnosisCatalogue::diagnosis(DiagnosisId::ResponseTimeout).facts.isEmpty());
    QVERIFY(isMicrosoftHost(QStringLiteral("outlook.office365.com")));
    QVERIFY(isMicrosoftHost(QStringLiteral("SMTP-mail.Outlook.com")));
    QVERIFY(!isMicrosoftHost(QStringLiteral("outlook.com.evil.example")));
    QVERIFY(!isMicrosoftHost(QStringLiteral("notoutlook.com")));
}

void tst_DiagnosisCatalogue::wordsAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Diagnosis diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::Throttled);
    const QString label = audienceLabel(Audience::Administrator);
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(diagnosis.title.startsWith(QStringLiteral("[x] ")), qPrintable(diagnosis.title));
    QVERIFY2(diagnosis.advice.startsWith(QStringLiteral("[x] ")), qPrintable(diagnosis.advice));
    QCOMPARE(label, QStringLiteral("[x] Your IT administrator"));
    QCOMPARE(diagnosis.id, DiagnosisId::Throttled);
    QVERIFY(!DiagnosisCatalogue::diagnosis(DiagnosisId::Throttled).title.startsWith(QStringLiteral("[x] ")));
}

QTEST_GUILESS_MAIN(tst_DiagnosisCatalogue)
#include "tst_diagnosiscatalogue.moc"
