// Drives the Mail Setup wizard offscreen the way a person would, against the doubles of tests/support: the fake
// Microsoft identity provider (which the harness's own "browser" visits whenever the wizard opens the sign-in
// page), scripted IMAP and SMTP servers, a fake DNS server for page 1's lookups, the keychain in memory and the
// settings in a temporary file. The wizard, its controller and all of these live as long as the harness.
//
// Every step waits for what the wizard shows, never for a fixed time, and returns false with errorString()
// saying where it got stuck, so that a test can write QVERIFY2(harness.signIn(), qPrintable(harness.errorString())).
// Tests and tools that need the wizard in a given state (a failure page, the ready page) share it.
#pragma once

#include "tests/support/fakednsserver.h"
#include "tests/support/fakeidentityprovider.h"

#include "wizard/core/account/accountsettings.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/ui/setupwizard.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <optional>
#include <memory>

class MemorySecretStore;
class QAbstractButton;
class QWidget;
class ScriptedServer;
class SetupController;

class WizardHarness : public QObject
{
    Q_OBJECT
public:
    // The domain that looks like a Microsoft 365 organisation to page 1 (its MX records and the identity
    // provider's discovery document say so) and whose tenant the fake identity provider signs in to.
    static inline const QString workDomain = QStringLiteral("sandbox.test");

    explicit WizardHarness(QObject *parent = nullptr);
    ~WizardHarness() override;

    // Starts the identity provider and, where this process may bind port 53, the DNS server.
    bool start();
    QString errorString() const { return m_error; }

    // A person with a personal Microsoft account (the consumers tenant), or with a work account of workDomain.
    static FakeIdentityProvider::Account personalAccount(const QString &email);
    static FakeIdentityProvider::Account workAccount(const QString &email);

    // A profile whose IMAP and SMTP are these ports on 127.0.0.1 (IMAP with TLS, SMTP with STARTTLS, the test CA
    // trusted), with the fake identity provider for sign-in and account kind discovery.
    ProviderProfile profileFor(quint16 imapPort, quint16 smtpPort) const;
    ProviderProfile profileFor(const ScriptedServer &imap, const ScriptedServer &smtp) const;

    // A new controller and wizard (replacing earlier ones) checking with this profile (none: the built-in
    // Outlook.com and Microsoft 365 profiles, which cannot sign in here), under short time limits, with the test
    // hooks in place: the url opener plays the browser, "Save a report" writes to reportPath(). The wizard is
    // shown (offscreen) and active; null (see errorString()) when its window could not be activated.
    SetupWizard *createWizard(const std::optional<ProviderProfile> &profile);

    SetupWizard *wizard() const { return m_wizard.get(); }
    SetupController *controller() const { return m_controller.get(); }
    FakeIdentityProvider *identityProvider() const { return m_idp.get(); }
    MemorySecretStore *keychain() const { return m_keychain.get(); }
    AccountSettings *settings() const { return m_settings.get(); }
    bool hasFakeDns() const { return m_dns.isListening(); }

    // Every address the wizard asked to open in a browser, in order.
    QList<QUrl> openedUrls() const { return m_openedUrls; }
    // What the url opener answers: whether a browser could be started (default true).
    void setBrowserAvailable(bool available) { m_browserAvailable = available; }
    // How many times the browser visited the sign-in page.
    int signInPageVisits() const { return m_signInPageVisits; }
    // Where "Save a report" writes (in the temporary folder); how many times the file was asked for.
    QString reportPath() const;
    int reportRequests() const { return m_reportRequests; }

    // A widget of the wizard by object name, looked for under `within` (default: the current page).
    template<typename T = QWidget>
    T *find(const QString &objectName, const QWidget *within = nullptr) const
    {
        const QWidget *root = within ? within : currentPage();
        return root ? root->findChild<T *>(objectName) : nullptr;
    }
    QWidget *currentPage() const;
    QAbstractButton *button(int which) const;  // a QWizard::WizardButton

    // --- steps ------------------------------------------------------------------------------------------------
    bool waitFor(const std::function<bool()> &condition, const QString &what, int timeoutMs = 10'000);
    // Clicks a button with the mouse; false when it is missing, hidden or disabled.
    bool click(QAbstractButton *button, const QString &what);
    // Page 1: fills in the address (as --email does) and waits until the kind is known and Next can be chosen.
    bool enterAddress(const QString &email);
    // Clicks Next (it must be enabled) and waits for page `expected` (a SetupWizard::PageId).
    bool next(int expected);
    // Page 2: chooses "I've switched it on" (the Next button of that page) and waits for the sign-in page.
    bool confirmImapSwitchedOn();
    // Page 3: clicks "Sign in with Microsoft" and waits until the sign-in has ended, either way.
    bool signIn();
    // Page 4: waits until the check (which starts by itself) has ended; a check that passed has then shown the
    // ready page by itself.
    bool waitForCheck();
    // Page 4, after a check: clicks "Try again" or "Check again" and waits until that check has ended.
    bool checkAgain();
    // From page 1 to the sign-in page with this address (page 2 confirmed on the way for a personal one).
    bool reachSignInPage(const QString &email);
    // ... signed in, on the check page (which has started its check, with or without a test message).
    bool reachCheckPage(const QString &email, bool sendTestMessage = true);
    // ... with a check that passed, on the ready page, the account saved.
    bool reachReadyPage(const QString &email, bool sendTestMessage = true);

    // What a person did so far, counted as a screen reader's user acts: typing the address, each press of a
    // button or box, and the consent in the browser. resetActions() starts the count again.
    int actions() const { return m_actions; }
    void resetActions() { m_actions = 0; }

private:
    bool openUrl(const QUrl &url);
    bool fail(const QString &why);
    QString where() const;

    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeIdentityProvider> m_idp;
    FakeDnsServer m_dns;
    QNetworkAccessManager m_network;  // the wizard's
    QNetworkAccessManager m_browser;  // the "browser"'s
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<SetupWizard> m_wizard;
    QList<QUrl> m_openedUrls;
    bool m_browserAvailable = true;
    int m_signInPageVisits = 0;
    int m_reportRequests = 0;
    int m_actions = 0;
};
