// Signs an address in with Microsoft and keeps what the sign-in gave: the one sign-in-and-save flow of the wizard
// (through SetupController) and of `mailsetup signin`. In order: the keychain is tried before the browser opens (a
// sign-in that cannot be kept would have to be repeated; memory only is the caller's choice); the browser signs in;
// the id_token says who signed in and which tenant, and the tenant decides the account kind and with it the provider
// profile (the outgoing server); when the id_token vouches for none of the address's names (an alias, a sign-in name
// that is not the mail address), the mailbox decides: a check signs in to IMAP and SMTP as the address, and only a
// refusal makes it another account; the tokens wait in memory until save(), which writes the tokens and the settings
// together or neither. Nothing here talks to the user: the states and diagnoses are for the caller to show.
#pragma once

#include "wizard/core/account/accountsettings.h"
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/diagnosis/diagnosis.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/secrets/secretstore.h"
#include "wizard/core/signin/microsoftsignin.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class MemorySecretStore;
class QNetworkAccessManager;
class TokenKeeper;
struct TokenOutcome;

class Enrolment : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotStarted,
        CheckingKeychain,
        KeychainUnavailable,  // keychainUnavailable() came: continueWithoutKeychain() or cancel()
        WaitingForBrowser,
        ExchangingCode,
        ConfirmingAddress,    // the id_token names another address: asking the mailbox whether it takes this one
        SignedIn,             // tokens held in memory; save() keeps them
        Saved,
        Failed,
    };
    Q_ENUM(State)
    // What a failed save() could not write.
    enum class SaveProblem { None, Keychain, Settings };

    // `keychain` keeps the tokens once saved; `settings` the account's non-secret data.
    Enrolment(SecretStore *keychain, AccountSettings *settings, QObject *parent = nullptr);
    ~Enrolment() override;

    // --- configuration, before start() ---
    // A provider file (--provider-file) is used for everything, whatever the tenant says.
    void setProviderOverride(const std::optional<ProviderProfile> &profile);
    // The application (client) ID from the command line; ClientIds::choose() applies it over the profile's.
    void setClientId(const QString &fromCommandLine)
    {
        m_clientId = fromCommandLine;
        if (m_beforeResume)
            m_beforeResume->clientId = fromCommandLine;
    }
    // A preset's tenant: the sign-in goes to that organisation's Microsoft addresses (OAuthSettings::restrictToTenant).
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setBrowserTimeoutMs(int ms) { m_browserTimeoutMs = ms; }
    // The limit of each whole request to the token endpoint (MicrosoftSignIn::setRequestDeadlineMs), refreshes too.
    void setRequestDeadlineMs(int ms);
    // The limits of the check that confirms an address the id_token does not name.
    void setProbeLimits(const ProbeLimits &limits) { m_limits = limits; }
    // When that check cannot reach the mailbox: true refuses the sign-in (`mailsetup signin`, which keeps what it
    // got at once); false goes on (the wizard, whose own check follows and tells what is wrong).
    void setConfirmationRequired(bool required) { m_confirmationRequired = required; }
    // What is known of the account kind before sign-in (the detector's hint); the tenant has the last word.
    void setAccountKind(AccountKind kind);

    // --- the flow ---
    // Starts over for `address`: the keychain, then the browser. A running sign-in is cancelled first.
    void start(const QString &address);
    // After keychainUnavailable(): sign in anyway, keeping the tokens in memory only (nothing reaches the disk).
    void continueWithoutKeychain();
    // A later run: takes up the sign-in kept for `account` (its tokens in the keychain, its settings saved) instead
    // of a new one. With an access token from the keychain (refreshed when it is about to expire) the enrolment is
    // Saved and signedIn() follows; otherwise resumeFailed() says why and the state is NotStarted, ready for a new
    // sign-in. The account's client ID and provider file apply from here on: its refresh token works only with them.
    void resume(const SavedAccount &account);
    // Stops a running sign-in; failed() follows with "user-cancelled". Held tokens are dropped.
    void cancel();
    // Keeps the signed-in account: tokens in the keychain, then the settings; saved() follows. If the settings
    // cannot be written the tokens are taken back out, so nothing is half-saved. Memory only: nothing is written.
    void save();
    // A new access token for the signed-in account (while the wizard waits, or before a check): refreshed with the
    // refresh token wherever it is now, the rotated refresh token stored at once. `done` gets the keeper's outcome.
    void refreshAccessToken(QObject *context, std::function<void(const TokenOutcome &)> done);

    // --- what is known ---
    State state() const { return m_state; }
    QString address() const { return m_address; }
    AccountKind accountKind() const { return m_kind; }
    QString tenantId() const { return m_tenantId; }
    QString identity() const { return m_identity; }
    // The name Microsoft knows the account by (the id_token's email or preferred_username).
    QString signedInAs() const { return m_signedInAs; }
    // False when no address the id_token vouches for is the one being set up: an alias of a personal account, or
    // a work account whose sign-in name differs from its mail address. Only the mailbox can then tell (a check
    // that signs in to IMAP and SMTP as the address).
    bool addressVouched() const { return m_addressVouched; }
    SignInTokens tokens() const { return m_tokens; }
    std::optional<Diagnosis> diagnosis() const { return m_diagnosis; }
    // The profile that applies: the override, else the built-in one for the account kind; with the client ID.
    ProviderProfile profile() const;
    bool needsClientId() const { return profile().oauth.clientId.isEmpty(); }
    bool keepsInMemoryOnly() const { return m_memoryOnly; }
    // Why the last save() failed, and the keychain's answer when it was the keychain (also after
    // keychainUnavailable()).
    SaveProblem saveProblem() const { return m_saveProblem; }
    SecretResult keychainAnswer() const { return m_keychainAnswer; }
    // Where the tokens are (or will be) kept, in words: the keychain's name, or memory only.
    QString tokenStorage() const;
    // The keeper of the tokens where they are now: memory until saved (and for memory only), the keychain after.
    TokenKeeper *tokenKeeper() const;
    // The account as it is saved.
    SavedAccount savedAccount() const;
    // What the words of a diagnosis depend on here (kind, address, tenant, client id).
    DiagnosisContext diagnosisContext() const;

