#include "wizard/core/account/setupcontroller.h"

#include "wizard/core/report/reportformat.h"
#include "wizard/core/account/enrolment.h"
#include "wizard/core/account/forgetaccount.h"
#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/report/printable.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

// Refresh the access token this long before it expires, while the wizard waits for the user.
constexpr qint64 RefreshMarginSeconds = 300;

} // namespace

SetupController::SetupController(SecretStore *keychain, AccountSettings *settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(settings)
    , m_enrolment(new Enrolment(keychain, settings, this))
    , m_kindDetector(new AccountKindDetector(this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SetupController::refreshAccessToken);
    connect(m_enrolment, &Enrolment::stateChanged, this, &SetupController::onEnrolmentState);
    connect(m_enrolment, &Enrolment::browserNeeded, this, [this](const QUrl &url) {
        m_signInUrl = url;
        Q_EMIT browserNeeded(url);
    });
    connect(m_enrolment, &Enrolment::keychainUnavailable, this, &SetupController::keychainUnavailable);
    connect(m_enrolment, &Enrolment::signedIn, this, [this] {
        m_tokens = m_enrolment->tokens();
        scheduleRefresh();
        Q_EMIT signedIn(m_enrolment->signedInAs(), m_enrolment->accountKind());
    });
    connect(m_enrolment, &Enrolment::failed, this, [this](const Diagnosis &diagnosis, const QString &signedInAs) {
        Q_EMIT signInFailed(diagnosis, signedInAs);
    });
    connect(m_enrolment, &Enrolment::resumeFailed, this, [this](const QString &problem) {
        m_signInUrl.clear();
        Q_EMIT savedSignInFailed(problem);
    });
    connect(m_enrolment, &Enrolment::saved, this, [this](bool ok, const QString &problem) {
        m_saved = ok;
        Q_EMIT saved(ok, problem);
    });
}

SetupController::~SetupController()
{
    cancelAll();
}

void SetupController::setProviderOverride(const std::optional<ProviderProfile> &profile)
{
    // A provider file may name its own discovery document.
    if (profile && !profile->oauth.discoveryUrl.isEmpty())
        m_kindDetector->setDiscoveryUrl(profile->oauth.discoveryUrl);
    m_enrolment->setProviderOverride(profile);
}

void SetupController::setClientId(const QString &clientId)
{
    m_enrolment->setClientId(clientId);
}

void SetupController::setOptions(const SetupOptions &options)
{
    m_options = options;
    m_sendTestMessage = options.sendTestMessage.value_or(true);
    if (options.clientId)
        m_enrolment->setClientId(*options.clientId);
    m_enrolment->setTenant(options.tenant.value_or(QString()));
    if (options.kind)
        m_enrolment->setAccountKind(*options.kind);
}

void SetupController::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
    m_enrolment->setNetworkAccessManager(manager);
}

void SetupController::setBrowserTimeoutMs(int ms)
{
    m_browserTimeoutMs = ms;
    m_enrolment->setBrowserTimeoutMs(ms);
}

void SetupController::setProbeLimits(const ProbeLimits &limits)
{
    m_limits = limits;
    m_enrolment->setProbeLimits(limits);
}

void SetupController::setAddress(const QString &email)
{
    if (AccountSettings::normalizedEmail(email) != AccountSettings::normalizedEmail(m_address)) {
        // Another address: whatever was signed in or checked belongs to the old one.
        cancelAll();
        m_signInState = SignInState::NotStarted;
        m_checkState = CheckState::NotStarted;
        m_tokens = {};
        m_report = {};
        m_saved = false;
        m_keptWhatWorks = false;
    }
    m_address = email.trimmed();
}

void SetupController::setAccountKind(AccountKind kind)
{
    m_enrolment->setAccountKind(kind);
}

AccountKind SetupController::accountKind() const
{
    return m_enrolment->accountKind();
}

ProviderProfile SetupController::profile() const
{
    return m_enrolment->profile();
}

bool SetupController::needsClientId() const
{
    return m_enrolment->needsClientId();
}

QUrl SetupController::signInUrl() const
{
    return m_signInUrl;
}

std::optional<Diagnosis> SetupController::signInDiagnosis() const
{
    return m_enrolment->diagnosis();
}

QString SetupController::signedInAs() const
{
    return m_enrolment->signedInAs();
}

bool SetupController::signedInAsAnotherName() const
{
    return m_signInState == SignInState::SignedIn && !m_enrolment->addressVouched();
}

