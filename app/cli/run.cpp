// run PROFILE.yaml [--dry-run]: probe what the profile needs from this machine, or print its plan.
#include "cli.h"
#include "command.h"
#include "output.h"
#include "plan/plan.h"
#include "profile/profile.h"
#include "translations.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit RunCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (arguments.size() != 1)
            return m_context.usageError(tr("'run' needs exactly one profile file"));
        return run(arguments.first(), m_context.parser->isSet(u"dry-run"_s));
    }

private:
    int run(const QString &profilePath, bool dryRun)
    {
        Profile profile;
        const Diagnostics problems = loadProfileFile(profilePath, m_context.catalog, &profile);
        if (!problems.isEmpty()) {
            err() << formatDiagnostics(problems, translator());
            return ExitUsage;
        }
        const Plan plan = buildPlan(m_context.catalog, profile);
        if (dryRun)
            return printPlan(profile, profilePath, plan);

        RunSettings settings = m_context.settings;
        if (!m_context.overridden.contains(u"connect-timeout"_s))
            settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
        if (!m_context.overridden.contains(u"timeout"_s))
            settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
        if (!m_context.overridden.contains(u"concurrency"_s))
            settings.concurrency = profile.concurrency;
        if (!m_context.overridden.contains(u"per-host"_s))
            settings.perHostLimit = profile.perHostLimit;
        return m_context.executePlan(plan, settings, profile.name.isEmpty() ? profilePath : profile.name);
    }

    int printPlan(const Profile &profile, const QString &profilePath, const Plan &plan)
    {
        QList<QStringList> rows;
        for (const Check &c : plan.checks)
            rows.append({c.link, c.host, checkPortText(c), probeKindId(c.probe),
                         c.testable ? (c.advisory ? tr("yes (advisory)") : tr("yes")) : tr("no")});
        out() << tr("Plan for %1").arg(profile.name.isEmpty() ? profilePath : profile.name) << "\n\n"
              << textTable({tr("LINK"), tr("HOST"), tr("PORT"), tr("PROBE"), tr("FROM HERE")}, rows,
                           m_context.width)
              << '\n'
              << tr("%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 "
                    "distinct probes.")
                     .arg(plan.checks.size())
                     .arg(plan.items.size())
                     .arg(plan.testableCount())
                     .arg(profile.vantage.isEmpty() ? tr("none") : profile.vantage.join(u", "_s))
                     .arg(plan.probeTargets().size())
              << '\n';
        m_context.printMissingRoles(plan);
        return ExitPass;
    }

    CommandContext &m_context;
};

} // namespace

Command runCommand()
{
    return {u"run"_s, reportOptions() + probeOptions() + QStringList{u"catalog"_s, u"dry-run"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return RunCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
