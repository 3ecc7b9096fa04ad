#include "wizard/core/probe/mailprobe.h"

#include "wizard/core/diagnosis/diagnosiscatalogue.h"
#include "wizard/core/probe/xoauth2.h"
#include "wizard/core/provider/emailaddress.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

MailProbe::MailProbe(const ServerAddress &server, const QList<QSslCertificate> &extraCa, const MailAccount &account,
                     const ProbeLimits &limits, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_account(account)
    , m_limits(limits)
    , m_connection(new LineConnection(limits, this))
{
    m_connection->setExtraCaCertificates(extraCa);
    m_redactor.addSecret(account.accessToken);
    m_redactor.addEncodedForm(QString::fromLatin1(Xoauth2::initialResponse(account.email, account.accessToken)));
    m_connection->setRedactor(m_redactor);
    m_result.server = u"%1:%2"_s.arg(server.host).arg(server.port);

    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] {
        failStep(DiagnosisId::ResponseTimeout, {},
                 u"the whole check did not finish within %1 seconds"_s.arg(m_limits.checkTimeoutMs / 1000),
                 m_limits.checkTimeoutMs);
    });

    connect(m_connection, &LineConnection::resolved, this, [this] {
        QStringList addresses;
        for (const QHostAddress &address : m_connection->addresses())
            addresses << address.toString();
        passStep(addresses.join(", "_L1));
        beginStep(ProbeStep::Connect);
        m_connection->connectToServer(m_server.port, m_server.security == ConnectionSecurity::Tls);
    });
    connect(m_connection, &LineConnection::connected, this, [this] {
        passStep(u"%1 port %2"_s.arg(m_connection->peerAddress().toString()).arg(m_server.port));
        if (m_server.security == ConnectionSecurity::Tls) {
            beginStep(ProbeStep::TlsHandshake);
        } else {
            beginStep(ProbeStep::Greeting);
            m_connection->expectReply();
            onReady();
        }
    });
    connect(m_connection, &LineConnection::encrypted, this, [this] {
        const TlsDetails tls = m_connection->tlsDetails();
        if (m_currentStep == ProbeStep::TlsHandshake) {
            passStep(tls.summary(), tls);
            beginStep(ProbeStep::Greeting);
            m_connection->expectReply();
            onReady();
        } else {
            onEncrypted();
        }
    });
    connect(m_connection, &LineConnection::lineReceived, this, [this](const QByteArray &line) {
        if (!m_finished)
            onLine(line);
    });
    connect(m_connection, &LineConnection::failed, this, &MailProbe::onConnectionFailed);
}

MailProbe::~MailProbe() = default;

void MailProbe::addSecret(const QString &secret, const QString &encodedForm)
{
    m_redactor.addSecret(secret);
    if (!encodedForm.isEmpty())
        m_redactor.addEncodedForm(encodedForm);
    m_connection->setRedactor(m_redactor);
}

QString MailProbe::refusedInput() const
{
    // Every caller checks the address first; this is the last line before it goes into a protocol line, where a
    // CR, LF, '>' or '"' would let it write commands of its own.
    const EmailAddress checked = EmailAddress::check(m_account.email);
    if (!checked.isValid())
        return u"the address is not one EmailAddress accepts (%1)"_s
            .arg(QString::fromLatin1(QMetaEnum::fromType<EmailAddress::Problem>().valueToKey(int(checked.problem))));
    // check() ignores white space around an address; a protocol line would not.
    if (m_account.email != m_account.email.trimmed())
        return u"the address has white space around it"_s;
    return {};
}

void MailProbe::start()
{
    const QString refused = refusedInput();
    if (!refused.isEmpty()) {
        m_connection->note(u"not connecting: %1; nothing was sent"_s.arg(refused));
        m_result.diagnosis = DiagnosisCatalogue::diagnosis(DiagnosisId::InvalidAddress, {},
                                                           DiagnosisContext{ m_account.kind, {}, {}, {} });
        // From the event loop, as after a connection: a caller may start the next probe before it hears of this one.
        QMetaObject::invokeMethod(this, [this] {
            if (m_finished)
                return;  // cancelled
            m_finished = true;
            Q_EMIT finished(result());
        }, Qt::QueuedConnection);
        return;
    }
    m_checkTimer.start(m_limits.checkTimeoutMs);
    beginStep(ProbeStep::Resolve);
    m_connection->resolve(m_server.host);
}

