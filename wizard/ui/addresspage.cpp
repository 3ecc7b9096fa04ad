#include "wizard/ui/addresspage.h"

#include "wizard/ui/pageid.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/provider/personaldomains.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// How long typing must pause before the kind of account is looked up, or an unfinished address is mentioned.
constexpr int DetectDelayMs = 500;
constexpr int IncompleteHintDelayMs = 1500;

bool isIncomplete(EmailAddress::Problem problem)
{
    using P = EmailAddress::Problem;
    return problem == P::Empty || problem == P::NoAt || problem == P::NoDomain || problem == P::DomainWithoutDot;
}

} // namespace

AddressPage::AddressPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_detector(controller->kindDetector())
    , m_emailEdit(new QLineEdit(this))
    , m_problemLabel(new StatusLabel(this))
    , m_noClientIdLabel(new StatusLabel(this))
    , m_domainAdviceLabel(new StatusLabel(this))
    , m_kindIcon(new QLabel(this))
    , m_kindLabel(new StatusLabel(this))
    , m_kindReasonLabel(new QLabel(this))
    , m_kindChoice(new QGroupBox(this))
    , m_personalRadio(new QRadioButton(m_kindChoice))
    , m_workRadio(new QRadioButton(m_kindChoice))
    , m_kindGroup(new QButtonGroup(this))
    , m_detectTimer(new QTimer(this))
    , m_problemTimer(new QTimer(this))
{
    setObjectName(u"addressPage"_s);
    setTitle(tr("Your email address"));

    auto *emailLabel = new QLabel(tr("&Email address:"), this);
    emailLabel->setBuddy(m_emailEdit);
    m_emailEdit->setObjectName(u"emailEdit"_s);
    m_emailEdit->setPlaceholderText(tr("name@outlook.com"));
    m_emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailEdit->setClearButtonEnabled(true);
    // Qt's clear button has no name of its own: a screen reader would say only "button".
    for (QToolButton *clear : m_emailEdit->findChildren<QToolButton *>()) {
        clear->setAccessibleName(tr("Clear the email address"));
        clear->setAccessibleDescription(tr("Empties the email address field, to type another address."));
        clear->setToolTip(tr("Clear the email address"));
    }
    m_emailEdit->setAccessibleName(tr("Email address"));
    m_emailEdit->setAccessibleDescription(tr("The address of the mailbox to set up, for example name@outlook.com."));
    registerField(u"email*"_s, m_emailEdit);

    m_problemLabel->setObjectName(u"emailProblemLabel"_s);
    m_noClientIdLabel->setObjectName(u"noClientIdLabel"_s);
    m_domainAdviceLabel->setObjectName(u"domainAdviceLabel"_s);

    m_kindIcon->setObjectName(u"kindIcon"_s);
    const int iconSize = fontMetrics().height();
    m_kindIcon->setFixedSize(iconSize, iconSize);
    m_kindIcon->hide();
    m_kindLabel->setObjectName(u"kindLabel"_s);
    m_kindReasonLabel->setObjectName(u"kindReasonLabel"_s);
    m_kindReasonLabel->setWordWrap(true);
    m_kindReasonLabel->setTextFormat(Qt::PlainText);
    m_kindReasonLabel->hide();

    m_kindChoice->setObjectName(u"kindChoiceGroup"_s);
    m_kindChoice->setTitle(tr("What kind of account is it?"));
    m_kindChoice->setAccessibleDescription(tr("Mail Setup chooses this by itself when it can tell. Change it if "
                                              "you know better; the sign-in decides in the end."));
    // Short choices, each with its explanation under it: a radio button cannot wrap its text in a narrow window.
    const QString personalText = tr("Outlook.com, Hotmail, Live or MSN: an account you made yourself at Microsoft.");
    const QString workText = tr("Microsoft 365: an account your organisation gave you.");
    m_personalRadio->setObjectName(u"kindPersonalRadio"_s);
    m_personalRadio->setText(tr("&Personal Microsoft account"));
    m_personalRadio->setAccessibleDescription(personalText);
    m_workRadio->setObjectName(u"kindWorkRadio"_s);
    m_workRadio->setText(tr("&Work or school account"));
    m_workRadio->setAccessibleDescription(workText);
    m_kindGroup->setExclusive(true);
    m_kindGroup->addButton(m_personalRadio, int(AccountKind::Personal));
    m_kindGroup->addButton(m_workRadio, int(AccountKind::Work));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *choiceLayout = new QVBoxLayout(m_kindChoice);
    for (auto [radio, text] : { std::pair{ m_personalRadio, personalText }, std::pair{ m_workRadio, workText } }) {
        auto *explanation = new WrappedLabel(text, m_kindChoice);
        explanation->setContentsMargins(indent, 0, 0, 0);
        explanation->setBuddy(radio);
        choiceLayout->addWidget(radio);
        choiceLayout->addWidget(explanation);
    }
    m_kindChoice->setEnabled(false);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this] { Q_EMIT completeChanged(); });

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindIcon, 0, Qt::AlignTop);
    auto *kindText = new QVBoxLayout;
    kindText->addWidget(m_kindLabel);
    kindText->addWidget(m_kindReasonLabel);
    kindRow->addLayout(kindText, 1);

    // The page's explanation in the page itself (a QWizard subtitle would set the window's minimum width).
    auto *intro = new WrappedLabel(tr("Mail Setup works with Outlook.com, Hotmail and Live addresses and with work or school "
                   "addresses that run on Microsoft 365."), this);
    intro->setObjectName(u"pageIntroLabel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_noClientIdLabel);
    layout->addWidget(emailLabel);
    layout->addWidget(m_emailEdit);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_domainAdviceLabel);
    layout->addSpacing(fontMetrics().lineSpacing() / 2);
    layout->addLayout(kindRow);
    layout->addWidget(m_kindChoice);
    layout->addStretch(1);

    m_detectTimer->setSingleShot(true);
    m_detectTimer->setInterval(DetectDelayMs);
    connect(m_detectTimer, &QTimer::timeout, this, &AddressPage::detect);
    m_problemTimer->setSingleShot(true);
    m_problemTimer->setInterval(IncompleteHintDelayMs);
    connect(m_problemTimer, &QTimer::timeout, this, [this] { showProblem(true); });

    connect(m_emailEdit, &QLineEdit::textChanged, this, &AddressPage::onEdited);
    connect(m_emailEdit, &QLineEdit::editingFinished, this, [this] {
        showProblem(true);
        if (m_detectTimer->isActive()) {
            m_detectTimer->stop();
            detect();
        }
    });
    connect(m_detector, &AccountKindDetector::finished, this, &AddressPage::onDetected);
}

