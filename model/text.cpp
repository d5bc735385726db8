#include "model/text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QReadWriteLock>
#include <QtGlobal>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

Text Text::plain(const QString &text)
{
    Text t;
    t.m_source = text;
    return t;
}

namespace {

// Contexts and sources are string literals: each is converted once and then shared (verdicts for
// 5,000 DCs build about 200,000 phrases). One cache for the process, behind a lock, and never
// destroyed: a thread_local QHash (as before) is destroyed when each probe worker thread ends,
// and mingw-w64's thread_local destructors are where the Windows build's heap corruption and its
// hang at exit were found (GCC PR 80816).
QString interned(const char *literal)
{
    static QReadWriteLock lock;
    static auto *cache = new QHash<const char *, QString>; // reachable to the end: no exit order
    {
        const QReadLocker read(&lock);
        if (const auto it = cache->constFind(literal); it != cache->cend())
            return *it;
    }
    const QWriteLocker write(&lock);
    auto it = cache->find(literal);
    if (it == cache->end())
        it = cache->insert(literal, QString::fromUtf8(literal));
    return *it;
}

} // namespace

Text Text::phrase(const char *context, const char *source, QList<Text> args, int n)
{
    Text t;
    t.m_context = interned(context);
    t.m_source = interned(source);
    t.m_args = std::move(args);
    t.m_count = n;
    return t;
}

Text Text::catalog(const QString &source, QList<std::pair<QString, Text>> named)
{
    Text t;
    t.m_context = u"Catalog"_s;
    t.m_source = source;
    for (auto &[name, value] : named) {
        t.m_names << name;
        t.m_args << std::move(value);
    }
    return t;
}

Text Text::joined(const QList<Text> &items, const char *pair)
{
    Text result;
    for (const Text &item : items) {
        if (item.isEmpty())
            continue;
        result = result.isEmpty() ? item : phrase("Text", pair, {result, item});
    }
    return result;
}

Text Text::list(const QList<Text> &items)
{
    return joined(items, QT_TRANSLATE_NOOP("Text", "%1, %2"));
}

Text Text::sentences(const QList<Text> &items)
{
    return joined(items, QT_TRANSLATE_NOOP("Text", "%1; %2"));
}