void MailProbe::cancel()
{
    m_checkTimer.stop();
    m_finished = true;
    m_connection->abort();
}

ProbeResult MailProbe::result() const
{
    ProbeResult result = m_result;
    result.transcript = m_redactor.redact(m_connection->transcript());
    return result;
}

void MailProbe::beginStep(ProbeStep step)
{
    m_currentStep = step;
    m_lastStep = step;
    m_stepClock.start();
    Q_EMIT stepStarted(step);
}

void MailProbe::passStep(const QString &detail, const std::optional<TlsDetails> &tls)
{
    if (!m_currentStep || m_finished)
        return;
    StepResult step{ *m_currentStep, true, m_stepClock.elapsed(), redact(detail), tls };
    m_currentStep.reset();
    m_result.steps << step;
    Q_EMIT stepFinished(step);
}

void MailProbe::failStep(DiagnosisId id, const QString &reply, const QString &detail, int timeLimitMs)
{
    if (m_finished)
        return;
    const QString safeReply = redact(reply);
    // Between steps (IMAP waiting with INBOX open) the failure belongs to the step that ended last: the
    // session it opened broke, not the connection made long before.
    StepResult step{ m_currentStep.value_or(m_lastStep.value_or(ProbeStep::Connect)), false,
                     m_currentStep ? m_stepClock.elapsed() : 0,
                     redact(detail.isEmpty() ? reply : detail), std::nullopt };
    if (step.step == ProbeStep::TlsHandshake || step.step == ProbeStep::StartTls) {
        const TlsDetails tls = m_connection->tlsDetails();
        if (!tls.subject.isEmpty() || !tls.errors.isEmpty() || !tls.protocol.isEmpty())
            step.tls = tls;
    }
    m_currentStep.reset();
    m_result.steps << step;
    DiagnosisContext context;
    context.kind = m_account.kind;
    context.address = m_account.email;
    context.direction = direction();
    context.host = m_server.host;
    context.port = m_server.port;
    context.timeLimitSeconds = (timeLimitMs + 999) / 1000;
    m_result.diagnosis = DiagnosisCatalogue::diagnosis(id, safeReply, context);
    Q_EMIT stepFinished(step);
    m_connection->abort();
    m_finished = true;
    m_checkTimer.stop();
    Q_EMIT finished(result());
}

void MailProbe::failWithReply(const QString &reply, ReplyContext context, DiagnosisId fallback)
{
    const DiagnosisId recognised = ReplyClassifier::classify(reply, context);
    failStep(recognised == DiagnosisId::Unknown ? fallback : recognised, reply);
}

void MailProbe::failRefusedGreeting(const QString &reply)
{
    const DiagnosisId recognised = ReplyClassifier::classify(reply, ReplyContext::Unknown);
    failStep(recognised == DiagnosisId::Throttled ? recognised : DiagnosisId::ServerUnavailable, reply,
             u"the server turned the connection away before sign-in: %1"_s.arg(reply));
}

void MailProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_checkTimer.stop();
    m_connection->close();
    Q_EMIT finished(result());
}

void MailProbe::sayGoodbye(const QList<QByteArray> &lines, const QString &detail)
{
    if (m_finished)
        return;
    if (m_currentStep != ProbeStep::Logout)
        beginStep(ProbeStep::Logout);
    if (!lines.isEmpty())
        m_connection->sendLines(lines);
    m_connection->note(u"not waiting for the answer to the goodbye: the check has its result"_s);
    passStep(detail);
    finish();
}

void MailProbe::onConnectionFailed(ConnectionFailure failure, const QString &detail)
{
    // Hanging up instead of answering LOGOUT or QUIT is rude but harmless: the check already passed.
    if (m_currentStep == ProbeStep::Logout && failure == ConnectionFailure::ClosedByServer) {
        passStep(detail);
        finish();
        return;
    }
    int limitMs = 0;
    if (failure == ConnectionFailure::ConnectTimeout)
        limitMs = m_limits.connectTimeoutMs;
    else if (failure == ConnectionFailure::ReplyTimeout)
        limitMs = m_limits.replyTimeoutMs;
    failStep(connectionFailureClass(failure), {}, detail, limitMs);
}
