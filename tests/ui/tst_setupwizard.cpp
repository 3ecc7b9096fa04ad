// The whole wizard, offscreen, as a person goes through it: page 1 tells the kind of account, page 2 shows how
// to switch on IMAP, page 3 signs in (the fake Microsoft identity provider plays the sign-in page, the test's
// url opener plays the browser), page 4 checks against scripted Microsoft-like servers, page 5 shows the
// settings. Then every failure page: what it says, who can fix it, and which buttons it offers. Closing half-way
// leaves nothing behind, and the keyboard alone gets from the address to the ready page.
#include "tests/ui/wizardharness.h"

#include "tests/support/mailserverscripts.h"
#include "tests/support/scriptedserver.h"

#include "wizard/core/report/helpdeskreport.h"
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/signin/tokenkeeper.h"
#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/ui/checkpage.h"
#include "wizard/ui/commandblock.h"
#include "wizard/ui/copyablefield.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/readypage.h"
#include "wizard/ui/setupwizard.h"
#include "wizard/ui/steplistview.h"

#include "wizard/core/secrets/secretkeys.h"
#include "wizard/core/signin/clientid.h"

#include <QDir>
#include <QJsonObject>
#include <QJsonDocument>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QAccessible>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MailServerScripts;

using Protocol = MailboxCheck::Protocol;
using StepState = StepListView::StepState;
using Action = DiagnosisView::Action;

namespace {

const QString personalEmail = u"alex@outlook.com"_s;
const QString workEmail = u"alex@sandbox.test"_s;

// A scripted server that counts the connections it is offered (it follows its script on the first one only).
class CountingServer : public ScriptedServer
{
public:
    using ScriptedServer::ScriptedServer;
    int connections = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        ++connections;
        ScriptedServer::incomingConnection(handle);
    }
};

// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// IMAP that works without a test message: sign-in, EXAMINE, LOGOUT.
QStringList imapWorks()
{
    return imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s) + imapLogout(u"A3"_s);
}

// SMTP that works without a test message.
QStringList smtpWorks()
{
    return smtpUntilAuth() + QStringList{ u"S: 235 2.7.0 Authentication successful"_s, u"C: QUIT"_s,
                                          u"S: 221 2.0.0 Bye"_s, u"X"_s };
}

// The object names of the buttons a diagnosis view offers: shown and enabled, in the order of the row.
QStringList offeredButtons(const DiagnosisView *view)
{
    QList<QPushButton *> shown;
    for (const Action action : { Action::SignInAgain, Action::UseAnotherAccount, Action::CopyAdministratorMessage,
                                 Action::ShowImapHelp, Action::TryAgain }) {
        QPushButton *button = view->button(action);
        if (button->isVisible() && button->isEnabled())
            shown.append(button);
    }
    std::sort(shown.begin(), shown.end(), [](const QWidget *a, const QWidget *b) {
        return a->mapTo(a->window(), QPoint()).y() != b->mapTo(b->window(), QPoint()).y()
            ? a->mapTo(a->window(), QPoint()).y() < b->mapTo(b->window(), QPoint()).y()
            : a->mapTo(a->window(), QPoint()).x() < b->mapTo(b->window(), QPoint()).x();
    });
    QStringList names;
    for (const QPushButton *button : shown)
        names.append(button->objectName());
    return names;
}

// The texts of the shown labels with this object name.
QStringList shownTexts(const QWidget *within, const QString &objectName)
{
    QStringList texts;
    for (const QLabel *label : within->findChildren<QLabel *>(objectName)) {
        if (label->isVisible())
            texts.append(label->text());
    }
    return texts;
}

QList<DiagnosisId> diagnosisIds(const DiagnosisView *view)
{
    QList<DiagnosisId> ids;
    for (const Diagnosis &diagnosis : view->diagnoses())
        ids.append(diagnosis.id);
    return ids;
}

// A secret from the in-memory keychain.
QByteArray readSecret(SecretStore *store, const QString &key)
{
    auto result = std::make_shared<std::optional<SecretResult>>();
    store->read(key, nullptr, [result](const SecretResult &read) { *result = read; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 2000))
        return {};
    return result->has_value() ? (*result)->secret : QByteArray();
}

// The bearer token a client sent in its XOAUTH2 line ("... AUTHENTICATE XOAUTH2 <base64>").
QString bearerTokenSent(const ScriptedServer &server)
{
    for (const QByteArray &line : server.received()) {
        const int at = line.indexOf("XOAUTH2 ");
        if (at < 0)
            continue;
        const QByteArray decoded = QByteArray::fromBase64(line.mid(at + 8).trimmed());
        const int bearer = decoded.indexOf("auth=Bearer ");
        if (bearer >= 0)
            return QString::fromLatin1(decoded.mid(bearer + 12).split('\x01').constFirst());
    }
    return {};
}

// Every step of the list in this state.
bool allIn(const StepListView *list, StepState state)
{
    const QList<StepState> states = list->states();
    return !states.isEmpty() && std::all_of(states.begin(), states.end(), [state](StepState s) { return s == state; });
}

// The state of the step's row that began last (a step can come twice: the capabilities after STARTTLS), or of its
// first row while none has begun.
StepState stateOf(const StepListView *list, ProbeStep step)
{
    const QList<ProbeStep> steps = list->steps();
    const QList<StepState> states = list->states();
    int found = -1;
    for (int i = 0; i < int(steps.size()); ++i) {
        if (steps.at(i) != step)
            continue;
        if (found < 0 || states.at(i) != StepState::Pending)
            found = i;
    }
    return found < 0 ? StepState::NotRun : states.at(found);
}

} // namespace

class tst_SetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void personalAccountHappyPath();
    void workAccountHappyPath();
    void workAccountImapPageNamesTheAdministrator();
    void addressPageAdvice_data();
    void addressPageAdvice();
    void noClientIdIsSaidOnTheFirstPage();
    void happyPathActions_data();
    void happyPathActions();
    void readyPageShowsTheBuiltInServers_data();
    void readyPageShowsTheBuiltInServers();
    void noStepNameAppearsTwice();

    void cancelledSignIn();
    void cancelWhileWaitingForTheBrowser();
    void wrongAccount();
    void consentRequired();
    void imapSwitchedOff();
    void smtpAuthDisabled();
    void receivingWorksSendingRefusedCanFinish();
    void smtpPortBlocked();
    void untrustedCertificate();
    void serverWordsAreShownNotObeyed();

    void closingMidCheckLeavesNothing();
    void keyboardOnly();

private:
    // Checks what a diagnosis view shows for the catalogue's `id`.
    void expectDiagnosis(const DiagnosisView *view, DiagnosisId id);
    QAbstractButton *next() const { return m_h->button(QWizard::NextButton); }
    CheckPage *checkPage() const { return static_cast<CheckPage *>(m_h->wizard()->page(SetupWizard::CheckPageId)); }
    // Presses Tab until `target` has the keyboard focus; false if it never gets it.
    bool tabTo(QWidget *target);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<WizardHarness> m_h;
};

