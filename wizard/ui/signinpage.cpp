#include "wizard/ui/signinpage.h"

#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/buttonrow.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/desktophooks.h"
#include "wizard/ui/pageid.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/report/printable.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SignInPage::SignInPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_introLabel(new WrappedLabel(this))
    , m_signInButton(new QPushButton(this))
    , m_noClientIdLabel(new WrappedLabel(this))
    , m_statusLabel(new StatusLabel(this))
    , m_waitingPanel(new QWidget(this))
    , m_countdownLabel(new WrappedLabel(m_waitingPanel))
    , m_countdownBar(new QProgressBar(m_waitingPanel))
    , m_copyLinkButton(new QPushButton(m_waitingPanel))
    , m_openAgainButton(new QPushButton(m_waitingPanel))
    , m_cancelButton(new QPushButton(m_waitingPanel))
    , m_linkFeedback(new StatusLabel(m_waitingPanel))
    , m_keychainPanel(new QWidget(this))
    , m_keychainMessage(new WrappedLabel(m_keychainPanel))
    , m_keychainDetail(new WrappedLabel(m_keychainPanel))
    , m_continueWithoutKeychainButton(new QPushButton(m_keychainPanel))
    , m_retryKeychainButton(new QPushButton(m_keychainPanel))
    , m_diagnosisView(new DiagnosisView(this))
    , m_countdownTimer(new QTimer(this))
{
    setObjectName(u"signInPage"_s);
    setTitle(tr("Sign in with Microsoft"));

    m_introLabel->setObjectName(u"signInIntroLabel"_s);

    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setText(tr("&Sign in with Microsoft"));
    m_signInButton->setIcon(QIcon(u":/icons/open-browser.svg"_s));
    m_signInButton->setAccessibleDescription(tr("Opens Microsoft's sign-in page in your browser."));
    connect(m_signInButton, &QPushButton::clicked, m_controller, &SetupController::startSignIn);

    m_noClientIdLabel->setObjectName(u"noClientIdLabel"_s);
    m_noClientIdLabel->setText(tr("This copy of Mail Setup has no application (client) ID, and Microsoft lets only "
                                  "registered applications sign in to a mailbox. Start Mail Setup with --client-id "
                                  "and the ID your IT department registered, or with a provider file that names one. "
                                  "The file docs/app-registration.md says how to register Mail Setup."));
    m_noClientIdLabel->hide();

    m_statusLabel->setObjectName(u"signInStatusLabel"_s);

    // Waiting for the browser.
    m_waitingPanel->setObjectName(u"waitingPanel"_s);
    m_countdownLabel->setObjectName(u"countdownLabel"_s);
    m_countdownBar->setObjectName(u"countdownBar"_s);
    m_countdownBar->setTextVisible(false);
    m_countdownBar->setAccessibleName(tr("Time left to sign in"));
    m_copyLinkButton->setObjectName(u"copyLinkButton"_s);
    m_copyLinkButton->setText(tr("&Copy link"));
    m_copyLinkButton->setIcon(QIcon(u":/icons/copy.svg"_s));
    m_copyLinkButton->setAccessibleDescription(tr("Puts the address of the sign-in page on the clipboard, to open it "
                                                  "in another browser."));
    m_openAgainButton->setObjectName(u"openAgainButton"_s);
    m_openAgainButton->setText(tr("&Open again"));
    m_openAgainButton->setIcon(QIcon(u":/icons/open-browser.svg"_s));
    m_openAgainButton->setAccessibleDescription(tr("Opens the sign-in page in your browser once more, if you closed it."));
    m_cancelButton->setObjectName(u"cancelSignInButton"_s);
    m_cancelButton->setText(tr("Cancel &sign-in"));
    m_cancelButton->setAccessibleDescription(tr("Stops waiting for the browser. You can sign in again afterwards."));
    for (QPushButton *button : { m_copyLinkButton, m_openAgainButton, m_cancelButton })
        button->setAutoDefault(false);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &SignInPage::copyLink);
    connect(m_openAgainButton, &QPushButton::clicked, this, &SignInPage::openAgain);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &SetupController::cancelSignIn);
    m_linkFeedback->setObjectName(u"linkFeedbackLabel"_s);
    auto *waitingButtons = new ButtonRow(m_waitingPanel);
    waitingButtons->addButton(m_copyLinkButton);
    waitingButtons->addButton(m_openAgainButton);
    waitingButtons->addButton(m_cancelButton);
    waitingButtons->addStretch();
    auto *waitingLayout = new QVBoxLayout(m_waitingPanel);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(waitingButtons);
    waitingLayout->addWidget(m_linkFeedback);
    waitingLayout->addWidget(m_countdownLabel);
    waitingLayout->addWidget(m_countdownBar);
    m_waitingPanel->hide();

    // The keychain cannot keep the sign-in.
    m_keychainPanel->setObjectName(u"keychainPanel"_s);
    m_keychainMessage->setObjectName(u"keychainMessageLabel"_s);
    m_keychainDetail->setObjectName(u"keychainDetailLabel"_s);
    m_continueWithoutKeychainButton->setObjectName(u"continueWithoutKeychainButton"_s);
    m_continueWithoutKeychainButton->setText(tr("Continue &without saving"));
    m_continueWithoutKeychainButton->setAccessibleDescription(
        tr("Signs in anyway. The sign-in is kept in memory only and is gone when Mail Setup closes."));
    m_retryKeychainButton->setObjectName(u"retryKeychainButton"_s);
    m_retryKeychainButton->setText(tr("Try the &keychain again"));
    m_retryKeychainButton->setAccessibleDescription(tr("Asks the keychain once more, for example after you unlocked it."));
    for (QPushButton *button : { m_continueWithoutKeychainButton, m_retryKeychainButton })
        button->setAutoDefault(false);
    connect(m_continueWithoutKeychainButton, &QPushButton::clicked, m_controller, &SetupController::continueWithoutKeychain);
    connect(m_retryKeychainButton, &QPushButton::clicked, m_controller, &SetupController::startSignIn);
    auto *keychainButtons = new ButtonRow(m_keychainPanel);
    keychainButtons->addButton(m_continueWithoutKeychainButton);
    keychainButtons->addButton(m_retryKeychainButton);
    keychainButtons->addStretch();
    auto *keychainLayout = new QVBoxLayout(m_keychainPanel);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_keychainMessage);
    keychainLayout->addWidget(m_keychainDetail);
    keychainLayout->addWidget(keychainButtons);
    m_keychainPanel->hide();

    m_diagnosisView->setObjectName(u"signInDiagnosisView"_s);
    connect(m_diagnosisView, &DiagnosisView::actionTriggered, this, &SignInPage::onDiagnosisAction);

    auto *signInRow = new ButtonRow(this);
    signInRow->addButton(m_signInButton);
    signInRow->addStretch();

    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("Mail Setup opens Microsoft's sign-in page in your browser. Your password stays between you and "
                   "Microsoft: Mail Setup never sees it."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_introLabel);
    contentLayout->addWidget(m_noClientIdLabel);
    contentLayout->addWidget(signInRow);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addWidget(m_waitingPanel);
    contentLayout->addWidget(m_keychainPanel);
    contentLayout->addWidget(m_diagnosisView);
    contentLayout->addStretch(1);
    setScrollableContent(this, content, u"signInScrollArea"_s);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SignInPage::updateCountdown);

    connect(m_controller, &SetupController::signInStateChanged, this, &SignInPage::onStateChanged);
    connect(m_controller, &SetupController::browserNeeded, this, &SignInPage::onBrowserNeeded);
    connect(m_controller, &SetupController::keychainUnavailable, this, &SignInPage::onKeychainUnavailable);
    connect(m_controller, &SetupController::signInFailed, this, &SignInPage::onSignInFailed);
}

