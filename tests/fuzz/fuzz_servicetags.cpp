// libFuzzer target: a saved copy of Azure's service tags file as --azure-service-tags reads it,
// then the look-up of a region's Sql tag in it.
#include "model/catalog/azureservicetags.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PortCheck;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Text error;
    const std::optional<Azure::ServiceTagList> list = Azure::parseServiceTags(bytes, &error);
    error.english();
    if (list) {
        if (list->tags.isEmpty())
            __builtin_trap(); // an empty list is an error, never a result
        for (const QString &region :
             {QStringLiteral("westeurope"), QStringLiteral("West Europe"), QStringLiteral("x")}) {
            if (const Azure::ServiceTag *t = list->find(QStringLiteral("Sql"), region))
                t->addressPrefixes.size();
        }
        list->origin();
    }
    return 0;
}
