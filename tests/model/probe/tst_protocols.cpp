#include "model/probe/protocols/ber.h"
#include "model/probe/protocols/dns.h"
#include "model/probe/protocols/http.h"
#include "model/probe/protocols/kerberos.h"
#include "model/probe/protocols/ldap.h"
#include "model/probe/protocols/smb.h"
#include "model/probe/protocols/tds.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <functional>

using namespace PortCheck;
using namespace Qt::StringLiterals;

// Parsers of network bytes, fed bytes directly: complete, truncated at every length, and broken.
class TestProtocols : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ber_longFormLengths();
    void ber_rejectsIndefiniteAndHugeLengths();
    void ldap_requestIsWellFormedSearch();
    void ldap_rootDseFactsAndSite();
    void ldap_longFormResponseAsWindowsSendsIt();
    void ldap_everyTruncationNeedsMore();
    void ldap_garbageIsInvalid_data();
    void ldap_garbageIsInvalid();
    void ldap_refusedSearchIsNotActiveDirectory();
    void ldap_rootDseWithoutAdAttributesIsNotActiveDirectory();
    void ldap_currentTimeGivesTheClockSkew_data();
    void ldap_currentTimeGivesTheClockSkew();
    void ldap_nameMismatchIsReported();
    void smb_requestOffersFourDialects();
    void smb_negotiateResponse();
    void smb_smb1OnlyIsNamed();
    void smb_errorStatusIsInvalid();
    void smb_strictNegotiateAnswer_data();
    void smb_strictNegotiateAnswer();
    void netbios_positiveAndNegative();
    void http_statusServerRedirect();
    void http_chunkedWinrmBody();
    void winrm_unauthorizedListsSchemes();
    void winrm_otherStatusIsNotWinrm();
    void winrm_requestCarriesIdentifyHeader();
    void tds_preloginRoundTrip();
    void tds_rejectsOutOfBoundsOption();
    void tds_tlsPacketsRoundTrip();
    void tds_tlsPacketReader_isBounded();
    void tds_handshakeFollowsEncryption();
    void kerberos_realmFromDomainOrHost_data();
    void kerberos_realmFromDomainOrHost();
    void kerberos_requestReadsBackAsAsReq();
    void kerberos_errorFactsAndSkew();
    void kerberos_wrongRealmIsNamed();
    void kerberos_everyTruncationNeedsMore();
    void kerberos_garbageIsInvalid_data();
    void kerberos_garbageIsInvalid();
    void kerberos_timeIsStrict();
    void dns_srvAnswerRoundTrip();
    void dns_nxdomainIsDoneWithReason();
    void dns_everyTruncationNeedsMore();
    void dns_wrongIdOrQuestionIsInvalid();
    void dns_compressionLoopIsInvalid();
    void seedCorpus_parsesAsRecorded();
};

void TestProtocols::ber_longFormLengths()
{
    const QByteArray content(300, 'x');
    const QByteArray encoded = Ber::octets(content);
    QCOMPARE(encoded.left(4), QByteArray("\x04\x82\x01\x2c", 4));
    Ber::Element e;
    QCOMPARE(Ber::readElement(encoded, &e, 1000), Ber::Status::Ok);
    QCOMPARE(e.value.size(), 300);
    // four length bytes, as Active Directory sends them (30 84 00 00 00 05 ...)
    const QByteArray fourBytes("\x30\x84\x00\x00\x00\x03\x02\x01\x07", 9);
    QCOMPARE(Ber::readElement(fourBytes, &e, 1000), Ber::Status::Ok);
    QCOMPARE(e.value.size(), 3);
    qint64 v = 0;
    QVERIFY(Ber::toInteger(QByteArray("\x00\x80", 2), &v));
    QCOMPARE(v, 128);
    QVERIFY(Ber::toInteger(QByteArray("\xff", 1), &v));
    QCOMPARE(v, -1);
    QCOMPARE(Ber::integer(128), QByteArray("\x02\x02\x00\x80", 4));
}

void TestProtocols::ber_rejectsIndefiniteAndHugeLengths()
{
    Ber::Element e;
    QCOMPARE(Ber::readElement(QByteArray("\x30\x80\x00\x00", 4), &e, 1000), Ber::Status::Invalid);
    QCOMPARE(Ber::readElement(QByteArray("\x30\x85\x01\x00\x00\x00\x00", 7), &e, 1000), Ber::Status::Invalid);
    QCOMPARE(Ber::readElement(QByteArray("\x30\x84\x7f\xff\xff\xff", 6), &e, 1000), Ber::Status::Invalid);
    QCOMPARE(Ber::readElement(QByteArray("\x1f\x01\x00", 3), &e, 1000), Ber::Status::Invalid);
    QCOMPARE(Ber::readElement(QByteArray("\x30\x05\x01", 3), &e, 1000), Ber::Status::NeedMore);
}

void TestProtocols::ldap_requestIsWellFormedSearch()
{
    const QByteArray request = Ldap::rootDseRequest(1);
    int id = 0;
    quint8 op = 0;
    QCOMPARE(Ldap::readRequest(request, &id, &op), request.size());
    QCOMPARE(id, 1);
    QCOMPARE(op, quint8(0x63));
    QVERIFY(request.contains("dnsHostName"));
    QVERIFY(request.contains(QByteArray("\x87\x0bobjectClass", 13)));
}