void SignInPage::initializePage()
{
    m_introLabel->setText(tr("Sign in as %1. If Microsoft asks whether Mail Setup may read and send your mail, "
                             "choose Accept: without it, Mail Setup cannot check your mailbox.")
                              .arg(m_controller->address()));
    showState(m_controller->signInState());
    if (m_signInButton->isVisible())
        m_signInButton->setFocus(Qt::OtherFocusReason);
}

void SignInPage::cleanupPage()
{
    // Back to an earlier page: a sign-in under way stops; a finished one stays (it belongs to the address).
    const auto state = m_controller->signInState();
    if (state == SetupController::SignInState::CheckingKeychain || state == SetupController::SignInState::WaitingForBrowser
        || state == SetupController::SignInState::ExchangingCode || state == SetupController::SignInState::ConfirmingAddress)
        m_controller->cancelSignIn();
    m_keychainPanel->hide();
}

bool SignInPage::isComplete() const
{
    return m_controller->signInState() == SetupController::SignInState::SignedIn;
}

int SignInPage::nextId() const
{
    // The tenant said "personal" but the page about the IMAP switch was skipped: show it now, unless the account
    // was set up here before (signing in again from the saved accounts): its mailbox let Mail Setup in then.
    if (m_controller->accountKind() == AccountKind::Personal && wizard()
        && !wizard()->visitedIds().contains(WizardPage::ImapSwitchPageId) && !m_controller->wasSetUpBefore())
        return WizardPage::ImapSwitchPageId;
    return WizardPage::CheckPageId;
}

