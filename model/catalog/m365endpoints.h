#pragma once

#include "model/catalog/catalog.h"
#include "model/text.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Microsoft 365's published endpoints: the records of its endpoints web service
// (https://endpoints.office.com/endpoints/<instance>), saved by the user and read here; the tool
// never fetches them. Each record is one endpoint set: id, serviceArea, urls (wildcards included),
// ips, tcpPorts, udpPorts, category, expressRoute, required, notes.
namespace PortCheck::M365 {

// A DNS name as Microsoft lists it: letters, digits, hyphens and dots, at most one '*' (which
// stands for one or more labels or a label's prefix: "*.msauth.net", "*cdn.onenote.net").
bool isEndpointName(const QString &name);
// "80,443", "587": ports from 1 to 65535 separated by commas.
bool isPortList(const QString &ports);

struct Record
{
    int id = 0;
    QString serviceArea;
    QString category;
    bool required = false;
    QString tcpPorts;
    QStringList urls;
    QString notes;
};

// Bounded: 16 MB, 10,000 records, 2,000 names per record, 253 characters per name. A record the
// web service never writes (no integer id, urls that are not names, ports that are not numbers) is an
// error naming its place ("record 12 (id 56): 'urls' ..."); records without urls (IP-only sets)
// are kept with no names.
constexpr qsizetype kMaxFileBytes = 16 << 20;
std::optional<QList<Record>> parseWebService(const QByteArray &json, Text *error);

// The clouds' instance names in Microsoft's web service: worldwide -> "Worldwide", gcc-high ->
// "USGovGCCHigh", dod -> "USGovDoD", china -> "China".
QString instanceName(const QString &cloud);

// The catalog's sets of one cloud refreshed from a saved list: a set with an id takes the record
// of that id; a set without one (a cloud whose ids the built-in list does not know) takes every
// record that lists one of its names. The role and the names to probe for wildcards that remain
// are kept. A set whose id is not in the records is an error: the file is another cloud's list,
// or not the whole list.
struct Refresh
{
    struct Change
    {
        int id = 0;
        QString role;
        QStringList added;
        QStringList removed;
        QString oldPorts;
        QString newPorts;
        bool requiredBefore = true;
        bool required = true;
    };
    QList<EndpointSet> sets;
    QList<Change> changes; // one per set
    QStringList unprobed;  // wildcards of the new list without a name to probe
    Text error;
};
Refresh refresh(const Catalog &catalog, const QString &cloud, const QList<Record> &records);
// The cloud whose sets share the most names with the records ("worldwide" when none do).
QString guessCloud(const Catalog &catalog, const QList<Record> &records);

// The imported lists, as this program stores them between runs (one file, one entry per cloud).
struct Stored
{
    QString cloud;
    QString file;     // the file it was imported from
    QString imported; // when, ISO 8601
    QList<EndpointSet> sets;
};
QByteArray storedJson(const QList<Stored> &lists);
std::optional<QList<Stored>> parseStored(const QByteArray &json, Text *error);
// The catalog with the stored lists in place of its built-in sets of those clouds.
void apply(Catalog *catalog, const QList<Stored> &lists);

// Where the imported lists live: the program's data folder ("m365-endpoints.json").
QString storePath();
// The built-in catalog's sets, or the imported ones when a list was imported; a stored file that
// cannot be read is named in `warning` and left out.
void applyStoredLists(Catalog *catalog, QString *warning);

} // namespace PortCheck::M365
