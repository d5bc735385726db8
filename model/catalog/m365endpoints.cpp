#include "model/catalog/m365endpoints.h"

#include "model/datafolder.h"
#include "model/inputfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck::M365 {

namespace {

constexpr qsizetype kMaxRecords = 10000;
constexpr qsizetype kMaxNamesPerRecord = 2000;
constexpr qsizetype kMaxNameLength = 253;
constexpr qsizetype kMaxNotesLength = 2000;

Text importText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Import", source, std::move(args));
}

// "record 12 (id 56)" or "record 12" before its id is known.
Text recordPlace(qsizetype index, int id)
{
    return id > 0 ? importText(QT_TRANSLATE_NOOP("Import", "record %1 (id %2)"),
                               {Text::plain(QString::number(index + 1)), Text::plain(QString::number(id))})
                  : importText(QT_TRANSLATE_NOOP("Import", "record %1"),
                               {Text::plain(QString::number(index + 1))});
}

QString lowerName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(u'.'))
        n.chop(1);
    return n;
}

QJsonObject setJson(const EndpointSet &set)
{
    QJsonObject o;
    if (set.id > 0)
        o.insert(u"id"_s, set.id);
    o.insert(u"role"_s, set.role);
    o.insert(u"category"_s, set.category);
    o.insert(u"required"_s, set.required);
    o.insert(u"tcpPorts"_s, set.tcpPorts);
    o.insert(u"urls"_s, QJsonArray::fromStringList(set.urls));
    QJsonObject probeAs;
    for (auto it = set.probeAs.cbegin(); it != set.probeAs.cend(); ++it)
        probeAs.insert(it.key(), it.value());
    if (!probeAs.isEmpty())
        o.insert(u"probeAs"_s, probeAs);
    if (!set.notes.isEmpty())
        o.insert(u"notes"_s, set.notes);
    return o;
}

} // namespace

bool isEndpointName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name.count(u'*') > 1)
        return false;
    if (name.startsWith(u'.') || name.startsWith(u'-') || name.contains(u".."_s))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'.' ||
               ch == u'*';
    });
}

bool isPortList(const QString &ports)
{
    if (ports.isEmpty() || ports.size() > 200)
        return false;
    const QStringList parts = ports.split(u',');
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        bool ok = false;
        const int port = p.trimmed().toInt(&ok);
        return ok && port >= 1 && port <= 65535;
    });
}

std::optional<QList<Record>> parseWebService(const QByteArray &json, Text *error)
{
    if (json.size() > kMaxFileBytes) {
        *error = importText(QT_TRANSLATE_NOOP("Import", "the file is larger than 16 MB; Microsoft's list is "
                                                        "about 100 KB"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = importText(
            QT_TRANSLATE_NOOP("Import", "not JSON: %1 at byte %2"),
            {Text::plain(parseError.errorString()), Text::plain(QString::number(parseError.offset))});
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = importText(QT_TRANSLATE_NOOP(
            "Import", "not Microsoft's endpoints list: expected a JSON array of records (id, serviceArea, "
                      "urls, tcpPorts, category, required), found an object"));
        return std::nullopt;
    }
    const QJsonArray array = doc.array();
    if (array.isEmpty()) {
        *error = importText(QT_TRANSLATE_NOOP("Import", "the list is empty: it holds no endpoint sets"));
        return std::nullopt;
    }
    if (array.size() > kMaxRecords) {
        *error = importText(QT_TRANSLATE_NOOP("Import", "%1 records, more than the 10,000 a list can have"),
                            {Text::plain(QString::number(array.size()))});
        return std::nullopt;
    }
    QList<Record> records;
    QSet<int> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            *error = importText(QT_TRANSLATE_NOOP("Import", "%1 is not an object: every record is a JSON "
                                                            "object with an id"),
                                {recordPlace(i, 0)});
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        Record r;
        const QJsonValue id = o.value(u"id"_s);
        const double number = id.toDouble(-1);
        if (!id.isDouble() || number < 1 || number > 1000000 || number != static_cast<int>(number)) {
            *error = importText(QT_TRANSLATE_NOOP("Import", "%1 has no set id: 'id' must be a whole number "
                                                            "from 1 to 1,000,000"),
                                {recordPlace(i, 0)});
            return std::nullopt;
        }
        r.id = static_cast<int>(number);
        if (ids.contains(r.id)) {
            *error = importText(QT_TRANSLATE_NOOP("Import", "%1: the set id appears twice"),
                                {recordPlace(i, r.id)});
            return std::nullopt;
        }
        ids.insert(r.id);
        const auto stringField = [&](const QString &key, QString *out) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isString())
                return false;
            *out = v.toString().left(kMaxNotesLength);
            return true;
        };
        for (const auto &[key, out] :
             {std::pair{u"serviceArea"_s, &r.serviceArea}, std::pair{u"category"_s, &r.category},
              std::pair{u"notes"_s, &r.notes}, std::pair{u"tcpPorts"_s, &r.tcpPorts}}) {
            if (!stringField(key, out)) {
                *error = importText(QT_TRANSLATE_NOOP("Import", "%1: '%2' is not a string"),
                                    {recordPlace(i, r.id), Text::plain(key)});
                return std::nullopt;
            }
        }
        if (!r.tcpPorts.isEmpty() && !isPortList(r.tcpPorts)) {
            *error = importText(QT_TRANSLATE_NOOP("Import", "%1: 'tcpPorts' is '%2', expected port numbers "
                                                            "separated by commas"),
                                {recordPlace(i, r.id), Text::plain(r.tcpPorts.left(80))});
            return std::nullopt;
        }
        r.required = o.value(u"required"_s).toBool(false);
        const QJsonValue urls = o.value(u"urls"_s);
        if (!urls.isUndefined()) {
            if (!urls.isArray() || urls.toArray().size() > kMaxNamesPerRecord) {
                *error = importText(QT_TRANSLATE_NOOP("Import", "%1: 'urls' is not a list of at most 2,000 "
                                                                "names"),
                                    {recordPlace(i, r.id)});
                return std::nullopt;
            }
            for (const QJsonValue &u : urls.toArray()) {
                const QString name = lowerName(u.toString());
                if (!u.isString() || !isEndpointName(name)) {
                    *error =
                        importText(QT_TRANSLATE_NOOP("Import", "%1: '%2' in 'urls' is not a DNS name"),
                                   {recordPlace(i, r.id),
                                    Text::plain(u.isString() ? u.toString().left(80) : u"(not a string)"_s)});
                    return std::nullopt;
                }
                if (!r.urls.contains(name))
                    r.urls << name;
            }
        }
        records << r;
    }
    return records;
}

