// libFuzzer target: SMB2 NEGOTIATE response and NetBIOS session response parsers.
#include "model/probe/protocols/smb.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Smb::parseNegotiateResponse(bytes);
    PortCheck::Smb::parseNetbiosSessionResponse(bytes);
    qsizetype used = 0;
    PortCheck::Smb::isNegotiateRequest(bytes, &used);
    return 0;
}
