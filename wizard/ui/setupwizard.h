// The Mail Setup wizard: the accounts saved before (a later launch opens on them), the address, switching on IMAP (personal accounts), the sign-in, the check
// and the settings of the proven account. It owns nothing but its pages: the SetupController does
// every network and keychain step, and the pages show its states and call its slots. The pages do not
// know the wizard: they name each other by id (pageid.h), reach the desktop through DesktopHooks and ask
// for a move (go on, back to the IMAP help, sign in again) with signals.
#pragma once

#include "wizard/ui/desktophooks.h"
#include "wizard/ui/pageid.h"

#include <QPointer>
#include <QWizard>

class AccountKindDetector;
class SetupController;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    using PageId = WizardPage::Id;
    static constexpr PageId AddressPageId = WizardPage::AddressPageId;
    static constexpr PageId ImapSwitchPageId = WizardPage::ImapSwitchPageId;
    static constexpr PageId SignInPageId = WizardPage::SignInPageId;
    static constexpr PageId CheckPageId = WizardPage::CheckPageId;
    static constexpr PageId ReadyPageId = WizardPage::ReadyPageId;
    static constexpr PageId SavedAccountsPageId = WizardPage::SavedAccountsPageId;

    using UrlOpener = DesktopHooks::UrlOpener;
    using ReportFileChooser = DesktopHooks::ReportFileChooser;

    explicit SetupWizard(SetupController *controller, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupController *controller() const { return m_controller; }
    // Fills in the address (--email); the kind of account is looked up as if it had been typed. The wizard then
    // starts on the address page, also when accounts are saved.
    void setAddress(const QString &email);
    // Starts on the address page even when accounts are saved (--preset: an installer sets up a new account).
    void startWithNewAccount();
    // The detector the address page asks; tests point it at fake DNS and discovery servers.
    AccountKindDetector *accountKindDetector() const;

    // --- hooks for tests ---
    DesktopHooks *desktop() const { return m_desktop; }
    // Replaces QDesktopServices::openUrl for every browser opening (sign-in, Outlook.com settings).
    void setUrlOpener(UrlOpener opener) { m_desktop->setUrlOpener(std::move(opener)); }
    // Replaces the file dialog of "Save a report".
    void setReportFileChooser(ReportFileChooser chooser) { m_desktop->setReportFileChooser(std::move(chooser)); }

public Q_SLOTS:
    // From the check: goes back to the page that shows how to switch on IMAP (even when it was skipped).
    void showImapHelp();
    // From the check: goes back to the sign-in page and starts a new sign-in.
    void signInAgain();
    // A page finished by itself (signed in, checked): on to the next page, as if Next had been chosen.
    void goOnFrom(QWizardPage *page);
    void done(int result) override;

Q_SIGNALS:
    // A page was entered and announced to screen readers (its title as an alert): tests listen.
    void pageAnnounced(int id, const QString &title);

protected:
    void initializePage(int id) override;

private:
    void goBackTo(int id);
    void announceCurrentPage();

    SetupController *m_controller;
    DesktopHooks *m_desktop;
    QPointer<QWidget> m_initialFocus;  // the control the page being entered gave the focus to
};
