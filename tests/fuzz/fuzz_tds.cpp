// libFuzzer target: the TDS PRELOGIN response parser, and the unwrapping of the TLS handshake's
// PRELOGIN packets that follow it (what TdsTlsTunnel reads from the server), packet by packet.
#include "model/probe/protocols/tds.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PortCheck;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ParseResult prelogin = Tds::parsePreloginResponse(bytes);
    if (prelogin.status == ParseResult::Status::Done)
        Tds::handshakeFollows(prelogin.facts);
    QByteArrayView rest = bytes.sliced(std::min<qsizetype>(Tds::packetSize(bytes), bytes.size()));
    qsizetype payload = 0;
    while (!rest.isEmpty()) {
        const Tds::Packet p = Tds::readTlsPacket(rest);
        if (p.status != ParseResult::Status::Done)
            break;
        if (p.size < 8 || p.size > rest.size() || p.size > Tds::kMaxPacketBytes)
            __builtin_trap(); // a packet is within what arrived and what MS-TDS allows
        payload += p.payload.size();
        rest = rest.sliced(p.size);
    }
    // What the client wraps, the reader unwraps whole.
    const QByteArray wrapped = Tds::tlsPackets(bytes.first(std::min<qsizetype>(bytes.size(), 20000)));
    QByteArray unwrapped;
    for (QByteArrayView w = wrapped; !w.isEmpty();) {
        const Tds::Packet p = Tds::readTlsPacket(w);
        if (p.status != ParseResult::Status::Done)
            __builtin_trap();
        unwrapped += p.payload.toByteArray();
        w = w.sliced(p.size);
    }
    if (unwrapped != bytes.first(std::min<qsizetype>(bytes.size(), 20000)))
        __builtin_trap();
    return payload >= 0 ? 0 : 1;
}
