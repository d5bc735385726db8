#include "model/results/resultswriter.h"

#include "model/results/results.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

QJsonObject runObject(const RunMetadata &m)
{
    QJsonObject run;
    run.insert(u"started"_s, m.started.toString(Qt::ISODateWithMs));
    run.insert(u"finished"_s, m.finished.toString(Qt::ISODateWithMs));
    run.insert(u"host"_s, m.host);
    if (!m.user.isEmpty())
        run.insert(u"user"_s, m.user);
    run.insert(u"vantage"_s, QJsonArray::fromStringList(m.vantage));
    run.insert(u"catalog"_s, m.catalog);
    if (!m.profile.isEmpty())
        run.insert(u"profile"_s, m.profile);
    if (!m.sources.profileFile.isEmpty())
        run.insert(u"profile_file"_s, m.sources.profileFile);
    if (!m.sources.listed.isEmpty()) {
        QJsonObject listed;
        for (auto it = m.sources.listed.cbegin(); it != m.sources.listed.cend(); ++it)
            listed.insert(it.key(), QJsonArray::fromStringList(it.value()));
        run.insert(u"source_machines"_s, listed);
    }
    if (!m.sources.thisRun.isEmpty()) {
        QJsonObject listedAs;
        for (auto it = m.sources.thisRun.cbegin(); it != m.sources.thisRun.cend(); ++it)
            listedAs.insert(it.key(), it.value());
        run.insert(u"listed_as"_s, listedAs);
    }
    QJsonObject options;
    for (auto it = m.options.cbegin(); it != m.options.cend(); ++it)
        options.insert(it.key(), it.value());
    run.insert(u"options"_s, options);
    QJsonObject proxy{{u"url"_s, m.proxy.isEmpty() ? u"direct"_s : m.proxy}};
    if (!m.proxySource.isEmpty())
        proxy.insert(u"source"_s, m.proxySource);
    run.insert(u"proxy"_s, proxy);
    if (!m.endpointList.isEmpty())
        run.insert(u"m365_endpoints"_s, m.endpointList);
    if (!m.azureRegion.isEmpty())
        run.insert(u"azure_region"_s, m.azureRegion);
    if (!m.sourceNetworks.isEmpty()) {
        QJsonObject networks;
        for (auto it = m.sourceNetworks.cbegin(); it != m.sourceNetworks.cend(); ++it)
            networks.insert(it.key(), QJsonArray::fromStringList(it.value()));
        run.insert(u"source_networks"_s, networks);
    }
    for (const ChangeField &f : kChangeFields) {
        if (const QString &value = m.change.*f.member; !value.isEmpty())
            run.insert(QLatin1StringView(f.key), value);
    }
    if (m.cancelled) {
        run.insert(u"cancelled"_s, true);
        run.insert(u"incomplete"_s, true);
        if (!m.endedBy.isEmpty())
            run.insert(u"ended_by"_s, m.endedBy);
    }
    return run;
}

void fillResult(QJsonObject &o, const ProbeResult &r)
{
    o.insert(u"address"_s, r.address);
    o.insert(u"state"_s, probeStateId(r.state));
    o.insert(u"service"_s, serviceStateId(r.service));
    if (r.latencyMs >= 0)
        o.insert(u"latency_ms"_s, qRound(r.latencyMs * 100) / 100.0);
    QJsonObject facts;
    for (auto it = r.facts.cbegin(); it != r.facts.cend(); ++it)
        facts.insert(it.key(), it.value());
    o.insert(u"facts"_s, facts);
    o.insert(u"message"_s, r.message.english());
    if (!r.message.isPlain())
        o.insert(u"message_text"_s, r.message.toJson());
    if (!r.addresses.isEmpty()) {
        QJsonArray each;
        for (const AddressOutcome &a : r.addresses) {
            QJsonObject e;
            e.insert(u"address"_s, a.address);
            e.insert(u"state"_s, probeStateId(a.state));
            e.insert(u"service"_s, serviceStateId(a.service));
            if (a.latencyMs >= 0)
                e.insert(u"latency_ms"_s, qRound(a.latencyMs * 100) / 100.0);
            e.insert(u"message"_s, a.message.english());
            each.append(e);
        }
        o.insert(u"addresses"_s, each);
    }
}

