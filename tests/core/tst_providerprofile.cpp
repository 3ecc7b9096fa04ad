// Provider profiles: the built-in ones carry Microsoft's settings, and a broken file says which key
// of which file is wrong and why.
#include "wizard/core/provider/providerprofile.h"
#include "tests/support/scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QStringList microsoftScopes{ u"https://outlook.office.com/IMAP.AccessAsUser.All"_s,
                                   u"https://outlook.office.com/SMTP.Send"_s,
                                   u"offline_access"_s, u"openid"_s, u"profile"_s, u"email"_s };

QJsonObject validProfile()
{
    return QJsonObject{
        { u"id"_s, u"sandbox"_s },
        { u"name"_s, u"Sandbox"_s },
        { u"imap"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, 10993 }, { u"security"_s, u"tls"_s } } },
        { u"pop"_s, QJsonObject{ { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, 10995 }, { u"security"_s, u"tls"_s } } },
        { u"smtp"_s, QJsonObject{ { u"host"_s, u"localhost"_s }, { u"port"_s, 10587 }, { u"security"_s, u"starttls"_s } } },
        { u"oauth"_s, QJsonObject{ { u"authorizeUrl"_s, u"http://127.0.0.1:18080/common/oauth2/v2.0/authorize"_s },
                                   { u"tokenUrl"_s, u"http://127.0.0.1:18080/common/oauth2/v2.0/token"_s },
                                   { u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s },
                                   { u"scopes"_s, QJsonArray::fromStringList(microsoftScopes) } } },
    };
}

// The valid profile with one key (a dotted path) set to a value, or removed for an undefined value.
QJsonObject changed(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, changed(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QByteArray withChange(const QString &path, const QJsonValue &value)
{
    return json(changed(validProfile(), path, value));
}

} // namespace

class tst_ProviderProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIds();
    void builtIn_data();
    void builtIn();
    void validFile();
    void brokenFile_data();
    void brokenFile();
    void missingFile();
    void acceptedServersAndAddresses_data();
    void acceptedServersAndAddresses();
    void specialFiles_data();
    void specialFiles();
    void caCertificatesRelativeToProfile_data();
    void caCertificatesRelativeToProfile();
    void discoveryUrl_data();
    void discoveryUrl();
    void expandDiscoveryUrl_data();
    void expandDiscoveryUrl();
};

void tst_ProviderProfile::builtInIds()
{
    QCOMPARE(ProviderProfileLoader::builtInIds(), (QStringList{ u"outlook"_s, u"microsoft365"_s }));
    QVERIFY(!ProviderProfileLoader::builtIn(u"gmail"_s));
    QVERIFY(!ProviderProfileLoader::builtIn(QString()));
}

void tst_ProviderProfile::builtIn_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("smtpHost");

    QTest::newRow("personal Outlook.com") << u"outlook"_s << u"smtp-mail.outlook.com"_s;
    QTest::newRow("Microsoft 365") << u"microsoft365"_s << u"smtp.office365.com"_s;
}

void tst_ProviderProfile::builtIn()
{
    QFETCH(QString, id);
    QFETCH(QString, smtpHost);

    const std::optional<ProviderProfile> profile = ProviderProfileLoader::builtIn(id);
    QVERIFY(profile);
    QCOMPARE(profile->id, id);
    QVERIFY(!profile->name.isEmpty());

    QCOMPARE(profile->imap.host, u"outlook.office365.com"_s);
    QCOMPARE(profile->imap.port, quint16(993));
    QCOMPARE(profile->imap.security, ConnectionSecurity::Tls);
    QVERIFY(profile->pop);
    QCOMPARE(profile->pop->host, u"outlook.office365.com"_s);
    QCOMPARE(profile->pop->port, quint16(995));
    QCOMPARE(profile->pop->security, ConnectionSecurity::Tls);
    QCOMPARE(profile->smtp.host, smtpHost);
    QCOMPARE(profile->smtp.port, quint16(587));
    QCOMPARE(profile->smtp.security, ConnectionSecurity::StartTls);

    QCOMPARE(profile->oauth.authorizeUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s));
    QCOMPARE(profile->oauth.tokenUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
    // One consent for both protocols; Graph-prefixed scopes would give a token IMAP and SMTP refuse.
    QCOMPARE(profile->oauth.scopes, microsoftScopes);
    for (const QString &scope : profile->oauth.scopes)
        QVERIFY2(!scope.contains(u"graph.microsoft.com"_s), qPrintable(scope));
    QVERIFY(profile->caCertificatesFile.isEmpty());
    QVERIFY(profile->caCertificates.isEmpty());
    // No discovery address of their own: the account kind detector asks Microsoft's.
    QVERIFY(profile->oauth.discoveryUrl.isEmpty());
}

