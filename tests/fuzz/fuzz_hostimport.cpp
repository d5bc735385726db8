// libFuzzer target: host lists imported from a file, CSV (quotes, delimiters, header columns) and text.
#include "model/profile/hostimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PortCheck::HostImport csv = PortCheck::importHosts(bytes, PortCheck::HostImportFormat::Csv);
    // A refused file hands nothing on; an accepted one has no empty host and no line break in one.
    if (!csv.error.isEmpty() && !csv.hosts.isEmpty())
        std::abort();
    for (const QString &host : csv.hosts) {
        if (host.isEmpty() || host.contains(u'\n') || host.contains(u'\r'))
            std::abort();
    }
    (void)csv.error.english();
    PortCheck::importHosts(bytes, PortCheck::HostImportFormat::Text);
    return 0;
}
