// The wizard for people who do not use a mouse or do not see the screen, and at 200%: on every page, and in the
// failure states of the diagnosis view and the step lists, every control shown has a name and a description for
// screen readers, Tab reaches every control that can be used, and in a narrow window nothing is cut off.
//
// CTest runs this twice: as it is, and with QT_SCALE_FACTOR=2 (tst_accessibility_scale200), where the offscreen
// screen is half as wide in layout pixels and the wizard has to make do with it.
#include "tests/ui/wholevalues.h"
#include "tests/ui/wizardharness.h"

#include "tests/support/mailserverscripts.h"
#include "tests/support/scriptedserver.h"

#include "wizard/core/account/setupcontroller.h"
#include "wizard/ui/copyablefield.h"
#include "wizard/ui/diagnosisview.h"
#include "wizard/ui/readypage.h"
#include "wizard/ui/setupwizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MailServerScripts;

namespace {

const QString personalEmail = u"alex@outlook.com"_s;
const QString workEmail = u"alex@sandbox.test"_s;

QStringList imapWorks()
{
    return imapUntilExamine() + QStringList{ u"C: A2 EXAMINE INBOX"_s } + examineReply(u"A2"_s) + imapLogout(u"A3"_s);
}

// Where the wizard is when it is checked.
enum class State {
    Address,          // page 1, empty
    AddressKnown,     // page 1, the kind of a work address found
    ImapSwitch,       // page 2, personal account
    SignIn,           // page 3, before signing in
    SignInWaiting,    // page 3, the browser shows the sign-in page
    SignInFailed,     // page 3, consent required: a diagnosis for the administrator, its details shown
    WrongAccount,     // page 3, signed in as someone else
    SignedIn,         // page 3, signed in
    Check,            // page 4, the check running (it starts by itself)
    CheckFailed,      // page 4, SMTP AUTH off: both lists, the diagnosis, every detail shown
    CheckPassed,      // page 4, the account works (back from the ready page)
    Ready,            // page 5
    SavedAccounts,    // a later launch: the saved account, "Forget" asked and waiting for the answer
};

// The controls a person uses: what a screen reader must name and Tab must reach.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false;  // part of its scroll area, which the wheel and the keys scroll
    // Qt's own parts count too (a line edit's clear button): a screen reader reaches them like any other. Only the
    // cells of an item view are the view's business (stepListRowsSayTheirState checks them).
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(parent))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || (widget->focusPolicy() & Qt::TabFocus);
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \""_s + widget->objectName() + u'"';
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty())
        text += u" ("_s + button->text() + u')';
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text += u" ("_s + label->text().left(60) + u')';
    return text;
}

// The controls shown in the wizard's window (the current page and the wizard's own buttons).
QList<QWidget *> shownControls(const QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && isControl(widget))
            controls.append(widget);
    }
    return controls;
}

// The buttons of the exclusive group `button` is in (itself alone otherwise): Tab stops at one of them and the arrow
// keys move among them, as on every desktop.
QList<QAbstractButton *> exclusiveGroupOf(QAbstractButton *button)
{
    if (const QButtonGroup *group = button->group(); group && group->exclusive())
        return group->buttons();
    QList<QAbstractButton *> group;
    if (button->autoExclusive() && button->parentWidget()) {
        for (QAbstractButton *sibling : button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (sibling->autoExclusive() && sibling->isCheckable())
                group.append(sibling);
        }
    }
    return group.isEmpty() ? QList<QAbstractButton *>{ button } : group;
}

QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(which).trimmed() : QString();
}

// Lets layouts, deferred resizes and zero timers run until no widget moves any more.
void settle(QWidget *window)
{
    auto geometries = [window] {
        QList<QRect> all;
        for (const QWidget *widget : window->findChildren<QWidget *>())
            all.append(widget->isVisible() ? widget->geometry() : QRect());
        return all;
    };
    QList<QRect> before;
    for (int round = 0; round < 50; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QList<QRect> now = geometries();
        if (now == before)
            return;
        before = now;
    }
}

// The columns of the window where `widget` can be seen: its ancestors' widths intersected (a scroll area's
// viewport among them), in window coordinates. Only sideways: the pages scroll up and down.
} // namespace

Q_DECLARE_METATYPE(State)

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlHasANameAndADescription_data() { states(); }
    void everyControlHasANameAndADescription();
    void stepListRowsSayTheirState();
    void tabReachesEveryControl_data() { states(); }
    void tabReachesEveryControl();
    void nothingIsCutInANarrowWindow_data() { states(); }
    void nothingIsCutInANarrowWindow();
    void readyPageValuesAreWhole_data();
    void readyPageValuesAreWhole();

