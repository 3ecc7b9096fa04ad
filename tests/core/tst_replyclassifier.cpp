// The reply classifier recognises what a reply means: every real reply of the sample
// (tests/data/microsoft-errors.json, and tests/data/replies-2026.json for what users meet now), in any
// context and in the context it was met in, and further replies of the same kinds that the sample does not hold.
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/diagnosis/replyclassifier.h"
#include "tests/support/errorsample.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ReplyContext)

class tst_ReplyClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sample_data();
    void sample();
    void variants_data();
    void variants();
    void contextNarrowsGenericReplies_data();
    void contextNarrowsGenericReplies();
    void everyAadstsNumberHasARow();

private:
    QList<SampleReply> m_sample;
};

void tst_ReplyClassifier::initTestCase()
{
    QString error;
    m_sample = ErrorSample::load(ErrorSample::defaultFiles(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto rowsOf = [this](const char *file) {
        return std::count_if(m_sample.cbegin(), m_sample.cend(),
                             [file](const SampleReply &reply) { return reply.file == QLatin1StringView(file); });
    };
    QVERIFY(rowsOf("microsoft-errors.json") >= 39);
    QVERIFY(rowsOf("replies-2026.json") >= 20);
}

// A rule whose pattern does not compile says so once, as a warning: that must fail the test.
void tst_ReplyClassifier::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
}

void tst_ReplyClassifier::sample_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplyContext>("context");
    QTest::addColumn<QString>("expected");

    for (const SampleReply &reply : std::as_const(m_sample)) {
        QTest::addRow("%s/any", qPrintable(reply.id)) << reply.verbatim << ReplyContext::Unknown << reply.classKey;
        QTest::addRow("%s/%s", qPrintable(reply.id), qPrintable(reply.stage))
            << reply.verbatim << reply.context << reply.classKey;
    }
}

void tst_ReplyClassifier::sample()
{
    QFETCH(QString, text);
    QFETCH(ReplyContext, context);
    QFETCH(QString, expected);
    QVERIFY2(DiagnosisCatalogue::fromKey(expected), qPrintable(u"not a class: "_s + expected));
    QCOMPARE(DiagnosisCatalogue::key(ReplyClassifier::classify(text, context)), expected);
}

