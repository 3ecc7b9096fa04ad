#include "tests/ui/wizardharness.h"

#include "tests/support/scriptedserver.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/probe/probelimits.h"
#include "wizard/core/provider/accountkinddetector.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Short enough that the whole ui suite stays quick, long enough for a loaded machine.
ProbeLimits shortLimits()
{
    ProbeLimits limits;
    limits.resolveTimeoutMs = 3000;
    limits.connectTimeoutMs = 3000;
    limits.replyTimeoutMs = 5000;
    limits.checkTimeoutMs = 15'000;
    limits.deliveryTimeoutMs = 5000;
    // The scripts list every line: no looks for the test message by the clock (see tests/core/probetesting.h).
    limits.quickLooksMs = 0;
    return limits;
}

QString pageName(int id)
{
    const char *name = QMetaEnum::fromType<WizardPage::Id>().valueToKey(id);
    return name ? QString::fromLatin1(name) : u"page %1"_s.arg(id);
}

} // namespace

WizardHarness::WizardHarness(QObject *parent)
    : QObject(parent)
{
    m_network.setTransferTimeout(5000);
    m_browser.setTransferTimeout(5000);
}

WizardHarness::~WizardHarness()
{
    // The wizard before the controller it shows, the controller before its keychain and settings.
    m_wizard.reset();
    m_controller.reset();
}

bool WizardHarness::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(u"no temporary folder: "_s + m_dir->errorString());
    m_idp = std::make_unique<FakeIdentityProvider>();
    if (!m_idp->start())
        return fail(u"the fake identity provider cannot listen: "_s + m_idp->errorString());
    // Page 1 asks for MX records; without port 53 (not root) it asks a loopback address where nothing answers,
    // and the identity provider's discovery document alone tells the work domain.
    if (m_dns.listenOnPort53())
        m_dns.setMxRecords(workDomain, { { 10, u"sandbox-test.mail.protection.outlook.com"_s } });
    m_keychain = std::make_unique<MemorySecretStore>();
    m_settings = std::make_unique<AccountSettings>(m_dir->filePath(u"settings.ini"_s));
    return true;
}

FakeIdentityProvider::Account WizardHarness::personalAccount(const QString &email)
{
    FakeIdentityProvider::Account account = FakeIdentityProvider::sandboxAccount();
    account.email = email;
    account.preferredUsername = email;
    account.name = u"Alex Personal"_s;
    account.tenantId = FakeIdentityProvider::personalTenantId;
    account.objectId = u"00000000-0000-0000-a1e5-0000000a1e50"_s;
    return account;
}

FakeIdentityProvider::Account WizardHarness::workAccount(const QString &email)
{
    FakeIdentityProvider::Account account = FakeIdentityProvider::sandboxAccount();
    account.email = email;
    account.preferredUsername = email;
    return account;
}

ProviderProfile WizardHarness::profileFor(quint16 imapPort, quint16 smtpPort) const
{
    ProviderProfile profile;
    profile.id = u"test"_s;
    profile.name = u"Scripted servers"_s;
    // 127.0.0.1, not localhost: the SMTP scripts expect "EHLO [127.0.0.1]".
    profile.imap = ServerAddress{ u"127.0.0.1"_s, imapPort, ConnectionSecurity::Tls };
    profile.smtp = ServerAddress{ u"127.0.0.1"_s, smtpPort, ConnectionSecurity::StartTls };
    // Never connected to: only the ready page shows it.
    profile.pop = ServerAddress{ u"127.0.0.1"_s, 995, ConnectionSecurity::Tls };
    profile.caCertificates = ScriptedServer::testCa();
    profile.oauth.authorizeUrl = m_idp->authorizeUrl();
    profile.oauth.tokenUrl = m_idp->tokenUrl();
    profile.oauth.clientId = FakeIdentityProvider::sandboxClientId;
    profile.oauth.scopes = { FakeIdentityProvider::imapScope, FakeIdentityProvider::smtpScope, u"offline_access"_s,
                             u"openid"_s, u"profile"_s, u"email"_s };
    profile.oauth.discoveryUrl = m_idp->discoveryUrl();
    return profile;
}

