// SplitSecretStore on a store double that enforces Windows' 2,560-byte limit per entry, as Credential Manager
// does: long tokens are kept in parts and read back whole; short ones stay single entries; a longer secret
// overwritten by a shorter one leaves no parts behind; a write cut short leaves the old secret readable; missing
// or damaged parts read as NotFound with a reason; removal takes every part.
#include "wizard/core/secrets/memorysecretstore.h"
#include "wizard/core/secrets/splitsecretstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int windowsLimit = 2560;

QByteArray tokenOf(int size)
{
    QByteArray token;
    token.reserve(size);
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.*!$";
    auto *random = QRandomGenerator::global();
    while (token.size() < size)
        token.append(alphabet[random->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

// Runs one operation and waits for its single answer.
SecretResult await(const std::function<void(SecretCallback)> &operation)
{
    std::optional<SecretResult> answer;
    int answers = 0;
    operation([&](const SecretResult &result) {
        answer = result;
        ++answers;
    });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return {SecretStatus::Failed, {}, u"no answer"_s};
    QTest::qWait(0);
    if (answers != 1)
        return {SecretStatus::Failed, {}, u"answered more than once"_s};
    return *answer;
}

} // namespace

class tst_SplitSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_double = new MemorySecretStore;
        m_double->setSecretSizeLimit(windowsLimit);
        m_store = std::make_unique<SplitSecretStore>(m_double);
    }
    void cleanup() { m_store.reset(); }

    void theDoubleEnforcesTheLimit()
    {
        MemorySecretStore limited;
        limited.setSecretSizeLimit(windowsLimit);
        QCOMPARE(await([&](SecretCallback done) { limited.write(u"k"_s, tokenOf(windowsLimit), this, done); }).status,
                 SecretStatus::Ok);
        QCOMPARE(await([&](SecretCallback done) { limited.write(u"k"_s, tokenOf(windowsLimit + 1), this, done); })
                     .status,
                 SecretStatus::Failed);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("entries");
        QTest::newRow("short") << 1400 << 1;
        QTest::newRow("exactly the limit") << windowsLimit << 1;
        QTest::newRow("one byte over") << windowsLimit + 1 << 3;
        QTest::newRow("work account, 6 kB") << 6000 << 4;
        QTest::newRow("three parts exactly") << 3 * windowsLimit << 4;
    }
    void roundTrip()
    {
        QFETCH(int, size);
        QFETCH(int, entries);
        const QByteArray secret = tokenOf(size);
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"refresh-token/a"_s, secret, this, done); }).ok());
        QCOMPARE(m_double->keys().size(), entries);
        for (const QString &key : m_double->keys())
            QVERIFY2(m_double->secret(key).size() <= windowsLimit, qPrintable(key));
        const SecretResult read =
            await([&](SecretCallback done) { m_store->read(u"refresh-token/a"_s, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret, secret);
    }

    void shorterSecretLeavesNoParts()
    {
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(9000), this, done); }).ok());
        QCOMPARE(m_double->keys().size(), 5);
        const QByteArray shorter = tokenOf(100);
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, shorter, this, done); }).ok());
        QCOMPARE(m_double->keys(), QStringList{u"k"_s});
        QCOMPARE(await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); }).secret, shorter);
    }

    void writeCutShortKeepsTheOldSecret()
    {
        const QByteArray old = tokenOf(3000);
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, old, this, done); }).ok());
        // The new secret has four parts and a header; the third write fails.
        m_double->failWriteAfter(3);
        const SecretResult cut =
            await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(9000), this, done); });
        QCOMPARE(cut.status, SecretStatus::Failed);
        // The new parts went under the other generation: the old header and parts still stand, whole.
        const SecretResult read = await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret, old);
        // The next write that succeeds replaces it and leaves only its own entries.
        const QByteArray next = tokenOf(5200);
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, next, this, done); }).ok());
        QCOMPARE(await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); }).secret, next);
        QCOMPARE(m_double->keys().size(), 4 + 0);
    }

    void missingPartReadsAsNotFound()
    {
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(6000), this, done); }).ok());
        QVERIFY(await([&](SecretCallback done) {
                    m_double->remove(SplitSecretStore::partKey(u"k"_s, 1, 2), this, done);
                }).ok());
        const SecretResult read = await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); });
        QCOMPARE(read.status, SecretStatus::NotFound);
        QVERIFY(!read.detail.isEmpty());
        QVERIFY(read.secret.isEmpty());
    }

    void damagedPartReadsAsNotFound()
    {
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(6000), this, done); }).ok());
        QVERIFY(await([&](SecretCallback done) {
                    m_double->write(SplitSecretStore::partKey(u"k"_s, 1, 1), tokenOf(windowsLimit), this, done);
                }).ok());
        const SecretResult read = await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); });
        QCOMPARE(read.status, SecretStatus::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void removeTakesEveryPart()
    {
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(8000), this, done); }).ok());
        QVERIFY(await([&](SecretCallback done) { m_store->write(u"other"_s, tokenOf(10), this, done); }).ok());
        QVERIFY(await([&](SecretCallback done) { m_store->remove(u"k"_s, this, done); }).ok());
        QCOMPARE(m_double->keys(), QStringList{u"other"_s});
        QCOMPARE(await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); }).status,
                 SecretStatus::NotFound);
    }

    void ordinarySecretIsNeverTakenForAHeader()
    {
        QCOMPARE(SplitSecretStore::partsInHeader("M.C507_BAY.0.U.-Cr1sTaL"_ba), 0);
        const QByteArray whole = tokenOf(5000);
        QByteArray digest;
        int generation = 0;
        QCOMPARE(SplitSecretStore::partsInHeader(SplitSecretStore::header(whole, 2, 2), &digest, &generation), 2);
        QCOMPARE(digest.size(), 64);
        QCOMPARE(generation, 2);
        QCOMPARE(SplitSecretStore::partsInHeader(SplitSecretStore::header(whole, 999, 1)), 0);
        QCOMPARE(SplitSecretStore::partsInHeader(SplitSecretStore::header(whole, 3, 7)), 0);
    }

    void lockedBackendPassesItsAnswerOn()
    {
        m_double->setFailure(SecretStatus::Locked, u"collection is locked"_s);
        QCOMPARE(await([&](SecretCallback done) { m_store->write(u"k"_s, tokenOf(6000), this, done); }).status,
                 SecretStatus::Locked);
        QCOMPARE(await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); }).status, SecretStatus::Locked);
    }

    void hungBackendEndsWithinTheWholeLimit()
    {
        m_double->setSilent(true);
        m_store->setTimeLimit(300ms);
        const SecretResult result = await([&](SecretCallback done) { m_store->read(u"k"_s, this, done); });
        QCOMPARE(result.status, SecretStatus::Unavailable);
        QVERIFY(result.timedOut);
    }

    void secretNeverInADetail()
    {
        const QByteArray secret = tokenOf(6000);
        m_double->failWriteAfter(2);
        const SecretResult result =
            await([&](SecretCallback done) { m_store->write(u"k"_s, secret, this, done); });
        QVERIFY(!result.detail.contains(QString::fromLatin1(secret.left(40))));
        QVERIFY(result.secret.isEmpty());
    }

private:
    MemorySecretStore *m_double = nullptr;
    std::unique_ptr<SplitSecretStore> m_store;
};

QTEST_GUILESS_MAIN(tst_SplitSecretStore)
#include "tst_splitsecretstore.moc"