private:
    void states();
    // Brings a new wizard into `state`.
    void reach(State state);

    std::unique_ptr<WizardHarness> m_h;
    std::unique_ptr<ScriptedServer> m_imap;
    std::unique_ptr<ScriptedServer> m_smtp;
};

#define HARNESS_VERIFY(step) QVERIFY2(step, qPrintable(m_h->errorString()))

void tst_Accessibility::initTestCase()
{
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        qInfo("Screen: %d x %d layout pixels at %.0f%%", screen->availableGeometry().width(),
              screen->availableGeometry().height(), screen->devicePixelRatio() * 100);
    }
}

void tst_Accessibility::init()
{
    m_h = std::make_unique<WizardHarness>();
    HARNESS_VERIFY(m_h->start());
}

void tst_Accessibility::cleanup()
{
    m_h.reset();
    m_imap.reset();
    m_smtp.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_Accessibility::states()
{
    QTest::addColumn<State>("state");
    QTest::newRow("address") << State::Address;
    QTest::newRow("address-known") << State::AddressKnown;
    QTest::newRow("imap-switch") << State::ImapSwitch;
    QTest::newRow("sign-in") << State::SignIn;
    QTest::newRow("sign-in-waiting") << State::SignInWaiting;
    QTest::newRow("sign-in-failed") << State::SignInFailed;
    QTest::newRow("wrong-account") << State::WrongAccount;
    QTest::newRow("signed-in") << State::SignedIn;
    QTest::newRow("check") << State::Check;
    QTest::newRow("check-failed") << State::CheckFailed;
    QTest::newRow("check-passed") << State::CheckPassed;
    QTest::newRow("ready") << State::Ready;
    QTest::newRow("saved-accounts") << State::SavedAccounts;
}

void tst_Accessibility::reach(State state)
{
    const bool personal = state == State::ImapSwitch || state == State::CheckPassed || state == State::Ready
        || state == State::SavedAccounts;
    const QString email = personal ? personalEmail : workEmail;
    if (personal)
        m_h->identityProvider()->setAccount(WizardHarness::personalAccount(email));
    if (state == State::CheckFailed) {
        m_imap = std::make_unique<ScriptedServer>(imapWorks(), ScriptedServer::Security::ImplicitTls);
        m_smtp = std::make_unique<ScriptedServer>(smtpAuthDisabled());
    } else if (state == State::WrongAccount) {
        // Another account signed in: the mailbox refuses the address for it.
        m_imap = std::make_unique<ScriptedServer>(imapRefusesSignIn(), ScriptedServer::Security::ImplicitTls);
        m_smtp = std::make_unique<ScriptedServer>(smtpRefusesSignIn());
    } else {
        m_imap = std::make_unique<ScriptedServer>(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
        m_smtp = std::make_unique<ScriptedServer>(smtpSendsMessage(email));
    }
    QVERIFY(m_imap->start());
    QVERIFY(m_smtp->start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(*m_imap, *m_smtp)));

    switch (state) {
    case State::Address:
        return;
    case State::AddressKnown:
        HARNESS_VERIFY(m_h->enterAddress(email));
        return;
    case State::ImapSwitch:
        HARNESS_VERIFY(m_h->enterAddress(email));
        HARNESS_VERIFY(m_h->next(SetupWizard::ImapSwitchPageId));
        return;
    case State::SignIn:
        HARNESS_VERIFY(m_h->reachSignInPage(email));
        return;
    case State::SignInWaiting:
        m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::NoAnswer);
        HARNESS_VERIFY(m_h->reachSignInPage(email));
        HARNESS_VERIFY(m_h->click(m_h->find<QPushButton>(u"signInButton"_s), u"Sign in with Microsoft"_s));
        HARNESS_VERIFY(m_h->waitFor([this] {
            return m_h->controller()->signInState() == SetupController::SignInState::WaitingForBrowser;
        }, u"the browser"_s));
        return;
    case State::SignInFailed:
    case State::WrongAccount: {
        if (state == State::SignInFailed)
            m_h->identityProvider()->setSignInPage(FakeIdentityProvider::SignInPage::ConsentRequired);
        else
            m_h->identityProvider()->setAccount(WizardHarness::personalAccount(u"sam@outlook.com"_s));
        HARNESS_VERIFY(m_h->reachSignInPage(email));
        HARNESS_VERIFY(m_h->signIn());
        QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::Failed);
        auto *details = m_h->find<QAbstractButton>(u"showDiagnosisDetailsButton"_s);
        if (details->isVisible())
            HARNESS_VERIFY(m_h->click(details, u"Show details"_s));
        return;
    }
    case State::SignedIn:
        HARNESS_VERIFY(m_h->reachSignInPage(email));
        HARNESS_VERIFY(m_h->signIn());
        QCOMPARE(m_h->controller()->signInState(), SetupController::SignInState::SignedIn);
        return;
    case State::Check:
        HARNESS_VERIFY(m_h->reachCheckPage(email));
        return;
    case State::CheckFailed:
        HARNESS_VERIFY(m_h->reachCheckPage(email, false));
        HARNESS_VERIFY(m_h->waitForCheck());
        QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Failed);
        HARNESS_VERIFY(m_h->click(m_h->find<QAbstractButton>(u"showStepsButton"_s), u"Show the steps"_s));
        HARNESS_VERIFY(m_h->click(m_h->find<QAbstractButton>(u"showStepDetailsButton"_s), u"Show server replies"_s));
        HARNESS_VERIFY(m_h->click(m_h->find<QAbstractButton>(u"showDiagnosisDetailsButton"_s), u"Show details"_s));
        return;
    case State::CheckPassed:
        HARNESS_VERIFY(m_h->reachReadyPage(email));
        HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
        QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::CheckPageId));
        QCOMPARE(m_h->controller()->checkState(), SetupController::CheckState::Passed);
        return;
    case State::Ready:
        HARNESS_VERIFY(m_h->reachReadyPage(email));
        return;
    case State::SavedAccounts: {
        HARNESS_VERIFY(m_h->reachReadyPage(email));
        HARNESS_VERIFY(m_h->click(m_h->button(QWizard::FinishButton), u"Finish"_s));
        // Launched again (a scripted server follows its script once: new ones).
        m_imap = std::make_unique<ScriptedServer>(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
        m_smtp = std::make_unique<ScriptedServer>(smtpSendsMessage(email));
        QVERIFY(m_imap->start());
        QVERIFY(m_smtp->start());
        HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(*m_imap, *m_smtp)));
        QCOMPARE(m_h->wizard()->currentId(), int(SetupWizard::SavedAccountsPageId));
        auto *forget = m_h->find<QPushButton>(u"forgetSavedAccountButton"_s);
        HARNESS_VERIFY(m_h->click(forget, u"Forget"_s));
        QTRY_VERIFY(m_h->find<QPushButton>(u"confirmForgetButton"_s)->isVisible());
        return;
    }
    }
}

