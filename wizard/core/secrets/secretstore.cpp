#include "wizard/core/secrets/secretstore.h"

#include "wizard/core/secrets/secretredactor.h"

#include <QTimer>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore()
{
    // The backend is gone already (its destructor ran); what it had not answered can never be answered now.
    const QList<SecretOperation *> operations = findChildren<SecretOperation *>(Qt::FindDirectChildrenOnly);
    for (SecretOperation *operation : operations) {
        if (!operation->isFinished())
            operation->finish({SecretStatus::Failed, {}, tr("Mail Setup closed the keychain before it answered.")});
    }
}

void SecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    begin(Operation::Read, key, {}, context, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, SecretCallback done)
{
    begin(Operation::Write, key, secret, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    begin(Operation::Remove, key, {}, context, std::move(done));
}

int SecretStore::pendingOperations() const
{
    int count = 0;
    const QList<SecretOperation *> operations = findChildren<SecretOperation *>(Qt::FindDirectChildrenOnly);
    for (const SecretOperation *operation : operations) {
        if (!operation->isFinished())
            ++count;
    }
    return count;
}

QString SecretStore::statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return u"ok"_s;
    case SecretStatus::NotFound:
        return u"not-found"_s;
    case SecretStatus::Unavailable:
        return u"unavailable"_s;
    case SecretStatus::Locked:
        return u"locked"_s;
    case SecretStatus::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString SecretStore::problemSentence(const SecretResult &result)
{
    switch (result.status) {
    case SecretStatus::Ok:
        return {};
    case SecretStatus::NotFound:
        return tr("The keychain holds no such secret.");
    case SecretStatus::Unavailable:
        if (result.timedOut)
            return tr("The keychain did not answer within %n second(s).", nullptr, result.timeLimitSeconds);
        return tr("No keychain is available on this computer.");
    case SecretStatus::Locked:
        return tr("The keychain is locked.");
    case SecretStatus::Failed:
        break;
    }
    return tr("The keychain did not do what Mail Setup asked.");
}

void SecretStore::begin(Operation operation, const QString &key, const QByteArray &secret, QObject *context,
                        SecretCallback done)
{
    auto *pending = new SecretOperation(operation, key, secret, context ? context : this, std::move(done), this);
    if (key.isEmpty()) {
        pending->finish({SecretStatus::Failed, {}, tr("No key was given for the secret.")});
        return;
    }
    if (m_timeLimit.count() > 0) {
        const qint64 seconds = std::chrono::ceil<std::chrono::seconds>(m_timeLimit).count();
        QObject::connect(pending->m_timer, &QTimer::timeout, pending, [pending, seconds] {
            pending->finish({SecretStatus::Unavailable, {},
                             tr("The keychain did not answer within %n second(s).", nullptr, int(seconds)), true,
                             int(seconds)});
        });
        pending->m_timer->start(m_timeLimit);
    }
    start(pending);
}

SecretOperation::SecretOperation(SecretStore::Operation operation, const QString &key, const QByteArray &secret,
                                 QObject *context, SecretCallback done, SecretStore *store)
    : QObject(store)
    , m_operation(operation)
    , m_key(key)
    , m_secret(secret)
    , m_context(context)
    , m_done(std::move(done))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

void SecretOperation::finish(SecretResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();

    // Whatever secret this operation has seen (the one to write, or one a backend returned along with an
    // error) must not travel on inside the detail.
    SecretRedactor redactor;
    for (const QByteArray &seen : {m_secret, result.secret}) {
        if (seen.isEmpty())
            continue;
        redactor.addSecret(QString::fromUtf8(seen));
        redactor.addEncodedForm(QString::fromLatin1(seen.toBase64()));
    }
    result.detail = redactor.redact(result.detail);
    if (!(m_operation == SecretStore::Operation::Read && result.status == SecretStatus::Ok))
        result.secret.clear();
    // The secret is not needed any more; do not keep a copy alive longer than the operation.
    m_secret.clear();

    // Queued on the context: never before read()/write()/remove() returned, and dropped by Qt together with
    // the context if the context is destroyed before the event loop gets to it.
    if (m_context && m_done) {
        QMetaObject::invokeMethod(
            m_context.data(), [done = std::move(m_done), result = std::move(result)] { done(result); },
            Qt::QueuedConnection);
    }
    m_done = nullptr;
    deleteLater();
}
