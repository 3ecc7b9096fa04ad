// KeychainSecretStore against the real keychain: gnome-keyring on a private D-Bus session made by with-keyring.sh,
// in each state a user's keychain can be in. CTest runs this binary once per scenario
// (MAILSETUP_KEYCHAIN_SCENARIO); the functions of other scenarios skip.
//
//   unlocked       round trips, what secret-tool sees, nothing in clear on disk, a second process reads it back
//   relock         an entry written, then the keyring locked under it
//   locked         a keyring locked from the start
//   no-collection  a keyring daemon without a "login" collection
//   no-keyring     a D-Bus session without any Secret Service
//   no-dbus        no D-Bus session at all
//   hung           a keychain that never answers (QT_NO_GLIB=1: QtKeychain's libsecret jobs never finish)
//   script         with-keyring.sh itself: exit code, cleanup of its daemons and folder (runs outside it)
//
// The binary is its own second process: with MAILSETUP_KEYCHAIN_HELPER set it runs one operation and prints it.
#include "wizard/core/secrets/keychainsecretstore.h"
#include "wizard/core/secrets/splitsecretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A refresh token as Microsoft issues them: opaque text, hundreds of characters.
QByteArray makeToken(const QByteArray &tag)
{
    QByteArray token = "M.C540_BAY.0.U.-" + tag + "-";
    while (token.size() < 600)
        token += "Cq7!xZ2*mN5$kT8pW3rY6uB9eH4jL1oS0aD_" + QByteArray::number(token.size());
    return token;
}

QString scenario()
{
    return qEnvironmentVariable("MAILSETUP_KEYCHAIN_SCENARIO");
}

// The with-keyring.sh mode each scenario runs in.
QString modeFor(const QString &scenario)
{
    if (scenario == u"relock"_s || scenario == u"hung"_s)
        return u"unlocked"_s;
    return scenario;
}

// Runs one operation and waits for its answer in an event loop (no sleeping). `limitMs` is a safety net only.
SecretResult perform(SecretStore &store, SecretStore::Operation operation, const QString &key,
                     const QByteArray &secret = {}, qint64 *elapsedMs = nullptr, int limitMs = 60000)
{
    QObject context;
    QEventLoop loop;
    std::optional<SecretResult> answer;
    auto done = [&](const SecretResult &result) {
        answer = result;
        loop.quit();
    };
    QElapsedTimer clock;
    clock.start();
    switch (operation) {
    case SecretStore::Operation::Read:
        store.read(key, &context, done);
        break;
    case SecretStore::Operation::Write:
        store.write(key, secret, &context, done);
        break;
    case SecretStore::Operation::Remove:
        store.remove(key, &context, done);
        break;
    }
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return answer.value_or(SecretResult{SecretStatus::Failed, {}, u"no answer at all within the test's limit"_s});
}

QString describe(const SecretResult &result)
{
    return SecretStore::statusName(result.status) + u" ("_s + result.detail + u')';
}

QString keyringHome()
{
    return qEnvironmentVariable("MAILSETUP_KEYRING_HOME");
}

// Every file under the private keyring home that holds `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(keyringHome(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "did not run to the end: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// This binary as a second process, running one operation (see helperMain()).
ToolRun runHelper(const QString &operation, const QString &key, const QByteArray &secret = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER"_s, operation);
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER_KEY"_s, key);
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER_SECRET"_s, QString::fromLatin1(secret.toHex()));
    return runTool(QCoreApplication::applicationFilePath(), {}, environment);
}

QByteArray helperValue(const QByteArray &output, const QByteArray &name)
{
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + '='))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