void tst_Accessibility::everyControlHasANameAndADescription()
{
    QFETCH(State, state);
    reach(state);
    if (QTest::currentTestFailed())
        return;
    settle(m_h->wizard());
    QStringList nameless;
    QStringList undescribed;
    const QList<QWidget *> controls = shownControls(m_h->wizard());
    QVERIFY(controls.size() >= 3);
    for (QWidget *control : controls) {
        if (accessibleText(control, QAccessible::Name).isEmpty())
            nameless.append(describe(control));
        if (accessibleText(control, QAccessible::Description).isEmpty())
            undescribed.append(describe(control));
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(u"No accessible name: "_s + nameless.join(u"; "_s)));
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"No accessible description: "_s + undescribed.join(u"; "_s)));
}

void tst_Accessibility::stepListRowsSayTheirState()
{
    // A screen reader reads a row as its step and its state, and a detail row as what the server said.
    reach(State::CheckFailed);
    if (QTest::currentTestFailed())
        return;
    for (const QString &name : { u"imapStepList"_s, u"smtpStepList"_s }) {
        auto *tree = m_h->find<QWidget>(name)->findChild<QTreeWidget *>(u"stepTree"_s);
        QVERIFY(tree);
        QVERIFY(tree->topLevelItemCount() > 3);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(i);
            const QString said = row->data(0, Qt::AccessibleTextRole).toString();
            QVERIFY2(said.startsWith(row->text(0) + u": "_s), qPrintable(said));
            QVERIFY2(said.contains(u"worked"_s) || said.contains(u"failed"_s) || said.contains(u"not checked"_s),
                     qPrintable(said));
            for (int c = 0; c < row->childCount(); ++c)
                QVERIFY(row->child(c)->data(0, Qt::AccessibleTextRole).toString().startsWith(u"The server said: "_s));
        }
        // The cells as the accessibility tree hands them out, not only the model's role.
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(tree);
        QVERIFY(interface && interface->tableInterface());
        QAccessibleInterface *first = interface->tableInterface()->cellAt(0, 0);
        QVERIFY(first);
        QCOMPARE(first->text(QAccessible::Name), tree->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString());
    }
}