#define HARNESS_VERIFY(step) QVERIFY2(step, qPrintable(m_h->errorString()))
#define EXPECT_DIAGNOSIS(view, id)                                                                                   \
    do {                                                                                                             \
        expectDiagnosis(view, id);                                                                                   \
        if (QTest::currentTestFailed())                                                                              \
            return;                                                                                                  \
    } while (false)

void tst_SetupWizard::initTestCase()
{
    QCoreApplication::setApplicationVersion(u"0.1.0-test"_s);
}

void tst_SetupWizard::init()
{
    m_h = std::make_unique<WizardHarness>();
    HARNESS_VERIFY(m_h->start());
}

void tst_SetupWizard::cleanup()
{
    m_h.reset();
    // Nothing of a wizard outlives it.
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_SetupWizard::expectDiagnosis(const DiagnosisView *view, DiagnosisId id)
{
    // In the words for the account being set up (Outlook.com's steps, or the administrator's path).
    const Diagnosis expected = DiagnosisCatalogue::diagnosis(id, {}, m_h->controller()->diagnosisContext());
    QVERIFY(view->isVisible());
    QVERIFY2(diagnosisIds(view).contains(id), qPrintable(DiagnosisCatalogue::key(id)));
    // A diagnosis's words show once the event loop has run (new widgets in a shown layout).
    QTRY_VERIFY2(shownTexts(view, u"diagnosisTitle"_s).contains(expected.title),
                 qPrintable(shownTexts(view, u"diagnosisTitle"_s).join(u" | "_s)));
    QVERIFY(shownTexts(view, u"diagnosisAdvice"_s).contains(expected.advice));
    QVERIFY(shownTexts(view, u"diagnosisAudience"_s).contains(u"Who can fix this: %1"_s.arg(audienceLabel(expected.audience))));
}

bool tst_SetupWizard::tabTo(QWidget *target)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

void tst_SetupWizard::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

// --- happy paths ------------------------------------------------------------------------------------------------

void tst_SetupWizard::personalAccountHappyPath()
{
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(personalEmail));
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(personalEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
    QVERIFY(!next()->isEnabled());

    // Page 1: the domain is on the personal domains list.
    HARNESS_VERIFY(m_h->enterAddress(personalEmail));
    QCOMPARE(m_h->find<QLabel>(u"kindLabel"_s)->text(), u"This is a personal Microsoft account (Outlook.com)."_s);
    QVERIFY(m_h->find<QLabel>(u"kindReasonLabel"_s)->text().contains(u"outlook.com belong to Microsoft's own mail service"_s));
    QVERIFY(m_h->find<QRadioButton>(u"kindPersonalRadio"_s)->isChecked());
    HARNESS_VERIFY(m_h->next(SetupWizard::ImapSwitchPageId));

    // Page 2: Outlook.com's own words, the button to its settings, and one button that says it is switched on.
    QVERIFY(m_h->find<QLabel>(u"imapStep2"_s)->text().contains(u"Choose Settings (the gear at the top right), then Mail, "
                                                                "then Forwarding and IMAP."_s));
    QVERIFY(m_h->find<QLabel>(u"imapStep2"_s)->text().contains(u"Sync email, with a part called POP and IMAP"_s));
    QVERIFY(m_h->find<QLabel>(u"imapStep3"_s)->text().contains(u"Switch on \"Let devices and apps use IMAP\""_s));
    QVERIFY(m_h->find<QLabel>(u"imapStep3"_s)->text().contains(u"\"Let devices and apps use POP\""_s));
    QCOMPARE(m_h->find<QLabel>(u"imapStep4"_s)->text(), u"Choose Save."_s);
    QVERIFY(!m_h->find<QLabel>(u"imapWorkAccountLabel"_s)->isVisible());
    QCOMPARE(next()->text(), u"I've &switched it on"_s);
    QVERIFY(next()->isEnabled());
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"openOutlookSettingsButton"_s), u"Open Outlook.com settings"_s));
    QCOMPARE(m_h->openedUrls(), QList<QUrl>{ QUrl(u"https://outlook.live.com/mail/0/options/mail/accounts/popImap"_s) });
    QVERIFY(m_h->find<QLabel>(u"openOutlookSettingsStatus"_s)->isVisible());
    QCOMPARE(wizard->currentId(), int(SetupWizard::ImapSwitchPageId));  // opening the settings is not switching IMAP on
    HARNESS_VERIFY(m_h->confirmImapSwitchedOn());
    QVERIFY(next()->text() != u"I've &switched it on"_s);

    // Page 3: the sign-in in the "browser"; the wizard goes on by itself, and the check starts by itself.
    QVERIFY(m_h->find<QLabel>(u"signInIntroLabel"_s)->text().contains(personalEmail));
    QVERIFY(!next()->isEnabled());
    int liveSteps[2] = { 0, 0 };
    QStringList notShownLive;
    connect(m_h->controller(), &SetupController::checkStepStarted, this, [&](Protocol protocol, ProbeStep step) {
        if (stateOf(checkPage()->stepList(protocol), step) == StepState::Running)
            ++liveSteps[protocol == Protocol::Imap ? 0 : 1];
        else
            notShownLive.append(probeStepKey(step));
    });
    QVERIFY(m_h->keychain()->keys().isEmpty());
    HARNESS_VERIFY(m_h->signIn());
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::SignedIn);
    QCOMPARE(m_h->controller()->accountKind(), AccountKind::Personal);
    QCOMPARE(m_h->signInPageVisits(), 1);
    const QUrl signInUrl = m_h->openedUrls().constLast();
    QCOMPARE(QUrlQuery(signInUrl).queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), personalEmail);
    QCOMPARE(m_h->identityProvider()->lastAuthorizeRequest().loginHint, personalEmail);
    QVERIFY(wizard->page(SetupWizard::SignInPageId)->findChild<QLabel *>(u"signInStatusLabel"_s)->text().contains(
        u"a personal Microsoft account"_s));

    // Page 4: every step shows in its list while it runs, then passes, and the ready page comes by itself.
    HARNESS_VERIFY(m_h->waitForCheck());
    HARNESS_VERIFY(m_h->controller()->checkState() == SetupController::CheckState::Passed);
    QVERIFY2(notShownLive.isEmpty(), qPrintable(notShownLive.join(u", "_s)));
    QVERIFY(liveSteps[0] >= 5);
    QVERIFY(liveSteps[1] >= 5);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ReadyPageId));
    const StepListView *imapSteps = checkPage()->stepList(Protocol::Imap);
    const StepListView *smtpSteps = checkPage()->stepList(Protocol::Smtp);
    QVERIFY(allIn(imapSteps, StepState::Passed));
    QVERIFY(allIn(smtpSteps, StepState::Passed));
    QVERIFY(imapSteps->steps().contains(ProbeStep::TlsHandshake));
    QVERIFY(imapSteps->steps().contains(ProbeStep::FindMessage));
    QVERIFY(smtpSteps->steps().contains(ProbeStep::StartTls));
    QVERIFY(smtpSteps->steps().contains(ProbeStep::Send));
    QWidget *check = checkPage();
    QVERIFY(check->findChild<QLabel *>(u"testMessageLabel"_s)->text().startsWith(u"The test message reached your inbox in "_s));
    QCOMPARE(check->findChild<QLabel *>(u"checkAnswerLabel"_s)->text(), u"Incoming mail works. Outgoing mail works."_s);
    QCOMPARE(qobject_cast<QWizardPage *>(check)->title(), u"Your account works"_s);

    // Page 5: the settings (with a provider file, its servers: here the scripted ones), each one copyable.
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentPage()->isComplete(); }, u"the account to be saved"_s));
    // Back shows the check's answer again, and Next returns: nothing runs again by itself.
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
    QVERIFY(m_h->find<QWidget>(u"checkAnswerLabel"_s)->isVisible());
    QVERIFY(m_h->find<QWidget>(u"startCheckButton"_s)->isVisible());
    HARNESS_VERIFY(m_h->next(SetupWizard::ReadyPageId));
    auto *ready = qobject_cast<ReadyPage *>(wizard->currentPage());
    QVERIFY(ready);
    const QList<std::pair<QString, QString>> expected = {
        { u"imapServer"_s, u"127.0.0.1"_s },      { u"imapPort"_s, QString::number(imap.serverPort()) },
        { u"imapEncryption"_s, u"SSL/TLS"_s },    { u"popServer"_s, u"127.0.0.1"_s },
        { u"popPort"_s, u"995"_s },               { u"popEncryption"_s, u"SSL/TLS"_s },
        { u"smtpServer"_s, u"127.0.0.1"_s },      { u"smtpPort"_s, QString::number(smtp.serverPort()) },
        { u"smtpEncryption"_s, u"STARTTLS"_s },   { u"userName"_s, personalEmail },
        { u"authentication"_s, u"OAuth2 (Sign in with Microsoft)"_s },
    };
    // POP's settings come on request.
    auto *showPop = m_h->find<QPushButton>(u"showPopSettingsButton"_s);
    QVERIFY(showPop->isVisible());
    QVERIFY(!m_h->find<QWidget>(u"popSettingsGroup"_s)->isVisible());
    HARNESS_VERIFY(m_h->click(showPop, u"Show the POP settings"_s));
    QVERIFY(m_h->find<QWidget>(u"popSettingsGroup"_s)->isVisible());
    // Fixed words, chosen from a list in a mail app, are shown without Copy; what is typed has it.
    const QStringList fixedWords = { u"imapEncryption"_s, u"popEncryption"_s, u"smtpEncryption"_s, u"authentication"_s };
    for (const auto &[key, value] : expected) {
        CopyableField *field = ready->field(key);
        QVERIFY2(field && field->isVisible(), qPrintable(key));
        QCOMPARE(field->value(), value);
        QCOMPARE(field->isCopyable(), !fixedWords.contains(key));
        QCOMPARE(field->copyButton()->isVisible(), !fixedWords.contains(key));
        if (fixedWords.contains(key))
            continue;
        QGuiApplication::clipboard()->clear();
        HARNESS_VERIFY(m_h->click(field->copyButton(), u"Copy "_s + key));
        QCOMPARE(QGuiApplication::clipboard()->text(), value);
        QVERIFY(m_h->find<QLabel>(u"copyStatusLabel"_s)->text().endsWith(u": "_s + value));
    }
    QVERIFY(m_h->find<QLabel>(u"tokenStorageLabel"_s)->text().contains(m_h->keychain()->backendName()));

    // Saved: the settings on disk, the tokens in the keychain under the account's identity.
    const auto account = m_h->settings()->load(personalEmail);
    QVERIFY(account);
    QCOMPARE(account->kind, AccountKind::Personal);
    QCOMPARE(account->tenantId, FakeIdentityProvider::personalTenantId);
    const QByteArray refreshToken = readSecret(m_h->keychain(), account->secretKey());
    QVERIFY(!refreshToken.isEmpty());
    QVERIFY(m_h->keychain()->contains(SecretKeys::accessToken(account->identity)));
    const QString accessToken = bearerTokenSent(imap);
    QVERIFY(accessToken.size() > 20);

    // The report for the helpdesk: the same HTML and JSON as --report, in the chosen file, without a token.
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"saveReportButton"_s), u"Save a report"_s));
    QCOMPARE(m_h->reportRequests(), 1);
    QFile reportFile(m_h->reportPath());
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(reportFile.readAll());
    QVERIFY2(report.startsWith(u"<!DOCTYPE html>"_s), qPrintable(report.left(200)));
    QVERIFY(report.contains(personalEmail));
    QVERIFY(report.contains(u"XOAUTH2 [secret removed]"_s));
    QVERIFY(!report.contains(accessToken));
    QVERIFY(!report.contains(QString::fromUtf8(refreshToken)));
    QFile jsonFile(HelpdeskReport::jsonFileFor(m_h->reportPath()));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();
    QJsonParseError parsed;
    const QJsonObject reportJson = QJsonDocument::fromJson(json, &parsed).object();
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
    QCOMPARE(reportJson.value(u"email"_s).toString(), personalEmail);
    QVERIFY(!json.contains(accessToken.toUtf8()));
    QVERIFY(!json.contains(refreshToken));
    const QString saved = m_h->find<QLabel>(u"reportStatusLabel"_s)->text();
    QVERIFY2(saved.contains(u"contains no password and no token"_s), qPrintable(saved));
    QVERIFY2(saved.contains(QDir::toNativeSeparators(jsonFile.fileName())), qPrintable(saved));

    // Finish closes the wizard, accepted.
    QAbstractButton *finish = m_h->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible() && finish->isEnabled());
    QVERIFY(!m_h->button(QWizard::CancelButton)->isVisible());
    HARNESS_VERIFY(m_h->click(finish, u"Finish"_s));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QVERIFY(!wizard->isVisible());
}

