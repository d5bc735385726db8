#include "model/yamlreader.h"

#include <QLocale>
#include <QSet>

#include <yaml-cpp/depthguard.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
QString quoteList(const QStringList &list)
{
    QStringList quoted;
    quoted.reserve(list.size());
    for (const QString &s : list)
        quoted << u'\'' + s + u'\'';
    return quoted.join(u", "_s);
}

Text yamlText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Yaml", source, std::move(args));
}

Text describeType(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return yamlText(QT_TRANSLATE_NOOP("Yaml", "a mapping"));
    case YAML::NodeType::Sequence:
        return yamlText(QT_TRANSLATE_NOOP("Yaml", "a list"));
    case YAML::NodeType::Scalar:
        return yamlText(QT_TRANSLATE_NOOP("Yaml", "the value '%1'"), {Text::plain(YamlReader::text(node))});
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return yamlText(QT_TRANSLATE_NOOP("Yaml", "nothing"));
}
} // namespace

YamlReader::YamlReader(QString fileName)
    : m_fileName(std::move(fileName))
{}

namespace {
// 1-based line and column of a byte offset, counting characters (UTF-8 continuation bytes do not
// start one); a lone CR also ends a line, so CR-only files get real positions.
YAML::Mark markAt(const QByteArray &text, qsizetype offset)
{
    YAML::Mark m;
    m.pos = static_cast<int>(offset);
    m.line = 0;
    m.column = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n'))) {
            ++m.line;
            m.column = 0;
        } else if ((static_cast<quint8>(c) & 0xc0) != 0x80 && c != '\r') {
            ++m.column;
        }
    }
    return m;
}
} // namespace

bool YamlReader::checkText(const QByteArray &text)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        error(markAt(text, nul), yamlText(QT_TRANSLATE_NOOP("Yaml", "a NUL byte: this is not a text file")));
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n')) {
            error(markAt(text, i), yamlText(QT_TRANSLATE_NOOP(
                                       "Yaml", "a line ends with a carriage return alone (old Mac line "
                                               "endings): save the file with LF or CRLF line endings")));
            return false;
        }
    }
    // A tab where the indentation is: YAML indents with spaces only.
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            lineStart = true;
        } else if (c == '\t' && lineStart) {
            error(markAt(text, i), yamlText(QT_TRANSLATE_NOOP(
                                       "Yaml", "a tab in the indentation: YAML indents with spaces only")));
            return false;
        } else if (c != ' ' && c != '-' && c != '\r') {
            lineStart = false;
        }
    }
    return true;
}

YAML::Node YamlReader::parse(const QByteArray &text)
{
    if (!checkText(text))
        return {};
    try {
        YAML::Node root = YAML::Load(text.toStdString());
        checkDuplicateKeys(root, text);
        return root;
    } catch (const YAML::DeepRecursion &e) {
        error(e.mark,
              yamlText(QT_TRANSLATE_NOOP("Yaml", "lists and mappings nest deeper than %1 levels: refused"),
                       {Text::plain(QString::number(e.depth() - 1))}));
    } catch (const YAML::ParserException &e) {
        error(e.mark, yamlText(QT_TRANSLATE_NOOP("Yaml", "YAML syntax error: %1"),
                               {Text::plain(QString::fromStdString(e.msg))}));
    } catch (const YAML::Exception &e) {
        error(e.mark, yamlText(QT_TRANSLATE_NOOP("Yaml", "cannot read YAML: %1"),
                               {Text::plain(QString::fromStdString(e.msg))}));
    }
    return {};
}

namespace {
// Whether the quoted scalar opening at `at` closes before the end of the text. yaml-cpp accepts a
// double-quoted value that runs to the end of a file ending in a new line: the rest of the file
// silently became that value.
bool quoteCloses(const QByteArray &text, qsizetype at)
{
    const char quote = text.at(at);
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
                ++i; // '' is a quote inside single quotes
                continue;
            }
            return true;
        }
    }
    return false;
}
} // namespace

