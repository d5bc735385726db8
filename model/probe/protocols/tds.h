#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>

namespace PortCheck::Tds {

// PRELOGIN (MS-TDS 2.2.6.5), sent before any login: version, encryption off, no instance, MARS off.
QByteArray preloginRequest();

// The server's PRELOGIN answer in a tabular-result packet. Facts tds.version, tds.encryption.
ParseResult parsePreloginResponse(QByteArrayView data);

// For responders: a PRELOGIN answer with this version and encryption byte.
QByteArray preloginResponse(quint8 major, quint8 minor, quint16 build, quint8 encryption);

// MS-TDS 2.2.3.1: a packet is at most 32,767 bytes, its header included (the size a login may
// negotiate; before login both sides use 4,096).
constexpr qsizetype kMaxPacketBytes = 32767;
constexpr qsizetype kTlsPacketPayload = 4096 - 8;

// The size of the first packet in data, header included, once its header has arrived; else 0.
qsizetype packetSize(QByteArrayView data);

// Whether the server's PRELOGIN answer (fact tds.encryption) means that a TLS handshake follows:
// on and required encrypt the session, off still encrypts the login.
bool handshakeFollows(const Facts &facts);

// One TDS packet from the front of data: during the TLS handshake of TDS 7.x (MS-TDS 3.2.5.1),
// TLS records travel as the payload of PRELOGIN packets (type 0x12; some servers answer in
// tabular-result packets, 0x04). NeedMore until the whole packet is there; Invalid for another
// type, a length below the header's or above kMaxPacketBytes.
struct Packet
{
    ParseResult::Status status = ParseResult::Status::NeedMore;
    quint8 type = 0;
    qsizetype size = 0; // bytes used from data, header included
    QByteArrayView payload;
    Text error;
};
Packet readTlsPacket(QByteArrayView data);

// TLS bytes wrapped in PRELOGIN packets of at most 4,096 bytes, the last one marked end of message.
QByteArray tlsPackets(QByteArrayView tls);

} // namespace PortCheck::Tds
