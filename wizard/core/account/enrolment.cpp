#include "wizard/core/account/enrolment.h"

#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/core/secrets/secretkeys.h"
#include "wizard/core/signin/clientid.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

Enrolment::Enrolment(SecretStore *keychain, AccountSettings *settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(settings)
    , m_memory(std::make_unique<MemorySecretStore>())
    , m_memoryKeeper(new TokenKeeper(m_memory.get(), this))
    , m_keychainKeeper(new TokenKeeper(keychain, this))
{
}

Enrolment::~Enrolment()
{
    stopSignIn();
}

void Enrolment::setProviderOverride(const std::optional<ProviderProfile> &profile)
{
    m_override = profile;
    if (m_beforeResume)
        m_beforeResume->override = profile;
}

void Enrolment::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
    m_memoryKeeper->setNetworkAccessManager(manager);
    m_keychainKeeper->setNetworkAccessManager(manager);
}

void Enrolment::setRequestDeadlineMs(int ms)
{
    m_requestDeadlineMs = ms;
    m_memoryKeeper->setRequestDeadlineMs(ms);
    m_keychainKeeper->setRequestDeadlineMs(ms);
}

void Enrolment::setAccountKind(AccountKind kind)
{
    m_kind = kind;
}

ProviderProfile Enrolment::profile() const
{
    ProviderProfile profile;
    if (m_override)
        profile = *m_override;
    else
        profile = ProviderProfileLoader::builtIn(m_kind == AccountKind::Work ? u"microsoft365"_s : u"outlook"_s)
                      .value_or(ProviderProfile{});
    profile.oauth.clientId = ClientIds::choose(m_clientId, profile);
    profile.oauth.restrictToTenant(m_tenant);
    return profile;
}

DiagnosisContext Enrolment::diagnosisContext() const
{
    return DiagnosisContext{ .kind = m_kind, .address = m_address, .tenantId = m_tenantId,
                             .clientId = profile().oauth.clientId };
}

QString Enrolment::tokenStorage() const
{
    return m_memoryOnly ? m_memory->backendName() : m_keychain->backendName();
}

TokenKeeper *Enrolment::tokenKeeper() const
{
    return m_state == State::Saved && !m_memoryOnly ? m_keychainKeeper : m_memoryKeeper;
}

void Enrolment::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Enrolment::fail(const Diagnosis &diagnosis, const QString &signedInAs)
{
    m_diagnosis = diagnosis;
    setState(State::Failed);
    Q_EMIT failed(diagnosis, signedInAs);
}

void Enrolment::stopSignIn()
{
    if (m_confirmation) {
        m_confirmation->disconnect(this);
        m_confirmation->cancel();
        m_confirmation->deleteLater();
        m_confirmation = nullptr;
    }
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
}

void Enrolment::start(const QString &address)
{
    stopSignIn();
    if (m_beforeResume) {
        m_override = m_beforeResume->override;
        m_clientId = m_beforeResume->clientId;
        m_beforeResume.reset();
    }
    ++m_run;
    m_address = address.trimmed();
    m_diagnosis.reset();
    m_tenantId.clear();
    m_identity.clear();
    m_signedInAs.clear();
    m_addressVouched = false;
    m_tokens = {};
    m_memory->clear();
    m_state = State::NotStarted;
    if (needsClientId()) {
        fail(DiagnosisCatalogue::diagnosis(DiagnosisId::AppRegistration,
                                           u"no application (client) ID is set; see docs/app-registration.md"_s,
                                           diagnosisContext()));
        return;
    }
    if (m_memoryOnly) {
        beginSignIn();
        return;
    }
    // A throwaway entry, written and removed, is the only way to tell a locked keyring from an empty one before
    // the user spends a sign-in on it.
    setState(State::CheckingKeychain);
    const QString key = SecretKeys::keychainProbe();
    const quint64 run = m_run;
    m_keychain->write(key, "probe", this, [this, key, run](const SecretResult &written) {
        if (run != m_run || m_state != State::CheckingKeychain)
            return;
        if (!written.ok()) {
            m_keychainAnswer = written;
            setState(State::KeychainUnavailable);
            Q_EMIT keychainUnavailable(written.status, written.detail);
            return;
        }
        m_keychain->remove(key, this, [](const SecretResult &) { });
        beginSignIn();
    });
}

void Enrolment::continueWithoutKeychain()
{
    m_memoryOnly = true;
    if (m_state == State::KeychainUnavailable || m_state == State::CheckingKeychain || m_state == State::NotStarted)
        beginSignIn();
}