void tst_ProviderProfile::validFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json(validProfile()));
    file.close();

    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromFile(path, &error);
    QVERIFY2(profile, qPrintable(error.message()));
    QCOMPARE(profile->id, u"sandbox"_s);
    QCOMPARE(profile->imap.port, quint16(10993));
    QCOMPARE(profile->smtp.host, u"localhost"_s);
    QCOMPARE(profile->smtp.security, ConnectionSecurity::StartTls);
    QCOMPARE(profile->oauth.clientId, u"00000000-0000-0000-0000-000000000001"_s);
    QCOMPARE(profile->oauth.scopes, microsoftScopes);
    QVERIFY(profile->oauth.discoveryUrl.isEmpty()); // optional
}

void tst_ProviderProfile::brokenFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem");  // a part of the problem's words

    QTest::newRow("invalid JSON") << QByteArray("{ \"id\": \"x\", ") << QString() << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << QString() << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << QString() << u"one JSON object"_s;
    QTest::newRow("missing id") << withChange(u"id"_s, QJsonValue::Undefined) << u"id"_s << u"missing"_s;
    QTest::newRow("missing smtp") << withChange(u"smtp"_s, QJsonValue::Undefined) << u"smtp"_s << u"missing"_s;
    QTest::newRow("imap not an object") << withChange(u"imap"_s, u"outlook.office365.com"_s) << u"imap"_s << u"object"_s;
    QTest::newRow("missing smtp.port") << withChange(u"smtp.port"_s, QJsonValue::Undefined) << u"smtp.port"_s
                                       << u"missing"_s;
    QTest::newRow("smtp.port 0") << withChange(u"smtp.port"_s, 0) << u"smtp.port"_s << u"1 to 65535"_s;
    QTest::newRow("smtp.port 70000") << withChange(u"smtp.port"_s, 70000) << u"smtp.port"_s << u"1 to 65535"_s;
    QTest::newRow("smtp.port -1") << withChange(u"smtp.port"_s, -1) << u"smtp.port"_s << u"1 to 65535"_s;
    QTest::newRow("smtp.port 587.5") << withChange(u"smtp.port"_s, 587.5) << u"smtp.port"_s << u"whole number"_s;
    QTest::newRow("smtp.port as text") << withChange(u"smtp.port"_s, u"587"_s) << u"smtp.port"_s << u"whole number"_s;
    QTest::newRow("imap.port null") << withChange(u"imap.port"_s, QJsonValue::Null) << u"imap.port"_s
                                    << u"whole number"_s;
    QTest::newRow("pop.port 0") << withChange(u"pop.port"_s, 0) << u"pop.port"_s << u"1 to 65535"_s;
    QTest::newRow("imap.security ssl") << withChange(u"imap.security"_s, u"ssl"_s) << u"imap.security"_s
                                       << u"\"tls\" or \"starttls\""_s;
    QTest::newRow("imap.security a number") << withChange(u"imap.security"_s, 1) << u"imap.security"_s << u"text"_s;
    QTest::newRow("missing smtp.security") << withChange(u"smtp.security"_s, QJsonValue::Undefined)
                                           << u"smtp.security"_s << u"missing"_s;
    QTest::newRow("empty imap.host") << withChange(u"imap.host"_s, u""_s) << u"imap.host"_s << u"empty"_s;
    QTest::newRow("imap.host with a space") << withChange(u"imap.host"_s, u"outlook office365 com"_s)
                                            << u"imap.host"_s << u"host name"_s;
    QTest::newRow("missing oauth") << withChange(u"oauth"_s, QJsonValue::Undefined) << u"oauth"_s << u"missing"_s;
    QTest::newRow("oauth.authorizeUrl not http") << withChange(u"oauth.authorizeUrl"_s, u"ftp://example.org/x"_s)
                                                 << u"oauth.authorizeUrl"_s << u"http or https"_s;
    QTest::newRow("missing oauth.tokenUrl") << withChange(u"oauth.tokenUrl"_s, QJsonValue::Undefined)
                                            << u"oauth.tokenUrl"_s << u"missing"_s;
    QTest::newRow("missing oauth.scopes") << withChange(u"oauth.scopes"_s, QJsonValue::Undefined) << u"oauth.scopes"_s
                                          << u"missing"_s;
    QTest::newRow("oauth.scopes as text") << withChange(u"oauth.scopes"_s, u"openid email"_s) << u"oauth.scopes"_s
                                          << u"list of scopes"_s;
    QTest::newRow("oauth.scopes empty") << withChange(u"oauth.scopes"_s, QJsonArray()) << u"oauth.scopes"_s
                                        << u"list of scopes"_s;
    QTest::newRow("oauth.scopes with a number") << withChange(u"oauth.scopes"_s, QJsonArray{ u"openid"_s, 5 })
                                                << u"oauth.scopes"_s << u"one word"_s;
    QTest::newRow("oauth.scopes with two in one") << withChange(u"oauth.scopes"_s, QJsonArray{ u"openid email"_s })
                                                  << u"oauth.scopes"_s << u"one word"_s;
    QTest::newRow("oauth.discoveryUrl without {domain}")
        << withChange(u"oauth.discoveryUrl"_s,
                      u"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"_s)
        << u"oauth.discoveryUrl"_s << u"{domain}"_s;
    QTest::newRow("oauth.discoveryUrl with {domain} in the host")
        << withChange(u"oauth.discoveryUrl"_s, u"https://{domain}/.well-known/openid-configuration"_s)
        << u"oauth.discoveryUrl"_s << u"after the host name"_s;
    QTest::newRow("oauth.discoveryUrl with {domain} as the port")
        << withChange(u"oauth.discoveryUrl"_s, u"http://127.0.0.1:{domain}/v2.0"_s) << u"oauth.discoveryUrl"_s
        << u"after the host name"_s;
    QTest::newRow("oauth.discoveryUrl not http")
        << withChange(u"oauth.discoveryUrl"_s, u"ftp://example.org/{domain}/openid-configuration"_s)
        << u"oauth.discoveryUrl"_s << u"http or https"_s;
    QTest::newRow("oauth.discoveryUrl no address") << withChange(u"oauth.discoveryUrl"_s, u"{domain}"_s)
                                                   << u"oauth.discoveryUrl"_s << u"http or https"_s;
    QTest::newRow("oauth.discoveryUrl a number") << withChange(u"oauth.discoveryUrl"_s, 42) << u"oauth.discoveryUrl"_s
                                                 << u"text"_s;
    QTest::newRow("oauth.discoveryUrl empty") << withChange(u"oauth.discoveryUrl"_s, u""_s) << u"oauth.discoveryUrl"_s
                                              << u"empty"_s;
    QTest::newRow("caCertificates missing file") << withChange(u"caCertificates"_s, u"missing-ca.pem"_s)
                                                 << u"caCertificates"_s << u"missing-ca.pem does not exist"_s;
    QTest::newRow("caCertificates without PEM") << withChange(u"caCertificates"_s, u"not-a-certificate.pem"_s)
                                                << u"caCertificates"_s << u"no PEM certificate"_s;
    QTest::newRow("caCertificates a folder") << withChange(u"caCertificates"_s, u"certificates"_s)
                                             << u"caCertificates"_s << u"certificates"_s;
    QTest::newRow("caCertificates a number") << withChange(u"caCertificates"_s, 42) << u"caCertificates"_s
                                             << u"text"_s;
    QTest::newRow("caCertificates empty") << withChange(u"caCertificates"_s, u""_s) << u"caCertificates"_s
                                          << u"empty"_s;

    // The sign-in's addresses receive the code, the PKCE verifier and the tokens: https only, plain http only to
    // this computer, and never a user name or password in them.
    const QString https = u"https"_s;
    const QString userInfo = u"user name or password"_s;
    QTest::newRow("oauth.authorizeUrl plain http to a server") << withChange(u"oauth.authorizeUrl"_s, u"http://login.example.org/authorize"_s)
                                                              << u"oauth.authorizeUrl"_s << https;
    QTest::newRow("oauth.tokenUrl plain http to a server") << withChange(u"oauth.tokenUrl"_s, u"http://10.0.0.1/token"_s)
                                                          << u"oauth.tokenUrl"_s << https;
    QTest::newRow("oauth.tokenUrl http to a name that starts like loopback")
        << withChange(u"oauth.tokenUrl"_s, u"http://127.0.0.1.evil.example/token"_s) << u"oauth.tokenUrl"_s << https;
    QTest::newRow("oauth.tokenUrl http to a name that starts like localhost")
        << withChange(u"oauth.tokenUrl"_s, u"http://localhost.evil.example/token"_s) << u"oauth.tokenUrl"_s << https;
    QTest::newRow("oauth.tokenUrl with a password") << withChange(u"oauth.tokenUrl"_s, u"https://alex:secret@login.example.org/token"_s)
                                                   << u"oauth.tokenUrl"_s << userInfo;
    QTest::newRow("oauth.authorizeUrl with a user") << withChange(u"oauth.authorizeUrl"_s, u"https://alex@login.example.org/authorize"_s)
                                                   << u"oauth.authorizeUrl"_s << userInfo;
    QTest::newRow("oauth.authorizeUrl loopback with a password")
        << withChange(u"oauth.authorizeUrl"_s, u"http://a:b@127.0.0.1:18080/authorize"_s) << u"oauth.authorizeUrl"_s << userInfo;
    QTest::newRow("oauth.discoveryUrl plain http to a server")
        << withChange(u"oauth.discoveryUrl"_s, u"http://idp.example/{domain}/openid-configuration"_s)
        << u"oauth.discoveryUrl"_s << https;
    QTest::newRow("oauth.discoveryUrl with a password")
        << withChange(u"oauth.discoveryUrl"_s, u"https://alex:secret@idp.example/{domain}"_s) << u"oauth.discoveryUrl"_s
        << userInfo;

    // Anything that is neither a host name nor an IP address, named with its key (not "check the internet").
    const QString hostProblem = u"host name or an IP address"_s;
    const std::pair<const char *, QString> badHosts[] = {
        { "a tab", u"outlook.office365.com\tevil"_s },
        { "a line break", u"outlook.office365.com\nevil.example"_s },
        { "a NUL", u"outlook.office365.com\x00.evil.example"_s },
        { "a port", u"outlook.office365.com:993"_s },
        { "a user", u"alex@outlook.office365.com"_s },
        { "brackets around IPv6", u"[::1]"_s },
        { "brackets around IPv4", u"[127.0.0.1]"_s },
        { "a path", u"outlook.office365.com/imap"_s },
        { "a URL", u"imaps://outlook.office365.com"_s },
        { "an underscore", u"mail_server.example"_s },
        { "a hyphen first", u"-mail.example"_s },
        { "an empty label", u"mail..example"_s },
        { "an escape", u"mail.example\x1b[31m"_s },
        { "a bidi override", u"mail.\u202eelpmaxe"_s },
    };
    for (const auto &[name, host] : badHosts) {
        QTest::newRow(qPrintable(u"imap.host with "_s + QLatin1StringView(name)))
            << withChange(u"imap.host"_s, host) << u"imap.host"_s << hostProblem;
        QTest::newRow(qPrintable(u"smtp.host with "_s + QLatin1StringView(name)))
            << withChange(u"smtp.host"_s, host) << u"smtp.host"_s << hostProblem;
    }
}

