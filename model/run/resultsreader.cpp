#include "model/run/resultsreader.h"

#include "model/catalog/azureservicetags.h"
#include "model/inputfile.h"
#include "model/jsoncursor.h"
#include "model/probe/proxy.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

using Cursor = JsonCursor;

Text mergeText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Merge", source, std::move(args));
}

// Adds `host` to `hosts` once, through `index` (host -> position), and returns it.
ProfileHost &hostEntry(QList<ProfileHost> &hosts, QHash<QString, qsizetype> &index, const QString &host)
{
    auto it = index.constFind(host);
    if (it == index.constEnd()) {
        it = index.insert(host, hosts.size());
        hosts.append({host, {}});
    }
    return hosts[*it];
}

// QJsonValue::toInt(): an integral number within int's range, else `fallback`.
int toInt(double value, int fallback)
{
    if (value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max() &&
        value == std::trunc(value))
        return static_cast<int>(value);
    return fallback;
}

// One member of an object that a reader wants: where its value starts, and for a string its
// checked bytes (read once, while the object is scanned).
struct Field
{
    const char *at = nullptr; // null: the member is absent
    QByteArrayView raw;       // a string's bytes between the quotes
    bool isString = false;
    bool escaped = false;
};

// The members of an object that a reader wants, by name; a name given twice is refused (Qt keeps
// one of them: the document reader decides).
template <std::size_t N> struct Members
{
    const std::array<QByteArrayView, N> &names;
    std::array<Field, N> fields{};

    // Records `key`'s value when it is one of `names`, and moves past it.
    bool read(Cursor &c, QByteArrayView key, int depth)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (names[i] != key)
                continue;
            Field &f = fields[i];
            if (f.at)
                return false;
            f.at = c.valueStart();
            if (c.peek() != '"')
                return c.skipValue(depth);
            f.isString = true;
            return c.rawString(&f.raw, &f.escaped);
        }
        return c.skipValue(depth);
    }
};

// What ProbeTarget::probeKey() says, without building the string: the probe a check's result
// answers (the first result of each counts).
struct Probed
{
    QString host;
    quint16 port = 0;
    ProbeKind kind = ProbeKind::Tcp;
    QString via;

    bool operator==(const Probed &o) const
    {
        return port == o.port && kind == o.kind && host == o.host && via == o.via;
    }
};
size_t qHash(const Probed &p, size_t seed = 0)
{
    return qHashMulti(seed, p.host, p.port, static_cast<int>(p.kind), p.via);
}

// Ids met again and again (a link, a probe kind, a state): the bytes of the first few distinct
// ones with what they mean, so that each check does not build a string to look them up.
template <typename T> class IdCache
{
public:
    template <typename F> T find(QByteArrayView raw, F &&lookUp)
    {
        for (const auto &[id, value] : m_known) {
            if (id == raw)
                return value;
        }
        const T value = lookUp(QString::fromUtf8(raw));
        if (m_known.size() < 64) // a hostile file's million ids are looked up, not kept
            m_known.emplace_back(raw.toByteArray(), value);
        return value;
    }

private:
    std::vector<std::pair<QByteArray, T>> m_known;
};
} // namespace

bool readResults(const Catalog &catalog, const QString &path, const QByteArray &bytes, ParsedResults *out,
                 QList<Text> *errors)
{
    // The streaming reader takes the files `run --json` writes, in a fraction of the time and
    // memory of a document tree; whatever it does not take, the document reader reads or explains.
    if (ResultsReader::readStreaming(catalog, bytes, out))
        return true;
    *out = {};
    return ResultsReader::readDocument(catalog, path, bytes, out, errors);
}

