#include "model/probe/protocols/ldap.h"

#include "model/probe/protocols/ber.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PortCheck::Ldap {

namespace {

enum Op : quint8
{
    SearchRequest = 0x63,
    SearchResultEntry = 0x64,
    SearchResultDone = 0x65,
    ExtendedResponse = 0x78,
};

constexpr int kMaxAttributes = 256;
constexpr int kMaxValues = 64;
constexpr qsizetype kMaxFactLength = 1024;

const char *const kAttributes[] = {
    "dnsHostName",
    "defaultNamingContext",
    "dsServiceName",
    "serverName",
    "isGlobalCatalogReady",
    "isSynchronized",
    "domainControllerFunctionality",
    "domainFunctionality",
    "forestFunctionality",
    "rootDomainNamingContext",
    "namingContexts",
    "supportedLDAPVersion",
    "vendorName",
    "vendorVersion",
    "currentTime",
    "supportedSASLMechanisms",
};

// domainControllerFunctionality values (MS-ADTS 6.1.4.2)
QString functionalLevelName(const QString &value)
{
    static const QMap<QString, QString> names{
        {u"0"_s, u"Windows 2000"_s},           {u"1"_s, u"Windows Server 2003 interim"_s},
        {u"2"_s, u"Windows Server 2003"_s},    {u"3"_s, u"Windows Server 2008"_s},
        {u"4"_s, u"Windows Server 2008 R2"_s}, {u"5"_s, u"Windows Server 2012"_s},
        {u"6"_s, u"Windows Server 2012 R2"_s}, {u"7"_s, u"Windows Server 2016"_s},
        {u"10"_s, u"Windows Server 2025"_s},
    };
    const QString name = names.value(value);
    return name.isEmpty() ? value : value + u" ("_s + name + u')';
}

QString printable(QByteArrayView bytes)
{
    // Control characters are kept: the JSON holds what the server sent, and every display
    // (terminal, window, report) shows them escaped (displaySafe()).
    return QString::fromUtf8(bytes.first(std::min(bytes.size(), kMaxFactLength)));
}

// An LDAP GeneralizedTime (RFC 4517 3.3.13) as Active Directory writes currentTime:
// "20261202034512.0Z"; a fraction and an offset are accepted, anything else is not a time.
QDateTime generalizedTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d{1,9})?(Z|[+-]\\d{4})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime t(date, time, Qt::UTC);
    const QString zone = m.captured(7);
    if (zone != u"Z"_s) {
        const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
        t = t.addSecs((zone.startsWith(u'+') ? -60 : 60) * minutes);
    }
    return t;
}

bool shortNameMatches(const QString &typed, const QString &dnsHostName)
{
    const QString t = typed.toLower();
    const QString d = dnsHostName.toLower();
    return t == d || d.startsWith(t + u'.');
}

} // namespace

QByteArray rootDseRequest(int messageId)
{
    QByteArray attributes;
    for (const char *name : kAttributes)
        attributes += Ber::octets(name);
    QByteArray search;
    search += Ber::octets({});                  // baseObject: the rootDSE
    search += Ber::integer(0, Ber::Enumerated); // scope: baseObject
    search += Ber::integer(0, Ber::Enumerated); // derefAliases: never
    search += Ber::integer(0);                  // sizeLimit
    search += Ber::integer(0);                  // timeLimit
    search += Ber::boolean(false);              // typesOnly
    search += Ber::octets("objectClass", 0x87); // filter: present (objectClass=*)
    search += Ber::encode(Ber::Sequence, attributes);
    return Ber::encode(Ber::Sequence, Ber::integer(messageId) + Ber::encode(SearchRequest, search));
}

QString siteFromServiceName(const QString &dsServiceName)
{
    const QStringList rdns = dsServiceName.split(u',');
    for (qsizetype i = 0; i + 1 < rdns.size(); ++i) {
        if (rdns.at(i).trimmed().compare(u"CN=Servers"_s, Qt::CaseInsensitive) == 0)
            return rdns.at(i + 1).trimmed().mid(3);
    }
    return {};
}