void tst_ProviderProfile::brokenFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"certificates"_s));
    QFile notPem(dir.filePath(u"not-a-certificate.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("This is not a certificate.\n");
    notPem.close();

    const QString path = dir.filePath(u"profile.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromFile(path, &error);
    QVERIFY(!profile);
    QCOMPARE(error.file, path);
    QCOMPARE(error.key, key);
    QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
    // One sentence names all three.
    const QString message = error.message();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(key), qPrintable(message));
    QVERIFY2(message.contains(error.problem), qPrintable(message));

    // Bytes read elsewhere fail the same way, named as the caller names them.
    ProfileError fromBytes;
    QVERIFY(!ProviderProfileLoader::fromJson(content, u"pasted profile"_s, dir.path(), &fromBytes));
    QCOMPARE(fromBytes.file, u"pasted profile"_s);
    QCOMPARE(fromBytes.key, key);
    // Without a place for the error it still fails, and does not crash.
    QVERIFY(!ProviderProfileLoader::fromJson(content, u"x"_s, dir.path(), nullptr));
}

void tst_ProviderProfile::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nowhere.json"_s);
    ProfileError error;
    QVERIFY(!ProviderProfileLoader::fromFile(path, &error));
    QCOMPARE(error.file, path);
    QVERIFY(error.key.isEmpty());
    QVERIFY2(error.problem.contains(u"does not exist"_s), qPrintable(error.problem));
    QVERIFY(error.message().contains(path));

    // A folder is not a profile either.
    ProfileError folderError;
    QVERIFY(!ProviderProfileLoader::fromFile(dir.path(), &folderError));
    QCOMPARE(folderError.file, dir.path());
    QVERIFY2(folderError.problem.contains(u"not a regular file"_s), qPrintable(folderError.problem));
}