void tst_SetupWizard::workAccountHappyPath()
{
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(workEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);

    // Page 1: the domain's MX records (where port 53 can be had) and Microsoft's discovery document say "work".
    HARNESS_VERIFY(m_h->enterAddress(workEmail));
    QCOMPARE(m_h->find<QLabel>(u"kindLabel"_s)->text(), u"This looks like a work or school account (Microsoft 365)."_s);
    QVERIFY(m_h->find<QRadioButton>(u"kindWorkRadio"_s)->isChecked());
    QCOMPARE(m_h->find<QLabel>(u"kindReasonLabel"_s)->text(),
             m_h->hasFakeDns() ? u"Mail for sandbox.test goes to Microsoft 365's servers. Signing in will confirm it."_s
                               : u"Microsoft knows an organisation for sandbox.test. Signing in will confirm it."_s);

    // Page 2 is skipped: the IT administrator decides about IMAP.
    HARNESS_VERIFY(m_h->next(SetupWizard::SignInPageId));
    QVERIFY(!wizard->visitedIds().contains(SetupWizard::ImapSwitchPageId));
    HARNESS_VERIFY(m_h->signIn());
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::SignedIn);
    QCOMPARE(m_h->controller()->accountKind(), AccountKind::Work);
    QVERIFY(wizard->page(SetupWizard::SignInPageId)->findChild<QLabel *>(u"signInStatusLabel"_s)->text().contains(
        u"a work or school account"_s));

    HARNESS_VERIFY(m_h->waitForCheck());
    HARNESS_VERIFY(m_h->controller()->checkState() == SetupController::CheckState::Passed);
    QVERIFY(allIn(checkPage()->stepList(Protocol::Imap), StepState::Passed));
    QVERIFY(allIn(checkPage()->stepList(Protocol::Smtp), StepState::Passed));
    QCOMPARE(wizard->currentId(), int(SetupWizard::ReadyPageId));
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentPage()->isComplete(); }, u"the account to be saved"_s));
    auto *ready = qobject_cast<ReadyPage *>(wizard->currentPage());
    QCOMPARE(ready->field(u"userName"_s)->value(), workEmail);
    QCOMPARE(ready->field(u"smtpEncryption"_s)->value(), u"STARTTLS"_s);

    const auto account = m_h->settings()->load(workEmail);
    QVERIFY(account);
    QCOMPARE(account->kind, AccountKind::Work);
    QCOMPARE(account->tenantId, FakeIdentityProvider::sandboxTenantId);
    QVERIFY(m_h->keychain()->contains(account->secretKey()));
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::FinishButton), u"Finish"_s));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void tst_SetupWizard::noStepNameAppearsTwice()
{
    // SMTP asks what the server supports before and after STARTTLS: the two rows say which is which, in the step
    // lists and in the report.
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(workEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(imap, smtp)));
    HARNESS_VERIFY(m_h->reachReadyPage(workEmail));
    const QString report = m_h->controller()->helpdeskReport();
    for (const Protocol protocol : { Protocol::Imap, Protocol::Smtp }) {
        auto *tree = checkPage()->stepList(protocol)->findChild<QTreeWidget *>(u"stepTree"_s);
        QVERIFY(tree);
        QStringList labels;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            labels << tree->topLevelItem(i)->text(0);
        QVERIFY2(labels.size() > 4, qPrintable(labels.join(u" | "_s)));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        if (protocol == Protocol::Smtp) {
            QVERIFY2(labels.contains(u"Asking what the server supports"_s), qPrintable(labels.join(u" | "_s)));
            QVERIFY2(labels.contains(u"Asking again what the server supports, now encrypted"_s),
                     qPrintable(labels.join(u" | "_s)));
            QVERIFY(report.contains(u"Asking again what the server supports, now encrypted"_s));
        }
    }
    const auto smtpResult = m_h->controller()->report().smtp;
    const QStringList reported = probeStepLabels(smtpResult.steps);
    QCOMPARE(QSet<QString>(reported.begin(), reported.end()).size(), reported.size());
}

