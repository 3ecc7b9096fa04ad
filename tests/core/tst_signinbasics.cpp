// The pieces of sign-in that need no network: PKCE, state, id_token claims, and reading Microsoft's
// error answers into diagnoses.
#include "wizard/core/i18n/translationloader.h"
#include "wizard/core/signin/idtokenclaims.h"
#include "wizard/core/signin/microsoftsignin.h"
#include "wizard/core/signin/pkce.h"
#include "wizard/core/signin/signinfailure.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SignInBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pkceMatchesRfc7636AppendixB();
    void pkceVerifiersAreFreshAndWellFormed();
    void stateIsFreshAndLongEnough();
    void idTokenClaims();
    void idTokenGarbage_data();
    void idTokenGarbage();
    void tokenErrorBodyKeepsHelpdeskIds();
    void tokenErrorClasses_data();
    void tokenErrorClasses();
    void redirectErrorIsDecoded();
    void networkErrors_data();
    void networkErrors();
    void timedOutNamesTheDeadline();
};

void tst_SignInBasics::initTestCase()
{
    // English, as the command line and the wizard show it (plurals included).
    TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SignInBasics::pkceMatchesRfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_SignInBasics::pkceVerifiersAreFreshAndWellFormed()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier.size(), 43);
        for (const char c : pkce.verifier)
            QVERIFY(std::isalnum(uchar(c)) || c == '-' || c == '_');
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        QVERIFY(!seen.contains(pkce.verifier));
        seen.insert(pkce.verifier);
    }
}

void tst_SignInBasics::stateIsFreshAndLongEnough()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString state = MicrosoftSignIn::newState();
        QCOMPARE(state.size(), 22);  // 16 bytes, base64url without padding
        QVERIFY(!seen.contains(state));
        seen.insert(state);
    }
}

static QByteArray jwt(const QJsonObject &payload)
{
    const auto encode = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + encode("signature");
}

void tst_SignInBasics::idTokenClaims()
{
    const auto personal = IdTokenClaims::fromJwt(jwt({ { u"tid"_s, u"9188040d-6c67-4c5b-b112-36a304b66dad"_s },
                                                       { u"oid"_s, u"00000000-0000-0000-1234-ABCDEF000000"_s },
                                                       { u"preferred_username"_s, u"Alex@Outlook.com"_s } }));
    QVERIFY(personal);
    QVERIFY(personal->isPersonalAccount());
    QCOMPARE(personal->signedInAddress(), u"Alex@Outlook.com"_s);
    QCOMPARE(personal->accountIdentity(), u"9188040d-6c67-4c5b-b112-36a304b66dad.00000000-0000-0000-1234-abcdef000000"_s);

    const auto work = IdTokenClaims::fromJwt(jwt({ { u"tid"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s },
                                                   { u"sub"_s, u"subject"_s },
                                                   { u"email"_s, u"alex@contoso.com"_s },
                                                   { u"preferred_username"_s, u"alex.w@contoso.com"_s } }));
    QVERIFY(work);
    QVERIFY(!work->isPersonalAccount());
    QCOMPARE(work->signedInAddress(), u"alex@contoso.com"_s);
    QCOMPARE(work->accountIdentity(), u"72f988bf-86f1-41af-91ab-2d7cd011db47.subject"_s);
}

void tst_SignInBasics::idTokenGarbage_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("two parts") << QByteArray("abc.def");
    QTest::newRow("not base64") << QByteArray("abc.%%%.def");
    QTest::newRow("not json") << ("x." + QByteArray("hello").toBase64(QByteArray::Base64UrlEncoding) + ".y");
    QTest::newRow("json array") << ("x." + QByteArray("[1,2]").toBase64(QByteArray::Base64UrlEncoding) + ".y");
}

void tst_SignInBasics::idTokenGarbage()
{
    QFETCH(QByteArray, token);
    QVERIFY(!IdTokenClaims::fromJwt(token));
}

