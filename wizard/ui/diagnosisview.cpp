#include "wizard/ui/diagnosisview.h"

#include "wizard/ui/buttonrow.h"
#include "wizard/ui/commandblock.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/diagnosis/administratorrequest.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/report/printable.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DiagnosisView::DiagnosisView(QWidget *parent)
    : QFrame(parent)
    , m_lead(new WrappedLabel(QString(), this))
    , m_entries(new QVBoxLayout)
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttonRow(new ButtonRow(this))
    , m_feedback(new StatusLabel(this))
{
    setObjectName(u"diagnosisView"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("What went wrong"));

    auto *icon = new QLabel(this);
    m_icon = icon;
    icon->setObjectName(u"diagnosisWarningIcon"_s);
    icon->setPixmap(QIcon(u":/icons/warning.svg"_s).pixmap(QSize(24, 24)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Problem"));

    m_lead->setObjectName(u"diagnosisLead"_s);
    m_lead->hide();

    m_detailsButton->setObjectName(u"showDiagnosisDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setFocusPolicy(Qt::StrongFocus);
    m_detailsButton->setAccessibleDescription(tr("Shows or hides what the server said, for a helpdesk."));
    connect(m_detailsButton, &QToolButton::toggled, this, &DiagnosisView::setDetailsShown);

    m_details->setObjectName(u"diagnosisDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details for the helpdesk"));
    m_details->setAccessibleDescription(tr("What the server or Microsoft's sign-in said, word for word."));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 8);
    m_details->hide();

    addButton(Remedy::SignInAgain, "signInAgainButton", tr("Sign in &again"),
              tr("Opens Microsoft's sign-in page in your browser once more."));
    addButton(Remedy::UseAnotherAccount, "useAnotherAccountButton", tr("&Use another account"),
              tr("Opens Microsoft's sign-in page so that you can choose the account of the address you are setting up."));
    addButton(Remedy::CopyAdministratorMessage, "copyAdminMessageButton", tr("Copy a message for your &IT administrator"),
              tr("Puts a message on the clipboard that tells your IT administrator exactly what to change."));
    addButton(Remedy::ShowImapHelp, "showImapHelpButton", tr("Show me &how to switch on IMAP"),
              tr("Goes back to the page that shows how to switch on IMAP in Outlook.com."));
    addButton(Remedy::TryAgain, "tryAgainButton", tr("&Try again"),
              tr("Runs again only the checks that failed."));
    m_buttonRow->addStretch();

    m_feedback->setObjectName(u"diagnosisFeedback"_s);

    auto *content = new QVBoxLayout;
    content->addWidget(m_lead);
    m_entries->setSpacing(fontMetrics().lineSpacing() / 2);
    content->addLayout(m_entries);
    content->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    content->addWidget(m_details);
    content->addWidget(m_buttonRow);
    content->addWidget(m_feedback);
    content->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(content, 1);

    setDetailsShown(false);
    setActions({});
    hide();
}

void DiagnosisView::addButton(Action action, const char *objectName, const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleDescription(description);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionTriggered(action); });
    m_buttonRow->addButton(button);
    m_buttons.insert(action, button);
}

