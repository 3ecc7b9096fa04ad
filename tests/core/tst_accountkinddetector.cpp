// Telling the account kind from an address before sign-in: the personal domains list (no network), MX records
// from a fake DNS server on loopback, and OpenID discovery at the fake identity provider; offline and silent
// networks end as Unknown within the time limits; addresses are checked and normalized (IDN to ACE).
//
// Qt 6.4's QDnsLookup asks a chosen nameserver on port 53 only, so the fake DNS server binds port 53 of a loopback
// address of its own (127.x.y.z). Where that is not allowed (not root), the tests that need MX answers skip.
#include "tests/support/fakednsserver.h"
#include "tests/support/memorymxresolver.h"
#include "tests/support/fakeidentityprovider.h"
#include "wizard/core/provider/accountkinddetector.h"
#include "wizard/core/provider/personaldomains.h"
#include "wizard/core/provider/providerprofile.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QPointer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Kind = AccountKindDetector::Kind;
using Reason = AccountKindDetector::Reason;
using AddressProblem = EmailAddress::Problem;

namespace {

const QString workTenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;

// Counts what the detector asks of the network, so a test can see that it asked nothing.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
};

// "10 host" -> an MX record.
QList<FakeDnsServer::MxRecord> mxRecords(const QStringList &entries)
{
    QList<FakeDnsServer::MxRecord> records;
    for (const QString &entry : entries)
        records.append({quint16(entry.section(u' ', 0, 0).toUInt()), entry.section(u' ', 1)});
    return records;
}

// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9; // discard: nothing listens there either
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_AccountKindDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void personalDomainsList();
    void personalDomainHitsNeedNoNetwork_data();
    void personalDomainHitsNeedNoNetwork();
    void tenantDiscoveryReadsAnswers_data();
    void tenantDiscoveryReadsAnswers();
    void mailServerKinds_data();
    void mailServerKinds();
    void checkAddress_data();
    void checkAddress();
    void invalidAddressLooksNothingUp();

    void fakeDnsServerAnswersQDnsLookup();
    void fakeProviderDiscoveryRoute();

    void lookupsCombine_data();
    void lookupsCombine();
    void mxAloneDecidesWhenDiscoveryIsSilent();
    void offlineIsUnknownWithinTheLimit();
    void silenceIsUnknownWithinTheLimits_data();
    void silenceIsUnknownWithinTheLimits();
    void nameserverPortOnQt64();
    void mxThroughTheRealDns();
    void profileDiscoveryUrlDrivesDiscovery();
    void restartAndAbort();

private:
    std::unique_ptr<AccountKindDetector> newDetector();
    AccountKindDetector::Result detect(AccountKindDetector &detector, const QString &address,
                                       int timeoutMs = 15000);
    // The nameserver the detectors ask: the fake's address, or (without port 53) one where nothing listens.
    QHostAddress nameserver() const;

    FakeDnsServer m_dns;      // the real DNS path: QDnsLookup against it on port 53 (needs root)
    QString m_dnsUnavailable; // why the real DNS path cannot be tested here; empty when it can
    // What the detectors of newDetector() are told by their in-memory resolver (any user, no port 53).
    QHash<QString, QStringList> m_mxRecords;
    bool m_mxSilent = false;
    QPointer<MemoryMxResolver> m_mx;
    std::unique_ptr<FakeIdentityProvider> m_idp;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
};

void tst_AccountKindDetector::initTestCase()
{
    if (!m_dns.listenOnPort53())
        m_dnsUnavailable = m_dns.errorString();
    else if (!AccountKindDetector::supportsNameserverPort(53))
        m_dnsUnavailable = u"this Qt cannot ask a chosen nameserver"_s;
}

void tst_AccountKindDetector::init()
{
    m_dns.setSilent(false);
    m_dns.clear();
    m_mxRecords.clear();
    m_mxSilent = false;
    m_idp = std::make_unique<FakeIdentityProvider>();
    QVERIFY2(m_idp->start(), qPrintable(m_idp->errorString()));
    m_network = std::make_unique<CountingNetworkAccessManager>();
}

void tst_AccountKindDetector::cleanup()
{
    // Held queries are answered, so no resolver thread is left waiting for its own time-out.
    m_dns.setSilent(false);
    m_network.reset();
    m_idp.reset();
}

std::unique_ptr<AccountKindDetector> tst_AccountKindDetector::newDetector()
{
    auto detector = std::make_unique<AccountKindDetector>();
    auto *resolver = new MemoryMxResolver(m_mxRecords);
    resolver->setSilent(m_mxSilent);
    detector->setMxResolver(resolver);
    m_mx = resolver;
    detector->setDiscoveryUrl(m_idp->discoveryUrl());
    detector->setNetworkAccessManager(m_network.get());
    return detector;
}

QHostAddress tst_AccountKindDetector::nameserver() const
{
    return m_dns.isListening() ? m_dns.address() : QHostAddress(u"127.201.202.203"_s);
}

AccountKindDetector::Result tst_AccountKindDetector::detect(AccountKindDetector &detector, const QString &address,
                                                            int timeoutMs)
{
    QList<AccountKindDetector::Result> results;
    const QMetaObject::Connection connection = connect(
        &detector, &AccountKindDetector::finished, this,
        [&results](const AccountKindDetector::Result &result) { results.append(result); });
    detector.detect(address);
    // Never from within detect().
    [&] { QCOMPARE(results.size(), 0); }();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, timeoutMs); }();
    disconnect(connection);
    if (results.isEmpty())
        return {};
    [&] {
        QVERIFY(!detector.isRunning());
        QCOMPARE(detector.result().reason, results.first().reason);
    }();
    return results.first();
}

