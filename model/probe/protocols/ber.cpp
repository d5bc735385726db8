#include "model/probe/protocols/ber.h"

namespace PortCheck::Ber {

Status readElement(QByteArrayView data, Element *element, qsizetype maxLength)
{
    if (data.size() < 2)
        return Status::NeedMore;
    const auto tag = static_cast<quint8>(data.at(0));
    if ((tag & 0x1f) == 0x1f)
        return Status::Invalid; // high tag numbers never appear in LDAP
    const auto first = static_cast<quint8>(data.at(1));
    qsizetype headerSize = 2;
    qint64 length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4)
            return Status::Invalid; // indefinite length, or longer than any answer we accept
        if (data.size() < 2 + count)
            return Status::NeedMore;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<quint8>(data.at(2 + i));
        headerSize += count;
    }
    if (length > maxLength)
        return Status::Invalid;
    if (data.size() - headerSize < length)
        return Status::NeedMore;
    element->tag = tag;
    element->value = data.sliced(headerSize, static_cast<qsizetype>(length));
    element->size = headerSize + static_cast<qsizetype>(length);
    return Status::Ok;
}

bool Reader::next(Element *element)
{
    if (atEnd())
        return false;
    if (readElement(m_data.sliced(m_pos), element, m_maxLength) != Status::Ok)
        return false;
    m_pos += element->size;
    return true;
}

bool toInteger(QByteArrayView value, qint64 *out)
{
    if (value.isEmpty() || value.size() > 8)
        return false;
    qint64 v = static_cast<qint8>(value.at(0)); // sign of the first byte
    for (qsizetype i = 1; i < value.size(); ++i)
        v = static_cast<qint64>(static_cast<quint64>(v) << 8) | static_cast<quint8>(value.at(i));
    *out = v;
    return true;
}

QByteArray encode(quint8 tag, const QByteArray &content)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else {
        QByteArray len;
        for (qsizetype v = n; v > 0; v >>= 8)
            len.prepend(static_cast<char>(v & 0xff));
        out.append(static_cast<char>(0x80 | len.size()));
        out.append(len);
    }
    out.append(content);
    return out;
}

QByteArray integer(qint64 value, quint8 tag)
{
    QByteArray bytes;
    do {
        bytes.prepend(static_cast<char>(value & 0xff));
        value >>= 8;
    } while (value != 0 && value != -1);
    // keep the sign bit right: 128 needs 00 80
    const bool negative = value == -1;
    if (negative != ((static_cast<quint8>(bytes.at(0)) & 0x80) != 0))
        bytes.prepend(negative ? '\xff' : '\0');
    return encode(tag, bytes);
}

QByteArray octets(const QByteArray &value, quint8 tag)
{
    return encode(tag, value);
}

QByteArray boolean(bool value)
{
    return encode(Boolean, QByteArray(1, value ? '\xff' : '\0'));
}

} // namespace PortCheck::Ber
