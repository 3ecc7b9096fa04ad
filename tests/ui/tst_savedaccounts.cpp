// A later launch of the wizard: it opens on the accounts set up before, whose sign-in is kept. "Check again" reaches
// the check without the browser; "Set up another account" goes on to an empty address page; "Forget" asks once more,
// then removes the account's settings and its tokens from the keychain; a kept sign-in that no longer works leads to
// the sign-in; and a launch with an address (--email) goes straight to that address.
#include "tests/ui/wizardharness.h"

#include "tests/support/mailserverscripts.h"
#include "tests/support/scriptedserver.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/core/secrets/secretkeys.h"
#include "wizard/ui/savedaccountspage.h"
#include "wizard/ui/setupwizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MailServerScripts;

namespace {

const QString personalEmail = u"alex@outlook.com"_s;

} // namespace

class tst_SavedAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstLaunchStartsOnTheAddress();
    void secondLaunchShowsTheSavedAccount();
    void checkAgainReachesTheCheckWithoutTheBrowser();
    void checkAgainTwiceChecksTwice();
    void setUpAnotherGoesToABlankAddressPage();
    void forgetAsksThenRemovesSettingsAndKeychain();
    void keptSignInThatNoLongerWorksLeadsToTheSignIn();
    void launchWithAnAddressGoesStraightToIt();

private:
    // The first launch: sets up the personal account to the ready page and closes the wizard.
    void setUpOnce();
    // The second launch, checking against new servers (a scripted server follows its script once).
    SetupWizard *launchAgain();
    SavedAccountsPage *savedAccountsPage() const
    {
        return static_cast<SavedAccountsPage *>(m_h->wizard()->page(SetupWizard::SavedAccountsPageId));
    }
    QString identity() const;

    std::unique_ptr<WizardHarness> m_h;
    std::unique_ptr<ScriptedServer> m_imap;
    std::unique_ptr<ScriptedServer> m_smtp;
};

#define HARNESS_VERIFY(step) QVERIFY2(step, qPrintable(m_h->errorString()))

void tst_SavedAccounts::init()
{
    m_h = std::make_unique<WizardHarness>();
    HARNESS_VERIFY(m_h->start());
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(personalEmail));
}

void tst_SavedAccounts::cleanup()
{
    m_h.reset();
    m_imap.reset();
    m_smtp.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_SavedAccounts::setUpOnce()
{
    m_imap = std::make_unique<ScriptedServer>(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    m_smtp = std::make_unique<ScriptedServer>(smtpSendsMessage(personalEmail));
    QVERIFY(m_imap->start());
    QVERIFY(m_smtp->start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(*m_imap, *m_smtp)));
    HARNESS_VERIFY(m_h->reachReadyPage(personalEmail));
    QVERIFY(m_h->controller()->isSaved());
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::FinishButton), u"Finish"_s));
    QVERIFY(m_h->settings()->load(personalEmail));
}

SetupWizard *tst_SavedAccounts::launchAgain()
{
    m_imap = std::make_unique<ScriptedServer>(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    m_smtp = std::make_unique<ScriptedServer>(smtpSendsMessage(personalEmail));
    if (!m_imap->start() || !m_smtp->start())
        return nullptr;
    return m_h->createWizard(m_h->profileFor(*m_imap, *m_smtp));
}

QString tst_SavedAccounts::identity() const
{
    const auto account = m_h->settings()->load(personalEmail);
    return account ? account->identity : QString();
}

void tst_SavedAccounts::firstLaunchStartsOnTheAddress()
{
    SetupWizard *wizard = m_h->createWizard(std::nullopt);
    HARNESS_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
}

void tst_SavedAccounts::secondLaunchShowsTheSavedAccount()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    SetupWizard *wizard = launchAgain();
    HARNESS_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::SavedAccountsPageId));
    QCOMPARE(savedAccountsPage()->addresses(), QStringList{ personalEmail });
    QVERIFY(savedAccountsPage()->checkAgainButton(personalEmail)->isVisible());
    QVERIFY(savedAccountsPage()->forgetButton(personalEmail)->isVisible());
    QVERIFY(m_h->find<QPushButton>(u"setUpAnotherButton"_s)->isVisible());
    const QStringList shown = [this] {
        QStringList texts;
        for (const QLabel *label : m_h->currentPage()->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts << label->text();
        }
        return texts;
    }();
    QVERIFY2(shown.contains(u"Personal Microsoft account (Outlook.com)"_s), qPrintable(shown.join(u" | "_s)));
    // Nothing to do before a choice: Next waits for one.
    QVERIFY(!m_h->button(QWizard::NextButton)->isEnabled());
}