// --- the personal domains list and the address --------------------------------------------------------------

void tst_AccountKindDetector::personalDomainsList()
{
    const QStringList domains = PersonalDomains::all();
    // Every e-mail domain of ispdb hotmail.com.xml; its MX entry olc.protection.outlook.com is no address domain.
    QCOMPARE(domains.size(), 102);
    for (const QString &domain : {u"outlook.com"_s, u"hotmail.com"_s, u"live.com"_s, u"msn.com"_s,
                                  u"windowslive.com"_s, u"livemail.tw"_s, u"outlook.de"_s, u"outlook.fr"_s,
                                  u"outlook.jp"_s, u"outlook.com.br"_s, u"hotmail.co.uk"_s, u"hotmail.de"_s,
                                  u"live.com.mx"_s, u"live.co.uk"_s, u"live.cn"_s}) {
        QVERIFY2(domains.contains(domain), qPrintable(domain));
    }
    QVERIFY(!domains.contains(u"olc.protection.outlook.com"_s));
    for (const QString &domain : domains)
        QCOMPARE(domain, domain.toLower().trimmed());

    QVERIFY(PersonalDomains::contains(u"HOTMAIL.CO.UK"_s));
    QVERIFY(PersonalDomains::contains(u"Outlook.De"_s));
    QVERIFY(PersonalDomains::contains(u"outlook.com."_s));
    // Look-alikes are not on it.
    for (const QString &domain : {u"outlook.com.evil.example"_s, u"myoutlook.com"_s, u"hotmail.example"_s,
                                  u"mail.outlook.com"_s, u"office365.com"_s, u"onmicrosoft.com"_s, QString()}) {
        QVERIFY2(!PersonalDomains::contains(domain), qPrintable(domain));
    }
}

void tst_AccountKindDetector::personalDomainHitsNeedNoNetwork_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("hotmail.co.uk in capitals") << u"Alex@HOTMAIL.CO.UK"_s << u"Alex@hotmail.co.uk"_s;
    QTest::newRow("outlook.de") << u"jonas@outlook.de"_s << u"jonas@outlook.de"_s;
    QTest::newRow("outlook.com with spaces around") << u"  kim@Outlook.com  "_s << u"kim@outlook.com"_s;
    QTest::newRow("live.com.mx") << u"ana@live.com.mx"_s << u"ana@live.com.mx"_s;
    QTest::newRow("msn.com") << u"old.timer@msn.com"_s << u"old.timer@msn.com"_s;
    QTest::newRow("windowslive.com") << u"w@windowslive.com"_s << u"w@windowslive.com"_s;
    QTest::newRow("livemail.tw") << u"mei@livemail.tw"_s << u"mei@livemail.tw"_s;
    QTest::newRow("outlook.jp, Unicode local part") << u"はると@outlook.jp"_s << u"はると@outlook.jp"_s;
}

void tst_AccountKindDetector::personalDomainHitsNeedNoNetwork()
{
    QFETCH(QString, address);
    QFETCH(QString, normalized);

    auto detector = newDetector();
    const AccountKindDetector::Result result = detect(*detector, address, 2000);
    QCOMPARE(result.kind, Kind::Personal);
    QCOMPARE(result.reason, Reason::PersonalDomain);
    QCOMPARE(result.address, normalized);
    QCOMPARE(result.domain, normalized.section(u'@', 1));
    QVERIFY(result.tenantId.isEmpty());
    QVERIFY2(result.evidence.contains(result.domain), qPrintable(result.evidence));
    // Nothing was asked of anyone: no HTTP request, no DNS query, no lookup object.
    QCOMPARE(m_network->requests, 0);
    QCOMPARE(m_idp->requestCount(), 0);
    QCOMPARE(m_mx->queryCount(), 0);
    QVERIFY(detector->findChildren<QDnsLookup *>().isEmpty());
    QVERIFY(detector->findChildren<QNetworkAccessManager *>().isEmpty());
}

