#include "model/probe/dcdiscovery.h"
#include "tests/dnsresponder.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

// DC discovery against a DNS server of our own on 127.0.0.77:53 (port 53 needs root).
class TestDcDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void domain_findsDcsGcsAndPdc();
    void site_findsTheSiteDcs();
    void unknownDomain_saysNxdomain();
    void noRecords_saysSo();
    void silentServer_timesOut();
    void nothingListening_isNoAnswerNotNoRecords();
    void badInputs_areRefusedBeforeAnyQuery_data();
    void badInputs_areRefusedBeforeAnyQuery();

private:
    DiscoveryResult discover(const QString &domain, const QString &site = {}, int timeoutMs = 3000);
    DnsResponder m_dns;
    bool m_listening = false;
};

void TestDcDiscovery::initTestCase()
{
    m_dns.records.insert(
        "_ldap._tcp.dc._msdcs.corp.test",
        {{"dc2.corp.test.", 389, 0, 100}, {"dc1.corp.test.", 389, 0, 100}, {"dc3.corp.test.", 389, 10, 100}});
    m_dns.records.insert("_ldap._tcp.paris._sites.dc._msdcs.corp.test", {{"dc2.corp.test.", 389, 0, 100}});
    m_dns.records.insert("_gc._tcp.corp.test", {{"dc1.corp.test.", 3268, 0, 100}});
    m_dns.records.insert("_ldap._tcp.pdc._msdcs.corp.test", {{"dc1.corp.test.", 389, 0, 100}});
    m_dns.records.insert("_ldap._tcp.dc._msdcs.empty.test", {});
    m_dns.silent.append("_ldap._tcp.dc._msdcs.slow.test");
    m_listening = m_dns.listen(QHostAddress(u"127.0.0.77"_s));
}

DiscoveryResult TestDcDiscovery::discover(const QString &domain, const QString &site, int timeoutMs)
{
    DcDiscovery discovery;
    DiscoveryResult result;
    connect(&discovery, &DcDiscovery::finished, this, [&](const DiscoveryResult &r) { result = r; });
    if (!discovery.start(domain, site, u"127.0.0.77"_s, timeoutMs).ok() ||
        !waitForSignal(&discovery, &DcDiscovery::finished, timeoutMs + 10000))
        return {};
    return result;
}

void TestDcDiscovery::domain_findsDcsGcsAndPdc()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "Wine answers a DNS server of this process on 0.0.0.0:53, so its replies come from "
        "127.0.0.1 and the resolver drops them");
    if (!m_listening)
        QSKIP("binding 127.0.0.77:53 needs root");
    const DiscoveryResult r = discover(u"corp.test"_s);
    QVERIFY2(r.errors.isEmpty(), qPrintable(englishTexts(r.errors).join(u'\n')));
    QCOMPARE(r.domainControllers.size(), 3);
    // by priority, then name
    QCOMPARE(r.domainControllers.at(0).host, u"dc1.corp.test"_s);
    QCOMPARE(r.domainControllers.at(1).host, u"dc2.corp.test"_s);
    QCOMPARE(r.domainControllers.at(2).host, u"dc3.corp.test"_s);
    QCOMPARE(r.domainControllers.at(2).priority, quint16(10));
    QCOMPARE(r.globalCatalogs.size(), 1);
    QCOMPARE(r.globalCatalogs.first().port, quint16(3268));
    QCOMPARE(r.pdc.first().host, u"dc1.corp.test"_s);
}

void TestDcDiscovery::site_findsTheSiteDcs()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "Wine answers a DNS server of this process on 0.0.0.0:53, so its replies come from "
        "127.0.0.1 and the resolver drops them");
    if (!m_listening)
        QSKIP("binding 127.0.0.77:53 needs root");
    const DiscoveryResult r = discover(u"corp.test"_s, u"Paris"_s);
    QCOMPARE(r.siteControllers.size(), 1);
    QCOMPARE(r.siteControllers.first().host, u"dc2.corp.test"_s);
}

void TestDcDiscovery::unknownDomain_saysNxdomain()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "Wine answers a DNS server of this process on 0.0.0.0:53, so its replies come from "
        "127.0.0.1 and the resolver drops them");
    if (!m_listening)
        QSKIP("binding 127.0.0.77:53 needs root");
    const DiscoveryResult r = discover(u"nosuch.test"_s);
    QVERIFY(r.failed());
    QCOMPARE(r.status, DiscoveryStatus::NotFound);
    QCOMPARE(r.errors.size(), 1); // the optional GC and PDC queries do not add noise
    QVERIFY2(r.errors.first().english().contains(u"NXDOMAIN"_s), qPrintable(r.errors.first().english()));
}

void TestDcDiscovery::noRecords_saysSo()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "Wine answers a DNS server of this process on 0.0.0.0:53, so its replies come from "
        "127.0.0.1 and the resolver drops them");
    if (!m_listening)
        QSKIP("binding 127.0.0.77:53 needs root");
    const DiscoveryResult r = discover(u"empty.test"_s);
    QVERIFY(r.failed());
    QCOMPARE(r.status, DiscoveryStatus::NoRecords); // the server answered, with nothing
    QVERIFY2(r.errors.first().english().startsWith(u"no SRV records at _ldap._tcp.dc._msdcs.empty.test"_s),
             qPrintable(englishTexts(r.errors).join(u"\n"_s)));
}

