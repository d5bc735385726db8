#include "model/probe/protocols/smb.h"

#include "model/probe/protocols/byteorder.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace PortCheck::Smb {

using ByteOrder::appendLittleEndian;
using ByteOrder::le16;
using ByteOrder::le32;

namespace {

constexpr quint16 kDialects[] = {0x0202, 0x0210, 0x0300, 0x0302};
constexpr int kHeaderSize = 64;
constexpr qsizetype kMaxFrame = 64 * 1024;
constexpr int kNegotiateFixedSize = 64;  // the NEGOTIATE response up to its variable buffer
constexpr quint32 kServerToRedir = 0x01; // header Flags: this is an answer

QByteArray frame(const QByteArray &payload)
{
    // Direct TCP transport header: a zero byte, then a 24-bit big-endian length (MS-SMB2 2.1).
    QByteArray out(4, '\0');
    out[1] = static_cast<char>((payload.size() >> 16) & 0xff);
    out[2] = static_cast<char>((payload.size() >> 8) & 0xff);
    out[3] = static_cast<char>(payload.size() & 0xff);
    return out + payload;
}

QByteArray header(quint16 command, quint32 status, bool response)
{
    QByteArray h("\xfeSMB", 4);
    appendLittleEndian<quint16>(h, kHeaderSize); // StructureSize
    appendLittleEndian<quint16>(h, 0);           // CreditCharge
    appendLittleEndian<quint32>(h, status);
    appendLittleEndian<quint16>(h, command);
    appendLittleEndian<quint16>(h, 1);                  // CreditRequest/Response
    appendLittleEndian<quint32>(h, response ? 1U : 0U); // Flags: SERVER_TO_REDIR on answers
    appendLittleEndian<quint32>(h, 0);                  // NextCommand
    h.append(QByteArray(8, '\0'));                      // MessageId 0
    h.append(QByteArray(4, '\0'));                      // Reserved
    h.append(QByteArray(4, '\0'));                      // TreeId
    h.append(QByteArray(8, '\0'));                      // SessionId
    h.append(QByteArray(16, '\0'));                     // Signature
    return h;
}

QString dialectName(quint16 dialect)
{
    switch (dialect) {
    case 0x0202:
        return u"2.0.2"_s;
    case 0x0210:
        return u"2.1"_s;
    case 0x0300:
        return u"3.0"_s;
    case 0x0302:
        return u"3.0.2"_s;
    case 0x0311:
        return u"3.1.1"_s;
    default:
        break;
    }
    return u"0x"_s + QString::number(dialect, 16);
}

// The 16-byte NetBIOS name, first-level encoded (RFC 1001 14.1): 32 letters 'A'..'P'.
QByteArray encodeName(const QByteArray &name, char suffix)
{
    QByteArray padded = name.left(15).leftJustified(15, ' ');
    padded.append(suffix);
    QByteArray out;
    out.append(char(32));
    for (char c : std::as_const(padded)) {
        const auto b = static_cast<quint8>(c);
        out.append(static_cast<char>('A' + (b >> 4)));
        out.append(static_cast<char>('A' + (b & 0x0f)));
    }
    out.append('\0');
    return out;
}

} // namespace

QByteArray negotiateRequest()
{
    QByteArray body;
    appendLittleEndian<quint16>(body, 36);                                         // StructureSize
    appendLittleEndian<quint16>(body, static_cast<quint16>(std::size(kDialects))); // DialectCount
    appendLittleEndian<quint16>(body, 0x0001); // SecurityMode: signing enabled
    appendLittleEndian<quint16>(body, 0);      // Reserved
    appendLittleEndian<quint32>(body, 0);      // Capabilities
    body.append("GuardianPortChk!", 16);       // ClientGuid
    body.append(QByteArray(8, '\0'));          // ClientStartTime (no 3.1.1 offered)
    for (quint16 d : kDialects)
        appendLittleEndian<quint16>(body, d);
    return frame(header(0, 0, false) + body);
}

