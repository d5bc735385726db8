// libFuzzer target: the DNS-over-TCP answer parser and the responders' question reader.
#include "model/probe/protocols/dns.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The id the parser expects is taken from the input, so that the fuzzer gets past that check.
    const quint16 id = size >= 4 ? static_cast<quint16>((data[2] << 8) | data[3]) : 0;
    PortCheck::Dns::parseTcpResponse(bytes, id, u"_ldap._tcp.dc._msdcs.corp.example"_s);
    PortCheck::Dns::parseTcpResponse(bytes, id, QString());
    quint16 queryId = 0;
    quint16 type = 0;
    QByteArray name;
    PortCheck::Dns::readQuestion(bytes, &queryId, &name, &type);
    PortCheck::Dns::srvResponse(bytes, 0, {{"dc1.corp.example", 389, 0, 100}});
    return 0;
}
