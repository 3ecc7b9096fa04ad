#include "setupcontroller.h"

#include "account/reportformat.h"
#include "account/tokenkeeper.h"
#include "diagnosis/administratorrequest.h"
#include "diagnosis/diagnosiscatalogue.h"
#include "report/printable.h"
#include "secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// Refresh the access token this long before it expires, while the wizard waits for the user.
constexpr qint64 RefreshMarginSeconds = 300;

} // namespace

SetupController::SetupController(SecretStore *keychain, AccountSettings *settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(settings)
    , m_staging(std::make_unique<MemorySecretStore>())
    , m_stagingKeeper(new TokenKeeper(m_staging.get(), this))
    , m_keychainKeeper(new TokenKeeper(keychain, this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SetupController::refreshAccessToken);
}

SetupController::~SetupController()
{
    cancelAll();
}

void SetupController::setProviderOverride(const std::optional<ProviderProfile> &profile)
{
    m_override = profile;
}

void SetupController::setAddress(const QString &email)
{
    if (AccountSettings::normalizedEmail(email) != AccountSettings::normalizedEmail(m_address)) {
        // Another address: whatever was signed in or checked belongs to the old one.
        cancelAll();
        m_signInState = SignInState::NotStarted;
        m_checkState = CheckState::NotStarted;
        m_tokens = {};
        m_signedInAs.clear();
        m_report = {};
        m_saved = false;
    }
    m_address = email.trimmed();
}

ProviderProfile SetupController::profile() const
{
    ProviderProfile profile;
    if (m_override)
        profile = *m_override;
    else
        profile = ProviderProfileLoader::builtIn(m_kind == AccountKind::Work ? u"microsoft365"_s : u"outlook"_s)
                      .value_or(ProviderProfile{});
    if (!m_clientId.isEmpty())
        profile.oauth.clientId = m_clientId;
    return profile;
}

bool SetupController::needsClientId() const
{
    return profile().oauth.clientId.isEmpty();
}

void SetupController::setSignInState(SignInState state)
{
    if (m_signInState == state)
        return;
    m_signInState = state;
    Q_EMIT signInStateChanged(state);
}

void SetupController::startSignIn()
{
    cancelSignIn();
    m_signInDiagnosis.reset();
    m_signedInAs.clear();
    if (needsClientId()) {
        m_signInDiagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::AppRegistration,
                                                          u"no application (client) ID is set; see docs/app-registration.md"_s);
        setSignInState(SignInState::Failed);
        Q_EMIT signInFailed(*m_signInDiagnosis, {});
        return;
    }
    if (m_keychainRefused) {
        beginSignIn();
        return;
    }
    // The keychain first: a sign-in that cannot be kept would have to be repeated. A throwaway entry,
    // written and removed, is the only way to tell a locked keyring from an empty one.
    setSignInState(SignInState::CheckingKeychain);
    const QString key = u"probe/%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    m_keychain->write(key, "probe", this, [this, key](const SecretResult &written) {
        if (m_signInState != SignInState::CheckingKeychain)
            return;
        if (!written.ok()) {
            setSignInState(SignInState::NotStarted);
            Q_EMIT keychainUnavailable(written.status, written.detail);
            return;
        }
        m_keychain->remove(key, this, [](const SecretResult &) { });
        beginSignIn();
    });
}

void SetupController::continueWithoutKeychain()
{
    m_keychainRefused = true;
    beginSignIn();
}

void SetupController::beginSignIn()
{
    const ProviderProfile current = profile();
    m_signIn = new MicrosoftSignIn(current.oauth, this);
    if (m_manager)
        m_signIn->setNetworkAccessManager(m_manager);
    m_signIn->setBrowserTimeoutMs(m_browserTimeoutMs);
    connect(m_signIn, &MicrosoftSignIn::browserNeeded, this, [this](const QUrl &url) {
        setSignInState(SignInState::WaitingForBrowser);
        Q_EMIT browserNeeded(url);
    });
    connect(m_signIn, &MicrosoftSignIn::exchangingCode, this, [this] { setSignInState(SignInState::ExchangingCode); });
    connect(m_signIn, &MicrosoftSignIn::signedIn, this, &SetupController::onSignedIn);
    connect(m_signIn, &MicrosoftSignIn::failed, this, [this](const SignInFailure &failure) {
        m_signIn->deleteLater();
        m_signInDiagnosis = failure.diagnosis(diagnosisContext());
        setSignInState(SignInState::Failed);
        Q_EMIT signInFailed(*m_signInDiagnosis, {});
    });
    m_signIn->signIn(m_address);
}

