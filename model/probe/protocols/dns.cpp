#include "model/probe/protocols/dns.h"

#include "model/probe/protocols/byteorder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace PortCheck::Dns {

using ByteOrder::appendBigEndian;
using ByteOrder::be16;

namespace {

constexpr int kHeaderSize = 12;
constexpr int kMaxNameLength = 255; // RFC 1035 2.3.4
constexpr int kMaxPointers = 64;
constexpr int kMaxSrvFacts = 32;

QByteArray encodeName(const QByteArray &name)
{
    QByteArray out;
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty())
            continue;
        const QByteArray l = label.left(63);
        out.append(static_cast<char>(l.size()));
        out.append(l);
    }
    out.append('\0');
    return out;
}

// Reads a possibly compressed name at `pos`; `end` receives the offset after it in the message.
// Pointers must point backwards and are counted, so a loop or a forward chain ends as invalid.
bool readName(QByteArrayView m, qsizetype pos, QByteArray *name, qsizetype *end)
{
    name->clear();
    qsizetype at = pos;
    qsizetype after = -1;
    int pointers = 0;
    qsizetype length = 0;
    while (true) {
        if (at >= m.size())
            return false;
        const auto len = static_cast<quint8>(m.at(at));
        if ((len & 0xc0) == 0xc0) {
            if (at + 1 >= m.size() || ++pointers > kMaxPointers)
                return false;
            const qsizetype target = ((len & 0x3f) << 8) | static_cast<quint8>(m.at(at + 1));
            if (target >= at)
                return false;
            if (after < 0)
                after = at + 2;
            at = target;
            continue;
        }
        if ((len & 0xc0) != 0)
            return false; // the extended label types (RFC 6891) never name anything we ask
        if (len == 0) {
            *end = after < 0 ? at + 1 : after;
            return true;
        }
        if (at + 1 + len > m.size())
            return false;
        length += len + 1;
        if (length > kMaxNameLength)
            return false;
        if (!name->isEmpty())
            name->append('.');
        name->append(m.sliced(at + 1, len).toByteArray());
        at += 1 + len;
    }
}

struct Record
{
    QByteArray name;
    quint16 type = 0;
    qsizetype rdata = 0; // offset of the data in the message
    quint16 rdlength = 0;
};

bool readRecord(QByteArrayView m, qsizetype *pos, Record *r)
{
    qsizetype at = 0;
    if (!readName(m, *pos, &r->name, &at) || at + 10 > m.size())
        return false;
    r->type = be16(m, at);
    r->rdlength = be16(m, at + 8);
    r->rdata = at + 10;
    if (r->rdata + r->rdlength > m.size())
        return false;
    *pos = r->rdata + r->rdlength;
    return true;
}

QString printable(const QByteArray &bytes)
{
    // Control characters are kept: the JSON holds what the server sent, and every display
    // (terminal, window, report) shows them escaped (displaySafe()).
    return QString::fromUtf8(bytes.left(kMaxNameLength));
}

QByteArray normalized(const QString &name)
{
    QByteArray n = name.toUtf8().toLower();
    while (n.endsWith('.'))
        n.chop(1);
    return n;
}

ParseResult notDns()
{
    return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not a DNS message")));
}

} // namespace

bool readHeader(QByteArrayView m, Header *h)
{
    if (m.size() < kHeaderSize)
        return false;
    h->id = be16(m, 0);
    h->flags = be16(m, 2);
    h->questions = be16(m, 4);
    h->answers = be16(m, 6);
    h->authorities = be16(m, 8);
    h->additionals = be16(m, 10);
    return true;
}

QByteArray query(quint16 id, const QString &name, quint16 type)
{
    QByteArray q;
    appendBigEndian<quint16>(q, id);
    appendBigEndian<quint16>(q, 0x0100); // a standard query, recursion desired
    appendBigEndian<quint16>(q, 1);
    appendBigEndian<quint16>(q, 0);
    appendBigEndian<quint16>(q, 0);
    appendBigEndian<quint16>(q, 0);
    q += encodeName(name.toUtf8());
    appendBigEndian<quint16>(q, type);
    appendBigEndian<quint16>(q, 1); // class IN
    return q;
}

QByteArray tcpFrame(const QByteArray &message)
{
    QByteArray out;
    appendBigEndian<quint16>(out, static_cast<quint16>(message.size()));
    return out + message;
}

QString rcodeName(int rcode)
{
    static const char *const names[] = {"NOERROR",  "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED",
                                        "YXDOMAIN", "YXRRSET", "NXRRSET",  "NOTAUTH",  "NOTZONE"};
    if (rcode >= 0 && rcode < static_cast<int>(std::size(names)))
        return QString::fromLatin1(names[rcode]);
    return u"RCODE"_s + QString::number(rcode);
}

QString dcLocatorName(const QString &domain)
{
    QString d = domain.trimmed();
    while (d.endsWith(u'.'))
        d.chop(1);
    return d.isEmpty() ? QString() : u"_ldap._tcp.dc._msdcs."_s + d;
}

