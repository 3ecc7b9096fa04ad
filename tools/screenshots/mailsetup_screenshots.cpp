// Takes the README's screenshots (docs/screenshots/*.png). It builds the SetupWizard as `mailsetup` does with
// --provider-file (the controller, the OS keychain, the settings, the translations), against a running offline
// sandbox (tests/sandbox), plays the browser itself through the wizard's URL opener hook, walks every page and
// writes each one with QWidget::grab(). Not a test: it stops at the first thing that does not happen and says what.
//
//   mailsetup-screenshots --provider-file SANDBOX/provider.json --out DIR [--size 820x640] [--only NAME,...]
//
// scripts/screenshots.sh runs it under Xvfb (the Fusion style, DejaVu fonts) inside
// tests/integration/with-keyring.sh, so the sign-in is kept in a real, private keyring.
#include "wizard/core/account/accountsettings.h"
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/provider/accountkinddetector.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/ui/setupwizard.h"
#include "wizard/core/i18n/translationloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPalette>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStyle>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace {

// Something the walk expected did not happen.
struct WalkError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void require(bool condition, const QString &what)
{
    if (!condition)
        throw WalkError(what.toStdString());
}

// Runs the event loop until `condition` holds; false after `ms`.
bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.hasExpired(ms))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Lets the widgets catch up (layouts, item views' delayed layout, painting) without the network moving on.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers | QEventLoop::ExcludeUserInputEvents);
}

// The browser: opens the sign-in address and follows the identity provider's redirect back to the wizard's
// loopback listener, as a browser would after the user signed in. The sandbox's identity provider answers at once.
class Browser : public QObject
{
public:
    void open(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_network.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page] {
            page->deleteLater();
            const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
            if (!location.isValid()) {
                std::fprintf(stderr, "mailsetup-screenshots: the sign-in page did not redirect (HTTP %d: %s)\n",
                             page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             qPrintable(page->errorString()));
                return;
            }
            // The wizard's loopback listener; what it answers is the page the browser would show.
            QNetworkReply *callback = m_network.get(QNetworkRequest(page->url().resolved(location)));
            connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
        });
    }

private:
    QNetworkAccessManager m_network;
};

// One wizard, built as WizardLauncher::run builds it, on a fixed-size window.
struct WizardRun {
    WizardRun(SecretStore *keychain, const ProviderProfile &profile, const QSize &size)
        : controller(keychain, &settings)
    {
        controller.setProviderOverride(profile);
        // As the app: no --client-id, so the provider file's client id is used.
        wizard = std::make_unique<SetupWizard>(&controller);
        wizard->setUrlOpener([this](const QUrl &url) {
            lastUrl = url;
            if (answerAtOnce)
                browser.open(url);
            return true;
        });
        wizard->setReportFileChooser([](QWidget *, const QString &) { return QString(); });
        wizard->setFixedSize(size);
        wizard->move(0, 0);
    }
    ~WizardRun()
    {
        wizard->close();
        wizard->done(QDialog::Rejected);
    }

    template<typename T = QWidget>
    T *child(const QString &name) const
    {
        T *widget = wizard->findChild<T *>(name);
        require(widget, u"the wizard has no %1"_s.arg(name));
        return widget;
    }

    void show()
    {
        wizard->show();
        require(waitFor([this] { return wizard->isVisible(); }, 5000), u"the wizard window did not appear"_s);
        // The active window, as on a desktop (focus frames and the default button drawn as such). Xvfb has no
        // window manager to activate it; Qt then gives the window the input focus itself.
        wizard->activateWindow();
        if (!waitFor([this] { return wizard->isActiveWindow(); }, 3000))
            std::fprintf(stderr, "mailsetup-screenshots: the window did not become active; focus is not drawn\n");
    }

    // As `mailsetup --email`: the address is filled in before the window opens.
    void showWithAddress(const QString &email)
    {
        wizard->setAddress(email);
        show();
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        require(waitFor([next] { return next->isEnabled(); }, 15'000),
                u"the address page did not tell the kind of %1 in time"_s.arg(email));
        // The detector has finished; let its answer show.
        waitFor([this] { return !wizard->accountKindDetector()->isRunning(); }, 5000);
    }

    void clickNext(SetupWizard::PageId expected)
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        require(next->isEnabled(), u"Next is not enabled on page %1"_s.arg(wizard->currentId()));
        next->click();
        require(waitFor([&] { return wizard->currentId() == expected; }, 5000),
                u"Next did not lead to page %1 (still on %2)"_s.arg(int(expected)).arg(wizard->currentId()));
    }

