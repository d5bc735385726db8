#include "model/probe/protocols/tds.h"

#include "model/probe/protocols/byteorder.h"

using namespace Qt::StringLiterals;

namespace PortCheck::Tds {

using ByteOrder::appendBigEndian;
using ByteOrder::be16;

namespace {

enum Token : quint8
{
    Version = 0x00,
    Encryption = 0x01,
    InstOpt = 0x02,
    ThreadId = 0x03,
    Mars = 0x04,
    Terminator = 0xff
};
constexpr quint8 kPrelogin = 0x12;
constexpr quint8 kTabularResult = 0x04;
constexpr int kPacketHeader = 8;

QByteArray packet(quint8 type, const QByteArray &payload)
{
    QByteArray out;
    out.append(static_cast<char>(type));
    out.append('\x01'); // status: end of message
    appendBigEndian<quint16>(out, static_cast<quint16>(payload.size() + kPacketHeader));
    appendBigEndian<quint16>(out, 0); // SPID
    out.append('\x01');               // PacketID
    out.append('\0');                 // Window
    return out + payload;
}

// Option tokens followed by their data; offsets count from the start of the payload.
QByteArray options(const QList<QPair<quint8, QByteArray>> &entries)
{
    QByteArray table;
    QByteArray data;
    const qsizetype tableSize = entries.size() * 5 + 1;
    for (const auto &[token, value] : entries) {
        table.append(static_cast<char>(token));
        appendBigEndian<quint16>(table, static_cast<quint16>(tableSize + data.size()));
        appendBigEndian<quint16>(table, static_cast<quint16>(value.size()));
        data.append(value);
    }
    table.append(static_cast<char>(Terminator));
    return table + data;
}

QString encryptionName(quint8 value)
{
    switch (value) {
    case 0x00:
        return u"off"_s;
    case 0x01:
        return u"on"_s;
    case 0x02:
        return u"not supported"_s;
    case 0x03:
        return u"required"_s;
    default:
        break;
    }
    return u"0x"_s + QString::number(value, 16);
}

} // namespace

QByteArray preloginRequest()
{
    // Version 0.0.0.0 as a client may send; encryption off; empty instance; thread id 0; MARS off.
    return packet(kPrelogin, options({{Version, QByteArray(6, '\0')},
                                      {Encryption, QByteArray(1, '\0')},
                                      {InstOpt, QByteArray(1, '\0')},
                                      {ThreadId, QByteArray(4, '\0')},
                                      {Mars, QByteArray(1, '\0')}}));
}

ParseResult parsePreloginResponse(QByteArrayView data)
{
    if (data.size() < kPacketHeader)
        return data.isEmpty() || static_cast<quint8>(data.at(0)) == kTabularResult
                   ? ParseResult::needMore()
                   : ParseResult::invalid(
                         probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not a TDS packet")));
    if (static_cast<quint8>(data.at(0)) != kTabularResult)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not a TDS response packet")));
    const quint16 length = be16(data, 2);
    if (length < kPacketHeader + 1)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the TDS packet length is too small")));
    if (length > kMaxPacketBytes)
        return ParseResult::invalid(probeText(
            QT_TRANSLATE_NOOP("Probe", "the TDS packet claims %1 bytes; MS-TDS allows at most 32,767"),
            {Text::plain(QString::number(length))}));
    if (data.size() < length)
        return ParseResult::needMore();
    const QByteArrayView payload = data.sliced(kPacketHeader, length - kPacketHeader);
    Facts facts;
    bool sawVersion = false;
    for (qsizetype pos = 0; pos < payload.size(); pos += 5) {
        const auto token = static_cast<quint8>(payload.at(pos));
        if (token == Terminator) {
            if (!sawVersion)
                return ParseResult::invalid(
                    probeText(QT_TRANSLATE_NOOP("Probe", "the TDS PRELOGIN answer has no version")));
            return ParseResult::done(facts);
        }
        if (pos + 5 > payload.size() || pos > 5 * 16)
            return ParseResult::invalid(
                probeText(QT_TRANSLATE_NOOP("Probe", "malformed TDS PRELOGIN option table")));
        const quint16 offset = be16(payload, pos + 1);
        const quint16 size = be16(payload, pos + 3);
        if (offset > payload.size() || size > payload.size() - offset)
            return ParseResult::invalid(
                probeText(QT_TRANSLATE_NOOP("Probe", "a TDS PRELOGIN option points outside the packet")));
        const QByteArrayView value = payload.sliced(offset, size);
        if (token == Version && size >= 4) {
            sawVersion = true;
            facts.insert(u"tds.version"_s, QString::number(static_cast<quint8>(value.at(0))) + u'.' +
                                               QString::number(static_cast<quint8>(value.at(1))) + u'.' +
                                               QString::number(be16(value, 2)));
        } else if (token == Encryption && size >= 1) {
            facts.insert(u"tds.encryption"_s, encryptionName(static_cast<quint8>(value.at(0))));
        }
    }
    return ParseResult::invalid(
        probeText(QT_TRANSLATE_NOOP("Probe", "the TDS PRELOGIN option table is not terminated")));
}

qsizetype packetSize(QByteArrayView data)
{
    return data.size() < kPacketHeader ? 0 : be16(data, 2);
}

bool handshakeFollows(const Facts &facts)
{
    const QString encryption = facts.value(u"tds.encryption"_s);
    return encryption == u"on"_s || encryption == u"required"_s || encryption == u"off"_s;
}

Packet readTlsPacket(QByteArrayView data)
{
    Packet p;
    if (data.isEmpty())
        return p;
    const auto type = static_cast<quint8>(data.at(0));
    if (type != kPrelogin && type != kTabularResult) {
        p.status = ParseResult::Status::Invalid;
        p.error = probeText(QT_TRANSLATE_NOOP("Probe", "the server sent a TDS packet of type 0x%1 during the "
                                                       "TLS handshake, not PRELOGIN (0x12)"),
                            {Text::plain(QString::number(type, 16).rightJustified(2, u'0'))});
        return p;
    }
    if (data.size() < kPacketHeader)
        return p;
    const quint16 length = be16(data, 2);
    if (length < kPacketHeader || length > kMaxPacketBytes) {
        p.status = ParseResult::Status::Invalid;
        p.error = length > kMaxPacketBytes
                      ? probeText(QT_TRANSLATE_NOOP("Probe", "the TDS packet claims %1 bytes; MS-TDS allows "
                                                             "at most 32,767"),
                                  {Text::plain(QString::number(length))})
                      : probeText(QT_TRANSLATE_NOOP("Probe", "the TDS packet length is too small"));
        return p;
    }
    if (data.size() < length)
        return p;
    p.status = ParseResult::Status::Done;
    p.type = type;
    p.size = length;
    p.payload = data.sliced(kPacketHeader, length - kPacketHeader);
    return p;
}

QByteArray tlsPackets(QByteArrayView tls)
{
    QByteArray out;
    quint8 id = 1;
    for (qsizetype at = 0; at < tls.size(); at += kTlsPacketPayload) {
        const QByteArrayView part = tls.sliced(at, std::min(kTlsPacketPayload, tls.size() - at));
        const bool last = at + part.size() >= tls.size();
        out.append(static_cast<char>(kPrelogin));
        out.append(last ? '\x01' : '\0');
        appendBigEndian<quint16>(out, static_cast<quint16>(part.size() + kPacketHeader));
        appendBigEndian<quint16>(out, 0);
        out.append(static_cast<char>(id++));
        out.append('\0');
        out.append(part.data(), part.size());
    }
    return out;
}

QByteArray preloginResponse(quint8 major, quint8 minor, quint16 build, quint8 encryption)
{
    QByteArray version;
    version.append(static_cast<char>(major));
    version.append(static_cast<char>(minor));
    appendBigEndian<quint16>(version, build);
    version.append(QByteArray(2, '\0'));
    return packet(kTabularResult, options({{Version, version},
                                           {Encryption, QByteArray(1, static_cast<char>(encryption))},
                                           {InstOpt, QByteArray(1, '\0')},
                                           {ThreadId, {}},
                                           {Mars, QByteArray(1, '\0')}}));
}

} // namespace PortCheck::Tds