void tst_SavedAccounts::checkAgainReachesTheCheckWithoutTheBrowser()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    HARNESS_VERIFY(launchAgain());
    const int browserVisits = m_h->signInPageVisits();
    const qsizetype openedUrls = m_h->openedUrls().size();
    m_h->resetActions();
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->checkAgainButton(personalEmail), u"Check again"_s));
    HARNESS_VERIFY(m_h->waitFor([this] { return m_h->wizard()->currentId() == SetupWizard::CheckPageId; },
                                u"the check page"_s));
    QCOMPARE(m_h->controller()->address(), personalEmail);
    QCOMPARE(m_h->controller()->accountKind(), AccountKind::Personal);
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::ReadyPageId));
    // One press, no browser, no sign-in page, no IMAP page.
    QCOMPARE(m_h->actions(), 1);
    QCOMPARE(m_h->signInPageVisits(), browserVisits);
    QCOMPARE(m_h->openedUrls().size(), openedUrls);
    QVERIFY(!m_h->wizard()->visitedIds().contains(SetupWizard::SignInPageId));
    QVERIFY(!m_h->wizard()->visitedIds().contains(SetupWizard::ImapSwitchPageId));
    QTRY_VERIFY(m_h->controller()->isSaved());
    QVERIFY(m_imap->mismatches().isEmpty());
    QVERIFY(m_smtp->mismatches().isEmpty());
}

void tst_SavedAccounts::checkAgainTwiceChecksTwice()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    HARNESS_VERIFY(launchAgain());
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->checkAgainButton(personalEmail), u"Check again"_s));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::ReadyPageId));
    // Back to the saved accounts, and "Check again" once more: a new check, not the last one's result.
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::SavedAccountsPageId));
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(personalEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    m_h->controller()->setProviderOverride(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->checkAgainButton(personalEmail), u"Check again"_s));
    HARNESS_VERIFY(m_h->waitFor([this] { return m_h->wizard()->currentId() == SetupWizard::CheckPageId; },
                                u"the check page"_s));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
    QVERIFY(imap.clientConnected());
    QVERIFY(smtp.clientConnected());
    QVERIFY(imap.mismatches().isEmpty());
}

void tst_SavedAccounts::setUpAnotherGoesToABlankAddressPage()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    HARNESS_VERIFY(launchAgain());
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"setUpAnotherButton"_s), u"Set up another account"_s));
    HARNESS_VERIFY(m_h->waitFor([this] { return m_h->wizard()->currentId() == SetupWizard::AddressPageId; },
                                u"the address page"_s));
    QCOMPARE(m_h->find<QLineEdit>(u"emailEdit"_s)->text(), QString());
    QVERIFY(!m_h->button(QWizard::NextButton)->isEnabled());
    // Back leads to the saved accounts again, still there.
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::SavedAccountsPageId));
    QCOMPARE(savedAccountsPage()->addresses(), QStringList{ personalEmail });
}