Q_SIGNALS:
    void stateChanged(Enrolment::State state);
    void browserNeeded(const QUrl &url);
    void keychainUnavailable(SecretStatus status, const QString &detail);
    void signedIn();
    // The sign-in failed; diagnosis() says why. For another account than the address, signedInAs is set.
    void failed(const Diagnosis &diagnosis, const QString &signedInAs);
    void saved(bool ok, const QString &problem);
    // resume() could not use the kept sign-in: one sentence saying why (diagnosis() has more when Microsoft refused).
    void resumeFailed(const QString &problem);

private:
    void setState(State state);
    void fail(const Diagnosis &diagnosis, const QString &signedInAs = {});
    void beginSignIn();
    void onSignedIn(const SignInTokens &tokens);
    void confirmAddress();
    void stopSignIn();

    SecretStore *m_keychain;
    AccountSettings *m_settings;
    std::unique_ptr<MemorySecretStore> m_memory;  // the tokens until saved, and for memory only
    TokenKeeper *m_memoryKeeper;
    TokenKeeper *m_keychainKeeper;
    std::optional<ProviderProfile> m_override;
    QString m_clientId;
    QPointer<QNetworkAccessManager> m_manager;
    int m_browserTimeoutMs = 5 * 60 * 1000;
    int m_requestDeadlineMs = 0;  // 0: MicrosoftSignIn's default

    State m_state = State::NotStarted;
    bool m_memoryOnly = false;
    QString m_address;
    AccountKind m_kind = AccountKind::Unknown;
    QString m_tenantId;
    QString m_tenant;   // the tenant the sign-in is restricted to (a preset's); empty: as the profile says
    QString m_identity;
    QString m_signedInAs;
    bool m_addressVouched = false;
    SignInTokens m_tokens;
    std::optional<Diagnosis> m_diagnosis;
    QPointer<MicrosoftSignIn> m_signIn;
    QPointer<MailboxCheck> m_confirmation;
    ProbeLimits m_limits;
    bool m_confirmationRequired = false;
    SaveProblem m_saveProblem = SaveProblem::None;
    SecretResult m_keychainAnswer;
    quint64 m_run = 0;  // tells a stale keychain answer (of an earlier start) from the current one
    // What resume() replaced for the account it took up (its client ID, its provider file); start() puts it back,
    // so that another address is signed in as configured.
    struct BeforeResume {
        std::optional<ProviderProfile> override;
        QString clientId;
    };
    std::optional<BeforeResume> m_beforeResume;
};