    void clickSignIn()
    {
        auto *button = child<QPushButton>(u"signInButton"_s);
        require(button->isVisible() && button->isEnabled(), u"the Sign in button cannot be clicked"_s);
        button->click();
    }

    void waitForSignIn(SetupController::SignInState state)
    {
        require(waitFor([&] { return controller.signInState() == state; }, 20'000),
                u"the sign-in did not reach state %1 (it is %2)"_s.arg(int(state)).arg(int(controller.signInState())));
    }

    void signIn()
    {
        answerAtOnce = true;
        clickSignIn();
        waitForSignIn(SetupController::SignInState::SignedIn);
    }

    // Scrolls the page's scroll area so that `widget` is in view (for a failure shown below the fold).
    void scrollTo(const QString &scrollArea, QWidget *widget)
    {
        auto *area = child<QScrollArea>(scrollArea);
        area->ensureWidgetVisible(widget, 0, 0);
    }

    AccountSettings settings;   // the application's own settings file, in the with-keyring home
    SetupController controller;
    std::unique_ptr<SetupWizard> wizard;
    Browser browser;
    bool answerAtOnce = false;
    QUrl lastUrl;
};

class Shooter
{
public:
    Shooter(const QString &outDir, const QStringList &only) : m_dir(outDir), m_only(only) { }

    bool wanted(const QString &name) const { return m_only.isEmpty() || m_only.contains(name); }

    // `animationsMs`: how long to let animations run first (the line edit's clear button fades in); 0 for a state
    // that must be caught as it is.
    void shoot(QWidget *window, const QString &name, int animationsMs = 500)
    {
        if (animationsMs > 0) {
            QElapsedTimer timer;
            timer.start();
            waitFor([&] { return timer.hasExpired(animationsMs); }, animationsMs + 1000);
        }
        settle();
        const QPixmap picture = window->grab();
        const QString path = m_dir.filePath(name + u".png"_s);
        QSaveFile file(path);
        require(file.open(QIODevice::WriteOnly) && picture.save(&file, "PNG") && file.commit(),
                u"cannot write %1: %2"_s.arg(path, file.errorString()));
        std::printf("  %s (%dx%d)\n", qPrintable(path), picture.width(), picture.height());
        std::fflush(stdout);
        m_written.append(name);
    }
    QStringList written() const { return m_written; }

private:
    QDir m_dir;
    QStringList m_only;
    QStringList m_written;
};

// A port on which nothing listens: taken from the system, then given back.
quint16 closedPort()
{
    QTcpServer server;
    require(server.listen(QHostAddress::LocalHost, 0), u"cannot find a free port"_s);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// The sandbox's provider file with SMTP pointed at a closed port, written into `dir`.
QString providerWithClosedSmtpPort(const QString &providerFile, const QTemporaryDir &dir)
{
    QFile in(providerFile);
    require(in.open(QIODevice::ReadOnly), u"cannot read %1"_s.arg(providerFile));
    QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject smtp = profile.value(u"smtp"_s).toObject();
    smtp.insert(u"port"_s, closedPort());
    profile.insert(u"smtp"_s, smtp);
    const QString ca = profile.value(u"caCertificates"_s).toString();
    if (!ca.isEmpty() && QFileInfo(ca).isRelative())
        profile.insert(u"caCertificates"_s, QFileInfo(providerFile).absoluteDir().absoluteFilePath(ca));
    const QString path = dir.filePath(u"provider-smtp-port-blocked.json"_s);
    QSaveFile out(path);
    require(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(profile).toJson()) > 0 && out.commit(),
            u"cannot write %1"_s.arg(path));
    return path;
}

ProviderProfile loadProfile(const QString &file)
{
    ProfileError error;
    auto profile = ProviderProfileLoader::fromFile(file, &error);
    require(profile.has_value(), error.message());
    return *profile;
}

} // namespace

