#include "wizard/ui/savedaccountspage.h"

#include "wizard/ui/buttonrow.h"
#include "wizard/ui/pageid.h"
#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/account/setupcontroller.h"

#include <QFrame>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString kindWords(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Personal:
        return SavedAccountsPage::tr("Personal Microsoft account (Outlook.com)");
    case AccountKind::Work:
        return SavedAccountsPage::tr("Work or school account (Microsoft 365)");
    default:
        return {};
    }
}

QPushButton *newButton(QWidget *parent, const QString &objectName, const QString &text, const QString &name,
                       const QString &description)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(name);
    button->setAccessibleDescription(description);
    button->setAutoDefault(false);
    return button;
}

} // namespace

SavedAccountsPage::SavedAccountsPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_list(new QVBoxLayout)
    , m_status(new StatusLabel(this))
{
    setObjectName(u"savedAccountsPage"_s);
    setTitle(tr("Your accounts on this computer"));

    auto *intro = new WrappedLabel(tr("Mail Setup set up these accounts here before and keeps their sign-in. Check one "
                                      "again, forget it, or set up another account."), this);
    intro->setObjectName(u"pageIntroLabel"_s);

    m_status->setObjectName(u"savedAccountsStatus"_s);
    m_signInAgainButton = newButton(this, u"signInAgainButton"_s, tr("Sign in &again"), tr("Sign in again"),
                                    tr("Goes on to Microsoft's sign-in for this account."));
    m_signInAgainButton->hide();
    connect(m_signInAgainButton, &QPushButton::clicked, this, [this] { choose(Choice::SignInAgain); });
    m_anotherButton = newButton(this, u"setUpAnotherButton"_s, tr("Set up &another account"),
                                tr("Set up another account"),
                                tr("Goes on to an empty address page, for an account that is not set up here yet."));
    connect(m_anotherButton, &QPushButton::clicked, this, [this] { choose(Choice::AnotherAccount); });
    auto *buttons = new ButtonRow;
    buttons->addButton(m_signInAgainButton);
    buttons->addButton(m_anotherButton);
    buttons->addStretch();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    m_list->setSpacing(fontMetrics().lineSpacing() / 2);
    layout->addLayout(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    layout->addStretch(1);
    setScrollableContent(this, content, u"savedAccountsScrollArea"_s);

    connect(m_controller, &SetupController::signedIn, this, &SavedAccountsPage::onSignedIn);
    connect(m_controller, &SetupController::savedSignInFailed, this, &SavedAccountsPage::onSavedSignInFailed);
    connect(m_controller, &SetupController::savedAccountForgotten, this, &SavedAccountsPage::onForgotten);
}

void SavedAccountsPage::initializePage()
{
    m_choice = Choice::None;
    m_checking.clear();
    m_status->setStatus(QString());
    m_signInAgainButton->hide();
    showAccounts();
}

void SavedAccountsPage::showAccounts()
{
    for (const Row &row : std::as_const(m_rows))
        delete row.frame;
    m_rows.clear();
    m_order.clear();

    const QList<SavedAccount> accounts = m_controller->savedAccounts();
    for (const SavedAccount &account : accounts) {
        const QString email = account.email;
        Row row;
        auto *frame = new QFrame;
        frame->setObjectName(u"savedAccount"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAccessibleName(email);
        row.frame = frame;
        auto *frameLayout = new QVBoxLayout(frame);

        auto *address = new WrappedLabel(email, frame);
        address->setObjectName(u"savedAccountAddress"_s);
        QFont bold = address->font();
        bold.setBold(true);
        address->setFont(bold);
        frameLayout->addWidget(address);
        QStringList about;
        if (const QString kind = kindWords(account.kind); !kind.isEmpty())
            about << kind;
        if (!account.username.isEmpty()
            && AccountSettings::normalizedEmail(account.username) != AccountSettings::normalizedEmail(email))
            about << tr("Signs in as %1").arg(account.username);
        if (!about.isEmpty()) {
            auto *aboutLabel = new WrappedLabel(about.join(u'\n'), frame);
            aboutLabel->setObjectName(u"savedAccountKind"_s);
            frameLayout->addWidget(aboutLabel);
        }

        row.checkAgain = newButton(frame, u"checkSavedAccountButton"_s, tr("Check again"), tr("Check %1 again").arg(email),
                                   tr("Checks incoming and outgoing mail again with the sign-in Mail Setup keeps, "
                                      "without opening the browser."));
        row.forget = newButton(frame, u"forgetSavedAccountButton"_s, tr("Forget…"), tr("Forget %1").arg(email),
                               tr("Asks once more, then removes this account's sign-in from the keychain and its "
                                  "settings from this computer."));
        auto *rowButtons = new ButtonRow(frame);
        rowButtons->addButton(row.checkAgain);
        rowButtons->addButton(row.forget);
        rowButtons->addStretch();
        frameLayout->addWidget(rowButtons);

        row.confirmPanel = new QWidget(frame);
        auto *confirmLayout = new QVBoxLayout(row.confirmPanel);
        confirmLayout->setContentsMargins(0, 0, 0, 0);
        auto *question = new WrappedLabel(tr("Forget %1? Its sign-in is removed from the keychain and its settings from "
                                             "this computer. Mail apps that get their sign-in from Mail Setup stop "
                                             "working for it until you set it up again.").arg(email),
                                          row.confirmPanel);
        question->setObjectName(u"forgetQuestion"_s);
        confirmLayout->addWidget(question);
        row.confirmForget = newButton(row.confirmPanel, u"confirmForgetButton"_s, tr("Yes, forget it"),
                                      tr("Yes, forget %1").arg(email),
                                      tr("Removes the sign-in and the settings of this account now."));
        row.keep = newButton(row.confirmPanel, u"keepAccountButton"_s, tr("Keep it"), tr("Keep %1").arg(email),
                             tr("Keeps the account as it is."));
        auto *confirmButtons = new ButtonRow(row.confirmPanel);
        confirmButtons->addButton(row.confirmForget);
        confirmButtons->addButton(row.keep);
        confirmButtons->addStretch();
        confirmLayout->addWidget(confirmButtons);
        row.confirmPanel->hide();
        frameLayout->addWidget(row.confirmPanel);

        row.status = new StatusLabel(frame);
        row.status->setObjectName(u"savedAccountStatus"_s);
        frameLayout->addWidget(row.status);

        connect(row.checkAgain, &QPushButton::clicked, this, [this, email] { checkAgain(email); });
        connect(row.forget, &QPushButton::clicked, this, [this, email] { askToForget(email); });
        connect(row.keep, &QPushButton::clicked, this, [this, email] {
            const Row shown = rowOf(email);
            shown.confirmPanel->hide();
            shown.forget->setEnabled(true);
            shown.forget->setFocus(Qt::OtherFocusReason);
        });
        connect(row.confirmForget, &QPushButton::clicked, this, [this, email] {
            const Row shown = rowOf(email);
            shown.confirmForget->setEnabled(false);
            shown.keep->setEnabled(false);
            shown.status->setStatus(tr("Forgetting %1…").arg(email));
            m_controller->forgetSavedAccount(email);
        });

        m_list->addWidget(frame);
        m_rows.insert(AccountSettings::normalizedEmail(email), row);
        m_order.append(email);
    }
    m_anotherButton->setText(accounts.isEmpty() ? tr("Set up &an account") : tr("Set up &another account"));
}

SavedAccountsPage::Row SavedAccountsPage::rowOf(const QString &email) const
{
    return m_rows.value(AccountSettings::normalizedEmail(email));
}

QStringList SavedAccountsPage::addresses() const
{
    return m_order;
}

QPushButton *SavedAccountsPage::checkAgainButton(const QString &email) const
{
    return rowOf(email).checkAgain;
}

QPushButton *SavedAccountsPage::forgetButton(const QString &email) const
{
    return rowOf(email).forget;
}

QPushButton *SavedAccountsPage::confirmForgetButton(const QString &email) const
{
    return rowOf(email).confirmForget;
}

void SavedAccountsPage::choose(Choice choice)
{
    m_choice = choice;
    Q_EMIT completeChanged();
    Q_EMIT finishedBySelf();
}

void SavedAccountsPage::chooseSignIn()
{
    choose(Choice::SignInAgain);
}

void SavedAccountsPage::checkAgain(const QString &email)
{
    m_choice = Choice::None;
    m_checking = email;
    m_signInAgainButton->hide();
    for (const Row &row : std::as_const(m_rows))
        row.checkAgain->setEnabled(false);
    m_status->setStatus(tr("Taking up the sign-in kept for %1…").arg(email));
    Q_EMIT completeChanged();
    m_controller->checkSavedAccount(email);
}

void SavedAccountsPage::onSignedIn()
{
    if (m_checking.isEmpty())
        return;
    m_checking.clear();
    for (const Row &row : std::as_const(m_rows))
        row.checkAgain->setEnabled(true);
    m_status->setStatus(QString());
    choose(Choice::CheckAgain);
}

void SavedAccountsPage::onSavedSignInFailed(const QString &problem)
{
    if (m_checking.isEmpty())
        return;
    const QString email = m_checking;
    m_checking.clear();
    for (const Row &row : std::as_const(m_rows))
        row.checkAgain->setEnabled(true);
    m_status->setStatus(tr("The sign-in kept for %1 cannot be used: %2 Sign in again to check the account.")
                            .arg(email, problem),
                        StatusLabel::Urgency::Alert);
    m_signInAgainButton->show();
    m_signInAgainButton->setFocus(Qt::OtherFocusReason);
}

void SavedAccountsPage::askToForget(const QString &email)
{
    const Row row = rowOf(email);
    if (!row.frame)
        return;
    row.forget->setEnabled(false);
    row.confirmForget->setEnabled(true);
    row.keep->setEnabled(true);
    row.confirmPanel->show();
    // The safe answer has the focus: Enter keeps the account.
    row.keep->setFocus(Qt::OtherFocusReason);
}

void SavedAccountsPage::onForgotten(const QString &email, bool ok, const QString &problem)
{
    const Row row = rowOf(email);
    if (!ok) {
        if (row.frame) {
            row.confirmPanel->hide();
            row.forget->setEnabled(true);
            row.status->setStatus(problem, StatusLabel::Urgency::Alert);
        }
        return;
    }
    showAccounts();
    m_signInAgainButton->hide();
    m_status->setStatus(tr("Mail Setup forgot %1: its sign-in and settings are removed from this computer.").arg(email),
                        StatusLabel::Urgency::Alert);
    m_anotherButton->setFocus(Qt::OtherFocusReason);
}

bool SavedAccountsPage::isComplete() const
{
    return m_choice != Choice::None;
}

int SavedAccountsPage::nextId() const
{
    switch (m_choice) {
    case Choice::CheckAgain:
        return WizardPage::CheckPageId;
    case Choice::SignInAgain:
        return WizardPage::SignInPageId;
    case Choice::None:
    case Choice::AnotherAccount:
        break;
    }
    return WizardPage::AddressPageId;
}
