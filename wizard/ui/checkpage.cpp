#include "wizard/ui/checkpage.h"

#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/buttonrow.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/desktophooks.h"
#include "wizard/ui/pageid.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"
#include "wizard/ui/steplistview.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

int indexOf(MailboxCheck::Protocol protocol)
{
    return protocol == MailboxCheck::Protocol::Imap ? 0 : 1;
}

} // namespace

CheckPage::CheckPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_answerLabel(new StatusLabel(this))
    , m_stepsButton(new QToolButton(this))
    , m_stepsPanel(new QWidget(this))
    , m_sendTestMessage(new QCheckBox(this))
    , m_startButton(new QPushButton(this))
    , m_statusLabel(new StatusLabel(this))
    , m_listsLayout(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_imapSteps(new StepListView(tr("Incoming mail (IMAP)"), m_stepsPanel))
    , m_smtpSteps(new StepListView(tr("Outgoing mail (SMTP)"), m_stepsPanel))
    , m_detailsButton(new QToolButton(m_stepsPanel))
    , m_testMessageLabel(new StatusLabel(this))
    , m_diagnosisView(new DiagnosisView(this))
    , m_saveReportButton(new QPushButton(this))
    , m_keepButton(new QPushButton(this))
    , m_reportStatus(new StatusLabel(this))
{
    setObjectName(u"checkPage"_s);
    setTitle(tr("Checking your account"));

    m_sendTestMessage->setObjectName(u"sendTestMessageCheckBox"_s);
    m_sendTestMessage->setText(tr("Send a test &message to myself"));
    m_sendTestMessage->setAccessibleDescription(tr("Sends one short message to your own address and looks for it in "
                                                   "your inbox, to prove that mail really comes and goes."));
    m_sendTestMessage->setChecked(m_controller->sendTestMessage());
    connect(m_sendTestMessage, &QCheckBox::toggled, m_controller, &SetupController::setSendTestMessage);

    m_startButton->setObjectName(u"startCheckButton"_s);
    m_startButton->setText(tr("&Check again"));
    m_startButton->setAccessibleDescription(tr("Checks incoming and outgoing mail once more."));
    connect(m_startButton, &QPushButton::clicked, this, &CheckPage::start);
    auto *startRow = new ButtonRow(this);
    startRow->addButton(m_startButton);
    startRow->addStretch();

    m_statusLabel->setObjectName(u"checkStatusLabel"_s);
    m_answerLabel->setObjectName(u"checkAnswerLabel"_s);
    QFont answerFont = m_answerLabel->font();
    answerFont.setBold(true);
    m_answerLabel->setFont(answerFont);

    // The steps are the proof, not the answer: once the check is done they fold away behind one button.
    m_stepsButton->setObjectName(u"showStepsButton"_s);
    m_stepsButton->setCheckable(true);
    m_stepsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepsButton->setFocusPolicy(Qt::StrongFocus);
    m_stepsButton->setAccessibleDescription(tr("Shows or hides each step of the check and how long it took."));
    connect(m_stepsButton, &QToolButton::toggled, this, &CheckPage::showSteps);
    m_stepsButton->hide();
    m_stepsPanel->setObjectName(u"checkStepsPanel"_s);
    m_testMessageLabel->setObjectName(u"testMessageLabel"_s);

    m_imapSteps->setObjectName(u"imapStepList"_s);
    m_smtpSteps->setObjectName(u"smtpStepList"_s);
    m_listsLayout->addWidget(m_imapSteps, 1);
    m_listsLayout->addWidget(m_smtpSteps, 1);
    auto *stepsLayout = new QVBoxLayout(m_stepsPanel);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addLayout(m_listsLayout);
    stepsLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);

    m_detailsButton->setObjectName(u"showStepDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setFocusPolicy(Qt::StrongFocus);
    m_detailsButton->setAccessibleDescription(tr("Shows or hides what the servers said at each step."));
    connect(m_detailsButton, &QToolButton::toggled, this, &CheckPage::showDetails);
    showDetails(false);

    m_diagnosisView->setObjectName(u"checkDiagnosisView"_s);
    connect(m_diagnosisView, &DiagnosisView::actionTriggered, this, &CheckPage::onDiagnosisAction);

    // After a failure: everything a helpdesk needs, in a file.
    m_saveReportButton->setObjectName(u"saveCheckReportButton"_s);
    m_saveReportButton->setText(tr("Save a re&port for the helpdesk…"));
    m_saveReportButton->setAccessibleDescription(tr("Saves what Mail Setup did and found as a web page, without "
                                                    "any password or token, for whoever helps you with your mail."));
    m_saveReportButton->setAutoDefault(false);
    m_saveReportButton->hide();
    connect(m_saveReportButton, &QPushButton::clicked, this, &CheckPage::saveReport);
    // Receiving works, sending was refused: finish with what works and check again after the fix.
    m_keepButton->setObjectName(u"keepWhatWorksButton"_s);
    m_keepButton->setText(tr("&Finish with incoming mail only"));
    m_keepButton->setAccessibleDescription(tr("Saves this account as it is, so that you can read your mail now. "
                                              "Check again once sending has been switched on."));
    m_keepButton->setAutoDefault(false);
    m_keepButton->hide();
    connect(m_keepButton, &QPushButton::clicked, this, [this] {
        m_controller->keepWhatWorks();
        Q_EMIT completeChanged();
        Q_EMIT finishedBySelf();
    });
    auto *reportRow = new ButtonRow(this);
    reportRow->addButton(m_keepButton);
    reportRow->addButton(m_saveReportButton);
    reportRow->addStretch();
    m_reportStatus->setObjectName(u"checkReportStatusLabel"_s);

    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_answerLabel);
    contentLayout->addWidget(m_testMessageLabel);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addWidget(m_diagnosisView);
    contentLayout->addWidget(m_stepsButton, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_stepsPanel);
    contentLayout->addWidget(m_sendTestMessage);
    contentLayout->addWidget(startRow);
    contentLayout->addWidget(reportRow);
    contentLayout->addWidget(m_reportStatus);
    contentLayout->addStretch(1);
    setScrollableContent(this, content, u"checkScrollArea"_s);

    connect(m_controller, &SetupController::checkStepStarted, this, &CheckPage::onStepStarted);
    connect(m_controller, &SetupController::checkStepFinished, this, &CheckPage::onStepFinished);
    connect(m_controller, &SetupController::checkFinished, this, &CheckPage::onFinished);
}