void TestProtocols::ldap_rootDseFactsAndSite()
{
    const QByteArray reply =
        Ldap::searchResultEntry(
            1, {},
            {{"dnsHostName", {"DC1.corp.example"}},
             {"dsServiceName",
              {"CN=NTDS Settings,CN=DC1,CN=Servers,CN=Paris,CN=Sites,CN=Configuration,DC=corp"}},
             {"isGlobalCatalogReady", {"TRUE"}},
             {"domainControllerFunctionality", {"7"}}}) +
        Ldap::searchResultDone(1);
    const ParseResult r = Ldap::parseRootDseResponse(reply, u"dc1.corp.example"_s);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"ldap.dnsHostName"_s), u"DC1.corp.example"_s);
    QCOMPARE(r.facts.value(u"ldap.site"_s), u"Paris"_s);
    QCOMPARE(r.facts.value(u"ldap.isGlobalCatalogReady"_s), u"TRUE"_s);
    QCOMPARE(r.facts.value(u"ldap.domainControllerFunctionality"_s), u"7 (Windows Server 2016)"_s);
    QVERIFY(!r.facts.contains(u"ldap.nameMismatch"_s));
}

void TestProtocols::ldap_longFormResponseAsWindowsSendsIt()
{
    // Active Directory writes every length in the four-byte long form: 30 84 00 00 00 LL ...
    const auto longForm = [](quint8 tag, const QByteArray &content) -> QByteArray {
        QByteArray out;
        out.append(static_cast<char>(tag));
        out.append("\x84\x00\x00", 3);
        out.append(static_cast<char>((content.size() >> 8) & 0xff));
        out.append(static_cast<char>(content.size() & 0xff));
        return out + content;
    };
    const QByteArray attr =
        longForm(0x30, Ber::octets("dnsHostName") + longForm(0x31, Ber::octets("dc9.corp"))) +
        longForm(0x30, Ber::octets("domainControllerFunctionality") + longForm(0x31, Ber::octets("10")));
    const QByteArray entry = longForm(0x64, Ber::octets({}) + longForm(0x30, attr));
    const QByteArray done = longForm(0x65, Ber::integer(0, 0x0a) + Ber::octets({}) + Ber::octets({}));
    const QByteArray reply = longForm(0x30, Ber::integer(1) + entry) + longForm(0x30, Ber::integer(1) + done);
    const ParseResult r = Ldap::parseRootDseResponse(reply, u"dc9.corp"_s);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"ldap.dnsHostName"_s), u"dc9.corp"_s);
}

void TestProtocols::ldap_everyTruncationNeedsMore()
{
    const QByteArray reply =
        Ldap::searchResultEntry(1, {}, {{"dnsHostName", {"dc1"}}, {"domainControllerFunctionality", {"7"}}}) +
        Ldap::searchResultDone(1);
    for (qsizetype n = 0; n < reply.size(); ++n)
        QCOMPARE(Ldap::parseRootDseResponse(reply.left(n), u"dc1"_s).status, ParseResult::Status::NeedMore);
    QCOMPARE(Ldap::parseRootDseResponse(reply, u"dc1"_s).status, ParseResult::Status::Done);
}

void TestProtocols::ldap_garbageIsInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
    QTest::newRow("smb") << QByteArray("\0\0\0\x10\xfeSMB", 8);
    QTest::newRow("wrong op") << Ber::encode(0x30,
                                             Ber::integer(1) + Ber::encode(0x61, Ber::integer(0, 0x0a)));
    QTest::newRow("no message id") << Ber::encode(0x30, Ber::octets("x"));
    QTest::newRow("entry without attributes")
        << Ber::encode(0x30, Ber::integer(1) + Ber::encode(0x64, Ber::octets({})));
    QTest::newRow("attribute values not a set") << Ber::encode(
        0x30,
        Ber::integer(1) +
            Ber::encode(0x64, Ber::octets({}) +
                                  Ber::encode(0x30, Ber::encode(0x30, Ber::octets("a") + Ber::octets("b")))));
}

void TestProtocols::ldap_garbageIsInvalid()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(Ldap::parseRootDseResponse(bytes, u"dc1"_s).status, ParseResult::Status::Invalid);
}

void TestProtocols::ldap_refusedSearchIsNotActiveDirectory()
{
    // LDAP all the same (its facts are kept), but no AD DC refuses its rootDSE to anyone.
    const ParseResult r = Ldap::parseRootDseResponse(Ldap::searchResultDone(1, 1), u"dc1"_s);
    QCOMPARE(r.status, ParseResult::Status::Foreign);
    QCOMPARE(r.facts.value(u"ldap.resultCode"_s), u"1"_s);
    QVERIFY(r.message.english().contains(u"refuses the anonymous rootDSE search (result code 1)"_s));
}

void TestProtocols::ldap_rootDseWithoutAdAttributesIsNotActiveDirectory()
{
    // What OpenLDAP's rootDSE says (no dsServiceName, no functional level), with a vendor.
    const QByteArray reply = Ldap::searchResultEntry(1, {},
                                                     {{"namingContexts", {"dc=example,dc=org"}},
                                                      {"supportedLDAPVersion", {"3"}},
                                                      {"vendorName", {"Example Directory Inc."}},
                                                      {"vendorVersion", {"9.1"}}}) +
                             Ldap::searchResultDone(1);
    const ParseResult r = Ldap::parseRootDseResponse(reply, u"ldap1"_s);
    QCOMPARE(r.status, ParseResult::Status::Foreign);
    QCOMPARE(r.facts.value(u"ldap.namingContexts"_s), u"dc=example,dc=org"_s);
    QCOMPARE(r.message.english(),
             u"an LDAP server (Example Directory Inc. 9.1), not an Active Directory domain controller"_s);
    const QByteArray bare =
        Ldap::searchResultEntry(1, {}, {{"supportedLDAPVersion", {"3"}}}) + Ldap::searchResultDone(1);
    QVERIFY(Ldap::parseRootDseResponse(bare, u"ldap1"_s).message.english().contains(u"no dsServiceName"_s));
}

