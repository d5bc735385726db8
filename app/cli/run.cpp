// run PROFILE.yaml [--dry-run]: probe what the profile needs from this machine, or print its plan.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/plan/plan.h"
#include "model/profile/machineroles.h"
#include "model/profile/profile.h"
#include "model/run/coverage.h"
#include "model/run/planrun.h"
#include "ui/i18n/translations.h"

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
        if (const int code = chooseVantage(profile); code != ExitPass)
            return code;
        if (m_context.overridden.contains(u"domain"_s))
            profile.domain = m_context.settings.probe.domain; // the domain its DCs must serve, too
        // The proxy Guardian's HTTPS to the Internet goes through: --proxy, the profile's, or the
        // system's; the report says which, and where it came from.
        settleProxy(m_context.catalog, &profile,
                    m_context.overridden.contains(u"proxy"_s) ? m_context.proxy : QString(), !dryRun);
        const Plan plan = buildPlan(m_context.catalog, profile);
        if (const int code = m_context.checkServiceTags(plan); code != ExitPass)
            return code;
        if (dryRun)
            return printPlan(profile, profilePath, plan);

        // What the command line gives wins over the profile.
        const RunSettings &given = m_context.settings;
        if (m_context.overridden.contains(u"connect-timeout"_s))
            profile.connectTimeoutMs = given.probe.connectTimeoutMs;
        if (m_context.overridden.contains(u"timeout"_s))
            profile.protocolTimeoutMs = given.probe.protocolTimeoutMs;
        if (m_context.overridden.contains(u"concurrency"_s))
            profile.concurrency = given.concurrency;
        if (m_context.overridden.contains(u"per-host"_s))
            profile.perHostLimit = given.perHostLimit;
        const RunSettings settings = runSettingsFor(profile, given);
        // Roles found from the lists name their entries already; chosen ones (--as, 'vantage') are
        // looked up in the lists now, so that a merge knows which listed machine this was.
        m_context.sources =
            m_matched.isEmpty()
                ? sourceMachinesAs(m_context.catalog, profile, MachineIdentity::thisMachine(), profilePath)
                : sourceMachinesOf(m_context.catalog, profile, m_matched, profilePath);
        return m_context.executePlan(plan, settings, profile.name.isEmpty() ? profilePath : profile.name);
    }

    // Where the run starts: --as, else the profile's vantage, else the roles whose host lists name
    // this machine (one site profile serves every machine of the site).
    int chooseVantage(Profile &profile)
    {
        const QStringList sources = sourceRoles(m_context.catalog);
        if (m_context.parser->isSet(u"as"_s)) {
            QStringList roles;
            for (const QString &role : m_context.parser->value(u"as"_s).split(u',', Qt::SkipEmptyParts)) {
                const QString id = role.trimmed();
                if (!sources.contains(id))
                    return m_context.usageError(
                        tr("--as: '%1' is not a role a link starts from, expected one of: %2")
                            .arg(id, sources.join(u", "_s)));
                if (!roles.contains(id))
                    roles << id;
            }
            if (roles.isEmpty())
                return m_context.usageError(tr("--as needs a role, one of: %1").arg(sources.join(u", "_s)));
            profile.vantage = roles;
            return ExitPass;
        }
        if (!profile.vantage.isEmpty())
            return ExitPass;
        const MachineIdentity machine = MachineIdentity::thisMachine();
        const QList<RoleMatch> found = rolesOfMachine(m_context.catalog, profile, machine);
        if (found.isEmpty()) {
            QStringList listed;
            for (const QString &role : sources) {
                if (!profile.hosts.value(role).isEmpty())
                    listed << role;
            }
            err() << "guardian-portcheck: "
                  << tr("this machine, %1, is in none of the profile's host lists of a role a link starts "
                        "from (%2), and the profile names no 'vantage'; run it with --as ROLE, one of: %3")
                         .arg(machine.describe(),
                              listed.isEmpty() ? tr("it lists none") : listed.join(u", "_s),
                              sources.join(u", "_s))
                  << '\n';
            return ExitUsage;
        }
        m_matched = found;
        QStringList roles;
        for (const RoleMatch &m : found) {
            profile.vantage << m.role;
            roles << tr("%1 (listed as %2)").arg(roleName(m_context.catalog, m.role), m.entry);
        }
        out() << tr("This machine plays, by the profile's host lists: %1.").arg(roles.join(u", "_s)) << '\n';
        return ExitPass;
    }

    int printPlan(const Profile &profile, const QString &profilePath, const Plan &plan)
    {
        // Row by row: 100,000 hosts make a million checks, too many to hold as one text.
        const QString yes = tr("yes");
        const QString advisory = tr("yes (advisory)");
        const QString no = tr("no");
        const auto row = [&](qsizetype i) -> QStringList {
            const Check &c = plan.checks.at(i);
            return {c.link, c.host, checkPortText(c),
                    c.via.isEmpty() ? probeKindId(c.probe) : tr("%1 via %2").arg(probeKindId(c.probe), c.via),
                    c.testable ? (c.advisory ? advisory : yes) : no};
        };
        out() << tr("Plan for %1").arg(profile.name.isEmpty() ? profilePath : profile.name) << "\n\n";
        writeTextTable(
            {tr("LINK"), tr("HOST"), tr("PORT"), tr("PROBE"), tr("FROM HERE")}, plan.checks.size(), row,
            [](const QString &line) { out() << line; }, m_context.width);
        out() << '\n'
              << tr("%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 "
                    "distinct probes.")
                     .arg(plan.checks.size())
                     .arg(plan.items.size())
                     .arg(plan.testableCount())
                     .arg(profile.vantage.isEmpty() ? tr("none") : profile.vantage.join(u", "_s))
                     .arg(plan.probeTargetCount())
              << '\n';
        m_context.printMissingRoles(plan);
        return ExitPass;
    }

    CommandContext &m_context;
    QList<RoleMatch> m_matched; // the host list entries that named this machine
};

} // namespace

Command runCommand()
{
    return {u"run"_s,
            reportOptions() + probeOptions() +
                QStringList{u"catalog"_s, u"dry-run"_s, u"as"_s, u"domain"_s, u"proxy"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return RunCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
