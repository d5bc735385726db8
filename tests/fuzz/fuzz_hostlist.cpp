// libFuzzer target: host lists as typed or imported (plain hosts, and hosts with port overrides).
#include "model/profile/hostinput.h"
#include "model/profile/hostlisttext.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PortCheck::parseHostList(text, size % 2 == 0 ? PortCheck::PortPolicy::Allowed
                                                 : PortCheck::PortPolicy::Forbidden);
    const PortCheck::ProfileHostList list = PortCheck::parseProfileHosts(text);
    PortCheck::profileHostsText(list.hosts);
    return 0;
}
