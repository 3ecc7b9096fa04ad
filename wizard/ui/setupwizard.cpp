#include "wizard/ui/setupwizard.h"

#include "wizard/ui/addresspage.h"
#include "wizard/ui/checkpage.h"
#include "wizard/ui/imapswitchpage.h"
#include "wizard/ui/readypage.h"
#include "wizard/ui/savedaccountspage.h"
#include "wizard/ui/signinpage.h"

#include "wizard/core/account/setupcontroller.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QIcon>
#include <QLayout>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

SetupWizard::SetupWizard(SetupController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_desktop(new DesktopHooks(controller, this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Mail Setup"));
    setWindowIcon(QIcon(u":/icons/mailsetup.svg"_s));
    setAccessibleName(tr("Mail Setup"));
    setAccessibleDescription(tr("Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works."));
    // The classic style everywhere: the same look and the same keyboard behaviour on every desktop.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);

    setPage(AddressPageId, new AddressPage(controller, this));
    auto *imapSwitchPage = new ImapSwitchPage(controller, m_desktop, this);
    setPage(ImapSwitchPageId, imapSwitchPage);
    auto *signInPage = new SignInPage(controller, m_desktop, this);
    setPage(SignInPageId, signInPage);
    auto *checkPage = new CheckPage(controller, m_desktop, this);
    setPage(CheckPageId, checkPage);
    auto *readyPage = new ReadyPage(controller, m_desktop, this);
    setPage(ReadyPageId, readyPage);
    connect(readyPage, &ReadyPage::saveSettingsRequested, this,
            [this, readyPage] { readyPage->showOutcome(m_desktop->saveServerSettings(readyPage)); });
    auto *savedAccountsPage = new SavedAccountsPage(controller, this);
    setPage(SavedAccountsPageId, savedAccountsPage);
    connect(savedAccountsPage, &SavedAccountsPage::finishedBySelf, this,
            [this, savedAccountsPage] { goOnFrom(savedAccountsPage); });
    // A later launch opens on the accounts set up before: their sign-in is kept, there is nothing to type.
    setStartId(controller->savedAccounts().isEmpty() ? AddressPageId : SavedAccountsPageId);

    connect(signInPage, &SignInPage::finishedBySelf, this, [this, signInPage] { goOnFrom(signInPage); });
    connect(checkPage, &CheckPage::finishedBySelf, this, [this, checkPage] { goOnFrom(checkPage); });
    connect(checkPage, &CheckPage::imapHelpWanted, this, &SetupWizard::showImapHelp);
    connect(checkPage, &CheckPage::signInAgainWanted, this, &SetupWizard::signInAgain);

    // QWizard keeps one subtitle label for all pages and does not measure its wrapped height again when the
    // text changes: do it, or a long subtitle runs off a narrow window.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (layout())
            layout()->invalidate();
        // QWizard gives the focus to the page's first control after initializePage(): the control the page
        // chose there (its main action, e.g. "Check my account") gets it back.
        if (m_initialFocus && m_initialFocus->isVisible() && currentPage() && currentPage()->isAncestorOf(m_initialFocus))
            m_initialFocus->setFocus(Qt::OtherFocusReason);
        m_initialFocus = nullptr;
        announceCurrentPage();
    });

    button(QWizard::NextButton)->setAccessibleDescription(tr("Goes on to the next step."));
    button(QWizard::BackButton)->setAccessibleDescription(tr("Goes back to the previous step."));
    button(QWizard::CancelButton)->setAccessibleDescription(tr("Stops the setup. Nothing that is not finished is saved."));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Closes Mail Setup."));

    // Roomy where the screen allows, never larger than the screen (200% scaling, small laptops).
    const int lineHeight = fontMetrics().lineSpacing();
    setMinimumSize(lineHeight * 18, lineHeight * 18);
    QSize size(lineHeight * 56, lineHeight * 42);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::initializePage(int id)
{
    QWidget *before = QApplication::focusWidget();
    QWizard::initializePage(id);
    QWidget *chosen = QApplication::focusWidget();
    m_initialFocus = chosen != before && page(id) && page(id)->isAncestorOf(chosen) ? chosen : nullptr;
}

void SetupWizard::startWithNewAccount()
{
    if (startId() == AddressPageId)
        return;
    setStartId(AddressPageId);
    if (currentId() != -1)
        restart();
}

void SetupWizard::setAddress(const QString &email)
{
    startWithNewAccount();
    static_cast<AddressPage *>(page(AddressPageId))->setAddress(email);
}

AccountKindDetector *SetupWizard::accountKindDetector() const
{
    return m_controller->kindDetector();
}

void SetupWizard::announceCurrentPage()
{
    // A page that comes by itself (after the sign-in, after the check) is news to someone who cannot see it: its
    // title is the page's name, and an alert says it.
    QWizardPage *page = currentPage();
    if (!page)
        return;
    page->setAccessibleName(page->title());
    QAccessibleEvent nameChanged(page, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(page, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT pageAnnounced(currentId(), page->title());
}

void SetupWizard::goOnFrom(QWizardPage *page)
{
    // After the event that finished the page has been handled everywhere; only if the page is still on show and
    // lets the user go on (the user may have gone back meanwhile).
    QTimer::singleShot(0, this, [this, page = QPointer<QWizardPage>(page)] {
        if (page && currentPage() == page && page->isComplete() && page->nextId() != -1)
            next();
    });
}

void SetupWizard::goBackTo(int id)
{
    while (currentId() != id && visitedIds().contains(id) && currentId() != startId())
        back();
}

void SetupWizard::showImapHelp()
{
    if (visitedIds().contains(ImapSwitchPageId)) {
        goBackTo(ImapSwitchPageId);
        return;
    }
    // The page was skipped (the address looked like a work account, the sign-in said otherwise): the sign-in
    // page leads to it now, as the account kind is personal.
    goBackTo(SignInPageId);
    if (currentId() == SignInPageId && currentPage()->nextId() == ImapSwitchPageId)
        next();
}

void SetupWizard::signInAgain()
{
    // Not signed in any more from here on, so every page leads to the sign-in page again.
    m_controller->startSignIn();
    if (visitedIds().contains(SignInPageId)) {
        goBackTo(SignInPageId);
        return;
    }
    if (visitedIds().contains(ImapSwitchPageId)) {
        // The check was reached from the IMAP page after a sign-in (back there to switch IMAP on): through it.
        goBackTo(ImapSwitchPageId);
        if (currentId() == ImapSwitchPageId && currentPage()->nextId() == SignInPageId)
            next();
        return;
    }
    // The check was reached with a sign-in kept from an earlier run: the saved accounts page leads to the sign-in.
    goBackTo(SavedAccountsPageId);
    if (currentId() == SavedAccountsPageId)
        static_cast<SavedAccountsPage *>(currentPage())->chooseSignIn();
}

void SetupWizard::done(int result)
{
    // Closed, cancelled or finished: nothing may go on in the background, and nothing half-done is saved.
    m_controller->cancelAll();
    QWizard::done(result);
}
