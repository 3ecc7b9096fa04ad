// Sets up one device (a printer, a scanner, an old program) to send through the relay, for the wizard: finds out
// whether a relay already answers on this computer, starts it if not (a systemd user service where a user manager
// answers, otherwise a background process that outlives Mail Setup), gives the device its own password, and then
// proves the way a device's message takes: a test message sent through the relay with the device's user name and
// password, and found in the account's inbox. The dialog only shows its states and the values it hands out.
#pragma once

#include "wizard/core/diagnosis/diagnosis.h"
#include "wizard/core/probe/mailboxcheck.h"
#include "wizard/core/provider/providerprofile.h"
#include "wizard/core/relay/relaylimits.h"
#include "wizard/core/relay/relayservice.h"
#include "wizard/core/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class RelayDevices;

// What a device asks for, and what a careful one checks.
struct DeviceValues {
    QString host;         // the SMTP server the device enters: this computer's loopback address
    quint16 port = 0;
    QString userName;     // the device's name
    QString password;     // shown once: Mail Setup keeps only a hash of it
    QString sender;       // the only sender address the relay takes: the account's
    QString fingerprint;  // the SHA-256 of the relay's certificate for STARTTLS; empty when it has none
};

class DeviceSetup : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotStarted,
        CheckingRelay,   // does a relay already answer on its port? (its 220 greeting, with a time limit)
        StartingRelay,   // installing the service or starting the background process, then waiting for its greeting
        AddingDevice,    // the device's password hash going to the keychain
        Ready,           // values() holds what the device needs
        SendingTest,
        TestPassed,
        TestFailed,      // diagnosis() says why; the values still hold
        Failed,          // the relay or the device could not be set up; diagnosis() or problem() says why
    };
    Q_ENUM(State)
    // How the relay keeps running once Mail Setup closes.
    enum class Persistence {
        Unknown,            // it was already running, started by something Mail Setup does not know (a terminal)
        Service,            // a systemd user service: it runs whenever the user is logged in
        BackgroundProcess,  // a process of its own: until it is stopped or the computer restarts
    };
    Q_ENUM(Persistence)
    enum class StartMethod {
        ServiceWhereAvailable,  // a systemd user service if a user manager answers, else a background process
        BackgroundProcess,      // always the background process (tests: no unit left in a real user's systemd)
    };

    static constexpr int GreetingTimeLimitMs = 3'000;
    static constexpr int StartTimeLimitMs = 30'000;

    // `keychain` keeps the device's password hash, where the relay process reads it; `profile` and `account` are the
    // signed-in account's: the test message is looked for in its inbox with its access token.
    DeviceSetup(SecretStore *keychain, const ProviderProfile &profile, const MailAccount &account,
                QObject *parent = nullptr);
    ~DeviceSetup() override;

    // --- configuration ---
    // The mailsetup program the relay runs as (default: this program); tests point it at the built one.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // The loopback port the relay listens on (default 2525); another one is passed as --listen 127.0.0.1:PORT.
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    // The devices' list (default RelayDevices::defaultSettingsFile(), where the relay process reads it).
    void setDevicesFile(const QString &file) { m_devicesFile = file; }
    // Where the relay's certificate is read (default RelayCertificate::defaultDirectory(), where the relay makes it).
    void setCertificateDirectory(const QString &directory) { m_certificateDirectory = directory; }
    void setStartMethod(StartMethod method) { m_startMethod = method; }
    void setTimeLimits(int greetingMs, int startMs);
    void setProbeLimits(const ProbeLimits &limits) { m_probeLimits = limits; }

    // A name the relay takes as a user name (RelayDevices::isValidName).
    static bool isValidName(const QString &name);

    // --- what it shows ---
    // The account the relay sends as.
    QString email() const { return m_account.email; }
    State state() const { return m_state; }
    // A step is under way (looking for, starting, adding, sending): start() and sendTest() wait for it.
    bool isBusy() const;
    // values() holds the device's values (Ready, and while and after a test): sendTest() may run.
    bool hasValues() const;
    Persistence persistence() const { return m_persistence; }
    DeviceValues values() const { return m_values; }
    // The device had a password already: the old one no longer works.
    bool replacedPassword() const { return m_replacedPassword; }
    // Why it failed (Failed, TestFailed); for Failed from the keychain, problem() instead.
    std::optional<Diagnosis> diagnosis() const { return m_diagnosis; }
    // A sentence for a failure that is no catalogue class (the keychain's words, via SecretStore::problemSentence).
    QString problem() const { return m_problem; }
    MailboxCheckReport testReport() const { return m_testReport; }
    // How long the test message took from the relay's 250 to the inbox; -1 before a passed test.
    qint64 testDeliveryMs() const;

public Q_SLOTS:
    // Checks or starts the relay and adds the device `name` (valid per isValidName). From NotStarted, Failed, or to
    // add another device once Ready.
    void start(const QString &name);
    // Sends the test message through the relay with the device's password (Ready, TestPassed, TestFailed).
    void sendTest();
    void cancel();

Q_SIGNALS:
    void stateChanged(DeviceSetup::State state);

private:
    enum class Greeting { Nothing, OurRelay, OtherRelay, OtherProgram };
    void setState(State state);
    void fail(DiagnosisId id, const QString &reply);
    void askGreeting(std::function<void(Greeting, const QString &line)> done);
    void onFirstGreeting(Greeting greeting, const QString &line);
    void startRelay();
    void startInBackground();
    void waitForRelay();
    void addDevice();
    RelayLaunch launch() const;
    void dropWork();
    // `f`, called only while the run that asked for it is still the current one (not cancelled, not failed).
    template<typename F>
    auto guarded(F f)
    {
        return [this, work = QPointer<QObject>(m_work), f = std::move(f)](auto &&...arguments) {
            if (work && work == m_work)
                f(std::forward<decltype(arguments)>(arguments)...);
        };
    }

    SecretStore *m_keychain;
    ProviderProfile m_profile;
    MailAccount m_account;
    QString m_program;
    quint16 m_port = RelayDefaultPort;
    QString m_devicesFile;
    QString m_certificateDirectory;
    StartMethod m_startMethod = StartMethod::ServiceWhereAvailable;
    int m_greetingTimeLimitMs = GreetingTimeLimitMs;
    int m_startTimeLimitMs = StartTimeLimitMs;
    ProbeLimits m_probeLimits;

    State m_state = State::NotStarted;
    Persistence m_persistence = Persistence::Unknown;
    QString m_name;
    DeviceValues m_values;
    bool m_replacedPassword = false;
    std::optional<Diagnosis> m_diagnosis;
    QString m_problem;
    MailboxCheckReport m_testReport;

    QPointer<RelayDevices> m_devices;
    QPointer<MailboxCheck> m_check;
    QTimer m_retry;
    QElapsedTimer m_sinceStart;
    QObject *m_work = nullptr;  // parent of the asynchronous steps of this run: deleting it cancels them
};
