#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace PortCheck {

// The wizard's autosaved session (<AppDataLocation>/last-session.json): the profile and each role's
// host list exactly as typed, so a crash or a closed window loses nothing. A JSON object:
//   "session": 1, "saved": ISO date, "profilePath": the file the profile came from (may be empty),
//   "profile": the profile as YAML text, "hostTexts": {role id: text as typed}, "hostCount": n.
struct SessionFile
{
    QDateTime saved;
    QString profilePath;
    QByteArray profileYaml;
    QMap<QString, QString> hostTexts;
    int hostCount = 0;

    bool operator==(const SessionFile &other) const;
};

inline constexpr int kSessionVersion = 1;
// A session holds what one person typed: far below this.
inline constexpr qint64 kMaxSessionBytes = 16 << 20;

QByteArray sessionFileBytes(const SessionFile &session);

// Reads what sessionFileBytes() wrote. On failure returns nothing and sets `error` to what is wrong,
// as "PATH:LINE:COLUMN: ..." at the value that is bad (PATH is `path`). The profile's YAML is not
// read here: loadProfile() does that, with its own positions.
std::optional<SessionFile> parseSessionFile(const QByteArray &bytes, const QString &path, Text *error);

} // namespace PortCheck