void tst_SetupWizard::workAccountImapPageNamesTheAdministrator()
{
    // Someone who says "personal" for an address whose sign-in turns out to be a work account.
    ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpWorks());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);
    m_h->controller()->setSendTestMessage(false);
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    QCOMPARE(m_h->controller()->accountKind(), AccountKind::Work);
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPageId));
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
    HARNESS_VERIFY(m_h->click(m_h->find<QRadioButton>(u"kindPersonalRadio"_s), u"Personal Microsoft account"_s));
    HARNESS_VERIFY(m_h->next(SetupWizard::ImapSwitchPageId));

    // The tenant has spoken: no switch to show, only who decides, and nothing to tick.
    auto *workLabel = m_h->find<QLabel>(u"imapWorkAccountLabel"_s);
    QVERIFY(workLabel->isVisible());
    QVERIFY(workLabel->text().contains(u"your IT administrator decides whether mail apps may use IMAP and POP"_s));
    QVERIFY(!m_h->find<QWidget>(u"openOutlookSettingsButton"_s)->isVisible());
    QVERIFY(next()->text() != u"I've &switched it on"_s);
    QVERIFY(next()->isEnabled());
    // Signed in already: on to the check, which runs again as the page opens... or shows what it found.
    HARNESS_VERIFY(m_h->next(SetupWizard::CheckPageId));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
}

void tst_SetupWizard::addressPageAdvice_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("advice");  // empty: none shown
    QTest::newRow("typo of hotmail.com") << u"alex@hotmial.com"_s << u"Did you mean alex@hotmail.com?"_s;
    QTest::newRow("typo of outlook.com") << u"alex@outlok.com"_s << u"Did you mean alex@outlook.com?"_s;
    QTest::newRow("gmail.com") << u"alex@gmail.com"_s
                               << u"alex@gmail.com is an address of Gmail, not of Microsoft. Mail Setup is for "
                                  "Outlook.com and Microsoft 365 accounts only"_s;
    QTest::newRow("icloud.com") << u"alex@icloud.com"_s << u"is an address of iCloud Mail, not of Microsoft"_s;
    QTest::newRow("outlook.com itself") << u"alex@outlook.com"_s << QString();
    QTest::newRow("a work domain") << u"alex@sandbox.test"_s << QString();
    QTest::newRow("love.com is no typo of live.com") << u"alex@love.com"_s << QString();
}

void tst_SetupWizard::addressPageAdvice()
{
    QFETCH(QString, email);
    QFETCH(QString, advice);
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(1, 1));
    HARNESS_VERIFY(wizard);
    wizard->setAddress(email);
    auto *label = m_h->find<QLabel>(u"domainAdviceLabel"_s);
    QVERIFY(label);
    if (advice.isEmpty()) {
        QVERIFY2(!label->isVisible(), qPrintable(label->text()));
        return;
    }
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(advice), qPrintable(label->text()));
    // Told as it is typed, and gone with the typo.
    wizard->setAddress(u"alex@outlook.com"_s);
    QVERIFY(!label->isVisible());
}

void tst_SetupWizard::noClientIdIsSaidOnTheFirstPage()
{
    // With an application ID (the profile's): nothing to say.
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(1, 1));
    HARNESS_VERIFY(wizard);
    QVERIFY(!m_h->find<QLabel>(u"noClientIdLabel"_s)->isVisible());
    if (!ClientIds::builtIn().isEmpty())
        QSKIP("this build has an application ID built in: no copy without one to show");
    // Without one: said on page 1, before the user goes through Outlook.com's settings, with what IT does.
    ProviderProfile profile = m_h->profileFor(1, 1);
    profile.oauth.clientId.clear();
    wizard = m_h->createWizard(profile);
    HARNESS_VERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::AddressPageId));
    auto *label = m_h->find<QLabel>(u"noClientIdLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"cannot sign anyone in yet"_s));
    QVERIFY(label->text().contains(u"--client-id"_s));
    QVERIFY(label->text().contains(u"-DMAILSETUP_CLIENT_ID"_s));
}

