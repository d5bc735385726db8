// libFuzzer target: a custom catalog file (YAML): schema, requirement expressions, remediation.
#include "model/catalog/catalogloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Catalog catalog;
    PortCheck::loadCatalog(bytes, QStringLiteral("fuzz.yaml"), &catalog);
    return 0;
}