void Enrolment::beginSignIn()
{
    ++m_run;
    m_signIn = new MicrosoftSignIn(profile().oauth, this);
    if (m_manager)
        m_signIn->setNetworkAccessManager(m_manager);
    m_signIn->setBrowserTimeoutMs(m_browserTimeoutMs);
    if (m_requestDeadlineMs > 0)
        m_signIn->setRequestDeadlineMs(m_requestDeadlineMs);
    connect(m_signIn, &MicrosoftSignIn::browserNeeded, this, [this](const QUrl &url) {
        setState(State::WaitingForBrowser);
        Q_EMIT browserNeeded(url);
    });
    connect(m_signIn, &MicrosoftSignIn::exchangingCode, this, [this] { setState(State::ExchangingCode); });
    connect(m_signIn, &MicrosoftSignIn::signedIn, this, &Enrolment::onSignedIn);
    connect(m_signIn, &MicrosoftSignIn::failed, this, [this](const SignInFailure &failure) {
        m_signIn->deleteLater();
        m_signIn = nullptr;
        fail(failure.diagnosis(diagnosisContext()));
    });
    m_signIn->signIn(m_address);
}

void Enrolment::resume(const SavedAccount &account)
{
    stopSignIn();
    ++m_run;
    m_address = account.email.trimmed();
    m_diagnosis.reset();
    m_memory->clear();
    m_memoryOnly = false;
    m_kind = account.kind;
    m_tenantId = account.tenantId;
    m_identity = account.identity;
    m_signedInAs = account.username;
    m_addressVouched = true;  // the check that saved it proved the mailbox takes the address
    m_tokens = {};
    if (!m_beforeResume)
        m_beforeResume = BeforeResume{ m_override, m_clientId };
    m_override = m_beforeResume->override;
    m_clientId = m_beforeResume->clientId;
    if (!account.clientId.isEmpty())
        m_clientId = account.clientId;
    if (!m_override && !account.providerFile.isEmpty()) {
        // A provider file that is gone or broken now: the built-in profile, and the check says what fails.
        ProfileError error;
        m_override = ProviderProfileLoader::fromFile(account.providerFile, &error);
    }
    m_state = State::NotStarted;
    if (m_identity.isEmpty()) {
        Q_EMIT resumeFailed(tr("No sign-in is kept for %1 on this computer.").arg(m_address));
        return;
    }
    setState(State::CheckingKeychain);
    const quint64 run = m_run;
    m_keychainKeeper->freshAccessToken(m_identity, profile().oauth, false, this, [this, run](const TokenOutcome &outcome) {
        if (run != m_run || m_state != State::CheckingKeychain)
            return;
        if (!outcome.ok()) {
            QString problem;
            if (outcome.failure) {
                m_diagnosis = outcome.failure->diagnosis(diagnosisContext());
                problem = m_diagnosis->title;
            } else {
                m_keychainAnswer = outcome.secretResult();
                problem = SecretStore::problemSentence(m_keychainAnswer);
            }
            m_identity.clear();
            m_signedInAs.clear();
            setState(State::NotStarted);
            Q_EMIT resumeFailed(problem);
            return;
        }
        m_tokens.accessToken = outcome.accessToken;
        m_tokens.expiresAt = outcome.expiresAt;
        setState(State::Saved);
        Q_EMIT signedIn();
    });
}

void Enrolment::cancel()
{
    const bool running = m_state == State::CheckingKeychain || m_state == State::KeychainUnavailable
        || m_state == State::WaitingForBrowser || m_state == State::ExchangingCode
        || m_state == State::ConfirmingAddress;
    stopSignIn();
    ++m_run;
    if (m_state != State::Saved) {
        m_tokens = {};
        m_memory->clear();
    }
    if (running)
        fail(DiagnosisCatalogue::diagnosis(DiagnosisId::UserCancelled, {}, diagnosisContext()));
}