void TestProtocols::ldap_currentTimeGivesTheClockSkew_data()
{
    QTest::addColumn<QByteArray>("currentTime");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("skew");
    // now is 2026-12-02T10:00:00Z
    QTest::newRow("AD's form, 4 min ahead")
        << QByteArray("20261202100400.0Z") << u"2026-12-02T10:04:00Z"_s << u"240"_s;
    QTest::newRow("10 min behind") << QByteArray("20261202095000.0Z") << u"2026-12-02T09:50:00Z"_s
                                   << u"-600"_s;
    QTest::newRow("no fraction") << QByteArray("20261202100001Z") << u"2026-12-02T10:00:01Z"_s << u"1"_s;
    QTest::newRow("offset") << QByteArray("20261202110000+0100") << u"2026-12-02T10:00:00Z"_s << u"0"_s;
    QTest::newRow("not a time") << QByteArray("yesterday") << QString() << QString();
    QTest::newRow("month 13") << QByteArray("20261302100000.0Z") << QString() << QString();
}

void TestProtocols::ldap_currentTimeGivesTheClockSkew()
{
    QFETCH(QByteArray, currentTime);
    QFETCH(QString, iso);
    QFETCH(QString, skew);
    const QByteArray reply =
        Ldap::searchResultEntry(1, {},
                                {{"dsServiceName", {"CN=NTDS Settings,CN=DC1"}},
                                 {"currentTime", {currentTime}},
                                 {"supportedSASLMechanisms", {"GSSAPI", "GSS-SPNEGO"}}}) +
        Ldap::searchResultDone(1);
    const QDateTime now(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    const ParseResult r = Ldap::parseRootDseResponse(reply, u"dc1"_s, now);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"clock.skewSeconds"_s), skew);
    if (!iso.isEmpty())
        QCOMPARE(r.facts.value(u"ldap.currentTime"_s), iso);
    QCOMPARE(r.facts.value(u"ldap.supportedSASLMechanisms"_s), u"GSSAPI; GSS-SPNEGO"_s);
}

void TestProtocols::ldap_nameMismatchIsReported()
{
    const QByteArray reply =
        Ldap::searchResultEntry(
            1, {}, {{"dnsHostName", {"dc7.corp.example"}}, {"dsServiceName", {"CN=NTDS Settings"}}}) +
        Ldap::searchResultDone(1);
    const ParseResult r = Ldap::parseRootDseResponse(reply, u"ldap.corp.example"_s);
    QCOMPARE(r.facts.value(u"ldap.nameMismatch"_s), u"dc7.corp.example"_s);
    QVERIFY(r.message.english().contains(u"load balancer"_s));
    // a short name that is the first label matches; an address is never compared
    QVERIFY(!Ldap::parseRootDseResponse(reply, u"dc7"_s).facts.contains(u"ldap.nameMismatch"_s));
    QVERIFY(!Ldap::parseRootDseResponse(reply, u"10.0.0.7"_s).facts.contains(u"ldap.nameMismatch"_s));
}

void TestProtocols::smb_requestOffersFourDialects()
{
    const QByteArray r = Smb::negotiateRequest();
    QCOMPARE(r.mid(4, 4), QByteArray("\xfeSMB", 4));
    QCOMPARE(r.size(), 4 + 64 + 36 + 8);
    QCOMPARE(r.right(8), QByteArray("\x02\x02\x10\x02\x00\x03\x02\x03", 8));
    qsizetype used = 0;
    QVERIFY(Smb::isNegotiateRequest(r, &used));
    QCOMPARE(used, r.size());
}

void TestProtocols::smb_negotiateResponse()
{
    const QByteArray reply = Smb::negotiateResponse(0x0300, true);
    for (qsizetype n = 0; n < reply.size(); ++n)
        QCOMPARE(Smb::parseNegotiateResponse(reply.left(n)).status, ParseResult::Status::NeedMore);
    const ParseResult r = Smb::parseNegotiateResponse(reply);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"smb.dialect"_s), u"3.0"_s);
    QCOMPARE(r.facts.value(u"smb.signingRequired"_s), u"true"_s);
    QCOMPARE(Smb::parseNegotiateResponse(Smb::negotiateResponse(0x0210, false))
                 .facts.value(u"smb.signingRequired"_s),
             u"false"_s);
}

void TestProtocols::smb_smb1OnlyIsNamed()
{
    const ParseResult r = Smb::parseNegotiateResponse(QByteArray("\0\0\0\x30\xffSMBr", 9));
    QCOMPARE(r.status, ParseResult::Status::Invalid);
    QVERIFY(r.message.english().contains(u"SMB1"_s));
}

void TestProtocols::smb_errorStatusIsInvalid()
{
    QByteArray reply = Smb::negotiateResponse(0x0302, true);
    reply[4 + 8] = '\x22'; // STATUS_ACCESS_DENIED 0xC0000022, little-endian
    reply[4 + 11] = '\xc0';
    const ParseResult r = Smb::parseNegotiateResponse(reply);
    QCOMPARE(r.status, ParseResult::Status::Invalid);
    QVERIFY(r.message.english().contains(u"c0000022"_s));
}

namespace {
// A NEGOTIATE answer with `edit` applied to the SMB2 message (header at 0, body at 64) and `extra`
// bytes appended; the frame length follows.
QByteArray editedNegotiate(const std::function<void(QByteArray &)> &edit, const QByteArray &extra = {})
{
    QByteArray msg = Smb::negotiateResponse(0x0302, false).mid(4) + extra;
    edit(msg);
    QByteArray out(4, '\0');
    out[1] = static_cast<char>((msg.size() >> 16) & 0xff);
    out[2] = static_cast<char>((msg.size() >> 8) & 0xff);
    out[3] = static_cast<char>(msg.size() & 0xff);
    return out + msg;
}
void put16(QByteArray &b, int at, quint16 v)
{
    b[at] = static_cast<char>(v & 0xff);
    b[at + 1] = static_cast<char>(v >> 8);
}
void put32(QByteArray &b, int at, quint32 v)
{
    put16(b, at, static_cast<quint16>(v & 0xffff));
    put16(b, at + 2, static_cast<quint16>(v >> 16));
}
} // namespace