QString instanceName(const QString &cloud)
{
    if (cloud == u"gcc-high"_s)
        return u"USGovGCCHigh"_s;
    if (cloud == u"dod"_s)
        return u"USGovDoD"_s;
    if (cloud == u"china"_s)
        return u"China"_s;
    return u"Worldwide"_s;
}

Refresh refresh(const Catalog &catalog, const QString &cloud, const QList<Record> &records)
{
    Refresh out;
    QHash<int, const Record *> byId;
    for (const Record &r : records)
        byId.insert(r.id, &r);
    for (const EndpointSet &current : catalog.endpoints.sets) {
        if (current.cloud != cloud)
            continue;
        QList<const Record *> matched;
        if (current.id > 0) {
            if (const Record *r = byId.value(current.id)) {
                matched << r;
            } else {
                out.error = importText(
                    QT_TRANSLATE_NOOP("Import",
                                      "set %1, which Guardian needs (%2), is not in the file: is it "
                                      "Microsoft's %3 list, saved whole?"),
                    {Text::plain(QString::number(current.id)),
                     Text::catalog(catalog.role(current.role)->name), Text::plain(instanceName(cloud))});
                return out;
            }
        } else {
            for (const Record &r : records) {
                const bool shares = std::any_of(r.urls.cbegin(), r.urls.cend(),
                                                [&](const QString &u) { return current.urls.contains(u); });
                if (shares)
                    matched << &r;
            }
            if (matched.isEmpty()) {
                out.error = importText(
                    QT_TRANSLATE_NOOP("Import", "no record of the file lists the names Guardian needs for %1 "
                                                "(%2): is it Microsoft's %3 list?"),
                    {Text::catalog(catalog.role(current.role)->name), Text::plain(current.urls.join(u", "_s)),
                     Text::plain(instanceName(cloud))});
                return out;
            }
        }
        for (const Record *r : std::as_const(matched)) {
            // One record can hold names of two catalog sets only when the catalog has no ids.
            if (std::any_of(out.sets.cbegin(), out.sets.cend(),
                            [&](const EndpointSet &s) { return s.id == r->id; }))
                continue;
            EndpointSet set;
            set.id = r->id;
            set.cloud = cloud;
            set.role = current.role;
            set.category = r->category;
            set.required = r->required;
            set.tcpPorts = r->tcpPorts.isEmpty() ? current.tcpPorts : r->tcpPorts;
            set.urls = r->urls;
            set.notes = r->notes;
            for (const QString &url : std::as_const(set.urls)) {
                if (!url.contains(u'*'))
                    continue;
                const QString name = current.probeAs.value(url);
                if (!name.isEmpty())
                    set.probeAs.insert(url, name);
                else
                    out.unprobed << url;
            }
            Refresh::Change change;
            change.id = set.id;
            change.role = set.role;
            for (const QString &u : std::as_const(set.urls)) {
                if (!current.urls.contains(u))
                    change.added << u;
            }
            if (current.id > 0) {
                for (const QString &u : current.urls) {
                    if (!set.urls.contains(u))
                        change.removed << u;
                }
            }
            change.oldPorts = current.tcpPorts;
            change.newPorts = set.tcpPorts;
            change.requiredBefore = current.required;
            change.required = set.required;
            out.changes << change;
            out.sets << set;
        }
    }
    return out;
}