bool ResultsReader::readDocument(const Catalog &catalog, const QString &path, const QByteArray &bytes,
                                 ParsedResults *out, QList<Text> *errors)
{
    // "PATH:LINE:COLUMN: what" where the value is known, "PATH: what" for the file as a whole.
    const auto failAt = [&](const QString &where, const Text &what) {
        errors->append(mergeText(QT_TRANSLATE_NOOP("Merge", "%1: %2"), {Text::plain(where), what}));
        return false;
    };
    const auto fail = [&](const Text &what) {
        return failAt(path, what);
    };
    const auto at = [&](std::initializer_list<JsonStep> steps) {
        return valuePosition(path, bytes, steps);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // LINE:COLUMN as editors show them, not Qt's byte offset.
        const QStringList position = lineColumn(bytes, parseError.offset).split(u':');
        const QString &line = position.at(0);
        const QString &column = position.at(1);
        return fail(
            mergeText(QT_TRANSLATE_NOOP("Merge", "not JSON at %1:%2: %3"),
                      {Text::plain(line), Text::plain(column), Text::plain(parseError.errorString())}));
    }
    const QJsonObject root = doc.object();
    if (root.value(u"tool"_s).toString() != u"guardian-portcheck"_s)
        return fail(mergeText(QT_TRANSLATE_NOOP(
            "Merge", "not a Guardian Port Check results file (no \"tool\": \"guardian-portcheck\")")));
    const QJsonValue schema = root.value(u"schema"_s);
    if (!schema.isDouble())
        return failAt(at({{"schema"}}),
                      mergeText(QT_TRANSLATE_NOOP("Merge", "\"schema\" must be the number 1, found %1"),
                                {Text::plain(schema.isUndefined() ? u"nothing"_s : jsonLiteral(schema))}));
    if (schema.toInt() != 1)
        return failAt(at({{"schema"}}),
                      mergeText(QT_TRANSLATE_NOOP("Merge", "schema %1 is not supported, expected 1"),
                                {Text::plain(QString::number(schema.toDouble()))}));
    const QJsonObject run = root.value(u"run"_s).toObject();
    if (!root.value(u"checks"_s).isArray() || !root.contains(u"verdicts"_s))
        return fail(mergeText(QT_TRANSLATE_NOOP(
            "Merge",
            "has no \"checks\" and \"verdicts\": written by 'probe', not 'run'? Only 'run' results merge")));

    RunMetadata &m = out->run.meta;
    m.toolVersion = root.value(u"version"_s).toString();
    m.started = QDateTime::fromString(run.value(u"started"_s).toString(), Qt::ISODateWithMs);
    m.finished = QDateTime::fromString(run.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    m.host = run.value(u"host"_s).toString();
    m.catalog = run.value(u"catalog"_s).toString();
    m.profile = run.value(u"profile"_s).toString();
    m.cancelled = run.value(u"cancelled"_s).toBool();
    const QJsonObject proxy = run.value(u"proxy"_s).toObject();
    if (const QString url = proxy.value(u"url"_s).toString(); url != u"direct"_s && !url.isEmpty()) {
        QString error;
        const auto endpoint = parseProxyUrl(url, &error);
        if (!endpoint)
            return failAt(at({{"run"}, {"proxy"}, {"url"}}),
                          mergeText(QT_TRANSLATE_NOOP("Merge", "the run's proxy %1 is not a proxy URL"),
                                    {Text::plain(url.left(200))}));
        m.proxy = endpoint->url();
    }
    m.proxySource = proxy.value(u"source"_s).toString().left(200);
    m.endpointList = run.value(u"m365_endpoints"_s).toString().left(1200);
    if (const QString region = run.value(u"azure_region"_s).toString(); Azure::isRegionName(region))
        m.azureRegion = region;
    // The source roles' networks go into the firewall request as they are: a bad one is refused.
    if (const QJsonValue networks = run.value(u"source_networks"_s); !networks.isUndefined()) {
        if (!networks.isObject())
            return failAt(at({{"run"}, {"source_networks"}}),
                          mergeText(QT_TRANSLATE_NOOP("Merge", "\"source_networks\" must be an object of "
                                                               "roles and their networks, found %1"),
                                    {Text::plain(jsonLiteral(networks).left(80))}));
        const QJsonObject byRole = networks.toObject();
        for (auto it = byRole.begin(); it != byRole.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (!catalog.role(it.key()))
                return failAt(at({{"run"}, {"source_networks"}, {key}}),
                              mergeText(QT_TRANSLATE_NOOP("Merge", "unknown source role '%1' in "
                                                                   "\"source_networks\""),
                                        {Text::plain(it.key().left(80))}));
            const QJsonArray list = it.value().toArray();
            if (!it.value().isArray() || list.size() > kMaxSourceNetworksPerRole)
                return failAt(
                    at({{"run"}, {"source_networks"}, {key}}),
                    mergeText(QT_TRANSLATE_NOOP("Merge", "the networks of '%1' must be a list of at "
                                                         "most %2 networks, found %3"),
                              {Text::plain(it.key()), Text::plain(QString::number(kMaxSourceNetworksPerRole)),
                               Text::plain(jsonLiteral(it.value()).left(80))}));
            QStringList entries;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonValue v = list.at(i);
                if (!v.isString() || !isSourceNetwork(v.toString()) || entries.contains(v.toString()))
                    return failAt(at({{"run"}, {"source_networks"}, {key}, {{}, i}}),
                                  mergeText(QT_TRANSLATE_NOOP("Merge", "bad network %1 for the role '%2', "
                                                                       "expected a CIDR or one address, "
                                                                       "each once"),
                                            {Text::plain(jsonLiteral(v).left(80)), Text::plain(it.key())}));
                entries << v.toString();
            }
            if (!entries.isEmpty())
                m.sourceNetworks.insert(it.key(), entries);
        }
    }
    // The cover's fields: what is not one short line is left out rather than printed.
    const auto oneLine = [](const QJsonValue &v) -> QString {
        const QString text = v.toString();
        return changeFieldProblem(text).isEmpty() ? text : QString();
    };
    for (const ChangeField &f : kChangeFields)
        m.change.*f.member = oneLine(run.value(QLatin1StringView(f.key)));
    m.user = oneLine(run.value(u"user"_s));
    const QJsonArray vantage = run.value(u"vantage"_s).toArray();
    for (qsizetype i = 0; i < vantage.size(); ++i) {
        const QJsonValue v = vantage.at(i);
        if (!catalog.role(v.toString()))
            return failAt(at({{"run"}, {"vantage"}, {{}, i}}),
                          mergeText(QT_TRANSLATE_NOOP("Merge", "unknown vantage role '%1'"),
                                    {Text::plain(v.toString())}));
        m.vantage << v.toString();
    }
    // The site's source machines: what a file of an older version lacks, or a value that is not
    // what this version writes, is left out (coverage then counts the runs themselves).
    const QJsonObject listed = run.value(u"source_machines"_s).toObject();
    for (auto it = listed.begin(); it != listed.end(); ++it) {
        if (!catalog.role(it.key()))
            continue;
        QStringList entries;
        QSet<QString> seenEntries;
        for (const QJsonValue &v : it.value().toArray()) {
            const QString entry = v.toString();
            if (isSourceMachineEntry(entry) && entries.size() < kMaxSourceMachinesPerRole &&
                !seenEntries.contains(entry)) {
                seenEntries.insert(entry);
                entries << entry;
            }
        }
        if (!entries.isEmpty())
            m.sources.listed.insert(it.key(), entries);
    }
    const QJsonObject listedAs = run.value(u"listed_as"_s).toObject();
    for (auto it = listedAs.begin(); it != listedAs.end(); ++it) {
        if (catalog.role(it.key()) && isSourceMachineEntry(it.value().toString()))
            m.sources.thisRun.insert(it.key(), it.value().toString());
    }
    if (const QString file = run.value(u"profile_file"_s).toString(); isProfileFileName(file))
        m.sources.profileFile = file;
    const QJsonObject options = run.value(u"options"_s).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        const Option *option = catalog.option(it.key());
        const QByteArray key = it.key().toUtf8();
        if (!option || !option->value(it.value().toString()))
            return failAt(at({{"run"}, {"options"}, {key}}),
                          mergeText(QT_TRANSLATE_NOOP("Merge", "unknown option value %1=%2"),
                                    {Text::plain(it.key()), Text::plain(it.value().toString())}));
        m.options.insert(it.key(), it.value().toString());
    }
    if (m.host.isEmpty())
        return failAt(at({{"run"}, {"host"}}), mergeText(QT_TRANSLATE_NOOP("Merge", "the run has no host")));

    // The messages of one file may expand to about twice its size, no more (nested %1 fan out).
    qint64 textBudget = 2 * bytes.size() + Text::kMaxExpandedLength;
    QSet<QString> seen;
    QHash<QString, QHash<QString, qsizetype>> hostIndex; // role -> host -> position in hosts[role]
    const QJsonArray checks = root.value(u"checks"_s).toArray();
    out->run.results.reserve(checks.size());
    out->catalogPorts.reserve(checks.size());
    seen.reserve(checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks.at(i).toObject();
        const QString linkId = c.value("link"_L1).toString();
        const Link *link = catalog.link(linkId);
        if (!link)
            return failAt(at({{"checks"}, {{}, i}, {"link"}}),
                          mergeText(QT_TRANSLATE_NOOP("Merge", "check %1: unknown link '%2'"),
                                    {Text::plain(QString::number(i + 1)), Text::plain(linkId)}));
        const QString host = c.value("host"_L1).toString();
        const int port = c.value("port"_L1).toInt();
        const int catalogPort = c.value("catalog_port"_L1).toInt(port);
        const std::optional<ProbeKind> kind = probeKindFromId(c.value("probe"_L1).toString());
        const std::optional<ProbeState> state = probeStateFromId(c.value("state"_L1).toString());
        const std::optional<ServiceState> service = serviceStateFromId(c.value("service"_L1).toString());
        // Name the field: "missing or bad host, port, ..." left the reader to guess which.
        const auto badField = [&](const char *field, qsizetype element = -1) {
            const Text where = Text::plain(QString::number(i + 1));
            const QJsonValue v = c.value(QLatin1String(field));
            const QString position = element < 0 ? at({{"checks"}, {{}, i}, {field}})
                                                 : at({{"checks"}, {{}, i}, {field}, {{}, element}});
            return failAt(position,
                          mergeText(QT_TRANSLATE_NOOP("Merge", "check %1: \"%2\" is missing or bad (%3)"),
                                    {where, Text::plain(QLatin1String(field)),
                                     Text::plain(v.isUndefined() ? u"missing"_s : jsonLiteral(v).left(80))}));
        };
        if (host.isEmpty())
            return badField("host");
        if (port < 1 || port > 65535)
            return badField("port");
        if (catalogPort < 1 || catalogPort > 65535)
            return badField("catalog_port");
        if (!kind)
            return badField("probe");
        if (!state)
            return badField("state");
        if (!service)
            return badField("service");
        if (!out->components.contains(link->component))
            out->components << link->component;
        ProfileHost &h = hostEntry(out->hosts[link->to], hostIndex[link->to], host);
        if (port != catalogPort) {
            h.portOverrides.insert(static_cast<quint16>(catalogPort), static_cast<quint16>(port));
            h.standIn = h.standIn || c.value("stand_in"_L1).toBool();
        }
        const QString viaText = c.value("via"_L1).toString();
        const QString via = viaText == u"direct"_s ? QString() : viaText;
        if (!via.isEmpty() && via != m.proxy)
            return badField("via");
        if (*state == ProbeState::NotTested)
            continue;
        const QString key = ProbeTarget::probeKey(host, static_cast<quint16>(port), *kind, via);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        ProbeResult r;
        r.host = host;
        r.port = static_cast<quint16>(port);
        r.kind = *kind;
        r.via = via;
        r.state = *state;
        r.service = *service;
        r.address = c.value("address"_L1).toString();
        r.latencyMs = c.value("latency_ms"_L1).toDouble(-1);
        if (const QJsonValue text = c.value("message_text"_L1); !text.isUndefined())
            r.message = Text::fromJson(text, &textBudget);
        else
            r.message = Text::plain(c.value("message"_L1).toString());
        const QJsonObject facts = c.value("facts"_L1).toObject();
        for (auto f = facts.begin(); f != facts.end(); ++f)
            r.facts.insert(f.key(), f.value().toString());
        // Every address of the name (at most the runner's kMaxAddresses are ever written).
        const QJsonArray addresses = c.value("addresses"_L1).toArray();
        for (qsizetype n = 0; n < std::min<qsizetype>(addresses.size(), kMaxAddresses); ++n) {
            const QJsonObject e = addresses.at(n).toObject();
            const auto aState = probeStateFromId(e.value("state"_L1).toString());
            const auto aService = serviceStateFromId(e.value("service"_L1).toString());
            if (!aState || !aService)
                return badField("addresses", n);
            r.addresses.append({e.value("address"_L1).toString().left(64), *aState, *aService,
                                e.value("latency_ms"_L1).toDouble(-1),
                                Text::plain(e.value("message"_L1).toString().left(1024))});
        }
        out->run.results.append(std::move(r));
        out->catalogPorts.append(static_cast<quint16>(catalogPort));
    }
    return true;
}

