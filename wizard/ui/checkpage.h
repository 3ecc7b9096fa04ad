// Page 4: checks the account, starting by itself when the page opens. The IMAP and SMTP steps appear live
// side by side (two step lists); when done, the page leads with the answer (incoming works, outgoing works,
// the message arrived in N seconds), its title says it, and the steps with their times are one click away.
// A passed check goes on to the ready page by itself. Otherwise: what went wrong, in full sentences, with
// the buttons that fix it: back to switching on IMAP, a message for the IT administrator, sign in again,
// try again (which reruns only what failed).
#pragma once

#include "wizard/core/probe/mailboxcheck.h"

#include <QWizardPage>

class DesktopHooks;
class DiagnosisView;
class QBoxLayout;
class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;
class SetupController;
class StatusLabel;
class StepListView;

class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    CheckPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    StepListView *stepList(MailboxCheck::Protocol protocol) const;

Q_SIGNALS:
    // The check on this page has just passed: the wizard goes on by itself.
    void finishedBySelf();
    // A remedy leads to another page: back to switching on IMAP, or to a new sign-in.
    void imapHelpWanted();
    void signInAgainWanted();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void start();
    void retry();
    void resetLists();
    void showRunning();
    void onStepStarted(MailboxCheck::Protocol protocol, ProbeStep step);
    void onStepFinished(MailboxCheck::Protocol protocol, const StepResult &result);
    void onFinished(const MailboxCheckReport &report);
    void onDiagnosisAction(Remedy action);
    void showDetails(bool shown);
    void showSteps(bool shown);
    void showAnswer(const MailboxCheckReport &report);
    void saveReport();

    SetupController *m_controller;
    DesktopHooks *m_desktop;
    StatusLabel *m_answerLabel;
    QToolButton *m_stepsButton;
    QWidget *m_stepsPanel;
    QCheckBox *m_sendTestMessage;
    QPushButton *m_startButton;
    StatusLabel *m_statusLabel;
    QBoxLayout *m_listsLayout;
    StepListView *m_imapSteps;
    StepListView *m_smtpSteps;
    QToolButton *m_detailsButton;
    StatusLabel *m_testMessageLabel;
    DiagnosisView *m_diagnosisView;
    QPushButton *m_saveReportButton;
    QPushButton *m_keepButton;
    StatusLabel *m_reportStatus;
    bool m_freshRun[2] = { false, false };  // the next step of this protocol begins a new run of it
    bool m_ranThisRun[2] = { false, false };
    bool m_testMessageThisRun = true;
    bool m_retryOnReturn = false;  // the user left to fix something; coming back reruns what failed
};