bool isRunning(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // pid (comm) S ...: the state follows the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

bool lockLoginCollection()
{
    const ToolRun run = runTool(u"dbus-send"_s,
                                {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                 u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                 u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    if (run.exitCode != 0)
        qWarning() << "Locking failed:" << run.err;
    return run.exitCode == 0;
}

} // namespace

class tst_KeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // unlocked
    void roundTrip();
    void binaryRoundTrip();
    void secretToolSeesEntry();
    void noSecretInClearOnDisk();
    void secondProcessReadsIt();
    void keysAreSeparate();
    void longTokenKeptInParts();
    // relock
    void lockedKeyringHidesExistingEntry();
    // locked
    void lockedKeyring();
    // no-collection, no-keyring, no-dbus
    void noKeychainIsUnavailableQuickly();
    // hung
    void hungKeychainEndsAtTimeLimit();
    // script
    void scriptPassesExitCodeAndCleansUp_data();
    void scriptPassesExitCodeAndCleansUp();
    void scriptKeepsHomeOnRequest();

private:
    bool inScenario(const QString &wanted) const { return m_scenario == wanted; }
    void writeAndCheck(KeychainSecretStore &store, const QString &key, const QByteArray &secret);

    QString m_scenario;
    int m_keyCounter = 0;
    QString uniqueKey()
    {
        return u"refresh-token/test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_keyCounter);
    }
};

#define REQUIRE_SCENARIO(name)                                                                                     \
    do {                                                                                                           \
        if (!inScenario(QStringLiteral(name)))                                                                     \
            QSKIP("belongs to the scenario " name);                                                                \
    } while (false)

void tst_KeychainStore::initTestCase()
{
    m_scenario = scenario();
    if (m_scenario.isEmpty())
        QSKIP("Set MAILSETUP_KEYCHAIN_SCENARIO; CTest runs this through tests/integration/with-keyring.sh");
    if (m_scenario == u"script"_s)
        return;
    // Never the user's own keychain: only the private one with-keyring.sh makes.
    if (keyringHome().isEmpty())
        QSKIP("Not inside with-keyring.sh (MAILSETUP_KEYRING_HOME is not set); refusing to use the real keychain");
    QVERIFY(QDir::homePath().startsWith(keyringHome()));
    QCOMPARE(qEnvironmentVariable("MAILSETUP_KEYRING_MODE"), modeFor(m_scenario));
    if (m_scenario == u"hung"_s)
        QVERIFY2(qEnvironmentVariableIsSet("QT_NO_GLIB"), "the hung scenario needs QT_NO_GLIB=1");
    qInfo("scenario %s, keyring home %s, session bus %s", qPrintable(m_scenario), qPrintable(keyringHome()),
          qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") ? "private" : "none");
}

void tst_KeychainStore::cleanup()
{
    // QtKeychain's plain-text fallback would write ~/.config/<service>.conf: it must never exist.
    if (!keyringHome().isEmpty()) {
        QDirIterator it(QDir::homePath(), {u"*.conf"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(u"a .conf file appeared in the private home: "_s + it.next()));
    }
}

void tst_KeychainStore::writeAndCheck(KeychainSecretStore &store, const QString &key, const QByteArray &secret)
{
    const SecretResult written = perform(store, SecretStore::Operation::Write, key, secret);
    QVERIFY2(written.ok(), qPrintable(describe(written)));
}

void tst_KeychainStore::roundTrip()
{
    REQUIRE_SCENARIO("unlocked");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("roundtrip");
    qint64 ms = 0;

    const SecretResult missing = perform(store, SecretStore::Operation::Read, key, {}, &ms);
    QCOMPARE(SecretStore::statusName(missing.status), u"not-found"_s);
    qInfo("read of a missing entry: %s in %lld ms", qPrintable(describe(missing)), ms);

    const SecretResult written = perform(store, SecretStore::Operation::Write, key, token, &ms);
    QVERIFY2(written.ok(), qPrintable(describe(written)));
    qInfo("write: %lld ms", ms);

    const SecretResult read = perform(store, SecretStore::Operation::Read, key, {}, &ms);
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.secret, token);
    qInfo("read: %lld ms", ms);

    const QByteArray rotated = makeToken("rotated");
    writeAndCheck(store, key, rotated);
    QCOMPARE(perform(store, SecretStore::Operation::Read, key).secret, rotated);

    const SecretResult removed = perform(store, SecretStore::Operation::Remove, key, {}, &ms);
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    qInfo("remove: %lld ms", ms);

    QCOMPARE(SecretStore::statusName(perform(store, SecretStore::Operation::Read, key).status), u"not-found"_s);
    const SecretResult removedAgain = perform(store, SecretStore::Operation::Remove, key);
    QVERIFY2(removedAgain.ok(), qPrintable(describe(removedAgain)));  // removing a missing entry is done
}

// A token longer than Windows' Credential Manager takes (2,560 bytes) goes through the split store into the real
// Secret Service as parts, comes back whole, and leaves nothing behind when removed.
void tst_KeychainStore::longTokenKeptInParts()
{
    REQUIRE_SCENARIO("unlocked");
    auto *backend = new KeychainSecretStore;
    SplitSecretStore store(backend);
    const QString key = uniqueKey();
    QByteArray token;
    while (token.size() < 7000)
        token += makeToken("long");
    token.truncate(7000);

    const SecretResult written = perform(store, SecretStore::Operation::Write, key, token);
    QVERIFY2(written.ok(), qPrintable(describe(written)));
    // Each entry in the keychain itself fits the limit.
    const SecretResult header = perform(*backend, SecretStore::Operation::Read, key);
    QVERIFY2(header.ok(), qPrintable(describe(header)));
    int generation = 0;
    QCOMPARE(SplitSecretStore::partsInHeader(header.secret, nullptr, &generation), 3);
    for (int index = 1; index <= 3; ++index) {
        const SecretResult part =
            perform(*backend, SecretStore::Operation::Read, SplitSecretStore::partKey(key, generation, index));
        QVERIFY2(part.ok(), qPrintable(describe(part)));
        QVERIFY(part.secret.size() <= SplitSecretStore::defaultPartBytes);
    }
    const SecretResult read = perform(store, SecretStore::Operation::Read, key);
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.secret, token);

    QVERIFY(perform(store, SecretStore::Operation::Remove, key).ok());
    for (int index = 1; index <= 3; ++index) {
        QCOMPARE(perform(*backend, SecretStore::Operation::Read, SplitSecretStore::partKey(key, generation, index))
                     .status,
                 SecretStatus::NotFound);
    }
    QCOMPARE(perform(store, SecretStore::Operation::Read, key).status, SecretStatus::NotFound);
}

void tst_KeychainStore::binaryRoundTrip()
{
    REQUIRE_SCENARIO("unlocked");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray binary = QByteArray("\x00\xff\xfe binary \x00 secret \x80\x81", 22) + makeToken("binary");
    writeAndCheck(store, key, binary);
    const SecretResult read = perform(store, SecretStore::Operation::Read, key);
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.secret, binary);

    // QtKeychain stores binary data base64-encoded, attribute type=base64.
    const ToolRun search = runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s,
                                                       KeychainSecretStore::defaultServiceName(), u"user"_s, key});
    // secret-tool prints the secret on stdout and the attributes on stderr.
    QVERIFY2((search.out + search.err).contains("attribute.type = base64"), search.err.constData());
    QVERIFY(perform(store, SecretStore::Operation::Remove, key).ok());
}

