// probe HOST:PORT[/KIND]...: ad-hoc probes, reported in the order typed.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/signalwatch.h"
#include "model/outputfile.h"
#include "model/profile/hostinput.h"
#include "model/results/resultswriter.h"
#include "ui/i18n/translations.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit ProbeCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments) { return probe(arguments); }

private:
    int probe(const QStringList &specs)
    {
        if (specs.isEmpty())
            return m_context.usageError(tr("'probe' needs at least one HOST:PORT[/KIND]"));
        QList<ProbeTarget> targets;
        bool bad = false;
        for (const QString &spec : specs) {
            Text reason;
            const std::optional<ProbeTarget> target = parseProbeSpec(spec, &reason);
            if (!target) {
                err() << spec << ": " << localized(reason) << '\n';
                bad = true;
                continue;
            }
            targets.append(*target);
        }
        if (bad)
            return ExitUsage;
        // An explicit --proxy URL carries the TLS probes through it (CONNECT), as a Guardian HTTPS
        // client behind that proxy would go; "system" is not consulted for ad-hoc probes.
        if (m_context.proxy.startsWith(u"http://"_s)) {
            for (ProbeTarget &t : targets) {
                if (probeKindUsesTls(t.kind))
                    t.via = m_context.proxy;
            }
        }

        RunResult run;
        run.meta = RunMetadata::now(m_context.catalog);
        ProbeRunner runner;
        runner.setSettings(m_context.settings);
        SignalWatch watch;
        QEventLoop loop;
        QObject::connect(&runner, &ProbeRunner::resultsReady, &loop,
                         [&](const QList<ProbeResult> &batch) { run.results += batch; });
        QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
        watch.onSignal(&loop, [&runner] { runner.cancel(); });
        runner.start(targets);
        if (runner.isRunning())
            loop.exec();
        run.meta.finished = QDateTime::currentDateTimeUtc();
        if (watch.caught() != 0) {
            run.meta.cancelled = true;
            run.meta.endedBy = watch.name();
        }
        // Report in the order the user typed.
        const ResultIndex index = run.index();
        QList<ProbeResult> ordered;
        QList<QStringList> rows;
        bool allOpen = true;
        for (const ProbeTarget &t : std::as_const(targets)) {
            ProbeResult r = index.value(t.key());
            if (r.host.isEmpty()) { // interrupted before this probe ended
                r.host = t.host;
                r.port = t.port;
                r.kind = t.kind;
                r.via = t.via;
                r.message =
                    Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "not probed (the run was cancelled)"));
            }
            ordered.append(r);
            allOpen = allOpen && r.state == ProbeState::Open && r.failureId().isEmpty();
            rows.append(
                {t.host, QString::number(t.port),
                 t.via.isEmpty() ? probeKindId(t.kind) : tr("%1 via %2").arg(probeKindId(t.kind), t.via),
                 probeStateId(r.state), serviceStateId(r.service), latencyText(r), evidenceText(r)});
        }
        run.results = ordered;
        out() << textTable(
            {tr("HOST"), tr("PORT"), tr("PROBE"), tr("STATE"), tr("SERVICE"), tr("CONNECT"), tr("EVIDENCE")},
            rows, m_context.width);
        if (!m_context.jsonPath.isEmpty()) {
            const QString error =
                localized(writeFileAtomically(m_context.jsonPath, probeResultJson(run)).error());
            if (!error.isEmpty()) {
                err() << "guardian-portcheck: " << error << '\n';
                return ExitInternal;
            }
        }
        if (watch.caught() != 0) {
            err() << "guardian-portcheck: "
                  << tr("interrupted by %1: the results so far are written, marked incomplete")
                         .arg(watch.name())
                  << '\n';
            return 128 + watch.caught();
        }
        return allOpen ? ExitPass : ExitFail;
    }

    CommandContext &m_context;
};

} // namespace

Command probeCommand()
{
    return {u"probe"_s, QStringList{u"json"_s, u"domain"_s, u"proxy"_s} + probeOptions(),
            [](CommandContext &context, const QStringList &arguments) {
                return ProbeCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
