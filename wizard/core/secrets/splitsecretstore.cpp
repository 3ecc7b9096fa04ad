#include "wizard/core/secrets/splitsecretstore.h"

#include <QCryptographicHash>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Starts with a control character no token has, so an ordinary secret is never taken for a header.
constexpr char headerMagic[] = "\x1fmailsetup-split:1:";
constexpr int maximumParts = 64;  // 160 kB: far more than any token; a header claiming more is damaged

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

// One operation of the split store, run as a chain of backend operations. Every step checks that the outer
// operation is still waiting (its time limit may have ended it); callbacks reach the job through the operation
// as context, so nothing runs once the operation is gone.
class SplitSecretStore::Job
{
public:
    Job(SplitSecretStore *store, SecretOperation *operation)
        : m_store(store)
        , m_operation(operation)
    {
    }

    static void run(SplitSecretStore *store, SecretOperation *operation)
    {
        auto job = std::make_shared<Job>(store, operation);
        job->m_selfRef = job;
        // Every operation starts by reading what is there: a write and a removal must know of old parts.
        job->backend()->read(operation->key(), operation, [job](const SecretResult &result) {
            job->afterFirstRead(result);
        });
    }

private:
    SecretStore *backend() const { return m_store->m_backend; }
    bool gone() const { return !m_operation || m_operation->isFinished(); }
    void finish(SecretResult result)
    {
        if (!gone())
            m_operation->finish(std::move(result));
    }

    void afterFirstRead(const SecretResult &result)
    {
        if (gone())
            return;
        const bool found = result.ok();
        if (!found && result.status != SecretStatus::NotFound) {
            finish(result);
            return;
        }
        m_oldParts = found ? SplitSecretStore::partsInHeader(result.secret, &m_digest, &m_oldGeneration) : 0;
        switch (m_operation->operation()) {
        case Operation::Read:
            if (!found || m_oldParts == 0) {
                finish(result);
                return;
            }
            readPart(1);
            return;
        case Operation::Write:
            write();
            return;
        case Operation::Remove:
            removeParts(1, m_oldParts, [this] { removeKey(); });
            return;
        }
    }

    void readPart(int index)
    {
        auto self = shared();
        backend()->read(SplitSecretStore::partKey(m_operation->key(), m_oldGeneration, index), m_operation,
                        [self, index](const SecretResult &result) {
                            if (self->gone())
                                return;
                            if (result.status == SecretStatus::NotFound) {
                                self->finish({SecretStatus::NotFound, {},
                                              tr("A part of the saved secret is missing from the keychain.")});
                                return;
                            }
                            if (!result.ok()) {
                                self->finish(result);
                                return;
                            }
                            self->m_whole.append(result.secret);
                            if (index < self->m_oldParts) {
                                self->readPart(index + 1);
                                return;
                            }
                            if (sha256Hex(self->m_whole) != self->m_digest) {
                                self->m_whole.fill('\0');
                                self->finish({SecretStatus::NotFound, {},
                                              tr("The parts of the saved secret in the keychain do not fit "
                                                 "together.")});
                                return;
                            }
                            SecretResult whole{SecretStatus::Ok, self->m_whole, {}};
                            self->m_whole.fill('\0');
                            self->finish(std::move(whole));
                        });
    }

    void write()
    {
        const QByteArray secret = m_operation->secret();
        const int partBytes = m_store->m_partBytes;
        if (secret.size() <= partBytes) {
            writeThen(m_operation->key(), secret, [this] { removeOldParts(); });
            return;
        }
        const int parts = int((secret.size() + partBytes - 1) / partBytes);
        if (parts > maximumParts) {
            finish({SecretStatus::Failed, {}, tr("The secret is too large for the keychain.")});
            return;
        }
        writePart(1, parts);
    }

