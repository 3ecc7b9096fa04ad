#include "wizard/ui/devicesetupdialog.h"

#include "wizard/ui/buttonrow.h"
#include "wizard/ui/copyablefield.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/scrollablepage.h"
#include "wizard/ui/statuslabel.h"
#include "wizard/ui/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeviceSetupDialog::DeviceSetupDialog(DeviceSetup *setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_nameEdit(new QLineEdit(this))
    , m_nameProblem(new StatusLabel(this))
    , m_setUpButton(new QPushButton(this))
    , m_status(new StatusLabel(this))
    , m_diagnosis(new DiagnosisView(this))
    , m_valuesGroup(new QGroupBox(this))
    , m_copyStatus(new StatusLabel(this))
    , m_persistence(new StatusLabel(this))
    , m_testButton(new QPushButton(this))
    , m_testResult(new StatusLabel(this))
    , m_testDiagnosis(new DiagnosisView(this))
{
    setObjectName(u"deviceSetupDialog"_s);
    setWindowTitle(tr("Set up a printer, scanner or another device"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *intro = new WrappedLabel(tr("A printer, a scanner or an old program that only knows a server, a user name and "
                                      "a password can send mail as %1 through a small relay on this computer. Mail "
                                      "Setup starts the relay and gives the device a password of its own.")
                                       .arg(setup->email()),
                                   content);
    intro->setObjectName(u"deviceIntroLabel"_s);
    layout->addWidget(intro);

    auto *nameForm = new QFormLayout;
    nameForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_nameEdit->setObjectName(u"deviceNameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("for example scanner"));
    m_nameEdit->setAccessibleName(tr("Device name"));
    m_nameEdit->setAccessibleDescription(tr("The name is also the user name the device signs in with."));
    m_nameEdit->setMaxLength(64);
    auto *nameLabel = new QLabel(tr("Device &name:"), content);
    nameLabel->setBuddy(m_nameEdit);
    nameForm->addRow(nameLabel, m_nameEdit);
    layout->addLayout(nameForm);
    m_nameProblem->setObjectName(u"deviceNameProblemLabel"_s);
    layout->addWidget(m_nameProblem);

    m_setUpButton->setObjectName(u"setUpDeviceButton"_s);
    m_setUpButton->setText(tr("&Set up the device"));
    m_setUpButton->setEnabled(false);
    m_setUpButton->setAutoDefault(true);
    auto *setUpRow = new ButtonRow(content);
    setUpRow->addButton(m_setUpButton);
    setUpRow->addStretch();
    layout->addWidget(setUpRow);

    m_status->setObjectName(u"deviceStatusLabel"_s);
    layout->addWidget(m_status);
    m_diagnosis->setObjectName(u"deviceDiagnosisView"_s);
    m_diagnosis->clear();
    layout->addWidget(m_diagnosis);

    m_valuesGroup->setObjectName(u"deviceValuesGroup"_s);
    m_valuesGroup->setTitle(tr("Enter these in the device"));
    auto *valuesForm = new QFormLayout(m_valuesGroup);
    valuesForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addField(valuesForm, u"host"_s, tr("SMTP server:"), tr("SMTP server"));
    addField(valuesForm, u"port"_s, tr("Port:"), tr("Port"));
    addField(valuesForm, u"userName"_s, tr("User name:"), tr("User name"));
    addField(valuesForm, u"password"_s, tr("Password:"), tr("Password"));
    auto *once = new WrappedLabel(tr("The password is shown only now: Mail Setup keeps only a hash of it. Enter it in "
                                     "the device before you close this window; if it is lost, set up the device again "
                                     "for a new one."),
                                  m_valuesGroup);
    once->setObjectName(u"passwordShownOnceLabel"_s);
    valuesForm->addRow(once);
    addField(valuesForm, u"sender"_s, tr("Sender address:"), tr("Sender address"));
    auto *security = new WrappedLabel(tr("Security: STARTTLS if the device supports it, otherwise none. The relay takes mail "
                                         "only from this computer and only with this sender address."),
                                      m_valuesGroup);
    security->setObjectName(u"deviceSecurityLabel"_s);
    valuesForm->addRow(security);
    addField(valuesForm, u"fingerprint"_s, tr("Certificate fingerprint (SHA-256):"), tr("Certificate fingerprint"));
    m_copyStatus->setObjectName(u"deviceCopyStatusLabel"_s);
    valuesForm->addRow(m_copyStatus);
    m_persistence->setObjectName(u"relayPersistenceLabel"_s);
    valuesForm->addRow(m_persistence);
    m_testButton->setObjectName(u"sendTestThroughRelayButton"_s);
    m_testButton->setText(tr("Send a &test through the relay"));
    m_testButton->setAccessibleDescription(tr("Sends a message to your own address through the relay, with the "
                                              "device's user name and password, and looks for it in your inbox."));
    m_testButton->setAutoDefault(false);
    auto *testRow = new ButtonRow(m_valuesGroup);
    testRow->addButton(m_testButton);
    testRow->addStretch();
    valuesForm->addRow(testRow);
    m_testResult->setObjectName(u"relayTestResultLabel"_s);
    valuesForm->addRow(m_testResult);
    m_testDiagnosis->setObjectName(u"relayTestDiagnosisView"_s);
    m_testDiagnosis->clear();
    valuesForm->addRow(m_testDiagnosis);
    m_valuesGroup->setVisible(false);
    layout->addWidget(m_valuesGroup);
    layout->addStretch(1);

    QVBoxLayout *outer = setScrollableContent(this, content, u"deviceSetupScrollArea"_s);
    // A dialog keeps the style's margins round its content and buttons; a wizard page has the wizard's.
    outer->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin),
                              style()->pixelMetric(QStyle::PM_LayoutTopMargin),
                              style()->pixelMetric(QStyle::PM_LayoutRightMargin),
                              style()->pixelMetric(QStyle::PM_LayoutBottomMargin));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(620, 560);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &DeviceSetupDialog::nameEdited);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &DeviceSetupDialog::startSetup);
    connect(m_setUpButton, &QPushButton::clicked, this, &DeviceSetupDialog::startSetup);
    connect(m_testButton, &QPushButton::clicked, m_setup, &DeviceSetup::sendTest);
    connect(m_diagnosis, &DiagnosisView::actionTriggered, this, [this](Remedy action) {
        if (action == Remedy::TryAgain)
            startSetup();
    });
    connect(m_testDiagnosis, &DiagnosisView::actionTriggered, this, [this](Remedy action) {
        if (action == Remedy::TryAgain)
            m_setup->sendTest();
    });
    connect(m_setup, &DeviceSetup::stateChanged, this, &DeviceSetupDialog::showState);
    // The relay and the test go on only while the window is open: closing it stops what is under way.
    connect(this, &QDialog::finished, m_setup, &DeviceSetup::cancel);
    showState(m_setup->state());
}

