// The helpdesk report: what it says (steps, diagnosis, AADSTS code and ids, the administrator's request, versions),
// that its HTML escapes what servers said, and that no token, code or verifier reaches it, not even echoed back.
#include "wizard/core/report/helpdeskreport.h"
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString accessToken = u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.SEEDEDACCESSTOKENpayload1234567890.signatureABCDEFGH"_s;
const QString refreshToken = u"M.C105_BAY.0.U.-SEEDEDREFRESHTOKEN!abcdefghijklmnopqrstuvwxyz0123456789"_s;
const QString authorizationCode = u"M.R3_BAY.SEEDEDCODEabcdefghijklmnop0123"_s;
const QString verifier = u"SEEDEDVERIFIERqwertyuiopasdfghjklzxcvbnm0123456789-._~"_s;
const QString tenant = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
const QString clientId = u"11111111-2222-3333-4444-555555555555"_s;

HelpdeskReportData sample()
{
    HelpdeskReportData data;
    data.email = u"alex@contoso.com"_s;
    data.kind = AccountKind::Work;
    data.providerId = u"microsoft365"_s;
    data.providerName = u"Microsoft 365"_s;
    data.tenantId = tenant;
    data.clientId = clientId;
    data.signedInAs = u"alex@contoso.com"_s;
    data.created = QDateTime(QDate(2026, 12, 2), QTime(17, 0), Qt::UTC);

    MailboxCheckReport check;
    check.email = data.email;
    check.imap.server = u"outlook.office365.com:993"_s;
    check.imap.steps = { StepResult{ ProbeStep::Connect, true, 21, {}, {} },
                         StepResult{ ProbeStep::Authenticate, true, 180, u"OK AUTHENTICATE completed."_s, {} } };
    // A server that echoes what it got: the secrets must still not reach the report.
    check.imap.transcript = { u"C: A1 AUTHENTICATE XOAUTH2 [secret removed]"_s,
                              u"S: A1 OK echo "_s + accessToken };
    check.smtp.server = u"smtp.office365.com:587"_s;
    const QString reply = u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                          "Mailbox. <script>alert(1)</script> code="_s + authorizationCode;
    check.smtp.steps = { StepResult{ ProbeStep::Connect, true, 19, {}, {} },
                         StepResult{ ProbeStep::Authenticate, false, 230, reply, {} } };
    DiagnosisContext context;
    context.kind = AccountKind::Work;
    check.smtp.diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled, reply, context);
    check.smtp.transcript = { u"S: "_s + reply, u"C: verifier="_s + verifier };
    data.check = check;

    data.signInDiagnosis = DiagnosisCatalogue::diagnosis(
        DiagnosisId::ConsentRequired,
        u"invalid_grant: AADSTS65001: The user or administrator has not consented to use the application.\n"
        "Trace ID: 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\nCorrelation ID: 12345678-90ab-cdef-1234-567890abcdef\n"
        "refresh_token="_s + refreshToken,
        context);
    data.secrets = { accessToken, refreshToken, authorizationCode, verifier };
    return data;
}

} // namespace

class tst_HelpdeskReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"9.8.7"_s); }
    void jsonSaysWhatHappened();
    void htmlIsOnePageWithEverythingEscaped();
    void noSecretReachesTheFiles();
    void administratorRequestsAreExact();
    void jsonFileBesideTheHtml();
};

void tst_HelpdeskReport::jsonSaysWhatHappened()
{
    const QJsonObject json = HelpdeskReport::toJson(sample());
    QCOMPARE(json.value(u"email"_s).toString(), u"alex@contoso.com"_s);
    QCOMPARE(json.value(u"tenantId"_s).toString(), tenant);
    QCOMPARE(json.value(u"clientId"_s).toString(), clientId);
    QCOMPARE(json.value(u"accountKind"_s).toString(), u"work"_s);
    QCOMPARE(json.value(u"software"_s)[u"mailSetup"_s].toString(), u"9.8.7"_s);
    QCOMPARE(json.value(u"software"_s)[u"qt"_s].toString(), QString::fromLatin1(qVersion()));
    QVERIFY(!json.value(u"software"_s)[u"os"_s].toString().isEmpty());
    const QJsonObject signIn = json.value(u"signIn"_s).toObject();
    QCOMPARE(signIn.value(u"aadsts"_s).toString(), u"AADSTS65001"_s);
    QCOMPARE(signIn.value(u"traceId"_s).toString(), u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s);
    QCOMPARE(signIn.value(u"correlationId"_s).toString(), u"12345678-90ab-cdef-1234-567890abcdef"_s);
    QVERIFY(signIn.value(u"administratorRequest"_s)[u"link"_s].toString().contains(clientId));
    const QJsonObject smtp = json.value(u"check"_s)[u"smtp"_s].toObject();
    QCOMPARE(smtp.value(u"steps"_s).toArray().size(), 2);
    QCOMPARE(smtp.value(u"steps"_s)[1][u"ms"_s].toInt(), 230);
    QCOMPARE(smtp.value(u"diagnosis"_s)[u"id"_s].toString(), u"smtp-auth-disabled"_s);
    QCOMPARE(json.value(u"check"_s)[u"exitCode"_s].toInt(), int(ExitCode::AccountRefused));
    const QJsonArray diagnoses = json.value(u"diagnoses"_s).toArray();
    QCOMPARE(diagnoses.size(), 2);
    QCOMPARE(diagnoses.at(1)[u"administratorRequest"_s][u"commands"_s][0].toString(),
             u"Set-CASMailbox -Identity alex@contoso.com -SmtpClientAuthenticationDisabled $false"_s);
    QVERIFY(!diagnoses.at(1)[u"who"_s].toString().isEmpty());
}

