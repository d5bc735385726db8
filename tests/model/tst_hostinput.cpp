#include "model/catalog/catalogloader.h"
#include "model/profile/hostinput.h"
#include "model/profile/hostlisttext.h"

#include <QTest>

using namespace PortCheck;
using namespace Qt::StringLiterals;

class TestHostInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validHost_data();
    void validHost();
    void invalidHost_data();
    void invalidHost();
    void portForbidden_rejectsPort();
    void list_separatorsCommentsAndOrder();
    void list_duplicatesRemovedFirstKept();
    void list_errorsCarryLineAndText();
    void overrides_onlyForPortsTheRoleUses();
    void overrides_addToAHostListedBefore();
    void overrides_errorsCarryLineAndColumn();
};

void TestHostInput::validHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("kind");

    const int name = int(HostEntry::Kind::Name);
    const int v4 = int(HostEntry::Kind::IPv4);
    const int v6 = int(HostEntry::Kind::IPv6);
    QTest::newRow("short name") << u"dc1"_s << u"dc1"_s << 0 << name;
    QTest::newRow("fqdn") << u"dc1.corp.example"_s << u"dc1.corp.example"_s << 0 << name;
    QTest::newRow("upper case folded") << u"DC1.Corp.Example"_s << u"dc1.corp.example"_s << 0 << name;
    QTest::newRow("trailing dot") << u"dc1.corp.example."_s << u"dc1.corp.example"_s << 0 << name;
    QTest::newRow("name:port") << u"dc1.corp.example:636"_s << u"dc1.corp.example"_s << 636 << name;
    QTest::newRow("hyphen inside") << u"dc-01.corp"_s << u"dc-01.corp"_s << 0 << name;
    QTest::newRow("digit first label") << u"1dc.corp"_s << u"1dc.corp"_s << 0 << name;
    QTest::newRow("ipv4") << u"10.0.0.5"_s << u"10.0.0.5"_s << 0 << v4;
    QTest::newRow("ipv4:port") << u"127.0.0.1:389"_s << u"127.0.0.1"_s << 389 << v4;
    QTest::newRow("ipv6 bare") << u"fe80::1"_s << u"fe80::1"_s << 0 << v6;
    QTest::newRow("ipv6 loopback") << u"::1"_s << u"::1"_s << 0 << v6;
    QTest::newRow("ipv6 brackets") << u"[2001:db8::5]"_s << u"2001:db8::5"_s << 0 << v6;
    QTest::newRow("ipv6 brackets port") << u"[2001:db8::5]:5986"_s << u"2001:db8::5"_s << 5986 << v6;
    QTest::newRow("port 65535") << u"h:65535"_s << u"h"_s << 65535 << name;
    QTest::newRow("idn") << u"bücher.example"_s << u"xn--bcher-kva.example"_s << 0 << name;
    QTest::newRow("63-char label") << QString(63, u'a') + u".corp"_s << QString(63, u'a') + u".corp"_s << 0
                                   << name;
}

void TestHostInput::validHost()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, kind);
    Text reason;
    const std::optional<HostEntry> entry = parseHost(input, PortPolicy::Allowed, &reason);
    QVERIFY2(entry.has_value(), qPrintable(reason.english()));
    QCOMPARE(entry->host, host);
    QCOMPARE(int(entry->port), port);
    QCOMPARE(int(entry->kind), kind);
}

