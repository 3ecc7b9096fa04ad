#include "wizard/core/relay/relayservice.h"

#include "wizard/core/report/printable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// One word of ExecStart= as systemd reads it: in double quotes, with its specifiers and variables escaped.
QString systemdQuoted(QString word)
{
    word.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'%', u"%%"_s).replace(u'$', u"$$"_s);
    return u'"' + word + u'"';
}

// Runs `program arguments` and answers once, with a time limit: the exit code 0 is success, anything else is the
// program's own words (standard error, else standard output).
void runWithTimeLimit(const QString &program, const QStringList &arguments, int timeLimitMs, QObject *context,
                      RelayService::Done done)
{
    auto *process = new QProcess(context);
    auto *limit = new QTimer(process);
    limit->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    auto answer = [process, answered, done](const std::optional<QString> &problem) {
        if (*answered)
            return;
        *answered = true;
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
        done(problem);
    };
    QObject::connect(process, &QProcess::finished, process, [process, answer](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            return answer(std::nullopt);
        QString said = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (said.isEmpty())
            said = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
        if (said.isEmpty())
            said = RelayService::tr("%1 ended with exit code %2.").arg(QFileInfo(process->program()).fileName()).arg(code);
        answer(printable(said.left(500)));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, answer](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            answer(RelayService::tr("%1 could not be started.").arg(QFileInfo(process->program()).fileName()));
    });
    QObject::connect(limit, &QTimer::timeout, process, [process, answer, timeLimitMs] {
        answer(RelayService::tr("%1 did not answer within %n second(s).", nullptr, (timeLimitMs + 999) / 1000)
                   .arg(QFileInfo(process->program()).fileName()));
    });
    limit->start(timeLimitMs);
    process->start(program, arguments);
}

#ifdef Q_OS_UNIX
// True while `pid` is a live process: not a zombie waiting for its parent.
bool isLiveProcess(qint64 pid)
{
    if (pid <= 1)
        return false;
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && afterName + 2 < line.size() && line.at(afterName + 2) != 'Z' && line.at(afterName + 2) != 'X';
#else
    return ::kill(pid_t(pid), 0) == 0;
#endif
}

// True while `pid` is a live process whose command line runs a relay (where the system tells: Linux's /proc).
bool isRelayProcess(qint64 pid)
{
    if (!isLiveProcess(pid))
        return false;
#ifdef Q_OS_LINUX
    QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
    if (!commandLine.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> words = commandLine.readAll().split('\0');
    return words.size() > 1 && words.at(1) == "relay";
#else
    return true;
#endif
}
#endif

// The number in the pid file startInBackground() wrote; nothing without one.
std::optional<qint64> pidFromFile()
{
    QFile file(RelayService::pidFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(pid) : std::nullopt;
}

} // namespace

QStringList RelayLaunch::arguments() const
{
    QStringList words{ u"relay"_s, u"--email"_s, email };
    if (!listen.isEmpty())
        words << u"--listen"_s << listen;
    for (const QString &network : allowed)
        words << u"--allow"_s << network;
    if (allowPlain)
        words << u"--allow-plain"_s;
    return words;
}

QString RelayService::unitName()
{
    return u"mailsetup-relay.service"_s;
}

QString RelayService::unitFilePath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/systemd/user/"_s + unitName();
}

QString RelayService::unitText(const RelayLaunch &launch)
{
    QStringList quoted{ systemdQuoted(launch.program) };
    for (const QString &word : launch.arguments())
        quoted << systemdQuoted(word);
    return u"# Written by \"mailsetup relay install-service\"; removed by \"mailsetup relay remove-service\".\n"
           "[Unit]\n"
           "Description=Mail Setup relay for %1 (SMTP for devices that only know a password)\n"
           "After=network-online.target\n"
           "Wants=network-online.target\n"
           "\n"
           "[Service]\n"
           "Type=simple\n"
           "ExecStart=%2\n"
           "Restart=on-failure\n"
           "RestartSec=10\n"
           "\n"
           "[Install]\n"
           "WantedBy=default.target\n"_s.arg(QString(launch.email).remove(u'\n').replace(u'%', u"%%"_s),
                                              quoted.join(u' '));
}

bool RelayService::isUnitInstalled()
{
    return QFile::exists(unitFilePath());
}

bool RelayService::writeUnit(const RelayLaunch &launch, QString *error)
{
    const QString path = unitFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(unitText(launch).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The service file %1 cannot be written.").arg(printable(path));
        return false;
    }
    return true;
}

void RelayService::systemctl(const QStringList &arguments, QObject *context, Done done, int timeLimitMs)
{
    const QString program = QStandardPaths::findExecutable(u"systemctl"_s);
    if (program.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(tr("systemctl is not installed.")); });
        return;
    }
    runWithTimeLimit(program, QStringList{ u"--user"_s } + arguments, timeLimitMs, context, std::move(done));
}