void tst_SetupWizard::happyPathActions_data()
{
    QTest::addColumn<bool>("personal");
    QTest::addColumn<int>("most");
    QTest::newRow("personal") << true << 6;
    QTest::newRow("work") << false << 5;
}

void tst_SetupWizard::happyPathActions()
{
    // From launch to the ready page, counted as a screen reader's user acts: type the address, Next, "I've switched
    // it on" (personal accounts), Sign in, the consent in the browser. The rest goes on by itself, and each page
    // that comes is announced.
    QFETCH(bool, personal);
    QFETCH(int, most);
    const QString email = personal ? personalEmail : workEmail;
    if (personal)
        m_h->identityProvider()->setAccount(WizardHarness::personalAccount(email));
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(email));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);
    // Each page entered sends an alert with the page's title as its accessible name (offscreen Qt has no screen
    // reader to hand the event to: the wizard's signal says it was sent).
    QList<int> announcedIds;
    QStringList announcedNames;
    connect(wizard, &SetupWizard::pageAnnounced, this, [&](int id, const QString &title) {
        announcedIds.append(id);
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(wizard->page(id));
        announcedNames.append(interface ? interface->text(QAccessible::Name) : QString());
        QCOMPARE(announcedNames.constLast(), title);
    });

    m_h->resetActions();
    HARNESS_VERIFY(m_h->reachReadyPage(email));
    const int actions = m_h->actions();
    qInfo("%s address: %d actions from launch to the ready page", personal ? "personal" : "work", actions);
    QVERIFY2(actions <= most, qPrintable(u"%1 actions"_s.arg(actions)));
    QCOMPARE(actions, personal ? 5 : 4);

    QList<int> expectedPages{ SetupWizard::SignInPageId, SetupWizard::CheckPageId, SetupWizard::ReadyPageId };
    if (personal)
        expectedPages.prepend(SetupWizard::ImapSwitchPageId);
    QCOMPARE(announcedIds, expectedPages);
    QCOMPARE(announcedNames.constLast(), u"Your account is ready"_s);

    // Back works from the end: to the check's answer, to the sign-in (signed in, nothing starts again), and Next
    // returns to the check without running it again.
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPageId));
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::SignedIn);
    QTest::qWait(50);
    QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPageId));  // no going on by itself when come back to
    HARNESS_VERIFY(m_h->next(SetupWizard::CheckPageId));
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
    HARNESS_VERIFY(m_h->next(SetupWizard::ReadyPageId));
}

void tst_SetupWizard::readyPageShowsTheBuiltInServers_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QString>("smtpServer");
    QTest::newRow("personal") << AccountKind::Personal << u"smtp-mail.outlook.com"_s;
    QTest::newRow("work") << AccountKind::Work << u"smtp.office365.com"_s;
}

void tst_SetupWizard::readyPageShowsTheBuiltInServers()
{
    // Without a provider file the ready page shows Microsoft's servers for the kind of account.
    QFETCH(AccountKind, kind);
    QFETCH(QString, smtpServer);
    SetupWizard *wizard = m_h->createWizard(std::nullopt);
    HARNESS_VERIFY(wizard);
    m_h->controller()->setAddress(personalEmail);
    m_h->controller()->setAccountKind(kind);
    auto *ready = static_cast<ReadyPage *>(wizard->page(SetupWizard::ReadyPageId));
    ready->initializePage();
    const QList<std::pair<QString, QString>> expected = {
        { u"imapServer"_s, u"outlook.office365.com"_s }, { u"imapPort"_s, u"993"_s },
        { u"imapEncryption"_s, u"SSL/TLS"_s },           { u"popServer"_s, u"outlook.office365.com"_s },
        { u"popPort"_s, u"995"_s },                      { u"popEncryption"_s, u"SSL/TLS"_s },
        { u"smtpServer"_s, smtpServer },                 { u"smtpPort"_s, u"587"_s },
        { u"smtpEncryption"_s, u"STARTTLS"_s },
    };
    for (const auto &[key, value] : expected)
        QCOMPARE(ready->field(key)->value(), value);
    // POP on request: the button shows the group.
    auto *showPop = ready->findChild<QPushButton *>(u"showPopSettingsButton"_s);
    QVERIFY(showPop && !showPop->isHidden());
    QVERIFY(ready->findChild<QWidget *>(u"popSettingsGroup"_s)->isHidden());
    showPop->click();
    QVERIFY(!ready->findChild<QWidget *>(u"popSettingsGroup"_s)->isHidden());
}

// --- the sign-in fails ------------------------------------------------------------------------------------------

void tst_SetupWizard::cancelledSignIn()
{
    m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::UserCancels);
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(closedPort(), closedPort())));
    HARNESS_VERIFY(m_h->reachSignInPage(workEmail));
    HARNESS_VERIFY(m_h->signIn());
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"signInDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::UserCancelled);
    QCOMPARE(offeredButtons(view), QStringList{ u"signInAgainButton"_s });
    QCOMPARE(QApplication::focusWidget(), view->button(Action::SignInAgain));
    // Cancelling is the person's choice, not a failure: no warning sign, no "did not work".
    QVERIFY(!view->findChild<QWidget *>(u"diagnosisWarningIcon"_s)->isVisible());
    QCOMPARE(m_h->find<QLabel>(u"signInStatusLabel"_s)->text(),
             u"The sign-in was stopped. Nothing was saved; sign in again when you are ready."_s);
    QVERIFY(!m_h->find<QWidget>(u"signInButton"_s)->isVisible());
    QVERIFY(!next()->isEnabled());

    // "Sign in again", and this time the person goes through with it.
    m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::SignsIn);
    HARNESS_VERIFY(m_h->click(view->button(Action::SignInAgain), u"Sign in again"_s));
    HARNESS_VERIFY(m_h->waitFor([&] { return m_h->controller()->signInState() == SetupController::SignInState::SignedIn; },
                                u"the second sign-in"_s));
    QCOMPARE(m_h->signInPageVisits(), 2);
    QVERIFY(!view->isVisible());
    QVERIFY(next()->isEnabled());
}

