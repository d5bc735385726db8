// libFuzzer target: the LDAP rootDSE response parser (BER with long-form lengths, currentTime).
#include "model/probe/protocols/ldap.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // With a clock, so that currentTime (GeneralizedTime) and the skew are parsed too.
    static const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T10:00:00Z"), Qt::ISODate);
    PortCheck::Ldap::parseRootDseResponse(bytes, QStringLiteral("dc1.corp.example"), now);
    int id = 0;
    quint8 op = 0;
    PortCheck::Ldap::readRequest(bytes, &id, &op);
    return 0;
}
