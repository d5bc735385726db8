#include "report.h"

#include "inputfile.h"
#include "profile/profile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text mergeText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Merge", source, std::move(args));
}

constexpr qint64 kMaxResultFileBytes = 256LL * 1024 * 1024;

struct Parsed
{
    QString path;
    RunResult run;
    QStringList components;
    QMap<QString, QList<ProfileHost>> hosts; // role -> hosts with their overrides
};

bool parseDocument(const Catalog &catalog, const QString &path, const QByteArray &bytes, Parsed *out,
                   QList<Text> *errors)
{
    const auto fail = [&](const Text &what) {
        errors->append(mergeText(QT_TRANSLATE_NOOP("Merge", "%1: %2"), {Text::plain(path), what}));
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // LINE:COLUMN as editors show them, not Qt's byte offset.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const QString line = QString::number(before.count('\n') + 1);
        const QString column = QString::number(QString::fromUtf8(before.mid(lineStart)).size() + 1);
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
        return fail(
            mergeText(QT_TRANSLATE_NOOP("Merge", "\"schema\" must be the number 1, found %1"),
                      {Text::plain(schema.isUndefined()
                                       ? u"nothing"_s
                                       : QString::fromUtf8(
                                             QJsonDocument(QJsonArray{schema}).toJson(QJsonDocument::Compact))
                                             .mid(1)
                                             .chopped(1))}));
    if (schema.toInt() != 1)
        return fail(mergeText(QT_TRANSLATE_NOOP("Merge", "schema %1 is not supported, expected 1"),
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
    m.user = run.value(u"user"_s).toString();
    m.catalog = run.value(u"catalog"_s).toString();
    m.profile = run.value(u"profile"_s).toString();
    m.cancelled = run.value(u"cancelled"_s).toBool();
    for (const QJsonValue &v : run.value(u"vantage"_s).toArray()) {
        if (!catalog.role(v.toString()))
            return fail(mergeText(QT_TRANSLATE_NOOP("Merge", "unknown vantage role '%1'"),
                                  {Text::plain(v.toString())}));
        m.vantage << v.toString();
    }
    const QJsonObject options = run.value(u"options"_s).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        const Option *option = catalog.option(it.key());
        if (!option || !option->value(it.value().toString()))
            return fail(mergeText(QT_TRANSLATE_NOOP("Merge", "unknown option value %1=%2"),
                                  {Text::plain(it.key()), Text::plain(it.value().toString())}));
        m.options.insert(it.key(), it.value().toString());
    }
    if (m.host.isEmpty())
        return fail(mergeText(QT_TRANSLATE_NOOP("Merge", "the run has no host")));

    // The messages of one file may expand to about twice its size, no more (nested %1 fan out).
    qint64 textBudget = 2 * bytes.size() + Text::kMaxExpandedLength;
    QSet<QString> seen;
    const QJsonArray checks = root.value(u"checks"_s).toArray();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks.at(i).toObject();
        const Text where = Text::plain(QString::number(i + 1));
        const Link *link = catalog.link(c.value(u"link"_s).toString());
        if (!link)
            return fail(mergeText(QT_TRANSLATE_NOOP("Merge", "check %1: unknown link '%2'"),
                                  {where, Text::plain(c.value(u"link"_s).toString())}));
        const QString host = c.value(u"host"_s).toString();
        const int port = c.value(u"port"_s).toInt();
        const int catalogPort = c.value(u"catalog_port"_s).toInt(port);
        const std::optional<ProbeKind> kind = probeKindFromId(c.value(u"probe"_s).toString());
        const std::optional<ProbeState> state = probeStateFromId(c.value(u"state"_s).toString());
        const std::optional<ServiceState> service = serviceStateFromId(c.value(u"service"_s).toString());
        // Name the field: "missing or bad host, port, ..." left the reader to guess which.
        const auto badField = [&](const char *field) {
            const QJsonValue v = c.value(QLatin1String(field));
            return fail(
                mergeText(QT_TRANSLATE_NOOP("Merge", "check %1: \"%2\" is missing or bad (%3)"),
                          {where, Text::plain(QLatin1String(field)),
                           Text::plain(v.isUndefined()
                                           ? u"missing"_s
                                           : QString::fromUtf8(
                                                 QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                                 .mid(1)
                                                 .chopped(1)
                                                 .left(80))}));
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
        QList<ProfileHost> &hosts = out->hosts[link->to];
        auto h =
            std::find_if(hosts.begin(), hosts.end(), [&](const ProfileHost &x) { return x.host == host; });
        if (h == hosts.end()) {
            hosts.append({host, {}});
            h = hosts.end() - 1;
        }
        if (port != catalogPort)
            h->portOverrides.insert(static_cast<quint16>(catalogPort), static_cast<quint16>(port));
        if (*state == ProbeState::NotTested)
            continue;
        const QString key = ProbeTarget::probeKey(host, static_cast<quint16>(port), *kind);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        ProbeResult r;
        r.host = host;
        r.port = static_cast<quint16>(port);
        r.kind = *kind;
        r.state = *state;
        r.service = *service;
        r.address = c.value(u"address"_s).toString();
        r.latencyMs = c.value(u"latency_ms"_s).toDouble(-1);
        r.message = c.contains(u"message_text"_s) ? Text::fromJson(c.value(u"message_text"_s), &textBudget)
                                                  : Text::plain(c.value(u"message"_s).toString());
        const QJsonObject facts = c.value(u"facts"_s).toObject();
        for (auto f = facts.begin(); f != facts.end(); ++f)
            r.facts.insert(f.key(), f.value().toString());
        out->run.results.append(r);
    }
    return true;
}

QStringList inCatalogOrder(const QList<Role> &roles, const QSet<QString> &ids)
{
    QStringList ordered;
    for (const Role &r : roles) {
        if (ids.contains(r.id))
            ordered << r.id;
    }
    return ordered;
}
} // namespace

QList<const RunResult *> ReportData::runsFrom(const QString &role) const
{
    QList<const RunResult *> found;
    for (const RunResult &r : runs) {
        if (r.meta.vantage.contains(role))
            found.append(&r);
    }
    return found;
}

ReportData reportFromRun(const Catalog &catalog, const Plan &plan, const RunResult &run)
{
    ReportData report;
    report.plan = plan;
    report.meta = run.meta;
    report.runs = {run};
    report.verdicts = computeVerdicts(catalog, plan, run.index());
    return report;
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
    MergeOutcome outcome;
    QList<Parsed> parsed;
    for (const auto &[path, bytes] : documents) {
        Parsed p;
        p.path = path;
        if (parseDocument(catalog, path, bytes, &p, &outcome.errors))
            parsed.append(p);
    }
    if (documents.isEmpty())
        outcome.errors << mergeText(QT_TRANSLATE_NOOP("Merge", "no results files to merge"));
    if (!outcome.ok())
        return outcome;

    // One profile for all: the same modes, every host seen by any machine.
    Profile merged = Profile::defaults(catalog);
    merged.components.clear();
    merged.options = parsed.first().run.meta.options;
    QSet<QString> vantage;
    for (const Parsed &p : std::as_const(parsed)) {
        if (p.run.meta.options != merged.options) {
            QList<Text> differences;
            for (const Option &o : catalog.options) {
                const QString a = merged.options.value(o.id, o.defaultValue);
                const QString b = p.run.meta.options.value(o.id, o.defaultValue);
                if (a != b)
                    differences << Text::plain(o.id + u": "_s + a + u" in "_s + parsed.first().path +
                                               u", "_s + b + u" here"_s);
            }
            if (!differences.isEmpty())
                outcome.errors << mergeText(QT_TRANSLATE_NOOP("Merge",
                                                              "%1: ran with other modes, so the verdicts "
                                                              "cannot be joined (%2)"),
                                            {Text::plain(p.path), Text::sentences(differences)});
        }
        if (p.run.meta.catalog != parsed.first().run.meta.catalog)
            outcome.report.warnings << mergeText(QT_TRANSLATE_NOOP("Merge", "%1: catalog %2, %3: %4"),
                                                 {Text::plain(p.path), Text::plain(p.run.meta.catalog),
                                                  Text::plain(parsed.first().path),
                                                  Text::plain(parsed.first().run.meta.catalog)});
        for (const QString &v : p.run.meta.vantage)
            vantage.insert(v);
        for (const QString &c : p.components) {
            if (!merged.components.contains(c))
                merged.components << c;
        }
        for (auto it = p.hosts.cbegin(); it != p.hosts.cend(); ++it) {
            QList<ProfileHost> &hosts = merged.hosts[it.key()];
            for (const ProfileHost &h : it.value()) {
                auto existing = std::find_if(hosts.begin(), hosts.end(),
                                             [&](const ProfileHost &x) { return x.host == h.host; });
                if (existing == hosts.end())
                    hosts.append(h);
                else
                    existing->portOverrides.insert(h.portOverrides);
            }
        }
    }
    if (!outcome.ok())
        return outcome;
    merged.vantage = inCatalogOrder(catalog.roles, vantage);

    ReportData &report = outcome.report;
    report.plan = buildPlan(catalog, merged);
    RunMetadata &meta = report.meta;
    meta = parsed.first().run.meta;
    meta.vantage = merged.vantage;
    QStringList hosts;
    QStringList users;
    for (const Parsed &p : std::as_const(parsed)) {
        report.runs.append(p.run);
        if (!hosts.contains(p.run.meta.host))
            hosts << p.run.meta.host;
        if (!p.run.meta.user.isEmpty() && !users.contains(p.run.meta.user))
            users << p.run.meta.user;
        if (p.run.meta.started.isValid() && (!meta.started.isValid() || p.run.meta.started < meta.started))
            meta.started = p.run.meta.started;
        if (p.run.meta.finished > meta.finished)
            meta.finished = p.run.meta.finished;
        meta.cancelled = meta.cancelled || p.run.meta.cancelled;
    }
    meta.host = hosts.join(u", "_s);
    meta.user = users.join(u", "_s);
    meta.profile = u"merged from "_s + QString::number(parsed.size()) + u" results files"_s;

    // Each machine's verdicts for the links that start on it; links no machine opens stay
    // "not tested" with the command to run where they start.
    Profile nobody = merged;
    nobody.vantage.clear();
    const QList<Verdict> untested = computeVerdicts(catalog, buildPlan(catalog, nobody), {});
    QHash<QString, QList<Verdict>> observed;
    for (const RunResult &run : std::as_const(report.runs)) {
        Profile own = merged;
        own.vantage = run.meta.vantage;
        const Plan plan = buildPlan(catalog, own);
        const QList<Verdict> verdicts = computeVerdicts(catalog, plan, run.index());
        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            if (!plan.items.at(i).testable)
                continue;
            Verdict v = verdicts.at(i);
            v.observer = run.meta.host;
            observed[v.link + u'|' + v.host].append(v);
        }
    }
    for (const Verdict &v : untested) {
        const QList<Verdict> seen = observed.value(v.link + u'|' + v.host);
        if (seen.isEmpty())
            report.verdicts.append(v);
        else
            report.verdicts += seen;
    }
    return outcome;
}

} // namespace PortCheck
