#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PortCheck {

// Reads a whole file the user named (a profile, a catalog, a host list, a results file). Refuses at
// once what is not a regular file: a folder, a device such as /dev/zero (endless), a FIFO that never
// writes (opening it would block forever). Refuses files above `maxBytes` before reading them, and
// stops reading at maxBytes + 1 if the file grows meanwhile. On failure returns nothing and sets
// `error` to the reason, without the path (callers put it in front).
std::optional<QByteArray> readInputFile(const QString &path, qint64 maxBytes, Text *error);

// A PEM file of CA certificates the user names (--ca-file, the wizard's settings): far above any
// real bundle (Debian's whole ca-certificates.crt is about 220 KB).
inline constexpr qint64 kMaxCaFileBytes = 4 << 20;

// "LINE:COLUMN" of the byte at `offset` of a file's bytes, as editors count them (1-based; a column
// counts UTF-16 units of the line's text before it). For the JSON readers, whose parser gives an offset.
QString lineColumn(const QByteArray &bytes, qsizetype offset);

// "4 MB", for the messages of the size caps.
QString megabytes(qint64 bytes);

} // namespace PortCheck