void tst_AccountKindDetector::tenantDiscoveryReadsAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("networkError");
    QTest::addColumn<TenantDiscoveryAnswer::Answer>("answer");
    QTest::addColumn<QString>("tenantId");
    QTest::addColumn<QString>("said"); // in the evidence, or in the problem when there is no answer
    using A = TenantDiscoveryAnswer::Answer;
    const QString contoso = u"4a8c2d1e-6b3f-4e7a-9c0d-1f2e3a4b5c6d"_s;
    QTest::newRow("work tenant") << 200
        << R"({"issuer":"https://login.microsoftonline.com/4A8C2D1E-6B3F-4E7A-9C0D-1F2E3A4B5C6D/v2.0"})"_ba
        << QString() << A::Tenant << contoso << u"issuer https://login.microsoftonline.com/"_s;
    QTest::newRow("sts issuer") << 200 << R"({"issuer":"https://sts.windows.net/4a8c2d1e-6b3f-4e7a-9c0d-1f2e3a4b5c6d/"})"_ba
        << QString() << A::Tenant << contoso << u"sts.windows.net"_s;
    QTest::newRow("consumers") << 200
        << R"({"issuer":"https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"})"_ba
        << QString() << A::Consumers << u"9188040d-6c67-4c5b-b112-36a304b66dad"_s << u"9188040d"_s;
    QTest::newRow("tenant not found by code") << 400
        << R"({"error":"invalid_tenant","error_codes":[90002],"error_description":"AADSTS90002: Tenant 'x.test' not found.\r\nTrace ID: 1"})"_ba
        << QString() << A::TenantNotFound << QString() << u"discovery HTTP 400: AADSTS90002: Tenant 'x.test' not found."_s;
    QTest::newRow("tenant not found by words") << 404
        << R"({"error_description":"AADSTS90002: Tenant not found."})"_ba << QString() << A::TenantNotFound
        << QString() << u"AADSTS90002"_s;
    QTest::newRow("other AADSTS") << 400 << R"({"error_codes":[900023],"error_description":"AADSTS900023: bad"})"_ba
        << QString() << A::None << QString() << u"HTTP 400: AADSTS900023: bad"_s;
    QTest::newRow("server error") << 503 << "<html>busy</html>"_ba << QString() << A::None << QString()
        << u"HTTP 503"_s;
    QTest::newRow("200 without issuer") << 200 << "{}"_ba << QString() << A::None << QString()
        << u"without a tenant id in its issuer (none)"_s;
    QTest::newRow("200 issuer without a tenant") << 200 << R"({"issuer":"https://login.example/common/v2.0"})"_ba
        << QString() << A::None << QString() << u"(https://login.example/common/v2.0)"_s;
    QTest::newRow("200 not json") << 200 << "not json"_ba << QString() << A::None << QString()
        << u"issuer (none)"_s;
    QTest::newRow("no answer") << 0 << QByteArray() << u"Host login.test not found"_s << A::None << QString()
        << u"no answer (Host login.test not found)"_s;
    QTest::newRow("too large") << 200 << QByteArray(TenantDiscovery::maxAnswerBytes + 1, ' ') << QString()
        << A::None << QString() << u"larger than"_s;
}

void tst_AccountKindDetector::tenantDiscoveryReadsAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, networkError);
    QFETCH(TenantDiscoveryAnswer::Answer, answer);
    QFETCH(QString, tenantId);
    QFETCH(QString, said);
    const TenantDiscoveryAnswer read = TenantDiscovery::interpret(status, body, networkError);
    QCOMPARE(read.answer, answer);
    QCOMPARE(read.tenantId, tenantId);
    const QString text = answer == TenantDiscoveryAnswer::Answer::None ? read.problem : read.evidence;
    QVERIFY2(text.contains(said), qPrintable(text));
    QVERIFY(answer == TenantDiscoveryAnswer::Answer::None ? read.evidence.isEmpty() : read.problem.isEmpty());
}

void tst_AccountKindDetector::mailServerKinds_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("Exchange Online") << u"contoso-com.mail.protection.outlook.com"_s << Kind::Work;
    QTest::newRow("Exchange Online, capitals and root dot") << u"CONTOSO-COM.Mail.Protection.Outlook.com."_s
                                                            << Kind::Work;
    QTest::newRow("Exchange Online with DNSSEC") << u"contoso-com.o-v1.mx.microsoft"_s << Kind::Work;
    QTest::newRow("Outlook.com") << u"eur.olc.protection.outlook.com"_s << Kind::Personal;
    QTest::newRow("Outlook.com, North America") << u"nam.olc.protection.outlook.com"_s << Kind::Personal;
    QTest::newRow("Google") << u"aspmx.l.google.com"_s << Kind::Unknown;
    QTest::newRow("a gateway") << u"eu-smtp-inbound-1.mimecast.com"_s << Kind::Unknown;
    QTest::newRow("suffix as a prefix") << u"mail.protection.outlook.com.evil.example"_s << Kind::Unknown;
    QTest::newRow("no label boundary") << u"evilmail.protection.outlook.com"_s << Kind::Unknown;
    QTest::newRow("the suffix alone") << u"mail.protection.outlook.com"_s << Kind::Unknown;
    QTest::newRow("empty") << QString() << Kind::Unknown;
}

void tst_AccountKindDetector::mailServerKinds()
{
    QFETCH(QString, host);
    QFETCH(Kind, kind);
    QCOMPARE(AccountKindDetector::kindOfMailServer(host), kind);
}

