// libFuzzer target: the TDS PRELOGIN response parser.
#include "probe/protocols/tds.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Tds::parsePreloginResponse(bytes);
    return 0;
}
