#include "wizard/ui/readypage.h"

#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/buttonrow.h"
#include "wizard/ui/commandblock.h"
#include "wizard/ui/copyablefield.h"
#include "wizard/ui/desktophooks.h"
#include "wizard/ui/devicesetupdialog.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/account/setupcontroller.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString securityName(ConnectionSecurity security)
{
    switch (security) {
    case ConnectionSecurity::Tls:
        return ReadyPage::tr("SSL/TLS");
    case ConnectionSecurity::StartTls:
        return ReadyPage::tr("STARTTLS");
    }
    return {};
}

} // namespace

ReadyPage::ReadyPage(SetupController *controller, DesktopHooks *desktop, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_desktop(desktop)
    , m_readyLabel(new StatusLabel(this))
    , m_copyStatus(new StatusLabel(this))
    , m_tokenStorageLabel(new StatusLabel(this))
    , m_reportStatus(new StatusLabel(this))
    , m_saveReportButton(new QPushButton(this))
{
    setObjectName(u"readyPage"_s);
    setTitle(tr("Your account is ready"));
    setFinalPage(true);

    m_readyLabel->setObjectName(u"readyLabel"_s);
    m_copyStatus->setObjectName(u"copyStatusLabel"_s);

    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("These are the settings any mail app asks for. Copy them one by one into the app."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_readyLabel);
    // Made here, not first: QWizard gives the page's first control in the focus chain the focus, even a hidden one.
    m_checkAgainCommand = new CommandBlock(tr("Command that checks the account again"), content);
    m_checkAgainCommand->setObjectName(u"checkAgainCommand"_s);
    m_checkAgainCommand->hide();
    connect(m_checkAgainCommand, &CommandBlock::copied, this,
            [this] { m_copyStatus->setStatus(tr("The command is on the clipboard.")); });
    contentLayout->addWidget(m_checkAgainCommand);

    // Incoming and outgoing side by side where the window is wide enough for both, one under the other where not:
    // stacked, the page did not fit its default size.
    auto *serversRow = new ButtonRow(content);
    serversRow->setObjectName(u"serverSettingsRow"_s);
    serversRow->addWidget(addServerGroup(tr("Incoming mail (IMAP)"), u"imap"_s, tr("IMAP")));
    serversRow->addWidget(addServerGroup(tr("Outgoing mail (SMTP)"), u"smtp"_s, tr("SMTP")));
    contentLayout->addWidget(serversRow);
    // POP only on request: IMAP is what a mail app should choose, and the page fits without it.
    m_showPopButton = new QPushButton(tr("&Show the POP settings"), content);
    m_showPopButton->setObjectName(u"showPopSettingsButton"_s);
    m_showPopButton->setAccessibleDescription(tr("Shows the incoming mail settings for an app that uses POP instead of "
                                                 "IMAP. Choose IMAP where the app offers both."));
    m_showPopButton->setCheckable(true);
    m_showPopButton->setAutoDefault(false);
    auto *popRow = new ButtonRow(content);
    popRow->addButton(m_showPopButton);
    popRow->addStretch();
    contentLayout->addWidget(popRow);
    // A group box title cannot wrap: the condition goes inside, or it would set the page's minimum width.
    m_popGroup = addServerGroup(tr("Incoming mail (POP)"), u"pop"_s, tr("POP"),
                                tr("Only if your app uses POP instead of IMAP."));
    m_popGroup->hide();
    contentLayout->addWidget(m_popGroup);
    connect(m_showPopButton, &QPushButton::toggled, m_popGroup, &QWidget::setVisible);

    auto *signInGroup = new QGroupBox(tr("Signing in"), content);
    signInGroup->setObjectName(u"signInSettingsGroup"_s);
    // The explanation under the form, not in it: a form row spanning both columns gets too little height for its
    // wrapped text in a narrow window.
    auto *signInLayout = new QVBoxLayout(signInGroup);
    auto *signInForm = new QFormLayout;
    signInLayout->addLayout(signInForm);
    signInForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addField(signInForm, u"userName"_s, tr("User name:"), tr("User name"));
    addField(signInForm, u"authentication"_s, tr("Authentication:"), tr("Authentication method"))->setCopyable(false);
    QLabel *why = new WrappedLabel(tr("Choose OAuth2 in your mail app; some apps call it \"Sign in with Microsoft\" or \"Modern "
                             "authentication\". Your password will not work there, and neither will an app password: "
                             "Microsoft no longer lets mail apps sign in with a password."),
                          signInGroup);
    why->setObjectName(u"whyNoPasswordLabel"_s);
    signInLayout->addWidget(why);
    // Where the sign-in is kept belongs with how the app signs in; a group of its own cost the page its fit.
    m_tokenStorageLabel->setObjectName(u"tokenStorageLabel"_s);
    signInLayout->addWidget(m_tokenStorageLabel);
    contentLayout->addWidget(signInGroup);
    contentLayout->addWidget(m_copyStatus);

    m_saveReportButton->setObjectName(u"saveReportButton"_s);
    m_saveReportButton->setText(tr("Save a &report for the helpdesk…"));
    m_saveReportButton->setAccessibleDescription(tr("Saves what Mail Setup did and found as a web page, without "
                                                    "any password or token, for whoever helps you with your mail."));
    m_saveReportButton->setAutoDefault(false);
    connect(m_saveReportButton, &QPushButton::clicked, this, &ReadyPage::saveReport);
    auto *saveSettingsButton = new QPushButton(this);
    saveSettingsButton->setObjectName(u"saveSettingsButton"_s);
    saveSettingsButton->setText(tr("Save settings for &another app…"));
    saveSettingsButton->setAccessibleDescription(tr("Saves these settings as a file that Thunderbird and other mail "
                                                    "apps can read (Mozilla autoconfig)."));
    saveSettingsButton->setAutoDefault(false);
    connect(saveSettingsButton, &QPushButton::clicked, this, &ReadyPage::saveSettingsRequested);
    // One row that stacks its buttons where the window is too narrow for them side by side (ButtonRow): three rows
    // of one button each made the page taller than its default size.
    auto *actionsRow = new ButtonRow(content);
    actionsRow->setObjectName(u"readyActionsRow"_s);
    actionsRow->addButton(saveSettingsButton);
    actionsRow->addButton(addDeviceButton(content));
    actionsRow->addButton(m_saveReportButton);
    actionsRow->addStretch();
    contentLayout->addWidget(actionsRow);
    m_reportStatus->setObjectName(u"reportStatusLabel"_s);
    contentLayout->addWidget(m_reportStatus);
    contentLayout->addStretch(1);

    setScrollableContent(this, content, u"readyScrollArea"_s);

    // Saving starts as soon as the check passes, perhaps before this page shows: remember the outcome.
    connect(m_controller, &SetupController::saved, this, &ReadyPage::showSaved);
}

QGroupBox *ReadyPage::addServerGroup(const QString &title, const QString &prefix, const QString &protocolName,
                                     const QString &note)
{
    auto *group = new QGroupBox(title);
    group->setObjectName(prefix + u"SettingsGroup"_s);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (!note.isEmpty()) {
        QLabel *noteLabel = new WrappedLabel(note, group);
        noteLabel->setObjectName(prefix + u"NoteLabel"_s);
        form->addRow(noteLabel);
    }
    addField(form, prefix + u"Server"_s, tr("Server:"), tr("%1 server").arg(protocolName));
    addField(form, prefix + u"Port"_s, tr("Port:"), tr("%1 port").arg(protocolName));
    addField(form, prefix + u"Encryption"_s, tr("Encryption:"), tr("%1 encryption").arg(protocolName))->setCopyable(false);
    return group;
}

CopyableField *ReadyPage::addField(QFormLayout *form, const QString &key, const QString &label, const QString &accessibleLabel)
{
    auto *field = new CopyableField(key, label, accessibleLabel, form->parentWidget());
    form->addRow(field->label(), field);
    m_fields.insert(key, field);
    connect(field, &CopyableField::copied, this, [this](const QString &name, const QString &value) {
        m_copyStatus->setStatus(tr("%1 is on the clipboard: %2").arg(name, value));
    });
    return field;
}

void ReadyPage::showServer(const QString &prefix, const ServerAddress &server)
{
    m_fields.value(prefix + u"Server"_s)->setValue(server.host);
    m_fields.value(prefix + u"Port"_s)->setValue(QString::number(server.port));
    m_fields.value(prefix + u"Encryption"_s)->setValue(securityName(server.security));
}

void ReadyPage::initializePage()
{
    const ProviderProfile profile = m_controller->profile();
    showServer(u"imap"_s, profile.imap);
    showServer(u"smtp"_s, profile.smtp);
    if (profile.pop)
        showServer(u"pop"_s, *profile.pop);
    m_showPopButton->setVisible(profile.pop.has_value());
    m_popGroup->setVisible(profile.pop.has_value() && m_showPopButton->isChecked());
    m_fields.value(u"userName"_s)->setValue(m_controller->address());
    m_fields.value(u"authentication"_s)->setValue(tr("OAuth2 (Sign in with Microsoft)"));
    m_copyStatus->setStatus(QString());
    m_reportStatus->setStatus(QString());
    if (m_controller->keptWhatWorks()) {
        m_readyLabel->setStatus(
            tr("Incoming mail works for %1; sending does not work yet. Your settings are saved: once sending has been "
               "switched on, open Mail Setup again and choose Check again, or run this command:")
                .arg(m_controller->address()),
            StatusLabel::Urgency::Alert);
        m_checkAgainCommand->setCommands({ u"mailsetup check --email %1 --send-test"_s.arg(m_controller->address()) });
        m_checkAgainCommand->show();
    } else {
        m_checkAgainCommand->hide();
        m_readyLabel->setStatus(tr("%1 works: incoming and outgoing mail were checked.").arg(m_controller->address()),
                                StatusLabel::Urgency::Alert);
    }
    if (m_controller->isSaved())
        showSaved(true, {});
    else if (m_savedKnown)
        showSaved(m_savedOk, m_saveProblem);
    else
        m_tokenStorageLabel->setStatus(tr("Saving your sign-in…"));
}

void ReadyPage::showSaved(bool ok, const QString &problem)
{
    m_savedKnown = true;
    m_savedOk = ok;
    m_saveProblem = problem;
    QString text;
    if (!ok)
        text = tr("Your sign-in could not be saved, so you will have to sign in again next time. What went wrong: %1")
                   .arg(problem);
    else
        text = tr("Your sign-in is kept in %1. Mail Setup never saves your password: Microsoft does not give it out.")
                   .arg(m_controller->tokenStorage());
    m_tokenStorageLabel->setStatus(text, ok ? StatusLabel::Urgency::Polite : StatusLabel::Urgency::Alert);
    Q_EMIT completeChanged();
}

QPushButton *ReadyPage::addDeviceButton(QWidget *content)
{
    auto *button = new QPushButton(tr("Set up a &printer, scanner or another device…"), content);
    button->setObjectName(u"setUpDeviceButton"_s);
    button->setAccessibleDescription(tr("Starts a relay on this computer for devices that only know a user name and a "
                                        "password, and gives a device a password of its own."));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, &ReadyPage::openDeviceSetup);
    return button;
}

void ReadyPage::openDeviceSetup()
{
    auto *dialog = new DeviceSetupDialog(
        new DeviceSetup(m_controller->keychain(), m_controller->profile(), m_controller->mailAccount()), this);
    dialog->setup()->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReadyPage::saveReport()
{
    bool ok = false;
    const QString outcome = m_desktop->saveHelpdeskReport(this, &ok);
    if (!outcome.isEmpty())
        m_reportStatus->setStatus(outcome, StatusLabel::Urgency::Alert);
}

void ReadyPage::showOutcome(const QString &outcome)
{
    if (!outcome.isEmpty())
        m_reportStatus->setStatus(outcome, StatusLabel::Urgency::Alert);
}

bool ReadyPage::isComplete() const
{
    // Closing while the sign-in is being written could leave half of it behind: wait for the outcome.
    return m_controller->isSaved() || m_savedKnown;
}
