#include "model/catalog/azureservicetags.h"
#include "model/jsoncursor.h"
#include "model/probe/proxy.h"
#include "model/results/resultsreader.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

using Cursor = JsonCursor;

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
        !number(schemaAt, &schema) || schema != kResultsSchema || !runAt.at || *runAt.at != '{' ||
        !verdictsAt.at)
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

} // namespace PortCheck