ProviderProfile WizardHarness::profileFor(const ScriptedServer &imap, const ScriptedServer &smtp) const
{
    return profileFor(imap.serverPort(), smtp.serverPort());
}

SetupWizard *WizardHarness::createWizard(const std::optional<ProviderProfile> &profile)
{
    m_wizard.reset();
    m_controller = std::make_unique<SetupController>(m_keychain.get(), m_settings.get());
    m_controller->setNetworkAccessManager(&m_network);
    m_controller->setProviderOverride(profile);
    m_controller->setProbeLimits(shortLimits());
    m_controller->setBrowserTimeoutMs(60'000);

    m_wizard = std::make_unique<SetupWizard>(m_controller.get());
    m_wizard->setUrlOpener([this](const QUrl &url) { return openUrl(url); });
    m_wizard->setReportFileChooser([this](QWidget *, const QString &) {
        ++m_reportRequests;
        return reportPath();
    });
    AccountKindDetector *detector = m_wizard->accountKindDetector();
    detector->setNameserver(m_dns.isListening() ? m_dns.address() : QHostAddress(u"127.201.202.203"_s), 53);
    detector->setNetworkAccessManager(&m_network);
    detector->setTimeLimitMs(3000);
    detector->setLookupTimeLimitMs(2000);
    detector->setDiscoveryUrl(m_idp->discoveryUrl());

    m_wizard->show();
    m_wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(m_wizard.get())) {
        fail(u"the wizard's window did not become active"_s);
        return nullptr;
    }
    return m_wizard.get();
}

QString WizardHarness::reportPath() const
{
    return m_dir->filePath(u"helpdesk-report.html"_s);
}

QWidget *WizardHarness::currentPage() const
{
    return m_wizard ? m_wizard->currentPage() : nullptr;
}

QAbstractButton *WizardHarness::button(int which) const
{
    return m_wizard ? m_wizard->button(QWizard::WizardButton(which)) : nullptr;
}

bool WizardHarness::openUrl(const QUrl &url)
{
    m_openedUrls.append(url);
    if (!m_browserAvailable)
        return false;
    if (!m_idp || url.port() != m_idp->port() || !url.path().endsWith("/authorize"_L1))
        return true;
    // The browser: Microsoft's page (the fake answers at once with a redirect to the loopback listener, or
    // with a page that never redirects), then the redirect. Asynchronous, as a real browser is.
    ++m_signInPageVisits;
    ++m_actions;  // the person consents in the browser
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *page = m_browser.get(request);
    connect(page, &QNetworkReply::finished, this, [this, page] {
        page->deleteLater();
        const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
        if (!location.isValid())
            return;
        QNetworkReply *callback = m_browser.get(QNetworkRequest(location));
        connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
    });
    return true;
}

bool WizardHarness::fail(const QString &why)
{
    m_error = why + u" ("_s + where() + u')';
    return false;
}

QString WizardHarness::where() const
{
    if (!m_wizard)
        return u"no wizard"_s;
    QString text = u"on "_s + pageName(m_wizard->currentId());
    if (m_controller) {
        text += u", sign-in %1, check %2"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<SetupController::SignInState>().valueToKey(int(m_controller->signInState()))),
            QString::fromLatin1(QMetaEnum::fromType<SetupController::CheckState>().valueToKey(int(m_controller->checkState()))));
        if (const auto diagnosis = m_controller->signInDiagnosis())
            text += u", sign-in diagnosis "_s + diagnosis->key() + u": "_s + diagnosis->reply;
        if (m_controller->checkState() == SetupController::CheckState::Failed)
            text += u"\n"_s + m_controller->helpdeskReport();
    }
    return text;
}

bool WizardHarness::waitFor(const std::function<bool()> &condition, const QString &what, int timeoutMs)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    return fail(u"waited %1 ms for %2"_s.arg(timeoutMs).arg(what));
}

