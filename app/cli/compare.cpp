// compare BEFORE.json AFTER.json [--json F] [--csv F] [--pdf F] [--html F]: what a change did, per link and
// host, and whether each rule the "before" firewall request asked for is open "after"; --csv writes that
// request with its "after verification" column filled.
#include "model/run/compare.h"

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/outputfile.h"
#include "ui/i18n/translations.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CompareCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (arguments.size() != 2)
            return m_context.usageError(
                tr("'compare' needs two results files: the run before the change, then the run after it"));
        return compare(arguments.at(0), arguments.at(1));
    }

private:
    int compare(const QString &beforePath, const QString &afterPath)
    {
        const Comparison c = compareResultFiles(m_context.catalog, beforePath, afterPath);
        if (!c.ok()) {
            for (const QString &e : localized(c.errors))
                err() << "guardian-portcheck: " << e << '\n';
            return ExitUsage;
        }
        for (const QString &w : localized(c.warnings))
            err() << "guardian-portcheck: " << tr("note: %1").arg(w) << '\n';
        const auto side = [](const ReportData &r) -> QString {
            return r.meta.host + u", "_s + r.meta.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        };
        out() << tr("Before: %1 (%2)").arg(beforePath, side(c.before)) << '\n'
              << tr("After:  %1 (%2)").arg(afterPath, side(c.after)) << "\n\n";

        QList<QStringList> rows;
        for (const LinkChange &l : c.changes) {
            // Unchanged, or tested in neither run (links from machines that ran neither time).
            if (l.change == VerdictChange::Unchanged ||
                (l.before == l.after && l.after == VerdictLevel::NotTested))
                continue;
            rows.append({localized(verdictChangeText(l.change)), linkTableLabel(m_context.catalog, l.link),
                         l.host, verdictText(l.before), verdictText(l.after),
                         localized(l.after == VerdictLevel::NotTested ? l.reasonBefore : l.reasonAfter)});
        }
        if (!rows.isEmpty())
            out() << textTable({tr("CHANGE"), tr("LINK"), tr("HOST"), tr("BEFORE"), tr("AFTER"), tr("NOW")},
                               rows, m_context.width)
                  << '\n';

        if (!c.requested.isEmpty()) {
            QList<QStringList> rules;
            int verified = 0;
            for (const RuleVerification &r : c.requested) {
                verified += r.check == RuleCheck::Verified;
                rules.append({localized(r.source), r.destination, r.port, r.protocol,
                              localized(r.foundBefore), localized(r.foundAfter),
                              ruleCheckId(r.check).toUpper()});
            }
            out() << tr("The firewall request of the run before: %1 of %2 rule(s) verified open after")
                         .arg(verified)
                         .arg(c.requested.size())
                  << "\n\n"
                  << textTable({tr("SOURCE"), tr("DESTINATION"), tr("PORT"), tr("PROBE"), tr("BEFORE"),
                                tr("AFTER"), tr("CHECK")},
                               rules, m_context.width)
                  << '\n';
        }
        out() << localized(c.countsText()) << '\n';
        if (!m_context.jsonPath.isEmpty()) {
            const QString error = localized(
                writeFileAtomically(m_context.jsonPath, comparisonJson(c, beforePath, afterPath)).error());
            if (!error.isEmpty())
                return m_context.internalError(error);
            out() << tr("Comparison written to %1.").arg(m_context.jsonPath) << '\n';
        }
        if (!m_context.csvPath.isEmpty()) {
            const QString error = localized(
                writeFileAtomically(m_context.csvPath, firewallRequestCsv(c.request).toUtf8()).error());
            if (!error.isEmpty())
                return m_context.internalError(error);
            out() << tr("Firewall request written to %1.").arg(m_context.csvPath) << '\n';
        }
        if (!m_context.pdfPath.isEmpty() || !m_context.htmlPath.isEmpty()) {
            // The report of the run after the change, with what the change did after its summary.
            ReportData after = c.after;
            m_context.applyCoverFields(&after.meta);
            const int written = m_context.writeDocuments(after, &c);
            if (written != ExitPass)
                return written;
        }
        // Like merge: the exit code says whether the state after the change is ready.
        return exitCodeFor(c.after.verdicts);
    }

    CommandContext &m_context;
};

} // namespace

Command compareCommand()
{
    return {u"compare"_s,
            {u"json"_s, u"csv"_s, u"pdf"_s, u"html"_s, u"page-size"_s, u"run-by"_s, u"ticket"_s,
             u"requester"_s, u"approver"_s, u"catalog"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return CompareCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