void SignInPage::onStateChanged(SetupController::SignInState state)
{
    showState(state);
    // Signed in just now, on this page: nothing is left to choose here.
    if (state == SetupController::SignInState::SignedIn && wizard() && wizard()->currentPage() == this)
        Q_EMIT finishedBySelf();
}

void SignInPage::showState(SetupController::SignInState state)
{
    using S = SetupController::SignInState;
    const bool waiting = state == S::WaitingForBrowser;
    m_waitingPanel->setVisible(waiting);
    if (!waiting) {
        m_countdownTimer->stop();
        m_linkFeedback->setStatus(QString());
    }
    if (state != S::NotStarted)
        m_keychainPanel->hide();
    if (state != S::Failed)
        m_diagnosisView->clear();
    const bool busy = state == S::CheckingKeychain || state == S::WaitingForBrowser || state == S::ExchangingCode
        || state == S::ConfirmingAddress;
    m_signInButton->setVisible(!busy && state != S::SignedIn && state != S::Failed);
    const bool noClientId = m_controller->needsClientId();
    m_noClientIdLabel->setVisible(noClientId && state != S::SignedIn);
    m_signInButton->setEnabled(!busy && !noClientId);

    switch (state) {
    case S::NotStarted:
        m_statusLabel->setStatus(QString());
        break;
    case S::CheckingKeychain:
        m_statusLabel->setStatus(tr("Checking that this computer's keychain can keep your sign-in…"));
        break;
    case S::WaitingForBrowser:
        m_statusLabel->setStatus(tr("Your browser shows Microsoft's sign-in page. Sign in there as %1; Mail Setup "
                                    "goes on by itself when you are done.").arg(m_controller->address()));
        break;
    case S::ExchangingCode:
        m_statusLabel->setStatus(tr("Microsoft has answered. Finishing the sign-in…"));
        break;
    case S::ConfirmingAddress:
        m_statusLabel->setStatus(tr("Microsoft knows this account as %1. Checking that the mailbox accepts it for %2…")
                                     .arg(m_controller->signedInAs(), m_controller->address()));
        break;
    case S::SignedIn:
        m_statusLabel->setStatus(m_controller->accountKind() == AccountKind::Work
                                     ? tr("You are signed in as %1, a work or school account. Mail Setup goes on to "
                                          "check your mailbox.").arg(m_controller->signedInAs())
                                     : tr("You are signed in as %1, a personal Microsoft account. Mail Setup goes on "
                                          "to check your mailbox.").arg(m_controller->signedInAs()),
                                 StatusLabel::Urgency::Alert);
        break;
    case S::Failed:
        if (const auto diagnosis = m_controller->signInDiagnosis(); diagnosis && DiagnosisCatalogue::isUsersChoice(diagnosis->id))
            m_statusLabel->setStatus(tr("The sign-in was stopped. Nothing was saved; sign in again when you are ready."));
        else
            m_statusLabel->setStatus(tr("The sign-in did not work."), StatusLabel::Urgency::Alert);
        if (m_diagnosisView->diagnoses().isEmpty()) {
            if (const auto diagnosis = m_controller->signInDiagnosis())
                onSignInFailed(*diagnosis, m_controller->signedInAs());
        }
        break;
    }
    Q_EMIT completeChanged();
    if (state == S::SignedIn && wizard() && wizard()->currentPage() == this) {
        if (QAbstractButton *next = wizard()->button(QWizard::NextButton))
            next->setFocus(Qt::OtherFocusReason);
    }
}

void SignInPage::onBrowserNeeded(const QUrl &url)
{
    m_deadline = QDeadlineTimer(m_controller->browserTimeoutMs());
    m_oneMinuteAnnounced = false;
    m_countdownBar->setRange(0, std::max(1, m_controller->browserTimeoutMs() / 1000));
    updateCountdown();
    m_countdownTimer->start();
    m_waitingPanel->show();
    if (!m_desktop->openUrl(url)) {
        m_linkFeedback->setStatus(tr("Mail Setup could not open a browser. Choose \"Copy link\" and open the link in "
                                     "a browser yourself."),
                                  StatusLabel::Urgency::Alert);
        m_copyLinkButton->setFocus(Qt::OtherFocusReason);
    }
}

