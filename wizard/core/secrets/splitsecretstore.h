// Secrets larger than the keychain takes, kept in parts. Windows' Credential Manager holds at most 2,560 bytes per
// entry (CRED_MAX_CREDENTIAL_BLOB_SIZE), and Microsoft's tokens can be longer. This store sits in front of another
// one: a secret that fits goes in as it is; a longer one goes in as parts under "<key>/part-<generation>-<i>",
// then a small header under the key itself that names the generation, the number of parts and the SHA-256 of the
// whole. New parts go under the other generation (1 or 2) and the header is written last, so a write cut short
// leaves the old secret readable, never half of a new one; the old generation's parts are removed afterwards. A
// read whose parts are missing or do not add up answers NotFound (sign in again) and says why.
#pragma once

#include "wizard/core/secrets/secretstore.h"

class SplitSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // What every keychain of every platform takes: Windows' limit, applied everywhere so that one behaviour is
    // tested on every machine.
    static constexpr int defaultPartBytes = 2560;

    // Takes `backend` over (it becomes a child). The backend's own time limit still applies to each part; this
    // store's limit applies to the whole operation.
    explicit SplitSecretStore(SecretStore *backend, int partBytes = defaultPartBytes, QObject *parent = nullptr);

    QString backendName() const override { return m_backend->backendName(); }
    bool isPersistent() const override { return m_backend->isPersistent(); }
    SecretStore *backend() const { return m_backend; }
    int partBytes() const { return m_partBytes; }

    // The key of part `index` (1-based) of generation `generation` (1 or 2) of the secret under `key`.
    static QString partKey(const QString &key, int generation, int index);
    // The header that stands for `whole` kept in `parts` parts of `generation`; and back: the part count (with
    // digest and generation), or 0 when `stored` is not a header (an ordinary secret).
    static QByteArray header(const QByteArray &whole, int parts, int generation);
    static int partsInHeader(const QByteArray &stored, QByteArray *sha256Hex = nullptr, int *generation = nullptr);

protected:
    void start(SecretOperation *operation) override;

private:
    class Job;

    SecretStore *m_backend;
    int m_partBytes;
};