void tst_Accessibility::tabReachesEveryControl()
{
    QFETCH(State, state);
    reach(state);
    if (QTest::currentTestFailed())
        return;
    SetupWizard *wizard = m_h->wizard();
    settle(wizard);
    QList<QWidget *> expected;
    for (QWidget *control : shownControls(wizard)) {
        if (control->isEnabled() && (control->focusPolicy() & Qt::TabFocus))
            expected.append(control);
    }
    QVERIFY(!expected.isEmpty());
    if (!QApplication::focusWidget())
        expected.constFirst()->setFocus(Qt::OtherFocusReason);
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);

    // Around the whole chain and back to the start, pressing nothing but Tab.
    QList<QWidget *> reached{ start };
    for (int i = 0; i < 2 * int(expected.size()) + 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && focus->window() == wizard, "Tab left the wizard");
        if (focus == start)
            break;
        reached.append(focus);
    }
    QCOMPARE(QApplication::focusWidget(), start);
    QStringList missed;
    QList<QList<QAbstractButton *>> groups;
    for (QWidget *control : std::as_const(expected)) {
        auto *button = qobject_cast<QAbstractButton *>(control);
        const QList<QAbstractButton *> group = button ? exclusiveGroupOf(button) : QList<QAbstractButton *>{};
        const bool groupReached = std::any_of(group.begin(), group.end(), [&](QAbstractButton *b) { return reached.contains(b); });
        if (!reached.contains(control) && !groupReached)
            missed.append(describe(control));
        if (group.size() > 1 && groupReached && !groups.contains(group))
            groups.append(group);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reaches: "_s + missed.join(u"; "_s)));

    // Inside a group of choices the arrow keys go from one to the next.
    for (const QList<QAbstractButton *> &group : std::as_const(groups)) {
        QAbstractButton *entry = *std::find_if(group.begin(), group.end(), [&](QAbstractButton *b) { return reached.contains(b); });
        entry->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited{ entry };
        for (int i = 0; i < 2 * int(group.size()); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            if (!visited.contains(QApplication::focusWidget()))
                visited.append(QApplication::focusWidget());
        }
        for (QAbstractButton *choice : group)
            QVERIFY2(visited.contains(choice), qPrintable(u"The arrow keys never reach "_s + describe(choice)));
    }
    // The page is still the same: Tab moved the focus and did nothing else.
    QCOMPARE(wizard->currentPage(), wizard->page(wizard->currentId()));
}