void tst_HelpdeskReport::htmlIsOnePageWithEverythingEscaped()
{
    const QString html = HelpdeskReport::toHtml(sample());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(!html.contains(u"<script>"_s));       // what the server said is shown, never run
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(!html.contains(u"src="_s) && !html.contains(u"<link"_s));  // nothing fetched from elsewhere
    for (const QString &expected : { u"AADSTS65001"_s, u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s,
                                     u"12345678-90ab-cdef-1234-567890abcdef"_s, tenant, clientId,
                                     u"smtp-auth-disabled"_s, u"230 ms"_s, u"9.8.7"_s, QString::fromLatin1(qVersion()),
                                     u"Set-CASMailbox -Identity alex@contoso.com -SmtpClientAuthenticationDisabled $false"_s })
        QVERIFY2(html.contains(expected), qPrintable(expected));
    // The administrator's command for this mailbox stays whole: a block of its own that never wraps at a hyphen.
    QVERIFY(html.contains(u"<code class=\"command\">Set-CASMailbox -Identity alex@contoso.com "
                          "-SmtpClientAuthenticationDisabled $false</code>"_s));
    QVERIFY(html.contains(u"code.command{white-space:pre;"_s));
    QVERIFY(!html.contains(u"&lt;mailbox&gt;"_s));
}

void tst_HelpdeskReport::noSecretReachesTheFiles()
{
    QTemporaryDir dir;
    const QString htmlFile = dir.filePath(u"report.html"_s);
    QString problem;
    QVERIFY2(HelpdeskReport::write(htmlFile, sample(), &problem), qPrintable(problem));
    for (const QString &name : { htmlFile, dir.filePath(u"report.json"_s) }) {
        QFile file(name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        for (const char *seed : { "SEEDEDACCESSTOKEN", "SEEDEDREFRESHTOKEN", "SEEDEDCODE", "SEEDEDVERIFIER" })
            QVERIFY2(!bytes.contains(seed), qPrintable(name + u": "_s + QString::fromLatin1(seed)));
    }
    QFile json(dir.filePath(u"report.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    QJsonDocument::fromJson(json.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    QVERIFY(!HelpdeskReport::write(dir.filePath(u"no/such/folder/r.html"_s), sample(), &problem));
    QVERIFY(problem.contains(u"r.html"_s));
}

void tst_HelpdeskReport::administratorRequestsAreExact()
{
    DiagnosisContext context;
    context.kind = AccountKind::Work;
    context.address = u"alex@contoso.com"_s;
    context.tenantId = tenant;
    context.clientId = clientId;
    const auto imap = AdministratorRequests::compose(DiagnosisCatalogue::diagnosis(DiagnosisId::ImapNotEnabled, {}, context), context);
    QCOMPARE(imap.commands, QStringList{ u"Set-CASMailbox -Identity alex@contoso.com -ImapEnabled $true"_s });
    const auto consent = AdministratorRequests::compose(DiagnosisCatalogue::diagnosis(DiagnosisId::ConsentRequired, {}, context), context);
    QCOMPARE(consent.link.host(), u"login.microsoftonline.com"_s);
    QVERIFY(consent.link.path().startsWith(u'/' + tenant + u"/v2.0/adminconsent"_s));
    QVERIFY(consent.link.query().contains(u"client_id="_s + clientId));
    QVERIFY(consent.ids.contains(u"Tenant: "_s + tenant));
}

void tst_HelpdeskReport::jsonFileBesideTheHtml()
{
    QCOMPARE(HelpdeskReport::jsonFileFor(u"/tmp/r.html"_s), u"/tmp/r.json"_s);
    QCOMPARE(HelpdeskReport::jsonFileFor(u"/tmp/r.HTM"_s), u"/tmp/r.json"_s);
    QCOMPARE(HelpdeskReport::jsonFileFor(u"/tmp/report"_s), u"/tmp/report.json"_s);
}

QTEST_GUILESS_MAIN(tst_HelpdeskReport)
#include "tst_helpdeskreport.moc"
