#include "model/jsoncursor.h"

#include "model/inputfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace PortCheck {

bool JsonCursor::rawString(QByteArrayView *raw, bool *escaped)
{
    if (!take('"'))
        return false;
    const char *start = m_p;
    *escaped = false;
    while (m_p < m_end) {
        // Most bytes are plain ASCII: one table look-up each.
        while (m_p < m_end && kPlain[static_cast<unsigned char>(*m_p)])
            ++m_p;
        if (m_p == m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            *raw = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            *escaped = true;
            if (++m_p == m_end)
                return false;
            const char e = *m_p++;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i, ++m_p) {
                    if (m_p == m_end || !isHex(*m_p))
                        return false;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(e)) {
                return false;
            }
            continue;
        }
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        if (!skipUtf8Sequence())
            return false;
    }
    return false;
}

bool JsonCursor::string(QString *out)
{
    QByteArrayView raw;
    bool escaped = false;
    if (!rawString(&raw, &escaped))
        return false;
    if (!escaped) {
        *out = QString::fromUtf8(raw);
        return true;
    }
    return unescape(raw, out);
}

bool JsonCursor::number(double *value, bool *integer)
{
    skipSpace();
    const char *start = m_p;
    bool fraction = false;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (!digits()) {
        return false;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        fraction = true;
        if (!digits())
            return false;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        fraction = true;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return false;
    }
    const QByteArrayView text(start, m_p - start);
    bool ok = false;
    if (!fraction) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok) {
            *value = static_cast<double>(n);
            if (integer)
                *integer = true;
            return true;
        }
    }
    if (integer)
        *integer = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

bool JsonCursor::boolean(bool *value)
{
    if (literal("true")) {
        *value = true;
        return true;
    }
    *value = false;
    return literal("false");
}

bool JsonCursor::skipValue(int depth)
{
    if (depth > kMaxStreamDepth)
        return false;
    switch (peek()) {
    case '{':
        return members([&](QByteArrayView) { return skipValue(depth + 1); });
    case '[':
        return elements([&] { return skipValue(depth + 1); });
    case '"': {
        QByteArrayView raw;
        bool escaped = false;
        return rawString(&raw, &escaped);
    }
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default: {
        double ignored = 0;
        return number(&ignored);
    }
    }
}

bool JsonCursor::jsonValue(int depth, QJsonValue *out)
{
    if (depth > kMaxStreamDepth)
        return false;
    switch (peek()) {
    case '{': {
        QJsonObject object;
        const bool ok = members([&](QByteArrayView key) {
            const QString name = QString::fromUtf8(key);
            QJsonValue v;
            if (object.contains(name) || !jsonValue(depth + 1, &v))
                return false;
            object.insert(name, v);
            return true;
        });
        *out = object;
        return ok;
    }
    case '[': {
        QJsonArray array;
        const bool ok = elements([&] {
            QJsonValue v;
            if (!jsonValue(depth + 1, &v))
                return false;
            array.append(v);
            return true;
        });
        *out = array;
        return ok;
    }
    case '"': {
        QString s;
        if (!string(&s))
            return false;
        *out = s;
        return true;
    }
    case 't':
    case 'f': {
        bool b = false;
        if (!boolean(&b))
            return false;
        *out = b;
        return true;
    }
    case 'n':
        *out = QJsonValue(QJsonValue::Null);
        return literal("null");
    default: {
        double d = 0;
        bool integer = false;
        if (!number(&d, &integer))
            return false;
        *out = integer ? QJsonValue(static_cast<qint64>(d)) : QJsonValue(d);
        return true;
    }
    }
}

