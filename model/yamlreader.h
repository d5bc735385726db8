#pragma once

#include "diagnostic.h"

#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace PortCheck {

// Reads YAML while collecting every problem with its position, so that a loader can report all the
// problems of a file at once instead of stopping at the first one.
class YamlReader final
{
public:
    explicit YamlReader(QString fileName);

    // Parses text; on a syntax error records it and returns a null node.
    YAML::Node parse(const QByteArray &text);

    // Messages are Texts, worded in the reader's language by ui/; a QString is plain text (the
    // catalog loader's messages, which address catalog authors, stay English).
    void error(const YAML::Node &at, const Text &message);
    void error(const YAML::Node &at, const QString &message);
    void error(const YAML::Mark &at, const Text &message);

    bool expectMap(const YAML::Node &node, const QString &what);
    bool expectSequence(const YAML::Node &node, const QString &what);

    // Reports every key of `map` not in `allowed`, naming the allowed ones.
    void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &what);
    // Reports each key of `required` missing from `map`.
    void requireKeys(const YAML::Node &map, const QStringList &required, const QString &what);

    std::optional<QString> scalar(const YAML::Node &node, const QString &what);
    std::optional<QString> string(const YAML::Node &map, const char *key, const QString &what);
    std::optional<bool> boolean(const YAML::Node &map, const char *key, const QString &what);
    std::optional<int> integer(const YAML::Node &map, const char *key, int min, int max, const QString &what);
    // A scalar or a sequence of scalars.
    QStringList stringList(const YAML::Node &node, const QString &what);

    const QString &fileName() const { return m_fileName; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }

    static QString text(const YAML::Node &node);
    static QString key(const YAML::iterator &it);
    static QString key(const YAML::const_iterator &it);

private:
    QString m_fileName;
    Diagnostics m_diagnostics;
};

} // namespace PortCheck