void TestHostInput::invalidHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("url") << u"https://dc1.corp"_s << u"is a URL"_s;
    QTest::newRow("user@host") << u"admin@dc1"_s << u"'@'"_s;
    QTest::newRow("subnet") << u"10.0.0.0/24"_s << u"not paths or subnets"_s;
    QTest::newRow("path") << u"dc1/share"_s << u"contains '/'"_s;
    QTest::newRow("empty label") << u"dc1..corp"_s << u"empty label"_s;
    QTest::newRow("leading dot") << u".corp"_s << u"empty label"_s;
    QTest::newRow("leading hyphen") << u"-dc1.corp"_s << u"starts or ends with '-'"_s;
    QTest::newRow("trailing hyphen") << u"dc1-.corp"_s << u"starts or ends with '-'"_s;
    QTest::newRow("underscore") << u"dc_1.corp"_s << u"'_'"_s;
    QTest::newRow("wildcard") << u"*.corp"_s << u"wildcard"_s;
    QTest::newRow("bad character") << u"dc!1"_s << u"contains '!'"_s;
    QTest::newRow("label too long") << QString(64, u'a') + u".corp"_s << u"limit is 63"_s;
    QTest::newRow("name too long") << QString(QString(60, u'a') + u'.').repeated(5) + u"corp"_s
                                   << u"limit is 253"_s;
    QTest::newRow("ipv4 octet above 255") << u"10.0.0.256"_s << u"above 255"_s;
    QTest::newRow("ipv4 three parts") << u"10.0.5"_s << u"four numbers"_s;
    QTest::newRow("ipv4 leading zero") << u"010.0.0.5"_s << u"leading zero"_s;
    QTest::newRow("ipv4 empty part") << u"10..0.5"_s << u"empty number"_s;
    QTest::newRow("unspecified ipv4") << u"0.0.0.0"_s << u"unspecified"_s;
    QTest::newRow("broadcast") << u"255.255.255.255"_s << u"broadcast"_s;
    QTest::newRow("multicast ipv4") << u"224.0.0.1"_s << u"multicast"_s;
    QTest::newRow("numeric tld") << u"dc1.123"_s << u"numeric label"_s;
    QTest::newRow("port zero") << u"dc1:0"_s << u"out of range"_s;
    QTest::newRow("port too big") << u"dc1:65536"_s << u"out of range"_s;
    QTest::newRow("port not a number") << u"dc1:ldap"_s << u"not a number"_s;
    QTest::newRow("empty port") << u"dc1:"_s << u"missing port"_s;
    QTest::newRow("empty host with port") << u":389"_s << u"empty host"_s;
    QTest::newRow("bad ipv6") << u"fe80::1::2"_s << u"not a valid IPv6"_s;
    QTest::newRow("ipv6 missing bracket") << u"[fe80::1"_s << u"closing ']'"_s;
    QTest::newRow("ipv6 junk after bracket") << u"[fe80::1]389"_s << u"expected ':port'"_s;
    QTest::newRow("empty brackets") << u"[]"_s << u"holds no address"_s;
    QTest::newRow("brackets around a name") << u"[dc1]"_s << u"not a valid IPv6"_s;
    QTest::newRow("ipv6 zone id") << u"fe80::1%eth0"_s << u"scope id"_s;
    QTest::newRow("unspecified ipv6") << u"::"_s << u"unspecified"_s;
    QTest::newRow("multicast ipv6") << u"ff02::1"_s << u"multicast"_s;
    QTest::newRow("ipv6 port in brackets") << u"[fe80::1]:99999"_s << u"out of range"_s;
}

void TestHostInput::invalidHost()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    Text text;
    const std::optional<HostEntry> entry = parseHost(input, PortPolicy::Allowed, &text);
    QVERIFY2(!entry.has_value(), qPrintable(u"accepted: "_s + input));
    const QString actual = text.english();
    QVERIFY2(actual.contains(reason), qPrintable(u"reason was: "_s + actual));
}

void TestHostInput::portForbidden_rejectsPort()
{
    Text reason;
    QVERIFY(!parseHost(u"dc1:389"_s, PortPolicy::Forbidden, &reason));
    QVERIFY(reason.english().contains(u"overrides"_s));
    QVERIFY(parseHost(u"fe80::1"_s, PortPolicy::Forbidden, &reason));
}

void TestHostInput::list_separatorsCommentsAndOrder()
{
    const HostList list =
        parseHostList(u"dc1, dc2 dc3\n# a comment line\n\tdc4;dc5  # trailing comment dc9\r\n[::1]:389"_s);
    QVERIFY(list.errors.isEmpty());
    QStringList hosts;
    for (const HostEntry &e : list.hosts)
        hosts << e.toString();
    QCOMPARE(hosts, QStringList({u"dc1"_s, u"dc2"_s, u"dc3"_s, u"dc4"_s, u"dc5"_s, u"[::1]:389"_s}));
}