bool JsonCursor::skipUtf8Sequence()
{
    const auto b = [&](qsizetype i) {
        return static_cast<unsigned char>(m_p[i]);
    };
    const auto cont = [&](qsizetype i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return m_p + i < m_end && b(i) >= lo && b(i) <= hi;
    };
    const unsigned char c = b(0);
    int length = 0;
    if (c >= 0xC2 && c <= 0xDF)
        length = cont(1) ? 2 : 0;
    else if (c == 0xE0)
        length = cont(1, 0xA0) && cont(2) ? 3 : 0;
    else if (c == 0xED)
        length = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    else if (c >= 0xE1 && c <= 0xEF)
        length = cont(1) && cont(2) ? 3 : 0;
    else if (c == 0xF0)
        length = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    else if (c >= 0xF1 && c <= 0xF3)
        length = cont(1) && cont(2) && cont(3) ? 4 : 0;
    else if (c == 0xF4)
        length = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    m_p += length;
    return length > 0;
}

bool JsonCursor::unescape(QByteArrayView raw, QString *out)
{
    QString s;
    s.reserve(raw.size());
    qsizetype i = 0;
    const auto hex4 = [&](qsizetype at) {
        return raw.sliced(at, 4).toUShort(nullptr, 16);
    };
    while (i < raw.size()) {
        const qsizetype backslash = raw.indexOf('\\', i);
        const qsizetype stop = backslash < 0 ? raw.size() : backslash;
        s += QString::fromUtf8(raw.sliced(i, stop - i));
        if (backslash < 0)
            break;
        const char e = raw.at(backslash + 1);
        i = backslash + 2;
        switch (e) {
        case 'b':
            s += u'\b';
            break;
        case 'f':
            s += u'\f';
            break;
        case 'n':
            s += u'\n';
            break;
        case 'r':
            s += u'\r';
            break;
        case 't':
            s += u'\t';
            break;
        case 'u': {
            const char16_t unit = hex4(i);
            i += 4;
            if (QChar::isLowSurrogate(unit))
                return false;
            s += QChar(unit);
            if (QChar::isHighSurrogate(unit)) {
                if (i + 6 > raw.size() || raw.at(i) != '\\' || raw.at(i + 1) != 'u')
                    return false;
                const char16_t low = hex4(i + 2);
                if (!QChar::isLowSurrogate(low))
                    return false;
                s += QChar(low);
                i += 6;
            }
            break;
        }
        default: // " \ /
            s += QLatin1Char(e);
        }
    }
    *out = std::move(s);
    return true;
}

namespace {
// Walks the bytes to the value at `path` and leaves `*where` at its first byte, or at the first
// byte of the nearest value on the way that holds it (the check of a missing field). The walk
// stops early, `*where` still set, at whatever the streaming cursor does not read (an escaped key,
// a nesting deeper than kMaxStreamDepth): the document was already read by Qt, so this only finds
// a position for a message.
void locate(JsonCursor &c, const JsonStep *path, const JsonStep *pathEnd, int depth, const char **where)
{
    const char *start = c.valueStart();
    if (!start || depth > kMaxStreamDepth)
        return;
    *where = start;
    if (path == pathEnd)
        return;
    const JsonStep &step = *path;
    bool found = false;
    const auto descend = [&] {
        found = true;
        locate(c, path + 1, pathEnd, depth + 1, where);
        return false; // nothing after it matters
    };
    if (!step.key.empty() && c.peek() == '{') {
        c.members([&](QByteArrayView key) {
            return !found && key == step.key ? descend() : c.skipValue(depth + 1);
        });
    } else if (step.key.empty() && c.peek() == '[') {
        qsizetype i = 0;
        c.elements([&] { return i++ == step.index ? descend() : c.skipValue(depth + 1); });
    }
}

} // namespace

QString valuePosition(const QString &path, const QByteArray &bytes, std::initializer_list<JsonStep> steps)
{
    JsonCursor c(bytes.constData(), bytes.constData() + bytes.size());
    const char *where = nullptr;
    locate(c, steps.begin(), steps.end(), 0, &where);
    return where ? path + u':' + lineColumn(bytes, where - bytes.constData()) : path;
}

QString jsonLiteral(const QJsonValue &value)
{
    // Qt writes documents only: wrap the value in an array and take the brackets off again.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace PortCheck