void tst_AccountKindDetector::checkAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<AddressProblem>("problem");
    QTest::addColumn<QString>("normalized");

    const auto ok = [](const char *name, const QString &typed, const QString &normalized) {
        QTest::newRow(name) << typed << AddressProblem::None << normalized;
    };
    const auto bad = [](const char *name, const QString &typed, AddressProblem problem) {
        QTest::newRow(name) << typed << problem << QString();
    };
    ok("plain", u"alex@example.com"_s, u"alex@example.com"_s);
    ok("domain lower-cased, local part kept", u"Alex.Smith@Example.COM"_s, u"Alex.Smith@example.com"_s);
    ok("white space around", u" \talex@example.com \n"_s, u"alex@example.com"_s);
    ok("sub-address and sub-domain", u"first.last+tag@mail.example.co.uk"_s, u"first.last+tag@mail.example.co.uk"_s);
    ok("every atext character", u"!#$%&'*+-/=?^_`{|}~@example.com"_s, u"!#$%&'*+-/=?^_`{|}~@example.com"_s);
    ok("IDN domain", u"jörg@bücher.example"_s, u"jörg@xn--bcher-kva.example"_s);
    ok("IDN domain in capitals", u"jörg@BÜCHER.Example"_s, u"jörg@xn--bcher-kva.example"_s);
    ok("Japanese domain", u"user@例え.テスト"_s, u"user@xn--r8jz45g.xn--zckzah"_s);
    ok("ideographic full stop", u"user@bücher。example"_s, u"user@xn--bcher-kva.example"_s);
    ok("ACE typed as ACE", u"user@XN--BCHER-KVA.example"_s, u"user@xn--bcher-kva.example"_s);
    ok("local part of 64 bytes", QString(64, u'a') + u"@example.com"_s, QString(64, u'a') + u"@example.com"_s);

    bad("empty", QString(), AddressProblem::Empty);
    bad("only white space", u"  \t "_s, AddressProblem::Empty);
    bad("space inside", u"alex smith@example.com"_s, AddressProblem::ContainsSpace);
    bad("space in the domain", u"alex@exa mple.com"_s, AddressProblem::ContainsSpace);
    bad("no-break space", u"alex\u00a0@example.com"_s, AddressProblem::ContainsSpace);
    bad("no at", u"alex.example.com"_s, AddressProblem::NoAt);
    bad("two ats", u"alex@home@example.com"_s, AddressProblem::MoreThanOneAt);
    bad("quoted local part", u"\"a@b\"@example.com"_s, AddressProblem::MoreThanOneAt);
    bad("no local part", u"@example.com"_s, AddressProblem::NoLocalPart);
    bad("no domain", u"alex@"_s, AddressProblem::NoDomain);
    bad("leading dot", u".alex@example.com"_s, AddressProblem::BadLocalPart);
    bad("trailing dot", u"alex.@example.com"_s, AddressProblem::BadLocalPart);
    bad("double dot", u"al..ex@example.com"_s, AddressProblem::BadLocalPart);
    bad("parentheses", u"al(ex)@example.com"_s, AddressProblem::BadLocalPart);
    bad("comma", u"al,ex@example.com"_s, AddressProblem::BadLocalPart);
    bad("quote", u"al\"ex@example.com"_s, AddressProblem::BadLocalPart);
    bad("control character", u"al\u0001ex@example.com"_s, AddressProblem::BadLocalPart);
    bad("zero-width joiner in the local part", u"al\u200dex@example.com"_s, AddressProblem::BadLocalPart);
    bad("local part of 65 bytes", QString(65, u'a') + u"@example.com"_s, AddressProblem::LocalPartTooLong);
    bad("local part of 33 two-byte letters", QString(33, u'ü') + u"@example.com"_s, AddressProblem::LocalPartTooLong);
    bad("no dot in the domain", u"alex@localhost"_s, AddressProblem::DomainWithoutDot);
    bad("no dot, IDN", u"alex@bücher"_s, AddressProblem::DomainWithoutDot);
    bad("empty label", u"alex@example..com"_s, AddressProblem::BadDomain);
    bad("leading hyphen", u"alex@-example.com"_s, AddressProblem::BadDomain);
    bad("trailing hyphen", u"alex@example-.com"_s, AddressProblem::BadDomain);
    bad("underscore", u"alex@exa_mple.com"_s, AddressProblem::BadDomain);
    bad("root dot", u"alex@example.com."_s, AddressProblem::BadDomain);
    bad("leading dot in the domain", u"alex@.example.com"_s, AddressProblem::BadDomain);
    bad("address literal", u"alex@[192.0.2.1]"_s, AddressProblem::BadDomain);
    bad("IPv4 address", u"alex@192.0.2.1"_s, AddressProblem::BadDomain);
    bad("label of 64", u"alex@"_s + QString(64, u'b') + u".com"_s, AddressProblem::BadDomain);
    bad("IDN conversion fails", u"alex@a\ufffd.example"_s, AddressProblem::BadDomain);
    bad("slash", u"alex@example.com/path"_s, AddressProblem::BadDomain);
    bad("255 bytes in all",
        QString(64, u'a') + u'@' + QString(60, u'b') + u'.' + QString(60, u'c') + u'.' + QString(60, u'd') + u'.'
            + QString(60, u'e') + u".com"_s,
        AddressProblem::TooLong);
    bad("a pasted page", QString(5000, u'x') + u"@example.com"_s, AddressProblem::TooLong);
}

void tst_AccountKindDetector::checkAddress()
{
    QFETCH(QString, typed);
    QFETCH(AddressProblem, problem);
    QFETCH(QString, normalized);

    const EmailAddress checked = EmailAddress::check(typed);
    QCOMPARE(checked.problem, problem);
    QCOMPARE(checked.isValid(), problem == AddressProblem::None);
    QCOMPARE(checked.normalized, normalized);
    if (checked.isValid()) {
        QCOMPARE(checked.localPart + u'@' + checked.domain, normalized);
        // The normalized form is stable.
        QCOMPARE(EmailAddress::check(normalized).normalized, normalized);
    }
}

void tst_AccountKindDetector::invalidAddressLooksNothingUp()
{
    auto detector = newDetector();
    const AccountKindDetector::Result result = detect(*detector, u"alex.example.com"_s, 2000);
    QCOMPARE(result.kind, Kind::Unknown);
    QCOMPARE(result.reason, Reason::InvalidAddress);
    QCOMPARE(result.addressProblem, AddressProblem::NoAt);
    QVERIFY(result.address.isEmpty());
    QCOMPARE(m_network->requests, 0);
    QCOMPARE(m_mx->queryCount(), 0);
}

// --- the fakes ------------------------------------------------------------------------------------------------