CopyableField *DeviceSetupDialog::addField(QFormLayout *form, const QString &key, const QString &label,
                                           const QString &accessibleLabel)
{
    auto *field = new CopyableField(u"device_"_s + key, label, accessibleLabel, form->parentWidget());
    form->addRow(field->label(), field);
    m_fields.insert(key, field);
    // The name only: the value may be the password, which has no business in a label that a screen reader reads
    // out and an accessibility log keeps.
    connect(field, &CopyableField::copied, this, [this](const QString &name) {
        m_copyStatus->setStatus(tr("%1 is on the clipboard.").arg(name));
    });
    return field;
}

void DeviceSetupDialog::nameEdited(const QString &name)
{
    const bool valid = DeviceSetup::isValidName(name);
    if (name.isEmpty() || valid)
        m_nameProblem->setStatus(QString());
    else
        m_nameProblem->setStatus(tr("A device name has 1 to 64 letters, digits, dots, dashes or underscores, such as "
                                    "scanner or printer-2nd-floor."),
                                 StatusLabel::Urgency::Alert);
    m_setUpButton->setEnabled(valid && !m_setup->isBusy());
}

void DeviceSetupDialog::startSetup()
{
    if (!DeviceSetup::isValidName(m_nameEdit->text()))
        return;
    m_setup->start(m_nameEdit->text());
}

QString DeviceSetupDialog::persistenceSentence() const
{
    switch (m_setup->persistence()) {
    case DeviceSetup::Persistence::Service:
        return tr("The relay runs as a service of your user account: it keeps running after Mail Setup closes, and "
                  "starts again whenever you log in.");
    case DeviceSetup::Persistence::BackgroundProcess:
        return tr("The relay runs in the background: it keeps running after Mail Setup closes, until this computer "
                  "restarts. Then open this window again, or run \"mailsetup relay\", to start it again.");
    case DeviceSetup::Persistence::Unknown:
        break;
    }
    return tr("The relay was already running, started outside Mail Setup: it runs only as long as whatever started it "
              "keeps it running.");
}

