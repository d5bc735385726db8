#pragma once

#include "model/catalog/catalog.h"
#include "model/profile/profile.h"
#include "model/run/runresult.h"
#include "model/text.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace PortCheck {

// What `merge` takes from one results file written by `run --json` (schema 1).
struct ParsedResults
{
    RunResult run;
    QStringList components;
    QMap<QString, QList<ProfileHost>> hosts; // role -> hosts with their overrides
    QList<quint16> catalogPorts;             // per result: the catalog port it was tested for
};

// Reads one results file; every problem is appended to `errors` as "PATH: what is wrong" (with
// LINE:COLUMN for a syntax error, the check and the field for a bad check). Returns false then.
bool readResults(const Catalog &catalog, const QString &path, const QByteArray &bytes, ParsedResults *out,
                 QList<Text> *errors);

// The two readers behind readResults(), public for the fuzz target that holds them to the same
// answer. The streaming one reads the file as `run --json` writes it in one pass over the bytes,
// without a document tree, and gives up (false, `out` undefined) on anything else: a syntax error,
// a field of another type, a duplicate key, a deep nesting, an error of content. The document one
// reads anything QJsonDocument reads and says what is wrong.
namespace ResultsReader {
bool readStreaming(const Catalog &catalog, const QByteArray &bytes, ParsedResults *out);
bool readDocument(const Catalog &catalog, const QString &path, const QByteArray &bytes, ParsedResults *out,
                  QList<Text> *errors);
// The first field in which `a` and `b` differ ("results[3].facts"), empty when they are the same.
QString difference(const ParsedResults &a, const ParsedResults &b);
} // namespace ResultsReader

} // namespace PortCheck