void tst_SetupWizard::cancelWhileWaitingForTheBrowser()
{
    m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::NoAnswer);
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(closedPort(), closedPort())));
    HARNESS_VERIFY(m_h->reachSignInPage(workEmail));
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"signInButton"_s), u"Sign in with Microsoft"_s));
    HARNESS_VERIFY(m_h->waitFor([&] {
        return m_h->controller()->signInState() == SetupController::SignInState::WaitingForBrowser
            && m_h->signInPageVisits() == 1;
    }, u"the browser"_s));

    // While the browser shows the sign-in page: the link, the browser again, cancel, and the time left.
    QVERIFY(m_h->find<QWidget>(u"waitingPanel"_s)->isVisible());
    QVERIFY(m_h->find<QLabel>(u"countdownLabel"_s)->text().startsWith(u"Time left to sign in: "_s));
    QVERIFY(!m_h->find<QWidget>(u"signInButton"_s)->isVisible());
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"copyLinkButton"_s), u"Copy link"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), m_h->controller()->signInUrl().toString(QUrl::FullyEncoded));
    QVERIFY(m_h->find<QLabel>(u"linkFeedbackLabel"_s)->isVisible());
    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"openAgainButton"_s), u"Open again"_s));
    QCOMPARE(m_h->openedUrls().size(), 2);
    QCOMPARE(m_h->openedUrls().at(1), m_h->openedUrls().at(0));

    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"cancelSignInButton"_s), u"Cancel sign-in"_s));
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::Failed);
    QVERIFY(!m_h->find<QWidget>(u"waitingPanel"_s)->isVisible());
    auto *view = m_h->find<DiagnosisView>(u"signInDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::UserCancelled);
    QCOMPARE(offeredButtons(view), QStringList{ u"signInAgainButton"_s });
    QVERIFY(!next()->isEnabled());
}

void tst_SetupWizard::wrongAccount()
{
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(u"sam@outlook.com"_s));
    // The mailbox refuses alex@sandbox.test for sam's sign-in: another account, not an alias.
    ScriptedServer imap(imapRefusesSignIn(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpRefusesSignIn());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(imap, smtp)));
    HARNESS_VERIFY(m_h->reachSignInPage(workEmail));
    HARNESS_VERIFY(m_h->signIn());
    QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"signInDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::WrongAccountOrTenant);
    QCOMPARE(shownTexts(view, u"diagnosisLead"_s),
             QStringList{ u"You signed in as sam@outlook.com, but you are setting up alex@sandbox.test."_s });
    QCOMPARE(offeredButtons(view), QStringList{ u"useAnotherAccountButton"_s });
    QVERIFY(!next()->isEnabled());
    QVERIFY(m_h->keychain()->keys().isEmpty());

    // The right account this time.
    m_h->identityProvider()->setAccount(WizardHarness::workAccount(workEmail));
    HARNESS_VERIFY(m_h->click(view->button(Action::UseAnotherAccount), u"Use another account"_s));
    HARNESS_VERIFY(m_h->waitFor([&] { return m_h->controller()->signInState() == SetupController::SignInState::SignedIn; },
                                u"the sign-in with the right account"_s));
    QCOMPARE(m_h->identityProvider()->lastAuthorizeRequest().prompt, u"select_account"_s);
    QVERIFY(!view->isVisible());
    QVERIFY(next()->isEnabled());
}

void tst_SetupWizard::consentRequired()
{
    m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::ConsentRequired);
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(closedPort(), closedPort())));
    HARNESS_VERIFY(m_h->reachSignInPage(workEmail));
    HARNESS_VERIFY(m_h->signIn());

    auto *view = m_h->find<DiagnosisView>(u"signInDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::ConsentRequired);
    QCOMPARE(view->diagnoses().constFirst().audience, Audience::Administrator);
    QVERIFY(shownTexts(view, u"diagnosisAudience"_s).value(0).endsWith(audienceLabel(Audience::Administrator)));
    QVERIFY(view->findChild<QWidget *>(u"diagnosisWarningIcon"_s)->isVisible());
    // The fix first: only the administrator can give consent; signing in again comes after.
    QCOMPARE(offeredButtons(view), (QStringList{ u"copyAdminMessageButton"_s, u"signInAgainButton"_s }));

    QGuiApplication::clipboard()->clear();
    HARNESS_VERIFY(m_h->click(view->button(Action::CopyAdministratorMessage), u"Copy a message for your IT administrator"_s));
    const QString message = QGuiApplication::clipboard()->text();
    QCOMPARE(message, m_h->controller()->administratorMessage(*m_h->controller()->signInDiagnosis()));
    QVERIFY(message.contains(u"grant admin consent"_s));
    QVERIFY(message.contains(u"adminconsent?client_id="_s + FakeIdentityProvider::sandboxClientId));
    QVERIFY(message.contains(workEmail));
    QVERIFY(m_h->find<QLabel>(u"diagnosisFeedback"_s, view)->isVisible());
    QVERIFY(!next()->isEnabled());
}

// --- the check fails --------------------------------------------------------------------------------------------

void tst_SetupWizard::imapSwitchedOff()
{
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(personalEmail));
    ScriptedServer imap(MailServerScripts::imapSwitchedOff(), ScriptedServer::Security::ImplicitTls);
    CountingServer smtp(smtpSendsMessage(personalEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    ProviderProfile profile = m_h->profileFor(imap, smtp);
    SetupWizard *wizard = m_h->createWizard(profile);
    HARNESS_VERIFY(wizard);
    HARNESS_VERIFY(m_h->reachCheckPage(personalEmail));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"checkDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::ImapNotEnabled);
    QCOMPARE(offeredButtons(view), (QStringList{ u"showImapHelpButton"_s, u"tryAgainButton"_s }));
    QVERIFY(m_h->find<QWidget>(u"saveCheckReportButton"_s)->isVisible());
    QVERIFY(!next()->isEnabled());
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Imap), ProbeStep::Mailbox), StepState::Failed);
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Imap), ProbeStep::Logout), StepState::NotRun);
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Smtp), ProbeStep::Send), StepState::Passed);

    // "Show me how to switch on IMAP" goes back to page 2, whose button says it is switched on.
    HARNESS_VERIFY(m_h->click(view->button(Action::ShowImapHelp), u"Show me how to switch on IMAP"_s));
    QCOMPARE(wizard->currentId(), int(SetupWizard::ImapSwitchPageId));
    QCOMPARE(next()->text(), u"I've &switched it on"_s);

    // Switched on now: back on page 4 only IMAP runs again, and finds the test message sent the first time.
    ScriptedServer fixedImap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    QVERIFY(fixedImap.start());
    profile.imap.port = fixedImap.serverPort();
    m_h->controller()->setProviderOverride(profile);
    HARNESS_VERIFY(m_h->confirmImapSwitchedOn());
    QCOMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
    QVERIFY(fixedImap.clientConnected());
    QCOMPARE(smtp.connections, 1);
    QVERIFY(allIn(checkPage()->stepList(Protocol::Imap), StepState::Passed));
    QVERIFY(!view->isVisible());
}

