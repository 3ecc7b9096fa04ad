// The setup controller the wizard runs on: sign-in against a fake identity provider, checks against
// scripted Microsoft-like servers, the keychain in memory. What is kept, when, and what a helpdesk
// or an administrator gets to read.
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/signin/tokenkeeper.h"
#include "tests/support/fakeidentityprovider.h"
#include "tests/support/mailserverscripts.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include "wizard/core/secrets/secretkeys.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MailServerScripts;

namespace {

// The default limits, without the quick looks for the test message: they go by the clock, not by the answers, so
// a busy machine that holds an answer back would add lines the scripts do not list.
ProbeLimits scriptLimits()
{
    ProbeLimits limits;
    limits.quickLooksMs = 0;
    return limits;
}

} // namespace

class tst_SetupController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInCheckAndSave();
    void nothingIsSavedBeforeTheAccountIsProven();
    void wrongAccountSaysWhoSignedIn();
    void aliasAcceptedByTheMailbox();
    void signInServiceTroubleIsNotAMailServerProblem();
    void keychainUnavailableThenMemoryOnly();
    void retryRerunsOnlyWhatFailed();
    void administratorMessages();
    void missingClientId();

private:
    ProviderProfile profileWith(const ScriptedServer &imap, const ScriptedServer &smtp) const;
    // Plays the browser for the sign-in address the controller hands over.
    void followBrowser(const QUrl &url);
    bool signIn(SetupController &controller);

    std::unique_ptr<FakeIdentityProvider> m_idp;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QNetworkAccessManager m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
};

