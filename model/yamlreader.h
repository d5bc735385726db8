#pragma once

#include "model/diagnostic.h"

#include <QHash>
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
    // At most kMaxPerKind problems of one kind and kMaxProblems in all are listed, the first ones
    // in the file; one more line says how many more there are ("... and 999,001 more of the same
    // kind as 3:5").
    Diagnostics diagnostics() const;
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }
    static constexpr int kMaxPerKind = 10;
    static constexpr int kMaxProblems = 100;

    static QString text(const YAML::Node &node);
    static QString key(const YAML::iterator &it);
    static QString key(const YAML::const_iterator &it);

private:
    // NUL bytes, CR-only line endings and tabs in the indentation, named in words before yaml-cpp
    // sees them (its messages for these are cryptic or missing).
    bool checkText(const QByteArray &text);
    // yaml-cpp keeps the first of two equal keys for scalars and the last for lists, silently;
    // and it takes a double quote left open at the end of a file as running to the end.
    void checkDuplicateKeys(const YAML::Node &root, const QByteArray &source);

    struct Kind
    {
        qsizetype first = -1; // index of the first listed problem of this kind
        qint64 listed = 0;
        qint64 count = 0;
    };

    QString m_fileName;
    Diagnostics m_diagnostics;
    QHash<QString, Kind> m_kinds;
    QStringList m_kindOrder;
    qint64 m_unlisted = 0; // beyond kMaxProblems, of kinds not listed at all
};

} // namespace PortCheck