void tst_SetupWizard::smtpAuthDisabled()
{
    CountingServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(MailServerScripts::smtpAuthDisabled());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    ProviderProfile profile = m_h->profileFor(imap, smtp);
    HARNESS_VERIFY(m_h->createWizard(profile));
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"checkDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::SmtpAuthDisabled);
    QCOMPARE(view->diagnoses().constFirst().audience, Audience::Administrator);
    QCOMPARE(offeredButtons(view), (QStringList{ u"copyAdminMessageButton"_s, u"tryAgainButton"_s }));
    QVERIFY(allIn(checkPage()->stepList(Protocol::Imap), StepState::Passed));
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Smtp), ProbeStep::Authenticate), StepState::Failed);

    QGuiApplication::clipboard()->clear();
    HARNESS_VERIFY(m_h->click(view->button(Action::CopyAdministratorMessage), u"Copy a message for your IT administrator"_s));
    const QString message = QGuiApplication::clipboard()->text();
    QVERIFY(message.contains(u"Set-CASMailbox -Identity alex@sandbox.test -SmtpClientAuthenticationDisabled $false"_s));
    QVERIFY(message.contains(u"535 5.7.139"_s));

    // The administrator's command is on the page too, whole, for this mailbox (no placeholder), with its own Copy.
    auto *commands = view->findChild<CommandBlock *>(u"administratorCommands"_s);
    QVERIFY(commands && commands->isVisible());
    QCOMPARE(commands->text(), u"Set-CASMailbox -Identity alex@sandbox.test -SmtpClientAuthenticationDisabled $false"_s);
    QCOMPARE(commands->textBox()->lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(QFontInfo(commands->textBox()->font()).fixedPitch());
    // One line: the block is as high as one line and its scroll bar, never broken at the hyphens.
    QCOMPARE(commands->textBox()->document()->lineCount(), 1);
    QGuiApplication::clipboard()->clear();
    HARNESS_VERIFY(m_h->click(commands->copyButton(), u"Copy"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), commands->text());
    QTRY_COMPARE(view->findChild<QLabel *>(u"diagnosisFeedback"_s)->text(), u"The commands are on the clipboard."_s);

    // The administrator switched it on: "Try again" runs SMTP alone; IMAP keeps its passed steps.
    ScriptedServer fixedSmtp(smtpWorks());
    QVERIFY(fixedSmtp.start());
    profile.smtp.port = fixedSmtp.serverPort();
    m_h->controller()->setProviderOverride(profile);
    const QList<ProbeStep> imapStepsBefore = checkPage()->stepList(Protocol::Imap)->steps();
    HARNESS_VERIFY(m_h->click(view->button(Action::TryAgain), u"Try again"_s));
    HARNESS_VERIFY(m_h->waitFor([&] { return m_h->controller()->checkState() == SetupController::CheckState::Passed; },
                                u"the check to pass on its second run"_s, 20'000));
    QVERIFY(fixedSmtp.clientConnected());
    QCOMPARE(imap.connections, 1);
    QCOMPARE(imap.received().size(), 3);  // the first run's AUTHENTICATE, EXAMINE and LOGOUT only
    QCOMPARE(checkPage()->stepList(Protocol::Imap)->steps(), imapStepsBefore);
    QVERIFY(allIn(checkPage()->stepList(Protocol::Imap), StepState::Passed));
    QVERIFY(allIn(checkPage()->stepList(Protocol::Smtp), StepState::Passed));
    QVERIFY(next()->isEnabled());
}

void tst_SetupWizard::receivingWorksSendingRefusedCanFinish()
{
    // SMTP AUTH off in the organisation: reading works. The user keeps what works, saved, and checks again later.
    ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(MailServerScripts::smtpAuthDisabled());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);
    QCOMPARE(m_h->find<QLabel>(u"checkAnswerLabel"_s)->text(), u"Incoming mail works. Outgoing mail does not work yet."_s);
    QCOMPARE(static_cast<QWizardPage *>(wizard->currentPage())->title(), u"Not everything works yet"_s);
    QVERIFY(!next()->isEnabled());
    QVERIFY(m_h->settings()->accounts().isEmpty());

    HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"keepWhatWorksButton"_s), u"Finish with incoming mail only"_s));
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentId() == SetupWizard::ReadyPageId; }, u"the ready page"_s));
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentPage()->isComplete(); }, u"the account to be saved"_s));
    const QString ready = m_h->find<QLabel>(u"readyLabel"_s)->text();
    QVERIFY2(ready.contains(u"sending does not work yet"_s), qPrintable(ready));
    // The command to check again, whole, for this address, in a monospace block that does not wrap, with Copy.
    auto *command = m_h->find<CommandBlock>(u"checkAgainCommand"_s);
    QVERIFY(command && command->isVisible());
    QCOMPARE(command->text(), u"mailsetup check --email alex@sandbox.test --send-test"_s);
    QCOMPARE(command->textBox()->lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(QFontInfo(command->textBox()->font()).fixedPitch());
    QGuiApplication::clipboard()->clear();
    HARNESS_VERIFY(m_h->click(command->copyButton(), u"Copy"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"mailsetup check --email alex@sandbox.test --send-test"_s);
    const auto account = m_h->settings()->load(workEmail);
    QVERIFY(account);
    QVERIFY(m_h->keychain()->contains(account->secretKey()));
}

void tst_SetupWizard::smtpPortBlocked()
{
    ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
    QVERIFY(imap.start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(imap.serverPort(), closedPort())));
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"checkDiagnosisView"_s);
    const QList<DiagnosisId> ids = diagnosisIds(view);
    QCOMPARE(ids.size(), 1);
    QVERIFY2(ids.constFirst() == DiagnosisId::ConnectionRefused || ids.constFirst() == DiagnosisId::ConnectionTimeout,
             qPrintable(DiagnosisCatalogue::key(ids.constFirst())));
    EXPECT_DIAGNOSIS(view, ids.constFirst());
    QCOMPARE(offeredButtons(view), QStringList{ u"tryAgainButton"_s });
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Smtp), ProbeStep::Connect), StepState::Failed);
    QCOMPARE(stateOf(checkPage()->stepList(Protocol::Smtp), ProbeStep::Authenticate), StepState::NotRun);
    QVERIFY(allIn(checkPage()->stepList(Protocol::Imap), StepState::Passed));
    QVERIFY(!next()->isEnabled());
    // A blocked port is no refusal to wait out: nothing to keep half-working, Try again is the way.
    QVERIFY(!m_h->find<QWidget>(u"keepWhatWorksButton"_s)->isVisible());
}

void tst_SetupWizard::untrustedCertificate()
{
    ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls, ScriptedServer::Certificate::SelfSigned);
    ScriptedServer smtp(smtpWorks());
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(imap, smtp)));
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);

    auto *view = m_h->find<DiagnosisView>(u"checkDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::CertificateUntrusted);
    QCOMPARE(diagnosisIds(view), QList<DiagnosisId>{ DiagnosisId::CertificateUntrusted });
    QCOMPARE(offeredButtons(view), QStringList{ u"tryAgainButton"_s });

    // The TLS details are in the handshake step's details, shown with "Show server replies".
    const StepListView *imapSteps = checkPage()->stepList(Protocol::Imap);
    QCOMPARE(stateOf(imapSteps, ProbeStep::TlsHandshake), StepState::Failed);
    QTreeWidgetItem *handshake = imapSteps->tree()->topLevelItem(int(imapSteps->steps().indexOf(ProbeStep::TlsHandshake)));
    QCOMPARE(handshake->childCount(), 1);
    const QString detail = handshake->child(0)->text(0);
    QVERIFY2(detail.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(detail));
    QVERIFY2(detail.contains(u"subject:"_s), qPrintable(detail));
    QVERIFY(!handshake->isExpanded());
    // The answer leads; the steps are one click away, their server replies one more.
    QVERIFY(!imapSteps->isVisible());
    HARNESS_VERIFY(m_h->click(m_h->find<QAbstractButton>(u"showStepsButton"_s), u"Show the steps"_s));
    QVERIFY(imapSteps->isVisible());
    HARNESS_VERIFY(m_h->click(m_h->find<QAbstractButton>(u"showStepDetailsButton"_s), u"Show server replies"_s));
    QVERIFY(handshake->isExpanded());
    QVERIFY(!imapSteps->tree()->visualItemRect(handshake->child(0)).isEmpty());
    QVERIFY(allIn(checkPage()->stepList(Protocol::Smtp), StepState::Passed));
}

