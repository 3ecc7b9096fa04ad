#include "wizard/ui/imapswitchpage.h"

#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/buttonrow.h"
#include "wizard/ui/illustrationview.h"
#include "wizard/ui/desktophooks.h"
#include "wizard/ui/pageid.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/account/setupcontroller.h"

#include <QBoxLayout>
#include <QAbstractButton>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QUrl>

using namespace Qt::StringLiterals;

QUrl ImapSwitchPage::outlookSettingsUrl()
{
    return QUrl(u"https://outlook.live.com/mail/0/options/mail/accounts/popImap"_s);
}

ImapSwitchPage::ImapSwitchPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_personalPart(new QWidget(this))
    , m_workLabel(new WrappedLabel(QString(), this))
    , m_openButton(new QPushButton(m_personalPart))
    , m_openStatus(new StatusLabel(m_personalPart))
{
    setObjectName(u"imapSwitchPage"_s);
    setTitle(tr("Switch on POP and IMAP"));

    // The steps, in Outlook.com's own words. Each step is one sentence of its own, so that it translates whole.
    const QStringList steps = {
        tr("Sign in at Outlook.com in your browser, or choose \"Open Outlook.com settings\" below, which takes you "
           "straight to step 3."),
        tr("Choose Settings (the gear at the top right), then Mail, then Forwarding and IMAP. In newer versions of "
           "Outlook.com the page is called Sync email, with a part called POP and IMAP."),
        tr("Switch on \"Let devices and apps use IMAP\". If your mail app uses POP, switch on \"Let devices and apps "
           "use POP\" as well."),
        tr("Choose Save."),
    };

    auto *stepsWidget = new QWidget(m_personalPart);
    auto *stepsLayout = new QGridLayout(stepsWidget);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->setColumnStretch(1, 1);
    for (int i = 0; i < steps.size(); ++i) {
        auto *number = new QLabel(QLocale().toString(i + 1), stepsWidget);
        QFont bold = number->font();
        bold.setBold(true);
        number->setFont(bold);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QLabel *text = new WrappedLabel(steps.at(i), stepsWidget);
        text->setObjectName(u"imapStep%1"_s.arg(i + 1));
        text->setAccessibleName(tr("Step %1 of %2: %3").arg(i + 1).arg(steps.size()).arg(steps.at(i)));
        stepsLayout->addWidget(number, i, 0);
        stepsLayout->addWidget(text, i, 1);
    }

    auto *picture = new IllustrationView(u":/icons/outlook-imap-switch.svg"_s, m_personalPart);
    picture->setObjectName(u"imapSwitchIllustration"_s);
    picture->setAccessibleName(tr("Picture of the Outlook.com settings"));
    picture->setAccessibleDescription(tr("The numbers in the picture match the steps: 1 the gear, 2 Mail and Forwarding "
                                         "and IMAP, 3 the switch, turned on, 4 the Save button."));

    m_openButton->setObjectName(u"openOutlookSettingsButton"_s);
    m_openButton->setText(tr("&Open Outlook.com settings"));
    m_openButton->setIcon(QIcon(u":/icons/open-browser.svg"_s));
    m_openButton->setAccessibleDescription(tr("Opens the POP and IMAP settings of Outlook.com in your browser. "
                                              "Sign in there if Outlook.com asks."));
    connect(m_openButton, &QPushButton::clicked, this, &ImapSwitchPage::openSettings);
    auto *buttons = new ButtonRow(m_personalPart);
    buttons->addButton(m_openButton);
    buttons->addStretch();

    m_openStatus->setObjectName(u"openOutlookSettingsStatus"_s);

    QLabel *fallback = new WrappedLabel(tr("If the button does not open the right page, follow the steps above: the way "
                                  "through the settings always works."), m_personalPart);

    // The steps and the picture side by side where there is room, the picture under the steps otherwise.
    auto *stepsColumn = new QVBoxLayout;
    stepsColumn->addWidget(stepsWidget);
    stepsColumn->addWidget(buttons);
    stepsColumn->addWidget(m_openStatus);
    stepsColumn->addStretch(1);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addLayout(stepsColumn, 3);
    m_columns->addWidget(picture, 2, Qt::AlignTop);
    auto *personalLayout = new QVBoxLayout(m_personalPart);
    personalLayout->setContentsMargins(0, 0, 0, 0);
    personalLayout->addLayout(m_columns);
    personalLayout->addWidget(fallback);

    m_workLabel->setObjectName(u"imapWorkAccountLabel"_s);
    m_workLabel->setText(tr("For a work or school account, your IT administrator decides whether mail apps may use "
                            "IMAP and POP; there is nothing to switch on here. If it is not allowed, the check "
                            "will say so and help you ask for it."));
    m_workLabel->hide();


    // Long at 200% or in a narrow window: the whole page scrolls.
    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("Outlook.com lets mail apps in only after you switch this on, once, in its settings."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_personalPart);
    contentLayout->addWidget(m_workLabel);
    contentLayout->addStretch(1);
    setScrollableContent(this, content, u"imapSwitchScrollArea"_s);
}

void ImapSwitchPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    const int needed = fontMetrics().averageCharWidth() * 80;
    const auto direction = event->size().width() < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

bool ImapSwitchPage::isWorkAccount() const
{
    return m_controller->accountKind() == AccountKind::Work;
}

void ImapSwitchPage::initializePage()
{
    const bool work = isWorkAccount();
    m_personalPart->setVisible(!work);
    m_workLabel->setVisible(work);
    m_openStatus->setStatus(QString());
    // One press says it is done and goes on: the Next button says so itself.
    setButtonText(QWizard::NextButton, work ? wizard()->buttonText(QWizard::NextButton) : tr("I've &switched it on"));
    if (QAbstractButton *next = wizard()->button(QWizard::NextButton)) {
        next->setAccessibleDescription(work ? tr("Goes on to the next step.")
                                            : tr("Choose this once \"Let devices and apps use IMAP\" is on and saved. "
                                                 "Mail Setup goes on to the sign-in."));
    }
    Q_EMIT completeChanged();
}

void ImapSwitchPage::cleanupPage()
{
    restoreNextDescription();
}

bool ImapSwitchPage::validatePage()
{
    restoreNextDescription();
    return true;
}

void ImapSwitchPage::restoreNextDescription()
{
    if (QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr)
        next->setAccessibleDescription(tr("Goes on to the next step."));
}

int ImapSwitchPage::nextId() const
{
    // Back here from the check (to switch IMAP on) after signing in: straight back to the check.
    return m_controller->signInState() == SetupController::SignInState::SignedIn ? WizardPage::CheckPageId
                                                                                  : WizardPage::SignInPageId;
}

void ImapSwitchPage::openSettings()
{
    if (m_desktop->openUrl(outlookSettingsUrl())) {
        m_openStatus->setStatus(tr("Outlook.com's settings open in your browser. Come back here when you have saved."));
    } else {
        m_openStatus->setStatus(tr("Mail Setup could not open a browser. Open %1 in a browser yourself, or follow "
                                   "the steps above.").arg(outlookSettingsUrl().toString()),
                                StatusLabel::Urgency::Alert);
    }
}
