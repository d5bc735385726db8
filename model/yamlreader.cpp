#include "yamlreader.h"

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

YAML::Node YamlReader::parse(const QByteArray &text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::ParserException &e) {
        error(e.mark, yamlText(QT_TRANSLATE_NOOP("Yaml", "YAML syntax error: %1"),
                               {Text::plain(QString::fromStdString(e.msg))}));
    } catch (const YAML::Exception &e) {
        error(e.mark, yamlText(QT_TRANSLATE_NOOP("Yaml", "cannot read YAML: %1"),
                               {Text::plain(QString::fromStdString(e.msg))}));
    }
    return {};
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
    Diagnostic d;
    d.file = m_fileName;
    if (!at.is_null()) {
        d.line = at.line + 1;
        d.column = at.column + 1;
    }
    d.message = message;
    m_diagnostics.append(d);
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