StepListView *CheckPage::stepList(MailboxCheck::Protocol protocol) const
{
    return protocol == MailboxCheck::Protocol::Imap ? m_imapSteps : m_smtpSteps;
}

void CheckPage::resetLists()
{
    m_imapSteps->setExpectedSteps(m_controller->plannedSteps(MailboxCheck::Protocol::Imap));
    m_smtpSteps->setExpectedSteps(m_controller->plannedSteps(MailboxCheck::Protocol::Smtp));
    m_imapSteps->setDetailsShown(m_detailsButton->isChecked());
    m_smtpSteps->setDetailsShown(m_detailsButton->isChecked());
}

void CheckPage::initializePage()
{
    using C = SetupController::CheckState;
    const C state = m_controller->checkState();
    if (m_retryOnReturn && state == C::Failed) {
        m_retryOnReturn = false;
        retry();
        return;
    }
    m_retryOnReturn = false;
    if (state == C::Passed || state == C::Failed)
        return;  // the last result stays on show; "Try again" is there for a failure, "Check again" otherwise
    // Nothing to choose before the check: it starts as the page opens.
    m_sendTestMessage->setChecked(m_controller->sendTestMessage());
    start();
}

void CheckPage::cleanupPage()
{
    // Going back stops a check under way; the sent test message, if any, is harmless.
    if (m_controller->checkState() == SetupController::CheckState::Running)
        m_controller->cancelCheck();
}

bool CheckPage::isComplete() const
{
    return m_controller->checkState() == SetupController::CheckState::Passed || m_controller->keptWhatWorks();
}

int CheckPage::nextId() const
{
    // A preset may end the wizard with the check (Finish instead of Next).
    if (m_controller->skipsPage(u"ready"_s))
        return -1;
    return WizardPage::ReadyPageId;
}

