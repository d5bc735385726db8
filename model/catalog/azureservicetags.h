#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Azure's service tags: the address prefixes behind names such as Sql.WestEurope, as Microsoft
// publishes them in "Azure IP Ranges and Service Tags" (ServiceTags_Public_<date>.json:
// {"changeNumber", "cloud", "values": [{"name", "id", "properties": {"changeNumber", "region",
// "platform", "systemService", "addressPrefixes": [...], ...}}]}). Saved by the user and read
// here (--azure-service-tags FILE); the tool never fetches it.
namespace PortCheck::Azure {

struct ServiceTag
{
    QString name;   // "Sql.WestEurope"
    QString region; // "westeurope"; empty for a global tag ("Sql")
    QString systemService;
    QStringList addressPrefixes; // "13.69.105.0/24", "2603:1020:206::/48"
};

struct ServiceTagList
{
    QString file; // the file it was read from (its name, for the report)
    QString cloud;
    qint64 changeNumber = 0;
    QList<ServiceTag> tags;

    bool isEmpty() const { return tags.isEmpty(); }
    // The tag `prefix`.<region>: matched without case, spaces or hyphens ("West Europe",
    // "westeurope" and "WestEurope" name Sql.WestEurope), also through the tag's region property.
    const ServiceTag *find(const QString &prefix, const QString &region) const;
    // "ServiceTags_Public_20261130.json (Public, change 345)"
    QString origin() const;
};

// Bounded: 64 MB (the public cloud's file is about 5 MB), 20,000 tags, 100,000 prefixes per tag.
// Errors say what is wrong and where: "not JSON: ... at line 3, column 7", "values[12]
// (Sql.WestEurope): 'addressPrefixes' is not a list of address prefixes".
constexpr qsizetype kMaxServiceTagFileBytes = 64 << 20;
std::optional<ServiceTagList> parseServiceTags(const QByteArray &json, Text *error);

// Reads and parses a saved file; errors start with the file's name.
std::optional<ServiceTagList> readServiceTagFile(const QString &path, Text *error);

// The tag's name when no file says how Microsoft spells it: "Sql." + the region without spaces.
QString serviceTagName(const QString &prefix, const QString &region);

// An Azure region as a profile names it: letters, digits, spaces and hyphens, at most 64.
bool isRegionName(const QString &region);

} // namespace PortCheck::Azure