void TestHostInput::list_duplicatesRemovedFirstKept()
{
    const HostList list = parseHostList(u"b\na\nB\nb.\nc\na\na:389"_s);
    QStringList hosts;
    for (const HostEntry &e : list.hosts)
        hosts << e.toString();
    QCOMPARE(hosts, QStringList({u"b"_s, u"a"_s, u"c"_s, u"a:389"_s}));
    QCOMPARE(list.duplicatesRemoved, 3);
}

void TestHostInput::list_errorsCarryLineAndText()
{
    const HostList list = parseHostList(u"dc1\ndc_2 dc3\n\n10.0.0.300"_s);
    QCOMPARE(list.hosts.size(), 2);
    QCOMPARE(list.errors.size(), 2);
    QCOMPARE(list.errors.at(0).text, u"dc_2"_s);
    QCOMPARE(list.errors.at(0).line, 2);
    QCOMPARE(list.errors.at(1).text, u"10.0.0.300"_s);
    QCOMPARE(list.errors.at(1).line, 4);
    QVERIFY(list.errors.at(1).reason.english().contains(u"above 255"_s));
}

void TestHostInput::overrides_onlyForPortsTheRoleUses()
{
    const QList<quint16> ports = overridablePorts(builtinCatalog(), u"domain-controller"_s);
    // every port a link to a DC probes, under any mode
    for (const int port : {389, 636, 3268, 3269, 5985, 5986})
        QVERIFY2(ports.contains(static_cast<quint16>(port)), qPrintable(QString::number(port)));
    QVERIFY(!ports.contains(9999));
    QVERIFY(std::is_sorted(ports.cbegin(), ports.cend()));

    const ProfileHostList list = parseProfileHosts(u"dc1.corp.example 389=10389 9999=1234"_s, ports);
    QCOMPARE(list.hosts.size(), 1);
    QCOMPARE(list.hosts.first().portOverrides, (QMap<quint16, quint16>{{389, 10389}}));
    QCOMPARE(list.errors.size(), 1);
    const QString reason = list.errors.first().reason.english();
    QCOMPARE(list.errors.first().text, u"9999=1234"_s);
    QVERIFY2(reason.contains(u"no link to these hosts uses port 9999"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"389, "_s) && reason.contains(u"5986"_s), qPrintable(reason));

    // without the role's ports (a list read on its own) any catalog port is taken
    QVERIFY(parseProfileHosts(u"dc1 9999=1234"_s).errors.isEmpty());
}

void TestHostInput::overrides_addToAHostListedBefore()
{
    const ProfileHostList list = parseProfileHosts(
        u"dc1.corp.example\ndc2.corp.example\nDC1.corp.example 389=10389\ndc2.corp.example"_s);
    QVERIFY2(list.errors.isEmpty(), qPrintable(list.errors.value(0).reason.english()));
    QCOMPARE(list.hosts.size(), 2);
    QCOMPARE(list.hosts.at(0).host, u"dc1.corp.example"_s); // keeps its first place
    QCOMPARE(list.hosts.at(0).portOverrides, (QMap<quint16, quint16>{{389, 10389}}));
    QCOMPARE(list.duplicatesRemoved, 1); // the second dc2 only; the second dc1 added an override

    const ProfileHostList conflict = parseProfileHosts(u"dc1 389=10389\ndc1 389=20389"_s);
    QCOMPARE(conflict.errors.size(), 1);
    QVERIFY(conflict.errors.first().reason.english().contains(u"port 389 is already overridden for dc1"_s));
    QCOMPARE(conflict.hosts.first().portOverrides.value(389), quint16(10389));
}

void TestHostInput::overrides_errorsCarryLineAndColumn()
{
    const ProfileHostList list = parseProfileHosts(u"dc1\n  dc2, dc_3 389=1\n\t389=x"_s);
    QCOMPARE(list.errors.size(), 3);
    QCOMPARE(list.errors.at(0).text, u"dc_3"_s);
    QCOMPARE(list.errors.at(0).line, 2);
    QCOMPARE(list.errors.at(0).column, 8);
    QCOMPARE(list.errors.at(1).text, u"389=1"_s); // no owner: its host is invalid
    QCOMPARE(list.errors.at(1).column, 13);
    QCOMPARE(list.errors.at(2).line, 3);
    QCOMPARE(list.errors.at(2).column, 2);
}

QTEST_GUILESS_MAIN(TestHostInput)
#include "tst_hostinput.moc"
