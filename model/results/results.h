#pragma once

#include "model/profile/profile.h"
#include "model/run/runresult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PortCheck {

// The results contract (DESIGN.md, "Results JSON"): the writer writes this schema, the readers
// take no other. Field names and state words do not change without a new number.
inline constexpr int kResultsSchema = 1;

// What `merge` takes from one results file written by `run --json`.
struct ParsedResults
{
    RunResult run;
    QStringList components;
    QMap<QString, QList<ProfileHost>> hosts; // role -> hosts with their overrides
    QList<quint16> catalogPorts;             // per result: the catalog port it was tested for
};

// One results file as read, under the name its messages give it (the path, or several joined).
struct NamedResults : ParsedResults
{
    QString path;
};

// Adds `host` to `hosts` once, through `index` (host -> position), and returns it.
ProfileHost &hostEntry(QList<ProfileHost> &hosts, QHash<QString, qsizetype> &index, const QString &host);

} // namespace PortCheck
