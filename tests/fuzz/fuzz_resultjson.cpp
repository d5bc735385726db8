// libFuzzer target: a results file (JSON) as `merge` and the wizard's "open results" read it, then
// every message worded in English (message_text nests arguments).
#include "catalog/catalogloader.h"
#include "run/report.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PortCheck::MergeOutcome merged =
        PortCheck::mergeResultDocuments(PortCheck::builtinCatalog(), {{QStringLiteral("fuzz.json"), bytes}});
    for (const PortCheck::RunResult &run : merged.report.runs) {
        for (const PortCheck::ProbeResult &r : run.results)
            r.message.english();
    }
    for (const PortCheck::Text &e : merged.errors)
        e.english();
    return 0;
}
