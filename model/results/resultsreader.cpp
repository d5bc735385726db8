#include "model/results/resultsreader.h"

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

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text mergeText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Merge", source, std::move(args));
}

constexpr qint64 kMaxResultFileBytes = 256LL * 1024 * 1024;
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
    if (schema.toInt() != kResultsSchema)
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

MergeOutcome mergeResultFiles(const Catalog &catalog, const QStringList &paths)
{
    QList<QPair<QString, QByteArray>> documents;
    QList<Text> errors;
    for (const QString &path : paths) {
        // Not QFile::open() first: a FIFO would block it, /dev/zero would never end.
        Text why;
        std::optional<QByteArray> bytes = readInputFile(path, kMaxResultFileBytes, &why);
        if (!bytes) {
            errors << mergeText(QT_TRANSLATE_NOOP("Merge", "%1: %2"), {Text::plain(path), why});
            continue;
        }
        documents.append({path, std::move(*bytes)});
    }
    if (!errors.isEmpty())
        return {{}, errors};
    return mergeResultDocuments(catalog, documents);
}

MergeOutcome mergeResultDocuments(const Catalog &catalog, const QList<QPair<QString, QByteArray>> &documents)
{
    QList<NamedResults> parsed;
    QList<Text> errors;
    for (const auto &[path, bytes] : documents) {
        NamedResults p;
        p.path = path;
        if (readResults(catalog, path, bytes, &p, &errors))
            parsed.append(std::move(p));
    }
    if (!errors.isEmpty())
        return {{}, errors};
    return mergeResults(catalog, std::move(parsed));
}

} // namespace PortCheck