bool ResultsReader::readStreaming(const Catalog &catalog, const QByteArray &bytes, ParsedResults *out)
{
    const char *const end = bytes.constData() + bytes.size();
    // A member's value, when present, of the one type the writer gives it; absent: the default
    // that QJsonValue's conversions give.
    const auto string = [](const Field &f, QString *s) {
        if (!f.at) {
            s->clear();
            return true;
        }
        if (!f.isString)
            return false;
        if (f.escaped)
            return Cursor::unescape(f.raw, s);
        *s = QString::fromUtf8(f.raw);
        return true;
    };
    const auto number = [end](const Field &f, double *d) {
        Cursor c(f.at, end);
        return !f.at || c.number(d);
    };
    const auto boolean = [end](const Field &f, bool *b) {
        Cursor c(f.at, end);
        *b = false;
        return !f.at || c.boolean(b);
    };
    // An id's meaning, through `cache` when it has no escapes.
    const auto id = [&string](const Field &f, auto &cache, auto &&lookUp) {
        if (f.isString && !f.escaped)
            return cache.find(f.raw, lookUp);
        QString text;
        string(f, &text);
        return lookUp(text);
    };

    // The messages of one file may expand to about twice its size, no more (nested %1 fan out).
    qint64 textBudget = 2 * bytes.size() + Text::kMaxExpandedLength;
    QSet<Probed> seen;
    QHash<QString, QHash<QString, qsizetype>> hostIndex; // role -> host -> position in hosts[role]
    QSet<QString> vias;                                  // checked against the run's proxy at the end
    IdCache<const Link *> links;
    IdCache<std::optional<ProbeKind>> kinds;
    IdCache<std::optional<ProbeState>> states;
    IdCache<std::optional<ServiceState>> services;
    const auto link = [&catalog](const QString &linkId) {
        return catalog.link(linkId);
    };

    static constexpr std::array<QByteArrayView, 15> kCheck{
        "link", "host",    "port",       "catalog_port", "probe",   "state", "service",  "stand_in",
        "via",  "address", "latency_ms", "message_text", "message", "facts", "addresses"};
    static constexpr std::array<QByteArrayView, 5> kAddress{"address", "state", "service", "latency_ms",
                                                            "message"};
    // One check, as the document reader takes it (the `via` is checked once the run is known).
    const auto readCheck = [&](Cursor &cursor) {
        Members<kCheck.size()> c{kCheck};
        if (cursor.peek() != '{' ||
            !cursor.members([&](QByteArrayView key) { return c.read(cursor, key, 3); }))
            return false;
        const auto &[linkAt, hostAt, portAt, catalogPortAt, probeAt, stateAt, serviceAt, standInAt, viaAt,
                     addressAt, latencyAt, messageTextAt, messageAt, factsAt, addressesAt] = c.fields;
        QString host, viaText;
        double port = 0, catalogPortValue = 0;
        bool standIn = false;
        if (!string(hostAt, &host) || !number(portAt, &port) || !number(catalogPortAt, &catalogPortValue) ||
            !boolean(standInAt, &standIn) || !string(viaAt, &viaText))
            return false;
        const Link *l = id(linkAt, links, link);
        const int probedPort = portAt.at ? toInt(port, 0) : 0;
        const int catalogPort = catalogPortAt.at ? toInt(catalogPortValue, probedPort) : probedPort;
        const std::optional<ProbeKind> kind = id(probeAt, kinds, probeKindFromId);
        const std::optional<ProbeState> state = id(stateAt, states, probeStateFromId);
        const std::optional<ServiceState> service = id(serviceAt, services, serviceStateFromId);
        // A '|' in a host would make two probes one key in the document reader (host|port|kind).
        if (!l || host.isEmpty() || host.contains(u'|') || probedPort < 1 || probedPort > 65535 ||
            catalogPort < 1 || catalogPort > 65535 || !kind || !state || !service)
            return false;
        if (!out->components.contains(l->component))
            out->components << l->component;
        ProfileHost &h = hostEntry(out->hosts[l->to], hostIndex[l->to], host);
        if (probedPort != catalogPort) {
            h.portOverrides.insert(static_cast<quint16>(catalogPort), static_cast<quint16>(probedPort));
            h.standIn = h.standIn || standIn;
        }
        const QString via = viaText == u"direct"_s ? QString() : viaText;
        if (!via.isEmpty())
            vias.insert(via);
        if (*state == ProbeState::NotTested)
            return true;
        const Probed key{host, static_cast<quint16>(probedPort), *kind, via};
        if (seen.contains(key))
            return true;
        seen.insert(key);
        ProbeResult r;
        r.host = host;
        r.port = static_cast<quint16>(probedPort);
        r.kind = *kind;
        r.via = via;
        r.state = *state;
        r.service = *service;
        QString message;
        if (!string(addressAt, &r.address) || !number(latencyAt, &r.latencyMs) ||
            !string(messageAt, &message))
            return false;
        if (!latencyAt.at)
            r.latencyMs = -1;
        if (messageTextAt.at) {
            QJsonValue text;
            Cursor t(messageTextAt.at, end);
            if (!t.jsonValue(0, &text))
                return false;
            r.message = Text::fromJson(text, &textBudget);
        } else {
            r.message = Text::plain(message);
        }
        if (factsAt.at) {
            Cursor f(factsAt.at, end);
            const bool ok = f.members([&](QByteArrayView name) {
                const QString fact = QString::fromUtf8(name);
                QString value;
                if (!f.string(&value) || r.facts.contains(fact))
                    return false;
                r.facts.insert(fact, value);
                return true;
            });
            if (!ok)
                return false;
        }
        // Every address of the name (at most the runner's kMaxAddresses are ever written).
        if (addressesAt.at) {
            Cursor a(addressesAt.at, end);
            const bool ok = a.elements([&] {
                if (r.addresses.size() == kMaxAddresses)
                    return a.skipValue(4);
                Members<kAddress.size()> e{kAddress};
                if (a.peek() != '{' || !a.members([&](QByteArrayView name) { return e.read(a, name, 5); }))
                    return false;
                AddressOutcome outcome;
                QString aMessage;
                if (!string(e.fields[0], &outcome.address) || !number(e.fields[3], &outcome.latencyMs) ||
                    !string(e.fields[4], &aMessage))
                    return false;
                const auto s = id(e.fields[1], states, probeStateFromId);
                const auto v = id(e.fields[2], services, serviceStateFromId);
                if (!s || !v)
                    return false;
                outcome.address.truncate(64);
                outcome.state = *s;
                outcome.service = *v;
                if (!e.fields[3].at)
                    outcome.latencyMs = -1;
                outcome.message = Text::plain(aMessage.left(1024));
                r.addresses.append(std::move(outcome));
                return true;
            });
            if (!ok)
                return false;
        }
        out->run.results.append(std::move(r));
        out->catalogPorts.append(static_cast<quint16>(catalogPort));
        return true;
    };

    // One pass over the document: the checks as they come (the writer puts them first), the
    // other members of the root noted; Qt's reader refuses a syntax error anywhere, so the whole
    // document is read to its end before anything is taken.
    static constexpr std::array<QByteArrayView, 5> kRoot{"tool", "schema", "version", "run", "verdicts"};
    Members<kRoot.size()> root{kRoot};
    bool checksSeen = false;
    Cursor doc(bytes.constData(), end);
    const bool wellFormed = doc.peek() == '{' && doc.members([&](QByteArrayView key) {
        if (key != "checks")
            return root.read(doc, key, 1);
        if (checksSeen || doc.peek() != '[')
            return false;
        checksSeen = true;
        return doc.elements([&] { return readCheck(doc); });
    });
    if (!wellFormed || !doc.atEnd() || !checksSeen)
        return false;
    const auto &[toolAt, schemaAt, versionAt, runAt, verdictsAt] = root.fields;
    QString tool;
    double schema = 0;
    if (!string(toolAt, &tool) || tool != u"guardian-portcheck"_s || !schemaAt.at ||
        !number(schemaAt, &schema) || schema != 1 || !runAt.at || *runAt.at != '{' || !verdictsAt.at)
        return false;

    RunMetadata &m = out->run.meta;
    if (!string(versionAt, &m.toolVersion))
        return false;
    static constexpr std::array<QByteArrayView, 19> kRun{
        "started",         "finished",       "host",         "catalog", "profile",   "cancelled",
        "proxy",           "m365_endpoints", "azure_region", "user",    "vantage",   "options",
        "source_machines", "listed_as",      "profile_file", "ticket",  "requester", "approver",
        "source_networks"};
    Members<kRun.size()> run{kRun};
    Cursor runCursor(runAt.at, end);
    if (!runCursor.members([&](QByteArrayView key) { return run.read(runCursor, key, 2); }))
        return false;
    const auto &f = run.fields;
    QString started, finished, proxyUrl, proxySource, endpoints, region, user;
    if (!string(f[0], &started) || !string(f[1], &finished) || !string(f[2], &m.host) ||
        !string(f[3], &m.catalog) || !string(f[4], &m.profile) || !boolean(f[5], &m.cancelled) ||
        !string(f[7], &endpoints) || !string(f[8], &region) || !string(f[9], &user))
        return false;
    m.started = QDateTime::fromString(started, Qt::ISODateWithMs);
    m.finished = QDateTime::fromString(finished, Qt::ISODateWithMs);
    if (f[6].at) {
        static constexpr std::array<QByteArrayView, 2> kProxy{"url", "source"};
        Members<kProxy.size()> proxy{kProxy};
        Cursor c(f[6].at, end);
        if (!c.members([&](QByteArrayView key) { return proxy.read(c, key, 3); }) ||
            !string(proxy.fields[0], &proxyUrl) || !string(proxy.fields[1], &proxySource))
            return false;
    }
    if (proxyUrl != u"direct"_s && !proxyUrl.isEmpty()) {
        QString error;
        const auto endpoint = parseProxyUrl(proxyUrl, &error);
        if (!endpoint)
            return false;
        m.proxy = endpoint->url();
    }
    m.proxySource = proxySource.left(200);
    m.endpointList = endpoints.left(1200);
    if (Azure::isRegionName(region))
        m.azureRegion = region;
    const auto oneLine = [](const QString &text) -> QString {
        return changeFieldProblem(text).isEmpty() ? text : QString();
    };
    for (std::size_t i = 0; i < kChangeFields.size(); ++i) {
        Q_ASSERT(kRun[15 + i] == QByteArrayView(kChangeFields[i].key)); // kRun ends with them, in order
        QString value;
        if (!string(f[15 + i], &value))
            return false;
        m.change.*kChangeFields[i].member = oneLine(value);
    }
    m.user = oneLine(user);
    if (f[10].at) {
        Cursor c(f[10].at, end);
        const bool ok = c.elements([&] {
            QString role;
            if (!c.string(&role) || !catalog.role(role))
                return false;
            m.vantage << role;
            return true;
        });
        if (!ok)
            return false;
    }
    if (f[11].at) {
        Cursor c(f[11].at, end);
        const bool ok = c.members([&](QByteArrayView key) {
            const QString optionId = QString::fromUtf8(key);
            QString value;
            const Option *option = catalog.option(optionId);
            if (!c.string(&value) || !option || !option->value(value) || m.options.contains(optionId))
                return false;
            m.options.insert(optionId, value);
            return true;
        });
        if (!ok)
            return false;
    }
    // The site's source machines: anything the other reader would leave out makes it read the file.
    if (f[12].at) {
        Cursor c(f[12].at, end);
        const bool ok = c.members([&](QByteArrayView key) {
            const QString role = QString::fromUtf8(key);
            if (!catalog.role(role) || m.sources.listed.contains(role))
                return false;
            QStringList entries;
            QSet<QString> seenEntries;
            const bool elementsOk = c.elements([&] {
                QString entry;
                if (!c.string(&entry) || !isSourceMachineEntry(entry) || seenEntries.contains(entry) ||
                    entries.size() >= kMaxSourceMachinesPerRole)
                    return false;
                seenEntries.insert(entry);
                entries << entry;
                return true;
            });
            if (!elementsOk || entries.isEmpty())
                return false;
            m.sources.listed.insert(role, entries);
            return true;
        });
        if (!ok)
            return false;
    }
    if (f[13].at) {
        Cursor c(f[13].at, end);
        const bool ok = c.members([&](QByteArrayView key) {
            const QString role = QString::fromUtf8(key);
            QString entry;
            if (!catalog.role(role) || m.sources.thisRun.contains(role) || !c.string(&entry) ||
                !isSourceMachineEntry(entry))
                return false;
            m.sources.thisRun.insert(role, entry);
            return true;
        });
        if (!ok)
            return false;
    }
    if (f[14].at && (!string(f[14], &m.sources.profileFile) || !isProfileFileName(m.sources.profileFile)))
        return false;
    // The source roles' networks: anything but what the writer writes makes the other reader explain it.
    if (f[18].at) {
        Cursor c(f[18].at, end);
        const bool ok = c.members([&](QByteArrayView key) {
            const QString role = QString::fromUtf8(key);
            if (!catalog.role(role) || m.sourceNetworks.contains(role))
                return false;
            QStringList entries;
            const bool elementsOk = c.elements([&] {
                QString entry;
                if (!c.string(&entry) || !isSourceNetwork(entry) || entries.contains(entry) ||
                    entries.size() >= kMaxSourceNetworksPerRole)
                    return false;
                entries << entry;
                return true;
            });
            if (!elementsOk || entries.isEmpty())
                return false;
            m.sourceNetworks.insert(role, entries);
            return true;
        });
        if (!ok)
            return false;
    }
    return !m.host.isEmpty() &&
           std::all_of(vias.cbegin(), vias.cend(), [&](const QString &via) { return via == m.proxy; });
}