ParseResult parseNegotiateResponse(QByteArrayView data)
{
    if (data.size() < 4)
        return ParseResult::needMore();
    if (data.at(0) != '\0')
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not an SMB frame")));
    const qsizetype length = (static_cast<quint8>(data.at(1)) << 16) |
                             (static_cast<quint8>(data.at(2)) << 8) | static_cast<quint8>(data.at(3));
    if (length > kMaxFrame)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the SMB frame is larger than any NEGOTIATE answer")));
    if (data.size() >= 8 && data.sliced(4, 4) == QByteArrayView("\xffSMB", 4))
        return ParseResult::invalid(probeText(
            QT_TRANSLATE_NOOP("Probe", "the server speaks only SMB1, which Guardian does not use")));
    if (data.size() >= 8 && data.sliced(4, 4) != QByteArrayView("\xfeSMB", 4))
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not SMB2")));
    if (data.size() - 4 < length)
        return ParseResult::needMore();
    const QByteArrayView msg = data.sliced(4, length);
    if (msg.size() < kHeaderSize + 8)
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 answer is too short")));
    if (le16(msg, 4) != kHeaderSize)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 header has a wrong structure size")));
    const quint16 command = le16(msg, 12);
    const quint32 status = le32(msg, 8);
    if (command != 0 || (le32(msg, 16) & kServerToRedir) == 0)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 answer is not a NEGOTIATE response")));
    if (status != 0)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the server rejected SMB2 NEGOTIATE with status 0x%1"),
                      {Text::plain(QString::number(status, 16).rightJustified(8, u'0'))}));
    // MS-SMB2 2.2.4. Leniency here would call a broken or hostile peer "identified": everything it
    // claims must fit what was offered and the buffer it came in.
    if (msg.size() < kHeaderSize + kNegotiateFixedSize)
        return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 answer is too short")));
    const QByteArrayView body = msg.sliced(kHeaderSize);
    if (le16(body, 0) != 65)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 NEGOTIATE response has a wrong structure size")));
    const quint16 securityMode = le16(body, 2);
    const quint16 dialect = le16(body, 4);
    if (std::find(std::begin(kDialects), std::end(kDialects), dialect) == std::end(kDialects))
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the SMB2 server chose dialect %1, which was never offered"),
                      {Text::plain(dialectName(dialect))}));
    // Offsets count from the start of the SMB2 header; the variable part follows the fixed 64 bytes.
    const quint16 securityOffset = le16(body, 56);
    const quint16 securityLength = le16(body, 58);
    if (securityLength > 0 &&
        (securityOffset < kHeaderSize + kNegotiateFixedSize || securityLength > msg.size() - securityOffset))
        return ParseResult::invalid(probeText(
            QT_TRANSLATE_NOOP("Probe",
                              "the SMB2 security buffer (offset %1, %2 bytes) does not fit the %3-byte "
                              "answer"),
            {Text::plain(QString::number(securityOffset)), Text::plain(QString::number(securityLength)),
             Text::plain(QString::number(msg.size()))}));
    // Negotiate contexts belong to 3.1.1, which is not offered; a peer that lists some anyway must at
    // least make them fit (8-byte aligned headers of 8 bytes, then their data).
    const quint16 contextCount = le16(body, 6);
    const quint32 contextOffset = le32(body, 60);
    if (contextCount > 0) {
        bool fits = contextOffset >= quint32(kHeaderSize + kNegotiateFixedSize) && contextOffset % 8 == 0 &&
                    contextOffset <= quint32(msg.size());
        qsizetype at = fits ? qsizetype(contextOffset) : 0;
        for (quint16 i = 0; fits && i < contextCount; ++i) {
            if (msg.size() - at < 8) {
                fits = false;
                break;
            }
            const quint16 dataLength = le16(msg, at + 2);
            if (msg.size() - at - 8 < dataLength) {
                fits = false;
                break;
            }
            at += 8 + dataLength;
            if (i + 1 < contextCount)
                at = (at + 7) & ~qsizetype(7);
        }
        if (!fits)
            return ParseResult::invalid(probeText(
                QT_TRANSLATE_NOOP("Probe", "the SMB2 NEGOTIATE response lists %1 negotiate contexts that do "
                                           "not fit the %2-byte answer"),
                {Text::plain(QString::number(contextCount)), Text::plain(QString::number(msg.size()))}));
    }
    Facts facts;
    facts.insert(u"smb.dialect"_s, dialectName(dialect));
    facts.insert(u"smb.signingRequired"_s, (securityMode & 0x0002) ? u"true"_s : u"false"_s);
    return ParseResult::done(facts);
}