void TestDcDiscovery::silentServer_timesOut()
{
    if (!m_listening)
        QSKIP("binding 127.0.0.77:53 needs root");
    // discover() waits far longer than 0.8 s: the text shows whose deadline ended it
    const DiscoveryResult r = discover(u"slow.test"_s, {}, 800);
    QVERIFY(r.failed());
    QCOMPARE(r.status, DiscoveryStatus::NoAnswer);
    QVERIFY(!englishTexts(r.errors).join(u'\n').contains(u"no SRV records"_s));
    QVERIFY2(englishTexts(r.errors).join(u'\n').contains(u"no answer from the DNS server within 0.8 s"_s),
             qPrintable(englishTexts(r.errors).join(u'\n')));
}

void TestDcDiscovery::nothingListening_isNoAnswerNotNoRecords()
{
    // No DNS server on 127.0.0.75 (no root needed): the port answers with ICMP port unreachable,
    // which Qt 6.4's resolver reports like an empty answer ("invalid reply").
    if (udpPortHeldByAnother(QHostAddress(u"127.0.0.75"_s), 53))
        QSKIP("another program listens on UDP port 53 of every address: nothing-listening cannot be set up");
    DcDiscovery discovery;
    DiscoveryResult r;
    connect(&discovery, &DcDiscovery::finished, this, [&](const DiscoveryResult &result) { r = result; });
    QVERIFY(discovery.start(u"corp.test"_s, u"Paris"_s, u"127.0.0.75"_s, 20000).ok());
    QVERIFY(waitForSignal(&discovery, &DcDiscovery::finished, 30000));
    const QString errors = englishTexts(r.errors).join(u'\n');
    QVERIFY(r.failed());
    QCOMPARE(r.status, DiscoveryStatus::Unreachable);
    QCOMPARE(discoveryStatusId(r.status), u"unreachable"_s);
    QVERIFY2(!errors.contains(u"no SRV records"_s), qPrintable(errors));
    // both required names (the domain's and the site's DCs) say why, naming the server
    QCOMPARE(r.errors.size(), 2);
    for (const Text &e : std::as_const(r.errors))
        QVERIFY2(e.english().contains(u"the query to 127.0.0.75 port 53 came back undeliverable"_s),
                 qPrintable(errors));
}

void TestDcDiscovery::badInputs_areRefusedBeforeAnyQuery_data()
{
    // "ROW" is the row's own DNS server (127.0.0.79), so a query of an earlier test that is retried
    // late cannot be taken for one of this row.
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("nameserver");
    QTest::addColumn<QString>("error");
    QTest::newRow("ipv6 nameserver") << u"corp.test"_s << QString() << u"::1"_s << u"is IPv6"_s;
    QTest::newRow("nameserver with port")
        << u"corp.test"_s << QString() << u"127.0.0.79:53"_s << u"has a port"_s;
    QTest::newRow("nameserver name") << u"corp.test"_s << QString() << u"dns1"_s << u"not an IP address"_s;
    QTest::newRow("single label domain") << u"corp"_s << QString() << u"ROW"_s << u"not a DNS domain name"_s;
    QTest::newRow("domain is an address")
        << u"10.0.0.1"_s << QString() << u"ROW"_s << u"not a DNS domain name"_s;
    QTest::newRow("bad site") << u"corp.test"_s << u"Paris Site"_s << u"ROW"_s << u"contains ' '"_s;
    QTest::newRow("system resolver in tests")
        << u"corp.test"_s << QString() << QString() << u"PORTCHECK_LOOPBACK_ONLY"_s;
}

void TestDcDiscovery::badInputs_areRefusedBeforeAnyQuery()
{
    QFETCH(QString, domain);
    QFETCH(QString, site);
    QFETCH(QString, nameserver);
    QFETCH(QString, error);
    const QString rowServer = u"127.0.0.79"_s;
    DnsResponder rowDns;
    const bool listening = rowDns.listen(QHostAddress(rowServer));
    if (nameserver == u"ROW"_s)
        nameserver = rowServer;
    DcDiscovery discovery;
    const Expected<void> started = discovery.start(domain, site, nameserver);
    QVERIFY(!started.ok());
    const QString message = started.error().english();
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!discovery.isRunning());
    if (!listening)
        QSKIP("binding 127.0.0.79:53 needs root: the refusal is checked, the absence of a query is not");
    // Nothing was sent: a valid discovery asked of the same server afterwards finds it had seen
    // only its own questions (a query sent before would have arrived before these).
    DcDiscovery after;
    QVERIFY(after.start(u"after.test"_s, {}, rowServer, 3000).ok());
    QVERIFY(waitForSignal(&after, &DcDiscovery::finished, 10000));
    QVERIFY(rowDns.queries > 0);
    for (const QByteArray &name : std::as_const(rowDns.names))
        QVERIFY2(name.endsWith("after.test"), name.constData());
}

QTEST_GUILESS_MAIN(TestDcDiscovery)
#include "tst_dcdiscovery.moc"
