#pragma once

// What the benchmarks share: a large site and a median timer. Figures, not tests.
#include "model/catalog/catalogloader.h"
#include "model/profile/profile.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace PortCheck::Bench {

// A site with `dcs` domain controllers and one host for every other role; `components` on top of
// the catalog's defaults decide which of them the plan uses. This machine is the Guardian server.
inline Profile largeSite(int dcs, const QStringList &components = {})
{
    using namespace Qt::StringLiterals;
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    for (const QString &c : components) {
        if (!p.components.contains(c))
            p.components << c;
    }
    QList<ProfileHost> list;
    for (int i = 0; i < dcs; ++i)
        list.append({u"dc"_s + QString::number(i) + u".corp.example"_s, {}});
    p.hosts.insert(u"domain-controller"_s, list);
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"fs1.corp.example"_s, {}}});
    p.hosts.insert(u"web-portal"_s, {ProfileHost{u"portal.corp.example"_s, {}}});
    p.hosts.insert(u"recovery-agent"_s, {ProfileHost{u"dc0.corp.example"_s, {}}});
    p.hosts.insert(u"azure-sql"_s, {ProfileHost{u"contoso.database.windows.net"_s, {}}});
    return p;
}

// Every tenth DC (dc3, dc13, ...) is the broken one in the benchmarks' synthetic results.
inline bool isBrokenDc(const QString &host)
{
    using namespace Qt::StringLiterals;
    return host.startsWith(u"dc"_s) && host.mid(2).section(u'.', 0, 0).toInt() % 10 == 3;
}

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace PortCheck::Bench