// Replies that are not in the sample: other hosts, ids, timestamps, wordings, servers and wrappings.
void tst_ReplyClassifier::variants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplyContext>("context");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *text, ReplyContext context, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << context << QString::fromLatin1(expected);
    };
    using C = ReplyContext;

    // Identity platform
    row("redirect declined consent, url-encoded",
        "http://localhost:49152/?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+"
        "to+access+the+app.%0d%0aTrace+ID%3a+9a8b7c6d-0000-4e5f-8a9b-0c1d2e3f4a5b&state=q2Vx0Lr8",
        C::Authorize, "user-cancelled");
    row("redirect access denied, other words",
        "error=access_denied&error_description=The+user+has+denied+access+to+the+scope+requested+by+the+client"
        "+application.&state=abc",
        C::Authorize, "user-cancelled");
    row("redirect consent_required, url-encoded",
        "http://localhost:53100/?error=consent_required&error_description=AADSTS65001%3A+The+user+or+administrator"
        "+has+not+consented+to+use+the+application+with+ID+%27a1b2c3d4-0000-4000-8000-123456789abc%27.",
        C::Authorize, "consent-required");
    row("admin consent 90094", "AADSTS90094: Admin consent is required for the permissions requested by this application.",
        C::Authorize, "consent-required");
    row("token json, refresh expired, error_codes",
        R"({"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-03-01T08:12:44.1234567Z and was inactive for 90.00:00:00. Trace ID: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 Correlation ID: 11111111-2222-3333-4444-555555555555 Timestamp: 2024-06-01 10:20:30Z","error_codes":[700082],"timestamp":"2024-06-01 10:20:30Z","trace_id":"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0","correlation_id":"11111111-2222-3333-4444-555555555555"})",
        C::TokenEndpoint, "sign-in-expired");
    row("grant revoked 50173",
        "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. "
        "The user might have changed or reset their password.",
        C::TokenEndpoint, "sign-in-expired");
    row("sign-in frequency 70043 mentions conditional access",
        R"({"error":"invalid_grant","error_description":"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2024-01-02T03:04:05Z and the maximum allowed lifetime for this request is 43200.\r\nTrace ID: 3c4d5e6f-0000-4000-8000-7a8b9c0d1e2f"})",
        C::TokenEndpoint, "sign-in-expired");
    row("mfa enrolment 50079",
        "AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new "
        "location, you must enroll in multi-factor authentication to access 'https://outlook.office.com'.",
        C::TokenEndpoint, "mfa-required");
    row("strong auth 50074", "AADSTS50074: Strong Authentication is required.", C::TokenEndpoint, "mfa-required");
    row("security defaults 530035",
        "AADSTS530035: Access has been blocked by security defaults. This is due to the request using legacy auth "
        "or being deemed unsafe by security defaults policies.",
        C::TokenEndpoint, "blocked-by-policy");
    row("compliant device 53000",
        "AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a "
        "compliant device, and the device is not compliant.",
        C::Authorize, "blocked-by-policy");
    row("user not assigned 50105",
        "AADSTS50105: Your administrator has configured the application Mail Setup ('4f1c2b3a-5d6e-4f70-8192-a3b4c5d6e7f8') "
        "to block users unless they are specifically granted ('assigned') access to the application.",
        C::Authorize, "blocked-by-policy");
    // The trace id holds "53003" and "650010": only a whole AADSTS token counts.
    row("public client without platform 7000218, digits in trace id",
        R"({"error":"invalid_client","error_description":"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.\r\nTrace ID: 53003d2a-1c65-4001-b5c3-650010a2c900\r\nCorrelation ID: 65004000-aaaa-4bbb-8ccc-dddddddddddd","error_codes":[7000218]})",
        C::TokenEndpoint, "app-registration");
    row("app not found, url-encoded redirect",
        "error=unauthorized_client&error_description=AADSTS700016%3a+Application+with+identifier+%27c0ffee00-1234-4abc"
        "-8def-0123456789ab%27+was+not+found+in+the+directory+%27Fabrikam%27.",
        C::Authorize, "app-registration");
    row("redirect mismatch, lower case",
        "aadsts50011: the redirect uri 'http://localhost:8400/' specified in the request does not match the redirect "
        "uris configured for the application 'b7d1e2f3-0000-4000-8000-000000000001'.",
        C::Authorize, "app-registration");
    row("not multitenant, no number",
        "Application 'a9b8c7d6-1111-4222-8333-444455556666'(Mail Setup) is not configured as a multi-tenant "
        "application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'.",
        C::Authorize, "app-registration");
    row("personal account refused 500200",
        "AADSTS500200: User account 'sam@hotmail.com' is a personal Microsoft account. Personal Microsoft accounts are "
        "not supported for this application unless explicitly invited to an organization.",
        C::Authorize, "wrong-account-or-tenant");
    row("guest not in tenant 50020",
        "AADSTS50020: User account 'jane.doe@gmail.com' from identity provider 'live.com' does not exist in tenant "
        "'Contoso Ltd' and cannot access the application 'b1e2c3d4-0000-4000-8000-000000000002'(Mail Setup) in that tenant.",
        C::Authorize, "wrong-account-or-tenant");
    row("no Exchange in tenant 650052",
        "AADSTS650052: The app needs access to a service (\"https://outlook.office.com\") that your organization "
        "\"fabrikam.example\" has not subscribed to or enabled.",
        C::Authorize, "wrong-account-or-tenant");
    row("pkce 50148",
        "AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.",
        C::TokenEndpoint, "client-error");
    row("missing parameter 900144",
        "AADSTS900144: The request body must contain the following parameter: 'grant_type'.", C::TokenEndpoint,
        "client-error");
    row("public client secret, json with invalid_client",
        R"({"error":"invalid_client","error_description":"AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.","error_codes":[700025]})",
        C::TokenEndpoint, "client-error");
    row("code expired 70008",
        "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new "
        "interactive authorization request for this user and resource.",
        C::TokenEndpoint, "sign-in-expired");
    row("discovery 90002, other tenant",
        "AADSTS90002: Tenant 'fabrikam-example.com' not found. Check to make sure you have the correct tenant ID "
        "and are signing into the correct cloud.",
        C::Discovery, "tenant-not-found");
    row("discovery json without number",
        R"({"error":"invalid_tenant","error_description":"Tenant 'nosuchorg.example' not found."})", C::Discovery,
        "tenant-not-found");
    row("bare invalid_grant", R"({"error":"invalid_grant","error_description":"Bad Request"})", C::TokenEndpoint,
        "sign-in-expired");
    row("service trouble", "error=temporarily_unavailable&error_description=Please+retry+later", C::Authorize,
        "temporary-server-error");

    // IMAP and POP
    row("imap authenticate failed, other tag", "a0002 NO AUTHENTICATE Failed.", C::ImapAuthenticate, "auth-rejected");
    row("dovecot authentication failed", "a1 NO [AUTHENTICATIONFAILED] Authentication failed.", C::ImapAuthenticate,
        "auth-rejected");
    row("gmail invalid credentials", "A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", C::Unknown,
        "auth-rejected");
    row("imap login failed", "A1 NO LOGIN failed.", C::ImapAuthenticate, "auth-rejected");
    row("google xoauth2 challenge, decoded",
        R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})", C::Unknown, "auth-rejected");
    row("google xoauth2 challenge, imap base64",
        "+ eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
        C::ImapAuthenticate, "auth-rejected");
    row("google xoauth2 challenge, smtp base64",
        "334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
        C::Unknown, "auth-rejected");
    row("not connected, other tag", "A2 BAD User is authenticated but not connected.", C::ImapCommand,
        "imap-not-enabled");
    row("session invalidated alone", "* BYE Session invalidated - AccessTokenExpired", C::ImapCommand, "token-expired");
    row("dovecot unavailable", "A5 NO [UNAVAILABLE] Temporary authentication failure. [mx3:2024-05-06 07:08:09]",
        C::ImapAuthenticate, "temporary-server-error");
    row("exchange server unavailable", "* BYE Server Unavailable. 15", C::ImapAuthenticate, "temporary-server-error");
    row("argument error, other number", "A3 BAD Command Argument Error. 12", C::ImapCommand, "protocol-error");
    row("throttled, other backoff",
        "A7 BAD Request is throttled. Suggested Backoff Time: 12034 milliseconds", C::ImapCommand, "throttled");
    // "Logon failure" is Exchange's answer to USER and PASS: a password, which Microsoft refuses (the password
    // path). Its answer to a refused XOAUTH2 token says "Authentication failure" (the sample's pop row).
    row("pop logon failure", "-ERR Logon failure: unknown user name or bad password.", C::Unknown, "basic-auth-disabled");
    row("pop auth failed", "-ERR [AUTH] Authentication failed.", C::Unknown, "auth-rejected");
    row("pop basic auth disabled", "-ERR Basic authentication is disabled.", C::Unknown, "basic-auth-disabled");
    row("imap bye alone", "* BYE Connection is closed. 13", C::ImapCommand, "server-closed");

    // SMTP
    row("postfix auth failed", "535 5.7.8 Error: authentication failed: authentication failure", C::SmtpAuthenticate,
        "auth-rejected");
    row("gmail bad credentials, multiline",
        "535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  "
        "https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-a9a0f2b3c4d5si1234567ejc.123 - gsmtp",
        C::Unknown, "auth-rejected");
    row("bare 535", "535 Authentication failed", C::SmtpAuthenticate, "auth-rejected");
    row("exim 535 after a log prefix", "SMTP error from remote server: Error: 535 Incorrect authentication data",
        C::Unknown, "auth-rejected");
    row("535 in a log line",
        "Expected response code 235 but got code \"535\", with message \"535 5.7.3 Authentication unsuccessful "
        "[PA7P264CA0123.FRAP264.PROD.OUTLOOK.COM 2024-07-08T09:10:11.121Z 08DC9F0123456789]\"",
        C::Unknown, "auth-rejected");
    row("smtp auth disabled for the mailbox",
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit "
        "https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0123.eurprd02.prod.outlook.com "
        "2024-11-05T09:10:11.123Z 08DCFD1234567890]",
        C::SmtpAuthenticate, "smtp-auth-disabled");
    row("5.7.139 conditional access",
        "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated "
        "successfully. Contact your administrator. [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM 2024-02-03T04:05:06.789Z "
        "08DC2400AABBCCDD]",
        C::SmtpAuthenticate, "blocked-by-policy");
    // Security defaults lock out mail apps that send with a password; the fix is not the sign-in logs
    // (blocked-by-policy) but OAuth in the app or replacing the defaults.
    row("5.7.139 security defaults",
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. "
        "Contact your administrator.",
        C::SmtpAuthenticate, "smtp-blocked-by-security-defaults");
    row("starttls first", "530 5.7.0 Must issue a STARTTLS command first. [BN9PR03CA0521.namprd03.prod.outlook.com]",
        C::SmtpAuthenticate, "starttls-missing");
    row("anonymous mail",
        "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM "
        "[DB8PR04CA0012.eurprd04.prod.outlook.com 2024-05-06T07:08:09.000Z 08DC6DABCDEF0123]",
        C::SmtpSend, "not-authenticated");
    row("send as, older 5.7.1", "550 5.7.1 Client does not have permissions to send as this sender", C::SmtpSend,
        "send-as-denied");
    row("outbound spam, suspended",
        "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent "
        "exception with message [BeginDiagnosticData]WASCL UserAction verdict is not None. Actual verdict is Suspend, "
        "HipNotify.",
        C::SmtpSend, "sending-blocked");
    row("restricted sender", "550 5.1.8 Access denied, bad outbound sender. AS(42004)", C::SmtpSend, "sending-blocked");
    row("submission quota, longer",
        "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a "
        "permanent exception with message Cannot submit message. 0.35250:0A00B384, 1.36674:0A000000",
        C::SmtpSend, "sending-limit-reached");
    row("gmail daily quota", "550 5.4.5 Daily user sending quota exceeded. d9443c01a7336-20e8a1b2c3dsm123456c.12 - gsmtp",
        C::SmtpSend, "sending-limit-reached");
    row("eop busy",
        "450 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719) "
        "[CO1NAM11FT012.eop-nam11.prod.protection.outlook.com]",
        C::SmtpSend, "throttled");
    row("432 other words", "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending",
        C::SmtpSend, "throttled");
    row("4.7.66 without the usual words", "421 4.7.66 Please upgrade the encryption of this client.", C::SmtpStartTls,
        "tls-version-too-old");
    row("temporary server error, other host",
        "451 4.7.0 Temporary server error. Please try again later. PRX5 [DM6PR02CA0099.namprd02.prod.outlook.com "
        "2024-08-09T10:11:12.131Z 08DCB7C0FFEE0000]",
        C::SmtpAuthenticate, "temporary-server-error");
    row("temporary auth failure", "454 4.7.0 Temporary authentication failure", C::SmtpAuthenticate,
        "temporary-server-error");
    row("tls not available", "454 4.7.0 TLS not available due to local problem", C::SmtpStartTls, "starttls-missing");
    row("dmarc ndr",
        "Remote Server returned '550 5.7.509 Access denied, sending domain example.org does not pass DMARC "
        "verification and has a DMARC policy of reject.'",
        C::SmtpSend, "delivery-rejected");
    row("recipient not found ndr",
        "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        C::Unknown, "delivery-rejected");
    row("relaying denied", "550 5.7.1 Relaying denied", C::SmtpSend, "delivery-rejected");
    row("unrecognised mechanism", "504 5.7.4 Unrecognized authentication type [AM6P195CA0011.EURP195.PROD.OUTLOOK.COM]",
        C::SmtpAuthenticate, "protocol-error");
    row("bad sequence", "503 5.5.1 Bad sequence of commands", C::SmtpSend, "protocol-error");

    // What the local network and TLS stack say
    row("qt host not found", "Host not found", C::Unknown, "dns-failure");
    row("resolver", "getaddrinfo: Temporary failure in name resolution", C::Unknown, "dns-failure");
    row("qt connection refused", "Connection refused", C::Unknown, "connection-refused");
    row("connect timed out", "connect to smtp.office365.com:587: Connection timed out", C::Unknown, "connection-timeout");
    row("qt socket time-out", "Socket operation timed out", C::Unknown, "connection-timeout");
    row("qt remote closed", "The remote host closed the connection", C::ImapCommand, "server-closed");
    row("qt issuer not found", "The issuer certificate of a locally looked up certificate could not be found",
        C::Unknown, "certificate-untrusted");
    row("openssl handshake", "SSL handshake failed: error:0A000102:SSL routines::unsupported protocol", C::Unknown,
        "tls-failure");
    row("pop greeting on the imap port", "+OK The Microsoft Exchange POP3 service is ready.", C::ImapAuthenticate,
        "unexpected-reply");
    row("captive portal page", "<!DOCTYPE html><html><head><title>Hotel WiFi login</title></head></html>",
        C::TokenEndpoint, "unexpected-reply");

    // Nothing to recognise
    row("smtp ok", "250 OK", C::Unknown, "unknown");
    row("smtp auth ok", "235 2.7.0 Authentication successful", C::SmtpAuthenticate, "unknown");
    row("imap ok", "A1 OK AUTHENTICATE completed.", C::ImapAuthenticate, "unknown");
    row("imap greeting",
        "* OK The Microsoft Exchange IMAP4 service is ready. "
        "[TQBOADIAUABSADAAMQBDAEEAMAAwADAANAAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]",
        C::Unknown, "unknown");
    row("empty", "", C::Unknown, "unknown");
    row("random text", "The quick brown fox jumps over the lazy dog.", C::Unknown, "unknown");
    row("numbers in prose", "Meeting moved to 10:30 in room 550, see ticket 5.7.3-b", C::Unknown, "unknown");
    row("ids alone",
        "Trace ID: 53003d2a-1c65-4001-b5c3-650010a2c900 Correlation ID: 50011000-0000-4000-8000-000000050076 "
        "Timestamp: 2024-06-01 10:20:30Z",
        C::Unknown, "unknown");
    row("a number after a colon is not a reply code", "Retry in: 500 milliseconds", C::Unknown, "unknown");
    row("pop greeting outside a context", "+OK The Microsoft Exchange POP3 service is ready.", C::Unknown, "unknown");
}