void CheckPage::showRunning()
{
    setTitle(tr("Checking your account"));
    m_answerLabel->setStatus(QString());
    m_stepsButton->hide();
    m_stepsPanel->show();
    m_diagnosisView->clear();
    m_saveReportButton->hide();
    m_keepButton->hide();
    m_reportStatus->setStatus(QString());
    m_testMessageLabel->setStatus(QString());
    m_sendTestMessage->setEnabled(false);
    m_startButton->hide();
    m_statusLabel->setStatus(m_controller->sendTestMessage()
                                 ? tr("Checking incoming and outgoing mail and sending a test message to yourself. "
                                      "This takes up to a minute.")
                                 : tr("Checking incoming and outgoing mail. This takes up to a minute."));
    Q_EMIT completeChanged();
}

void CheckPage::start()
{
    m_testMessageThisRun = m_controller->sendTestMessage();
    resetLists();
    m_freshRun[0] = m_freshRun[1] = false;
    m_ranThisRun[0] = m_ranThisRun[1] = true;
    showRunning();
    m_controller->startCheck(m_testMessageThisRun);
    if (m_controller->checkState() != SetupController::CheckState::Running) {
        // No sign-in to check with (it was withdrawn): the only way on is to sign in again.
        onFinished({});
    }
}

void CheckPage::retry()
{
    // Each list starts over when its protocol's first step comes; a protocol that passed keeps its steps.
    m_freshRun[0] = m_freshRun[1] = true;
    m_ranThisRun[0] = m_ranThisRun[1] = false;
    showRunning();
    m_controller->retryCheck();
    if (m_controller->checkState() != SetupController::CheckState::Running)
        onFinished({});
}

void CheckPage::onStepStarted(MailboxCheck::Protocol protocol, ProbeStep step)
{
    const int index = indexOf(protocol);
    StepListView *list = stepList(protocol);
    if (m_freshRun[index]) {
        m_freshRun[index] = false;
        m_ranThisRun[index] = true;
        list->setExpectedSteps(m_controller->plannedSteps(protocol));
        list->setDetailsShown(m_detailsButton->isChecked());
    }
    list->stepStarted(step);
}

void CheckPage::onStepFinished(MailboxCheck::Protocol protocol, const StepResult &result)
{
    stepList(protocol)->stepFinished(result);
}

void CheckPage::onFinished(const MailboxCheckReport &report)
{
    if (m_ranThisRun[0])
        m_imapSteps->finish(report.imap.ok());
    if (m_ranThisRun[1])
        m_smtpSteps->finish(report.smtp.ok());
    m_ranThisRun[0] = m_ranThisRun[1] = false;
    m_freshRun[0] = m_freshRun[1] = false;

    showAnswer(report);
    m_sendTestMessage->setEnabled(true);
    // The steps fold away behind their button: the answer leads.
    m_stepsButton->setChecked(false);
    showSteps(false);
    m_stepsButton->show();

    if (m_controller->checkState() == SetupController::CheckState::Passed) {
        setTitle(tr("Your account works"));
        m_statusLabel->setStatus(QString());
        m_startButton->show();
        Q_EMIT completeChanged();
        if (wizard() && wizard()->currentPage() == this) {
            if (QAbstractButton *next = wizard()->button(QWizard::NextButton))
                next->setFocus(Qt::OtherFocusReason);
            Q_EMIT finishedBySelf();
        }
        return;
    }

    setTitle(tr("Not everything works yet"));
    const QList<Diagnosis> diagnoses = m_controller->checkDiagnoses();
    const bool started = !report.imap.steps.isEmpty() || !report.smtp.steps.isEmpty();
    QList<DiagnosisView::Action> available{ Remedy::ShowImapHelp, Remedy::CopyAdministratorMessage, Remedy::SignInAgain };
    if (started)
        available << Remedy::TryAgain;
    const QList<DiagnosisView::Action> actions = DiagnosisView::remediesOf(diagnoses, available);

    m_statusLabel->setStatus(tr("Below is what went wrong and what to do about it."), StatusLabel::Urgency::Alert);
    m_diagnosisView->setDiagnoses(diagnoses);
    m_diagnosisView->setActions(actions);
    m_saveReportButton->show();
    m_keepButton->setVisible(m_controller->canKeepWhatWorks());
    m_startButton->hide();
    Q_EMIT completeChanged();
    m_diagnosisView->focusFirstAction();
}