void YamlReader::checkDuplicateKeys(const YAML::Node &root, const QByteArray &source)
{
    // Each node once: an alias is the node of its anchor (the same position), so a file of aliases
    // costs no more than its size.
    QSet<int> visited;
    std::vector<YAML::Node> pending{root};
    while (!pending.empty()) {
        const YAML::Node node = pending.back();
        pending.pop_back();
        if (node.IsScalar() && node.Tag() == "!") {
            const qsizetype at = node.Mark().pos;
            if (at >= 0 && at < source.size() && (source.at(at) == '"' || source.at(at) == '\'') &&
                !quoteCloses(source, at)) {
                error(node,
                      yamlText(QT_TRANSLATE_NOOP("Yaml", "the quote opened here is never closed: the rest "
                                                         "of the file would become this value")));
                return;
            }
        }
        if (!(node.IsMap() || node.IsSequence()) || visited.contains(node.Mark().pos))
            continue;
        visited.insert(node.Mark().pos);
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                pending.push_back(item);
            continue;
        }
        QHash<QString, YAML::Mark> keys;
        for (auto it = node.begin(); it != node.end(); ++it) {
            pending.push_back(it->first);
            pending.push_back(it->second);
            if (!it->first.IsScalar())
                continue;
            const QString k = text(it->first);
            const auto first = keys.constFind(k);
            if (first == keys.constEnd()) {
                keys.insert(k, it->first.Mark());
                continue;
            }
            error(it->first, yamlText(QT_TRANSLATE_NOOP("Yaml", "duplicate key '%1': it is also at %2:%3, "
                                                                "expected each key once in a mapping"),
                                      {Text::plain(k), Text::plain(QString::number(first->line + 1)),
                                       Text::plain(QString::number(first->column + 1))}));
        }
    }
}

void YamlReader::error(const YAML::Node &at, const QString &message)
{
    error(at, Text::plain(message));
}

void YamlReader::error(const YAML::Node &at, const Text &message)
{
    error(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), message);
}

void YamlReader::error(const YAML::Mark &at, const Text &message)
{
    // A problem's kind is its sentence without the arguments; the catalog loader's plain English
    // messages quote their argument, so the words before the first quote are the kind.
    const QString kindKey = message.isPlain() ? message.source().section(u'\'', 0, 0) : message.source();
    auto kind = m_kinds.find(kindKey);
    if (kind == m_kinds.end()) {
        kind = m_kinds.insert(kindKey, {});
        m_kindOrder << kindKey;
    }
    ++kind->count;
    if (kind->listed >= kMaxPerKind || m_diagnostics.size() >= kMaxProblems) {
        if (kind->listed == 0)
            ++m_unlisted; // no problem of this kind is listed to refer to
        return;
    }
    if (kind->listed++ == 0)
        kind->first = m_diagnostics.size();
    Diagnostic d;
    d.file = m_fileName;
    if (!at.is_null()) {
        d.line = at.line + 1;
        d.column = at.column + 1;
    }
    d.message = message;
    m_diagnostics.append(d);
}

Diagnostics YamlReader::diagnostics() const
{
    Diagnostics out = m_diagnostics;
    const QLocale english(QLocale::English);
    for (const QString &key : m_kindOrder) {
        const Kind &kind = m_kinds.value(key);
        if (kind.listed == 0 || kind.count == kind.listed)
            continue;
        const Diagnostic &first = m_diagnostics.at(kind.first);
        Diagnostic more;
        more.file = m_fileName;
        more.message =
            yamlText(QT_TRANSLATE_NOOP("Yaml", "... and %1 more of the same kind as %2"),
                     {Text::plain(english.toString(kind.count - kind.listed)),
                      Text::plain(QString::number(first.line) + u':' + QString::number(first.column))});
        out.append(more);
    }
    if (m_unlisted > 0) {
        Diagnostic more;
        more.file = m_fileName;
        more.message = yamlText(QT_TRANSLATE_NOOP("Yaml", "... and %1 more problems"),
                                {Text::plain(english.toString(m_unlisted))});
        out.append(more);
    }
    return out;
}

