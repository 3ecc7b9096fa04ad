// Secrets in memory, gone when Mail Setup closes. The product uses it when the user chooses to go on without a
// keychain; unit tests use it everywhere, with hooks that play a locked, missing or slow keychain.
#pragma once

#include "wizard/core/secrets/secretstore.h"

#include <QHash>
#include <QStringList>

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QString backendName() const override;
    bool isPersistent() const override { return false; }

    // Test hooks. A failure other than Ok answers every later operation with that status (and `detail`),
    // leaving the stored secrets alone; Ok clears it.
    void setFailure(SecretStatus status, const QString &detail = {});
    // Answers after this delay instead of at once (a slow keychain).
    void setAnswerDelay(std::chrono::milliseconds delay) { m_answerDelay = delay; }
    // Never answers at all (a keychain that hangs): only the time limit ends the operations.
    void setSilent(bool silent) { m_silent = silent; }
    // Refuses (Failed) any write of more than this many bytes, as Windows' Credential Manager refuses a blob over
    // 2,560 bytes; zero: no limit.
    void setSecretSizeLimit(int bytes) { m_secretSizeLimit = bytes; }
    // Makes the write of the `count`-th write from now fail (Failed); zero: none. For writes cut short.
    void failWriteAfter(int count) { m_writesUntilFailure = count; }

    // What is stored, for tests.
    QStringList keys() const;
    // Forgets every secret (tokens held until saved are dropped).
    void clear() { m_secrets.clear(); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    // The secret under `key`, at once (the store is in this process); empty when there is none.
    QByteArray secret(const QString &key) const { return m_secrets.value(key); }
    int operationsStarted() const { return m_operationsStarted; }

protected:
    void start(SecretOperation *operation) override;

private:
    SecretResult answer(SecretOperation *operation);

    QHash<QString, QByteArray> m_secrets;
    SecretStatus m_failure = SecretStatus::Ok;
    QString m_failureDetail;
    std::chrono::milliseconds m_answerDelay{0};
    bool m_silent = false;
    int m_secretSizeLimit = 0;
    int m_writesUntilFailure = 0;
    int m_operationsStarted = 0;
};
