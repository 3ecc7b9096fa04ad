// The wizard's start and memory: builds the real SetupWizard as `mailsetup --email ... --provider-file ...` does
// (QApplication, translations, the controller, the OS keychain, the settings), shows it, and measures from the
// process's start (its start time in /proc/self/stat) to the first paint of the first page. Then it takes the
// wizard through sign-in and the check against the offline sandbox (its identity provider plays Microsoft; the
// "browser" here follows its redirect, as tools/screenshots does) to the ready page, and prints the process's peak
// resident set (VmHWM). Each run is a process of its own (this program again, with --one-run); it prints the
// median and p95 over the runs. Numbers only; it stops and says why when the wizard does not get there.
//
//   bench_wizard --provider-file SANDBOX/provider.json --email ADDRESS [--runs N] [--memory-keychain]
//
// The walk does what a person does, and counts it as a screen reader counts user acts: the address typed, Next
// on the address page, "I've switched it on" (personal accounts), "Sign in with Microsoft", and the consent in
// the browser; the wizard does the rest by itself (it goes on after the sign-in, starts the check, shows the
// ready page). It prints that count ("actions"). Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb,
// with a keychain (tests/integration/with-keyring.sh) unless --memory-keychain is given.
#include "benchmarks/measurement.h"

#include "wizard/core/account/accountsettings.h"
#include "wizard/core/account/setupcontroller.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/ui/setupwizard.h"
#include "wizard/core/i18n/translationloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QAbstractButton>
#include <QWizardPage>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using Measurement::median;
using Measurement::percentile;
using Measurement::statusKb;

namespace {

// Milliseconds since this process started: now on the boot clock minus the start time the kernel keeps
// (field 22 of /proc/self/stat, in clock ticks since boot). The ticks make it exact to 10 ms at worst.
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start behind its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(22 - 3).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// Notes the first paint of the first page (the page itself or anything on it).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QWidget *page) : m_page(page) { }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (ms < 0 && event->type() == QEvent::Paint && watched->isWidgetType()) {
            const auto *widget = static_cast<const QWidget *>(watched);
            if (widget == m_page || m_page->isAncestorOf(widget))
                ms = msSinceProcessStart();
        }
        return false;
    }

private:
    const QWidget *m_page;
};

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

int fail(const char *what)
{
    std::fprintf(stderr, "bench_wizard: %s\n", what);
    return 1;
}

