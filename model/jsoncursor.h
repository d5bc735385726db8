#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <array>
#include <initializer_list>

namespace PortCheck {

// Deeper than this, the streaming reader gives up and the document reader (Qt's limit: 1024) decides.
inline constexpr int kMaxStreamDepth = 64;

// A cursor over the bytes of a JSON document for the streaming readers (results files, the wizard's
// session file). Each function accepts only well-formed JSON (RFC 8259: valid UTF-8, no raw control
// character in a string) and returns false on anything else, leaving the verdict to the document
// reader. Nothing here allocates more than the string it is asked for, and nesting is bounded by
// kMaxStreamDepth.
class JsonCursor
{
public:
    JsonCursor(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}

    // Where the next value starts (after white space); null at the end.
    const char *valueStart()
    {
        skipSpace();
        return m_p < m_end ? m_p : nullptr;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // A string's bytes between its quotes, checked; `escaped` when it holds a backslash.
    bool rawString(QByteArrayView *raw, bool *escaped);

    bool string(QString *out);

    // A number, as Qt's reader holds it: an integer that fits 64 bits exactly, else a double.
    bool number(double *value, bool *integer = nullptr);

    bool boolean(bool *value);

    // The members of an object: `member(key)` is called before each value and must consume it.
    // Keys with escapes are refused (Qt would unescape them into one of ours).
    template <typename F> bool members(F &&member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QByteArrayView key;
            bool escaped = false;
            if (!rawString(&key, &escaped) || escaped || !take(':') || !member(key))
                return false;
        } while (take(','));
        return take('}');
    }
    // The elements of an array: `element()` must consume each.
    template <typename F> bool elements(F &&element)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

    bool skipValue(int depth);

    // The value as a QJsonValue, for the small trees that Text::fromJson() reads.
    bool jsonValue(int depth, QJsonValue *out);

private:
    // The bytes a string holds as they are: printable ASCII but the quote and the backslash.
    static constexpr std::array<bool, 256> kPlain = [] {
        std::array<bool, 256> plain{};
        for (int c = 0x20; c < 0x80; ++c)
            plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
        return plain;
    }();

    static bool isHex(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }
    bool literal(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    // One multi-byte UTF-8 sequence at m_p: no overlong form, no surrogate, at most U+10FFFF.
    bool skipUtf8Sequence();

public:
    // A checked string with escapes (from rawString()); a lone surrogate is refused.
    static bool unescape(QByteArrayView raw, QString *out);

private:
    const char *m_p;
    const char *m_end;
};

// One step of the way to a value of the document: a member's key, or an array's index.
struct JsonStep
{
    QByteArrayView key; // empty: an index
    qsizetype index = 0;
};

// "PATH:LINE:COLUMN" of the value at `steps` in `bytes` (a document Qt has read already), or of the
// nearest value on the way that holds it (the object that lacks a member); PATH alone when the walk
// finds nothing (an escaped key, a nesting deeper than kMaxStreamDepth).
QString valuePosition(const QString &path, const QByteArray &bytes, std::initializer_list<JsonStep> steps);

// A value as JSON text on one line (`"1"`, `[1,2]`, `70000`), for a message that quotes what a file holds.
QString jsonLiteral(const QJsonValue &value);

} // namespace PortCheck
