// `mailsetup explain` as a helpdesk runs it: the built program, with pasted text, --email and --kind. The advice
// follows the account, the administrator's request names the real mailbox with each command whole on a line of
// its own, and --json carries the exit code, the remedies and the request as well as the words.
#include "wizard/core/diagnosis/diagnosiscatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_ExplainCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workAccountGetsTheAdministratorsCommand();
    void personalAddressGetsOutlookComWords();
    void kindOverridesTheAddress();
    void unknownKindSaysTheAdviceDiffers();
    void jsonCarriesExitCodeRemediesAndRequest();
    void jsonWithoutARequest();
    void readsWrappedTextFromStandardInput();
    void passwordPathOfAPastedReply();
    void badKindAndBadAddress_data();
    void badKindAndBadAddress();

private:
    Run explain(const QStringList &arguments, const QByteArray &input = {});
    QString m_binary;
};

void tst_ExplainCommand::initTestCase()
{
    m_binary = qEnvironmentVariable("MAILSETUP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "MAILSETUP_BINARY is not set");
}

Run tst_ExplainCommand::explain(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The English words the test reads, whatever the machine's language; no display, so no wizard.
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(m_binary, QStringList{ u"explain"_s } + arguments);
    if (!process.waitForStarted(10'000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(20'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_ExplainCommand::workAccountGetsTheAdministratorsCommand()
{
    const Run run = explain({ u"--email"_s, u"alex@contoso.example"_s, u"--kind"_s, u"work"_s,
                              u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
                              "Visit https://aka.ms/smtp_auth_disabled for more information."_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.value(0), DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled).title);
    QVERIFY2(lines.contains(u"Who can fix it: Your IT administrator"_s), qPrintable(run.out));
    QVERIFY2(lines.contains(u"In Exchange Online PowerShell:"_s), qPrintable(run.out));
    // The command whole, on a line of its own, with the real address.
    QVERIFY2(lines.contains(u"Set-CASMailbox -Identity alex@contoso.example -SmtpClientAuthenticationDisabled $false"_s),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(u"<mailbox>"_s));
    QCOMPARE(lines.filter(u"Diagnosis code: "_s), QStringList{ u"Diagnosis code: smtp-auth-disabled"_s });
    QVERIFY(run.err.isEmpty());
}

void tst_ExplainCommand::personalAddressGetsOutlookComWords()
{
    // The Outlook.com case of 2025-2026: SMTP refused for a new mailbox even with OAuth. An outlook.com address is
    // a personal account without asking.
    const Run run = explain({ u"--email"_s, u"sam@outlook.com"_s,
                              u"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."_s });
    QCOMPARE(run.exitCode, 0);
    const Diagnosis personal = DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled, {},
                                                             DiagnosisContext{ .kind = AccountKind::Personal });
    QVERIFY2(run.out.startsWith(personal.title + u'\n' + personal.advice + u'\n'), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Who can fix it: Microsoft\n"_s));
    QVERIFY2(!run.out.contains(u"Set-CASMailbox"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"For your IT administrator"_s));
    QVERIFY(!run.out.contains(u"--kind"_s));
}

void tst_ExplainCommand::kindOverridesTheAddress()
{
    const Run run = explain({ u"--email"_s, u"sam@contoso.example"_s, u"--kind"_s, u"personal"_s,
                              u"AADSTS65001: The user or administrator has not consented to use the application."_s });
    QCOMPARE(run.exitCode, 0);
    const Diagnosis personal = DiagnosisCatalogue::diagnosis(DiagnosisId::ConsentRequired, {},
                                                             DiagnosisContext{ .kind = AccountKind::Personal });
    QVERIFY2(run.out.startsWith(personal.title + u'\n'), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Who can fix it: You\n"_s));
    QVERIFY(!run.out.contains(u"adminconsent"_s));
}

void tst_ExplainCommand::unknownKindSaysTheAdviceDiffers()
{
    const Run run = explain({ u"Remote Server returned '550 5.7.501 Access denied, spam abuse detected.'"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(DiagnosisCatalogue::diagnosis(DiagnosisId::SendingBlocked).title + u'\n'), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"--kind personal"_s), qPrintable(run.out));
    // A class whose words are the same for every account says nothing of the kind.
    const Run same = explain({ u"Host not found"_s });
    QVERIFY2(same.out.contains(u"Diagnosis code: dns-failure"_s), qPrintable(same.out));
    QVERIFY(!same.out.contains(u"--kind"_s));
    // Without an address the commands say where it goes.
    const Run anonymous = explain({ u"550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization"_s });
    QVERIFY2(anonymous.out.contains(u"\nSet-OrganizationConfig -RejectDirectSend $false\n"_s), qPrintable(anonymous.out));
    QVERIFY(anonymous.out.contains(u"<mailbox>"_s));
}

void tst_ExplainCommand::jsonCarriesExitCodeRemediesAndRequest()
{
    const Run run = explain({ u"--json"_s, u"--email"_s, u"alex@contoso.example"_s, u"--kind"_s, u"work"_s,
                              u"554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; WASCL UserAction verdict is not None."_s });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Diagnosis work = DiagnosisCatalogue::diagnosis(DiagnosisId::SendingBlocked, {}, DiagnosisContext{ .kind = AccountKind::Work });
    QCOMPARE(json.value(u"id"_s).toString(), u"sending-blocked"_s);
    QCOMPARE(json.value(u"title"_s).toString(), work.title);
    QCOMPARE(json.value(u"advice"_s).toString(), work.advice);
    QCOMPARE(json.value(u"audience"_s).toString(), u"administrator"_s);
    QCOMPARE(json.value(u"kind"_s).toString(), u"work"_s);
    QCOMPARE(json.value(u"exitCode"_s).toInt(-1), int(ExitCode::AccountRefused));
    QCOMPARE(json.value(u"remedies"_s).toArray(), QJsonArray({ u"copy-administrator-message"_s, u"try-again"_s }));
    const QJsonObject request = json.value(u"administratorRequest"_s).toObject();
    QVERIFY(request.value(u"change"_s).toString().contains(u"alex@contoso.example"_s));
    QCOMPARE(request.value(u"commands"_s).toArray(),
             QJsonArray({ u"Get-BlockedSenderAddress -SenderAddress alex@contoso.example"_s,
                          u"Remove-BlockedSenderAddress -SenderAddress alex@contoso.example"_s }));
    QCOMPARE(request.value(u"link"_s).toString(), u"https://security.microsoft.com/restrictedentities"_s);
    QCOMPARE(request.value(u"shell"_s).toString(), u"exchange-online"_s);
}

void tst_ExplainCommand::jsonWithoutARequest()
{
    const Run run = explain({ u"--json"_s, u"A7 BAD Request is throttled. Suggested Backoff Time: 12034 milliseconds"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"id"_s).toString(), u"throttled"_s);
    QCOMPARE(json.value(u"audience"_s).toString(), u"provider"_s);
    QCOMPARE(json.value(u"kind"_s).toString(), u"unknown"_s);
    QCOMPARE(json.value(u"exitCode"_s).toInt(-1), int(DiagnosisCatalogue::diagnosis(DiagnosisId::Throttled).exitCode));
    QCOMPARE(json.value(u"remedies"_s).toArray(), QJsonArray({ u"try-again"_s }));
    QVERIFY(json.contains(u"administratorRequest"_s));
    QVERIFY(json.value(u"administratorRequest"_s).isNull());
}

void tst_ExplainCommand::readsWrappedTextFromStandardInput()
{
    // A reply quoted in a mail and cut across the quote's lines, as a user forwards it to the helpdesk.
    const QByteArray pasted = "> 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is\r\n"
                              "> disabled for the Mailbox.\r\n";
    const Run run = explain({ u"-"_s }, pasted);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Diagnosis code: smtp-auth-disabled"_s), qPrintable(run.out + run.err));
}

void tst_ExplainCommand::passwordPathOfAPastedReply()
{
    // A printer that signed in with a password: the advice is OAuth or a relay, not "sign in again".
    const Run run = explain({ u"--kind"_s, u"work"_s, u"A1 NO LOGIN failed."_s });
    QCOMPARE(run.exitCode, 0);
    const Diagnosis work = DiagnosisCatalogue::diagnosis(DiagnosisId::BasicAuthDisabled, {}, DiagnosisContext{ .kind = AccountKind::Work });
    QVERIFY2(run.out.startsWith(work.title + u'\n' + work.advice + u'\n'), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Diagnosis code: basic-auth-disabled"_s));
}

void tst_ExplainCommand::badKindAndBadAddress_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{ u"--kind"_s, u"school"_s, u"535 5.7.3"_s } << u"Unknown kind \"school\""_s;
    QTest::newRow("not an address") << QStringList{ u"--email"_s, u"alex"_s, u"535 5.7.3"_s } << u"\"alex\" is not an e-mail address"_s;
    QTest::newRow("no text") << QStringList{ u"--kind"_s, u"work"_s } << u"Give the error message to explain."_s;
}

void tst_ExplainCommand::badKindAndBadAddress()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = explain(arguments);
    QCOMPARE(run.exitCode, int(ExitCode::BadInput));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ExplainCommand)
#include "tst_explaincommand.moc"
