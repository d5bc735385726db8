#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace PortCheck::IdTable {

// The id of `value` in a table of (value, id) pairs; empty when the table lacks it. The ids are
// static: the QString over them costs no allocation (probe keys are built per check).
template <typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, id] : table) {
        if (e == value)
            return QString::fromRawData(reinterpret_cast<const QChar *>(id),
                                        static_cast<qsizetype>(std::char_traits<char16_t>::length(id)));
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &id)
{
    for (const auto &[e, text] : table) {
        if (id == QStringView(text))
            return e;
    }
    return std::nullopt;
}

} // namespace PortCheck::IdTable