void SetupController::onSignedIn(const SignInTokens &tokens)
{
    m_signIn->deleteLater();
    if (!tokens.claims || tokens.claims->accountIdentity().isEmpty()) {
        m_signInDiagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::UnexpectedReply,
                                                          u"the sign-in answer did not say who signed in (no id_token)"_s);
        setSignInState(SignInState::Failed);
        Q_EMIT signInFailed(*m_signInDiagnosis, {});
        return;
    }
    const IdTokenClaims &claims = *tokens.claims;
    if (const auto mismatch = checkSignedInAddress(claims.signedInAddress(), m_address)) {
        m_signInDiagnosis = mismatch->diagnosis(diagnosisContext());
        setSignInState(SignInState::Failed);
        Q_EMIT signInFailed(*m_signInDiagnosis, claims.signedInAddress());
        return;
    }
    // The tenant has the last word on the account kind, and with it on the outgoing server.
    m_kind = claims.isPersonalAccount() ? AccountKind::Personal : AccountKind::Work;
    m_tenantId = claims.tenantId;
    m_identity = claims.accountIdentity();
    m_signedInAs = claims.signedInAddress();
    m_tokens = tokens;
    // Staged in memory until the account is proven.
    m_stagingKeeper->keep(m_identity, tokens, this, [](const SecretResult &) { });
    scheduleRefresh();
    setSignInState(SignInState::SignedIn);
    Q_EMIT signedIn(m_signedInAs, m_kind);
}

void SetupController::scheduleRefresh()
{
    if (!m_tokens.expiresAt.isValid())
        return;
    const qint64 seconds = QDateTime::currentDateTime().secsTo(m_tokens.expiresAt) - RefreshMarginSeconds;
    m_refreshTimer.start(int(std::clamp<qint64>(seconds, 1, 24 * 3600) * 1000));
}

void SetupController::refreshAccessToken()
{
    if (m_tokens.refreshToken.isEmpty())
        return;
    auto *refresher = new MicrosoftSignIn(profile().oauth, this);
    if (m_manager)
        refresher->setNetworkAccessManager(m_manager);
    connect(refresher, &MicrosoftSignIn::refreshed, this, [this, refresher](const SignInTokens &fresh) {
        refresher->deleteLater();
        const QString previousRefresh = m_tokens.refreshToken;
        m_tokens.accessToken = fresh.accessToken;
        m_tokens.expiresAt = fresh.expiresAt;
        // Every new refresh token replaces the old one at once, in the store too.
        m_tokens.refreshToken = fresh.refreshToken.isEmpty() ? previousRefresh : fresh.refreshToken;
        TokenKeeper *keeper = m_saved && !m_keychainRefused ? m_keychainKeeper : m_stagingKeeper;
        keeper->keep(m_identity, m_tokens, this, [](const SecretResult &) { });
        scheduleRefresh();
    });
    connect(refresher, &MicrosoftSignIn::failed, this, [refresher](const SignInFailure &) {
        // The check that needs the token will say what is wrong; nothing to show here.
        refresher->deleteLater();
    });
    refresher->refresh(m_tokens.refreshToken);
}

void SetupController::cancelSignIn()
{
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    if (m_signInState == SignInState::CheckingKeychain || m_signInState == SignInState::WaitingForBrowser
        || m_signInState == SignInState::ExchangingCode) {
        m_signInDiagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::UserCancelled);
        setSignInState(SignInState::Failed);
        Q_EMIT signInFailed(*m_signInDiagnosis, {});
    }
}

void SetupController::startCheck(bool sendTestMessage)
{
    m_sendTestMessage = sendTestMessage;
    runCheck(false);
}

void SetupController::retryCheck()
{
    runCheck(true);
}

void SetupController::runCheck(bool retry)
{
    cancelCheck();
    if (m_tokens.accessToken.isEmpty())
        return;
    // A token about to expire is renewed first: a check must not fail on our own timing.
    if (m_tokens.expiresAt.isValid() && QDateTime::currentDateTime().secsTo(m_tokens.expiresAt) < 60) {
        refreshAccessToken();
    }
    m_check = new MailboxCheck(profile(), MailAccount{ m_address, m_tokens.accessToken, m_kind }, this);
    m_check->setLimits(m_limits);
    m_check->setSendTestMessage(m_sendTestMessage);
    connect(m_check, &MailboxCheck::stepStarted, this, &SetupController::checkStepStarted);
    connect(m_check, &MailboxCheck::stepFinished, this, &SetupController::checkStepFinished);
    connect(m_check, &MailboxCheck::finished, this, [this](const MailboxCheckReport &report) {
        m_report = report;
        m_check->deleteLater();
        m_check = nullptr;
        m_checkState = report.ok() ? CheckState::Passed : CheckState::Failed;
        Q_EMIT checkFinished(report);
        if (report.ok())
            saveAccount();
    });
    m_checkState = CheckState::Running;
    if (retry && m_report.email == m_address)
        m_check->retry(m_report);
    else
        m_check->start();
}

void SetupController::cancelCheck()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
        m_check = nullptr;
        if (m_checkState == CheckState::Running)
            m_checkState = CheckState::NotStarted;
    }
}

void SetupController::cancelAll()
{
    m_refreshTimer.stop();
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    cancelCheck();
}

