// libFuzzer target: a saved copy of Microsoft's endpoints web service list as import-m365 reads it,
// then the refresh of the catalog's sets from it (every cloud) and the stored form read back.
#include "model/catalog/catalogloader.h"
#include "model/catalog/m365endpoints.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PortCheck;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Text error;
    const std::optional<QList<M365::Record>> records = M365::parseWebService(bytes, &error);
    error.english();
    if (records) {
        const Catalog &catalog = builtinCatalog();
        for (const QString &cloud : {QStringLiteral("worldwide"), QStringLiteral("gcc-high"),
                                     QStringLiteral("dod"), QStringLiteral("china")}) {
            const M365::Refresh r = M365::refresh(catalog, cloud, *records);
            r.error.english();
            const QByteArray stored =
                M365::storedJson({M365::Stored{cloud, QStringLiteral("f"), {}, r.sets}});
            if (!M365::parseStored(stored, &error) && r.error.isEmpty() && !r.sets.isEmpty())
                __builtin_trap(); // what this program stores, it reads back
        }
        M365::guessCloud(catalog, *records);
    }
    M365::parseStored(bytes, &error); // a damaged stored file
    return 0;
}
