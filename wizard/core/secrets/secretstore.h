// A place for secrets (refresh tokens) by key, behind one small asynchronous interface: the OS keychain in the
// product (KeychainSecretStore), memory in unit tests and when the user goes on without a keychain
// (MemorySecretStore). Sign-in code talks to this interface only.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QTimer;

// What became of one operation. Closed on purpose: the UI has one answer for each.
enum class SecretStatus {
    Ok,
    NotFound,     // no secret under this key (a remove of a missing key is Ok, not NotFound)
    Unavailable,  // no keychain at all: no D-Bus, no Secret Service, no backend, or no answer within the time limit
    Locked,       // the keychain is there but locked, or access was denied
    Failed,       // anything else; `detail` says what
};

struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QByteArray secret;  // only after a successful read; empty otherwise
    QString detail;     // the backend's own words, for logs and "details" views; never contains the secret
    bool timedOut = false;  // Unavailable because the keychain did not answer within the time limit (it hangs)
    int timeLimitSeconds = 0;  // that limit, when timedOut

    bool ok() const { return status == SecretStatus::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

class SecretOperation;

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    static constexpr std::chrono::milliseconds defaultTimeLimit{15000};

    explicit SecretStore(QObject *parent = nullptr);
    // Operations still running end as Failed; their callbacks still run (queued) if their context lives.
    ~SecretStore() override;

    // Each operation calls `done` exactly once, always later from the event loop (never before returning), in
    // the thread of `context`, and not at all once `context` is destroyed. A null context means the store
    // itself. An empty key fails (Failed) without reaching the backend.
    void read(const QString &key, QObject *context, SecretCallback done);
    void write(const QString &key, const QByteArray &secret, QObject *context, SecretCallback done);
    void remove(const QString &key, QObject *context, SecretCallback done);

    // Where the secrets go, in words for people ("the Secret Service keyring"); translated.
    virtual QString backendName() const = 0;
    // True when secrets outlive Mail Setup (a keychain); false for memory.
    virtual bool isPersistent() const = 0;

    // Every operation that has not answered within this limit ends as Unavailable. Zero: no limit.
    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; }
    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }

    // Operations started and not yet answered (their callbacks may still be queued).
    int pendingOperations() const;

    // A stable name for logs and tests: "ok", "not-found", "unavailable", "locked", "failed".
    static QString statusName(SecretStatus status);
    // What went wrong, in one translated sentence for people ("The keychain is locked."); the backend's words in
    // `detail` are only a technical detail next to it. Empty for Ok.
    static QString problemSentence(const SecretResult &result);

protected:
    // Starts the operation in the backend. The backend answers through operation->finish(), at any time, even
    // synchronously; the store delivers the answer queued. The operation is a child of the store: connect
    // backend signals with the operation as context, so nothing reaches an operation that is gone.
    virtual void start(SecretOperation *operation) = 0;

private:
    void begin(Operation operation, const QString &key, const QByteArray &secret, QObject *context,
               SecretCallback done);

    std::chrono::milliseconds m_timeLimit = defaultTimeLimit;
};

// One running read, write or remove. Made by SecretStore, answered by its backend.
class SecretOperation : public QObject
{
    Q_OBJECT
public:
    SecretStore::Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    QByteArray secret() const { return m_secret; }  // what to write; empty for read and remove
    bool isFinished() const { return m_finished; }

    // The first answer wins; later ones (a backend answering after the time limit) are dropped. The detail is
    // cleaned of the secret, and the secret is dropped from anything but a successful read.
    void finish(SecretResult result);

private:
    friend class SecretStore;
    SecretOperation(SecretStore::Operation operation, const QString &key, const QByteArray &secret,
                    QObject *context, SecretCallback done, SecretStore *store);

    SecretStore::Operation m_operation;
    QString m_key;
    QByteArray m_secret;
    QPointer<QObject> m_context;
    SecretCallback m_done;
    QTimer *m_timer = nullptr;
    bool m_finished = false;
};