void tst_ProviderProfile::acceptedServersAndAddresses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    for (const QString &host : { u"outlook.office365.com"_s, u"Outlook.Office365.COM"_s, u"localhost"_s,
                                 u"127.0.0.1"_s, u"::1"_s, u"2001:db8::25"_s, u"bücher.example"_s }) {
        QTest::newRow(qPrintable(u"imap.host "_s + host)) << u"imap.host"_s << host;
        QTest::newRow(qPrintable(u"smtp.host "_s + host)) << u"smtp.host"_s << host;
    }
    for (const QString &url : { u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s,
                                u"http://127.0.0.1:18080/token"_s, u"http://127.1.2.3/token"_s,
                                u"http://[::1]:18080/token"_s, u"http://localhost:18080/token"_s,
                                u"http://LOCALHOST/token"_s }) {
        QTest::newRow(qPrintable(u"oauth.tokenUrl "_s + url)) << u"oauth.tokenUrl"_s << url;
    }
}

void tst_ProviderProfile::acceptedServersAndAddresses()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    ProfileError error;
    const auto profile = ProviderProfileLoader::fromJson(withChange(key, value), u"profile"_s, {}, &error);
    QVERIFY2(profile, qPrintable(error.message()));
}

namespace {

enum class SpecialFile { Fifo, DevZero, Folder, Huge };

// Opens the FIFO's other end as soon as someone waits on it, and closes it at once: a loader that blocked on
// the FIFO then reads an empty file instead of hanging the test.
class FifoUnblocker
{
public:
    explicit FifoUnblocker(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_thread = std::thread([this] {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (!m_done && std::chrono::steady_clock::now() < deadline) {
                const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    ::close(fd);
                    m_unblocked = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    ~FifoUnblocker()
    {
        m_done = true;
        m_thread.join();
    }
    // True when someone opened the FIFO to read it, which is what must never happen.
    bool readerWaited() const { return m_unblocked; }

private:
    QByteArray m_path;
    std::atomic<bool> m_done = false;
    std::atomic<bool> m_unblocked = false;
    std::thread m_thread;
};

} // namespace

void tst_ProviderProfile::specialFiles_data()
{
    QTest::addColumn<bool>("profileItself");  // the file named by --provider-file, or its caCertificates
    QTest::addColumn<SpecialFile>("kind");
    QTest::addColumn<QString>("problem");
    for (const bool profile : { true, false }) {
        const QString which = profile ? u"the profile: "_s : u"caCertificates: "_s;
        QTest::newRow(qPrintable(which + u"a FIFO"_s)) << profile << SpecialFile::Fifo << u"not a regular file"_s;
        QTest::newRow(qPrintable(which + u"/dev/zero"_s)) << profile << SpecialFile::DevZero << u"not a regular file"_s;
        QTest::newRow(qPrintable(which + u"a folder"_s)) << profile << SpecialFile::Folder << u"not a regular file"_s;
        QTest::newRow(qPrintable(which + u"a huge file"_s)) << profile << SpecialFile::Huge
                                                           << (profile ? u"too large"_s : u"larger than 1024 KB"_s);
    }
}

void tst_ProviderProfile::specialFiles()
{
    QFETCH(bool, profileItself);
    QFETCH(SpecialFile, kind);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString special;
    switch (kind) {
    case SpecialFile::Fifo:
        special = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(special).constData(), 0600), 0);
        break;
    case SpecialFile::DevZero:
        special = u"/dev/zero"_s;
        break;
    case SpecialFile::Folder:
        special = dir.filePath(u"folder"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        break;
    case SpecialFile::Huge: {
        // A real certificate at the start, then far more than any bundle of certificates holds.
        special = dir.filePath(u"huge.pem"_s);
        QFile ca(ScriptedServer::testDataDir() + u"/tls/ca.pem"_s);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray pem = ca.readAll();
        QFile huge(special);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(profileItself ? json(validProfile()) : pem);
        QVERIFY(huge.resize(2 * 1024 * 1024));
        break;
    }
    }

    std::optional<FifoUnblocker> unblocker;
    if (kind == SpecialFile::Fifo)
        unblocker.emplace(special);
    ProfileError error;
    std::optional<ProviderProfile> profile;
    if (profileItself) {
        profile = ProviderProfileLoader::fromFile(special, &error);
    } else {
        const QString path = dir.filePath(u"profile.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withChange(u"caCertificates"_s, special));
        file.close();
        profile = ProviderProfileLoader::fromFile(path, &error);
        QCOMPARE(error.key, u"caCertificates"_s);
        QVERIFY2(error.message().contains(special), qPrintable(error.message()));
    }
    const bool fifoOpened = unblocker && unblocker->readerWaited();
    unblocker.reset();
    QVERIFY2(!fifoOpened, "the loader opened the FIFO and waited for a writer");
    QVERIFY(!profile);
    QVERIFY2(error.problem.contains(problem), qPrintable(error.message()));
}

void tst_ProviderProfile::caCertificatesRelativeToProfile_data()
{
    QTest::addColumn<QString>("written");     // as written in the profile
    QTest::addColumn<QString>("caLocation");  // where the file is, relative to the temporary folder

    QTest::newRow("next to the profile") << u"ca.pem"_s << u"profiles/ca.pem"_s;
    QTest::newRow("in a sub-folder") << u"tls/ca.pem"_s << u"profiles/tls/ca.pem"_s;
    QTest::newRow("in a parent's folder") << u"../certificates/ca.pem"_s << u"certificates/ca.pem"_s;
    QTest::newRow("absolute") << u"ABSOLUTE"_s << u"elsewhere/ca.pem"_s;
}

void tst_ProviderProfile::caCertificatesRelativeToProfile()
{
    QFETCH(QString, written);
    QFETCH(QString, caLocation);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caPath = QDir::cleanPath(dir.filePath(caLocation));
    QVERIFY(QDir().mkpath(QFileInfo(caPath).absolutePath()));
    QVERIFY(QDir().mkpath(dir.filePath(u"profiles"_s)));
    QVERIFY(QFile::copy(ScriptedServer::testDataDir() + u"/tls/ca.pem"_s, caPath));
    if (written == u"ABSOLUTE"_s)
        written = caPath;

    const QString profilePath = dir.filePath(u"profiles/sandbox.json"_s);
    QFile file(profilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(withChange(u"caCertificates"_s, written));
    file.close();

    // The working folder is somewhere else: the path is the profile's, not the process's.
    QVERIFY(QDir::current().absolutePath() != QFileInfo(profilePath).absolutePath());
    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromFile(profilePath, &error);
    QVERIFY2(profile, qPrintable(error.message()));
    QCOMPARE(QDir::cleanPath(profile->caCertificatesFile), caPath);
    QCOMPARE(profile->caCertificates.size(), 1);
    QCOMPARE(profile->caCertificates.first().subjectInfo(QSslCertificate::CommonName),
             QStringList{ u"Mail Setup Test CA"_s });
}

void tst_ProviderProfile::discoveryUrl_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QUrl>("forContoso"); // the address asked for contoso.example

    QTest::newRow("Microsoft's")
        << u"https://login.microsoftonline.com/{domain}/v2.0/.well-known/openid-configuration"_s
        << QUrl(u"https://login.microsoftonline.com/contoso.example/v2.0/.well-known/openid-configuration"_s);
    QTest::newRow("the sandbox's") << u"http://localhost:18080/{domain}/v2.0/.well-known/openid-configuration"_s
                                   << QUrl(u"http://localhost:18080/contoso.example/v2.0/.well-known/"
                                           "openid-configuration"_s);
    QTest::newRow("in the query") << u"https://idp.example/discover?domain={domain}"_s
                                  << QUrl(u"https://idp.example/discover?domain=contoso.example"_s);
    QTest::newRow("white space around") << u"  https://idp.example/{domain}  "_s
                                        << QUrl(u"https://idp.example/contoso.example"_s);
}

void tst_ProviderProfile::discoveryUrl()
{
    QFETCH(QString, written);
    QFETCH(QUrl, forContoso);

    ProfileError error;
    const std::optional<ProviderProfile> profile =
        ProviderProfileLoader::fromJson(withChange(u"oauth.discoveryUrl"_s, written), u"profile"_s, {}, &error);
    QVERIFY2(profile, qPrintable(error.message()));
    QCOMPARE(profile->oauth.discoveryUrl, written.trimmed());
    QCOMPARE(OAuthSettings::expandDiscoveryUrl(profile->oauth.discoveryUrl, u"contoso.example"_s), forContoso);
}

void tst_ProviderProfile::expandDiscoveryUrl_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QUrl>("expected"); // invalid: refused

    const QString microsoft = u"https://login.microsoftonline.com/{domain}/v2.0/.well-known/openid-configuration"_s;
    const auto at = [](const QString &domain) {
        return QUrl(u"https://login.microsoftonline.com/%1/v2.0/.well-known/openid-configuration"_s.arg(domain));
    };
    QTest::newRow("ACE domain") << microsoft << u"xn--bcher-kva.example"_s << at(u"xn--bcher-kva.example"_s);
    QTest::newRow("capitals are lowered") << microsoft << u"Contoso.Example"_s << at(u"contoso.example"_s);
    QTest::newRow("every placeholder") << u"https://idp.example/{domain}/{domain}"_s << u"contoso.example"_s
                                       << QUrl(u"https://idp.example/contoso.example/contoso.example"_s);
    QTest::newRow("Unicode domain") << microsoft << u"bücher.example"_s << QUrl();
    QTest::newRow("a path in the domain") << microsoft << u"contoso.example/../../evil"_s << QUrl();
    QTest::newRow("a query in the domain") << microsoft << u"contoso.example?x=1"_s << QUrl();
    QTest::newRow("a space in the domain") << microsoft << u"contoso example"_s << QUrl();
    QTest::newRow("empty domain") << microsoft << QString() << QUrl();
    QTest::newRow("no placeholder") << u"https://login.microsoftonline.com/common/v2.0"_s << u"contoso.example"_s
                                    << QUrl();
    QTest::newRow("placeholder in the host") << u"https://{domain}/openid-configuration"_s << u"contoso.example"_s
                                             << QUrl();
    QTest::newRow("placeholder in the user") << u"https://{domain}@idp.example/x"_s << u"contoso.example"_s << QUrl();
    QTest::newRow("empty template") << QString() << u"contoso.example"_s << QUrl();
}

void tst_ProviderProfile::expandDiscoveryUrl()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, domain);
    QFETCH(QUrl, expected);

    const QUrl url = OAuthSettings::expandDiscoveryUrl(urlTemplate, domain);
    QCOMPARE(url.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(url, expected);
}

QTEST_GUILESS_MAIN(tst_ProviderProfile)
#include "tst_providerprofile.moc"
