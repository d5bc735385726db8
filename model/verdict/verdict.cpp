#include "model/verdict/verdict.h"

#include "model/verdict/rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString verdictId(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Pass:
        return u"pass"_s;
    case VerdictLevel::Warn:
        return u"warn"_s;
    case VerdictLevel::Fail:
        return u"fail"_s;
    case VerdictLevel::NotTested:
        break;
    }
    return u"not-tested"_s;
}

std::optional<VerdictLevel> verdictFromId(const QString &id)
{
    for (VerdictLevel l :
         {VerdictLevel::Pass, VerdictLevel::Warn, VerdictLevel::Fail, VerdictLevel::NotTested}) {
        if (verdictId(l) == id)
            return l;
    }
    return std::nullopt;
}

QString needId(NeedLevel need)
{
    switch (need) {
    case NeedLevel::Required:
        return u"required"_s;
    case NeedLevel::Recommended:
        return u"recommended"_s;
    case NeedLevel::Optional:
        break;
    }
    return u"optional"_s;
}

Text needText(NeedLevel need)
{
    switch (need) {
    case NeedLevel::Required:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "required"));
    case NeedLevel::Recommended:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "recommended"));
    case NeedLevel::Optional:
        break;
    }
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "optional"));
}

QString actionId(PortAction action)
{
    switch (action) {
    case PortAction::None:
        return u"no change"_s;
    case PortAction::Open:
        return u"open"_s;
    case PortAction::Fix:
        return u"fix"_s;
    case PortAction::Unknown:
        break;
    }
    return u"verify"_s;
}

Text actionText(PortAction action)
{
    switch (action) {
    case PortAction::None:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "verified open, no change"));
    case PortAction::Open:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "open"));
    case PortAction::Fix:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "fix the service"));
    case PortAction::Unknown:
        break;
    }
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "open if blocked (not tested)"));
}

namespace VerdictRules {

Text phrase(const char *source, QList<Text> args, int n)
{
    return Text::phrase("Verdict", source, std::move(args), n);
}

Text portStateText(const Text &port, ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open"), {port});
    case ProbeState::Refused:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 refused"), {port});
    case ProbeState::Filtered:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 filtered"), {port});
    case ProbeState::Unreachable:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 unreachable"), {port});
    case ProbeState::DnsFailed:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 dns-failed"), {port});
    case ProbeState::Error:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 error"), {port});
    case ProbeState::NotTested:
        break;
    }
    return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 not probed"), {port});
}

Text protocolName(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::Ldap:
        return Text::plain(u"LDAP"_s);
    case ProbeKind::Gc:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the Global Catalog"));
    case ProbeKind::Ldaps:
        return Text::plain(u"LDAPS"_s);
    case ProbeKind::Gcs:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the Global Catalog over TLS"));
    case ProbeKind::Winrm:
        return Text::plain(u"WinRM (WS-Management)"_s);
    case ProbeKind::Winrms:
        return Text::plain(u"WinRM over HTTPS"_s);
    case ProbeKind::Smb:
        return Text::plain(u"SMB 2/3"_s);
    case ProbeKind::NetbiosSmb:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the NetBIOS session"));
    case ProbeKind::Http:
        return Text::plain(u"HTTP"_s);
    case ProbeKind::Https:
        return Text::plain(u"HTTPS"_s);
    case ProbeKind::Tds:
        return Text::plain(u"TDS (SQL Server)"_s);
    case ProbeKind::Kerberos:
        return Text::plain(u"Kerberos"_s);
    case ProbeKind::Dns:
        return Text::plain(u"DNS"_s);
    case ProbeKind::Tls:
        return Text::plain(u"TLS"_s);
    case ProbeKind::Tcp:
    case ProbeKind::None:
        break;
    }
    return Text::plain(probeKindId(kind));
}

const Check *checkForLeaf(const Plan &plan, const PlanItem &item, const Requirement &leaf)
{
    for (int index : item.checks) {
        const Check &c = plan.checks.at(index);
        if (!c.advisory && c.catalogPort == leaf.port && c.probe == leaf.probe)
            return &c;
    }
    return nullptr;
}

} // namespace VerdictRules

using VerdictRules::Evaluator;

QList<Fix> groupFixes(const Catalog &catalog, const QList<Verdict> &verdicts)
{
    QList<Fix> out;
    QHash<QString, qsizetype> at;
    for (const Verdict &v : verdicts) {
        if (v.level != VerdictLevel::Fail && v.level != VerdictLevel::Warn)
            continue;
        for (const Fix &f : v.fixes) {
            const QString key =
                v.observer + u'|' + f.host + u'|' + f.from + u'|' + f.cause + u'|' + f.templateText;
            const auto it = at.constFind(key);
            if (it == at.cend()) {
                at.insert(key, out.size());
                Fix copy = f;
                copy.observer = v.observer;
                out.append(copy);
                continue;
            }
            Fix &g = out[*it];
            for (const QString &l : f.links) {
                if (!g.links.contains(l))
                    g.links << l;
            }
            for (const quint16 p : f.ports) {
                if (!g.ports.contains(p))
                    g.ports << p;
            }
        }
    }
    for (Fix &g : out) {
        const Link *link = catalog.link(g.links.value(0));
        if (!link || g.ports.size() < 2)
            continue;
        QStringList ports;
        for (const quint16 p : std::as_const(g.ports))
            ports << QString::number(p);
        g.text = catalog.fillRemediation(g.templateText, *link, ports.join(u", "_s), g.host);
    }
    return out;
}

QList<Verdict> computeVerdicts(const Catalog &catalog, const Plan &plan, const ResultIndex &results)
{
    QList<Verdict> verdicts;
    verdicts.reserve(plan.items.size());
    const DirectoryContext context = directoryContext(plan, results);
    for (const PlanItem &item : plan.items)
        verdicts.append(Evaluator(catalog, plan, item, results, context).run());
    return verdicts;
}

Verdict computeVerdict(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                       const ResultIndex &results, const DirectoryContext &context)
{
    return Evaluator(catalog, plan, item, results, context).run();
}

} // namespace PortCheck