QString Text::toString(const Translator &translate) const
{
    if (isPlain())
        return m_source;
    QString pattern = translate ? translate(m_context, m_source, m_count) : m_source;
    if (pattern.isEmpty())
        pattern = m_source;
    if (!m_names.isEmpty()) {
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const QString key = u'{' + m_names.at(i) + u'}';
            if (pattern.contains(key))
                pattern.replace(key, m_args.at(i).toString(translate));
        }
        return pattern;
    }
    // One pass, so an argument that itself contains "%1" (a host, a certificate name) stays as it is.
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const QChar next = pattern.at(i + 1);
            if (next == u'n' && m_count >= 0) {
                out += QString::number(m_count);
                ++i;
                continue;
            }
            const int index = next.digitValue();
            if (index >= 1 && index <= m_args.size()) {
                out += m_args.at(index - 1).toString(translate);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QJsonValue Text::toJson() const
{
    if (isPlain())
        return m_source;
    QJsonObject o{{u"context"_s, m_context}, {u"source"_s, m_source}};
    if (!m_args.isEmpty()) {
        QJsonArray args;
        for (const Text &a : m_args)
            args.append(a.toJson());
        o.insert(u"args"_s, args);
    }
    if (!m_names.isEmpty())
        o.insert(u"names"_s, QJsonArray::fromStringList(m_names));
    if (m_count >= 0)
        o.insert(u"n"_s, m_count);
    return o;
}

Text Text::fromJson(const QJsonValue &value)
{
    qint64 budget = kMaxExpandedLength;
    return fromJson(value, &budget);
}

Text Text::fromJson(const QJsonValue &value, qint64 *budget)
{
    qint64 expanded = 0;
    Text t = fromJson(value, 0, &expanded);
    const qint64 limit = std::min(kMaxExpandedLength, *budget);
    if (expanded > limit) {
        return phrase("Text",
                      QT_TRANSLATE_NOOP("Text", "(a message was left out: its arguments expand to "
                                                "more than %1 characters)"),
                      {plain(QString::number(limit))});
    }
    *budget -= expanded;
    return t;
}

namespace {
// The length toString() gives when each argument expands to argLength[i], without building it;
// saturates just above kMaxExpandedLength so a fan-out cannot overflow the count.
qint64 expandedLength(const QString &source, const QList<qint64> &argLength, const QStringList &names)
{
    constexpr qint64 cap = Text::kMaxExpandedLength + 1;
    qint64 total = source.size();
    const auto add = [&](qint64 n) {
        total = std::min(cap, total + std::min(cap, n));
    };
    if (!names.isEmpty()) {
        for (qsizetype i = 0; i < names.size() && total < cap; ++i) {
            const QString key = u'{' + names.at(i) + u'}';
            const qsizetype count = source.count(key);
            for (qsizetype k = 0; k < count && total < cap; ++k)
                add(argLength.at(i));
        }
        return total;
    }
    for (qsizetype i = 0; i + 1 < source.size() && total < cap; ++i) {
        if (source.at(i) != u'%')
            continue;
        const QChar next = source.at(i + 1);
        if (next == u'n') {
            add(11);
            ++i;
            continue;
        }
        const int index = next.digitValue();
        if (index >= 1 && index <= argLength.size()) {
            add(argLength.at(index - 1));
            ++i;
        }
    }
    return total;
}
} // namespace

Text Text::fromJson(const QJsonValue &value, int depth, qint64 *expanded)
{
    if (!value.isObject()) {
        Text t = plain(value.toString());
        *expanded = t.m_source.size();
        return t;
    }
    const QJsonObject o = value.toObject();
    Text t;
    t.m_context = o.value(u"context"_s).toString();
    t.m_source = o.value(u"source"_s).toString();
    *expanded = t.m_source.size();
    if (t.m_context.isEmpty() || depth >= 32)
        return plain(t.m_source);
    QList<qint64> argLength;
    for (const QJsonValue a : o.value(u"args"_s).toArray()) {
        qint64 length = 0;
        t.m_args << fromJson(a, depth + 1, &length);
        argLength << length;
    }
    for (const QJsonValue n : o.value(u"names"_s).toArray())
        t.m_names << n.toString();
    if (!t.m_names.isEmpty() && t.m_names.size() != t.m_args.size())
        return plain(t.m_source);
    t.m_count = o.value(u"n"_s).toInt(-1);
    *expanded = expandedLength(t.m_source, argLength, t.m_names);
    return t;
}

QStringList englishTexts(const QList<Text> &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const Text &t : texts)
        out << t.english();
    return out;
}

namespace {

bool needsEscape(char16_t c, bool keepLayout)
{
    if (c < 0x20)
        return !(keepLayout && (c == u'\n' || c == u'\t'));
    return (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028 ||
           c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool hasUnsafe(const QString &text, bool keepLayout)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [keepLayout](QChar c) { return needsEscape(c.unicode(), keepLayout); });
}

} // namespace

QString displaySafe(const QString &text, bool keepLayout)
{
    if (!hasUnsafe(text, keepLayout))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u, keepLayout))
            out += c;
        else if (u <= 0xff)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
    }
    return out;
}

Text Text::displaySafe() const
{
    if (isPlain())
        return hasUnsafe(m_source, false) ? plain(PortCheck::displaySafe(m_source)) : *this;
    Text t = *this;
    for (Text &a : t.m_args)
        a = a.displaySafe();
    return t;
}

bool Text::operator==(const Text &other) const
{
    return m_context == other.m_context && m_source == other.m_source && m_args == other.m_args &&
           m_names == other.m_names && m_count == other.m_count;
}

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            // Compare the runs by value: without leading zeros, the longer run is the larger.
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            qsizetype si = i;
            qsizetype sj = j;
            while (si + 1 < ei && a.at(si) == u'0')
                ++si;
            while (sj + 1 < ej && b.at(sj) == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int byDigits = a.sliced(si, ei - si).compare(b.sliced(sj, ej - sj)))
                return byDigits;
            i = ei;
            j = ej;
            continue;
        }
        const char16_t x = a.at(i).toCaseFolded().unicode();
        const char16_t y = b.at(j).toCaseFolded().unicode();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j ? -1 : 1;
    return 0;
}

} // namespace PortCheck