bool YamlReader::expectMap(const YAML::Node &node, const QString &what)
{
    if (node.IsMap())
        return true;
    error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be a mapping (key: value), found %2"),
                         {Text::plain(what), describeType(node)}));
    return false;
}

bool YamlReader::expectSequence(const YAML::Node &node, const QString &what)
{
    if (node.IsSequence())
        return true;
    error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be a list, found %2"),
                         {Text::plain(what), describeType(node)}));
    return false;
}

void YamlReader::checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &what)
{
    if (!map.IsMap())
        return;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString k = key(it);
        if (!allowed.contains(k))
            error(it->first,
                  yamlText(QT_TRANSLATE_NOOP("Yaml", "unknown key '%1' in %2, expected one of: %3"),
                           {Text::plain(k), Text::plain(what), Text::plain(quoteList(allowed))}));
    }
}

void YamlReader::requireKeys(const YAML::Node &map, const QStringList &required, const QString &what)
{
    if (!map.IsMap())
        return;
    for (const QString &k : required) {
        if (!map[k.toStdString()])
            error(map, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 lacks the key '%2', expected it to be set"),
                                {Text::plain(what), Text::plain(k)}));
    }
}

std::optional<QString> YamlReader::scalar(const YAML::Node &node, const QString &what)
{
    if (node.IsScalar())
        return text(node);
    error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be a single value, found %2"),
                         {Text::plain(what), describeType(node)}));
    return std::nullopt;
}

std::optional<QString> YamlReader::string(const YAML::Node &map, const char *key, const QString &what)
{
    const YAML::Node node = map[key];
    if (!node)
        return std::nullopt;
    return scalar(node, what);
}

std::optional<bool> YamlReader::boolean(const YAML::Node &map, const char *key, const QString &what)
{
    const YAML::Node node = map[key];
    if (!node)
        return std::nullopt;
    const std::optional<QString> s = scalar(node, what);
    if (!s)
        return std::nullopt;
    if (*s == u"true"_s || *s == u"yes"_s)
        return true;
    if (*s == u"false"_s || *s == u"no"_s)
        return false;
    error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be true or false, found '%2'"),
                         {Text::plain(what), Text::plain(*s)}));
    return std::nullopt;
}

std::optional<int> YamlReader::integer(const YAML::Node &map, const char *key, int min, int max,
                                       const QString &what)
{
    const YAML::Node node = map[key];
    if (!node)
        return std::nullopt;
    const std::optional<QString> s = scalar(node, what);
    if (!s)
        return std::nullopt;
    bool ok = false;
    const int value = s->toInt(&ok);
    if (!ok || value < min || value > max) {
        error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be a whole number from %2 to %3, found '%4'"),
                             {Text::plain(what), Text::plain(QString::number(min)),
                              Text::plain(QString::number(max)), Text::plain(*s)}));
        return std::nullopt;
    }
    return value;
}

QStringList YamlReader::stringList(const YAML::Node &node, const QString &what)
{
    QStringList out;
    if (node.IsScalar()) {
        out << text(node);
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (const auto s = scalar(item, what + u" entry"_s))
                out << *s;
        }
    } else if (node.IsDefined() && !node.IsNull()) {
        error(node, yamlText(QT_TRANSLATE_NOOP("Yaml", "%1 must be a value or a list of values, found %2"),
                             {Text::plain(what), describeType(node)}));
    }
    return out;
}

QString YamlReader::text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QString YamlReader::key(const YAML::iterator &it)
{
    return text(it->first);
}

QString YamlReader::key(const YAML::const_iterator &it)
{
    return text(it->first);
}

} // namespace PortCheck