void tst_KeychainStore::secretToolSeesEntry()
{
    REQUIRE_SCENARIO("unlocked");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("visible");
    writeAndCheck(store, key, token);

    // QtKeychain's libsecret schema "org.qt.keychain": user = our key, server = the service, type = plaintext.
    const ToolRun search = runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s,
                                                       KeychainSecretStore::defaultServiceName(), u"user"_s, key});
    QVERIFY2(search.exitCode == 0, search.err.constData());
    QByteArray both = search.out + search.err;
    qInfo("secret-tool search --all:\n%s", both.replace(token, "<the token>").constData());
    QVERIFY(search.out.contains("secret = " + token));
    QVERIFY(search.err.contains("attribute.user = " + key.toUtf8()));  // attributes go to stderr
    QVERIFY(search.err.contains("attribute.server = Mail Setup"));
    QVERIFY(search.err.contains("attribute.type = plaintext"));

    const ToolRun lookup = runTool(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"Mail Setup"_s, u"user"_s, key});
    QCOMPARE(lookup.out, token);

    QVERIFY(perform(store, SecretStore::Operation::Remove, key).ok());
    const ToolRun gone = runTool(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"Mail Setup"_s, u"user"_s, key});
    QVERIFY(gone.out.isEmpty());
}

void tst_KeychainStore::noSecretInClearOnDisk()
{
    REQUIRE_SCENARIO("unlocked");
    const QString keyringFile = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                    .filePath(u"keyrings/login.keyring"_s);
    QVERIFY2(keyringHome().isEmpty() || keyringFile.startsWith(keyringHome()), qPrintable(keyringFile));
    QFile before(keyringFile);
    QVERIFY2(before.open(QIODevice::ReadOnly), qPrintable(keyringFile));
    const QByteArray contentsBefore = before.readAll();
    before.close();

    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("never-on-disk");
    writeAndCheck(store, key, token);

    // gnome-keyring saves the item into login.keyring: the scan below must look at a file that holds it.
    auto contents = [&keyringFile] {
        QFile file(keyringFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(contents() != contentsBefore, 10000);
    QVERIFY(contents().startsWith(QByteArray("GnomeKeyring\n\r\0\n", 16)));  // the encrypted file format

    for (const QByteArray &form : {token, token.left(40), token.mid(200, 40), token.toBase64().left(40),
                                   QByteArray::fromRawData(token.constData() + 16, 24)}) {
        const QStringList holders = filesContaining(form);
        QVERIFY2(holders.isEmpty(), qPrintable(holders.join(u", "_s)));
    }
    qInfo("no file under %s holds the token in clear; %s is %lld bytes", qPrintable(keyringHome()),
          qPrintable(keyringFile), qint64(contents().size()));
    QVERIFY(perform(store, SecretStore::Operation::Remove, key).ok());
}

void tst_KeychainStore::secondProcessReadsIt()
{
    REQUIRE_SCENARIO("unlocked");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("persistent");
    writeAndCheck(store, key, token);

    const ToolRun read = runHelper(u"read"_s, key);
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QCOMPARE(helperValue(read.out, "status"), "ok"_ba);
    QCOMPARE(QByteArray::fromHex(helperValue(read.out, "secret")), token);

    // And the other way round: the second process removes it, this one sees it gone.
    const ToolRun removed = runHelper(u"remove"_s, key);
    QCOMPARE(helperValue(removed.out, "status"), "ok"_ba);
    QCOMPARE(SecretStore::statusName(perform(store, SecretStore::Operation::Read, key).status), u"not-found"_s);

    // Written by another process, read here.
    const QByteArray other = makeToken("from-helper");
    const ToolRun written = runHelper(u"write"_s, key, other);
    QCOMPARE(helperValue(written.out, "status"), "ok"_ba);
    QCOMPARE(perform(store, SecretStore::Operation::Read, key).secret, other);
    QVERIFY(perform(store, SecretStore::Operation::Remove, key).ok());
}

void tst_KeychainStore::keysAreSeparate()
{
    REQUIRE_SCENARIO("unlocked");
    KeychainSecretStore store;
    KeychainSecretStore otherService(u"Mail Setup tests"_s);
    const QString first = uniqueKey();
    const QString second = uniqueKey();
    writeAndCheck(store, first, makeToken("first"));
    writeAndCheck(store, second, makeToken("second"));
    writeAndCheck(otherService, first, makeToken("other-service"));
    QCOMPARE(perform(store, SecretStore::Operation::Read, first).secret, makeToken("first"));
    QCOMPARE(perform(store, SecretStore::Operation::Read, second).secret, makeToken("second"));
    QCOMPARE(perform(otherService, SecretStore::Operation::Read, first).secret, makeToken("other-service"));
    QVERIFY(perform(store, SecretStore::Operation::Remove, first).ok());
    QCOMPARE(perform(store, SecretStore::Operation::Read, second).secret, makeToken("second"));
    QCOMPARE(perform(otherService, SecretStore::Operation::Read, first).secret, makeToken("other-service"));
    QVERIFY(perform(store, SecretStore::Operation::Remove, second).ok());
    QVERIFY(perform(otherService, SecretStore::Operation::Remove, first).ok());
}

void tst_KeychainStore::lockedKeyringHidesExistingEntry()
{
    REQUIRE_SCENARIO("relock");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("behind-lock");
    writeAndCheck(store, key, token);
    QVERIFY(lockLoginCollection());

    qint64 ms = 0;
    const SecretResult read = perform(store, SecretStore::Operation::Read, key, {}, &ms);
    qInfo("read of an existing entry in a locked keyring: %s in %lld ms", qPrintable(describe(read)), ms);
    // QtKeychain alone says EntryNotFound here; the store asks the Secret Service and says Locked.
    QCOMPARE(SecretStore::statusName(read.status), u"locked"_s);
    QVERIFY(read.secret.isEmpty());

    const SecretResult write = perform(store, SecretStore::Operation::Write, key, makeToken("new"), &ms);
    qInfo("write into a locked keyring: %s in %lld ms", qPrintable(describe(write)), ms);
    QCOMPARE(SecretStore::statusName(write.status), u"locked"_s);
    QVERIFY(!write.detail.toUtf8().contains(makeToken("new").left(30)));

    // libsecret skips the locked item and reports success; the store does not pass that on.
    const SecretResult removed = perform(store, SecretStore::Operation::Remove, key, {}, &ms);
    qInfo("remove from a locked keyring: %s in %lld ms", qPrintable(describe(removed)), ms);
    QCOMPARE(SecretStore::statusName(removed.status), u"locked"_s);

    // Still there, only locked: secret-tool sees the item without being able to show it.
    const ToolRun search = runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Mail Setup"_s,
                                                       u"user"_s, key});
    qInfo("secret-tool search --all on the locked keyring: exit %d, %s %s", search.exitCode,
          search.out.constData(), search.err.constData());
    QVERIFY(search.err.contains("attribute.user = " + key.toUtf8()));
    QVERIFY(!search.out.contains(token));
}