void Enrolment::onSignedIn(const SignInTokens &tokens)
{
    m_signIn->deleteLater();
    m_signIn = nullptr;
    if (!tokens.claims || tokens.claims->accountIdentity().isEmpty()) {
        fail(DiagnosisCatalogue::diagnosis(DiagnosisId::UnexpectedReply,
                                           u"the sign-in answer did not say who signed in (no id_token)"_s,
                                           diagnosisContext()));
        return;
    }
    const IdTokenClaims &claims = *tokens.claims;
    // The tenant has the last word on the account kind, and with it on the outgoing server.
    m_kind = claims.kind();
    m_tenantId = claims.tenantId;
    m_identity = claims.accountIdentity();
    m_signedInAs = claims.signedInAddress();
    m_addressVouched = claims.vouchesFor(m_address);
    m_tokens = tokens;
    // Held in memory until save(); the memory keeper also refreshes them while the caller waits.
    m_memoryKeeper->keep(m_identity, tokens, this, [](const SecretResult &) { });
    if (!m_addressVouched) {
        confirmAddress();
        return;
    }
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void Enrolment::confirmAddress()
{
    setState(State::ConfirmingAddress);
    m_confirmation = new MailboxCheck(profile(), MailAccount{ m_address, m_tokens.accessToken, m_kind }, this);
    m_confirmation->setLimits(m_limits);
    m_confirmation->setSendTestMessage(false);
    connect(m_confirmation, &MailboxCheck::finished, this, [this](const MailboxCheckReport &report) {
        m_confirmation->deleteLater();
        m_confirmation = nullptr;
        // Only a refused sign-in says "another account"; a mailbox that cannot be reached says nothing about the
        // name, and the check that follows will tell what is wrong with it.
        bool refused = false;
        bool accepted = false;
        for (const ProbeResult *result : { &report.imap, &report.smtp }) {
            if (result->failedStep() == ProbeStep::Authenticate && result->diagnosis
                && result->diagnosis->id == DiagnosisId::AuthRejected)
                refused = true;
            for (const StepResult &step : result->steps) {
                if (step.step == ProbeStep::Authenticate && step.ok)
                    accepted = true;
            }
        }
        if (refused || (!accepted && m_confirmationRequired)) {
            m_tokens = {};
            m_memory->clear();
            QString detail = u"signed in as %1 while setting up %2, and the mailbox refused %2 for this sign-in"_s
                                 .arg(m_signedInAs, m_address);
            if (!refused) {
                const ProbeResult &failedProbe = report.imap.diagnosis ? report.imap : report.smtp;
                detail = u"signed in as %1 while setting up %2; the mailbox could not be asked whether it accepts %2 (%3)"_s
                             .arg(m_signedInAs, m_address,
                                  failedProbe.diagnosis ? failedProbe.diagnosis->key() : u"no answer"_s);
            }
            const SignInFailure mismatch = SignInFailure::local(DiagnosisId::WrongAccountOrTenant, detail);
            fail(mismatch.diagnosis(diagnosisContext()), m_signedInAs);
            return;
        }
        setState(State::SignedIn);
        Q_EMIT signedIn();
    });
    m_confirmation->start();
}

void Enrolment::refreshAccessToken(QObject *context, std::function<void(const TokenOutcome &)> done)
{
    QPointer<QObject> guard(context);
    tokenKeeper()->freshAccessToken(m_identity, profile().oauth, true, this, [this, guard, done](const TokenOutcome &outcome) {
        if (outcome.ok()) {
            m_tokens.accessToken = outcome.accessToken;
            m_tokens.expiresAt = outcome.expiresAt;
            // Microsoft replaced the refresh token, and the keeper stored the new one where the tokens are: held in
            // memory, the copy save() keeps must be the new one too.
            if (tokenKeeper() == m_memoryKeeper) {
                const QByteArray rotated = m_memory->secret(SecretKeys::refreshToken(m_identity));
                if (!rotated.isEmpty())
                    m_tokens.refreshToken = QString::fromUtf8(rotated);
            }
        }
        if (guard)
            done(outcome);
    });
}

SavedAccount Enrolment::savedAccount() const
{
    const ProviderProfile current = profile();
    SavedAccount account;
    account.email = m_address;
    account.providerId = current.id;
    account.clientId = current.oauth.clientId;
    account.kind = m_kind;
    account.tenantId = m_tenantId;
    account.identity = m_identity;
    account.username = m_signedInAs;
    account.imap = current.imap;
    account.smtp = current.smtp;
    if (m_override && !m_override->sourceFile.isEmpty())
        account.providerFile = QFileInfo(m_override->sourceFile).absoluteFilePath();
    return account;
}

void Enrolment::save()
{
    if (m_state == State::Saved) {
        Q_EMIT saved(true, {});
        return;
    }
    if (m_state != State::SignedIn) {
        Q_EMIT saved(false, tr("There is no sign-in to keep."));
        return;
    }
    if (m_memoryOnly) {
        // Memory only, as the user chose: nothing goes to disk, not even the settings.
        setState(State::Saved);
        Q_EMIT saved(true, {});
        return;
    }
    const SavedAccount account = savedAccount();
    m_saveProblem = SaveProblem::None;
    m_keychainKeeper->keep(m_identity, m_tokens, this, [this, account](const SecretResult &result) {
        m_keychainAnswer = result;
        if (!result.ok()) {
            m_saveProblem = SaveProblem::Keychain;
            // What happened in words; the keychain's own words only as a technical detail.
            QString problem = tr("The sign-in could not be kept in %1. %2")
                                  .arg(m_keychain->backendName(), SecretStore::problemSentence(result));
            if (!result.detail.isEmpty() && !result.timedOut)
                problem += u' ' + tr("Technical detail: %1").arg(result.detail);
            Q_EMIT saved(false, problem);
            return;
        }
        if (!m_settings->save(account)) {
            // Tokens without settings would be found by nothing: take them back out.
            m_keychainKeeper->forget(m_identity, this, [](const SecretResult &) { });
            m_saveProblem = SaveProblem::Settings;
            Q_EMIT saved(false, tr("The account settings could not be written to %1.").arg(m_settings->fileName()));
            return;
        }
        m_memory->clear();
        setState(State::Saved);
        Q_EMIT saved(true, {});
    });
}
