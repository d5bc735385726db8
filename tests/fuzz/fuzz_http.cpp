// libFuzzer target: HTTP response parsing (headers, chunked bodies), the WS-Man Identify reply and a
// proxy's answer to CONNECT.
#include "model/probe/protocols/http.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::Http::parseHttpProbe(bytes, size % 2 == 0);
    PortCheck::Http::parseWinrmIdentify(bytes, size % 3 == 0);
    PortCheck::Http::parseConnectResponse(bytes);
    QByteArray method;
    QByteArray path;
    QByteArray body;
    PortCheck::Http::requestSize(bytes, &method, &path, &body);
    return 0;
}
