#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PortCheck::Dns {

enum Type : quint16
{
    A = 1,
    NS = 2,
    SOA = 6,
    SRV = 33,
};

struct SrvRecord
{
    QByteArray target;
    quint16 port = 389;
    quint16 priority = 0;
    quint16 weight = 100;
};

// The fixed header of a DNS message (RFC 1035 4.1.1).
struct Header
{
    quint16 id = 0;
    quint16 flags = 0;
    quint16 questions = 0;
    quint16 answers = 0;
    quint16 authorities = 0;
    quint16 additionals = 0;
    bool isResponse() const { return (flags & 0x8000) != 0; }
    int rcode() const { return flags & 0x000f; }
};

// Reads the header at the front of a message (without the TCP length); false when it is shorter.
bool readHeader(QByteArrayView message, Header *header);

// A query for `name` (recursion desired), as a UDP payload; wrap it with tcpFrame() for TCP.
QByteArray query(quint16 id, const QString &name, quint16 type);
// TCP framing (RFC 1035 4.2.2): a two-byte big-endian length before the message.
QByteArray tcpFrame(const QByteArray &message);

// "NOERROR", "NXDOMAIN", ... (RFC 1035 4.1.1, RFC 6895); "RCODE<n>" for the others.
QString rcodeName(int rcode);

// The name that domain controllers are found by (MS-ADTS 6.3.2.3): _ldap._tcp.dc._msdcs.<domain>.
QString dcLocatorName(const QString &domain);

// Reads a framed answer to the query `id` for `name`. Facts dns.rcode, dns.answers, dns.query and
// (for SRV answers) dns.srv, the targets in the order sent. The message is read whole: every
// record and name, compression pointers included, has to stay inside it.
ParseResult parseTcpResponse(QByteArrayView data, quint16 id, const QString &name);

// For responders: the id, question name (lower case, no trailing dot) and type of a message.
bool readQuestion(QByteArrayView message, quint16 *id, QByteArray *name, quint16 *type);
// An answer to `queryMessage` with this rcode and these SRV records (NXDOMAIN: rcode 3).
QByteArray srvResponse(QByteArrayView queryMessage, int rcode, const QList<SrvRecord> &records);

} // namespace PortCheck::Dns
