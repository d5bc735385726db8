#pragma once

#include "model/catalog/catalog.h"
#include "model/results/merge.h"
#include "model/results/results.h"
#include "model/text.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace PortCheck {

// Reads one results file (schema kResultsSchema); every problem is appended to `errors` as "PATH:
// what is wrong" (with LINE:COLUMN for a syntax error, the check and the field for a bad check).
// Returns false then.
bool readResults(const Catalog &catalog, const QString &path, const QByteArray &bytes, ParsedResults *out,
                 QList<Text> *errors);

// The two readers behind readResults(), public for the fuzz target that holds them to the same
// answer. The streaming one (streamingreader.cpp) reads the file as `run --json` writes it in one
// pass over the bytes, without a document tree, and gives up (false, `out` undefined) on anything
// else: a syntax error, a field of another type, a duplicate key, a deep nesting, an error of
// content. The document one reads anything QJsonDocument reads and says what is wrong.
namespace ResultsReader {
bool readStreaming(const Catalog &catalog, const QByteArray &bytes, ParsedResults *out);
bool readDocument(const Catalog &catalog, const QString &path, const QByteArray &bytes, ParsedResults *out,
                  QList<Text> *errors);
// The first field in which `a` and `b` differ ("results[3].facts"), empty when they are the same.
QString difference(const ParsedResults &a, const ParsedResults &b);
} // namespace ResultsReader

// Reads results files written by `run --json` and merges them (mergeResults()): every file that
// cannot be read or parsed is reported as "FILE: what is wrong", and nothing is merged then.
MergeOutcome mergeResultFiles(const Catalog &catalog, const QStringList &paths);
// The same for files already read: (path, bytes) each.
MergeOutcome mergeResultDocuments(const Catalog &catalog, const QList<QPair<QString, QByteArray>> &documents);

} // namespace PortCheck