QByteArray netbiosSessionRequest()
{
    const QByteArray names = encodeName("*SMBSERVER", ' ') + encodeName("PORTCHECK", '\0');
    QByteArray out;
    out.append('\x81'); // SESSION REQUEST
    out.append('\0');
    out.append(static_cast<char>((names.size() >> 8) & 0xff));
    out.append(static_cast<char>(names.size() & 0xff));
    return out + names;
}

qsizetype netbiosResponseSize(QByteArrayView data)
{
    if (data.size() < 4)
        return 0;
    const qsizetype length = (static_cast<quint8>(data.at(2)) << 8) | static_cast<quint8>(data.at(3));
    return data.size() - 4 >= length ? 4 + length : 0;
}

ParseResult parseNetbiosSessionResponse(QByteArrayView data)
{
    if (data.isEmpty())
        return ParseResult::needMore();
    const auto type = static_cast<quint8>(data.at(0));
    if (type != 0x82 && type != 0x83)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not a NetBIOS session response")));
    const qsizetype size = netbiosResponseSize(data);
    if (size == 0)
        return ParseResult::needMore();
    if (size > 16)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "the NetBIOS session response is too long")));
    if (type == 0x82)
        return ParseResult::done({{u"netbios.session"_s, u"accepted"_s}});
    const int code = size >= 5 ? static_cast<quint8>(data.at(4)) : -1;
    Text reason;
    switch (code) {
    case 0x80:
        reason = probeText(QT_TRANSLATE_NOOP("Probe", "not listening on the called name"));
        break;
    case 0x81:
        reason = probeText(QT_TRANSLATE_NOOP("Probe", "not listening for the calling name"));
        break;
    case 0x82:
        reason = probeText(QT_TRANSLATE_NOOP("Probe", "called name not present"));
        break;
    case 0x83:
        reason = probeText(QT_TRANSLATE_NOOP("Probe", "insufficient resources"));
        break;
    default:
        reason = probeText(QT_TRANSLATE_NOOP("Probe", "unspecified error"));
        break;
    }
    return ParseResult::invalid(
        probeText(QT_TRANSLATE_NOOP("Probe", "NetBIOS refused the session: %1 (0x%2)"),
                  {reason, Text::plain(QString::number(code, 16))}));
}

QByteArray negotiateResponse(quint16 dialect, bool signingRequired)
{
    QByteArray body;
    appendLittleEndian<quint16>(body, 65);
    appendLittleEndian<quint16>(body, signingRequired ? 0x0003 : 0x0001);
    appendLittleEndian<quint16>(body, dialect);
    appendLittleEndian<quint16>(body, 0); // NegotiateContextCount
    body.append("DemoServerGuid!!", 16);
    appendLittleEndian<quint32>(body, 0);     // Capabilities
    appendLittleEndian<quint32>(body, 65536); // MaxTransactSize
    appendLittleEndian<quint32>(body, 65536); // MaxReadSize
    appendLittleEndian<quint32>(body, 65536); // MaxWriteSize
    body.append(QByteArray(16, '\0'));        // SystemTime, ServerStartTime
    appendLittleEndian<quint16>(body, 0);     // SecurityBufferOffset
    appendLittleEndian<quint16>(body, 0);     // SecurityBufferLength
    appendLittleEndian<quint32>(body, 0);     // NegotiateContextOffset
    return frame(header(0, 0, true) + body);
}

bool isNegotiateRequest(QByteArrayView data, qsizetype *consumed)
{
    if (data.size() < 4 + kHeaderSize)
        return false;
    const qsizetype length = (static_cast<quint8>(data.at(1)) << 16) |
                             (static_cast<quint8>(data.at(2)) << 8) | static_cast<quint8>(data.at(3));
    if (data.size() - 4 < length || data.sliced(4, 4) != QByteArrayView("\xfeSMB", 4))
        return false;
    *consumed = 4 + length;
    return le16(data, 4 + 12) == 0;
}

} // namespace PortCheck::Smb