void SignInPage::updateCountdown()
{
    const qint64 seconds = std::max<qint64>(0, (m_deadline.remainingTime() + 999) / 1000);
    const QString time = tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    m_countdownLabel->setText(tr("Time left to sign in: %1").arg(time));
    m_countdownBar->setValue(int(seconds));
    m_countdownBar->setAccessibleDescription(m_countdownLabel->text());
    if (seconds <= 60 && seconds > 0 && !m_oneMinuteAnnounced) {
        m_oneMinuteAnnounced = true;
        m_linkFeedback->setStatus(tr("Less than a minute is left to finish signing in."), StatusLabel::Urgency::Alert);
    }
}

void SignInPage::copyLink()
{
    QGuiApplication::clipboard()->setText(m_controller->signInUrl().toString(QUrl::FullyEncoded));
    m_linkFeedback->setStatus(tr("The link is on the clipboard. Paste it into the address bar of a browser."),
                              StatusLabel::Urgency::Alert);
}

void SignInPage::openAgain()
{
    if (m_desktop->openUrl(m_controller->signInUrl()))
        m_linkFeedback->setStatus(tr("The sign-in page opens in your browser again."));
    else
        m_linkFeedback->setStatus(tr("Mail Setup could not open a browser. Choose \"Copy link\" and open the link "
                                     "in a browser yourself."),
                                  StatusLabel::Urgency::Alert);
}

void SignInPage::onKeychainUnavailable(SecretStatus status, const QString &detail)
{
    switch (status) {
    case SecretStatus::Locked:
        m_keychainMessage->setText(tr("The keychain of this computer is locked, so Mail Setup cannot keep your "
                                      "sign-in. Unlock it (your desktop may ask for your login password) and try "
                                      "again, or go on without saving: then you will have to sign in again the next "
                                      "time you use Mail Setup."));
        break;
    case SecretStatus::Unavailable:
        m_keychainMessage->setText(tr("Mail Setup cannot reach a keychain on this computer, so it cannot keep your "
                                      "sign-in. You can go on without saving: the setup works the same, but you will "
                                      "have to sign in again the next time you use Mail Setup."));
        break;
    default:
        m_keychainMessage->setText(tr("The keychain of this computer did not take the sign-in. You can try again, or "
                                      "go on without saving: then you will have to sign in again the next time you use "
                                      "Mail Setup."));
        break;
    }
    m_keychainDetail->setText(detail.isEmpty() ? QString() : tr("The keychain said: %1").arg(printable(detail)));
    m_keychainDetail->setVisible(!detail.isEmpty());
    m_keychainPanel->show();
    m_signInButton->hide();
    m_statusLabel->setStatus(tr("Your sign-in cannot be saved on this computer."), StatusLabel::Urgency::Alert);
    m_continueWithoutKeychainButton->setFocus(Qt::OtherFocusReason);
}

void SignInPage::onSignInFailed(const Diagnosis &diagnosis, const QString &signedInAs)
{
    // Another attempt is what this page is for: every sign-in failure offers it.
    QList<DiagnosisView::Action> actions = DiagnosisView::remediesOf(
        { diagnosis }, { Remedy::CopyAdministratorMessage, Remedy::SignInAgain, Remedy::UseAnotherAccount });
    if (!signedInAs.isEmpty()) {
        m_diagnosisView->setLead(tr("You signed in as %1, but you are setting up %2.").arg(signedInAs, m_controller->address()));
        actions.removeAll(Remedy::SignInAgain);
        if (!actions.contains(Remedy::UseAnotherAccount))
            actions.append(Remedy::UseAnotherAccount);
    } else {
        m_diagnosisView->setLead(QString());
        if (!actions.contains(Remedy::SignInAgain))
            actions.prepend(Remedy::SignInAgain);
    }
    m_diagnosisView->setDiagnosis(diagnosis);
    m_diagnosisView->setActions(actions);
    m_signInButton->hide();
    m_diagnosisView->focusFirstAction();
}

void SignInPage::onDiagnosisAction(Remedy action)
{
    switch (action) {
    case DiagnosisView::Action::SignInAgain:
    case DiagnosisView::Action::UseAnotherAccount:
        // The sign-in page always lets the user pick the account (prompt=select_account).
        m_controller->startSignIn();
        break;
    case DiagnosisView::Action::CopyAdministratorMessage:
        if (const auto diagnosis = m_controller->signInDiagnosis()) {
            QGuiApplication::clipboard()->setText(m_controller->administratorMessage(*diagnosis));
            m_diagnosisView->setFeedback(tr("A message for your IT administrator is on the clipboard. Paste it into "
                                            "an email or a support ticket."));
        }
        break;
    case DiagnosisView::Action::ShowImapHelp:
    case DiagnosisView::Action::TryAgain:
        break;
    }
}