bool WizardHarness::click(QAbstractButton *button, const QString &what)
{
    if (!button)
        return fail(u"no button "_s + what);
    if (!button->isVisible())
        return fail(u"the button "_s + what + u" is not shown"_s);
    if (!button->isEnabled())
        return fail(u"the button "_s + what + u" is disabled"_s);
    // Check boxes and radio buttons take clicks on their indicator and text, not on the empty rest of the row.
    QPoint position = button->rect().center();
    if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
        position = QPoint(std::min(8, button->width() / 2), button->height() / 2);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, position);
    ++m_actions;
    return true;
}

bool WizardHarness::enterAddress(const QString &email)
{
    if (!m_wizard || m_wizard->currentId() != SetupWizard::AddressPageId)
        return fail(u"not on the address page"_s);
    m_wizard->setAddress(email);
    ++m_actions;  // typing it
    return waitFor([this] { return m_wizard->currentPage()->isComplete() && button(QWizard::NextButton)->isEnabled(); },
                   u"the account kind of "_s + email);
}

bool WizardHarness::next(int expected)
{
    if (!click(button(QWizard::NextButton), u"Next"_s))
        return false;
    return waitFor([this, expected] { return m_wizard->currentId() == expected; }, pageName(expected), 2000);
}

bool WizardHarness::confirmImapSwitchedOn()
{
    if (m_wizard->currentId() != SetupWizard::ImapSwitchPageId)
        return fail(u"not on the page about the IMAP switch"_s);
    // On to the sign-in, or back to the check when signed in already.
    return next(m_wizard->currentPage()->nextId());
}

bool WizardHarness::signIn()
{
    if (!click(find<QAbstractButton>(u"signInButton"_s), u"Sign in with Microsoft"_s))
        return false;
    using S = SetupController::SignInState;
    return waitFor([this] { return m_controller->signInState() == S::SignedIn || m_controller->signInState() == S::Failed; },
                   u"the end of the sign-in"_s);
}

bool WizardHarness::waitForCheck()
{
    using C = SetupController::CheckState;
    if (!waitFor([this] { return m_controller->checkState() == C::Passed || m_controller->checkState() == C::Failed; },
                 u"the end of the check"_s, 20'000))
        return false;
    if (m_controller->checkState() == C::Passed)
        return waitFor([this] { return m_wizard->currentId() == SetupWizard::ReadyPageId; }, u"the ready page"_s, 2000);
    return true;
}

bool WizardHarness::checkAgain()
{
    auto *again = find<QAbstractButton>(u"tryAgainButton"_s);
    if (!again || !again->isVisible())
        again = find<QAbstractButton>(u"startCheckButton"_s);
    if (!click(again, u"Try again"_s))
        return false;
    return waitForCheck();
}

bool WizardHarness::reachSignInPage(const QString &email)
{
    if (!enterAddress(email))
        return false;
    const bool personal = m_wizard->currentPage()->nextId() == SetupWizard::ImapSwitchPageId;
    if (personal)
        return next(SetupWizard::ImapSwitchPageId) && confirmImapSwitchedOn();
    return next(SetupWizard::SignInPageId);
}

bool WizardHarness::reachCheckPage(const QString &email, bool sendTestMessage)
{
    m_controller->setSendTestMessage(sendTestMessage);
    if (!reachSignInPage(email) || !signIn())
        return false;
    if (m_controller->signInState() != SetupController::SignInState::SignedIn)
        return fail(u"the sign-in failed"_s);
    // The wizard goes on by itself, and the check starts by itself.
    return waitFor([this] { return m_wizard->currentId() == SetupWizard::CheckPageId; }, u"the check page"_s, 2000);
}

bool WizardHarness::reachReadyPage(const QString &email, bool sendTestMessage)
{
    if (!reachCheckPage(email, sendTestMessage) || !waitForCheck())
        return false;
    if (m_controller->checkState() != SetupController::CheckState::Passed)
        return fail(u"the check failed"_s);
    return waitFor([this] { return m_wizard->currentPage()->isComplete(); }, u"the account to be saved"_s);
}
