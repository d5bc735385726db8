#include "ui/wizard/evidenceformatter.h"

#include "model/catalog/catalog.h"
#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString escapedHtml(const QString &text)
{
    return displaySafe(text, true).toHtmlEscaped();
}

namespace {
// One check's result in one run: its state (service, connect time) and its facts as HTML.
QString stateAndFacts(const ResultIndex &index, const Check &c, QString *facts)
{
    const auto it = index.constFind(c.probeKey());
    if (it == index.cend())
        return QCoreApplication::translate("PortCheck::ResultsPage", "no result (cancelled)");
    QString state = VerdictStyle::stateText(it->state);
    if (it->state == ProbeState::Open)
        state += u", "_s + VerdictStyle::serviceText(it->service);
    if (it->latencyMs >= 0)
        state += u", "_s +
                 QCoreApplication::translate("PortCheck::ResultsPage", "%1 ms").arg(it->latencyMs, 0, 'f', 1);
    QStringList parts;
    if (!it->message.isEmpty())
        parts << escapedHtml(localized(it->message));
    for (auto f = it->facts.cbegin(); f != it->facts.cend(); ++f)
        parts << u"<code>"_s + escapedHtml(f.key()) + u"</code> = "_s + escapedHtml(f.value());
    *facts = parts.join(u"<br>"_s);
    return state;
}
} // namespace

EvidenceFormatter::EvidenceFormatter(const Catalog &catalog, const ReportData &report,
                                     const QPalette &palette, SavedProfileLookup savedProfileFor)
    : m_catalog(catalog)
    , m_report(report)
    , m_palette(palette)
    , m_savedProfileFor(std::move(savedProfileFor))
{}

QString EvidenceFormatter::html(const Verdict &v) const
{
    // Everything here that came from the network or a file is escaped: a certificate subject of
    // "<b>x</b>" shows as typed.
    const Link *link = m_catalog.link(v.link);
    QString html = headingHtml(v, link);
    QStringList commands;
    const QString rows = evidenceRows(v, link, &commands);
    if (!rows.isEmpty()) {
        html += u"<p><b>"_s + tr("Evidence").toHtmlEscaped() +
                u"</b></p><table border='1' cellspacing='0' cellpadding='3'><tr><th>"_s +
                tr("Port").toHtmlEscaped() + u"</th><th>"_s + tr("Protocol").toHtmlEscaped() +
                u"</th><th>"_s + tr("Found").toHtmlEscaped() + u"</th><th>"_s +
                tr("Details").toHtmlEscaped() + u"</th></tr>"_s + rows + u"</table>"_s;
    }
    if (!commands.isEmpty())
        html += elsewhereAdvice(link, commands);
    for (const Text &note : v.notes)
        html += u"<p><i>"_s + escapedHtml(localized(note)) + u"</i></p>"_s;
    return html;
}