void AddressPage::initializePage()
{
    // Before anything is typed or switched on: a copy without an application ID cannot sign anyone in.
    m_noClientIdLabel->setStatus(
        m_controller->needsClientId()
            ? tr("This copy of Mail Setup cannot sign anyone in yet: it was built without an application (client) ID, "
                 "and Microsoft lets only registered applications open a mailbox. Your IT department registers Mail "
                 "Setup in Microsoft Entra and starts it with --client-id and that ID, or with a provider file that "
                 "names it; whoever packages Mail Setup builds it with -DMAILSETUP_CLIENT_ID. The file "
                 "docs/app-registration.md says how.")
            : QString(),
        StatusLabel::Urgency::Alert);
}

void AddressPage::setAddress(const QString &email)
{
    m_emailEdit->setText(email.trimmed());
    showProblem(true);
    if (m_detectTimer->isActive()) {
        m_detectTimer->stop();
        detect();
    }
}

void AddressPage::onEdited()
{
    m_detector->abort();
    m_detectTimer->stop();
    m_detectedAddress.clear();
    // A new address: whatever was shown or chosen about the old one no longer holds.
    m_kindGroup->setExclusive(false);
    m_personalRadio->setChecked(false);
    m_workRadio->setChecked(false);
    m_kindGroup->setExclusive(true);
    m_kindChoice->setEnabled(false);
    m_kindIcon->hide();
    m_kindLabel->setStatus(QString());
    m_kindReasonLabel->hide();

    showProblem(false);
    const auto checked = EmailAddress::check(m_emailEdit->text());
    showDomainAdvice(checked);
    if (checked.isValid())
        m_detectTimer->start();
    else if (isIncomplete(checked.problem))
        m_problemTimer->start();
    Q_EMIT completeChanged();
}