void tst_KeychainStore::lockedKeyring()
{
    REQUIRE_SCENARIO("locked");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QByteArray token = makeToken("locked-out");
    qint64 ms = 0;

    const SecretResult write = perform(store, SecretStore::Operation::Write, key, token, &ms);
    qInfo("write into a locked keyring: %s in %lld ms", qPrintable(describe(write)), ms);
    QCOMPARE(SecretStore::statusName(write.status), u"locked"_s);
    QVERIFY(!write.detail.toUtf8().contains(token.left(30)));

    const SecretResult read = perform(store, SecretStore::Operation::Read, key, {}, &ms);
    qInfo("read from a locked keyring: %s in %lld ms", qPrintable(describe(read)), ms);
    QCOMPARE(SecretStore::statusName(read.status), u"locked"_s);

    const SecretResult removed = perform(store, SecretStore::Operation::Remove, key, {}, &ms);
    qInfo("remove from a locked keyring: %s in %lld ms", qPrintable(describe(removed)), ms);
    QCOMPARE(SecretStore::statusName(removed.status), u"locked"_s);

    QVERIFY(filesContaining(token.left(40)).isEmpty());
}

void tst_KeychainStore::noKeychainIsUnavailableQuickly()
{
    if (!inScenario(u"no-collection"_s) && !inScenario(u"no-keyring"_s) && !inScenario(u"no-dbus"_s))
        QSKIP("belongs to the scenarios no-collection, no-keyring and no-dbus");
    KeychainSecretStore store;
    store.setTimeLimit(10s);
    const QString key = uniqueKey();
    const QByteArray token = makeToken("nowhere");
    const SecretStore::Operation operations[] = {SecretStore::Operation::Write, SecretStore::Operation::Read,
                                                 SecretStore::Operation::Remove};
    for (SecretStore::Operation operation : operations) {
        qint64 ms = 0;
        const SecretResult result = perform(store, operation, key, token, &ms);
        const char *name = QMetaEnum::fromType<SecretStore::Operation>().valueToKey(int(operation));
        qInfo("%s (%s): %s in %lld ms", name, qPrintable(m_scenario), qPrintable(describe(result)), ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        if (operation == SecretStore::Operation::Remove && inScenario(u"no-collection"_s)) {
            // libsecret searches every collection, finds nothing and reports success: there is indeed nothing
            // under this key, so the removal's promise holds.
            QCOMPARE(SecretStore::statusName(result.status), u"ok"_s);
            continue;
        }
        QCOMPARE(SecretStore::statusName(result.status), u"unavailable"_s);
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(!result.detail.toUtf8().contains(token.left(30)));
        // Not the time limit: the keychain's absence is known at once.
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QVERIFY(!result.detail.contains(u"did not answer"_s));
    }
    // No plain-text fallback anywhere.
    QVERIFY(filesContaining(token.left(40)).isEmpty());
}

void tst_KeychainStore::hungKeychainEndsAtTimeLimit()
{
    REQUIRE_SCENARIO("hung");
    KeychainSecretStore store;
    store.setTimeLimit(2s);
    const QString key = uniqueKey();

    QObject context;
    QList<SecretResult> answers;
    QElapsedTimer clock;
    clock.start();
    auto record = [&answers](const SecretResult &result) { answers << result; };
    store.write(key, makeToken("hung"), &context, record);
    store.read(key, &context, record);
    store.remove(key, &context, record);
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 10000);
    const qint64 ms = clock.elapsed();
    qInfo("three operations on a keychain that never answers: all answered after %lld ms", ms);
    QVERIFY2(ms >= 1900 && ms < 5000, qPrintable(QString::number(ms)));
    for (const SecretResult &answer : std::as_const(answers)) {
        QCOMPARE(SecretStore::statusName(answer.status), u"unavailable"_s);
        QVERIFY(answer.detail.contains(u"did not answer"_s));
    }
    QCOMPARE(store.pendingOperations(), 0);
}

