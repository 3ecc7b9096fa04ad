// "Set up a printer, scanner or another device", offscreen: the device name is checked as it is typed, each state of
// the DeviceSetup shows in words, Copy puts each value on the clipboard, and the password, shown once, reaches no
// log and no status line. The relay here is a stand-in that only greets (a real one is in
// tests/integration/tst_devicesetupsandbox.cpp); the keychain is in memory.
#include "tests/ui/wholevalues.h"
#include "tests/ui/wizardharness.h"
#include "tests/support/mailserverscripts.h"
#include "tests/support/greetingserver.h"
#include "tests/support/scriptedserver.h"
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/relay/devicesetup.h"
#include "wizard/core/relay/relaydevices.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/ui/copyablefield.h"
#include "wizard/ui/devicesetupdialog.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/readypage.h"
#include "wizard/ui/setupwizard.h"
#include "wizard/ui/statuslabel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString email = u"alex@sandbox.test"_s;

// Everything Qt's message handler was given while a test ran.
QStringList loggedMessages;
QtMessageHandler previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class tst_DeviceSetupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nameIsCheckedAsItIsTyped();
    void aRunningRelayGivesTheValuesEachWithCopy();
    void valuesAreWhole_data();
    void valuesAreWhole();
    void passwordReachesNoLogAndNoStatus();
    void aTestThatFailsIsSaid();
    void anotherProgramOnThePortIsSaid();
    void aRelayThatDoesNotStartIsSaid();
    void readyPageOpensTheDialog();

private:
    std::unique_ptr<DeviceSetup> makeSetup(quint16 port);
    // The dialog set up for "scanner" against a relay that greets on `server`, until Ready.
    bool setUpScanner(DeviceSetupDialog &dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
};

void tst_DeviceSetupDialog::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordMessage);
}

void tst_DeviceSetupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The background relay's pid file and log go here, not into the user's own state folder.
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_STATE_HOME", m_dir->filePath(u"state"_s).toLocal8Bit());
    m_keychain = std::make_unique<MemorySecretStore>();
    loggedMessages.clear();
}

void tst_DeviceSetupDialog::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
    m_keychain.reset();
    m_dir.reset();
}

std::unique_ptr<DeviceSetup> tst_DeviceSetupDialog::makeSetup(quint16 port)
{
    auto setup = std::make_unique<DeviceSetup>(m_keychain.get(), ProviderProfile{},
                                               MailAccount{ email, u"not-a-real-token"_s, AccountKind::Work });
    setup->setPort(port);
    setup->setDevicesFile(m_dir->filePath(u"relay-devices.ini"_s));
    setup->setCertificateDirectory(m_dir->filePath(u"relay"_s));
    setup->setStartMethod(DeviceSetup::StartMethod::BackgroundProcess);
    setup->setTimeLimits(1000, 5000);
    return setup;
}

bool tst_DeviceSetupDialog::setUpScanner(DeviceSetupDialog &dialog)
{
    auto *name = dialog.findChild<QLineEdit *>(u"deviceNameEdit"_s);
    auto *setUp = dialog.findChild<QPushButton *>(u"setUpDeviceButton"_s);
    if (!name || !setUp)
        return false;
    name->setText(u"scanner"_s);
    QTest::mouseClick(setUp, Qt::LeftButton);
    return QTest::qWaitFor([&] { return dialog.setup()->state() == DeviceSetup::State::Ready; }, 20'000);
}

void tst_DeviceSetupDialog::nameIsCheckedAsItIsTyped()
{
    auto setup = makeSetup(1);
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"deviceNameEdit"_s);
    auto *problem = dialog.findChild<StatusLabel *>(u"deviceNameProblemLabel"_s);
    auto *setUp = dialog.findChild<QPushButton *>(u"setUpDeviceButton"_s);
    QVERIFY(name && problem && setUp);
    QVERIFY(!setUp->isEnabled());
    QVERIFY(problem->status().isEmpty());
    QVERIFY(dialog.findChild<StatusLabel *>(u"deviceStatusLabel"_s)->status().contains(u"Give the device a name"_s));

    for (const QString &bad : { u"../scanner"_s, u"printer 2"_s, u"scanner@home"_s, QString(65, u'a') }) {
        name->setText(bad);
        // The box takes 64 characters at most: a longer name cannot even be typed.
        if (bad.size() > 64) {
            QCOMPARE(name->text().size(), 64);
            continue;
        }
        QVERIFY2(!setUp->isEnabled(), qPrintable(bad));
        QVERIFY2(problem->status().contains(u"letters, digits, dots, dashes or underscores"_s), qPrintable(bad));
        QVERIFY(problem->isVisible());
    }
    name->setText(u"printer-2nd-floor"_s);
    QVERIFY(setUp->isEnabled());
    QVERIFY(problem->status().isEmpty());
    name->clear();
    QVERIFY(!setUp->isEnabled());
    QVERIFY(problem->status().isEmpty());
    // Nothing started for a name that was refused.
    QCOMPARE(setup->state(), DeviceSetup::State::NotStarted);
    QVERIFY(!dialog.findChild<QGroupBox *>(u"deviceValuesGroup"_s)->isVisible());
}