void DeviceSetupDialog::showValues()
{
    const DeviceValues values = m_setup->values();
    m_fields.value(u"host"_s)->setValue(values.host);
    m_fields.value(u"port"_s)->setValue(QString::number(values.port));
    m_fields.value(u"userName"_s)->setValue(values.userName);
    m_fields.value(u"password"_s)->setValue(values.password);
    m_fields.value(u"sender"_s)->setValue(values.sender);
    m_fields.value(u"fingerprint"_s)->setValue(values.fingerprint);
    m_fields.value(u"fingerprint"_s)->setVisible(!values.fingerprint.isEmpty());
    m_fields.value(u"fingerprint"_s)->label()->setVisible(!values.fingerprint.isEmpty());
    m_persistence->setStatus(persistenceSentence());
}

void DeviceSetupDialog::showState(DeviceSetup::State state)
{
    using State = DeviceSetup::State;
    const QString name = m_setup->values().userName.isEmpty() ? m_nameEdit->text() : m_setup->values().userName;
    const bool busy = m_setup->isBusy();
    m_nameEdit->setReadOnly(busy);
    m_setUpButton->setEnabled(!busy && DeviceSetup::isValidName(m_nameEdit->text()));
    m_testButton->setEnabled(m_setup->hasValues() && !busy);
    m_valuesGroup->setVisible(m_setup->hasValues());
    if (state != State::Failed)
        m_diagnosis->clear();
    if (state != State::TestFailed)
        m_testDiagnosis->clear();

    switch (state) {
    case State::NotStarted:
        m_status->setStatus(tr("Give the device a name, such as scanner, then choose Set up the device."));
        break;
    case State::CheckingRelay:
        m_status->setStatus(tr("Looking for the relay on this computer…"));
        break;
    case State::StartingRelay:
        m_status->setStatus(tr("Starting the relay…"));
        break;
    case State::AddingDevice:
        m_status->setStatus(tr("Giving %1 a password of its own…").arg(name));
        break;
    case State::Ready:
        showValues();
        m_copyStatus->setStatus(QString());
        m_testResult->setStatus(QString());
        m_status->setStatus(m_setup->replacedPassword()
                                ? tr("%1 has a new password; the old one no longer works. Enter the values below in the "
                                     "device.")
                                      .arg(name)
                                : tr("%1 may now send mail as %2 through the relay. Enter the values below in the device.")
                                      .arg(name, m_setup->values().sender),
                            StatusLabel::Urgency::Alert);
        break;
    case State::SendingTest:
        m_testResult->setStatus(tr("Sending a test message through the relay, as %1 would, and looking for it in your "
                                   "inbox…")
                                    .arg(name));
        break;
    case State::TestPassed: {
        const qint64 ms = m_setup->testDeliveryMs();
        m_testResult->setStatus(
            ms >= 0 ? tr("The test passed: the message went through the relay and arrived in your inbox after %1 "
                         "seconds. %2 can send now.")
                          .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1), name)
                    : tr("The test passed: the message went through the relay and arrived in your inbox. %1 can send "
                         "now.")
                          .arg(name),
            StatusLabel::Urgency::Alert);
        break;
    }
    case State::TestFailed:
        m_testResult->setStatus(tr("The test through the relay failed; the values above are still valid."),
                                StatusLabel::Urgency::Alert);
        if (const auto diagnosis = m_setup->diagnosis()) {
            m_testDiagnosis->setDiagnosis(*diagnosis);
            m_testDiagnosis->setActions(DiagnosisView::remediesOf({ *diagnosis }, { Remedy::TryAgain }));
        }
        break;
    case State::Failed:
        if (const auto diagnosis = m_setup->diagnosis()) {
            m_status->setStatus(tr("The device could not be set up."), StatusLabel::Urgency::Alert);
            m_diagnosis->setDiagnosis(*diagnosis);
            m_diagnosis->setActions(DiagnosisView::remediesOf({ *diagnosis }, { Remedy::TryAgain }));
        } else {
            m_status->setStatus(tr("The device could not be set up: %1").arg(m_setup->problem()),
                                StatusLabel::Urgency::Alert);
        }
        break;
    }
}
