#include "model/results/results.h"

namespace PortCheck {

ProfileHost &hostEntry(QList<ProfileHost> &hosts, QHash<QString, qsizetype> &index, const QString &host)
{
    auto it = index.constFind(host);
    if (it == index.constEnd()) {
        it = index.insert(host, hosts.size());
        hosts.append({host, {}});
    }
    return hosts[*it];
}

} // namespace PortCheck
