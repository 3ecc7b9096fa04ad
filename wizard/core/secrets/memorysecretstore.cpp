#include "wizard/core/secrets/memorysecretstore.h"

#include <QTimer>

#include <algorithm>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore()
{
    // Best effort: overwrite the bytes this store holds alone (copies handed out are their holders' business).
    for (QByteArray &secret : m_secrets)
        std::fill(secret.begin(), secret.end(), '\0');
}

QString MemorySecretStore::backendName() const
{
    return tr("memory only, until Mail Setup closes");
}

void MemorySecretStore::setFailure(SecretStatus status, const QString &detail)
{
    m_failure = status;
    m_failureDetail = detail;
}

QStringList MemorySecretStore::keys() const
{
    QStringList keys = m_secrets.keys();
    keys.sort();
    return keys;
}

void MemorySecretStore::start(SecretOperation *operation)
{
    ++m_operationsStarted;
    if (m_silent)
        return;
    if (m_answerDelay.count() > 0) {
        // The answer is decided when it is given, as a real keychain would.
        QTimer::singleShot(m_answerDelay, operation, [this, operation] { operation->finish(answer(operation)); });
        return;
    }
    operation->finish(answer(operation));
}

SecretResult MemorySecretStore::answer(SecretOperation *operation)
{
    if (m_failure != SecretStatus::Ok)
        return {m_failure, {}, m_failureDetail};

    switch (operation->operation()) {
    case Operation::Read: {
        const auto found = m_secrets.constFind(operation->key());
        if (found == m_secrets.cend())
            return {SecretStatus::NotFound, {}, {}};
        return {SecretStatus::Ok, *found, {}};
    }
    case Operation::Write:
        if (m_writesUntilFailure > 0 && --m_writesUntilFailure == 0)
            return {SecretStatus::Failed, {}, tr("The keychain refused to store the secret.")};
        if (m_secretSizeLimit > 0 && operation->secret().size() > m_secretSizeLimit)
            return {SecretStatus::Failed, {}, tr("The secret is larger than the keychain takes.")};
        m_secrets.insert(operation->key(), operation->secret());
        return {SecretStatus::Ok, {}, {}};
    case Operation::Remove:
        if (auto found = m_secrets.find(operation->key()); found != m_secrets.end()) {
            std::fill(found->begin(), found->end(), '\0');
            m_secrets.erase(found);
        }
        return {SecretStatus::Ok, {}, {}};
    }
    return {SecretStatus::Failed, {}, {}};
}