// Runs this program `runs` times with --one-run and prints the statistics of what the runs said: each prints
// one line, "main=.. paint=.. rss-paint=.. walk=.. rss-ready=.. actions=..".
int runAll(char **argv, int runs, const QString &platformAndKeychain)
{
    std::vector<char *> childArguments;
    for (char **argument = argv; *argument; ++argument)
        childArguments.push_back(*argument);
    static char oneRun[] = "--one-run";
    childArguments.push_back(oneRun);
    childArguments.push_back(nullptr);
    QMap<QString, std::vector<double>> values;
    for (int run = 1; run <= runs; ++run) {
        QTemporaryDir scratch;
        const QByteArray outPath = scratch.filePath(u"out"_s).toLocal8Bit();
        const QByteArray errPath = scratch.filePath(u"err"_s).toLocal8Bit();
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(), O_WRONLY | O_CREAT, 0600);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT, 0600);
        pid_t pid = -1;
        const int spawned = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, childArguments.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            return fail("cannot run itself");
        int status = 0;
        waitpid(pid, &status, 0);
        QFile out(QString::fromLocal8Bit(outPath)), err(QString::fromLocal8Bit(errPath));
        out.open(QIODevice::ReadOnly);
        err.open(QIODevice::ReadOnly);
        const QByteArray result = out.readAll().trimmed();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "bench_wizard: run %d failed\n%s\n%s\n", run, result.constData(), err.readAll().constData());
            return 1;
        }
        for (const QByteArray &pair : result.split(' ')) {
            const qsizetype equals = pair.indexOf('=');
            values[QString::fromLatin1(pair.left(equals))].push_back(pair.mid(equals + 1).toDouble());
        }
    }
    std::printf("The wizard (%s), %d runs, each a new process\n", qPrintable(platformAndKeychain), runs);
    std::printf("  %-52s %9s %9s\n", "", "median", "p95");
    const auto row = [&values](const char *label, const char *key, const char *unit) {
        const std::vector<double> &series = values[QString::fromLatin1(key)];
        std::printf("  %-52s %9.0f %9.0f %s\n", label, median(series), percentile(series, 0.95), unit);
    };
    row("process start to main()", "main", "ms");
    row("process start to the first paint of the first page", "paint", "ms");
    row("peak RSS at the first paint (VmHWM)", "rss-paint", "KiB");
    row("first paint to the ready page, account saved", "walk", "ms");
    row("peak RSS at the ready page (VmHWM)", "rss-ready", "KiB");
    row("user actions from launch to the ready page", "actions", "");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const double mainMs = msSinceProcessStart();
    QApplication app(argc, argv);
    TranslationLoader::install(&app);
    QString providerPath, email;
    bool memoryKeychain = false;
    bool oneRun = false;
    int runs = 5;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--provider-file"_L1 && i + 1 < arguments.size())
            providerPath = arguments.at(++i);
        else if (arguments.at(i) == "--email"_L1 && i + 1 < arguments.size())
            email = arguments.at(++i);
        else if (arguments.at(i) == "--runs"_L1 && i + 1 < arguments.size())
            runs = arguments.at(++i).toInt();
        else if (arguments.at(i) == "--memory-keychain"_L1)
            memoryKeychain = true;
        else if (arguments.at(i) == "--one-run"_L1)
            oneRun = true;
        else
            return fail("usage: bench_wizard --provider-file FILE --email ADDRESS [--runs N] [--memory-keychain]");
    }
    if (runs < 1 || email.isEmpty())
        return fail("usage: bench_wizard --provider-file FILE --email ADDRESS [--runs N] [--memory-keychain]");
    if (!oneRun) {
        return runAll(argv, runs, u"%1 platform, %2 keychain"_s.arg(QGuiApplication::platformName(),
                                                                     memoryKeychain ? u"memory"_s : u"OS"_s));
    }
    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromFile(providerPath, &error);
    if (!profile)
        return fail(qPrintable(error.message()));

    QTemporaryDir scratch;
    std::unique_ptr<SecretStore> keychain;
    if (memoryKeychain)
        keychain = std::make_unique<MemorySecretStore>();
    else
        keychain = std::make_unique<KeychainSecretStore>();
    AccountSettings settings(scratch.filePath(u"settings.ini"_s));
    SetupController controller(keychain.get(), &settings);
    controller.setProviderOverride(profile);

    SetupWizard wizard(&controller);
    FirstPaint firstPaint(wizard.page(SetupWizard::AddressPageId));
    app.installEventFilter(&firstPaint);
    // The browser: the sandbox's sign-in page redirects at once to the wizard's loopback listener.
    QNetworkAccessManager browser;
    int actions = 0;
    wizard.setUrlOpener([&browser, &actions](const QUrl &url) {
        if (url.path().endsWith(u"/authorize"_s))
            ++actions;  // the consent in the browser
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = browser.get(request);
        QObject::connect(page, &QNetworkReply::finished, page, [&browser, page] {
            page->deleteLater();
            const QUrl location = page->header(QNetworkRequest::LocationHeader).toUrl();
            if (location.isValid()) {
                QNetworkReply *callback = browser.get(QNetworkRequest(page->url().resolved(location)));
                QObject::connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
            }
        });
        return true;
    });
    wizard.setReportFileChooser([](QWidget *, const QString &) { return QString(); });
    wizard.setAddress(email);
    ++actions;  // typing it
    wizard.show();
    if (!waitFor([&] { return firstPaint.ms >= 0; }, 10'000))
        return fail("the first page was never painted");

    const long rssAtPaint = statusKb("VmHWM");

    QElapsedTimer walkClock;
    walkClock.start();
    using SignIn = SetupController::SignInState;
    using Check = SetupController::CheckState;
    const bool ready = waitFor([&] {
        if (controller.signInState() == SignIn::Failed || controller.checkState() == Check::Failed)
            return true;
        const int id = wizard.currentId();
        if (id == SetupWizard::ReadyPageId)
            return wizard.currentPage()->isComplete() && controller.isSaved();
        if (id == SetupWizard::SignInPageId && controller.signInState() == SignIn::NotStarted) {
            if (auto *signIn = wizard.currentPage()->findChild<QAbstractButton *>(u"signInButton"_s);
                signIn && signIn->isVisible() && signIn->isEnabled()) {
                signIn->click();
                ++actions;
            }
        }
        // Next where a person presses it: the address page, and "I've switched it on".
        if ((id == SetupWizard::AddressPageId || id == SetupWizard::ImapSwitchPageId) && wizard.currentPage()->isComplete()
            && wizard.button(QWizard::NextButton)->isEnabled()) {
            wizard.button(QWizard::NextButton)->click();
            ++actions;
        }
        return false;
    }, 60'000);
    if (controller.signInState() == SignIn::Failed)
        return fail(qPrintable(u"the sign-in failed: "_s + controller.signInDiagnosis().value_or(Diagnosis{}).key()));
    if (controller.checkState() == Check::Failed)
        return fail(qPrintable(u"the check failed:\n"_s + controller.helpdeskReport()));
    if (!ready)
        return fail(qPrintable(u"the wizard did not reach the ready page (it is on page %1)"_s.arg(wizard.currentId())));
    std::printf("main=%.0f paint=%.0f rss-paint=%ld walk=%lld rss-ready=%ld actions=%d\n", mainMs, firstPaint.ms,
                rssAtPaint, walkClock.elapsed(), statusKb("VmHWM"), actions);
    return 0;
}