void TestProtocols::smb_strictNegotiateAnswer_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("expected"); // empty: identified
    const QByteArray spnego(74, '\x60');
    QTest::newRow("as offered") << editedNegotiate([](QByteArray &) {}) << QString();
    QTest::newRow("with a security buffer") << editedNegotiate(
                                                   [](QByteArray &m) {
                                                       put16(m, 64 + 56, 128);
                                                       put16(m, 64 + 58, 74);
                                                   },
                                                   spnego)
                                            << QString();
    QTest::newRow("dialect 3.1.1 never offered")
        << editedNegotiate([](QByteArray &m) { put16(m, 64 + 4, 0x0311); })
        << u"3.1.1, which was never offered"_s;
    QTest::newRow("wildcard dialect 0x02ff")
        << editedNegotiate([](QByteArray &m) { put16(m, 64 + 4, 0x02ff); }) << u"never offered"_s;
    QTest::newRow("body structure size 64")
        << editedNegotiate([](QByteArray &m) { put16(m, 64, 64); }) << u"wrong structure size"_s;
    QTest::newRow("header structure size 0")
        << editedNegotiate([](QByteArray &m) { put16(m, 4, 0); }) << u"header has a wrong structure size"_s;
    QTest::newRow("not flagged as an answer")
        << editedNegotiate([](QByteArray &m) { put32(m, 16, 0); }) << u"not a NEGOTIATE response"_s;
    QTest::newRow("security buffer past the end") << editedNegotiate([](QByteArray &m) {
        put16(m, 64 + 56, 128);
        put16(m, 64 + 58, 74);
    }) << u"security buffer (offset 128, 74 bytes) does not fit"_s;
    QTest::newRow("security buffer inside the header") << editedNegotiate(
                                                              [](QByteArray &m) {
                                                                  put16(m, 64 + 56, 0);
                                                                  put16(m, 64 + 58, 10);
                                                              },
                                                              spnego)
                                                       << u"does not fit"_s;
    QTest::newRow("security buffer offset 65535") << editedNegotiate([](QByteArray &m) {
        put16(m, 64 + 56, 0xffff);
        put16(m, 64 + 58, 0xffff);
    }) << u"does not fit"_s;
    QTest::newRow("contexts without bytes") << editedNegotiate([](QByteArray &m) {
        put16(m, 64 + 6, 2);
        put32(m, 64 + 60, 128);
    }) << u"2 negotiate contexts that do not fit"_s;
    QTest::newRow("context offset 2^32-8") << editedNegotiate(
                                                  [](QByteArray &m) {
                                                      put16(m, 64 + 6, 1);
                                                      put32(m, 64 + 60, 0xfffffff8);
                                                  },
                                                  QByteArray(8, '\0'))
                                           << u"do not fit"_s;
    QTest::newRow("context data longer than the answer") << editedNegotiate(
                                                                [](QByteArray &m) {
                                                                    put16(m, 64 + 6, 1);
                                                                    put32(m, 64 + 60, 128);
                                                                    put16(m, 128 + 2, 0xffff);
                                                                },
                                                                QByteArray(16, '\0'))
                                                         << u"do not fit"_s;
    QTest::newRow("one context that fits") << editedNegotiate(
                                                  [](QByteArray &m) {
                                                      put16(m, 64 + 6, 1);
                                                      put32(m, 64 + 60, 128);
                                                      put16(m, 128, 1);     // PREAUTH_INTEGRITY_CAPABILITIES
                                                      put16(m, 128 + 2, 8); // 8 bytes of data
                                                  },
                                                  QByteArray(16, '\0'))
                                           << QString();
}

void TestProtocols::smb_strictNegotiateAnswer()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, expected);
    const ParseResult r = Smb::parseNegotiateResponse(reply);
    if (expected.isEmpty()) {
        QCOMPARE(r.status, ParseResult::Status::Done);
        QCOMPARE(r.facts.value(u"smb.dialect"_s), u"3.0.2"_s);
    } else {
        QCOMPARE(r.status, ParseResult::Status::Invalid);
        QVERIFY2(r.message.english().contains(expected), qPrintable(r.message.english()));
    }
}

void TestProtocols::netbios_positiveAndNegative()
{
    const QByteArray request = Smb::netbiosSessionRequest();
    QCOMPARE(quint8(request.at(0)), quint8(0x81));
    QCOMPARE(request.size(), 4 + 68);
    // "*SMBSERVER" first-level encoded: '*' = 0x2a -> "CK"
    QVERIFY(request.mid(5, 2) == "CK");
    QCOMPARE(Smb::parseNetbiosSessionResponse(QByteArray("\x82\0\0\0", 4)).status, ParseResult::Status::Done);
    const ParseResult negative = Smb::parseNetbiosSessionResponse(QByteArray("\x83\0\0\x01\x82", 5));
    QCOMPARE(negative.status, ParseResult::Status::Invalid);
    QVERIFY(negative.message.english().contains(u"called name not present"_s));
    QCOMPARE(Smb::parseNetbiosSessionResponse(QByteArray("\x83\0\0\x01", 4)).status,
             ParseResult::Status::NeedMore);
    QCOMPARE(Smb::parseNetbiosSessionResponse(QByteArray("HTTP", 4)).status, ParseResult::Status::Invalid);
}