void tst_SetupWizard::serverWordsAreShownNotObeyed()
{
    // Someone on the path rewrites the SMTP greeting (before STARTTLS) and the refusal: escape sequences, a bell,
    // a NUL and a right-to-left override. The wizard shows them as escapes, in its step details, in the
    // diagnosis details and in the helpdesk report.
    const QString hostile = u"\x1b]0;owned\x07\x1b[2J\x00 \u202Etxt.exe"_s;
    QStringList smtpScript = smtpUntilAuth();
    smtpScript[0] = u"S: 220 mail.example.org ESMTP "_s + hostile;
    smtpScript << u"S: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "_s + hostile
               << u"X"_s;
    ScriptedServer imap(imapWorks(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpScript);
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(imap, smtp)));
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail, false));
    HARNESS_VERIFY(m_h->waitForCheck());
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);
    const auto hasControl = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u < 0x20 && u != u'\n') || u == 0x7f || (u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e);
        });
    };
    const QString shown = u"\\x1B]0;owned\\x07\\x1B[2J\\x00 \\u202Etxt.exe"_s;

    const StepListView *smtpSteps = checkPage()->stepList(Protocol::Smtp);
    QTreeWidgetItem *greeting = smtpSteps->tree()->topLevelItem(int(smtpSteps->steps().indexOf(ProbeStep::Greeting)));
    QCOMPARE(greeting->childCount(), 1);
    const QString greetingDetail = greeting->child(0)->text(0);
    QVERIFY2(greetingDetail.endsWith(u"ESMTP "_s + shown), qPrintable(greetingDetail));
    QVERIFY(!hasControl(greeting->child(0)->data(0, Qt::AccessibleTextRole).toString()));

    auto *view = m_h->find<DiagnosisView>(u"checkDiagnosisView"_s);
    EXPECT_DIAGNOSIS(view, DiagnosisId::SmtpAuthDisabled);
    const auto *details = view->findChild<QPlainTextEdit *>(u"diagnosisDetails"_s);
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(u"for the Tenant. "_s + shown), qPrintable(details->toPlainText()));
    QVERIFY(!hasControl(details->toPlainText()));

    const QString report = m_h->controller()->helpdeskReport();
    QVERIFY2(!hasControl(report), qPrintable(report));
    QVERIFY2(report.contains(shown), qPrintable(report));
}

// --- leaving and the keyboard -----------------------------------------------------------------------------------

void tst_SetupWizard::closingMidCheckLeavesNothing()
{
    // Servers that take their time: the check is still running when the window closes.
    ScriptedServer imap(imapUntilExamine(30'000), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpUntilAuth(30'000));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);
    HARNESS_VERIFY(m_h->reachCheckPage(workEmail));
    HARNESS_VERIFY(m_h->waitFor([&] { return imap.clientConnected() && smtp.clientConnected(); }, u"both connections"_s));
    QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Running);
    QVERIFY(checkPage()->stepList(Protocol::Imap)->isRunning());

    QSignalSpy finished(m_h->controller(), &SetupController::checkFinished);
    QSignalSpy saved(m_h->controller(), &SetupController::saved);
    wizard->reject();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    QVERIFY(m_h->controller()->checkState() != SetupController::CheckState::Running);
    // Both connections are closed at once, not at their time limits.
    QTRY_VERIFY_WITH_TIMEOUT(imap.clientDisconnected() && smtp.clientDisconnected(), 2000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_h->keychain()->keys().isEmpty());
    QVERIFY(m_h->settings()->accounts().isEmpty());
    QVERIFY(!m_h->controller()->isSaved());
}

void tst_SetupWizard::keyboardOnly()
{
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(personalEmail));
    ScriptedServer imap(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    ScriptedServer smtp(smtpSendsMessage(personalEmail));
    QVERIFY(imap.start());
    QVERIFY(smtp.start());
    SetupWizard *wizard = m_h->createWizard(m_h->profileFor(imap, smtp));
    HARNESS_VERIFY(wizard);

    // Page 1: the focus starts in the address; Return goes on once the kind is known.
    auto *emailEdit = m_h->find<QLineEdit>(u"emailEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), emailEdit);
    QTest::keyClicks(emailEdit, personalEmail);
    QCOMPARE(emailEdit->text(), personalEmail);
    HARNESS_VERIFY(m_h->waitFor([&] { return next()->isEnabled(); }, u"Next on page 1"_s));
    QVERIFY(m_h->find<QRadioButton>(u"kindPersonalRadio"_s)->isChecked());
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ImapSwitchPageId));

    // Page 2: Alt+S is "I've switched it on", and goes on.
    QVERIFY(next()->isEnabled());
    press(Qt::Key_S, Qt::AltModifier);
    // A mnemonic presses its button and lets it go a moment later, as a click looks.
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::SignInPageId));

    // Page 3: the focus is on "Sign in with Microsoft"; once signed in the wizard goes on, the check runs by
    // itself and the ready page follows.
    auto *signInButton = m_h->find<QPushButton>(u"signInButton"_s);
    QCOMPARE(QApplication::focusWidget(), signInButton);
    press(Qt::Key_Space);
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentId() == SetupWizard::ReadyPageId; }, u"the ready page"_s,
                                20'000));
    HARNESS_VERIFY(m_h->controller()->checkState() == SetupController::CheckState::Passed);

    // Page 5: a copy button by Tab and Space; Alt+F finishes.
    HARNESS_VERIFY(m_h->waitFor([&] { return wizard->currentPage()->isComplete(); }, u"the account to be saved"_s));
    auto *ready = static_cast<ReadyPage *>(wizard->currentPage());
    QVERIFY(tabTo(ready->field(u"imapServer"_s)->copyButton()));
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"127.0.0.1"_s);
    QVERIFY(tabTo(ready->field(u"smtpPort"_s)->copyButton()));
    press(Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(smtp.serverPort()));
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(wizard->result(), int(QDialog::Accepted));
    QVERIFY(m_h->settings()->load(personalEmail));
}

QTEST_MAIN(tst_SetupWizard)
#include "tst_setupwizard.moc"
