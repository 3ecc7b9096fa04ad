#include "setupwizard.h"

#include "addresspage.h"
#include "checkpage.h"
#include "imapswitchpage.h"
#include "readypage.h"
#include "signinpage.h"

#include "account/settingsexport.h"
#include "account/setupcontroller.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QLayout>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SetupWizard::SetupWizard(SetupController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Mail Setup"));
    setWindowIcon(QIcon(u":/icons/mailsetup.svg"_s));
    setAccessibleName(tr("Mail Setup"));
    setAccessibleDescription(tr("Sets up an Outlook.com or Microsoft 365 mailbox and proves that it works."));
    // The classic style everywhere: the same look and the same keyboard behaviour on every desktop.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);

    setPage(AddressPageId, new AddressPage(controller, this));
    setPage(ImapSwitchPageId, new ImapSwitchPage(controller, this));
    setPage(SignInPageId, new SignInPage(controller, this));
    setPage(CheckPageId, new CheckPage(controller, this));
    auto *readyPage = new ReadyPage(controller, this);
    setPage(ReadyPageId, readyPage);
    connect(readyPage, &ReadyPage::saveSettingsRequested, this,
            [this, readyPage] { readyPage->showOutcome(saveServerSettings(readyPage)); });
    setStartId(AddressPageId);

    // QWizard keeps one subtitle label for all pages and does not measure its wrapped height again when the
    // text changes: do it, or a long subtitle runs off a narrow window.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (layout())
            layout()->invalidate();
        // QWizard gives the focus to the page's first control after initializePage(): the control the page
        // chose there (its main action, e.g. "Check my account") gets it back.
        if (m_initialFocus && m_initialFocus->isVisible() && currentPage() && currentPage()->isAncestorOf(m_initialFocus))
            m_initialFocus->setFocus(Qt::OtherFocusReason);
        m_initialFocus = nullptr;
    });

    button(QWizard::NextButton)->setAccessibleDescription(tr("Goes on to the next step."));
    button(QWizard::BackButton)->setAccessibleDescription(tr("Goes back to the previous step."));
    button(QWizard::CancelButton)->setAccessibleDescription(tr("Stops the setup. Nothing that is not finished is saved."));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Closes Mail Setup."));

    // Roomy where the screen allows, never larger than the screen (200% scaling, small laptops).
    const int lineHeight = fontMetrics().lineSpacing();
    setMinimumSize(lineHeight * 18, lineHeight * 18);
    QSize size(lineHeight * 56, lineHeight * 42);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::initializePage(int id)
{
    QWidget *before = QApplication::focusWidget();
    QWizard::initializePage(id);
    QWidget *chosen = QApplication::focusWidget();
    m_initialFocus = chosen != before && page(id) && page(id)->isAncestorOf(chosen) ? chosen : nullptr;
}

void SetupWizard::setAddress(const QString &email)
{
    static_cast<AddressPage *>(page(AddressPageId))->setAddress(email);
}

AccountKindDetector *SetupWizard::accountKindDetector() const
{
    return static_cast<AddressPage *>(page(AddressPageId))->detector();
}

bool SetupWizard::openUrl(const QUrl &url)
{
    if (m_urlOpener)
        return m_urlOpener(url);
    return QDesktopServices::openUrl(url);
}

QString SetupWizard::chooseReportFile(QWidget *parent, const QString &suggestedPath)
{
    if (m_reportFileChooser)
        return m_reportFileChooser(parent, suggestedPath);
    return QFileDialog::getSaveFileName(parent, tr("Save a report for the helpdesk"), suggestedPath,
                                        tr("Text files (*.txt)"));
}

QString SetupWizard::saveHelpdeskReport(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        u"mailsetup-report-%1.txt"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = chooseReportFile(parent, suggested);
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_controller->helpdeskReport().toUtf8()) < 0
        || !file.commit()) {
        return tr("The report could not be saved in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (ok)
        *ok = true;
    return tr("The report is saved in %1. It contains no password and no token.").arg(QDir::toNativeSeparators(path));
}

QString SetupWizard::saveServerSettings(QWidget *parent, bool *ok)
{
    if (ok)
        *ok = false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = chooseReportFile(parent, QDir(folder).filePath(u"config-v1.1.xml"_s));
    if (path.isEmpty())
        return {};
    const QString xml = SettingsExport::toAutoconfig(MailServerSettings::of(m_controller->address(), m_controller->profile()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(xml.toUtf8()) < 0 || !file.commit())
        return tr("The settings could not be saved in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (ok)
        *ok = true;
    return tr("The settings are saved in %1. Mail apps that read Mozilla autoconfig files, such as Thunderbird, can use "
              "them.").arg(QDir::toNativeSeparators(path));
}

bool SetupWizard::openUrlFrom(const QWidget *widget, const QUrl &url)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *wizard = qobject_cast<SetupWizard *>(const_cast<QWidget *>(w)))
            return wizard->openUrl(url);
    }
    return QDesktopServices::openUrl(url);
}

void SetupWizard::goBackTo(int id)
{
    while (currentId() != id && visitedIds().contains(id) && currentId() != startId())
        back();
}

void SetupWizard::showImapHelp()
{
    setField(u"imapSwitchedOn"_s, false);
    if (visitedIds().contains(ImapSwitchPageId)) {
        goBackTo(ImapSwitchPageId);
        return;
    }
    // The page was skipped (the address looked like a work account, the sign-in said otherwise): the sign-in
    // page leads to it now, as the account kind is personal.
    goBackTo(SignInPageId);
    if (currentId() == SignInPageId && currentPage()->nextId() == ImapSwitchPageId)
        next();
}

void SetupWizard::signInAgain()
{
    // Not signed in any more from here on, so every page leads to the sign-in page again.
    m_controller->startSignIn();
    if (visitedIds().contains(SignInPageId)) {
        goBackTo(SignInPageId);
        return;
    }
    // The check was reached from the IMAP page after a sign-in (back there to switch IMAP on): through it.
    goBackTo(ImapSwitchPageId);
    if (currentId() == ImapSwitchPageId && currentPage()->nextId() == SignInPageId)
        next();
}

void SetupWizard::done(int result)
{
    // Closed, cancelled or finished: nothing may go on in the background, and nothing half-done is saved.
    m_controller->cancelAll();
    QWizard::done(result);
}
