#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

// Fixed-size integers in the byte orders the protocol codecs read and write: big-endian for DNS
// (RFC 1035), Kerberos' TCP framing (RFC 4120 7.2.2) and TDS' packet header (MS-TDS 2.2.3.1),
// little-endian for SMB2 (MS-SMB2 2.2). A read does not check bounds: each caller has checked the
// length of what it reads from.

namespace PortCheck::ByteOrder {

inline quint16 be16(QByteArrayView d, qsizetype at)
{
    return qFromBigEndian<quint16>(d.data() + at);
}

inline quint32 be32(QByteArrayView d, qsizetype at)
{
    return qFromBigEndian<quint32>(d.data() + at);
}

inline quint16 le16(QByteArrayView d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.data() + at);
}

inline quint32 le32(QByteArrayView d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.data() + at);
}

template <typename T> void appendBigEndian(QByteArray &b, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    b.append(bytes, sizeof(T));
}

template <typename T> void appendLittleEndian(QByteArray &b, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    b.append(bytes, sizeof(T));
}

} // namespace PortCheck::ByteOrder