void tst_SavedAccounts::forgetAsksThenRemovesSettingsAndKeychain()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    const QString id = identity();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_h->keychain()->contains(SecretKeys::refreshToken(id)));
    HARNESS_VERIFY(launchAgain());

    // Asked first; "Keep it" keeps it.
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->forgetButton(personalEmail), u"Forget"_s));
    QPushButton *confirm = savedAccountsPage()->confirmForgetButton(personalEmail);
    QTRY_VERIFY(confirm->isVisible());
    auto *question = m_h->find<QLabel>(u"forgetQuestion"_s);
    QVERIFY(question && question->isVisible());
    QVERIFY(question->text().contains(personalEmail));
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"keepAccountButton"_s), u"Keep it"_s));
    QVERIFY(!confirm->isVisible());
    QVERIFY(m_h->settings()->load(personalEmail));
    QVERIFY(m_h->keychain()->contains(SecretKeys::refreshToken(id)));

    // Asked again and confirmed: gone from the settings and from the keychain.
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->forgetButton(personalEmail), u"Forget"_s));
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->confirmForgetButton(personalEmail), u"Yes, forget it"_s));
    HARNESS_VERIFY(m_h->waitFor([this] { return savedAccountsPage()->addresses().isEmpty(); }, u"the account to go"_s));
    QVERIFY(!m_h->settings()->load(personalEmail));
    QVERIFY(m_h->settings()->accounts().isEmpty());
    QVERIFY(!m_h->keychain()->contains(SecretKeys::refreshToken(id)));
    QVERIFY(!m_h->keychain()->contains(SecretKeys::accessToken(id)));
    QVERIFY(m_h->find<QLabel>(u"savedAccountsStatus"_s)->text().contains(personalEmail));
    QVERIFY(m_h->find<QPushButton>(u"setUpAnotherButton"_s)->isVisible());

    // The launch after that starts on the address page.
    HARNESS_VERIFY(m_h->createWizard(std::nullopt));
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::AddressPageId));
}

void tst_SavedAccounts::keptSignInThatNoLongerWorksLeadsToTheSignIn()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    // Signed out elsewhere: the keychain has nothing for the account any more.
    m_h->keychain()->clear();
    HARNESS_VERIFY(launchAgain());
    HARNESS_VERIFY(m_h->click(savedAccountsPage()->checkAgainButton(personalEmail), u"Check again"_s));
    auto *signInAgain = m_h->find<QPushButton>(u"signInAgainButton"_s);
    HARNESS_VERIFY(m_h->waitFor([signInAgain] { return signInAgain->isVisible(); }, u"Sign in again"_s));
    QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::SavedAccountsPageId));
    QVERIFY(m_h->find<QLabel>(u"savedAccountsStatus"_s)->text().contains(personalEmail));
    HARNESS_VERIFY(m_h->click(signInAgain, u"Sign in again"_s));
    HARNESS_VERIFY(m_h->waitFor([this] { return m_h->wizard()->currentId() == SetupWizard::SignInPageId; },
                                u"the sign-in page"_s));
    QCOMPARE(m_h->controller()->address(), personalEmail);
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::NotStarted);
    // Signed in again, the wizard goes on to the check: the IMAP switch page is not shown again for an account that
    // was set up here before.
    HARNESS_VERIFY(m_h->signIn());
    HARNESS_VERIFY(m_h->waitFor([this] { return m_h->wizard()->currentId() == SetupWizard::CheckPageId; },
                                u"the check page"_s));
    QVERIFY(!m_h->wizard()->visitedIds().contains(SetupWizard::ImapSwitchPageId));
}

void tst_SavedAccounts::launchWithAnAddressGoesStraightToIt()
{
    setUpOnce();
    if (QTest::currentTestFailed())
        return;
    SetupWizard *wizard = launchAgain();
    HARNESS_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::SavedAccountsPageId));
    // As `mailsetup --email ADDRESS` does.
    wizard->setAddress(u"sam@outlook.com"_s);
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
    QCOMPARE(m_h->find<QLineEdit>(u"emailEdit"_s)->text(), u"sam@outlook.com"_s);
    QVERIFY(!wizard->visitedIds().contains(SetupWizard::SavedAccountsPageId));
    // And with a preset alone (an installer setting up a new account).
    wizard = launchAgain();
    HARNESS_VERIFY(wizard);
    wizard->startWithNewAccount();
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
    QCOMPARE(m_h->find<QLineEdit>(u"emailEdit"_s)->text(), QString());
}

QTEST_MAIN(tst_SavedAccounts)
#include "tst_savedaccounts.moc"