void tst_KeychainStore::scriptPassesExitCodeAndCleansUp_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("daemonExpected");
    QTest::newRow("unlocked, exit 0") << u"--unlocked"_s << 0 << true;
    QTest::newRow("unlocked, exit 7") << u"--unlocked"_s << 7 << true;
    QTest::newRow("locked, exit 3") << u"--locked"_s << 3 << true;
    QTest::newRow("no-collection") << u"--no-collection"_s << 0 << true;
    QTest::newRow("no-keyring") << u"--no-keyring"_s << 5 << false;
    QTest::newRow("no-dbus") << u"--no-dbus"_s << 9 << false;
}

void tst_KeychainStore::scriptPassesExitCodeAndCleansUp()
{
    REQUIRE_SCENARIO("script");
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    QFETCH(bool, daemonExpected);
    const QString script = qEnvironmentVariable("MAILSETUP_WITH_KEYRING");
    QVERIFY2(QFileInfo::exists(script), "MAILSETUP_WITH_KEYRING must name with-keyring.sh");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KEEP_KEYRING_HOME"_s);
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER"_s, u"report"_s);
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER_EXIT"_s, QString::number(exitCode));
    QElapsedTimer clock;
    clock.start();
    const ToolRun run = runTool(u"bash"_s, {script, mode, u"--"_s, QCoreApplication::applicationFilePath()},
                                environment);
    qInfo("with-keyring.sh %s: exit %d after %lld ms", qPrintable(mode), run.exitCode, clock.elapsed());
    QVERIFY2(run.exitCode == exitCode, run.err.constData());

    const QString home = QString::fromUtf8(helperValue(run.out, "keyring-home"));
    QVERIFY2(!home.isEmpty(), run.out.constData());
    QVERIFY(home.startsWith(QDir::tempPath()) || home.startsWith(u"/tmp"_s));
    QCOMPARE(QString::fromUtf8(helperValue(run.out, "home")), home + u"/home"_s);
    QCOMPARE(helperValue(run.out, "mode"), mode.mid(2).toUtf8());
    QCOMPARE(helperValue(run.out, "runtime-mode"), "700"_ba);
    QVERIFY2(!QFileInfo::exists(home), "the scratch folder was not removed");

    const QByteArray daemon = helperValue(run.out, "keyring-daemon");
    if (daemonExpected) {
        bool isNumber = false;
        const qint64 pid = daemon.toLongLong(&isNumber);
        QVERIFY2(isNumber && pid > 0, daemon.constData());
        QVERIFY2(!isRunning(pid), "gnome-keyring-daemon outlived with-keyring.sh");
    } else {
        QCOMPARE(daemon, "none"_ba);
    }
    const QByteArray bus = helperValue(run.out, "dbus-daemon");
    if (mode != u"--no-dbus"_s) {
        const qint64 pid = bus.toLongLong();
        QVERIFY2(pid > 0, bus.constData());
        QVERIFY2(!isRunning(pid), "dbus-daemon outlived with-keyring.sh");
    } else {
        QCOMPARE(bus, "none"_ba);
    }
}

