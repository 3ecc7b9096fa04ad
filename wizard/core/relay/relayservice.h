// How the relay keeps running without a terminal open: as a systemd user service where a user manager answers
// (`mailsetup relay install-service`, and the wizard), otherwise as a background process of its own with a pid
// file (the wizard in a container or on a system without systemd), which it can stop again. The command line and
// the wizard's device setup share it, so the unit they write and the process they start are the same.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct RelayLaunch {
    QString program;         // the mailsetup executable
    QString email;           // the account the relay sends as
    QString listen;          // --listen as typed ("127.0.0.1:2526"); empty: the relay's default
    QStringList allowed;     // each --allow as typed
    bool allowPlain = false;

    // "relay --email A [--listen …] [--allow …]… [--allow-plain]": the arguments after the program.
    QStringList arguments() const;
};

class RelayService
{
    Q_DECLARE_TR_FUNCTIONS(RelayService)
public:
    // The answer of an asynchronous step: nothing when it worked, otherwise what went wrong (translated, printable).
    using Done = std::function<void(const std::optional<QString> &problem)>;

    static constexpr int SystemctlTimeLimitMs = 30'000;
    // Whether a user manager answers at all is asked with a shorter limit: the answer decides what the wizard does.
    static constexpr int UserManagerTimeLimitMs = 5'000;
    static constexpr int StopTimeLimitMs = 5'000;

    // --- the systemd user unit ---
    static QString unitName();      // "mailsetup-relay.service"
    // $XDG_CONFIG_HOME/systemd/user/mailsetup-relay.service (~/.config when the variable is not set).
    static QString unitFilePath();
    static QString unitText(const RelayLaunch &launch);
    static bool isUnitInstalled();
    // Writes the unit file atomically; false with a sentence in `error`.
    static bool writeUnit(const RelayLaunch &launch, QString *error);
    // `systemctl --user ARGUMENTS`, ended after the time limit. `done` is called in `context`'s thread, never after
    // `context` is gone.
    static void systemctl(const QStringList &arguments, QObject *context, Done done,
                          int timeLimitMs = SystemctlTimeLimitMs);
    // Whether a systemd user manager answers for this user (not in most containers, nor without a login session).
    static void findUserManager(QObject *context, std::function<void(bool answers)> done);
    // Writes the unit; with `start`, daemon-reload and enable --now.
    static void installService(const RelayLaunch &launch, bool start, QObject *context, Done done);

    // --- the background process ---
    // Where the pid file and the relay's log are kept: $XDG_RUNTIME_DIR/mailsetup when the variable names a
    // folder, otherwise the user's state folder ($XDG_STATE_HOME or ~/.local/state)/mailsetup.
    static QString stateDirectory();
    static QString pidFilePath();   // relay.pid
    static QString logFilePath();   // relay.log: what the relay logs (never a password or a token)
    // Starts `launch` as a process that outlives this one (a session of its own, output to the log file) and
    // writes its pid file. False with a sentence in `error`.
    static bool startInBackground(const RelayLaunch &launch, qint64 *pid, QString *error);
    // The pid of the background relay started by startInBackground(), when that process still runs and is a
    // relay (not another process that got the same number).
    static std::optional<qint64> backgroundPid();
    // Whether the process the pid file names still runs, whatever it runs yet: right after startInBackground() it may
    // still be on its way to exec the relay. False when it ended (its log says why).
    static bool backgroundProcessRunning();
    // Ends the background relay (SIGTERM, SIGKILL after StopTimeLimitMs) and removes the pid file; done(nothing)
    // also when none was running.
    static void stopBackground(QObject *context, Done done);
    // The last lines of the relay's log, for a diagnosis when it did not start.
    static QString logTail(int lines = 5);
    // Where the service's own words are (the journal): for a diagnosis when the service did not answer.
    static QString journalHint();
};