void tst_ReplyClassifier::variants()
{
    QFETCH(QString, text);
    QFETCH(ReplyContext, context);
    QFETCH(QString, expected);
    QVERIFY2(DiagnosisCatalogue::fromKey(expected), qPrintable(u"not a class: "_s + expected));
    QCOMPARE(DiagnosisCatalogue::key(ReplyClassifier::classify(text, context)), expected);
}

// The same words mean different things depending on what was asked.
void tst_ReplyClassifier::contextNarrowsGenericReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplyContext>("context");
    QTest::addColumn<QString>("expected");

    const QString unrecognised = QStringLiteral("502 5.5.1 Unrecognized command");
    QTest::newRow("502 to STARTTLS") << unrecognised << ReplyContext::SmtpStartTls << QStringLiteral("starttls-missing");
    QTest::newRow("502 elsewhere") << unrecognised << ReplyContext::Unknown << QStringLiteral("protocol-error");

    const QString refused = QStringLiteral("554 5.7.0 Rejected");
    QTest::newRow("5.7.x to AUTH") << refused << ReplyContext::SmtpAuthenticate << QStringLiteral("auth-rejected");
    QTest::newRow("5.7.x during DATA") << refused << ReplyContext::SmtpSend << QStringLiteral("delivery-rejected");
    QTest::newRow("5.7.x out of context") << refused << ReplyContext::Unknown << QStringLiteral("delivery-rejected");

    const QString no = QStringLiteral("A3 NO EXAMINE failed.");
    QTest::newRow("NO to EXAMINE") << no << ReplyContext::ImapCommand << QStringLiteral("imap-not-enabled");
    QTest::newRow("NO to AUTHENTICATE") << QStringLiteral("A1 NO Sorry.") << ReplyContext::ImapAuthenticate
                                       << QStringLiteral("auth-rejected");
    QTest::newRow("NO out of context") << no << ReplyContext::Unknown << QStringLiteral("unknown");

    // In Mail Setup's own checks every sign-in is XOAUTH2, so a refused one means the token was refused. Pasted
    // into `explain` with the signs of a password beside it (AUTH LOGIN, LOGIN), it is the password path, which
    // Microsoft refuses: the advice is OAuth in the app, not "sign in again".
    const QString authLogin = QStringLiteral("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: [user]\nS: 334 UGFzc3dvcmQ6\nC: [password]\n"
                                             "S: 535 5.7.3 Authentication unsuccessful [BY5PR04CA0012.namprd04.prod.outlook.com]");
    QTest::newRow("password over AUTH LOGIN, pasted") << authLogin << ReplyContext::Unknown << QStringLiteral("basic-auth-disabled");
    QTest::newRow("password over AUTH LOGIN, in a check") << authLogin << ReplyContext::SmtpAuthenticate
                                                       << QStringLiteral("auth-rejected");
    const QString login = QStringLiteral("A1 NO LOGIN failed.");
    QTest::newRow("IMAP LOGIN, pasted") << login << ReplyContext::Unknown << QStringLiteral("basic-auth-disabled");
    QTest::newRow("IMAP LOGIN, in a check") << login << ReplyContext::ImapAuthenticate << QStringLiteral("auth-rejected");
    // A bare 535 5.7.3 says nothing of a password: it stays a refused sign-in, as the sample has it.
    QTest::newRow("bare 535 5.7.3, pasted") << QStringLiteral("535 5.7.3 Authentication unsuccessful") << ReplyContext::Unknown
                                            << QStringLiteral("auth-rejected");
    // The mechanisms an EHLO lists are no sign of a password: this is an XOAUTH2 session.
    QTest::newRow("EHLO lists AUTH LOGIN, XOAUTH2 refused")
        << QStringLiteral("S: 250-AUTH LOGIN XOAUTH2\nC: AUTH XOAUTH2 [secret removed]\nS: 535 5.7.3 Authentication unsuccessful")
        << ReplyContext::Unknown << QStringLiteral("auth-rejected");
    // Nothing was refused: a password that worked is no diagnosis.
    QTest::newRow("AUTH LOGIN accepted") << QStringLiteral("C: AUTH LOGIN\nS: 235 2.7.0 Authentication successful")
                                         << ReplyContext::Unknown << QStringLiteral("unknown");

    // A redirect's random state may read like quoted-printable ("=3D…"): it must stay a URL query.
    QTest::newRow("redirect whose state looks quoted-printable")
        << QStringLiteral("http://localhost:50001/?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent.&state=3DAA9f0=20")
        << ReplyContext::Authorize << QStringLiteral("user-cancelled");
}

