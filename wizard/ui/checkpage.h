// Page 4: checks the account. The IMAP and SMTP steps appear live side by side (two step lists), then
// either "your account works" or what went wrong, in full sentences, with the buttons that fix it:
// back to switching on IMAP, a message for the IT administrator, sign in again, try again (which reruns
// only what failed). The server's words for each step are one click away.
#pragma once

#include "account/mailboxcheck.h"

#include <QWizardPage>

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
    CheckPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    StepListView *stepList(MailboxCheck::Protocol protocol) const;

    // The steps a check is expected to go through, before it starts (pending in the lists).
    static QList<ProbeStep> expectedSteps(MailboxCheck::Protocol protocol, ConnectionSecurity security,
                                          bool sendTestMessage);

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
    void saveReport();
    bool testMessageWanted() const;

    SetupController *m_controller;
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
    StatusLabel *m_reportStatus;
    bool m_freshRun[2] = { false, false };  // the next step of this protocol begins a new run of it
    bool m_ranThisRun[2] = { false, false };
    bool m_testMessageThisRun = true;
    bool m_retryOnReturn = false;  // the user left to fix something; coming back reruns what failed
};