void tst_AccountKindDetector::fakeDnsServerAnswersQDnsLookup()
{
    if (!m_dnsUnavailable.isEmpty())
        QSKIP(qPrintable(u"no fake DNS server on port 53: "_s + m_dnsUnavailable));
    m_dns.setMxRecords(u"Contoso.Example"_s, mxRecords({u"20 backup.contoso.example"_s,
                                                        u"10 contoso-example.mail.protection.outlook.com"_s}));
    m_dns.setMxRecords(u"nomx.example"_s, {});

    const auto lookup = [this](const QString &name) {
        auto dns = std::make_unique<QDnsLookup>(QDnsLookup::MX, name, m_dns.address());
        QSignalSpy finished(dns.get(), &QDnsLookup::finished);
        dns->lookup();
        [&] { QVERIFY(finished.wait(10000)); }();
        return dns;
    };
    const auto found = lookup(u"contoso.example"_s);
    QCOMPARE(found->error(), QDnsLookup::NoError);
    QCOMPARE(found->mailExchangeRecords().size(), 2);
    QStringList hosts;
    for (const QDnsMailExchangeRecord &record : found->mailExchangeRecords())
        hosts.append(u"%1 %2"_s.arg(record.preference()).arg(record.exchange()));
    hosts.sort();
    QCOMPARE(hosts, (QStringList{u"10 contoso-example.mail.protection.outlook.com"_s, u"20 backup.contoso.example"_s}));

    // A name without MX records (NOERROR, no answer): Qt 6.4 on glibc reports it as InvalidReplyError, as it does
    // a time-out or a refused query (res_nquery returns -1 for all of them). An unknown name (NXDOMAIN) is
    // NotFoundError, but an offline resolver may say that for every name. So the detector takes no error as an
    // answer, and only discovery can say "not Microsoft" then.
    const auto empty = lookup(u"nomx.example"_s);
    QVERIFY(empty->mailExchangeRecords().isEmpty());
    const auto missing = lookup(u"nowhere.example"_s);
    QCOMPARE(missing->error(), QDnsLookup::NotFoundError);
    QVERIFY(missing->mailExchangeRecords().isEmpty());
    if (QT_VERSION < QT_VERSION_CHECK(6, 8, 0))
        QCOMPARE(empty->error(), QDnsLookup::InvalidReplyError);
    QCOMPARE(m_dns.queriedNames(),
             (QStringList{u"contoso.example"_s, u"nomx.example"_s, u"nowhere.example"_s}));
}

void tst_AccountKindDetector::fakeProviderDiscoveryRoute()
{
    m_idp->setTenantDomain(u"Contoso.Example"_s, workTenant);
    QNetworkAccessManager manager;
    const auto get = [&manager](const QString &url) {
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(url))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(10000)); }();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return std::pair{status, QJsonDocument::fromJson(reply->readAll()).object()};
    };

    const auto [status, document] = get(m_idp->discoveryUrl(u"contoso.example"_s));
    QCOMPARE(status, 200);
    QCOMPARE(document.value(u"issuer"_s).toString(), u"https://login.microsoftonline.com/%1/v2.0"_s.arg(workTenant));
    QCOMPARE(document.value(u"token_endpoint"_s).toString(),
             u"http://localhost:%1/%2/oauth2/v2.0/token"_s.arg(m_idp->port()).arg(workTenant));
    QVERIFY(document.value(u"scopes_supported"_s).toArray().contains(u"openid"_s));

    // The sandbox's domain is known from the start; a tenant id works in a domain's place.
    QCOMPARE(get(m_idp->discoveryUrl(u"sandbox.test"_s)).second.value(u"issuer"_s).toString(),
             u"https://login.microsoftonline.com/%1/v2.0"_s.arg(FakeIdentityProvider::sandboxTenantId));
    QCOMPARE(get(m_idp->discoveryUrl(workTenant)).first, 200);
    QCOMPARE(get(m_idp->discoveryUrl(u"consumers"_s)).second.value(u"issuer"_s).toString(),
             u"https://login.microsoftonline.com/%1/v2.0"_s.arg(FakeIdentityProvider::personalTenantId));
    QCOMPARE(get(m_idp->discoveryUrl(u"common"_s)).second.value(u"issuer"_s).toString(),
             u"https://login.microsoftonline.com/{tenantid}/v2.0"_s);

    // A domain no tenant has: Microsoft's error, with the ids a helpdesk quotes.
    const auto [missingStatus, error] = get(m_idp->discoveryUrl(u"nowhere.example"_s));
    QCOMPARE(missingStatus, 400);
    QCOMPARE(error.value(u"error"_s).toString(), u"invalid_tenant"_s);
    QCOMPARE(error.value(u"error_codes"_s).toArray(), QJsonArray{90002});
    QVERIFY(error.value(u"error_description"_s)
                .toString()
                .startsWith(u"AADSTS90002: Tenant 'nowhere.example' not found."_s));
    QVERIFY(!error.value(u"trace_id"_s).toString().isEmpty());
    QVERIFY(!error.value(u"correlation_id"_s).toString().isEmpty());
    QCOMPARE(get(m_idp->discoveryUrl(u"00000000-1111-2222-3333-444444444444"_s)).first, 400);
    QCOMPARE(get(m_idp->discoveryUrl(u"nodot"_s)).second.value(u"error_codes"_s).toArray(), QJsonArray{900023});

    m_idp->removeTenantDomain(u"contoso.example"_s);
    QCOMPARE(get(m_idp->discoveryUrl(u"contoso.example"_s)).first, 400);
    QCOMPARE(m_idp->discoveryRequestCount(), 9);
}