void tst_DeviceSetupDialog::aRunningRelayGivesTheValuesEachWithCopy()
{
    GreetingServer relay(GreetingServer::relayGreeting(email));
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    auto setup = makeSetup(relay.serverPort());
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    QList<DeviceSetup::State> states;
    connect(setup.get(), &DeviceSetup::stateChanged, this, [&](DeviceSetup::State state) { states.append(state); });
    QVERIFY(setUpScanner(dialog));
    QCOMPARE(states, (QList<DeviceSetup::State>{ DeviceSetup::State::CheckingRelay, DeviceSetup::State::AddingDevice,
                                                 DeviceSetup::State::Ready }));

    QVERIFY(dialog.findChild<QGroupBox *>(u"deviceValuesGroup"_s)->isVisible());
    QVERIFY(dialog.findChild<StatusLabel *>(u"deviceStatusLabel"_s)->status().contains(u"scanner may now send mail as "_s + email));
    QVERIFY(dialog.findChild<QWidget *>(u"passwordShownOnceLabel"_s)->isVisible());
    // A relay Mail Setup did not start: the dialog does not promise that it keeps running.
    QVERIFY(dialog.findChild<StatusLabel *>(u"relayPersistenceLabel"_s)->status().contains(u"already running"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"sendTestThroughRelayButton"_s)->isEnabled());

    const DeviceValues values = setup->values();
    QCOMPARE(values.host, u"127.0.0.1"_s);
    QCOMPARE(values.port, relay.serverPort());
    QCOMPARE(values.userName, u"scanner"_s);
    QCOMPARE(values.password.size(), 24);
    QCOMPARE(values.sender, email);
    QVERIFY2(values.fingerprint.count(u':') == 31, qPrintable(values.fingerprint));
    const QList<std::pair<QString, QString>> expected{
        { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, QString::number(relay.serverPort()) }, { u"userName"_s, u"scanner"_s },
        { u"password"_s, values.password }, { u"sender"_s, email }, { u"fingerprint"_s, values.fingerprint },
    };
    for (const auto &[key, value] : expected) {
        CopyableField *field = dialog.field(key);
        QVERIFY2(field && field->isVisible(), qPrintable(key));
        QCOMPARE(field->value(), value);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(field->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), value);
    }
    // The device's hash is in the keychain, and the list names it, where the relay reads both.
    RelayDevices devices(m_keychain.get(), m_dir->filePath(u"relay-devices.ini"_s));
    QVERIFY(devices.contains(u"scanner"_s));
    bool matches = false;
    bool answered = false;
    devices.verify(u"scanner"_s, values.password, this, [&](bool ok, const SecretResult &) {
        matches = ok;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(matches);

    // The same name again: a new password, and the dialog says that the old one is gone.
    auto *setUp = dialog.findChild<QPushButton *>(u"setUpDeviceButton"_s);
    QVERIFY(setUp->isEnabled());
    QTest::mouseClick(setUp, Qt::LeftButton);
    QTRY_COMPARE(setup->state(), DeviceSetup::State::Ready);
    QVERIFY(setup->replacedPassword());
    QVERIFY(setup->values().password != values.password);
    QCOMPARE(dialog.field(u"password"_s)->value(), setup->values().password);
    QVERIFY(dialog.findChild<StatusLabel *>(u"deviceStatusLabel"_s)->status().contains(u"the old one no longer works"_s));
    dialog.close();
}

void tst_DeviceSetupDialog::valuesAreWhole_data()
{
    QTest::addColumn<bool>("narrow");
    QTest::newRow("its own size") << false;
    QTest::newRow("narrow window") << true;
}

void tst_DeviceSetupDialog::valuesAreWhole()
{
    // The six values a person types into a device, read off this window: whole at the dialog's own size and in a
    // narrow one, at 100% and (tst_devicesetupdialog_scale200) at 200%. The fingerprint is 95 characters long.
    QFETCH(bool, narrow);
    GreetingServer relay(GreetingServer::relayGreeting(email));
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    auto setup = makeSetup(relay.serverPort());
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(setUpScanner(dialog));
    if (narrow)
        dialog.resize(std::min(360, dialog.width()), dialog.height());
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents();
    QStringList cut;
    int checked = 0;
    for (const QString &key : { u"host"_s, u"port"_s, u"userName"_s, u"password"_s, u"sender"_s, u"fingerprint"_s }) {
        CopyableField *field = dialog.field(key);
        QVERIFY2(field && field->isVisible(), qPrintable(key));
        ++checked;
        cut << cutParts(field);
    }
    QCOMPARE(checked, 6);
    QVERIFY2(cut.isEmpty(), qPrintable(u"\n  "_s + cut.join(u"\n  "_s)));
    dialog.close();
}

void tst_DeviceSetupDialog::passwordReachesNoLogAndNoStatus()
{
    GreetingServer relay(GreetingServer::relayGreeting(email));
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    auto setup = makeSetup(relay.serverPort());
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    QVERIFY(setUpScanner(dialog));
    const QString password = setup->values().password;
    QVERIFY(!password.isEmpty());
    QTest::mouseClick(dialog.field(u"password"_s)->copyButton(), Qt::LeftButton);
    const QString copied = dialog.findChild<StatusLabel *>(u"deviceCopyStatusLabel"_s)->status();
    QVERIFY(copied.contains(u"Password is on the clipboard"_s));
    // Only the value box and the clipboard hold it: no status line, no accessible name or description, no log.
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == "value_device_password"_L1)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            QVERIFY2(!label->text().contains(password), qPrintable(widget->objectName()));
        QVERIFY(!widget->accessibleName().contains(password));
        QVERIFY(!widget->accessibleDescription().contains(password));
        QVERIFY(!widget->toolTip().contains(password));
    }
    QVERIFY(!dialog.windowTitle().contains(password));
    for (const QString &message : std::as_const(loggedMessages))
        QVERIFY2(!message.contains(password), qPrintable(message));
    dialog.close();
}

