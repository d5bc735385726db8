#include "model/export/discoveryjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PortCheck {

QByteArray discoveryResultJson(const DiscoveryResult &result)
{
    const auto list = [](const QList<DiscoveredHost> &hosts) {
        QJsonArray a;
        for (const DiscoveredHost &h : hosts)
            a.append(QJsonObject{{u"host"_s, h.host},
                                 {u"port"_s, h.port},
                                 {u"priority"_s, h.priority},
                                 {u"weight"_s, h.weight}});
        return a;
    };
    const QJsonObject doc{{u"tool"_s, u"guardian-portcheck"_s},
                          {u"version"_s, QCoreApplication::applicationVersion()},
                          {u"domain"_s, result.domain},
                          {u"site"_s, result.site},
                          // found, no-records, nxdomain, no-answer, unreachable, ...: what the DNS
                          // server said about the domain controllers' SRV name
                          {u"status"_s, discoveryStatusId(result.status)},
                          {u"domain_controllers"_s, list(result.domainControllers)},
                          {u"site_controllers"_s, list(result.siteControllers)},
                          {u"global_catalogs"_s, list(result.globalCatalogs)},
                          {u"pdc"_s, list(result.pdc)},
                          {u"errors"_s, QJsonArray::fromStringList(englishTexts(result.errors))}};
    return QJsonDocument(doc).toJson();
}

} // namespace PortCheck