// --- lookups --------------------------------------------------------------------------------------------------

void tst_AccountKindDetector::lookupsCombine_data()
{
    QTest::addColumn<QStringList>("mx");      // "preference host"; "NXDOMAIN": the name is unknown to the DNS server
    QTest::addColumn<QString>("tenant");      // of contoso.example at discovery; empty: AADSTS90002
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("tenantId");    // in the result
    QTest::addColumn<QString>("evidence");    // a part of it

    const QStringList nxdomain{u"NXDOMAIN"_s};
    const QString consumers = FakeIdentityProvider::personalTenantId;
    const QString issuer = u"issuer https://login.microsoftonline.com/%1/v2.0"_s;

    QTest::newRow("MX Microsoft 365, tenant found")
        << QStringList{u"0 contoso-example.mail.protection.outlook.com"_s} << workTenant << Kind::Work
        << Reason::Microsoft365Mx << workTenant << u"MX contoso-example.mail.protection.outlook.com"_s;
    QTest::newRow("MX Microsoft 365, no tenant found")
        << QStringList{u"0 contoso-example.mail.protection.outlook.com"_s} << QString() << Kind::Work
        << Reason::Microsoft365Mx << QString() << u"MX contoso-example.mail.protection.outlook.com"_s;
    QTest::newRow("MX Microsoft 365 with DNSSEC")
        << QStringList{u"0 contoso-example.o-v1.mx.microsoft"_s} << workTenant << Kind::Work << Reason::Microsoft365Mx
        << workTenant << u"MX contoso-example.o-v1.mx.microsoft"_s;
    QTest::newRow("MX by preference, not by order")
        << QStringList{u"20 backup.contoso.example"_s, u"10 contoso-example.mail.protection.outlook.com"_s}
        << QString() << Kind::Work << Reason::Microsoft365Mx << QString()
        << u"MX contoso-example.mail.protection.outlook.com"_s;
    QTest::newRow("MX Outlook.com") << QStringList{u"10 eur.olc.protection.outlook.com"_s} << QString()
                                    << Kind::Personal << Reason::OutlookComMx << QString()
                                    << u"MX eur.olc.protection.outlook.com"_s;
    QTest::newRow("MX Outlook.com outranks a tenant")
        << QStringList{u"10 eur.olc.protection.outlook.com"_s} << workTenant << Kind::Personal << Reason::OutlookComMx
        << QString() << u"MX eur.olc.protection.outlook.com"_s;
    QTest::newRow("gateway MX, tenant found")
        << QStringList{u"10 eu-smtp-inbound-1.mimecast.com"_s} << workTenant << Kind::Work
        << Reason::Microsoft365Tenant << workTenant << issuer.arg(workTenant);
    QTest::newRow("no MX answer, tenant found") << nxdomain << workTenant << Kind::Work << Reason::Microsoft365Tenant
                                                << workTenant << issuer.arg(workTenant);
    QTest::newRow("no MX answer, consumers tenant") << nxdomain << consumers << Kind::Personal
                                                    << Reason::ConsumersTenant << QString() << issuer.arg(consumers);
    QTest::newRow("other MX, no tenant") << QStringList{u"10 aspmx.l.google.com"_s} << QString() << Kind::NotMicrosoft
                                         << Reason::TenantNotFound << QString() << u"AADSTS90002"_s;
    // Qt 6.4 reports "no MX records" as an error (see fakeDnsServerAnswersQDnsLookup): discovery decides.
    QTest::newRow("no MX records, no tenant") << QStringList() << QString() << Kind::NotMicrosoft
                                              << Reason::TenantNotFound << QString() << u"AADSTS90002"_s;
    QTest::newRow("no MX answer, no tenant") << nxdomain << QString() << Kind::NotMicrosoft << Reason::TenantNotFound
                                             << QString() << u"AADSTS90002"_s;
}

void tst_AccountKindDetector::lookupsCombine()
{
    QFETCH(QStringList, mx);
    QFETCH(QString, tenant);
    QFETCH(Kind, kind);
    QFETCH(Reason, reason);
    QFETCH(QString, tenantId);
    QFETCH(QString, evidence);

    const bool needsDns = mx != QStringList{u"NXDOMAIN"_s};
    if (needsDns)
        m_mxRecords.insert(u"contoso.example"_s, mx);
    if (!tenant.isEmpty())
        m_idp->setTenantDomain(u"contoso.example"_s, tenant);

    auto detector = newDetector();
    const AccountKindDetector::Result result = detect(*detector, u"alex@Contoso.Example"_s);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.tenantId, tenantId);
    QVERIFY2(result.evidence.contains(evidence), qPrintable(result.evidence));
    QCOMPARE(result.address, u"alex@contoso.example"_s);
    QCOMPARE(result.domain, u"contoso.example"_s);
    if (needsDns && !mx.isEmpty())
        QCOMPARE(result.mxHosts.size(), mx.size());
    if (needsDns)
        QCOMPARE(m_mx->queriedNames(), QStringList{u"contoso.example"_s});
    // Outlook.com's MX needs no wait for discovery; everything else asked both.
    if (reason != Reason::OutlookComMx)
        QCOMPARE(m_idp->discoveryRequestCount(), 1);
    QVERIFY(result.elapsedMs < AccountKindDetector::defaultTimeLimitMs);
}