QString guessCloud(const Catalog &catalog, const QList<Record> &records)
{
    QSet<QString> names;
    for (const Record &r : records) {
        for (const QString &u : r.urls)
            names.insert(u);
    }
    QString best = u"worldwide"_s;
    int bestScore = 0;
    QMap<QString, int> score;
    for (const EndpointSet &set : catalog.endpoints.sets) {
        for (const QString &u : set.urls)
            score[set.cloud] += names.contains(u) ? 1 : 0;
    }
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() > bestScore) {
            bestScore = it.value();
            best = it.key();
        }
    }
    return best;
}

QByteArray storedJson(const QList<Stored> &lists)
{
    QJsonArray clouds;
    for (const Stored &s : lists) {
        QJsonArray sets;
        for (const EndpointSet &set : s.sets)
            sets.append(setJson(set));
        clouds.append(QJsonObject{
            {u"cloud"_s, s.cloud}, {u"file"_s, s.file}, {u"imported"_s, s.imported}, {u"sets"_s, sets}});
    }
    return QJsonDocument(QJsonObject{{u"format"_s, u"guardian-portcheck-m365/1"_s}, {u"lists"_s, clouds}})
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<Stored>> parseStored(const QByteArray &json, Text *error)
{
    const auto bad = [&](const QString &why) {
        *error = Text::plain(why);
        return std::nullopt;
    };
    if (json.size() > kMaxFileBytes)
        return bad(u"larger than 16 MB"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(u"not JSON: "_s + parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"guardian-portcheck-m365/1"_s)
        return bad(u"not a list this program stored (no 'format: guardian-portcheck-m365/1')"_s);
    QList<Stored> lists;
    for (const QJsonValue &v : root.value(u"lists"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Stored s;
        s.cloud = o.value(u"cloud"_s).toString();
        s.file = o.value(u"file"_s).toString().left(1000);
        s.imported = o.value(u"imported"_s).toString().left(40);
        for (const QJsonValue &sv : o.value(u"sets"_s).toArray()) {
            const QJsonObject so = sv.toObject();
            EndpointSet set;
            set.id = so.value(u"id"_s).toInt(0);
            set.cloud = s.cloud;
            set.role = so.value(u"role"_s).toString();
            set.category = so.value(u"category"_s).toString().left(40);
            set.required = so.value(u"required"_s).toBool(true);
            set.tcpPorts = so.value(u"tcpPorts"_s).toString();
            set.notes = so.value(u"notes"_s).toString().left(kMaxNotesLength);
            for (const QJsonValue &u : so.value(u"urls"_s).toArray()) {
                if (!isEndpointName(u.toString()))
                    return bad(u"a stored name is not a DNS name: "_s + u.toString().left(80));
                set.urls << u.toString();
            }
            const QJsonObject probeAs = so.value(u"probeAs"_s).toObject();
            for (auto it = probeAs.constBegin(); it != probeAs.constEnd(); ++it) {
                const QString name = it.value().toString();
                if (set.urls.contains(it.key()) && isEndpointName(name) && !name.contains(u'*'))
                    set.probeAs.insert(it.key(), name);
            }
            if (!isPortList(set.tcpPorts) || set.role.isEmpty())
                return bad(u"a stored set has no role or no ports"_s);
            s.sets << set;
        }
        lists << s;
    }
    return lists;
}

void apply(Catalog *catalog, const QList<Stored> &lists)
{
    for (const Stored &s : lists) {
        const Option *cloud = catalog->option(u"cloud"_s);
        if (!cloud || !cloud->value(s.cloud))
            continue;
        // Only roles this catalog has: a list stored by another version names only known ones.
        QList<EndpointSet> sets;
        for (const EndpointSet &set : s.sets) {
            if (catalog->role(set.role))
                sets << set;
        }
        if (sets.isEmpty())
            continue;
        QList<EndpointSet> kept;
        for (const EndpointSet &set : std::as_const(catalog->endpoints.sets)) {
            if (set.cloud != s.cloud)
                kept << set;
        }
        catalog->endpoints.sets = kept + sets;
        catalog->endpoints.imported.insert(s.cloud, s.file + u", imported "_s + s.imported);
    }
}

QString storePath()
{
    return dataFolder() + u"/m365-endpoints.json"_s;
}

void applyStoredLists(Catalog *catalog, QString *warning)
{
    const QString path = storePath();
    if (!QFile::exists(path))
        return;
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxFileBytes, &why);
    std::optional<QList<Stored>> lists;
    if (bytes)
        lists = parseStored(*bytes, &why);
    if (!lists) {
        *warning =
            path + u": "_s + why.english() + u"; the built-in list of Microsoft 365 endpoints is used"_s;
        return;
    }
    apply(catalog, *lists);
}

} // namespace PortCheck::M365