QString ResultsReader::difference(const ParsedResults &a, const ParsedResults &b)
{
    const RunMetadata &m = a.run.meta;
    const RunMetadata &n = b.run.meta;
    const std::pair<const char *, bool> meta[] = {
        {"version", m.toolVersion == n.toolVersion},
        {"started", m.started == n.started && m.started.isValid() == n.started.isValid()},
        {"finished", m.finished == n.finished && m.finished.isValid() == n.finished.isValid()},
        {"host", m.host == n.host},
        {"user", m.user == n.user},
        {"vantage", m.vantage == n.vantage},
        {"catalog", m.catalog == n.catalog},
        {"profile", m.profile == n.profile},
        {"options", m.options == n.options},
        {"proxy", m.proxy == n.proxy && m.proxySource == n.proxySource},
        {"m365_endpoints", m.endpointList == n.endpointList},
        {"azure_region", m.azureRegion == n.azureRegion},
        {"source_networks", m.sourceNetworks == n.sourceNetworks},
        {"sources", m.sources == n.sources},
        {"change", m.change == n.change},
        {"cancelled", m.cancelled == n.cancelled},
        {"components", a.components == b.components},
        {"hosts", a.hosts == b.hosts},
        // Not QList's ==: Qt 6.4 passes memcmp() the null data of two empty lists (UBSan).
        {"catalogPorts", std::equal(a.catalogPorts.cbegin(), a.catalogPorts.cend(), b.catalogPorts.cbegin(),
                                    b.catalogPorts.cend())},
        {"results", a.run.results.size() == b.run.results.size()},
    };
    for (const auto &[field, same] : meta) {
        if (!same)
            return QString::fromLatin1(field);
    }
    for (qsizetype i = 0; i < a.run.results.size(); ++i) {
        const ProbeResult &r = a.run.results.at(i);
        const ProbeResult &s = b.run.results.at(i);
        bool addressesSame = r.addresses.size() == s.addresses.size();
        for (qsizetype k = 0; addressesSame && k < r.addresses.size(); ++k) {
            const AddressOutcome &x = r.addresses.at(k);
            const AddressOutcome &y = s.addresses.at(k);
            addressesSame = x.address == y.address && x.state == y.state && x.service == y.service &&
                            x.latencyMs == y.latencyMs && x.message == y.message;
        }
        const std::pair<const char *, bool> fields[] = {
            {"probe", r.host == s.host && r.port == s.port && r.kind == s.kind && r.via == s.via},
            {"state", r.state == s.state && r.service == s.service},
            {"address", r.address == s.address},
            {"latency_ms", r.latencyMs == s.latencyMs},
            {"facts", r.facts == s.facts},
            {"message", r.message == s.message},
            {"addresses", addressesSame},
        };
        for (const auto &[field, same] : fields) {
            if (!same)
                return u"results["_s + QString::number(i) + u"]."_s + QString::fromLatin1(field);
        }
    }
    return {};
}

} // namespace PortCheck
