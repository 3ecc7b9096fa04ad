// Runs a mailbox setup from the address to a proven account, for the wizard: the account kind, the
// sign-in (Enrolment, the flow `mailsetup signin` shares), the checks and what is kept afterwards. It owns
// all network and keychain work; the pages only show its states and call its slots. Nothing is saved
// until the account has been proven: tokens wait in memory until then, so closing half-way leaves
// nothing half-saved.
#pragma once

#include "wizard/core/account/accountsettings.h"
#include "wizard/core/account/enrolment.h"
#include "wizard/core/report/helpdeskreport.h"
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/deployment/preset.h"
#include "wizard/core/provider/accountkinddetector.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/secrets/secretstore.h"
#include "wizard/core/signin/microsoftsignin.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

class SetupController : public QObject
{
    Q_OBJECT
public:
    enum class SignInState { NotStarted, CheckingKeychain, WaitingForBrowser, ExchangingCode, ConfirmingAddress, SignedIn, Failed };
    Q_ENUM(SignInState)
    enum class CheckState { NotStarted, Running, Passed, Failed };
    Q_ENUM(CheckState)

    // `keychain` keeps the tokens once the account is proven; `settings` its non-secret data.
    SetupController(SecretStore *keychain, AccountSettings *settings, QObject *parent = nullptr);
    ~SetupController() override;

    // --- configuration (before the wizard starts) ---
    // A provider file (--provider-file) replaces the built-in profiles for everything.
    void setProviderOverride(const std::optional<ProviderProfile> &profile);
    // The application (client) ID from --client-id or the build; the profile's wins if this is empty.
    void setClientId(const QString &clientId);
    // What the command line and the preset decided, already resolved (SetupOptions::resolved): the client ID, the
    // tenant, the kind of account, the allowed domains, the test message's default and the pages to skip. The
    // provider profile is set with setProviderOverride().
    void setOptions(const SetupOptions &options);
    const SetupOptions &options() const { return m_options; }
    // One sentence refusing an address outside the allowed domains; empty when it may be set up.
    QString addressRefusal(const QString &email) const { return m_options.refusal(email); }
    // True when the preset skips this page (Preset::pageKeys()).
    bool skipsPage(const QString &pageKey) const { return m_options.skips(pageKey); }
    // Whether the check sends a test message unless the user says otherwise.
    bool sendsTestMessageByDefault() const { return m_options.sendTestMessage.value_or(true); }
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setProbeLimits(const ProbeLimits &limits);
    void setBrowserTimeoutMs(int ms);

    // --- the address and the account kind ---
    // Tells the kind of the address being typed before sign-in (personal domains, MX, discovery; the provider
    // profile's discovery document when it names one). The controller owns it; the address page shows its
    // results (AccountKindDetector::finished) and asks for a detection through it.
    AccountKindDetector *kindDetector() const { return m_kindDetector; }
    void setAddress(const QString &email);
    QString address() const { return m_address; }
    // What is known of the account kind: a hint before sign-in, the tenant's word after it.
    void setAccountKind(AccountKind kind);
    AccountKind accountKind() const;
    // The profile that applies now (override, or built-in by account kind).
    ProviderProfile profile() const;
    // True when no client ID is known: sign-in cannot start (see docs/app-registration.md).
    bool needsClientId() const;

    // --- sign-in ---
    SignInState signInState() const { return m_signInState; }
    QUrl signInUrl() const;
    int browserTimeoutMs() const { return m_browserTimeoutMs; }
    std::optional<Diagnosis> signInDiagnosis() const;
    // Who signed in (the name Microsoft knows the account by); empty unless signed in.
    QString signedInAs() const;
    // Signed in, but the id_token vouches for none of the address's names: an alias, or a sign-in name that is not
    // the mail address. The check then decides: the mailbox accepts the address, or it was another account.
    bool signedInAsAnotherName() const;

    // --- accounts saved by an earlier run ---
    // The accounts set up on this computer before (those the preset allows), ordered by address: a later launch
    // opens on them.
    QList<SavedAccount> savedAccounts() const;
    // Whether the address being set up was set up on this computer before (its settings are saved): then its
    // mailbox already let Mail Setup in, and Outlook.com's IMAP switch need not be shown again.
    bool wasSetUpBefore() const;
    // "Check again": takes up the sign-in kept for this saved account (its address, kind and profile) without the
    // browser. signedIn() follows when the keychain gave an access token, refreshed when needed; otherwise
    // savedSignInFailed() says why, and a new sign-in (startSignIn()) is the way on.
    void checkSavedAccount(const QString &email);
    // "Forget": removes the account's sign-in from the keychain and its settings, as `mailsetup forget` does;
    // savedAccountForgotten() follows.
    void forgetSavedAccount(const QString &email);

