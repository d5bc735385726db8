#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace PortCheck::Ber {

// Tags used by LDAP (RFC 4511 section 5.1: definite lengths only, no high tag numbers).
enum Tag : quint8
{
    Boolean = 0x01,
    Integer = 0x02,
    OctetString = 0x04,
    Enumerated = 0x0a,
    Sequence = 0x30,
    Set = 0x31,
};

struct Element
{
    quint8 tag = 0;
    QByteArrayView value;
    qsizetype size = 0; // header and value
};

enum class Status
{
    Ok,
    NeedMore,
    Invalid
};

// Reads one element at the front of `data`. Long-form lengths of up to four bytes are accepted;
// indefinite lengths and values longer than `maxLength` are invalid.
Status readElement(QByteArrayView data, Element *element, qsizetype maxLength);

// Reads consecutive elements of a constructed value.
class Reader
{
public:
    explicit Reader(QByteArrayView data, qsizetype maxLength = 1 << 20)
        : m_data(data)
        , m_maxLength(maxLength)
    {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    // Ok only when a complete element was read; inside a complete parent a short one is Invalid.
    bool next(Element *element);
    bool nextTagged(quint8 tag, Element *element) { return next(element) && element->tag == tag; }

private:
    QByteArrayView m_data;
    qsizetype m_maxLength;
    qsizetype m_pos = 0;
};

bool toInteger(QByteArrayView value, qint64 *out);

// Encoding, for requests and for the test and demo responders.
QByteArray encode(quint8 tag, const QByteArray &content);
QByteArray integer(qint64 value, quint8 tag = Integer);
QByteArray octets(const QByteArray &value, quint8 tag = OctetString);
QByteArray boolean(bool value);

} // namespace PortCheck::Ber