ParseResult parseTcpResponse(QByteArrayView data, quint16 id, const QString &name)
{
    if (data.size() >= 4 && be16(data, 2) != id)
        return notDns(); // not our id: another protocol's bytes, or not an answer to this query
    if (data.size() < 2)
        return ParseResult::needMore();
    const quint16 length = be16(data, 0);
    if (length < kHeaderSize)
        return notDns();
    if (data.size() - 2 < length)
        return ParseResult::needMore();
    const QByteArrayView m = data.sliced(2, length);
    Header h;
    readHeader(m, &h);
    const int opcode = (h.flags >> 11) & 0x0f;
    if (!h.isResponse() || opcode != 0)
        return notDns();
    const auto malformed = [] {
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "malformed DNS answer")));
    };
    qsizetype pos = kHeaderSize;
    // Servers echo the question (RFC 1035 4.1.2); an error answer may leave it out.
    if (h.questions > 1 || (h.questions == 0 && h.rcode() == 0))
        return malformed();
    const QByteArray asked = normalized(name);
    if (h.questions == 1) {
        QByteArray qname;
        if (!readName(m, pos, &qname, &pos) || pos + 4 > m.size())
            return malformed();
        pos += 4;
        if (qname.toLower() != asked)
            return ParseResult::invalid(
                probeText(QT_TRANSLATE_NOOP("Probe", "the DNS answer is for %1, not for the name asked"),
                          {Text::plain(printable(qname))}));
    }
    QStringList srv;
    int answers = 0;
    const int records = h.answers + h.authorities + h.additionals;
    for (int i = 0; i < records; ++i) {
        Record r;
        if (!readRecord(m, &pos, &r))
            return malformed();
        if (i >= h.answers)
            continue;
        ++answers;
        if (r.type == SRV) {
            QByteArray target;
            qsizetype end = 0;
            if (r.rdlength < 7 || !readName(m, r.rdata + 6, &target, &end) || end != r.rdata + r.rdlength)
                return malformed();
            if (srv.size() < kMaxSrvFacts)
                srv << printable(target) + u':' + QString::number(be16(m, r.rdata + 4));
        }
    }
    Facts facts;
    const QString rcode = rcodeName(h.rcode());
    facts.insert(u"dns.rcode"_s, rcode);
    facts.insert(u"dns.answers"_s, QString::number(answers));
    facts.insert(u"dns.query"_s, printable(asked));
    facts.insert(u"dns.authoritative"_s, (h.flags & 0x0400) != 0 ? u"true"_s : u"false"_s);
    if (!srv.isEmpty())
        facts.insert(u"dns.srv"_s, srv.join(u"; "_s));
    Text remark;
    const Text n = Text::plain(printable(asked));
    if (h.rcode() == 3)
        remark = probeText(QT_TRANSLATE_NOOP("Probe", "the DNS server answered that %1 does not exist "
                                                      "(NXDOMAIN): it does not serve that domain"),
                           {n});
    else if (h.rcode() != 0)
        remark = probeText(QT_TRANSLATE_NOOP("Probe", "the DNS server answered %1 for %2"),
                           {Text::plain(rcode), n});
    else if (answers == 0)
        remark = probeText(QT_TRANSLATE_NOOP("Probe", "the DNS server has no records at %1"), {n});
    return ParseResult::done(facts, remark);
}

bool readQuestion(QByteArrayView m, quint16 *id, QByteArray *name, quint16 *type)
{
    Header h;
    qsizetype pos = kHeaderSize;
    if (!readHeader(m, &h) || h.isResponse() || h.questions != 1 || !readName(m, pos, name, &pos) ||
        pos + 4 > m.size())
        return false;
    *id = h.id;
    *type = be16(m, pos);
    *name = name->toLower();
    return true;
}

QByteArray srvResponse(QByteArrayView queryMessage, int rcode, const QList<SrvRecord> &records)
{
    quint16 id = 0;
    QByteArray name;
    quint16 type = 0;
    if (!readQuestion(queryMessage, &id, &name, &type))
        return {};
    QByteArray r;
    appendBigEndian<quint16>(r, id);
    appendBigEndian<quint16>(
        r, static_cast<quint16>(0x8580 | (rcode & 0x0f))); // response, authoritative, RD and RA
    appendBigEndian<quint16>(r, 1);
    appendBigEndian<quint16>(r, static_cast<quint16>(records.size()));
    appendBigEndian<quint16>(r, 0);
    appendBigEndian<quint16>(r, 0);
    r += encodeName(name);
    appendBigEndian<quint16>(r, type);
    appendBigEndian<quint16>(r, 1);
    for (const SrvRecord &srv : records) {
        appendBigEndian<quint16>(r, 0xc00c); // the question's name
        appendBigEndian<quint16>(r, SRV);
        appendBigEndian<quint16>(r, 1);
        r.append(QByteArray("\0\0\x02\x58", 4)); // TTL 600
        QByteArray rdata;
        appendBigEndian<quint16>(rdata, srv.priority);
        appendBigEndian<quint16>(rdata, srv.weight);
        appendBigEndian<quint16>(rdata, srv.port);
        rdata += encodeName(srv.target);
        appendBigEndian<quint16>(r, static_cast<quint16>(rdata.size()));
        r += rdata;
    }
    return r;
}

} // namespace PortCheck::Dns