void TestProtocols::http_statusServerRedirect()
{
    const QByteArray reply =
        "HTTP/1.1 301 Moved Permanently\r\nServer: Microsoft-IIS/10.0\r\nLocation: https://portal/\r\n\r\n";
    for (qsizetype n = 0; n < reply.size(); ++n)
        QCOMPARE(Http::parseHttpProbe(reply.left(n), false).status, ParseResult::Status::NeedMore);
    const ParseResult r = Http::parseHttpProbe(reply, false);
    QCOMPARE(r.facts.value(u"http.status"_s), u"301 Moved Permanently"_s);
    QCOMPARE(r.facts.value(u"http.server"_s), u"Microsoft-IIS/10.0"_s);
    QCOMPARE(r.facts.value(u"http.location"_s), u"https://portal/"_s);
    QCOMPARE(Http::parseHttpProbe("SSH-2.0-OpenSSH_9.2\r\n", false).status, ParseResult::Status::Invalid);
    QCOMPARE(Http::parseHttpProbe(QByteArray(40000, 'H').prepend("HTTP/1.1 200 OK\r\nX: "), false).status,
             ParseResult::Status::Invalid);
}

void TestProtocols::http_chunkedWinrmBody()
{
    const QByteArray body =
        Http::identifyResponseBody("Microsoft Corporation", "OS: 10.0.17763 SP: 0.0 Stack: 3.0");
    QByteArray chunked;
    for (qsizetype i = 0; i < body.size(); i += 100) {
        const QByteArray part = body.mid(i, 100);
        chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const QByteArray reply =
        "HTTP/1.1 200 \r\nServer: Microsoft-HTTPAPI/2.0\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked;
    QCOMPARE(Http::parseWinrmIdentify(reply.left(reply.size() - 3), false).status,
             ParseResult::Status::NeedMore);
    const ParseResult r = Http::parseWinrmIdentify(reply, false);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"winrm.vendor"_s), u"Microsoft Corporation"_s);
    QCOMPARE(r.facts.value(u"winrm.version"_s), u"OS: 10.0.17763 SP: 0.0 Stack: 3.0"_s);
}

void TestProtocols::winrm_unauthorizedListsSchemes()
{
    const QByteArray reply =
        "HTTP/1.1 401 \r\nServer: Microsoft-HTTPAPI/2.0\r\nWWW-Authenticate: Negotiate\r\n"
        "WWW-Authenticate: Kerberos\r\nWWW-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n";
    const ParseResult r = Http::parseWinrmIdentify(reply, false);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"winrm.auth"_s), u"Negotiate, Kerberos"_s);
    QCOMPARE(Http::parseWinrmIdentify("HTTP/1.1 401 \r\nContent-Length: 0\r\n\r\n", false).status,
             ParseResult::Status::Invalid);
}

void TestProtocols::winrm_otherStatusIsNotWinrm()
{
    const ParseResult r =
        Http::parseWinrmIdentify("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", false);
    QCOMPARE(r.status, ParseResult::Status::Invalid);
    QVERIFY(r.message.english().contains(u"not WinRM"_s));
    const ParseResult noXml =
        Http::parseWinrmIdentify("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false);
    QCOMPARE(noXml.status, ParseResult::Status::Invalid);
}

void TestProtocols::winrm_requestCarriesIdentifyHeader()
{
    const QByteArray r = Http::winrmIdentifyRequest(u"dc1.corp.example"_s, 5985);
    QVERIFY(r.startsWith("POST /wsman HTTP/1.1\r\n"));
    QVERIFY(r.contains("\r\nWSMANIDENTIFY: unauthenticated\r\n"));
    QVERIFY(r.contains("<wsmid:Identify/>"));
    QVERIFY(r.contains("Host: dc1.corp.example:5985\r\n"));
    QVERIFY(!r.toLower().contains("authorization"));
    QByteArray method;
    QByteArray path;
    QByteArray body;
    QCOMPARE(Http::requestSize(r, &method, &path, &body), r.size());
    QCOMPARE(path, QByteArray("/wsman"));
}

void TestProtocols::tds_preloginRoundTrip()
{
    const QByteArray request = Tds::preloginRequest();
    QCOMPARE(quint8(request.at(0)), quint8(0x12));
    QCOMPARE(int((quint8(request.at(2)) << 8) | quint8(request.at(3))), int(request.size()));
    const QByteArray reply = Tds::preloginResponse(12, 0, 2000, 0x02);
    for (qsizetype n = 0; n < reply.size(); ++n)
        QCOMPARE(Tds::parsePreloginResponse(reply.left(n)).status, ParseResult::Status::NeedMore);
    const ParseResult r = Tds::parsePreloginResponse(reply);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"tds.version"_s), u"12.0.2000"_s);
    QCOMPARE(r.facts.value(u"tds.encryption"_s), u"not supported"_s);
}

void TestProtocols::tds_rejectsOutOfBoundsOption()
{
    QByteArray reply = Tds::preloginResponse(16, 0, 1000, 0x01);
    reply[8 + 1] = '\x7f'; // first option's offset far outside the packet
    QCOMPARE(Tds::parsePreloginResponse(reply).status, ParseResult::Status::Invalid);
    QCOMPARE(Tds::parsePreloginResponse("HTTP/1.1 400").status, ParseResult::Status::Invalid);
}

