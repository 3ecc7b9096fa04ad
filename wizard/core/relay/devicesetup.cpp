#include "wizard/core/relay/devicesetup.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/probe/smtproute.h"
#include "wizard/core/relay/relaycertificate.h"
#include "wizard/core/relay/relaydevices.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

// What every relay says first (relaysession.cpp): "220 mailsetup-relay ESMTP Mail Setup relay for ADDRESS ready".
constexpr QLatin1StringView RelayGreeting("220 mailsetup-relay ");
constexpr QLatin1StringView RelayGreetingAccount(" relay for ");
constexpr int RetryIntervalMs = 200;

} // namespace

DeviceSetup::DeviceSetup(SecretStore *keychain, const ProviderProfile &profile, const MailAccount &account,
                         QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_profile(profile)
    , m_account(account)
    , m_program(QCoreApplication::applicationFilePath())
    , m_devicesFile(RelayDevices::defaultSettingsFile())
    , m_certificateDirectory(RelayCertificate::defaultDirectory())
{
    m_retry.setSingleShot(true);
}

DeviceSetup::~DeviceSetup()
{
    cancel();
}

void DeviceSetup::setTimeLimits(int greetingMs, int startMs)
{
    m_greetingTimeLimitMs = greetingMs;
    m_startTimeLimitMs = startMs;
}

bool DeviceSetup::isValidName(const QString &name)
{
    return RelayDevices::isValidName(name);
}

qint64 DeviceSetup::testDeliveryMs() const
{
    return m_state == State::TestPassed && m_testReport.testMessage ? m_testReport.testMessage->ms : -1;
}

bool DeviceSetup::isBusy() const
{
    return m_state == State::CheckingRelay || m_state == State::StartingRelay || m_state == State::AddingDevice
        || m_state == State::SendingTest;
}

bool DeviceSetup::hasValues() const
{
    return m_state == State::Ready || m_state == State::SendingTest || m_state == State::TestPassed
        || m_state == State::TestFailed;
}

void DeviceSetup::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeviceSetup::fail(DiagnosisId id, const QString &reply)
{
    DiagnosisContext context;
    context.kind = m_account.kind;
    context.address = m_account.email;
    context.direction = Direction::Outgoing;
    context.host = u"127.0.0.1"_s;
    context.port = m_port;
    m_diagnosis = DiagnosisCatalogue::diagnosis(id, reply, context);
    dropWork();
    setState(State::Failed);
}

void DeviceSetup::dropWork()
{
    m_retry.stop();
    m_retry.disconnect();
    // Later, not now: the step that ends the run may be running inside one of these objects' signals.
    if (m_work)
        m_work->deleteLater();
    m_work = nullptr;
}

void DeviceSetup::cancel()
{
    dropWork();
    if (m_check) {
        m_check->cancel();
        m_check->deleteLater();
    }
    m_check = nullptr;
}

RelayLaunch DeviceSetup::launch() const
{
    RelayLaunch launch;
    launch.program = m_program;
    launch.email = m_account.email;
    if (m_port != RelayDefaultPort)
        launch.listen = u"127.0.0.1:%1"_s.arg(m_port);
    return launch;
}

void DeviceSetup::start(const QString &name)
{
    if (!isValidName(name) || isBusy())
        return;
    cancel();
    m_work = new QObject(this);
    m_name = name;
    m_values = {};
    m_replacedPassword = false;
    m_diagnosis.reset();
    m_problem.clear();
    m_testReport = {};
    setState(State::CheckingRelay);
    askGreeting([this](Greeting greeting, const QString &line) { onFirstGreeting(greeting, line); });
}

void DeviceSetup::askGreeting(std::function<void(Greeting, const QString &)> done)
{
    auto *socket = new QTcpSocket(m_work);
    auto *limit = new QTimer(socket);
    limit->setSingleShot(true);
    auto finish = [socket, done = guarded(std::move(done))](Greeting greeting, const QString &line) {
        socket->disconnect();
        if (greeting == Greeting::OurRelay && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write("QUIT\r\n");
            socket->disconnectFromHost();
        } else {
            socket->abort();
        }
        socket->deleteLater();
        done(greeting, line);
    };
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, finish] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > 1024)
                finish(Greeting::OtherProgram, QString::fromLatin1(socket->readAll().left(200)).trimmed());
            return;
        }
        const QString line = QString::fromUtf8(socket->readLine(1024)).trimmed();
        if (!line.startsWith(RelayGreeting))
            return finish(Greeting::OtherProgram, line);
        const qsizetype account = line.indexOf(RelayGreetingAccount);
        const QString email = account < 0 ? QString() : line.mid(account + RelayGreetingAccount.size()).section(u' ', 0, 0);
        finish(email.compare(m_account.email, Qt::CaseInsensitive) == 0 ? Greeting::OurRelay : Greeting::OtherRelay, line);
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [finish](QAbstractSocket::SocketError) {
        finish(Greeting::Nothing, {});
    });
    // Connected but silent until the limit: something listens there that is no relay.
    connect(limit, &QTimer::timeout, socket, [socket, finish] {
        finish(socket->state() == QAbstractSocket::ConnectedState ? Greeting::OtherProgram : Greeting::Nothing, {});
    });
    limit->start(m_greetingTimeLimitMs);
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