void tst_DeviceSetupDialog::aTestThatFailsIsSaid()
{
    // A "relay" that greets and then says nothing more: the test cannot send through it, and says so in the
    // catalogue's words, with the values still shown.
    GreetingServer relay(GreetingServer::relayGreeting(email));
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    auto setup = makeSetup(relay.serverPort());
    ProbeLimits limits;
    limits.connectTimeoutMs = 2000;
    limits.replyTimeoutMs = 1000;
    limits.checkTimeoutMs = 5000;
    limits.deliveryTimeoutMs = 2000;
    setup->setProbeLimits(limits);
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    QVERIFY(setUpScanner(dialog));
    auto *test = dialog.findChild<QPushButton *>(u"sendTestThroughRelayButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(setup->state(), DeviceSetup::State::SendingTest);
    QVERIFY(!test->isEnabled());
    auto *result = dialog.findChild<StatusLabel *>(u"relayTestResultLabel"_s);
    QVERIFY(result->status().contains(u"Sending a test message through the relay"_s));
    QTRY_COMPARE_WITH_TIMEOUT(setup->state(), DeviceSetup::State::TestFailed, 15'000);
    QVERIFY(result->status().contains(u"The test through the relay failed"_s));
    QVERIFY(setup->diagnosis());
    auto *view = dialog.findChild<DiagnosisView *>(u"relayTestDiagnosisView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(view->diagnoses().first().id, setup->diagnosis()->id);
    QVERIFY(view->button(Remedy::TryAgain)->isVisible());
    QVERIFY(!dialog.findChild<DiagnosisView *>(u"deviceDiagnosisView"_s)->isVisible());
    QVERIFY(test->isEnabled());
    // Try again sends again.
    QTest::mouseClick(view->button(Remedy::TryAgain), Qt::LeftButton);
    QCOMPARE(setup->state(), DeviceSetup::State::SendingTest);
    QVERIFY(!view->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(setup->state(), DeviceSetup::State::TestFailed, 15'000);
    QVERIFY(dialog.findChild<QGroupBox *>(u"deviceValuesGroup"_s)->isVisible());
    QCOMPARE(dialog.field(u"password"_s)->value(), setup->values().password);
    for (const QString &message : std::as_const(loggedMessages))
        QVERIFY2(!message.contains(setup->values().password), qPrintable(message));
    dialog.close();
}

void tst_DeviceSetupDialog::anotherProgramOnThePortIsSaid()
{
    GreetingServer other("220 mail.example.net ESMTP Postfix (Debian/GNU)\r\n");
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    auto setup = makeSetup(other.serverPort());
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    dialog.findChild<QLineEdit *>(u"deviceNameEdit"_s)->setText(u"scanner"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setUpDeviceButton"_s), Qt::LeftButton);
    QTRY_COMPARE(setup->state(), DeviceSetup::State::Failed);
    QVERIFY(setup->diagnosis());
    QCOMPARE(setup->diagnosis()->id, DiagnosisId::RelayPortTaken);
    QCOMPARE(setup->diagnosis()->reply, u"220 mail.example.net ESMTP Postfix (Debian/GNU)"_s);
    auto *view = dialog.findChild<DiagnosisView *>(u"deviceDiagnosisView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(view->diagnoses().size(), 1);
    QVERIFY(view->diagnoses().first().title.contains(u"Another program already uses the relay's port"_s));
    QVERIFY(view->button(Remedy::TryAgain)->isVisible());
    QVERIFY(!dialog.findChild<QGroupBox *>(u"deviceValuesGroup"_s)->isVisible());
    // A relay for another account is no relay for this one either.
    GreetingServer otherRelay(GreetingServer::relayGreeting(u"someone@example.org"_s));
    QVERIFY(otherRelay.listen(QHostAddress::LocalHost, 0));
    setup->setPort(otherRelay.serverPort());
    QTest::mouseClick(view->button(Remedy::TryAgain), Qt::LeftButton);
    QTRY_COMPARE(setup->state(), DeviceSetup::State::Failed);
    QCOMPARE(setup->diagnosis()->id, DiagnosisId::RelayPortTaken);
    QVERIFY(setup->diagnosis()->reply.contains(u"someone@example.org"_s));
    dialog.close();
}

void tst_DeviceSetupDialog::aRelayThatDoesNotStartIsSaid()
{
    // A free port, nothing on it, and a "mailsetup" that ends at once: the dialog waits for the relay's greeting,
    // sees the process gone, and says so instead of waiting for ever.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    auto setup = makeSetup(port);
    setup->setProgram(u"/bin/false"_s);
    DeviceSetupDialog dialog(setup.get());
    dialog.show();
    QList<DeviceSetup::State> states;
    connect(setup.get(), &DeviceSetup::stateChanged, this, [&](DeviceSetup::State state) { states.append(state); });
    dialog.findChild<QLineEdit *>(u"deviceNameEdit"_s)->setText(u"scanner"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setUpDeviceButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(setup->state(), DeviceSetup::State::Failed, 10'000);
    QCOMPARE(states, (QList<DeviceSetup::State>{ DeviceSetup::State::CheckingRelay, DeviceSetup::State::StartingRelay,
                                                 DeviceSetup::State::Failed }));
    QCOMPARE(setup->diagnosis()->id, DiagnosisId::RelayNotRunning);
    QVERIFY(dialog.findChild<StatusLabel *>(u"deviceStatusLabel"_s)->status().contains(u"could not be set up"_s));
    QVERIFY(dialog.findChild<DiagnosisView *>(u"deviceDiagnosisView"_s)->isVisible());
    // The device was not added: no password was handed out for a relay that does not run.
    QVERIFY(!RelayDevices(m_keychain.get(), m_dir->filePath(u"relay-devices.ini"_s)).contains(u"scanner"_s));

    // A program that cannot be started at all is said at once.
    setup->setProgram(m_dir->filePath(u"no-such-program"_s));
    QTest::mouseClick(dialog.findChild<DiagnosisView *>(u"deviceDiagnosisView"_s)->button(Remedy::TryAgain),
                      Qt::LeftButton);
    QTRY_COMPARE(setup->state(), DeviceSetup::State::Failed);
    QCOMPARE(setup->diagnosis()->id, DiagnosisId::RelayNotRunning);
    dialog.close();
}

void tst_DeviceSetupDialog::readyPageOpensTheDialog()
{
    WizardHarness harness;
    QVERIFY2(harness.start(), qPrintable(harness.errorString()));
    ScriptedServer imap(MailServerScripts::imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(MailServerScripts::smtpSendsMessage(email));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = harness.createWizard(harness.profileFor(imap, smtp));
    QVERIFY2(wizard, qPrintable(harness.errorString()));
    QVERIFY2(harness.reachReadyPage(email), qPrintable(harness.errorString()));
    auto *button = harness.find<QPushButton>(u"setUpDeviceButton"_s);
    QVERIFY(button);
    QVERIFY(button->text().contains(u"printer, scanner or another device"_s));
    QVERIFY2(harness.click(button, u"Set up a device"_s), qPrintable(harness.errorString()));
    DeviceSetupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard->findChild<DeviceSetupDialog *>()) && dialog->isVisible());
    // The signed-in account is the sender; nothing starts before a name is given.
    QVERIFY(dialog->findChild<QWidget *>(u"deviceIntroLabel"_s)->property("text").toString().contains(email));
    QCOMPARE(dialog->setup()->state(), DeviceSetup::State::NotStarted);
    QCOMPARE(dialog->setup()->program(), QCoreApplication::applicationFilePath());
    QCOMPARE(dialog->setup()->port(), RelayDefaultPort);
    dialog->close();
    QTRY_VERIFY(!wizard->findChild<DeviceSetupDialog *>());
    wizard->close();
}

QTEST_MAIN(tst_DeviceSetupDialog)
#include "tst_devicesetupdialog.moc"