QString EvidenceFormatter::headingHtml(const Verdict &v, const Link *link) const
{
    const QString colour = VerdictStyle::color(VerdictStyle::fromVerdict(v.level), m_palette).name();
    QString html =
        u"<h3>"_s + escapedHtml(linkPath(m_catalog, v.link)) + u": "_s + escapedHtml(v.host) + u"</h3>"_s;
    html += u"<p><b style='color:"_s + colour + u"'>"_s + escapedHtml(VerdictStyle::text(v.level)) +
            u"</b> — "_s + escapedHtml(localized(v.reason)) + u"</p>"_s;
    if (!v.observer.isEmpty())
        html += u"<p>"_s + escapedHtml(tr("Tested from %1.").arg(v.observer)) + u"</p>"_s;
    if (link) {
        html += u"<p>"_s + escapedHtml(catalogText(link->purpose)) + u"<br>"_s +
                tr("Protocol: %1").toHtmlEscaped().arg(escapedHtml(catalogText(link->protocol)));
        if (link->inferred)
            html += u"<br><i>"_s + tr("Inferred: no vendor document states this link.").toHtmlEscaped() +
                    u"</i>"_s;
        html += u"</p>"_s;
    }
    if (!v.remediation.isEmpty()) {
        html += u"<p><b>"_s + tr("What to change").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const Text &fix : v.remediation)
            html += u"<li>"_s + escapedHtml(localized(fix)) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString EvidenceFormatter::evidenceRows(const Verdict &v, const Link *link, QStringList *commands) const
{
    // The results of the machine(s) the link starts on; the observer's only, when it is named.
    QList<const RunResult *> runs = link ? m_report.runsFrom(link->from) : QList<const RunResult *>();
    if (!v.observer.isEmpty())
        runs.removeIf([&v](const RunResult *r) { return r->meta.host != v.observer; });
    QList<ResultIndex> indexes; // one per run, built once for every check below
    for (const RunResult *run : std::as_const(runs))
        indexes.append(run->index());
    QString rows;
    for (const PlanItem &item : m_report.plan.items) {
        if (item.link != v.link || item.host != v.host)
            continue;
        for (const int i : item.checks) {
            const Check &c = m_report.plan.checks.at(i);
            const QString port = c.port == c.catalogPort ? QString::number(c.port)
                                                         : tr("%1 (for %2)").arg(c.port).arg(c.catalogPort);
            const QString kind =
                escapedHtml(probeKindId(c.probe)) +
                (c.advisory ? u" <i>("_s + tr("other mode").toHtmlEscaped() + u")</i>"_s : QString());
            if (runs.isEmpty()) {
                *commands << c.host + u':' + QString::number(c.port) + u'/' + probeKindId(c.probe);
                rows += u"<tr><td>"_s + escapedHtml(port) + u"</td><td>"_s + kind + u"</td><td>"_s +
                        escapedHtml(tr("not tested from here")) + u"</td><td></td></tr>"_s;
                continue;
            }
            for (qsizetype r = 0; r < runs.size(); ++r) {
                QString facts;
                QString state = stateAndFacts(indexes.at(r), c, &facts);
                if (runs.size() > 1)
                    state = tr("from %1: %2").arg(runs.at(r)->meta.host, state);
                rows += u"<tr><td>"_s + escapedHtml(port) + u"</td><td>"_s + kind + u"</td><td>"_s +
                        escapedHtml(state) + u"</td><td>"_s + facts + u"</td></tr>"_s;
            }
        }
    }
    return rows;
}

QString EvidenceFormatter::elsewhereAdvice(const Link *link, QStringList commands) const
{
    commands.removeDuplicates();
    const QString from = link ? roleName(m_catalog, link->from) : QString();
    const QString saved = link && m_savedProfileFor ? m_savedProfileFor(link->from) : QString();
    if (saved.isEmpty()) {
        return u"<p>"_s +
               tr("This link starts on the %1. To test it there, save the profile first (Save "
                  "profile…, Ctrl+S): this advice then names the file and the command to run there. "
                  "To probe only these ports there, run:")
                   .toHtmlEscaped()
                   .arg(escapedHtml(from)) +
               u"<br><code>guardian-portcheck probe "_s + escapedHtml(commands.join(u' ')) + u"</code></p>"_s;
    }
    // The exact command: the profile saved for that machine, results beside it.
    const QFileInfo file(saved);
    const auto quoted = [](const QString &name) -> QString {
        return name.contains(u' ') ? u'"' + name + u'"' : name;
    };
    const QString command = u"guardian-portcheck run "_s + quoted(file.fileName()) + u" --json "_s +
                            quoted(file.completeBaseName() + u"-results.json"_s);
    return u"<p>"_s +
           tr("This link starts on the %1. Copy %2 there and run:")
               .toHtmlEscaped()
               .arg(escapedHtml(from),
                    u"<code>"_s + escapedHtml(QDir::toNativeSeparators(saved)) + u"</code>"_s) +
           u"<br><code>"_s + escapedHtml(command) + u"</code><br>"_s +
           tr("Then open both results files together (Open results… on the first page, or "
              "guardian-portcheck merge) to see every link in one report.")
               .toHtmlEscaped() +
           u"</p>"_s;
}

} // namespace PortCheck