QJsonObject document(const RunMetadata &meta)
{
    QJsonObject doc;
    doc.insert(u"tool"_s, u"guardian-portcheck"_s);
    doc.insert(u"version"_s, meta.toolVersion);
    doc.insert(u"schema"_s, kResultsSchema);
    doc.insert(u"run"_s, runObject(meta));
    return doc;
}

} // namespace

QByteArray runResultJson(const Catalog &catalog, const Plan &plan, const RunResult &run,
                         const QList<Verdict> &verdicts)
{
    Q_UNUSED(catalog)
    QJsonObject doc = document(run.meta);
    const ResultIndex index = run.index();
    QJsonArray checks;
    for (const Check &c : plan.checks) {
        QJsonObject o;
        o.insert(u"id"_s, c.id());
        o.insert(u"link"_s, c.link);
        o.insert(u"from"_s, c.from);
        o.insert(u"to"_s, c.to);
        o.insert(u"host"_s, c.host);
        o.insert(u"port"_s, c.port);
        if (c.port != c.catalogPort)
            o.insert(u"catalog_port"_s, c.catalogPort);
        if (c.standIn)
            o.insert(u"stand_in"_s, true);
        o.insert(u"probe"_s, probeKindId(c.probe));
        if (c.advisory)
            o.insert(u"advisory"_s, true);
        o.insert(u"via"_s, c.via.isEmpty() ? u"direct"_s : c.via);
        const auto it = index.constFind(c.probeKey());
        if (c.testable && it != index.constEnd()) {
            fillResult(o, *it);
        } else {
            ProbeResult untested;
            untested.message =
                c.testable ? probeText(QT_TRANSLATE_NOOP("Probe", "not probed (the run was cancelled)"))
                           : probeText(QT_TRANSLATE_NOOP("Probe", "not testable from this machine"));
            fillResult(o, untested);
        }
        checks.append(o);
    }
    doc.insert(u"checks"_s, checks);
    QJsonArray verdictArray;
    for (const Verdict &v : verdicts) {
        QJsonObject o;
        o.insert(u"link"_s, v.link);
        o.insert(u"host"_s, v.host);
        o.insert(u"verdict"_s, verdictId(v.level));
        o.insert(u"reason"_s, v.reason.english());
        if (v.optional)
            o.insert(u"optional"_s, true);
        if (!v.observer.isEmpty())
            o.insert(u"seen_from"_s, v.observer);
        if (!v.remediation.isEmpty())
            o.insert(u"remediation"_s, QJsonArray::fromStringList(englishTexts(v.remediation)));
        if (!v.notes.isEmpty())
            o.insert(u"notes"_s, QJsonArray::fromStringList(englishTexts(v.notes)));
        verdictArray.append(o);
    }
    doc.insert(u"verdicts"_s, verdictArray);
    const VerdictSummary s = summarize(verdicts);
    doc.insert(u"summary"_s, QJsonObject{{u"pass"_s, s.pass},
                                         {u"warn"_s, s.warn},
                                         {u"fail"_s, s.fail},
                                         {u"not-tested"_s, s.notTested}});
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray probeResultJson(const RunResult &run)
{
    QJsonObject doc = document(run.meta);
    QJsonArray checks;
    for (const ProbeResult &r : run.results) {
        QJsonObject o;
        o.insert(u"id"_s, QString(r.host + u'/' + QString::number(r.port)));
        o.insert(u"host"_s, r.host);
        o.insert(u"port"_s, r.port);
        o.insert(u"probe"_s, probeKindId(r.kind));
        o.insert(u"via"_s, r.via.isEmpty() ? u"direct"_s : r.via);
        fillResult(o, r);
        checks.append(o);
    }
    doc.insert(u"checks"_s, checks);
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace PortCheck
