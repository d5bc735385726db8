// demo: a simulated site on loopback, probed and judged like a real one.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/demo/demosite.h"
#include "model/plan/plan.h"
#include "model/run/coverage.h"
#include "model/run/planrun.h"
#include "ui/i18n/translations.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit DemoCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (!arguments.isEmpty())
            return m_context.usageError(tr("'%1' takes no arguments").arg(u"demo"_s));
        return demo();
    }

private:
    int demo()
    {
        DemoSite site;
        if (const Expected<void> started = site.start(); !started) {
            err() << "guardian-portcheck: "
                  << tr("the demo site cannot start: %1").arg(localized(started.error())) << '\n';
            return ExitInternal;
        }
        const Profile profile = site.profile();
        RunSettings settings = runSettingsFor(profile, m_context.settings);
        settings.probe.extraCaCertificates += site.trustAnchors();
        out() << tr("Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a "
                    "cloud\n"
                    "endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.")
              << "\n\n";
        m_context.sources =
            sourceMachinesAs(m_context.catalog, profile, MachineIdentity::thisMachine(), QString());
        const int code = m_context.executePlan(buildPlan(m_context.catalog, profile), settings, profile.name);
        // The demo is meant to show failures: it ran fine when it got this far.
        return code == ExitFail ? ExitPass : code;
    }

    CommandContext &m_context;
};

} // namespace

Command demoCommand()
{
    return {u"demo"_s, QStringList{u"text"_s} + reportOptions() + QStringList{u"catalog"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return DemoCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