void AddressPage::showDomainAdvice(const EmailAddress &checked)
{
    using Advice = PersonalDomains::DomainAdvice;
    const Advice advice = checked.isValid() ? PersonalDomains::adviceFor(checked.domain) : Advice{};
    switch (advice.kind) {
    case Advice::Kind::None:
        m_domainAdviceLabel->setStatus(QString());
        break;
    case Advice::Kind::LikelyTypo: {
        QStringList addresses;
        for (const QString &domain : advice.suggestions)
            addresses.append(checked.localPart + u'@' + QUrl::fromAce(domain.toLatin1()));
        m_domainAdviceLabel->setStatus(tr("Did you mean %1? Check the part after the @.")
                                           .arg(QLocale().createSeparatedList(addresses)),
                                       StatusLabel::Urgency::Alert);
        break;
    }
    case Advice::Kind::OtherProvider:
        m_domainAdviceLabel->setStatus(
            tr("%1 is an address of %2, not of Microsoft. Mail Setup is for Outlook.com and Microsoft 365 accounts "
               "only; set up this address in your mail app with the settings %2 gives.")
                .arg(checked.normalized, advice.provider),
            StatusLabel::Urgency::Alert);
        break;
    }
}

void AddressPage::showProblem(bool evenIfIncomplete)
{
    const auto checked = EmailAddress::check(m_emailEdit->text());
    if (checked.isValid() && !m_controller->addressRefusal(checked.normalized).isEmpty()) {
        // A preset allows only the organisation's domains.
        m_problemTimer->stop();
        m_problemLabel->setStatus(m_controller->addressRefusal(checked.normalized), StatusLabel::Urgency::Alert);
        return;
    }
    if (checked.isValid() || checked.problem == EmailAddress::Problem::Empty) {
        m_problemTimer->stop();
        m_problemLabel->setStatus(QString());
        return;
    }
    // While typing, "no @ yet" is no mistake: say it only after a pause or when the user moves on.
    if (isIncomplete(checked.problem) && !evenIfIncomplete) {
        m_problemLabel->setStatus(QString());
        return;
    }
    m_problemLabel->setStatus(EmailAddress::problemText(checked.problem), StatusLabel::Urgency::Alert);
}

void AddressPage::detect()
{
    const auto checked = EmailAddress::check(m_emailEdit->text());
    if (!checked.isValid() || checked.normalized == m_detectedAddress)
        return;
    m_detectedAddress = checked.normalized;
    m_kindIcon->hide();
    m_kindReasonLabel->hide();
    m_kindLabel->setStatus(tr("Finding out who runs this address…"));
    // The user may choose while the lookups run: they know their account better than DNS does.
    m_kindChoice->setEnabled(true);
    m_detector->detect(checked.normalized);
}

void AddressPage::onDetected(const AccountKindDetector::Result &result)
{
    if (result.address != m_detectedAddress)
        return;
    showKind(result.kind, result.reason, result.domain);
}

