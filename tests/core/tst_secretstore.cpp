// The SecretStore contract, on the in-memory store: every callback runs exactly once, always queued, never for a
// destroyed context, and every operation ends within the time limit. The QtKeychain store's error mapping is
// tested as the pure function it is; the real keychain is tests/integration/tst_keychainstore.cpp.
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/core/secrets/memorysecretstore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SecretStatus)

namespace {

// A realistic refresh token: long, opaque, and unlike anything else in the test.
const QByteArray token = "M.C507_BAY.0.U.-Cr1sTaLcLeAr7oKeN!Xb2mE9wQ4zR8tY6uI0oP3aS5dF7gH9jK1lZ2xC4vB6nM8q*WqR7$"_ba;

// Records every answer an operation gives.
struct Answers {
    QList<SecretResult> results;
    SecretCallback callback()
    {
        return [this](const SecretResult &result) { results << result; };
    }
    int count() const { return int(results.size()); }
    SecretResult last() const { return results.isEmpty() ? SecretResult{} : results.last(); }
};

// Runs one more operation on `store` and waits for it. The store answers in order, so once this one is in,
// any duplicate or late answer of an earlier operation would have arrived too.
void flush(SecretStore &store)
{
    QObject context;
    bool answered = false;
    store.read(u"flush/marker"_s, &context, [&answered](const SecretResult &) { answered = true; });
    QTRY_VERIFY(answered);
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void writeReadRemove();
    void readOfMissingKeyIsNotFound();
    void removeOfMissingKeyIsOk();
    void emptyKeyFails();
    void overwriteReplaces();
    void binarySecretsRoundTrip();
    void callbackIsQueuedNeverSynchronous();
    void callbackRunsExactlyOnce();
    void destroyedContextGetsNoCallback();
    void contextDestroyedWhileSlowAnswerPending();
    void nullContextUsesTheStore();
    void slowAnswerWithinLimitArrives();
    void silentBackendIsUnavailableAfterTimeLimit();
    void lateAnswerAfterTimeLimitIsDropped();
    void zeroTimeLimitMeansNoLimit();
    void defaultTimeLimitIsFifteenSeconds();
    void simulatedFailures_data();
    void simulatedFailures();
    void detailNeverCarriesTheSecret();
    void onlySuccessfulReadsCarryASecret();
    void destroyingTheStoreAnswersPendingOperations();
    void memoryBackendName();
    void problemSentences();
    void statusNames();

    void keychainErrorMapping_data();
    void keychainErrorMapping();
    void keychainStoreNames();

private:
    std::unique_ptr<MemorySecretStore> m_store;
    MemorySecretStore &store();
};

MemorySecretStore &tst_SecretStore::store()
{
    if (!m_store)
        m_store = std::make_unique<MemorySecretStore>();
    return *m_store;
}

void tst_SecretStore::cleanup()
{
    // Leak check: no operation may outlive its test. Answered ones are deleted later: let that happen.
    if (m_store) {
        QTRY_COMPARE(m_store->pendingOperations(), 0);
        QTRY_VERIFY(m_store->findChildren<SecretOperation *>().isEmpty());
    }
    m_store.reset();
}

void tst_SecretStore::writeReadRemove()
{
    QObject context;
    Answers write, read, remove, readAgain;
    store().write(u"refresh-token/abc"_s, token, &context, write.callback());
    QTRY_COMPARE(write.count(), 1);
    QCOMPARE(write.last().status, SecretStatus::Ok);
    QVERIFY(store().contains(u"refresh-token/abc"_s));

    store().read(u"refresh-token/abc"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::Ok);
    QCOMPARE(read.last().secret, token);
    QVERIFY(read.last().ok());

    store().remove(u"refresh-token/abc"_s, &context, remove.callback());
    QTRY_COMPARE(remove.count(), 1);
    QCOMPARE(remove.last().status, SecretStatus::Ok);
    QVERIFY(store().keys().isEmpty());

    store().read(u"refresh-token/abc"_s, &context, readAgain.callback());
    QTRY_COMPARE(readAgain.count(), 1);
    QCOMPARE(readAgain.last().status, SecretStatus::NotFound);
    QVERIFY(readAgain.last().secret.isEmpty());
}

void tst_SecretStore::readOfMissingKeyIsNotFound()
{
    QObject context;
    Answers read;
    store().read(u"refresh-token/nobody"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::NotFound);
    QVERIFY(!read.last().ok());
}

void tst_SecretStore::removeOfMissingKeyIsOk()
{
    QObject context;
    Answers remove;
    store().remove(u"refresh-token/nobody"_s, &context, remove.callback());
    QTRY_COMPARE(remove.count(), 1);
    QCOMPARE(remove.last().status, SecretStatus::Ok);
}

void tst_SecretStore::emptyKeyFails()
{
    QObject context;
    Answers read, write, remove;
    store().read(QString(), &context, read.callback());
    store().write(QString(), token, &context, write.callback());
    store().remove(QString(), &context, remove.callback());
    QCOMPARE(read.count(), 0);  // even a refusal is answered later
    QTRY_COMPARE(remove.count(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(write.count(), 1);
    for (const Answers *answers : {&read, &write, &remove}) {
        QCOMPARE(answers->last().status, SecretStatus::Failed);
        QVERIFY(!answers->last().detail.isEmpty());
    }
    QCOMPARE(store().operationsStarted(), 0);  // never reached the backend
    QVERIFY(store().keys().isEmpty());
}

void tst_SecretStore::overwriteReplaces()
{
    QObject context;
    Answers first, second, read;
    store().write(u"k"_s, "first-secret-value"_ba, &context, first.callback());
    store().write(u"k"_s, "second-secret-value"_ba, &context, second.callback());
    store().read(u"k"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().secret, "second-secret-value"_ba);
    QCOMPARE(store().keys(), QStringList{u"k"_s});
}

void tst_SecretStore::binarySecretsRoundTrip()
{
    QObject context;
    const QByteArray binary("\x00\x01\xff\xfe token \x00 with nulls", 24);
    Answers write, read;
    store().write(u"binary"_s, binary, &context, write.callback());
    store().read(u"binary"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().secret, binary);
}

void tst_SecretStore::callbackIsQueuedNeverSynchronous()
{
    // The memory store answers its backend call synchronously; the caller must still only hear from it later.
    QObject context;
    Answers read, write, remove;
    store().write(u"k"_s, token, &context, write.callback());
    QCOMPARE(write.count(), 0);
    store().read(u"k"_s, &context, read.callback());
    QCOMPARE(read.count(), 0);
    store().remove(u"k"_s, &context, remove.callback());
    QCOMPARE(remove.count(), 0);
    QTRY_COMPARE(remove.count(), 1);
    // In the order they were started.
    QCOMPARE(write.count(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.last().secret, token);
}

void tst_SecretStore::callbackRunsExactlyOnce()
{
    QObject context;
    Answers read;
    store().setAnswerDelay(5ms);
    store().read(u"k"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    flush(store());
    QCOMPARE(read.count(), 1);
}

void tst_SecretStore::destroyedContextGetsNoCallback()
{
    auto *context = new QObject;
    Answers read, write;
    store().write(u"k"_s, token, context, write.callback());
    store().read(u"k"_s, context, read.callback());
    delete context;  // the answers are queued already; they must die with it
    flush(store());
    QCOMPARE(write.count(), 0);
    QCOMPARE(read.count(), 0);
    // The write itself was not undone: only its report was dropped.
    QVERIFY(store().contains(u"k"_s));
}

void tst_SecretStore::contextDestroyedWhileSlowAnswerPending()
{
    auto *context = new QObject;
    Answers read;
    store().setAnswerDelay(20ms);
    store().read(u"k"_s, context, read.callback());
    QCOMPARE(store().pendingOperations(), 1);
    delete context;
    QTRY_COMPARE(store().pendingOperations(), 0);  // the backend has answered...
    store().setAnswerDelay(0ms);
    flush(store());                                // ...and anything it queued would be in by now
    QCOMPARE(read.count(), 0);
}

void tst_SecretStore::nullContextUsesTheStore()
{
    Answers read;
    store().read(u"k"_s, nullptr, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::NotFound);

    // Gone with the store when there is no other context.
    Answers lost;
    auto other = std::make_unique<MemorySecretStore>();
    other->read(u"k"_s, nullptr, lost.callback());
    other.reset();
    flush(store());
    QCOMPARE(lost.count(), 0);
}

void tst_SecretStore::slowAnswerWithinLimitArrives()
{
    QObject context;
    Answers read;
    store().setTimeLimit(5s);
    store().setAnswerDelay(30ms);
    QElapsedTimer clock;
    clock.start();
    store().read(u"k"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::NotFound);
    QVERIFY(clock.elapsed() >= 25);
}

void tst_SecretStore::silentBackendIsUnavailableAfterTimeLimit()
{
    QObject context;
    Answers read, write, remove;
    store().setSilent(true);
    store().setTimeLimit(50ms);
    QElapsedTimer clock;
    clock.start();
    store().read(u"k"_s, &context, read.callback());
    store().write(u"k"_s, token, &context, write.callback());
    store().remove(u"k"_s, &context, remove.callback());
    QTRY_COMPARE(remove.count(), 1);
    QVERIFY2(clock.elapsed() >= 45, qPrintable(QString::number(clock.elapsed())));
    for (const Answers *answers : {&read, &write, &remove}) {
        QCOMPARE(answers->count(), 1);
        QCOMPARE(answers->last().status, SecretStatus::Unavailable);
        QVERIFY(answers->last().detail.contains(u"did not answer"_s));
        // A keychain that hangs is told from one that is not there: the words differ.
        QVERIFY(answers->last().timedOut);
        QCOMPARE(answers->last().timeLimitSeconds, 1);
        QVERIFY(SecretStore::problemSentence(answers->last()).contains(u"did not answer"_s));
    }
    QCOMPARE(store().pendingOperations(), 0);
}

void tst_SecretStore::lateAnswerAfterTimeLimitIsDropped()
{
    QObject context;
    Answers read;
    store().setTimeLimit(20ms);
    store().setAnswerDelay(60ms);
    store().read(u"k"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::Unavailable);

    // The operation is gone once answered, so the backend's late answer has nobody to reach.
    store().setTimeLimit(5s);
    flush(store());  // 60 ms too, started after: by then the late answer would have come
    QCOMPARE(read.count(), 1);
}

void tst_SecretStore::zeroTimeLimitMeansNoLimit()
{
    QObject context;
    Answers read;
    store().setTimeLimit(0ms);
    store().setAnswerDelay(40ms);
    store().read(u"k"_s, &context, read.callback());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::NotFound);
}

void tst_SecretStore::defaultTimeLimitIsFifteenSeconds()
{
    QCOMPARE(store().timeLimit(), std::chrono::milliseconds(15000));
    QCOMPARE(SecretStore::defaultTimeLimit, std::chrono::milliseconds(15000));
    KeychainSecretStore keychain;
    QCOMPARE(keychain.timeLimit(), SecretStore::defaultTimeLimit);
}

void tst_SecretStore::simulatedFailures_data()
{
    QTest::addColumn<SecretStatus>("failure");
    QTest::newRow("unavailable") << SecretStatus::Unavailable;
    QTest::newRow("locked") << SecretStatus::Locked;
    QTest::newRow("failed") << SecretStatus::Failed;
}

void tst_SecretStore::simulatedFailures()
{
    QFETCH(SecretStatus, failure);
    QObject context;
    Answers seed;
    store().write(u"k"_s, token, &context, seed.callback());
    QTRY_COMPARE(seed.count(), 1);

    store().setFailure(failure, u"simulated"_s);
    Answers read, write, remove;
    store().read(u"k"_s, &context, read.callback());
    store().write(u"k"_s, "other-secret-value"_ba, &context, write.callback());
    store().remove(u"k"_s, &context, remove.callback());
    QTRY_COMPARE(remove.count(), 1);
    for (const Answers *answers : {&read, &write, &remove}) {
        QCOMPARE(answers->count(), 1);
        QCOMPARE(answers->last().status, failure);
        QCOMPARE(answers->last().detail, u"simulated"_s);
        QVERIFY(answers->last().secret.isEmpty());
    }

    // A failing keychain changed nothing; once it works again, the first secret is still there.
    store().setFailure(SecretStatus::Ok);
    Answers after;
    store().read(u"k"_s, &context, after.callback());
    QTRY_COMPARE(after.count(), 1);
    QCOMPARE(after.last().secret, token);
}

void tst_SecretStore::detailNeverCarriesTheSecret()
{
    // A backend that echoes what it was given, as is and base64-encoded.
    QObject context;
    const QString echo = u"could not store %1 (encoded %2)"_s.arg(QString::fromUtf8(token),
                                                                     QString::fromLatin1(token.toBase64()));
    store().setFailure(SecretStatus::Failed, echo);
    Answers write;
    store().write(u"k"_s, token, &context, write.callback());
    QTRY_COMPARE(write.count(), 1);
    QCOMPARE(write.last().status, SecretStatus::Failed);
    QVERIFY(write.last().detail.startsWith(u"could not store"_s));
    QVERIFY2(!write.last().detail.contains(QString::fromUtf8(token)), qPrintable(write.last().detail));
    QVERIFY(!write.last().detail.contains(QString::fromLatin1(token.toBase64())));
    QVERIFY(!write.last().detail.toUtf8().contains(token.left(20)));
}

void tst_SecretStore::onlySuccessfulReadsCarryASecret()
{
    QObject context;
    Answers write, remove;
    store().write(u"k"_s, token, &context, write.callback());
    store().remove(u"k"_s, &context, remove.callback());
    QTRY_COMPARE(remove.count(), 1);
    QVERIFY(write.last().secret.isEmpty());
    QVERIFY(remove.last().secret.isEmpty());
}

void tst_SecretStore::destroyingTheStoreAnswersPendingOperations()
{
    QObject context;
    Answers read, write;
    {
        MemorySecretStore doomed;
        doomed.setSilent(true);
        doomed.read(u"k"_s, &context, read.callback());
        doomed.write(u"k"_s, token, &context, write.callback());
        QCOMPARE(doomed.pendingOperations(), 2);
    }
    QCOMPARE(read.count(), 0);  // still queued, not synchronous from the destructor
    QTRY_COMPARE(write.count(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.last().status, SecretStatus::Failed);
    QCOMPARE(write.last().status, SecretStatus::Failed);
    QVERIFY(!write.last().detail.isEmpty());
    flush(store());
    QCOMPARE(read.count(), 1);
    QCOMPARE(write.count(), 1);
}

void tst_SecretStore::memoryBackendName()
{
    QCOMPARE(store().backendName(), u"memory only, until Mail Setup closes"_s);
    QVERIFY(!store().isPersistent());
}

void tst_SecretStore::problemSentences()
{
    // One sentence for people each; the backend's words stay out of it (they are only a technical detail).
    const QString raw = u"org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided"_s;
    QCOMPARE(SecretStore::problemSentence({ SecretStatus::Ok, {}, {} }), QString());
    const QList<SecretResult> problems = {
        { SecretStatus::Unavailable, {}, raw }, { SecretStatus::Unavailable, {}, {}, true, 15 },
        { SecretStatus::Locked, {}, raw }, { SecretStatus::NotFound, {}, raw }, { SecretStatus::Failed, {}, raw },
    };
    QSet<QString> sentences;
    for (const SecretResult &result : problems) {
        const QString sentence = SecretStore::problemSentence(result);
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(sentence.endsWith(u'.') && sentence.at(0).isUpper(), qPrintable(sentence));
        QVERIFY(!sentence.contains(u"DBus"_s));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), problems.size());
}

void tst_SecretStore::statusNames()
{
    QCOMPARE(SecretStore::statusName(SecretStatus::Ok), u"ok"_s);
    QCOMPARE(SecretStore::statusName(SecretStatus::NotFound), u"not-found"_s);
    QCOMPARE(SecretStore::statusName(SecretStatus::Unavailable), u"unavailable"_s);
    QCOMPARE(SecretStore::statusName(SecretStatus::Locked), u"locked"_s);
    QCOMPARE(SecretStore::statusName(SecretStatus::Failed), u"failed"_s);
}

void tst_SecretStore::keychainErrorMapping_data()
{
    using Op = SecretStore::Operation;
    QTest::addColumn<Op>("operation");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<SecretStatus>("expected");

    // What QtKeychain 0.13.2 reported on Debian 12 (docs/qt64-notes.md and tst_keychainstore).
    const QString noDbus = u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s;
    const QString noCollection =
        u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s;
    const QString noService = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
    const QString noLibsecret = u"Unknown error"_s;
    const QString lockedWrite = u"Cannot create an item in a locked collection"_s;

    for (Op op : {Op::Read, Op::Write, Op::Remove}) {
        const QByteArray name = QByteArray(QMetaEnum::fromType<Op>().valueToKey(int(op))) + ": ";
        QTest::newRow(name + "no error") << op << int(QKeychain::NoError) << QString() << SecretStatus::Ok;
        QTest::newRow(name + "no D-Bus") << op << int(QKeychain::OtherError) << noDbus << SecretStatus::Unavailable;
        QTest::newRow(name + "no login collection")
            << op << int(QKeychain::OtherError) << noCollection << SecretStatus::Unavailable;
        QTest::newRow(name + "no secret service")
            << op << int(QKeychain::OtherError) << noService << SecretStatus::Unavailable;
        QTest::newRow(name + "no libsecret")
            << op << int(QKeychain::OtherError) << noLibsecret << SecretStatus::Unavailable;
        QTest::newRow(name + "no backend") << op << int(QKeychain::NoBackendAvailable)
                                           << u"No keychain service available"_s << SecretStatus::Unavailable;
        QTest::newRow(name + "not implemented")
            << op << int(QKeychain::NotImplemented) << QString() << SecretStatus::Unavailable;
        QTest::newRow(name + "access denied")
            << op << int(QKeychain::AccessDenied) << lockedWrite << SecretStatus::Locked;
        QTest::newRow(name + "denied by user")
            << op << int(QKeychain::AccessDeniedByUser) << QString() << SecretStatus::Locked;
        QTest::newRow(name + "other, locked words")
            << op << int(QKeychain::OtherError) << lockedWrite << SecretStatus::Locked;
        QTest::newRow(name + "prompt dismissed")
            << op << int(QKeychain::OtherError) << u"The prompt was dismissed"_s << SecretStatus::Locked;
        QTest::newRow(name + "D-Bus time-out") << op << int(QKeychain::OtherError)
                                               << u"Error calling StartServiceByName: Did not receive a reply"_s
                                               << SecretStatus::Unavailable;
        QTest::newRow(name + "other, unknown words")
            << op << int(QKeychain::OtherError) << u"Unknown error: the disk is full"_s << SecretStatus::Failed;
        QTest::newRow(name + "could not delete")
            << op << int(QKeychain::CouldNotDeleteEntry) << QString() << SecretStatus::Failed;
        QTest::newRow(name + "error code from the future")
            << op << 4711 << u"something new"_s << SecretStatus::Failed;
    }
    QTest::newRow("read: not found") << Op::Read << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                                     << SecretStatus::NotFound;
    QTest::newRow("write: not found") << Op::Write << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                                      << SecretStatus::NotFound;
    QTest::newRow("remove: not found is done") << Op::Remove << int(QKeychain::EntryNotFound)
                                               << u"Entry not found"_s << SecretStatus::Ok;
}

void tst_SecretStore::keychainErrorMapping()
{
    QFETCH(SecretStore::Operation, operation);
    QFETCH(int, error);
    QFETCH(QString, errorString);
    QFETCH(SecretStatus, expected);
    const SecretStatus actual = KeychainSecretStore::statusForKeychainError(operation, error, errorString);
    QCOMPARE(SecretStore::statusName(actual), SecretStore::statusName(expected));
}

void tst_SecretStore::keychainStoreNames()
{
    KeychainSecretStore keychain;
    QCOMPARE(keychain.serviceName(), u"Mail Setup"_s);
    QCOMPARE(KeychainSecretStore::defaultServiceName(), u"Mail Setup"_s);
    QVERIFY(keychain.isPersistent());
    const QString name = keychain.backendName();
    QVERIFY(!name.isEmpty());
    QVERIFY(name != MemorySecretStore().backendName());
    KeychainSecretStore other(u"Mail Setup tests"_s);
    QCOMPARE(other.serviceName(), u"Mail Setup tests"_s);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