void SetupController::setSignInState(SignInState state)
{
    if (m_signInState == state)
        return;
    m_signInState = state;
    Q_EMIT signInStateChanged(state);
}

void SetupController::onEnrolmentState(Enrolment::State state)
{
    switch (state) {
    case Enrolment::State::NotStarted:
    case Enrolment::State::KeychainUnavailable:
        setSignInState(SignInState::NotStarted);
        break;
    case Enrolment::State::CheckingKeychain:
        setSignInState(SignInState::CheckingKeychain);
        break;
    case Enrolment::State::WaitingForBrowser:
        setSignInState(SignInState::WaitingForBrowser);
        break;
    case Enrolment::State::ExchangingCode:
        setSignInState(SignInState::ExchangingCode);
        break;
    case Enrolment::State::ConfirmingAddress:
        setSignInState(SignInState::ConfirmingAddress);
        break;
    case Enrolment::State::SignedIn:
    case Enrolment::State::Saved:
        setSignInState(SignInState::SignedIn);
        break;
    case Enrolment::State::Failed:
        m_signInUrl.clear();
        setSignInState(SignInState::Failed);
        break;
    }
}

void SetupController::startSignIn()
{
    m_refreshTimer.stop();
    cancelCheck();
    m_tokens = {};
    m_saved = false;
    m_keptWhatWorks = false;
    m_signInUrl.clear();
    m_enrolment->start(m_address);
}

void SetupController::continueWithoutKeychain()
{
    m_enrolment->continueWithoutKeychain();
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
    // A sign-in taken up from the keychain holds no refresh token in memory: the keeper reads it there.
    if (m_tokens.accessToken.isEmpty() || m_enrolment->identity().isEmpty())
        return;
    m_enrolment->refreshAccessToken(this, [this](const TokenOutcome &outcome) {
        // A failed refresh: the check that needs the token will say what is wrong; nothing to show here.
        if (!outcome.ok())
            return;
        m_tokens = m_enrolment->tokens();
        scheduleRefresh();
    });
}

QList<SavedAccount> SetupController::savedAccounts() const
{
    QList<SavedAccount> accounts = m_settings->accounts();
    accounts.removeIf([this](const SavedAccount &account) { return !addressRefusal(account.email).isEmpty(); });
    return accounts;
}

bool SetupController::wasSetUpBefore() const
{
    return !m_address.isEmpty() && m_settings->load(m_address).has_value();
}

void SetupController::checkSavedAccount(const QString &email)
{
    const std::optional<SavedAccount> account = m_settings->load(email);
    if (!account) {
        Q_EMIT savedSignInFailed(tr("Nothing is saved for %1 on this computer any more.").arg(email.trimmed()));
        return;
    }
    setAddress(account->email);
    m_refreshTimer.stop();
    cancelCheck();
    // "Check again" means a new check, whatever an earlier one in this window found.
    m_checkState = CheckState::NotStarted;
    m_report = {};
    m_tokens = {};
    m_saved = false;
    m_keptWhatWorks = false;
    m_signInUrl.clear();
    m_enrolment->resume(*account);
}

void SetupController::forgetSavedAccount(const QString &email)
{
    forgetAccount(m_keychain, m_settings, email, this, [this, email](const ForgetOutcome &outcome) {
        QString problem;
        const QString address = outcome.account.email.isEmpty() ? email.trimmed() : outcome.account.email;
        if (outcome.result == ForgetOutcome::Result::KeychainFailed) {
            problem = tr("The sign-in of %1 could not be removed from %2, so its settings stay too. %3")
                          .arg(address, m_keychain->backendName(), SecretStore::problemSentence(outcome.keychain));
        } else if (outcome.result == ForgetOutcome::Result::SettingsFailed) {
            problem = tr("The sign-in of %1 is removed, but its settings in %2 could not be changed.")
                          .arg(address, m_settings->fileName());
        }
        Q_EMIT savedAccountForgotten(address, outcome.ok(), problem);
    });
}

void SetupController::cancelSignIn()
{
    m_enrolment->cancel();
}

