// Page 3: sign in with Microsoft in the browser. Shows what the controller is doing: checking the
// keychain, waiting for the browser (with "Copy link", "Open again", Cancel and the time left), finishing,
// signed in, or why it failed, with the button that fits (sign in again, use another account, a message
// for the IT administrator). A keychain that cannot keep the sign-in is a question: go on without saving,
// or try the keychain again.
#pragma once

#include "wizard/core/account/setupcontroller.h"

#include <QDeadlineTimer>
#include <QWizardPage>

class DesktopHooks;
class DiagnosisView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class StatusLabel;

class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    SignInPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    // The sign-in on this page has just succeeded: the wizard goes on by itself.
    void finishedBySelf();

private:
    void onStateChanged(SetupController::SignInState state);
    void showState(SetupController::SignInState state);
    void onBrowserNeeded(const QUrl &url);
    void onKeychainUnavailable(SecretStatus status, const QString &detail);
    void onSignInFailed(const Diagnosis &diagnosis, const QString &signedInAs);
    void onDiagnosisAction(Remedy action);
    void updateCountdown();
    void copyLink();
    void openAgain();

    SetupController *m_controller;
    DesktopHooks *m_desktop;
    QLabel *m_introLabel;
    QPushButton *m_signInButton;
    QLabel *m_noClientIdLabel;
    StatusLabel *m_statusLabel;
    QWidget *m_waitingPanel;
    QLabel *m_countdownLabel;
    QProgressBar *m_countdownBar;
    QPushButton *m_copyLinkButton;
    QPushButton *m_openAgainButton;
    QPushButton *m_cancelButton;
    StatusLabel *m_linkFeedback;
    QWidget *m_keychainPanel;
    QLabel *m_keychainMessage;
    QLabel *m_keychainDetail;
    QPushButton *m_continueWithoutKeychainButton;
    QPushButton *m_retryKeychainButton;
    DiagnosisView *m_diagnosisView;
    QTimer *m_countdownTimer;
    QDeadlineTimer m_deadline;
    bool m_oneMinuteAnnounced = false;
};