void tst_AccountKindDetector::mxAloneDecidesWhenDiscoveryIsSilent()
{
    m_mxRecords.insert(u"fabrikam.example"_s, {u"10 mx1.fabrikam.example"_s, u"20 mx2.fabrikam.example"_s});
    m_idp->setDiscoveryDelay(60'000);

    auto detector = newDetector();
    detector->setLookupTimeLimitMs(500);
    const AccountKindDetector::Result result = detect(*detector, u"pat@fabrikam.example"_s);
    QCOMPARE(result.kind, Kind::NotMicrosoft);
    QCOMPARE(result.reason, Reason::OtherMailServers);
    QCOMPARE(result.mxHosts, (QStringList{u"mx1.fabrikam.example"_s, u"mx2.fabrikam.example"_s}));
    QVERIFY2(result.evidence.contains(u"MX mx1.fabrikam.example, mx2.fabrikam.example"_s), qPrintable(result.evidence));
    QVERIFY2(result.evidence.contains(u"discovery: no answer within 500 ms"_s), qPrintable(result.evidence));
    QVERIFY(result.elapsedMs >= 450);
    QVERIFY(result.elapsedMs < 3000);
}

void tst_AccountKindDetector::offlineIsUnknownWithinTheLimit()
{
    // Nothing answers: no DNS server on the nameserver's port 53, nothing on the discovery port.
    AccountKindDetector detector;
    detector.setNetworkAccessManager(m_network.get());
    detector.setNameserver(QHostAddress(u"127.201.202.203"_s), 53);
    detector.setDiscoveryUrl(u"http://127.0.0.1:%1/{domain}/v2.0/.well-known/openid-configuration"_s.arg(closedPort()));
    detector.setTimeLimitMs(3000);

    QElapsedTimer clock;
    clock.start();
    const AccountKindDetector::Result result = detect(detector, u"alex@contoso.example"_s);
    QCOMPARE(result.kind, Kind::Unknown);
    QCOMPARE(result.reason, Reason::NoNetworkAnswer);
    QVERIFY(result.tenantId.isEmpty());
    QVERIFY(result.mxHosts.isEmpty());
    QVERIFY2(result.evidence.contains(u"MX: no answer"_s), qPrintable(result.evidence));
    QVERIFY2(result.evidence.contains(u"discovery: no answer"_s), qPrintable(result.evidence));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_network->requests, 1);
}

void tst_AccountKindDetector::silenceIsUnknownWithinTheLimits_data()
{
    QTest::addColumn<bool>("silentDns");   // false: the DNS query is refused at once instead
    QTest::addColumn<int>("timeLimitMs");
    QTest::addColumn<int>("lookupLimitMs");
    QTest::addColumn<QString>("evidence");

    QTest::newRow("overall limit, silent DNS") << true << 800 << 4000 << u"overall limit of 800 ms"_s;
    QTest::newRow("lookup limit, silent DNS") << true << 5000 << 600 << u"no answer within 600 ms"_s;
    QTest::newRow("overall limit, refused DNS") << false << 800 << 4000 << u"overall limit of 800 ms"_s;
}

void tst_AccountKindDetector::silenceIsUnknownWithinTheLimits()
{
    QFETCH(bool, silentDns);
    QFETCH(int, timeLimitMs);
    QFETCH(int, lookupLimitMs);
    QFETCH(QString, evidence);

    m_mxRecords.insert(u"contoso.example"_s, {u"0 contoso-example.mail.protection.outlook.com"_s});
    m_mxSilent = silentDns;
    m_idp->setTenantDomain(u"contoso.example"_s, workTenant);
    m_idp->setDiscoveryDelay(60'000);

    auto detector = newDetector();
    if (!silentDns)
        m_mx->setRefusing(true);
    detector->setTimeLimitMs(timeLimitMs);
    detector->setLookupTimeLimitMs(lookupLimitMs);
    const int limit = std::min(timeLimitMs, lookupLimitMs);

    QElapsedTimer clock;
    clock.start();
    const AccountKindDetector::Result result = detect(*detector, u"alex@contoso.example"_s);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(result.kind, Kind::Unknown);
    QCOMPARE(result.reason, Reason::NoNetworkAnswer);
    QVERIFY2(result.evidence.contains(evidence), qPrintable(result.evidence));
    QVERIFY2(elapsed >= limit - 50, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < limit + 1500, qPrintable(QString::number(elapsed)));
    if (silentDns)
        QCOMPARE(m_mx->queryCount(), 1);
    QCOMPARE(m_idp->discoveryRequestCount(), 1);
}

// The one test of the whole real path: the detector's own DnsMxResolver asks QDnsLookup, which asks the fake DNS
// server on port 53 (root only, as CI runs); every other MX test uses the in-memory resolver and runs as any user.
void tst_AccountKindDetector::mxThroughTheRealDns()
{
    if (!m_dnsUnavailable.isEmpty())
        QSKIP(qPrintable(u"no fake DNS server on port 53: "_s + m_dnsUnavailable));
    m_dns.setMxRecords(u"contoso.example"_s, mxRecords({u"20 backup.contoso.example"_s,
                                                        u"10 contoso-example.mail.protection.outlook.com"_s}));
    AccountKindDetector detector;
    detector.setNetworkAccessManager(m_network.get());
    detector.setDiscoveryUrl(m_idp->discoveryUrl());
    detector.setNameserver(m_dns.address(), 53);
    const AccountKindDetector::Result result = detect(detector, u"alex@contoso.example"_s);
    QCOMPARE(result.kind, Kind::Work);
    QCOMPARE(result.reason, Reason::Microsoft365Mx);
    QCOMPARE(result.mxHosts,
             (QStringList{u"contoso-example.mail.protection.outlook.com"_s, u"backup.contoso.example"_s}));
    QCOMPARE(m_dns.queriedNames(), QStringList{u"contoso.example"_s});
}

void tst_AccountKindDetector::nameserverPortOnQt64()
{
    QVERIFY(AccountKindDetector::supportsNameserverPort(53));
    const bool portsSupported = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);
    QCOMPARE(AccountKindDetector::supportsNameserverPort(5353), portsSupported);
    if (portsSupported)
        QSKIP("this Qt asks a nameserver on any port");

    // Another port cannot be honoured: the MX lookup fails at once and says why; discovery still decides.
    m_idp->setTenantDomain(u"contoso.example"_s, workTenant);
    auto detector = newDetector();
    detector->setMxResolver(nullptr);  // the real DNS path
    detector->setNameserver(QHostAddress::LocalHost, 5353);
    QCOMPARE(detector->nameserverPort(), quint16(5353));
    const AccountKindDetector::Result result = detect(*detector, u"alex@contoso.example"_s);
    QCOMPARE(result.kind, Kind::Work);
    QCOMPARE(result.reason, Reason::Microsoft365Tenant);
    QCOMPARE(result.tenantId, workTenant);
    QVERIFY2(result.evidence.contains(u"port 53 only, not on port 5353"_s), qPrintable(result.evidence));
    QVERIFY(detector->findChildren<QDnsLookup *>().isEmpty());
}