void tst_ReplyClassifier::contextNarrowsGenericReplies()
{
    QFETCH(QString, text);
    QFETCH(ReplyContext, context);
    QFETCH(QString, expected);
    QVERIFY2(DiagnosisCatalogue::fromKey(expected), qPrintable(u"not a class: "_s + expected));
    QCOMPARE(DiagnosisCatalogue::key(ReplyClassifier::classify(text, context)), expected);
}

// Every AADSTS number the rules know has a row of its own in the data (Microsoft's table reworded, in a real
// reply's shape), with the class the rules give it: a number added to the rules without a row, or a row that
// disagrees, fails here.
void tst_ReplyClassifier::everyAadstsNumberHasARow()
{
    const QList<std::pair<QString, DiagnosisId>> numbers = ReplyClassifier::aadstsNumbers();
    QVERIFY(numbers.size() >= 180);
    QSet<QString> seen;
    for (const auto &[number, id] : numbers) {
        QVERIFY2(!seen.contains(number), qPrintable(u"AADSTS%1 is in two rules"_s.arg(number)));
        seen.insert(number);
        const QRegularExpression named(u"\\bAADSTS%1\\b"_s.arg(number));
        const auto row = std::find_if(m_sample.cbegin(), m_sample.cend(),
                                      [&](const SampleReply &reply) { return named.match(reply.verbatim).hasMatch(); });
        QVERIFY2(row != m_sample.cend(), qPrintable(u"no row names AADSTS%1"_s.arg(number)));
        QVERIFY2(row->classId == id, qPrintable(u"%1 says %2, the rules %3"_s.arg(row->id, row->classKey, DiagnosisCatalogue::key(id))));
    }
}

QTEST_GUILESS_MAIN(tst_ReplyClassifier)
#include "tst_replyclassifier.moc"