void DiagnosisView::setDiagnoses(const QList<Diagnosis> &diagnoses)
{
    m_diagnoses = diagnoses;
    // What the person chose (a cancelled sign-in) is no problem: no warning sign for it.
    m_icon->setVisible(std::any_of(diagnoses.cbegin(), diagnoses.cend(), [](const Diagnosis &diagnosis) {
        return !DiagnosisCatalogue::isUsersChoice(diagnosis.id);
    }));
    qDeleteAll(m_entryWidgets);
    m_entryWidgets.clear();
    m_feedback->setStatus(QString());

    QStringList replies;
    QStringList titles;
    for (const Diagnosis &diagnosis : diagnoses) {
        auto *entry = new QWidget(this);
        auto *entryLayout = new QVBoxLayout(entry);
        entryLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *title = new WrappedLabel(diagnosis.title, entry);
        title->setObjectName(u"diagnosisTitle"_s);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        QLabel *advice = new WrappedLabel(diagnosis.advice, entry);
        advice->setObjectName(u"diagnosisAdvice"_s);
        QLabel *audience = new WrappedLabel(tr("Who can fix this: %1").arg(diagnosis.who), entry);
        audience->setObjectName(u"diagnosisAudience"_s);
        entryLayout->addWidget(title);
        if (!diagnosis.facts.isEmpty()) {
            QLabel *facts = new WrappedLabel(diagnosis.facts, entry);
            facts->setObjectName(u"diagnosisFacts"_s);
            entryLayout->addWidget(facts);
        }
        entryLayout->addWidget(advice);
        entryLayout->addWidget(audience);
        // The exact change, for this mailbox, whole on a line each: an administrator pastes it as it stands.
        const AdministratorMessage request = AdministratorRequests::compose(diagnosis, diagnosis.context);
        if (!request.commands.isEmpty()) {
            QLabel *heading = new WrappedLabel(request.shell == AdministratorMessage::Shell::MicrosoftGraph
                                                   ? tr("Your IT administrator can make the change in Microsoft Graph "
                                                        "PowerShell:")
                                                   : tr("Your IT administrator can make the change in Exchange Online "
                                                        "PowerShell:"),
                                               entry);
            heading->setObjectName(u"administratorCommandsHeading"_s);
            auto *commands = new CommandBlock(tr("Commands for your IT administrator"), entry);
            commands->setObjectName(u"administratorCommands"_s);
            commands->setCommands(request.commands);
            connect(commands, &CommandBlock::copied, this,
                    [this] { setFeedback(tr("The commands are on the clipboard.")); });
            entryLayout->addWidget(heading);
            entryLayout->addWidget(commands);
        }
        m_entries->addWidget(entry);
        m_entryWidgets.append(entry);
        titles.append(diagnosis.title);
        if (!diagnosis.reply.isEmpty())
            replies.append(diagnosis.reply);
    }
    m_details->setPlainText(printableLines(replies.join(u"\n\n"_s)));
    m_detailsButton->setVisible(!replies.isEmpty());
    if (replies.isEmpty())
        m_detailsButton->setChecked(false);
    setVisible(!diagnoses.isEmpty());
    if (diagnoses.isEmpty())
        return;

    setAccessibleDescription(titles.join(u' '));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void DiagnosisView::setLead(const QString &text)
{
    m_lead->setText(printableLines(text));
    m_lead->setVisible(!text.isEmpty());
}

void DiagnosisView::setActions(const QList<Action> &actions)
{
    m_actions = actions;
    QList<QAbstractButton *> shown;
    for (const Action action : actions)
        shown.append(m_buttons.value(action));
    m_buttonRow->setButtons(shown);
    QWidget *previous = m_detailsButton;
    for (QAbstractButton *button : shown) {
        setTabOrder(previous, button);
        previous = button;
    }
}

QList<DiagnosisView::Action> DiagnosisView::remediesOf(const QList<Diagnosis> &diagnoses, const QList<Action> &available)
{
    QList<Action> result;
    for (Action remedy : { Remedy::ShowImapHelp, Remedy::CopyAdministratorMessage, Remedy::SignInAgain,
                           Remedy::UseAnotherAccount, Remedy::TryAgain }) {
        if (!available.contains(remedy))
            continue;
        if (std::any_of(diagnoses.cbegin(), diagnoses.cend(), [remedy](const Diagnosis &d) { return d.offers(remedy); }))
            result.append(remedy);
    }
    return result;
}

void DiagnosisView::focusFirstAction()
{
    if (!m_actions.isEmpty())
        m_buttons.value(m_actions.constFirst())->setFocus(Qt::OtherFocusReason);
}

void DiagnosisView::setFeedback(const QString &text)
{
    m_feedback->setStatus(text, StatusLabel::Urgency::Alert);
}

void DiagnosisView::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_detailsButton->setText(shown ? tr("Hide &details") : tr("Show &details"));
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setAccessibleName(shown ? tr("Hide details") : tr("Show details"));
}