void RelayService::findUserManager(QObject *context, std::function<void(bool)> done)
{
    // show-environment needs nothing but a manager that answers; "degraded" from is-system-running would still
    // be a manager that can run the unit.
    systemctl({ u"show-environment"_s }, context, [done](const std::optional<QString> &problem) { done(!problem); },
              UserManagerTimeLimitMs);
}

void RelayService::installService(const RelayLaunch &launch, bool start, QObject *context, Done done)
{
    QString error;
    if (!writeUnit(launch, &error)) {
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    if (!start) {
        QTimer::singleShot(0, context, [done] { done(std::nullopt); });
        return;
    }
    QPointer<QObject> guard(context);
    systemctl({ u"daemon-reload"_s }, context, [guard, done](const std::optional<QString> &problem) {
        if (problem || !guard)
            return done(problem);
        systemctl({ u"enable"_s, u"--now"_s, unitName() }, guard, done);
    });
}

QString RelayService::stateDirectory()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime + u"/mailsetup"_s;
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/mailsetup"_s;
}

QString RelayService::pidFilePath()
{
    return stateDirectory() + u"/relay.pid"_s;
}

QString RelayService::logFilePath()
{
    return stateDirectory() + u"/relay.log"_s;
}

bool RelayService::startInBackground(const RelayLaunch &launch, qint64 *pid, QString *error)
{
    const QString directory = stateDirectory();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("The folder %1 cannot be made.").arg(printable(directory));
        return false;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess process;
    process.setProgram(launch.program);
    process.setArguments(launch.arguments());
#ifdef Q_OS_UNIX
    // A session of its own: closing the terminal Mail Setup was started from must not end the relay with it. Qt 6.4
    // runs no child-process modifier for a detached process, so setsid(1) does it; it execs in the same process (the
    // detached child leads no process group), so the pid is the relay's.
    const QString setsid = QStandardPaths::findExecutable(u"setsid"_s);
    if (!setsid.isEmpty()) {
        process.setProgram(setsid);
        process.setArguments(QStringList{ launch.program } + launch.arguments());
    }
#endif
    process.setWorkingDirectory(QDir::homePath());
    process.setStandardInputFile(QProcess::nullDevice());
    // A fresh log each start: the relay's lines name no secret, and the last start is what a diagnosis needs.
    QFile::remove(logFilePath());
    process.setStandardOutputFile(logFilePath(), QIODevice::Append);
    process.setStandardErrorFile(logFilePath(), QIODevice::Append);
    qint64 started = 0;
    if (!process.startDetached(&started) || started <= 0) {
        if (error)
            *error = tr("The relay could not be started: %1").arg(printable(process.errorString()));
        return false;
    }
    QSaveFile file(pidFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(started) + '\n') < 0 || !file.commit()) {
        if (error)
            *error = tr("The file %1 cannot be written.").arg(printable(pidFilePath()));
#ifdef Q_OS_UNIX
        ::kill(pid_t(started), SIGTERM);
#endif
        return false;
    }
    if (pid)
        *pid = started;
    return true;
}

bool RelayService::backgroundProcessRunning()
{
    const std::optional<qint64> pid = pidFromFile();
#ifdef Q_OS_UNIX
    return pid && isLiveProcess(*pid);
#else
    return pid.has_value();
#endif
}

std::optional<qint64> RelayService::backgroundPid()
{
#ifdef Q_OS_UNIX
    if (const std::optional<qint64> pid = pidFromFile(); pid && isRelayProcess(*pid))
        return pid;
#endif
    return std::nullopt;
}

void RelayService::stopBackground(QObject *context, Done done)
{
    const std::optional<qint64> pid = backgroundPid();
    if (!pid) {
        QFile::remove(pidFilePath());
        QTimer::singleShot(0, context, [done] { done(std::nullopt); });
        return;
    }
#ifdef Q_OS_UNIX
    ::kill(pid_t(*pid), SIGTERM);
    // Watched, not waited for: the caller's event loop (a window, a relay in the same process) goes on meanwhile.
    auto *watch = new QTimer(context);
    watch->setInterval(50);
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    const qint64 target = *pid;
    QObject::connect(watch, &QTimer::timeout, watch, [watch, since, target, done] {
        if (isRelayProcess(target)) {
            if (since->elapsed() < StopTimeLimitMs)
                return;
            ::kill(pid_t(target), SIGKILL);
            if (since->elapsed() < 2 * StopTimeLimitMs)
                return;
            watch->deleteLater();
            return done(tr("The relay (process %1) did not stop.").arg(target));
        }
        watch->deleteLater();
        QFile::remove(pidFilePath());
        done(std::nullopt);
    });
    watch->start();
#else
    QTimer::singleShot(0, context, [done] { done(tr("Mail Setup cannot stop a relay on this system.")); });
#endif
}

QString RelayService::logTail(int lines)
{
    QFile file(logFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return printableLines(all.mid(qMax(0, int(all.size()) - lines)).join(u'\n'));
}

QString RelayService::journalHint()
{
    return tr("The service's own words are in its journal: journalctl --user -u %1").arg(unitName());
}