// The TLS handshake's records in PRELOGIN packets of at most 4,096 bytes, unwrapped whole.
void TestProtocols::tds_tlsPacketsRoundTrip()
{
    QByteArray tls;
    for (int i = 0; i < 10000; ++i)
        tls.append(static_cast<char>(i * 7));
    const QByteArray wrapped = Tds::tlsPackets(tls);
    QCOMPARE(wrapped.size(), tls.size() + 3 * 8); // 4,088 + 4,088 + 1,824 bytes of payload
    QByteArray unwrapped;
    QList<int> statuses;
    for (QByteArrayView rest = wrapped; !rest.isEmpty();) {
        const Tds::Packet p = Tds::readTlsPacket(rest);
        QCOMPARE(p.status, ParseResult::Status::Done);
        QCOMPARE(p.type, quint8(0x12));
        QVERIFY(p.size <= 4096);
        statuses << static_cast<quint8>(rest.at(1));
        unwrapped += p.payload.toByteArray();
        rest = rest.sliced(p.size);
    }
    QCOMPARE(unwrapped, tls);
    QCOMPARE(statuses, (QList<int>{0, 0, 1})); // end of message on the last one only
    for (qsizetype n = 0; n < 4096; n += 97)
        QCOMPARE(Tds::readTlsPacket(QByteArrayView(wrapped).first(n)).status, ParseResult::Status::NeedMore);
}

void TestProtocols::tds_tlsPacketReader_isBounded()
{
    QByteArray oversized("\x12\x01\xff\xff\0\0\x01\0", 8);
    Tds::Packet p = Tds::readTlsPacket(oversized);
    QCOMPARE(p.status, ParseResult::Status::Invalid);
    QVERIFY2(p.error.english().contains(u"claims 65535 bytes"_s), qPrintable(p.error.english()));
    p = Tds::readTlsPacket(QByteArray("\x12\x01\0\x04\0\0\x01\0", 8));
    QCOMPARE(p.status, ParseResult::Status::Invalid); // shorter than its own header
    p = Tds::readTlsPacket("\x16\x03\x03\0\x10");     // a TLS record that is not wrapped
    QCOMPARE(p.status, ParseResult::Status::Invalid);
    QVERIFY2(p.error.english().contains(u"type 0x16"_s), qPrintable(p.error.english()));
    // A PRELOGIN answer above MS-TDS' packet limit is refused before it is read.
    QByteArray reply = Tds::preloginResponse(16, 0, 1000, 0x03);
    reply[2] = '\x90';
    reply[3] = '\0';
    const ParseResult r = Tds::parsePreloginResponse(reply);
    QCOMPARE(r.status, ParseResult::Status::Invalid);
    QVERIFY(r.message.english().contains(u"claims 36864 bytes"_s));
}

void TestProtocols::tds_handshakeFollowsEncryption()
{
    const QList<QPair<quint8, bool>> cases{{0x00, true}, {0x01, true}, {0x02, false}, {0x03, true}};
    for (const auto &[byte, follows] : cases) {
        const ParseResult r = Tds::parsePreloginResponse(Tds::preloginResponse(16, 0, 1, byte));
        QCOMPARE(r.status, ParseResult::Status::Done);
        QCOMPARE(Tds::handshakeFollows(r.facts), follows);
        QCOMPARE(Tds::packetSize(Tds::preloginResponse(16, 0, 1, byte)),
                 Tds::preloginResponse(16, 0, 1, byte).size());
    }
}

void TestProtocols::kerberos_realmFromDomainOrHost_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("realm");
    QTest::newRow("profile domain wins") << u"corp.example"_s << u"dc1.other.example"_s << u"CORP.EXAMPLE"_s;
    QTest::newRow("trailing dot") << u"corp.example."_s << u""_s << u"CORP.EXAMPLE"_s;
    QTest::newRow("host suffix") << u""_s << u"dc1.corp.example"_s << u"CORP.EXAMPLE"_s;
    QTest::newRow("short name") << u""_s << u"dc1"_s << QString();
    QTest::newRow("address") << u""_s << u"10.0.0.5"_s << QString();
    QTest::newRow("ipv6") << u""_s << u"::1"_s << QString();
}

void TestProtocols::kerberos_realmFromDomainOrHost()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(QString, realm);
    QCOMPARE(Kerberos::realmFor(domain, host), realm);
}

void TestProtocols::kerberos_requestReadsBackAsAsReq()
{
    const QByteArray request =
        Kerberos::tcpFrame(Kerberos::asRequest(u"CORP.EXAMPLE"_s, u"probe"_s, 0x12345678));
    QString realm;
    QString client;
    QCOMPARE(Kerberos::readTcpRequest(request, &realm, &client), request.size());
    QCOMPARE(realm, u"CORP.EXAMPLE"_s);
    QCOMPARE(client, u"probe"_s);
    QCOMPARE(Kerberos::readTcpRequest(request.left(request.size() - 1), &realm, &client), 0);
    QCOMPARE(Kerberos::readTcpRequest(QByteArray("GET / HTTP/1.0\r\n\r\n"), &realm, &client), -1);
}

void TestProtocols::kerberos_errorFactsAndSkew()
{
    const QDateTime server = QDateTime(QDate(2026, 12, 2), QTime(1, 10, 0), Qt::UTC);
    const QByteArray answer =
        Kerberos::tcpFrame(Kerberos::krbError(25, server, u"CORP.EXAMPLE"_s, u"probe"_s));
    const ParseResult r = Kerberos::parseTcpResponse(answer, u"CORP.EXAMPLE"_s, server.addSecs(-240));
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"kerberos.error"_s), u"KDC_ERR_PREAUTH_REQUIRED"_s);
    QCOMPARE(r.facts.value(u"kerberos.errorCode"_s), u"25"_s);
    QCOMPARE(r.facts.value(u"kerberos.realm"_s), u"CORP.EXAMPLE"_s);
    QCOMPARE(r.facts.value(u"kerberos.serverTime"_s), u"2026-12-02T01:10:00Z"_s);
    QCOMPARE(r.facts.value(u"clock.skewSeconds"_s), u"240"_s);
    QVERIFY(r.message.isEmpty());
    QCOMPARE(Kerberos::errorName(6), u"KDC_ERR_C_PRINCIPAL_UNKNOWN"_s);
    QCOMPARE(Kerberos::errorName(68), u"KDC_ERR_WRONG_REALM"_s);
    QCOMPARE(Kerberos::errorName(30), u"KRB_ERROR_30"_s);
    QCOMPARE(Kerberos::errorName(-1), u"KRB_ERROR_-1"_s);
}