QList<ProbeStep> SetupController::plannedSteps(MailboxCheck::Protocol protocol) const
{
    const ProviderProfile current = profile();
    const ConnectionSecurity security = protocol == MailboxCheck::Protocol::Imap ? current.imap.security
                                                                                 : current.smtp.security;
    return MailboxCheck::plannedSteps(protocol, security, m_sendTestMessage);
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
    m_check = new MailboxCheck(profile(), MailAccount{ m_address, m_tokens.accessToken, accountKind() }, this);
    m_check->setLimits(m_limits);
    m_check->setSendTestMessage(m_sendTestMessage);
    connect(m_check, &MailboxCheck::stepStarted, this, &SetupController::checkStepStarted);
    connect(m_check, &MailboxCheck::stepFinished, this, &SetupController::checkStepFinished);
    connect(m_check, &MailboxCheck::finished, this, [this](const MailboxCheckReport &report) {
        m_report = report;
        m_check->deleteLater();
        m_check = nullptr;
        m_checkState = report.ok() ? CheckState::Passed : CheckState::Failed;
        if (report.ok())
            m_keptWhatWorks = false;
        Q_EMIT checkFinished(report);
        if (report.ok())
            m_enrolment->save();
    });
    m_checkState = CheckState::Running;
    if (retry && m_report.email == m_address)
        m_check->retry(m_report);
    else
        m_check->start();
}

bool SetupController::canKeepWhatWorks() const
{
    // Incoming mail proven (the inbox opened; the test message may not have come, as it was never sent), outgoing
    // refused once connected: the servers are right, the sign-in is good, only sending waits for a change.
    if (m_checkState != CheckState::Failed || m_report.email != m_address)
        return false;
    const auto imapFailed = m_report.imap.failedStep();
    const bool incomingWorks = m_report.imap.ok() || imapFailed == ProbeStep::FindMessage;
    const auto smtpFailed = m_report.smtp.failedStep();
    const bool sendingRefused = smtpFailed == ProbeStep::Authenticate || smtpFailed == ProbeStep::Send;
    return incomingWorks && sendingRefused;
}

void SetupController::keepWhatWorks()
{
    if (!canKeepWhatWorks())
        return;
    m_keptWhatWorks = true;
    m_enrolment->save();
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
    if (m_enrolment->state() != Enrolment::State::SignedIn && m_enrolment->state() != Enrolment::State::Saved)
        m_enrolment->cancel();
    cancelCheck();
}

QString SetupController::tokenStorage() const
{
    return m_enrolment->tokenStorage();
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
    const AccountKind accountKind = m_enrolment->accountKind();
    const QString kind = accountKind == AccountKind::Personal ? tr("personal Microsoft account")
        : accountKind == AccountKind::Work                    ? tr("work or school account")
                                                         : tr("not known");
    text += tr("Account kind: %1").arg(kind) + u'\n';
    if (!m_enrolment->tenantId().isEmpty())
        text += tr("Tenant: %1").arg(m_enrolment->tenantId()) + u'\n';
    if (!m_enrolment->signedInAs().isEmpty())
        text += tr("Signed in as: %1").arg(m_enrolment->signedInAs()) + u'\n';
    text += tr("Application (client) ID: %1").arg(current.oauth.clientId) + u'\n';
    if (const auto signInDiagnosis = m_enrolment->diagnosis()) {
        text += u'\n' + tr("Sign-in problem: %1").arg(signInDiagnosis->title) + u'\n';
        text += tr("Diagnosis code: %1").arg(signInDiagnosis->key()) + u'\n';
        if (!signInDiagnosis->reply.isEmpty())
            text += tr("Microsoft said: %1").arg(signInDiagnosis->reply) + u'\n';
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

HelpdeskReportData SetupController::helpdeskReportData() const
{
    const ProviderProfile current = profile();
    HelpdeskReportData data;
    data.email = m_address;
    data.kind = m_enrolment->accountKind();
    data.providerId = current.id;
    data.providerName = current.name;
    data.tenantId = m_enrolment->tenantId();
    data.clientId = current.oauth.clientId;
    data.signedInAs = m_enrolment->signedInAs();
    data.signInDiagnosis = m_enrolment->diagnosis();
    if (!m_report.imap.steps.isEmpty() || !m_report.smtp.steps.isEmpty())
        data.check = m_report;
    data.secrets = { m_tokens.accessToken, m_tokens.refreshToken };
    return data;
}

DiagnosisContext SetupController::diagnosisContext() const
{
    DiagnosisContext context = m_enrolment->diagnosisContext();
    context.address = m_address;
    return context;
}

Diagnosis SetupController::worded(const Diagnosis &diagnosis) const
{
    return DiagnosisCatalogue::reworded(diagnosis, diagnosisContext());
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