    // --- checks ---
    CheckState checkState() const { return m_checkState; }
    // Whether the check sends a test message to the address and looks for it (default: yes).
    void setSendTestMessage(bool send) { m_sendTestMessage = send; }
    bool sendTestMessage() const { return m_sendTestMessage; }
    // The steps the check of `protocol` will go through with the profile that applies now.
    QList<ProbeStep> plannedSteps(MailboxCheck::Protocol protocol) const;
    MailboxCheckReport report() const { return m_report; }

    // Receiving works but sending was refused (SMTP AUTH off in the organisation, sending not yet switched on for
    // the mailbox): the user may keep what works, saved, and check again once it is fixed.
    bool canKeepWhatWorks() const;
    // Kept after such a check: the account is saved although sending does not work yet.
    bool keptWhatWorks() const { return m_keptWhatWorks; }

    // --- afterwards ---
    // Where the tokens are kept, in words ("the Secret Service keyring", or memory only).
    QString tokenStorage() const;
    bool isSaved() const { return m_saved; }
    // For the device setup (relay/devicesetup.h): where the device passwords go, and the account as the checks sign
    // in to it (the address, the current access token, the kind).
    SecretStore *keychain() const { return m_keychain; }
    MailAccount mailAccount() const { return MailAccount{ m_address, m_tokens.accessToken, accountKind() }; }
    // Everything a helpdesk needs, as text, with secrets removed: steps, diagnoses, server replies, AADSTS ids.
    QString helpdeskReport() const;
    // The same for the HTML and JSON report (HelpdeskReport::write), with this run's tokens to remove.
    HelpdeskReportData helpdeskReportData() const;
    // A message the user can send to their IT administrator asking for the exact change that fixes `diagnosis`.
    QString administratorMessage(const Diagnosis &diagnosis) const;
    // What the words of a diagnosis depend on here: the account kind, the address, the tenant and the client id.
    DiagnosisContext diagnosisContext() const;
    // The finished check's diagnoses, once per class, in the words for this account.
    QList<Diagnosis> checkDiagnoses() const;

public Q_SLOTS:
    void startSignIn();
    void cancelSignIn();
    // After keychainUnavailable(): go on with the tokens in memory until Mail Setup closes.
    void continueWithoutKeychain();
    void startCheck(bool sendTestMessage);
    // Reruns only what failed in the last check.
    void retryCheck();
    // After a check where only sending failed (canKeepWhatWorks()): saves the account as it is; saved() follows.
    void keepWhatWorks();
    void cancelCheck();
    // Stops everything at once (the window closes); nothing is saved that was not saved yet.
    void cancelAll();

Q_SIGNALS:
    void signInStateChanged(SetupController::SignInState state);
    void browserNeeded(const QUrl &url);
    void keychainUnavailable(SecretStatus status, const QString &detail);
    void signedIn(const QString &signedInAs, AccountKind kind);
    // The sign-in failed; `diagnosis` says why. For a different account than the address, signedInAs is set.
    void signInFailed(const Diagnosis &diagnosis, const QString &signedInAs);

    void checkStepStarted(MailboxCheck::Protocol protocol, ProbeStep step);
    void checkStepFinished(MailboxCheck::Protocol protocol, const StepResult &result);
    void checkFinished(const MailboxCheckReport &report);
    // checkSavedAccount() could not use the kept sign-in (signed out, expired, the keychain locked): one sentence why.
    void savedSignInFailed(const QString &problem);
    // forgetSavedAccount() ended: `ok`, or `problem` says in one or two sentences what is left and why.
    void savedAccountForgotten(const QString &email, bool ok, const QString &problem);
    // The proven account was saved (tokens in the keychain, settings on disk), or could not be.
    void saved(bool ok, const QString &problem);

private:
    void setSignInState(SignInState state);
    void onEnrolmentState(Enrolment::State state);
    void scheduleRefresh();
    void refreshAccessToken();
    void runCheck(bool retry);
    Diagnosis worded(const Diagnosis &diagnosis) const;

    SecretStore *m_keychain;
    AccountSettings *m_settings;
    Enrolment *m_enrolment;
    QPointer<QNetworkAccessManager> m_manager;
    ProbeLimits m_limits;
    int m_browserTimeoutMs = 5 * 60 * 1000;

    SetupOptions m_options;
    QString m_address;
    SignInState m_signInState = SignInState::NotStarted;
    QUrl m_signInUrl;
    SignInTokens m_tokens;
    QTimer m_refreshTimer;

    CheckState m_checkState = CheckState::NotStarted;
    QPointer<MailboxCheck> m_check;
    bool m_sendTestMessage = true;
    MailboxCheckReport m_report;
    bool m_saved = false;
    bool m_keptWhatWorks = false;
    AccountKindDetector *m_kindDetector = nullptr;
};
