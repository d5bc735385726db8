// libFuzzer target: the Kerberos answer parser (KRB-ERROR, AS-REP in TCP framing) and the
// responders' AS-REQ reader.
#include "model/probe/protocols/kerberos.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QDateTime now = QDateTime::fromString(u"2026-12-02T01:00:00Z"_s, Qt::ISODate);
    PortCheck::Kerberos::parseTcpResponse(bytes, u"CORP.EXAMPLE"_s, now);
    QString realm;
    QString client;
    PortCheck::Kerberos::readTcpRequest(bytes, &realm, &client);
    PortCheck::Kerberos::parseKerberosTime(bytes.first(std::min<qsizetype>(bytes.size(), 15)));
    return 0;
}