void AddressPage::showKind(AccountKindDetector::Kind kind, AccountKindDetector::Reason reason, const QString &domain)
{
    using K = AccountKindDetector::Kind;
    using R = AccountKindDetector::Reason;
    QString text;
    QString icon;
    switch (kind) {
    case K::Personal:
        text = tr("This is a personal Microsoft account (Outlook.com).");
        icon = u":/icons/kind-personal.svg"_s;
        break;
    case K::Work:
        text = tr("This looks like a work or school account (Microsoft 365).");
        icon = u":/icons/kind-work.svg"_s;
        break;
    case K::NotMicrosoft:
        text = tr("Nothing says this address is handled by Microsoft. If you know that it is, choose the kind of "
                  "account below and go on.");
        icon = u":/icons/kind-unknown.svg"_s;
        break;
    case K::Unknown:
        text = tr("Mail Setup could not find out who runs this address. Choose the kind of account below.");
        icon = u":/icons/kind-unknown.svg"_s;
        break;
    }
    const QString displayDomain = QUrl::fromAce(domain.toLatin1());
    QString why;
    switch (reason) {
    case R::InvalidAddress:
        break;
    case R::PersonalDomain:
        why = tr("Addresses at %1 belong to Microsoft's own mail service.").arg(displayDomain);
        break;
    case R::OutlookComMx:
        why = tr("Mail for %1 goes to Outlook.com's servers.").arg(displayDomain);
        break;
    case R::Microsoft365Mx:
        why = tr("Mail for %1 goes to Microsoft 365's servers.").arg(displayDomain);
        break;
    case R::Microsoft365Tenant:
        why = tr("Microsoft knows an organisation for %1.").arg(displayDomain);
        break;
    case R::ConsumersTenant:
        why = tr("Microsoft knows %1 as a domain of personal accounts.").arg(displayDomain);
        break;
    case R::TenantNotFound:
        why = tr("Microsoft knows no organisation for %1.").arg(displayDomain);
        break;
    case R::OtherMailServers:
        why = tr("Mail for %1 goes to servers that are not Microsoft's.").arg(displayDomain);
        break;
    case R::NoNetworkAnswer:
        why = tr("No answer came in time; this computer may be offline.");
        break;
    }
    if (kind == K::Personal || kind == K::Work)
        why = why.isEmpty() ? tr("Signing in will confirm it.") : tr("%1 Signing in will confirm it.").arg(why);

    m_kindIcon->setPixmap(QIcon(icon).pixmap(m_kindIcon->size()));
    // The label beside it says the same sentence: the icon is decoration, or a screen reader says it twice.
    m_kindIcon->setAccessibleName(QString());
    m_kindIcon->show();
    m_kindLabel->setStatus(text, StatusLabel::Urgency::Alert);
    m_kindReasonLabel->setText(why);
    m_kindReasonLabel->setVisible(!why.isEmpty());
    m_kindChoice->setEnabled(true);
    // Preselect what the lookups said, unless the user already chose.
    if (!m_kindGroup->checkedButton()) {
        if (kind == K::Personal)
            m_personalRadio->setChecked(true);
        else if (kind == K::Work)
            m_workRadio->setChecked(true);
    }
    Q_EMIT completeChanged();
}

int AddressPage::chosenKind() const
{
    // A preset that names the kind of account decides it.
    if (const auto kind = m_controller->options().kind)
        return int(*kind);
    return m_kindGroup->checkedId() == -1 ? int(AccountKind::Unknown) : m_kindGroup->checkedId();
}

bool AddressPage::isComplete() const
{
    const EmailAddress checked = EmailAddress::check(m_emailEdit->text());
    return QWizardPage::isComplete() && checked.isValid() && m_controller->addressRefusal(checked.normalized).isEmpty()
        && chosenKind() != int(AccountKind::Unknown);
}

bool AddressPage::validatePage()
{
    m_controller->setAddress(m_emailEdit->text().trimmed());
    // After a sign-in for this same address, the tenant has spoken; the guess no longer counts.
    if (m_controller->signInState() != SetupController::SignInState::SignedIn)
        m_controller->setAccountKind(AccountKind(chosenKind()));
    return true;
}

int AddressPage::nextId() const
{
    return chosenKind() == int(AccountKind::Personal) && !m_controller->skipsPage(u"imap-switch"_s)
        ? WizardPage::ImapSwitchPageId
        : WizardPage::SignInPageId;
}
