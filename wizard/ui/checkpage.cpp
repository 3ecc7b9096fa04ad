#include "checkpage.h"

#include "scrollablepage.h"
#include "buttonrow.h"
#include "diagnosisview.h"
#include "setupwizard.h"
#include "statuslabel.h"
#include "wrappedlabel.h"
#include "steplistview.h"

#include "account/setupcontroller.h"
#include "diagnosis/diagnosiscatalogue.h"

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

CheckPage::CheckPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_sendTestMessage(new QCheckBox(this))
    , m_startButton(new QPushButton(this))
    , m_statusLabel(new StatusLabel(this))
    , m_listsLayout(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_imapSteps(new StepListView(tr("Incoming mail (IMAP)"), this))
    , m_smtpSteps(new StepListView(tr("Outgoing mail (SMTP)"), this))
    , m_detailsButton(new QToolButton(this))
    , m_testMessageLabel(new StatusLabel(this))
    , m_diagnosisView(new DiagnosisView(this))
    , m_saveReportButton(new QPushButton(this))
    , m_reportStatus(new StatusLabel(this))
{
    setObjectName(u"checkPage"_s);
    setTitle(tr("Checking your account"));

    m_sendTestMessage->setObjectName(u"sendTestMessageCheckBox"_s);
    m_sendTestMessage->setText(tr("Send a test &message to myself"));
    m_sendTestMessage->setAccessibleDescription(tr("Sends one short message to your own address and looks for it in "
                                                   "your inbox, to prove that mail really comes and goes."));
    m_sendTestMessage->setChecked(controller->sendsTestMessageByDefault());

    m_startButton->setObjectName(u"startCheckButton"_s);
    m_startButton->setText(tr("&Check my account"));
    m_startButton->setAccessibleDescription(tr("Starts the check of incoming and outgoing mail."));
    connect(m_startButton, &QPushButton::clicked, this, &CheckPage::start);
    auto *startRow = new ButtonRow(this);
    startRow->addButton(m_startButton);
    startRow->addStretch();

    m_statusLabel->setObjectName(u"checkStatusLabel"_s);
    m_testMessageLabel->setObjectName(u"testMessageLabel"_s);

    m_imapSteps->setObjectName(u"imapStepList"_s);
    m_smtpSteps->setObjectName(u"smtpStepList"_s);
    m_listsLayout->addWidget(m_imapSteps, 1);
    m_listsLayout->addWidget(m_smtpSteps, 1);

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
    m_saveReportButton->setAccessibleDescription(tr("Saves what Mail Setup did and found to a text file, without "
                                                    "any password or token, for whoever helps you with your mail."));
    m_saveReportButton->setAutoDefault(false);
    m_saveReportButton->hide();
    connect(m_saveReportButton, &QPushButton::clicked, this, &CheckPage::saveReport);
    auto *reportRow = new ButtonRow(this);
    reportRow->addButton(m_saveReportButton);
    reportRow->addStretch();
    m_reportStatus->setObjectName(u"checkReportStatusLabel"_s);

    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("Mail Setup signs in to your mailbox the way a mail app does, for incoming and for outgoing mail."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_sendTestMessage);
    contentLayout->addWidget(startRow);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addLayout(m_listsLayout);
    contentLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_testMessageLabel);
    contentLayout->addWidget(m_diagnosisView);
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

QList<ProbeStep> CheckPage::expectedSteps(MailboxCheck::Protocol protocol, ConnectionSecurity security,
                                          bool sendTestMessage)
{
    QList<ProbeStep> steps = { ProbeStep::Resolve, ProbeStep::Connect };
    if (security == ConnectionSecurity::Tls)
        steps << ProbeStep::TlsHandshake;
    steps << ProbeStep::Greeting << ProbeStep::Capabilities;
    if (security == ConnectionSecurity::StartTls)
        steps << ProbeStep::StartTls;
    steps << ProbeStep::Authenticate;
    if (protocol == MailboxCheck::Protocol::Imap) {
        steps << ProbeStep::Mailbox;
        if (sendTestMessage)
            steps << ProbeStep::FindMessage;
    } else if (sendTestMessage) {
        steps << ProbeStep::Send;
    }
    steps << ProbeStep::Logout;
    return steps;
}

bool CheckPage::testMessageWanted() const
{
    return m_sendTestMessage->isChecked();
}

void CheckPage::resetLists()
{
    const ProviderProfile profile = m_controller->profile();
    m_imapSteps->setExpectedSteps(expectedSteps(MailboxCheck::Protocol::Imap, profile.imap.security, testMessageWanted()));
    m_smtpSteps->setExpectedSteps(expectedSteps(MailboxCheck::Protocol::Smtp, profile.smtp.security, testMessageWanted()));
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
        return;  // the last result stays on show; "Try again" is there for a failure
    resetLists();
    m_diagnosisView->clear();
    m_saveReportButton->hide();
    m_reportStatus->setStatus(QString());
    m_testMessageLabel->setStatus(QString());
    m_statusLabel->setStatus(tr("Choose \"Check my account\" to start. It takes up to a minute."));
    m_sendTestMessage->setEnabled(true);
    m_startButton->show();
    m_startButton->setEnabled(true);
    m_startButton->setFocus(Qt::OtherFocusReason);
}

void CheckPage::cleanupPage()
{
    // Going back stops a check under way; the sent test message, if any, is harmless.
    if (m_controller->checkState() == SetupController::CheckState::Running)
        m_controller->cancelCheck();
}

bool CheckPage::isComplete() const
{
    return m_controller->checkState() == SetupController::CheckState::Passed;
}

int CheckPage::nextId() const
{
    // A preset may end the wizard with the check (Finish instead of Next).
    if (m_controller->skipsPage(u"ready"_s))
        return -1;
    return SetupWizard::ReadyPageId;
}

void CheckPage::showRunning()
{
    m_diagnosisView->clear();
    m_saveReportButton->hide();
    m_reportStatus->setStatus(QString());
    m_testMessageLabel->setStatus(QString());
    m_sendTestMessage->setEnabled(false);
    m_startButton->hide();
    m_statusLabel->setStatus(tr("Checking incoming and outgoing mail. This takes up to a minute."));
    Q_EMIT completeChanged();
}

void CheckPage::start()
{
    m_testMessageThisRun = testMessageWanted();
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
        list->setExpectedSteps(expectedSteps(protocol,
                                             protocol == MailboxCheck::Protocol::Imap ? m_controller->profile().imap.security
                                                                                      : m_controller->profile().smtp.security,
                                             m_testMessageThisRun));
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

    if (report.testMessage && report.testMessage->seenInInbox) {
        m_testMessageLabel->setStatus(tr("The test message reached your inbox in %1 seconds.")
                                          .arg(QLocale().toString(report.testMessage->ms / 1000.0, 'f', 1)));
    } else if (report.testMessage && report.testMessage->sent) {
        m_testMessageLabel->setStatus(tr("The test message was sent, but it did not show up in your inbox in time."));
    }

    if (m_controller->checkState() == SetupController::CheckState::Passed) {
        m_statusLabel->setStatus(tr("Your account works: Mail Setup signed in, opened your inbox and can send mail."),
                                 StatusLabel::Urgency::Alert);
        Q_EMIT completeChanged();
        if (wizard() && wizard()->currentPage() == this) {
            if (QAbstractButton *next = wizard()->button(QWizard::NextButton))
                next->setFocus(Qt::OtherFocusReason);
        }
        return;
    }

    const QList<Diagnosis> diagnoses = m_controller->checkDiagnoses();
    const bool started = !report.imap.steps.isEmpty() || !report.smtp.steps.isEmpty();
    QList<DiagnosisView::Action> available{ Remedy::ShowImapHelp, Remedy::CopyAdministratorMessage, Remedy::SignInAgain };
    if (started)
        available << Remedy::TryAgain;
    const QList<DiagnosisView::Action> actions = DiagnosisView::remediesOf(diagnoses, available);

    m_statusLabel->setStatus(tr("Not everything works yet. Below is what went wrong and what to do about it."),
                             StatusLabel::Urgency::Alert);
    m_diagnosisView->setDiagnoses(diagnoses);
    m_diagnosisView->setActions(actions);
    m_saveReportButton->show();
    m_sendTestMessage->setEnabled(false);
    m_startButton->hide();
    Q_EMIT completeChanged();
    m_diagnosisView->focusFirstAction();
}

void CheckPage::onDiagnosisAction(Remedy action)
{
    auto *setupWizard = qobject_cast<SetupWizard *>(wizard());
    switch (action) {
    case DiagnosisView::Action::ShowImapHelp:
        m_retryOnReturn = true;
        if (setupWizard)
            setupWizard->showImapHelp();
        break;
    case DiagnosisView::Action::SignInAgain:
        m_retryOnReturn = true;
        if (setupWizard)
            setupWizard->signInAgain();
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
    if (auto *setupWizard = qobject_cast<SetupWizard *>(wizard())) {
        const QString outcome = setupWizard->saveHelpdeskReport(this);
        if (!outcome.isEmpty())
            m_reportStatus->setStatus(outcome, StatusLabel::Urgency::Alert);
    }
}

void CheckPage::showDetails(bool shown)
{
    m_detailsButton->setText(shown ? tr("Hide server &replies") : tr("Show server &replies"));
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setAccessibleName(shown ? tr("Hide server replies") : tr("Show server replies"));
    m_imapSteps->setDetailsShown(shown);
    m_smtpSteps->setDetailsShown(shown);
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