void tst_SignInBasics::tokenErrorBodyKeepsHelpdeskIds()
{
    const QByteArray body = R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.\r\nTrace ID: 0b8e3a1e-1111-4c2d-9f00-4a5b6c7d8e9f\r\nCorrelation ID: 9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b\r\nTimestamp: 2025-03-01 10:11:12Z","error_codes":[70008],"timestamp":"2025-03-01 10:11:12Z","trace_id":"0b8e3a1e-1111-4c2d-9f00-4a5b6c7d8e9f","correlation_id":"9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b","error_uri":"https://login.microsoftonline.com/error?code=70008"})";
    const SignInFailure failure = SignInFailure::fromTokenResponse(400, body);
    QCOMPARE(failure.error, u"invalid_grant"_s);
    QCOMPARE(failure.aadstsCode, u"AADSTS70008"_s);
    QCOMPARE(failure.traceId, u"0b8e3a1e-1111-4c2d-9f00-4a5b6c7d8e9f"_s);
    QCOMPARE(failure.correlationId, u"9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b"_s);
    QCOMPARE(failure.timestamp, u"2025-03-01 10:11:12Z"_s);
    QCOMPARE(failure.id, DiagnosisId::SignInExpired);
    const Diagnosis diagnosis = failure.diagnosis();
    QCOMPARE(diagnosis.id, DiagnosisId::SignInExpired);
    QVERIFY(diagnosis.reply.contains(u"AADSTS70008"_s));
    QVERIFY(diagnosis.reply.contains(u"Trace ID: 0b8e3a1e-1111-4c2d-9f00-4a5b6c7d8e9f"_s));
    QVERIFY(diagnosis.reply.contains(u"Correlation ID: 9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b"_s));
}

void tst_SignInBasics::tokenErrorClasses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DiagnosisId>("classId");
    const auto body = [](const char *error, const char *description) {
        return QJsonDocument(QJsonObject{ { u"error"_s, QString::fromLatin1(error) },
                                          { u"error_description"_s, QString::fromLatin1(description) } })
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("consent") << 400 << body("invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.") << DiagnosisId::ConsentRequired;
    QTest::newRow("refresh expired") << 400 << body("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity.") << DiagnosisId::SignInExpired;
    QTest::newRow("mfa") << 400 << body("invalid_grant", "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.") << DiagnosisId::MfaRequired;
    QTest::newRow("conditional access") << 400 << body("invalid_grant", "AADSTS53003: Access has been blocked by Conditional Access policies.") << DiagnosisId::BlockedByPolicy;
    QTest::newRow("pkce") << 400 << body("invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.") << DiagnosisId::ClientError;
    QTest::newRow("secret sent") << 401 << body("invalid_client", "AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.") << DiagnosisId::ClientError;
    QTest::newRow("bare invalid_grant") << 400 << body("invalid_grant", "Something we have never seen.") << DiagnosisId::SignInExpired;
    QTest::newRow("server error page") << 503 << QByteArray("<html>Service Unavailable</html>") << DiagnosisId::SignInServiceError;
    QTest::newRow("captive portal's 404 page") << 404 << QByteArray("<html>Please log in to the Wi-Fi</html>") << DiagnosisId::SignInServiceError;
    QTest::newRow("empty 400") << 400 << QByteArray() << DiagnosisId::SignInServiceError;
    QTest::newRow("temporarily unavailable") << 503 << body("temporarily_unavailable", "AADSTS90033: A transient error has occurred.") << DiagnosisId::SignInServiceError;
    QTest::newRow("unknown JSON error at 500") << 500 << body("something_new", "Nothing we know.") << DiagnosisId::SignInServiceError;
}

void tst_SignInBasics::tokenErrorClasses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(DiagnosisId, classId);
    QCOMPARE(SignInFailure::fromTokenResponse(status, body).id, classId);
}