int main(int argc, char *argv[])
{
    // As main() of the app: the settings file and the keychain service are Mail Setup's own.
    QCoreApplication::setOrganizationName(u"MailSetup"_s);
    QCoreApplication::setApplicationName(u"mailsetup"_s);
    // Reproducible pictures: Fusion with its own palette, whatever the desktop.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication app(argc, argv);
    QApplication::setPalette(QApplication::style()->standardPalette());
    // The font the generic Linux desktop gives ("Sans Serif" 9 pt is DejaVu Sans there), named outright, so that
    // another installed font cannot change the pictures.
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
    // A text cursor that does not blink, so that it is in every picture or in none.
    QApplication::setCursorFlashTime(0);
    TranslationLoader::install(&app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("CommandLine", "Mail Setup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the wizard's screenshots, walking it against the offline sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption providerOption(u"provider-file"_s, u"The running sandbox's provider.json."_s, u"file"_s);
    const QCommandLineOption outOption(u"out"_s, u"Where the PNG files go (made if missing)."_s, u"dir"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"The window size (default 820x640)."_s, u"WxH"_s, u"820x640"_s);
    const QCommandLineOption emailOption(u"email"_s, u"The sandbox's account (default alex@sandbox.test)."_s,
                                         u"address"_s, u"alex@sandbox.test"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Write only these screenshots (comma-separated names)."_s,
                                        u"names"_s);
    parser.addOptions({ providerOption, outOption, sizeOption, emailOption, onlyOption });
    parser.process(app);
    if (!parser.isSet(providerOption) || !parser.isSet(outOption)) {
        std::fprintf(stderr, "mailsetup-screenshots: --provider-file and --out are needed\n");
        return 2;
    }
    const QStringList sizeParts = parser.value(sizeOption).split(u'x');
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    if (size.width() < 300 || size.height() < 300) {
        std::fprintf(stderr, "mailsetup-screenshots: --size needs WIDTHxHEIGHT, at least 300x300\n");
        return 2;
    }
    if (!QDir().mkpath(parser.value(outOption))) {
        std::fprintf(stderr, "mailsetup-screenshots: cannot make %s\n", qPrintable(parser.value(outOption)));
        return 2;
    }

    const QString providerFile = QFileInfo(parser.value(providerOption)).absoluteFilePath();
    const QString email = parser.value(emailOption);
    const QString domain = email.section(u'@', 1);
    Shooter shooter(parser.value(outOption),
                    parser.value(onlyOption).split(u',', Qt::SkipEmptyParts));
    // The OS keychain, as the app makes it (CommandEnvironment::createKeychain).
    KeychainSecretStore keychain;

    try {
        const ProviderProfile sandbox = loadProfile(providerFile);
        std::printf("mailsetup-screenshots: %dx%d, style %s, font %s %gpt, keychain %s\n", size.width(),
                    size.height(), qPrintable(QApplication::style()->name()),
                    qPrintable(QApplication::font().family()), QApplication::font().pointSizeF(),
                    qPrintable(keychain.backendName()));

        // 1. The work account of the sandbox, all the way: address, sign-in, check, ready.
        if (shooter.wanted(u"1-address"_s) || shooter.wanted(u"3-sign-in-waiting"_s)
            || shooter.wanted(u"3-signed-in"_s) || shooter.wanted(u"4-checking"_s) || shooter.wanted(u"4-passed"_s)
            || shooter.wanted(u"5-ready"_s)) {
            WizardRun run(&keychain, sandbox, size);
            run.showWithAddress(email);
            require(run.wizard->currentPage()->nextId() == SetupWizard::SignInPageId,
                    u"%1 was not taken for a work account (the sandbox's discovery answers for %2)"_s.arg(email, domain));
            if (shooter.wanted(u"1-address"_s))
                shooter.shoot(run.wizard.get(), u"1-address"_s);

            run.clickNext(SetupWizard::SignInPageId);
            // The browser is "open" but nobody has signed in yet: the waiting state, with its countdown.
            run.clickSignIn();
            run.waitForSignIn(SetupController::SignInState::WaitingForBrowser);
            require(run.lastUrl.isValid(), u"the wizard did not open a browser"_s);
            if (shooter.wanted(u"3-sign-in-waiting"_s))
                shooter.shoot(run.wizard.get(), u"3-sign-in-waiting"_s);
            // Once signed in, the wizard goes on and the check starts by itself. The check under way: shot when
            // the inbox is searched for the test message, the slowest step. Not from within the signal: the
            // probes must not meet an event loop inside their own handlers.
            bool searching = false;
            bool shotRunning = false;
            QObject::connect(&run.controller, &SetupController::checkStepStarted, &run.controller,
                             [&](MailboxCheck::Protocol protocol, ProbeStep step) {
                                 if (searching || protocol != MailboxCheck::Protocol::Imap
                                     || step != ProbeStep::FindMessage)
                                     return;
                                 searching = true;
                                 QTimer::singleShot(0, run.wizard.get(), [&] {
                                     const bool running =
                                         run.controller.checkState() == SetupController::CheckState::Running;
                                     if (running && shooter.wanted(u"4-checking"_s))
                                         shooter.shoot(run.wizard.get(), u"4-checking"_s, 0);
                                     shotRunning = running;
                                 });
                             });
            require(run.controller.sendTestMessage(), u"the test message is not chosen by default"_s);
            run.browser.open(run.lastUrl);
            run.waitForSignIn(SetupController::SignInState::SignedIn);
            require(waitFor([&] { return run.controller.checkState() != SetupController::CheckState::Running
                                      && run.controller.checkState() != SetupController::CheckState::NotStarted; },
                            90'000),
                    u"the check did not finish within 90 seconds"_s);
            require(run.controller.checkState() == SetupController::CheckState::Passed,
                    u"the check of the sandbox failed:\n%1"_s.arg(run.controller.helpdeskReport()));
            require(searching, u"the check never searched the inbox for the test message"_s);
            require(shotRunning, u"the check was over before it could be shown running"_s);
            require(waitFor([&] { return run.wizard->currentId() == SetupWizard::ReadyPageId; }, 5000),
                    u"the ready page did not come by itself after the check"_s);
            require(waitFor([&] { return run.controller.isSaved(); }, 15'000),
                    u"the proven account was not saved (keychain: %1)"_s.arg(keychain.backendName()));
            if (shooter.wanted(u"5-ready"_s))
                shooter.shoot(run.wizard.get(), u"5-ready"_s);
            // Back shows what the pages that went by said: the check's answer, and who signed in.
            run.wizard->back();
            if (shooter.wanted(u"4-passed"_s))
                shooter.shoot(run.wizard.get(), u"4-passed"_s);
            run.wizard->back();
            if (shooter.wanted(u"3-signed-in"_s))
                shooter.shoot(run.wizard.get(), u"3-signed-in"_s);
        }

        // 2. A personal address leads to the page about switching IMAP on (no sign-in needed to show it).
        if (shooter.wanted(u"2-imap-switch"_s)) {
            WizardRun run(&keychain, sandbox, size);
            run.showWithAddress(u"alex@outlook.com"_s);
            run.clickNext(SetupWizard::ImapSwitchPageId);
            shooter.shoot(run.wizard.get(), u"2-imap-switch"_s);
        }

        // 3. Signed in as someone else: the sandbox's identity provider always signs in its own account.
        if (shooter.wanted(u"3-failure-wrong-account"_s)) {
            WizardRun run(&keychain, sandbox, size);
            run.showWithAddress(u"sam@"_s + domain);
            run.clickNext(SetupWizard::SignInPageId);
            run.answerAtOnce = true;
            run.clickSignIn();
            run.waitForSignIn(SetupController::SignInState::Failed);
            require(run.controller.signInDiagnosis()
                        && run.controller.signInDiagnosis()->id == DiagnosisId::WrongAccountOrTenant,
                    u"the sign-in as another account did not fail with wrong-account-or-tenant"_s);
            shooter.shoot(run.wizard.get(), u"3-failure-wrong-account"_s);
        }

        // 4. Outgoing mail blocked: SMTP pointed at a port where nothing listens.
        if (shooter.wanted(u"4-failure-port-blocked"_s)) {
            QTemporaryDir dir;
            require(dir.isValid(), u"cannot make a temporary folder"_s);
            WizardRun run(&keychain, loadProfile(providerWithClosedSmtpPort(providerFile, dir)), size);
            run.showWithAddress(email);
            run.clickNext(SetupWizard::SignInPageId);
            run.signIn();
            require(waitFor([&] { return run.controller.checkState() != SetupController::CheckState::Running
                                      && run.controller.checkState() != SetupController::CheckState::NotStarted; },
                            90'000),
                    u"the check did not finish within 90 seconds"_s);
            require(run.controller.checkState() == SetupController::CheckState::Failed,
                    u"the check with SMTP on a closed port did not fail"_s);
            QWidget *diagnosis = run.child(u"checkDiagnosisView"_s);
            auto *tryAgain = diagnosis->findChild<QPushButton *>(u"tryAgainButton"_s);
            require(tryAgain && tryAgain->isVisible(),
                    u"the failure shows no Try again button:\n%1"_s.arg(run.controller.helpdeskReport()));
            run.scrollTo(u"checkScrollArea"_s, diagnosis);
            shooter.shoot(run.wizard.get(), u"4-failure-port-blocked"_s);
        }

        // 5. A later launch opens on the accounts set up before (the sandbox's, saved by the first walk).
        if (shooter.wanted(u"0-saved-accounts"_s)) {
            WizardRun run(&keychain, sandbox, size);
            run.show();
            require(run.wizard->currentId() == SetupWizard::SavedAccountsPageId,
                    u"a later launch did not open on the saved accounts (is %1 saved? take 5-ready too)"_s.arg(email));
            settle();
            shooter.shoot(run.wizard.get(), u"0-saved-accounts"_s);
        }
    } catch (const WalkError &error) {
        std::fprintf(stderr, "mailsetup-screenshots: %s\n", error.what());
        return 1;
    }
    std::printf("mailsetup-screenshots: %lld screenshots written\n", qlonglong(shooter.written().size()));
    return 0;
}