void tst_AccountKindDetector::profileDiscoveryUrlDrivesDiscovery()
{
    // As the sandbox writes it: the provider profile's oauth.discoveryUrl, pointing at the fake provider.
    const QByteArray json = QJsonDocument(QJsonObject{
        {u"id"_s, u"sandbox"_s},
        {u"name"_s, u"Sandbox"_s},
        {u"imap"_s, QJsonObject{{u"host"_s, u"localhost"_s}, {u"port"_s, 10993}, {u"security"_s, u"tls"_s}}},
        {u"smtp"_s, QJsonObject{{u"host"_s, u"localhost"_s}, {u"port"_s, 10587}, {u"security"_s, u"starttls"_s}}},
        {u"oauth"_s, QJsonObject{{u"authorizeUrl"_s, m_idp->authorizeUrl().toString()},
                                 {u"tokenUrl"_s, m_idp->tokenUrl().toString()},
                                 {u"discoveryUrl"_s, m_idp->discoveryUrl()},
                                 {u"scopes"_s, QJsonArray{u"openid"_s}}}},
    }).toJson();
    ProfileError error;
    const std::optional<ProviderProfile> profile = ProviderProfileLoader::fromJson(json, u"sandbox"_s, {}, &error);
    QVERIFY2(profile, qPrintable(error.message()));
    QCOMPARE(profile->oauth.discoveryUrl, m_idp->discoveryUrl());

    AccountKindDetector detector;
    QCOMPARE(detector.discoveryUrl(), TenantDiscovery::defaultUrlTemplate);
    detector.setNetworkAccessManager(m_network.get());
    detector.setNameserver(nameserver(), 53);
    detector.setDiscoveryUrl(profile->oauth.discoveryUrl);
    const AccountKindDetector::Result result = detect(detector, u"alex@sandbox.test"_s);
    QCOMPARE(result.kind, Kind::Work);
    QCOMPARE(result.reason, Reason::Microsoft365Tenant);
    QCOMPARE(result.tenantId, FakeIdentityProvider::sandboxTenantId);

    // A template that would let the address choose the server is refused: discovery fails, nothing is asked.
    detector.setDiscoveryUrl(u"http://{domain}:%1/v2.0/.well-known/openid-configuration"_s.arg(m_idp->port()));
    const int before = m_network->requests;
    const AccountKindDetector::Result refused = detect(detector, u"alex@sandbox.test"_s);
    QCOMPARE(refused.kind, Kind::Unknown);
    QVERIFY2(refused.evidence.contains(u"unusable discovery address template"_s), qPrintable(refused.evidence));
    QCOMPARE(m_network->requests, before);
}

void tst_AccountKindDetector::restartAndAbort()
{
    m_idp->setTenantDomain(u"contoso.example"_s, workTenant);
    m_idp->setDiscoveryDelay(300);
    auto detector = newDetector();
    QList<AccountKindDetector::Result> results;
    connect(detector.get(), &AccountKindDetector::finished, this,
            [&results](const AccountKindDetector::Result &result) { results.append(result); });

    // A second detect() abandons the first: one finished(), for the second address.
    detector->detect(u"alex@contoso.example"_s);
    QVERIFY(detector->isRunning());
    detector->detect(u"alex@outlook.com"_s);
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.first().domain, u"outlook.com"_s);
    QCOMPARE(results.first().reason, Reason::PersonalDomain);

    // abort() ends a detection without finished(), also one decided but not yet delivered.
    detector->detect(u"alex@contoso.example"_s);
    detector->abort();
    QVERIFY(!detector->isRunning());
    detector->detect(u"kim@hotmail.com"_s);
    detector->abort();
    // Whatever the abandoned lookups still bring (the fake answers discovery after 300 ms) must come to nothing:
    // proving an absence takes a wait.
    QTest::qWait(800);
    QCOMPARE(results.size(), 1);
    QCOMPARE(detector->result().domain, u"outlook.com"_s);
}

QTEST_GUILESS_MAIN(tst_AccountKindDetector)
#include "tst_accountkinddetector.moc"