void tst_Accessibility::nothingIsCutInANarrowWindow()
{
    QFETCH(State, state);
    reach(state);
    if (QTest::currentTestFailed())
        return;
    SetupWizard *wizard = m_h->wizard();
    // 380 pixels, or narrower where the wizard starts narrower (at 200% it takes 90% of a 400 pixel wide screen).
    const int narrow = std::min(380, wizard->width());
    wizard->resize(narrow, std::max(wizard->height(), 480));
    settle(wizard);
    QVERIFY2(wizard->width() <= narrow,
             qPrintable(u"the wizard cannot be narrower than %1 pixels"_s.arg(wizard->width())));

    QStringList cut;
    for (QWidget *widget : wizard->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        auto *label = qobject_cast<QLabel *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        auto *group = qobject_cast<QGroupBox *>(widget);
        if (label && label->text().isEmpty())
            continue;  // an icon
        if (!label && !button && !group)
            continue;
        if (button && button->text().isEmpty())
            continue;  // an icon alone (Qt's clear button), sized by its control
        if (!isControl(widget) && !label && !group)
            continue;
        // Nothing scrolls sideways: whatever sticks out of its viewport cannot be read.
        const int left = widget->mapTo(wizard, QPoint(0, 0)).x();
        const int right = left + widget->width() - 1;
        const auto [visibleLeft, visibleRight] = visibleColumns(widget);
        if (left < visibleLeft || right > visibleRight) {
            cut.append(u"%1 sticks out: %2..%3, seen %4..%5"_s.arg(describe(widget)).arg(left).arg(right)
                           .arg(visibleLeft).arg(visibleRight));
            continue;
        }
        // Its text has the room it needs: wrapped in its height, or on one line in its width.
        if (label && label->wordWrap()) {
            if (label->height() < label->heightForWidth(label->width()))
                cut.append(u"%1 is %2 high, its text needs %3"_s.arg(describe(label)).arg(label->height())
                               .arg(label->heightForWidth(label->width())));
        } else if (label || button) {
            if (widget->width() < widget->sizeHint().width())
                cut.append(u"%1 is %2 wide, its text needs %3"_s.arg(describe(widget)).arg(widget->width())
                               .arg(widget->sizeHint().width()));
        } else if (group && group->width() < group->minimumSizeHint().width()) {
            cut.append(u"%1 is %2 wide, its title needs %3"_s.arg(describe(group)).arg(group->width())
                           .arg(group->minimumSizeHint().width()));
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(u"\n  "_s + cut.join(u"\n  "_s)));
}

void tst_Accessibility::readyPageValuesAreWhole_data()
{
    QTest::addColumn<bool>("narrow");
    QTest::newRow("default size") << false;
    QTest::newRow("narrow window") << true;
}

void tst_Accessibility::readyPageValuesAreWhole()
{
    // The ready page as a person with a long address sees it, with Outlook.com's own server names: every value can
    // be read whole, at the default size and in a narrow window, at 100% and (tst_accessibility_scale200) at 200%.
    QFETCH(bool, narrow);
    const QString email = u"alexandra.vandenberg-whitfield@outlook.com"_s;
    m_h->identityProvider()->setAccount(WizardHarness::personalAccount(email));
    m_imap = std::make_unique<ScriptedServer>(imapFindsMessage(), ScriptedServer::Security::ImplicitTls);
    m_smtp = std::make_unique<ScriptedServer>(smtpSendsMessage(email));
    QVERIFY(m_imap->start());
    QVERIFY(m_smtp->start());
    HARNESS_VERIFY(m_h->createWizard(m_h->profileFor(*m_imap, *m_smtp)));
    HARNESS_VERIFY(m_h->reachReadyPage(email));
    // The values of the built-in profile: the page is shown again with them.
    ProviderProfile shown = m_h->profileFor(*m_imap, *m_smtp);
    const std::optional<ProviderProfile> outlook = ProviderProfileLoader::builtIn(u"outlook"_s);
    QVERIFY(outlook);
    shown.imap = outlook->imap;
    shown.smtp = outlook->smtp;
    shown.pop = outlook->pop;
    m_h->controller()->setProviderOverride(shown);
    HARNESS_VERIFY(m_h->click(m_h->button(QWizard::BackButton), u"Back"_s));
    HARNESS_VERIFY(m_h->next(SetupWizard::ReadyPageId));

    SetupWizard *wizard = m_h->wizard();
    if (narrow)
        wizard->resize(std::min(380, wizard->width()), std::max(wizard->height(), 480));
    settle(wizard);
    auto *ready = qobject_cast<ReadyPage *>(wizard->currentPage());
    QVERIFY(ready);
    QCOMPARE(ready->field(u"userName"_s)->value(), email);
    QCOMPARE(ready->field(u"smtpServer"_s)->value(), outlook->smtp.host);

    // At the default size at 100%, the whole page is in view: nothing to scroll to, the actions included.
    QStringList cut;
    if (!narrow && wizard->devicePixelRatio() < 1.5) {
        auto *area = ready->findChild<QScrollArea *>(u"readyScrollArea"_s);
        QVERIFY(area);
        qInfo("Ready page: %d of %d pixels high in view", area->viewport()->height(), area->widget()->height());
        if (area->verticalScrollBar()->isVisible())
            cut << u"the page: %1 pixels high, %2 in view"_s.arg(area->widget()->height()).arg(area->viewport()->height());
    }
    // Then with POP's settings shown too (on request), every value is checked.
    auto *showPop = ready->findChild<QPushButton *>(u"showPopSettingsButton"_s);
    QVERIFY(showPop && showPop->isVisible());
    showPop->click();
    settle(wizard);
    int checked = 0;
    for (CopyableField *field : ready->findChildren<CopyableField *>()) {
        if (!field->isVisible())
            continue;
        ++checked;
        cut << cutParts(field);
        const int lines = shownLines(field);
        const QString what = u"%1 (\"%2\")"_s.arg(field->key(), field->value());
        // At the default size at 100%, a value that fits on one line stays on one line, beside its Copy button.
        if (!narrow && wizard->devicePixelRatio() < 1.5 && field->key() != u"userName"_s && lines > 1)
            cut << what + u": wrapped at the default size"_s;
    }
    QVERIFY(checked >= 10);
    QVERIFY2(cut.isEmpty(), qPrintable(u"\n  "_s + cut.join(u"\n  "_s)));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