ParseResult parseRootDseResponse(QByteArrayView data, const QString &typedHost, const QDateTime &now)
{
    Facts facts;
    int attributeCount = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (static_cast<quint8>(data.at(pos)) != Ber::Sequence)
            return ParseResult::invalid(
                probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not an LDAP message")));
        Ber::Element message;
        const Ber::Status status = Ber::readElement(data.sliced(pos), &message, kMaxResponseBytes);
        if (status == Ber::Status::NeedMore)
            return ParseResult::needMore();
        if (status == Ber::Status::Invalid || message.tag != Ber::Sequence)
            return ParseResult::invalid(
                probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not an LDAP message")));
        pos += message.size;

        Ber::Reader reader(message.value);
        Ber::Element id;
        Ber::Element op;
        qint64 messageId = 0;
        if (!reader.nextTagged(Ber::Integer, &id) || !Ber::toInteger(id.value, &messageId) ||
            !reader.next(&op))
            return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "malformed LDAP message")));

        if (op.tag == SearchResultEntry) {
            Ber::Reader entry(op.value);
            Ber::Element dn;
            Ber::Element attributes;
            if (!entry.nextTagged(Ber::OctetString, &dn) || !entry.nextTagged(Ber::Sequence, &attributes))
                return ParseResult::invalid(
                    probeText(QT_TRANSLATE_NOOP("Probe", "malformed LDAP search entry")));
            Ber::Reader attrs(attributes.value);
            Ber::Element attr;
            while (attrs.next(&attr)) {
                if (attr.tag != Ber::Sequence || ++attributeCount > kMaxAttributes)
                    return ParseResult::invalid(
                        probeText(QT_TRANSLATE_NOOP("Probe", "malformed or oversized LDAP attribute list")));
                Ber::Reader pair(attr.value);
                Ber::Element type;
                Ber::Element vals;
                if (!pair.nextTagged(Ber::OctetString, &type) || !pair.nextTagged(Ber::Set, &vals))
                    return ParseResult::invalid(
                        probeText(QT_TRANSLATE_NOOP("Probe", "malformed LDAP attribute")));
                QStringList values;
                Ber::Reader valueReader(vals.value);
                Ber::Element value;
                while (valueReader.next(&value)) {
                    if (value.tag != Ber::OctetString || values.size() >= kMaxValues)
                        return ParseResult::invalid(probeText(
                            QT_TRANSLATE_NOOP("Probe", "malformed or oversized LDAP attribute values")));
                    values << printable(value.value);
                }
                if (!valueReader.atEnd())
                    return ParseResult::invalid(
                        probeText(QT_TRANSLATE_NOOP("Probe", "truncated LDAP attribute value")));
                facts.insert(u"ldap."_s + printable(type.value), values.join(u"; "_s));
            }
            if (!attrs.atEnd())
                return ParseResult::invalid(
                    probeText(QT_TRANSLATE_NOOP("Probe", "truncated LDAP attribute list")));
            continue;
        }
        if (op.tag == SearchResultDone || op.tag == ExtendedResponse) {
            Ber::Reader result(op.value);
            Ber::Element code;
            qint64 resultCode = 0;
            if (!result.nextTagged(Ber::Enumerated, &code) || !Ber::toInteger(code.value, &resultCode))
                return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "malformed LDAP result")));
            if (resultCode != 0) {
                facts.insert(u"ldap.resultCode"_s, QString::number(resultCode));
                Ber::Element matched;
                Ber::Element diagnostic;
                if (result.next(&matched) && result.next(&diagnostic) && !diagnostic.value.isEmpty())
                    facts.insert(u"ldap.diagnostic"_s, printable(diagnostic.value));
                // Every Active Directory DC answers the rootDSE anonymously (MS-ADTS 3.1.1.3.2).
                return ParseResult::foreign(
                    facts,
                    probeText(QT_TRANSLATE_NOOP("Probe", "an LDAP server that refuses the anonymous "
                                                         "rootDSE search (result code %1), which every "
                                                         "Active Directory domain controller answers"),
                              {Text::plain(QString::number(resultCode))}));
            }
            // Only an AD DC's rootDSE names its NTDS Settings object and its functional level.
            if (!facts.contains(u"ldap.dsServiceName"_s) &&
                !facts.contains(u"ldap.domainControllerFunctionality"_s)) {
                const QString vendor =
                    QStringList{facts.value(u"ldap.vendorName"_s), facts.value(u"ldap.vendorVersion"_s)}
                        .join(u' ')
                        .trimmed();
                return ParseResult::foreign(
                    facts,
                    vendor.isEmpty()
                        ? probeText(QT_TRANSLATE_NOOP(
                              "Probe", "an LDAP server, not an Active Directory domain controller (its "
                                       "rootDSE has no dsServiceName or domainControllerFunctionality)"))
                        : probeText(QT_TRANSLATE_NOOP("Probe", "an LDAP server (%1), not an Active "
                                                               "Directory domain controller"),
                                    {Text::plain(vendor)}));
            }
            Text remark;
            if (const auto time = facts.constFind(u"ldap.currentTime"_s); time != facts.constEnd()) {
                const QDateTime server = generalizedTime(*time);
                if (server.isValid()) {
                    facts.insert(u"ldap.currentTime"_s, server.toString(Qt::ISODate));
                    if (now.isValid())
                        facts.insert(u"clock.skewSeconds"_s, QString::number(now.toUTC().secsTo(server)));
                }
            }
            const QString dsServiceName = facts.value(u"ldap.dsServiceName"_s);
            const QString site = siteFromServiceName(dsServiceName);
            if (!site.isEmpty())
                facts.insert(u"ldap.site"_s, site);
            const auto level = facts.constFind(u"ldap.domainControllerFunctionality"_s);
            if (level != facts.constEnd())
                facts.insert(u"ldap.domainControllerFunctionality"_s, functionalLevelName(*level));
            const QString dnsHostName = facts.value(u"ldap.dnsHostName"_s);
            if (!dnsHostName.isEmpty() && !typedHost.isEmpty() && !shortNameMatches(typedHost, dnsHostName) &&
                QHostAddress(typedHost).isNull()) {
                facts.insert(u"ldap.nameMismatch"_s, dnsHostName);
                remark = probeText(QT_TRANSLATE_NOOP("Probe", "answered as %1, not %2: an alias, a load "
                                                              "balancer or the wrong DNS record"),
                                   {Text::plain(dnsHostName), Text::plain(typedHost)});
            }
            return ParseResult::done(facts, remark);
        }
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "unexpected LDAP operation 0x%1"),
                                              {Text::plain(QString::number(op.tag, 16))}));
    }
    return ParseResult::needMore();
}