void tst_KeychainStore::scriptKeepsHomeOnRequest()
{
    REQUIRE_SCENARIO("script");
    const QString script = qEnvironmentVariable("MAILSETUP_WITH_KEYRING");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KEEP_KEYRING_HOME"_s, u"1"_s);
    environment.insert(u"MAILSETUP_KEYCHAIN_HELPER"_s, u"report"_s);
    const ToolRun run = runTool(u"bash"_s, {script, u"--no-keyring"_s, QCoreApplication::applicationFilePath()},
                                environment);
    const QString home = QString::fromUtf8(helperValue(run.out, "keyring-home"));
    // Only ever remove what with-keyring.sh made.
    QVERIFY2(QFileInfo(home).fileName().startsWith(u"mailsetup-keyring."_s), qPrintable(home));
    const auto removeHome = qScopeGuard([home] { QDir(home).removeRecursively(); });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QFileInfo(home).isDir(), "KEEP_KEYRING_HOME did not keep the folder");
    QVERIFY(run.err.contains(home.toUtf8()));  // it says where
}

// The second process: one operation on the keychain, printed as status=... and secret=<hex>.
// MAILSETUP_KEYCHAIN_HELPER=report prints what with-keyring.sh made instead, and exits with
// MAILSETUP_KEYCHAIN_HELPER_EXIT.
static int helperMain()
{
    const QString operation = qEnvironmentVariable("MAILSETUP_KEYCHAIN_HELPER");
    if (operation == u"report"_s) {
        std::printf("keyring-home=%s\n", qPrintable(qEnvironmentVariable("MAILSETUP_KEYRING_HOME")));
        std::printf("home=%s\n", qPrintable(QDir::homePath()));
        std::printf("mode=%s\n", qPrintable(qEnvironmentVariable("MAILSETUP_KEYRING_MODE")));
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions runtime = QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).permissions();
        const bool privateToOwner = (runtime & owner) == owner && !(runtime & others);
        std::printf("runtime-mode=%s\n", privateToOwner ? "700" : "not-private");
        QString keyringDaemon = u"none"_s;
        QString busDaemon = u"none"_s;
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
            QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
            if (bus) {
                const auto secrets = bus->servicePid(u"org.freedesktop.secrets"_s);
                if (secrets.isValid())
                    keyringDaemon = QString::number(secrets.value());
                const auto busPid = bus->servicePid(u"org.freedesktop.DBus"_s);
                if (busPid.isValid())
                    busDaemon = QString::number(busPid.value());
            }
        }
        std::printf("keyring-daemon=%s\n", qPrintable(keyringDaemon));
        std::printf("dbus-daemon=%s\n", qPrintable(busDaemon));
        std::fflush(stdout);
        return qEnvironmentVariableIntValue("MAILSETUP_KEYCHAIN_HELPER_EXIT");
    }

    KeychainSecretStore store;
    const QString key = qEnvironmentVariable("MAILSETUP_KEYCHAIN_HELPER_KEY");
    const QByteArray secret = QByteArray::fromHex(qgetenv("MAILSETUP_KEYCHAIN_HELPER_SECRET"));
    SecretStore::Operation kind = SecretStore::Operation::Read;
    if (operation == u"write"_s)
        kind = SecretStore::Operation::Write;
    else if (operation == u"remove"_s)
        kind = SecretStore::Operation::Remove;
    const SecretResult result = perform(store, kind, key, secret);
    std::printf("status=%s\nsecret=%s\n", qPrintable(SecretStore::statusName(result.status)),
                result.secret.toHex().constData());
    std::fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MAILSETUP_KEYCHAIN_HELPER"))
        return helperMain();
    tst_KeychainStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
