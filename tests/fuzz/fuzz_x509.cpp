// libFuzzer target: a certificate as a TLS server serves it (DER), read for the CRL distribution
// points and the authority information access (the revocation servers Windows asks).
#include "model/probe/protocols/x509.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView der(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PortCheck::X509::RevocationUrls urls = PortCheck::X509::revocationUrls(der);
    if (urls.crl.size() > 8 || urls.ocsp.size() > 8 || urls.caIssuers.size() > 8)
        __builtin_trap(); // bounded as documented
    return 0;
}