void CheckPage::showAnswer(const MailboxCheckReport &report)
{
    // The answer first, one sentence per direction, as a person would ask: does my mail come in, does it go out?
    QStringList answer;
    if (report.imap.steps.isEmpty())
        answer << tr("Incoming mail was not checked.");
    else if (report.imap.ok() || (report.testMessage && report.imap.failedStep() == ProbeStep::FindMessage))
        answer << tr("Incoming mail works.");
    else
        answer << tr("Incoming mail does not work yet.");
    if (report.smtp.steps.isEmpty())
        answer << tr("Outgoing mail was not checked.");
    else if (report.smtp.ok())
        answer << tr("Outgoing mail works.");
    else
        answer << tr("Outgoing mail does not work yet.");
    m_answerLabel->setStatus(answer.join(u' '), StatusLabel::Urgency::Alert);

    // Whether the test message arrived is news only when the inbox could be opened to look for it.
    const bool inboxOpened = std::any_of(report.imap.steps.cbegin(), report.imap.steps.cend(), [](const StepResult &step) {
        return step.step == ProbeStep::Mailbox && step.ok;
    });
    if (report.testMessage && report.testMessage->seenInInbox) {
        m_testMessageLabel->setStatus(tr("The test message reached your inbox in %1 seconds.")
                                          .arg(QLocale().toString(report.testMessage->ms / 1000.0, 'f', 1)));
    } else if (report.testMessage && report.testMessage->sent && inboxOpened) {
        m_testMessageLabel->setStatus(tr("The test message was sent, but it did not show up in your inbox in time."));
    } else {
        m_testMessageLabel->setStatus(QString());
    }
}

void CheckPage::onDiagnosisAction(Remedy action)
{
    switch (action) {
    case DiagnosisView::Action::ShowImapHelp:
        m_retryOnReturn = true;
        Q_EMIT imapHelpWanted();
        break;
    case DiagnosisView::Action::SignInAgain:
        m_retryOnReturn = true;
        Q_EMIT signInAgainWanted();
        break;
    case DiagnosisView::Action::TryAgain:
        retry();
        break;
    case DiagnosisView::Action::CopyAdministratorMessage: {
        QStringList messages;
        for (const Diagnosis &diagnosis : m_diagnosisView->diagnoses()) {
            if (diagnosis.offers(Remedy::CopyAdministratorMessage))
                messages.append(m_controller->administratorMessage(diagnosis));
        }
        QGuiApplication::clipboard()->setText(messages.join(u"\n\n"_s));
        m_diagnosisView->setFeedback(tr("A message for your IT administrator is on the clipboard. Paste it into an "
                                        "email or a support ticket."));
        break;
    }
    case DiagnosisView::Action::UseAnotherAccount:
        break;
    }
}

void CheckPage::saveReport()
{
    const QString outcome = m_desktop->saveHelpdeskReport(this);
    if (!outcome.isEmpty())
        m_reportStatus->setStatus(outcome, StatusLabel::Urgency::Alert);
}

void CheckPage::showDetails(bool shown)
{
    m_detailsButton->setText(shown ? tr("Hide server &replies") : tr("Show server &replies"));
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setAccessibleName(shown ? tr("Hide server replies") : tr("Show server replies"));
    m_imapSteps->setDetailsShown(shown);
    m_smtpSteps->setDetailsShown(shown);
}

void CheckPage::showSteps(bool shown)
{
    m_stepsButton->setText(shown ? tr("Hide the &steps") : tr("Show the &steps and their times"));
    m_stepsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_stepsButton->setAccessibleName(shown ? tr("Hide the steps") : tr("Show the steps and their times"));
    m_stepsPanel->setVisible(shown);
}

void CheckPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    // Side by side where there is room for both lists, one under the other in a narrow window.
    const int needed = fontMetrics().averageCharWidth() * 70;
    const auto direction = event->size().width() < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_listsLayout->direction() != direction)
        m_listsLayout->setDirection(direction);
}
