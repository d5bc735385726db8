// libFuzzer target: a results file (JSON) as `merge` and the wizard's "open results" read it, then
// every message worded in English (message_text nests arguments). The streaming reader (merge's
// fast path) and the document reader must agree: whatever the first takes, the second reads the
// same; a difference aborts, so that libFuzzer keeps the input.
#include "model/catalog/catalogloader.h"
#include "model/results/resultsreader.h"
#include "model/run/report.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PortCheck::Catalog &catalog = PortCheck::builtinCatalog();
    PortCheck::ParsedResults streamed;
    if (PortCheck::ResultsReader::readStreaming(catalog, bytes, &streamed)) {
        PortCheck::ParsedResults document;
        QList<PortCheck::Text> errors;
        if (!PortCheck::ResultsReader::readDocument(catalog, QStringLiteral("fuzz.json"), bytes, &document,
                                                    &errors)) {
            std::fprintf(stderr, "streaming reader took a file the document reader refuses: %s\n",
                         qPrintable(errors.value(0).english()));
            std::abort();
        }
        if (const QString field = PortCheck::ResultsReader::difference(streamed, document);
            !field.isEmpty()) {
            std::fprintf(stderr, "the readers differ in %s\n", qPrintable(field));
            std::abort();
        }
    }
    const PortCheck::MergeOutcome merged =
        PortCheck::mergeResultDocuments(catalog, {{QStringLiteral("fuzz.json"), bytes}});
    for (const PortCheck::RunResult &run : merged.report.runs) {
        for (const PortCheck::ProbeResult &r : run.results)
            r.message.english();
    }
    for (const PortCheck::Text &e : merged.errors)
        e.english();
    return 0;
}
