// libFuzzer target: a profile file (YAML) against the built-in catalog, as `run` and the wizard read it.
#include "model/catalog/catalogloader.h"
#include "model/profile/profile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Profile profile;
    if (PortCheck::loadProfile(bytes, QStringLiteral("fuzz.yaml"), PortCheck::builtinCatalog(), &profile)
            .isEmpty())
        PortCheck::profileToYaml(profile); // what was accepted can be written back
    return 0;
}