    void writePart(int index, int parts)
    {
        const QByteArray secret = m_operation->secret();
        const int partBytes = m_store->m_partBytes;
        const QByteArray part = secret.mid(qsizetype(index - 1) * partBytes, partBytes);
        writeThen(SplitSecretStore::partKey(m_operation->key(), newGeneration(), index), part, [this, index, parts] {
            if (index < parts) {
                writePart(index + 1, parts);
                return;
            }
            // The header last: until it is written, a reader finds the old secret whole.
            writeThen(m_operation->key(), SplitSecretStore::header(m_operation->secret(), parts, newGeneration()),
                      [this] { removeOldParts(); });
        });
    }

    void writeThen(const QString &key, const QByteArray &secret, std::function<void()> next)
    {
        auto self = shared();
        backend()->write(key, secret, m_operation, [self, next = std::move(next)](const SecretResult &result) {
            if (self->gone())
                return;
            if (!result.ok()) {
                self->finish(result);
                return;
            }
            next();
        });
    }

    void removeOldParts()
    {
        // The old secret's parts (another generation than the new ones) are of no use now; a failure to remove
        // them loses nothing.
        removeParts(1, m_oldParts, [this] { finish({SecretStatus::Ok, {}, {}}); });
    }

    void removeParts(int from, int to, std::function<void()> next)
    {
        if (from > to) {
            next();
            return;
        }
        auto self = shared();
        backend()->remove(SplitSecretStore::partKey(m_operation->key(), m_oldGeneration, from), m_operation,
                          [self, from, to, next = std::move(next)](const SecretResult &) mutable {
                              if (self->gone())
                                  return;
                              self->removeParts(from + 1, to, std::move(next));
                          });
    }

    void removeKey()
    {
        auto self = shared();
        backend()->remove(m_operation->key(), m_operation, [self](const SecretResult &result) {
            self->finish(result);
        });
    }

    // The job lives as long as a callback of its backend holds it; each step runs inside such a callback.
    std::shared_ptr<Job> shared() { return m_selfRef.lock(); }

    friend class SplitSecretStore;
    SplitSecretStore *m_store;
    QPointer<SecretOperation> m_operation;
    std::weak_ptr<Job> m_selfRef;
    // New parts go under the other generation, so the old secret stays whole until the new header replaces it.
    int newGeneration() const { return m_oldGeneration == 1 ? 2 : 1; }

    int m_oldParts = 0;
    int m_oldGeneration = 0;
    QByteArray m_digest;
    QByteArray m_whole;
};

SplitSecretStore::SplitSecretStore(SecretStore *backend, int partBytes, QObject *parent)
    : SecretStore(parent)
    , m_backend(backend)
    , m_partBytes(qMax(partBytes, 256))
{
    m_backend->setParent(this);
}

QString SplitSecretStore::partKey(const QString &key, int generation, int index)
{
    return key + u"/part-"_s + QString::number(generation) + u'-' + QString::number(index);
}

QByteArray SplitSecretStore::header(const QByteArray &whole, int parts, int generation)
{
    return QByteArray(headerMagic) + QByteArray::number(generation) + ':' + QByteArray::number(parts) + ':'
        + sha256Hex(whole);
}

int SplitSecretStore::partsInHeader(const QByteArray &stored, QByteArray *sha256HexOut, int *generationOut)
{
    if (!stored.startsWith(headerMagic))
        return 0;
    const QList<QByteArray> fields = stored.mid(qsizetype(sizeof headerMagic) - 1).split(':');
    if (fields.size() != 3 || fields.at(2).size() != 64)
        return 0;
    bool generationOk = false;
    bool partsOk = false;
    const int generation = fields.at(0).toInt(&generationOk);
    const int parts = fields.at(1).toInt(&partsOk);
    if (!generationOk || (generation != 1 && generation != 2) || !partsOk || parts < 2 || parts > maximumParts)
        return 0;
    if (sha256HexOut)
        *sha256HexOut = fields.at(2);
    if (generationOut)
        *generationOut = generation;
    return parts;
}

void SplitSecretStore::start(SecretOperation *operation)
{
    Job::run(this, operation);
}