void TestProtocols::kerberos_wrongRealmIsNamed()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray answer = Kerberos::tcpFrame(Kerberos::krbError(68, now, u"OTHER.EXAMPLE"_s, {}));
    const ParseResult r = Kerberos::parseTcpResponse(answer, u"CORP.EXAMPLE"_s, now);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"kerberos.error"_s), u"KDC_ERR_WRONG_REALM"_s);
    QVERIFY2(r.message.english().contains(u"does not serve the realm CORP.EXAMPLE"_s),
             qPrintable(r.message.english()));
    // Another realm in an ordinary answer is named too.
    const QByteArray other = Kerberos::tcpFrame(Kerberos::krbError(6, now, u"OTHER.EXAMPLE"_s, {}));
    QVERIFY(Kerberos::parseTcpResponse(other, u"CORP.EXAMPLE"_s, now)
                .message.english()
                .contains(u"for the realm OTHER.EXAMPLE, not CORP.EXAMPLE"_s));
}

void TestProtocols::kerberos_everyTruncationNeedsMore()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray answer = Kerberos::tcpFrame(Kerberos::krbError(6, now, u"CORP.EXAMPLE"_s, u"probe"_s));
    for (qsizetype n = 0; n < answer.size(); ++n)
        QCOMPARE(Kerberos::parseTcpResponse(answer.left(n), u"CORP.EXAMPLE"_s, now).status,
                 ParseResult::Status::NeedMore);
}

void TestProtocols::kerberos_garbageIsInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray error = Kerberos::krbError(6, now, u"CORP.EXAMPLE"_s, {});
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
    QTest::newRow("high bit in the length") << QByteArray("\x80\x00\x00\x10\x7e", 5);
    QTest::newRow("huge length") << QByteArray("\x00\x10\x00\x00\x7e", 5);
    QTest::newRow("as-req back") << Kerberos::tcpFrame(Kerberos::asRequest(u"A.B"_s, u"c"_s, 1));
    QByteArray trailing = error + QByteArray("\x00", 1);
    QTest::newRow("bytes after the message") << Kerberos::tcpFrame(trailing);
    QByteArray pvno = error;
    const qsizetype at = pvno.indexOf(QByteArray("\xa0\x03\x02\x01\x05", 5));
    QVERIFY(at > 0);
    pvno[at + 4] = '\x04';
    QTest::newRow("pvno 4") << Kerberos::tcpFrame(pvno);
    QByteArray order = error;
    order[order.indexOf(QByteArray("\xa1\x03\x02\x01\x1e", 5))] = '\xa0';
    QTest::newRow("tags out of order") << Kerberos::tcpFrame(order);
    QByteArray time = error;
    time[time.indexOf('Z')] = 'X';
    QTest::newRow("bad time") << Kerberos::tcpFrame(time);
}

void TestProtocols::kerberos_garbageIsInvalid()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(Kerberos::parseTcpResponse(bytes, u"CORP.EXAMPLE"_s, QDateTime::currentDateTimeUtc()).status,
             ParseResult::Status::Invalid);
}

void TestProtocols::kerberos_timeIsStrict()
{
    QVERIFY(Kerberos::parseKerberosTime("20261202011000Z").isValid());
    QVERIFY(!Kerberos::parseKerberosTime("20261302011000Z").isValid());
    QVERIFY(!Kerberos::parseKerberosTime("20261202011000").isValid());
    QVERIFY(!Kerberos::parseKerberosTime("2026120201100 Z").isValid());
    QVERIFY(!Kerberos::parseKerberosTime("20261202011000.5Z").isValid());
}

void TestProtocols::dns_srvAnswerRoundTrip()
{
    const QString name = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    const QByteArray query = Dns::query(0x4242, name, Dns::SRV);
    quint16 id = 0;
    quint16 type = 0;
    QByteArray asked;
    QVERIFY(Dns::readQuestion(query, &id, &asked, &type));
    QCOMPARE(id, quint16(0x4242));
    QCOMPARE(asked, name.toUtf8());
    QCOMPARE(type, quint16(Dns::SRV));
    const QByteArray answer = Dns::tcpFrame(
        Dns::srvResponse(query, 0, {{"dc1.corp.example", 389, 0, 100}, {"dc2.corp.example", 389, 0, 100}}));
    const ParseResult r = Dns::parseTcpResponse(answer, 0x4242, name);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"dns.rcode"_s), u"NOERROR"_s);
    QCOMPARE(r.facts.value(u"dns.answers"_s), u"2"_s);
    QCOMPARE(r.facts.value(u"dns.srv"_s), u"dc1.corp.example:389; dc2.corp.example:389"_s);
    QVERIFY(r.message.isEmpty());
    // Case does not matter in DNS names.
    QCOMPARE(Dns::parseTcpResponse(answer, 0x4242, name.toUpper()).status, ParseResult::Status::Done);
    const ParseResult empty =
        Dns::parseTcpResponse(Dns::tcpFrame(Dns::srvResponse(query, 0, {})), 0x4242, name);
    QCOMPARE(empty.facts.value(u"dns.answers"_s), u"0"_s);
    QVERIFY(empty.message.english().contains(u"no records"_s));
}

void TestProtocols::dns_nxdomainIsDoneWithReason()
{
    const QString name = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    const QByteArray answer = Dns::tcpFrame(Dns::srvResponse(Dns::query(7, name, Dns::SRV), 3, {}));
    const ParseResult r = Dns::parseTcpResponse(answer, 7, name);
    QCOMPARE(r.status, ParseResult::Status::Done);
    QCOMPARE(r.facts.value(u"dns.rcode"_s), u"NXDOMAIN"_s);
    QVERIFY(r.message.english().contains(u"does not serve that domain"_s));
    QCOMPARE(Dns::rcodeName(5), u"REFUSED"_s);
    QCOMPARE(Dns::rcodeName(15), u"RCODE15"_s);
}