void tst_SetupController::init()
{
    m_idp = std::make_unique<FakeIdentityProvider>();
    QVERIFY(m_idp->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(3000);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AccountSettings>(m_dir->filePath(u"settings.ini"_s));
    m_keychain = std::make_unique<MemorySecretStore>();
}

void tst_SetupController::cleanup()
{
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
    m_network.reset();
    m_idp.reset();
}

ProviderProfile tst_SetupController::profileWith(const ScriptedServer &imap, const ScriptedServer &smtp) const
{
    ProviderProfile profile = profileFor(imap, smtp);
    profile.oauth.authorizeUrl = m_idp->authorizeUrl();
    profile.oauth.tokenUrl = m_idp->tokenUrl();
    profile.oauth.clientId = FakeIdentityProvider::sandboxClientId;
    profile.oauth.scopes = { FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope, u"offline_access"_s,
                             u"openid"_s, u"profile"_s, u"email"_s };
    return profile;
}

void tst_SetupController::followBrowser(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> page(m_browser.get(request));
    QSignalSpy(page.get(), &QNetworkReply::finished).wait(5000);
    const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
    if (!location.isValid())
        return;
    std::unique_ptr<QNetworkReply> callback(m_browser.get(QNetworkRequest(location)));
    QSignalSpy(callback.get(), &QNetworkReply::finished).wait(5000);
}

bool tst_SetupController::signIn(SetupController &controller)
{
    QSignalSpy browserNeeded(&controller, &SetupController::browserNeeded);
    QSignalSpy signedIn(&controller, &SetupController::signedIn);
    QSignalSpy failed(&controller, &SetupController::signInFailed);
    controller.startSignIn();
    if (browserNeeded.isEmpty() && !browserNeeded.wait(5000))
        return false;
    followBrowser(browserNeeded.constFirst().constFirst().toUrl());
    return QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 10'000) && !signedIn.isEmpty();
}

void tst_SetupController::signInCheckAndSave()
{
    const QString email = FakeIdentityProvider::sandboxAccount().email;
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profileWith(imap, smtp));
    controller.setProbeLimits(scriptLimits());
    controller.setAddress(email);
    QVERIFY(signIn(controller));
    QCOMPARE(controller.signInState(), SetupController::SignInState::SignedIn);
    QCOMPARE(controller.accountKind(), AccountKind::Work);
    QCOMPARE(controller.signedInAs(), email);

    QSignalSpy finished(&controller, &SetupController::checkFinished);
    QSignalSpy saved(&controller, &SetupController::saved);
    QSignalSpy steps(&controller, &SetupController::checkStepFinished);
    controller.startCheck(true);
    QVERIFY(finished.wait(15'000));
    QVERIFY2(controller.report().ok(), qPrintable(controller.helpdeskReport()));
    QVERIFY(controller.report().testMessage->seenInInbox);
    QVERIFY(steps.size() >= 12);
    QVERIFY(saved.wait(5000) || !saved.isEmpty());
    QCOMPARE(saved.constFirst().constFirst().toBool(), true);
    QVERIFY(controller.isSaved());

    // Saved: the refresh token in the keychain under the account's identity, the rest in the settings.
    const auto account = m_settings->load(email);
    QVERIFY(account);
    QCOMPARE(account->kind, AccountKind::Work);
    QCOMPARE(account->tenantId, FakeIdentityProvider::sandboxTenantId);
    QVERIFY(m_keychain->contains(SecretKeys::refreshToken(account->identity)));
    QVERIFY(m_keychain->contains(SecretKeys::accessToken(account->identity)));
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!AccountSettings::looksLikeToken(QString::fromUtf8(file.readAll())));

    // The helpdesk report has the steps and no token.
    const QString report = controller.helpdeskReport();
    QVERIFY(report.contains(u"Incoming mail (IMAP"_s));
    QVERIFY(report.contains(u"C: A1 AUTHENTICATE XOAUTH2 [secret removed]"_s));
    QVERIFY(!report.contains(u"eyJ"_s));
}

void tst_SetupController::nothingIsSavedBeforeTheAccountIsProven()
{
    const QString email = FakeIdentityProvider::sandboxAccount().email;
    ScriptedServer imap(imapSwitchedOff(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    {
        SetupController controller(m_keychain.get(), m_settings.get());
        controller.setNetworkAccessManager(m_network.get());
        controller.setProviderOverride(profileWith(imap, smtp));
        controller.setProbeLimits(scriptLimits());
        controller.setAddress(email);
        QVERIFY(signIn(controller));
        QSignalSpy finished(&controller, &SetupController::checkFinished);
        controller.startCheck(true);
        QVERIFY(finished.wait(15'000));
        QVERIFY(!controller.report().ok());
        QCOMPARE(controller.report().imap.diagnosis->id, DiagnosisId::ImapNotEnabled);
        QVERIFY(!controller.isSaved());
        // The wizard closes here.
    }
    QVERIFY(m_keychain->keys().isEmpty());
    QVERIFY(!m_settings->load(email));
}

void tst_SetupController::wrongAccountSaysWhoSignedIn()
{
    auto other = FakeIdentityProvider::sandboxAccount();
    other.email = u"sam@outlook.com"_s;
    other.preferredUsername = other.email;
    other.tenantId = FakeIdentityProvider::personalTenantId;
    m_idp->setAccount(other);
    // The id_token names another address: the mailbox decides, and it refuses the address for this sign-in.
    ScriptedServer imap(imapRefusesSignIn(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpRefusesSignIn());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profileWith(imap, smtp));
    controller.setAddress(u"alex@sandbox.test"_s);
    QSignalSpy failed(&controller, &SetupController::signInFailed);
    QVERIFY(!signIn(controller));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).value<Diagnosis>().id, DiagnosisId::WrongAccountOrTenant);
    QCOMPARE(failed.constFirst().at(1).toString(), u"sam@outlook.com"_s);
    QCOMPARE(controller.signInState(), SetupController::SignInState::Failed);
    QVERIFY(m_keychain->keys().isEmpty());
    QVERIFY(imap.clientConnected());
}

void tst_SetupController::aliasAcceptedByTheMailbox()
{
    // A personal account signed in with its primary address, setting up an alias: the id_token does not name it,
    // the mailbox takes it.
    auto primary = FakeIdentityProvider::sandboxAccount();
    primary.email = u"alex.primary@outlook.com"_s;
    primary.preferredUsername = primary.email;
    primary.tenantId = FakeIdentityProvider::personalTenantId;
    m_idp->setAccount(primary);
    const QString alias = u"alex@sandbox.test"_s;
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + imapLogout(u"A3"_s).mid(0, 1) + QStringList{ u"S: A3 OK LOGOUT completed."_s, u"X"_s },
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpUntilAuth() + QStringList{ u"S: 235 2.7.0 Authentication successful"_s, u"C: QUIT"_s,
                                                       u"S: 221 2.0.0 Bye"_s, u"X"_s });
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profileWith(imap, smtp));
    controller.setAddress(alias);
    QSignalSpy states(&controller, &SetupController::signInStateChanged);
    QVERIFY(signIn(controller));
    QCOMPARE(controller.signInState(), SetupController::SignInState::SignedIn);
    QVERIFY(controller.signedInAsAnotherName());
    QCOMPARE(controller.signedInAs(), primary.email);
    bool confirmed = false;
    for (const QList<QVariant> &state : std::as_const(states))
        confirmed = confirmed || state.constFirst().value<SetupController::SignInState>() == SetupController::SignInState::ConfirmingAddress;
    QVERIFY(confirmed);
    QVERIFY2(imap.mismatches().isEmpty(), qPrintable(imap.mismatches().join(u'\n')));
}

void tst_SetupController::signInServiceTroubleIsNotAMailServerProblem()
{
    // The token endpoint gives an error page: the wizard's words name the sign-in service, not the mail servers.
    m_idp->failNextTokenRequest(FakeIdentityProvider::TokenFault::serverErrorPage(503));
    ScriptedServer imap(QStringList{}, ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(QStringList{});
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profileWith(imap, smtp));
    controller.setProbeLimits(scriptLimits());
    controller.setAddress(u"alex@sandbox.test"_s);
    QSignalSpy failed(&controller, &SetupController::signInFailed);
    QVERIFY(!signIn(controller));
    QCOMPARE(failed.size(), 1);
    const Diagnosis diagnosis = failed.constFirst().at(0).value<Diagnosis>();
    QCOMPARE(diagnosis.id, DiagnosisId::SignInServiceError);
    QCOMPARE(diagnosis.exitCode, ExitCode::SignInFailed);
    QCOMPARE(diagnosis.facts, u"Microsoft's sign-in service: localhost."_s);
    QVERIFY(!diagnosis.title.contains(u"mail server"_s));
    QCOMPARE(controller.signInState(), SetupController::SignInState::Failed);
}

void tst_SetupController::keychainUnavailableThenMemoryOnly()
{
    const QString email = FakeIdentityProvider::sandboxAccount().email;
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    m_keychain->setFailure(SecretStatus::Unavailable, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profileWith(imap, smtp));
    controller.setProbeLimits(scriptLimits());
    controller.setAddress(email);
    QSignalSpy unavailable(&controller, &SetupController::keychainUnavailable);
    QSignalSpy browserNeeded(&controller, &SetupController::browserNeeded);
    controller.startSignIn();
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(unavailable.constFirst().constFirst().value<SecretStatus>(), SecretStatus::Unavailable);
    QCOMPARE(browserNeeded.size(), 0);  // nobody signs in for nothing

    controller.continueWithoutKeychain();
    QVERIFY(!browserNeeded.isEmpty() || browserNeeded.wait(5000));
    QSignalSpy signedIn(&controller, &SetupController::signedIn);
    followBrowser(browserNeeded.constFirst().constFirst().toUrl());
    // The browser's page comes after the exchange: the sign-in may have ended already.
    QVERIFY(!signedIn.isEmpty() || signedIn.wait(5000));
    QSignalSpy saved(&controller, &SetupController::saved);
    controller.startCheck(true);
    QVERIFY(saved.wait(15'000));
    QVERIFY(controller.isSaved());
    QVERIFY(controller.tokenStorage().contains(u"memory"_s));
    // Memory only means nothing on disk: no settings either.
    QVERIFY(!m_settings->load(email));
}

void tst_SetupController::retryRerunsOnlyWhatFailed()
{
    const QString email = FakeIdentityProvider::sandboxAccount().email;
    // First run: SMTP AUTH is off for the tenant; IMAP works.
    ScriptedServer imap(imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s)
                            + imapLogout(u"A3"_s),
                        ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpAuthDisabled());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    ProviderProfile profile = profileWith(imap, smtp);
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setNetworkAccessManager(m_network.get());
    controller.setProviderOverride(profile);
    controller.setProbeLimits(scriptLimits());
    controller.setAddress(email);
    QVERIFY(signIn(controller));
    QSignalSpy finished(&controller, &SetupController::checkFinished);
    controller.startCheck(false);
    QVERIFY(finished.wait(15'000));
    QVERIFY(controller.report().imap.ok());
    QCOMPARE(controller.report().smtp.diagnosis->id, DiagnosisId::SmtpAuthDisabled);
    QCOMPARE(controller.report().smtp.diagnosis->audience, Audience::Administrator);

    // The administrator switched it on: only SMTP runs again (IMAP's server would refuse a second client).
    ScriptedServer smtpFixed(smtpUntilAuth() + QStringList{ u"S: 235 2.7.0 Authentication successful"_s, u"C: QUIT"_s,
                                                            u"S: 221 2.0.0 Bye"_s, u"X"_s });
    QVERIFY(smtpFixed.start());
    profile.smtp.port = smtpFixed.serverPort();
    controller.setProviderOverride(profile);
    controller.setProbeLimits(scriptLimits());
    controller.retryCheck();
    QVERIFY(finished.wait(15'000));
    QVERIFY2(controller.report().ok(), qPrintable(controller.helpdeskReport()));
    QVERIFY(smtpFixed.clientConnected());
    QCOMPARE(imap.received().size(), 3);  // only the first run's AUTHENTICATE, EXAMINE and LOGOUT
}

void tst_SetupController::administratorMessages()
{
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setAddress(u"alex@contoso.com"_s);
    controller.setClientId(u"11111111-2222-3333-4444-555555555555"_s);
    const QString smtp = controller.administratorMessage(DiagnosisCatalogue::diagnosis(DiagnosisId::SmtpAuthDisabled,
                                                                                       u"535 5.7.139 Authentication unsuccessful"_s));
    QVERIFY(smtp.contains(u"Set-CASMailbox -Identity alex@contoso.com -SmtpClientAuthenticationDisabled $false"_s));
    QVERIFY(smtp.contains(u"535 5.7.139"_s));
    const QString consent = controller.administratorMessage(DiagnosisCatalogue::diagnosis(DiagnosisId::ConsentRequired));
    QVERIFY(consent.contains(u"adminconsent?client_id=11111111-2222-3333-4444-555555555555"_s));
    QVERIFY(consent.contains(u"IMAP.AccessAsUser.All"_s));
    // IMAP switched off is the administrator's to fix for a work account; a personal account switches it itself.
    controller.setAccountKind(AccountKind::Work);
    const QString imap = controller.administratorMessage(
        DiagnosisCatalogue::diagnosis(DiagnosisId::ImapNotEnabled, {}, controller.diagnosisContext()));
    QVERIFY(imap.contains(u"Set-CASMailbox -Identity alex@contoso.com -ImapEnabled $true"_s));
    controller.setAccountKind(AccountKind::Personal);
    QVERIFY(controller.administratorMessage(
                DiagnosisCatalogue::diagnosis(DiagnosisId::ImapNotEnabled, {}, controller.diagnosisContext()))
                .isEmpty());
}

void tst_SetupController::missingClientId()
{
    ProviderProfile profile = ProviderProfileLoader::builtIn(u"outlook"_s).value();
    profile.oauth.clientId.clear();
    SetupController controller(m_keychain.get(), m_settings.get());
    controller.setProviderOverride(profile);
    controller.setProbeLimits(scriptLimits());
    controller.setAddress(u"alex@outlook.com"_s);
    QVERIFY(controller.needsClientId());
    QSignalSpy failed(&controller, &SetupController::signInFailed);
    controller.startSignIn();
    QCOMPARE(failed.size(), 1);
    const Diagnosis diagnosis = failed.constFirst().constFirst().value<Diagnosis>();
    QCOMPARE(diagnosis.id, DiagnosisId::AppRegistration);
    QVERIFY(diagnosis.reply.contains(u"docs/app-registration.md"_s));
}

QTEST_GUILESS_MAIN(tst_SetupController)
#include "tst_setupcontroller.moc"