void SetupController::saveAccount()
{
    if (m_saved)
        return;
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
    if (m_override)
        account.providerFile = m_override->sourceFile;

    if (m_keychainRefused) {
        // Memory only, as the user chose: nothing goes to disk, not even the settings.
        m_saved = true;
        Q_EMIT saved(true, {});
        return;
    }
    m_keychainKeeper->keep(m_identity, m_tokens, this, [this, account](const SecretResult &result) {
        if (!result.ok()) {
            Q_EMIT saved(false, tr("The sign-in could not be kept in %1: %2").arg(m_keychain->backendName(), result.detail));
            return;
        }
        if (!m_settings->save(account)) {
            // Tokens without settings would be found by nothing: take them back out.
            m_keychainKeeper->forget(m_identity, this, [](const SecretResult &) { });
            Q_EMIT saved(false, tr("The account settings could not be written to %1.").arg(m_settings->fileName()));
            return;
        }
        m_saved = true;
        Q_EMIT saved(true, {});
    });
}

QString SetupController::tokenStorage() const
{
    if (m_keychainRefused)
        return m_staging->backendName();
    return m_keychain->backendName();
}

QString SetupController::helpdeskReport() const
{
    const ProviderProfile current = profile();
    QString text;
    text += tr("Mail Setup report") + u'\n';
    text += tr("Created: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + u'\n';
    text += tr("Mail Setup version: %1").arg(QCoreApplication::applicationVersion()) + u'\n';
    text += tr("Address: %1").arg(m_address) + u'\n';
    text += tr("Provider: %1 (%2)").arg(current.name, current.id) + u'\n';
    const QString kind = m_kind == AccountKind::Personal ? tr("personal Microsoft account")
        : m_kind == AccountKind::Work                    ? tr("work or school account")
                                                         : tr("not known");
    text += tr("Account kind: %1").arg(kind) + u'\n';
    if (!m_tenantId.isEmpty())
        text += tr("Tenant: %1").arg(m_tenantId) + u'\n';
    if (!m_signedInAs.isEmpty())
        text += tr("Signed in as: %1").arg(m_signedInAs) + u'\n';
    text += tr("Application (client) ID: %1").arg(current.oauth.clientId) + u'\n';
    if (m_signInDiagnosis) {
        text += u'\n' + tr("Sign-in problem: %1").arg(m_signInDiagnosis->title) + u'\n';
        text += tr("Diagnosis code: %1").arg(m_signInDiagnosis->key()) + u'\n';
        if (!m_signInDiagnosis->reply.isEmpty())
            text += tr("Microsoft said: %1").arg(m_signInDiagnosis->reply) + u'\n';
    }
    if (!m_report.imap.steps.isEmpty() || !m_report.smtp.steps.isEmpty()) {
        text += u'\n' + ReportFormat::checkToText(m_report);
        text += u'\n' + tr("Transcript (secrets removed)") + u'\n';
        text += u"# IMAP %1\n"_s.arg(m_report.imap.server) + m_report.imap.transcript.join(u'\n') + u'\n';
        text += u"# SMTP %1\n"_s.arg(m_report.smtp.server) + m_report.smtp.transcript.join(u'\n') + u'\n';
    }
    // The report may be mailed around: make sure nothing secret came along, not even altered.
    SecretRedactor redactor;
    redactor.addSecret(m_tokens.accessToken);
    redactor.addSecret(m_tokens.refreshToken);
    text = redactor.redact(text);
    // It is read in editors and terminals: what servers and Microsoft said keeps no control character.
    return printableLines(text);
}

DiagnosisContext SetupController::diagnosisContext() const
{
    return DiagnosisContext{ m_kind, m_address, m_tenantId, profile().oauth.clientId };
}

Diagnosis SetupController::worded(const Diagnosis &diagnosis) const
{
    return DiagnosisCatalogue::diagnosis(diagnosis.id, diagnosis.reply, diagnosisContext());
}

QList<Diagnosis> SetupController::checkDiagnoses() const
{
    // What went wrong, once per kind of problem, in the words for this account; the server's words of both
    // protocols stay together in the reply.
    QList<Diagnosis> diagnoses;
    for (const ProbeResult *result : { &m_report.imap, &m_report.smtp }) {
        if (!result->diagnosis)
            continue;
        auto same = std::find_if(diagnoses.begin(), diagnoses.end(),
                                 [&](const Diagnosis &d) { return d.id == result->diagnosis->id; });
        if (same == diagnoses.end()) {
            diagnoses.append(worded(*result->diagnosis));
        } else if (!result->diagnosis->reply.isEmpty() && result->diagnosis->reply != same->reply) {
            same->reply = same->reply.isEmpty() ? result->diagnosis->reply : same->reply + u"\n\n"_s + result->diagnosis->reply;
        }
    }
    if (diagnoses.isEmpty() && m_checkState == CheckState::Failed) {
        // The check could not start (no access token), or failed without saying why.
        const bool started = !m_report.imap.steps.isEmpty() || !m_report.smtp.steps.isEmpty();
        diagnoses.append(DiagnosisCatalogue::diagnosis(started ? DiagnosisId::Unknown : DiagnosisId::SignInExpired, {},
                                                       diagnosisContext()));
    }
    return diagnoses;
}

QString SetupController::administratorMessage(const Diagnosis &diagnosis) const
{
    return AdministratorRequests::compose(diagnosis, diagnosisContext()).text(diagnosis);
}