void TestProtocols::dns_everyTruncationNeedsMore()
{
    const QString name = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    const QByteArray answer = Dns::tcpFrame(
        Dns::srvResponse(Dns::query(9, name, Dns::SRV), 0, {{"dc1.corp.example", 389, 0, 100}}));
    for (qsizetype n = 0; n < answer.size(); ++n)
        QCOMPARE(Dns::parseTcpResponse(answer.left(n), 9, name).status, ParseResult::Status::NeedMore);
}

void TestProtocols::dns_wrongIdOrQuestionIsInvalid()
{
    const QString name = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    const QByteArray query = Dns::query(9, name, Dns::SRV);
    const QByteArray answer = Dns::tcpFrame(Dns::srvResponse(query, 0, {{"dc1.corp.example", 389, 0, 100}}));
    QCOMPARE(Dns::parseTcpResponse(answer, 10, name).status, ParseResult::Status::Invalid);
    QCOMPARE(Dns::parseTcpResponse(answer, 9, u"_ldap._tcp.dc._msdcs.other.example"_s).status,
             ParseResult::Status::Invalid);
    // Our own query echoed back is not an answer.
    QCOMPARE(Dns::parseTcpResponse(Dns::tcpFrame(query), 9, name).status, ParseResult::Status::Invalid);
    QCOMPARE(Dns::parseTcpResponse(QByteArray("SSH-2.0-OpenSSH_9.2\r\n"), 9, name).status,
             ParseResult::Status::Invalid);
    // An answer count that promises more records than the message holds.
    QByteArray lying = Dns::srvResponse(query, 0, {{"dc1.corp.example", 389, 0, 100}});
    lying[7] = 2;
    QCOMPARE(Dns::parseTcpResponse(Dns::tcpFrame(lying), 9, name).status, ParseResult::Status::Invalid);
}

void TestProtocols::dns_compressionLoopIsInvalid()
{
    const QString name = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    QByteArray answer =
        Dns::srvResponse(Dns::query(9, name, Dns::SRV), 0, {{"dc1.corp.example", 389, 0, 100}});
    // The record's owner name points at itself.
    const qsizetype owner = answer.indexOf(QByteArray("\xc0\x0c", 2));
    QVERIFY(owner > 0);
    answer[owner + 1] = static_cast<char>(owner);
    QCOMPARE(Dns::parseTcpResponse(Dns::tcpFrame(answer), 9, name).status, ParseResult::Status::Invalid);
}

// The fuzz seeds: the MIT KDC's real answers (recorded from krb5kdc 1.20) and hand-made ones.
void TestProtocols::seedCorpus_parsesAsRecorded()
{
    const QString corpus = qEnvironmentVariable("PORTCHECK_SOURCE_DIR") + u"/tests/fuzz/corpus/"_s;
    const auto read = [&](const QString &name) {
        QFile f(corpus + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ParseResult mit = Kerberos::parseTcpResponse(read(u"kerberos/mit-principal-unknown"_s),
                                                       u"TEST.PORTCHECK.INVALID"_s, now);
    QCOMPARE(mit.status, ParseResult::Status::Done);
    QCOMPARE(mit.facts.value(u"kerberos.error"_s), u"KDC_ERR_C_PRINCIPAL_UNKNOWN"_s);
    QCOMPARE(mit.facts.value(u"kerberos.text"_s), u"CLIENT_NOT_FOUND"_s);
    const ParseResult other =
        Kerberos::parseTcpResponse(read(u"kerberos/mit-other-realm"_s), u"OTHER.PORTCHECK.INVALID"_s, now);
    QCOMPARE(other.facts.value(u"kerberos.realm"_s), u"OTHER.PORTCHECK.INVALID"_s);
    const ParseResult wrong =
        Kerberos::parseTcpResponse(read(u"kerberos/wrong-realm"_s), u"CORP.EXAMPLE"_s, now);
    QCOMPARE(wrong.facts.value(u"kerberos.error"_s), u"KDC_ERR_WRONG_REALM"_s);
    QCOMPARE(wrong.facts.value(u"kerberos.clientRealm"_s), u"ROOT.EXAMPLE"_s);
    const ParseResult rep = Kerberos::parseTcpResponse(read(u"kerberos/as-rep"_s), u"CORP.EXAMPLE"_s, now);
    QCOMPARE(rep.status, ParseResult::Status::Done);
    QCOMPARE(rep.facts.value(u"kerberos.reply"_s), u"AS-REP"_s);
    QString realm;
    QString client;
    QVERIFY(Kerberos::readTcpRequest(read(u"kerberos/as-req"_s), &realm, &client) > 0);
    QCOMPARE(client, u"guardian-portcheck"_s);

    const QString locator = u"_ldap._tcp.dc._msdcs.corp.example"_s;
    const ParseResult srv = Dns::parseTcpResponse(read(u"dns/srv-two"_s), 0x1234, locator);
    QCOMPARE(srv.status, ParseResult::Status::Done);
    QCOMPARE(srv.facts.value(u"dns.answers"_s), u"2"_s);
    QCOMPARE(srv.facts.value(u"dns.srv"_s), u"dc1.corp.example:389; dc2.corp.example:389"_s);
    QCOMPARE(Dns::parseTcpResponse(read(u"dns/nxdomain"_s), 0x1234, locator).facts.value(u"dns.rcode"_s),
             u"NXDOMAIN"_s);
}

QTEST_GUILESS_MAIN(TestProtocols)
#include "tst_protocols.moc"
