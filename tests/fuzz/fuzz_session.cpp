// libFuzzer target: the wizard's autosaved session file. What it reads must write back and read
// again to the same session.
#include "model/profile/sessionfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Text error;
    const std::optional<PortCheck::SessionFile> session =
        PortCheck::parseSessionFile(bytes, QString(), &error);
    if (!session) {
        (void)error.english();
        return 0;
    }
    const std::optional<PortCheck::SessionFile> again =
        PortCheck::parseSessionFile(PortCheck::sessionFileBytes(*session), QString(), &error);
    if (!again || !(*again == *session))
        std::abort();
    return 0;
}