void tst_SignInBasics::redirectErrorIsDecoded()
{
    // Qt 6.4 hands the query over with "+" and %XX still in it.
    const SignInFailure cancelled = SignInFailure::fromRedirect(
        { { u"error"_s, u"access_denied"_s }, { u"error_description"_s, u"the+user+canceled+the+authentication"_s } });
    QCOMPARE(cancelled.id, DiagnosisId::UserCancelled);
    QCOMPARE(cancelled.description, u"the user canceled the authentication"_s);

    const SignInFailure tenant = SignInFailure::fromRedirect(
        { { u"error"_s, u"invalid_request"_s },
          { u"error_description"_s, u"AADSTS50020%3a+User+account+%27alex%40outlook.com%27+from+identity+provider+%27live.com%27+does+not+exist+in+tenant+%27Contoso%27.%0d%0aTrace+ID%3a+11111111-2222-3333-4444-555555555555%0d%0aCorrelation+ID%3a+66666666-7777-8888-9999-000000000000%0d%0aTimestamp%3a+2025-01-01+00%3a00%3a00Z"_s } });
    QCOMPARE(tenant.id, DiagnosisId::WrongAccountOrTenant);
    QCOMPARE(tenant.aadstsCode, u"AADSTS50020"_s);
    QCOMPARE(tenant.traceId, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(tenant.correlationId, u"66666666-7777-8888-9999-000000000000"_s);
}

void tst_SignInBasics::networkErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("qtWords");
    QTest::addColumn<DiagnosisId>("classId");
    QTest::addColumn<int>("timeLimitSeconds");
    QTest::newRow("name not found") << QNetworkReply::HostNotFoundError << u"Host login.microsoftonline.com not found"_s
                                    << DiagnosisId::SignInServiceUnreachable << 0;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << u"Connection refused"_s
                             << DiagnosisId::SignInServiceUnreachable << 0;
    QTest::newRow("dropped") << QNetworkReply::RemoteHostClosedError << u"Connection closed"_s
                             << DiagnosisId::SignInServiceUnreachable << 0;
    QTest::newRow("network down") << QNetworkReply::TemporaryNetworkFailureError << u"Network unreachable"_s
                                  << DiagnosisId::SignInServiceUnreachable << 0;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << u"Proxy refused"_s
                           << DiagnosisId::SignInServiceUnreachable << 0;
    // Qt's transfer time-out ends a reply as "Operation canceled": no byte within the limit.
    QTest::newRow("no answer within the limit") << QNetworkReply::OperationCanceledError << u"Operation canceled"_s
                                                << DiagnosisId::SignInServiceTimeout << 30;
    QTest::newRow("time-out") << QNetworkReply::TimeoutError << u"Socket operation timed out"_s
                              << DiagnosisId::SignInServiceTimeout << 30;
}

void tst_SignInBasics::networkErrors()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, qtWords);
    QFETCH(DiagnosisId, classId);
    QFETCH(int, timeLimitSeconds);
    const SignInFailure failure = SignInFailure::fromNetworkError(error, qtWords, u"login.microsoftonline.com"_s, 30);
    QCOMPARE(failure.id, classId);
    QCOMPARE(failure.timeLimitSeconds, timeLimitSeconds);
    const Diagnosis diagnosis = failure.diagnosis();
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
    // The facts name the sign-in service and the limit that passed, not a mail server.
    QString facts = u"Microsoft's sign-in service: login.microsoftonline.com."_s;
    if (timeLimitSeconds > 0)
        facts += u" Mail Setup waited 30 seconds."_s;
    QCOMPARE(diagnosis.facts, facts);
    QCOMPARE(diagnosis.context.direction, Direction::SignIn);
    QVERIFY(!diagnosis.title.contains(u"mail server"_s));
    // Qt's words never stand alone: ours first, Qt's as the technical detail.
    QVERIFY2(diagnosis.reply.endsWith(u"; technical detail: "_s + qtWords), qPrintable(diagnosis.reply));
    QVERIFY(diagnosis.reply.indexOf(qtWords) > 20);
    // A context with an account keeps its words for the account, and still names the sign-in service.
    const Diagnosis forWork = failure.diagnosis(DiagnosisContext{ .kind = AccountKind::Work, .address = u"a@b.example"_s });
    QCOMPARE(forWork.facts, facts);
    QCOMPARE(forWork.context.kind, AccountKind::Work);
}

void tst_SignInBasics::timedOutNamesTheDeadline()
{
    const SignInFailure failure = SignInFailure::timedOut(u"login.microsoftonline.com"_s, 30, u"the token refresh"_s);
    QCOMPARE(failure.id, DiagnosisId::SignInServiceTimeout);
    const Diagnosis diagnosis = failure.diagnosis();
    QCOMPARE(diagnosis.title, u"Microsoft's sign-in service did not answer in time."_s);
    QCOMPARE(diagnosis.facts, u"Microsoft's sign-in service: login.microsoftonline.com. Mail Setup waited 30 seconds."_s);
    QCOMPARE(diagnosis.reply, u"the token refresh did not finish within 30 seconds"_s);
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
}

QTEST_GUILESS_MAIN(tst_SignInBasics)
#include "tst_signinbasics.moc"