void DeviceSetup::onFirstGreeting(Greeting greeting, const QString &line)
{
    switch (greeting) {
    case Greeting::OurRelay:
        if (RelayService::backgroundPid())
            m_persistence = Persistence::BackgroundProcess;
        else if (RelayService::isUnitInstalled())
            m_persistence = Persistence::Service;
        else
            m_persistence = Persistence::Unknown;
        return addDevice();
    case Greeting::OtherRelay:
    case Greeting::OtherProgram:
        return fail(DiagnosisId::RelayPortTaken, line);
    case Greeting::Nothing:
        return startRelay();
    }
}

void DeviceSetup::startRelay()
{
    setState(State::StartingRelay);
    if (m_startMethod == StartMethod::BackgroundProcess)
        return startInBackground();
    RelayService::findUserManager(m_work, guarded([this](bool answers) {
        if (!answers)
            return startInBackground();
        RelayService::installService(launch(), true, m_work, guarded([this](const std::optional<QString> &problem) {
            if (problem)
                return startInBackground();  // a manager that will not run the unit: the process does it
            m_persistence = Persistence::Service;
            waitForRelay();
        }));
    }));
}

void DeviceSetup::startInBackground()
{
    QString error;
    if (!RelayService::startInBackground(launch(), nullptr, &error))
        return fail(DiagnosisId::RelayNotRunning, error);
    m_persistence = Persistence::BackgroundProcess;
    waitForRelay();
}

void DeviceSetup::waitForRelay()
{
    m_sinceStart.start();
    m_retry.disconnect();
    const auto attempt = [this] {
        askGreeting([this](Greeting greeting, const QString &line) {
            if (greeting == Greeting::OurRelay)
                return addDevice();
            if (greeting == Greeting::OtherRelay || greeting == Greeting::OtherProgram)
                return fail(DiagnosisId::RelayPortTaken, line);
            // A background relay that ended says why in its log (not signed in, keychain locked, port taken). Not
            // backgroundPid(): just after the start the process may not run the relay yet (setsid still execs it).
            const bool ended = m_persistence == Persistence::BackgroundProcess && !RelayService::backgroundProcessRunning();
            if (ended || m_sinceStart.elapsed() >= m_startTimeLimitMs)
                return fail(DiagnosisId::RelayNotRunning, m_persistence == Persistence::Service
                                                              ? RelayService::journalHint()
                                                              : RelayService::logTail());
            m_retry.start(RetryIntervalMs);
        });
    };
    connect(&m_retry, &QTimer::timeout, m_work, attempt);
    attempt();
}

void DeviceSetup::addDevice()
{
    setState(State::AddingDevice);
    m_devices = new RelayDevices(m_keychain, m_devicesFile, m_work);
    m_replacedPassword = m_devices->contains(m_name);
    m_devices->add(m_name, m_work, guarded([this](const RelayDevices::AddResult &added) {
        if (added.password.isEmpty()) {
            m_problem = SecretStore::problemSentence(added.secret);
            dropWork();
            return setState(State::Failed);
        }
        QString error;
        const RelayCertificate certificate = RelayCertificate::loadOrCreate(m_certificateDirectory, &error);
        m_values.host = u"127.0.0.1"_s;
        m_values.port = m_port;
        m_values.userName = m_name;
        m_values.password = added.password;
        m_values.sender = m_account.email;
        m_values.fingerprint = certificate.isNull() ? QString() : certificate.fingerprint();
        dropWork();
        setState(State::Ready);
    }));
}

void DeviceSetup::sendTest()
{
    if (!hasValues() || isBusy())
        return;
    if (m_check)
        m_check->deleteLater();
    m_diagnosis.reset();
    SmtpRoute route;
    route.host = m_values.host;
    route.port = m_values.port;
    route.userName = m_values.userName;
    route.password = m_values.password;
    // The relay offers STARTTLS only with its certificate; without one, loopback is where it takes a password plain.
    route.requireStartTls = !m_values.fingerprint.isEmpty();
    route.pinnedSha256 = m_values.fingerprint;
    m_check = new MailboxCheck(m_profile, m_account, this);
    m_check->setLimits(m_probeLimits);
    m_check->setSendTestMessage(true);
    m_check->setSmtpRoute(route);
    connect(m_check, &MailboxCheck::finished, this, [this](const MailboxCheckReport &report) {
        m_testReport = report;
        m_check->deleteLater();
        if (report.ok())
            return setState(State::TestPassed);
        if (report.smtp.diagnosis)
            m_diagnosis = report.smtp.diagnosis;
        else if (report.imap.diagnosis)
            m_diagnosis = report.imap.diagnosis;
        else
            m_diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::TestMessageMissing, {},
                                                        DiagnosisContext{ .kind = m_account.kind, .address = m_account.email });
        setState(State::TestFailed);
    });
    setState(State::SendingTest);
    m_check->start();
}