qsizetype readRequest(QByteArrayView data, int *messageId, quint8 *operation)
{
    Ber::Element message;
    const Ber::Status status = Ber::readElement(data, &message, 64 * 1024);
    if (status == Ber::Status::NeedMore)
        return 0;
    if (status == Ber::Status::Invalid || message.tag != Ber::Sequence)
        return -1;
    Ber::Reader reader(message.value);
    Ber::Element id;
    Ber::Element op;
    qint64 value = 0;
    if (!reader.nextTagged(Ber::Integer, &id) || !Ber::toInteger(id.value, &value) || !reader.next(&op))
        return -1;
    *messageId = static_cast<int>(value);
    *operation = op.tag;
    return message.size;
}

QByteArray searchResultEntry(int messageId, const QByteArray &dn, const Attributes &attributes)
{
    QByteArray list;
    for (const auto &[type, values] : attributes) {
        QByteArray set;
        for (const QByteArray &v : values)
            set += Ber::octets(v);
        list += Ber::encode(Ber::Sequence, Ber::octets(type) + Ber::encode(Ber::Set, set));
    }
    const QByteArray entry = Ber::octets(dn) + Ber::encode(Ber::Sequence, list);
    return Ber::encode(Ber::Sequence, Ber::integer(messageId) + Ber::encode(SearchResultEntry, entry));
}

QByteArray searchResultDone(int messageId, int resultCode)
{
    const QByteArray done = Ber::integer(resultCode, Ber::Enumerated) + Ber::octets({}) + Ber::octets({});
    return Ber::encode(Ber::Sequence, Ber::integer(messageId) + Ber::encode(SearchResultDone, done));
}

} // namespace PortCheck::Ldap
