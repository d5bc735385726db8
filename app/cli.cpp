#include "cli.h"

#include "catalog/catalogloader.h"
#include "demo/demosite.h"
#include "export/csv.h"
#include "export/firewallrequest.h"
#include "export/junit.h"
#include "export/resultjson.h"
#include "plan/plan.h"
#include "probe/dcdiscovery.h"
#include "probe/proberunner.h"
#include "profile/hostinput.h"
#include "profile/profile.h"
#include "reportwriter.h"
#include "run/planrun.h"
#include "run/report.h"
#include "terminal.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

const QStringList &commands()
{
    static const QStringList list{u"run"_s, u"probe"_s, u"discover"_s, u"catalog"_s, u"demo"_s, u"merge"_s};
    return list;
}

// stdout or stderr. Every string goes through displaySafe(): tables and messages hold host names,
// certificate subjects and LDAP values, and none of their control characters or bidirectional
// overrides may reach the terminal (line breaks and tabs of our own layout stay).
class Output
{
public:
    explicit Output(FILE *file)
        : m_stream(file)
    {}
    Output &operator<<(const QString &text)
    {
        m_stream << displaySafe(text, true);
        return *this;
    }
    template <typename A, typename B> Output &operator<<(const QStringBuilder<A, B> &text)
    {
        return *this << QString(text);
    }
    Output &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    Output &operator<<(char c) { return *this << QString(QChar::fromLatin1(c)); }
    // CSV keeps its CRLF line ends (RFC 4180); each line is made safe on its own.
    void csv(const QString &text)
    {
        const QStringList lines = text.split(u"\r\n"_s);
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_stream << displaySafe(lines.at(i), true) << (i + 1 < lines.size() ? "\r\n" : "");
    }
    void flush() { m_stream.flush(); }

private:
    QTextStream m_stream;
};

Output &out()
{
    static Output stream(stdout);
    return stream;
}

Output &err()
{
    static Output stream(stderr);
    return stream;
}

// The options each command takes (besides --help, --version and --lang).
QStringList commandOptions(const QString &command)
{
    static const QStringList reports{u"json"_s, u"pdf"_s, u"page-size"_s, u"csv"_s, u"junit"_s};
    static const QStringList probing{u"ca-file"_s, u"connect-timeout"_s, u"timeout"_s, u"concurrency"_s,
                                     u"per-host"_s};
    if (command == u"run"_s)
        return reports + probing + QStringList{u"catalog"_s, u"dry-run"_s, u"domain"_s};
    if (command == u"probe"_s)
        return QStringList{u"json"_s, u"domain"_s} + probing;
    if (command == u"discover"_s)
        return {u"site"_s, u"nameserver"_s, u"timeout"_s, u"json"_s};
    if (command == u"demo"_s)
        return QStringList{u"text"_s} + reports + QStringList{u"catalog"_s};
    if (command == u"merge"_s)
        return reports + QStringList{u"catalog"_s};
    if (command == u"catalog"_s)
        return {u"format"_s, u"catalog"_s};
    return {};
}

// SIGINT (Ctrl+C) and SIGTERM end a run early: the handler only records the signal, a timer in
// the event loop sees it, cancels the probes and lets the command write what it has.
volatile std::sig_atomic_t g_signal = 0;

void recordSignal(int signal)
{
    g_signal = signal;
    std::signal(signal, SIG_DFL); // a second Ctrl+C ends the program at once
}

class SignalWatch
{
public:
    SignalWatch()
    {
        g_signal = 0;
        m_int = std::signal(SIGINT, recordSignal);
        m_term = std::signal(SIGTERM, recordSignal);
    }
    ~SignalWatch()
    {
        std::signal(SIGINT, m_int == SIG_ERR ? SIG_DFL : m_int);
        std::signal(SIGTERM, m_term == SIG_ERR ? SIG_DFL : m_term);
    }
    Q_DISABLE_COPY_MOVE(SignalWatch)

    // Calls cancel (once) in `context`'s thread when a signal arrives.
    void onSignal(QObject *context, std::function<void()> cancel)
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this, cancel = std::move(cancel)] {
            if (g_signal == 0)
                return;
            m_timer.stop();
            cancel();
        });
        m_timer.start();
    }
    int caught() const { return g_signal; }
    QString name() const
    {
        return g_signal == SIGINT    ? u"SIGINT"_s
               : g_signal == SIGTERM ? u"SIGTERM"_s
                                     : QString::number(g_signal);
    }

private:
    using Handler = void (*)(int);
    Handler m_int = SIG_DFL;
    Handler m_term = SIG_DFL;
    QTimer m_timer;
};

QString usageText()
{
    // One block for translators: the columns line up in each language.
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: guardian-portcheck [COMMAND] [OPTIONS]\n"
        "Proves whether every network path Cayosoft Guardian needs is open.\n\n"
        "Commands:\n"
        "  (none)                          open the window\n"
        "  run PROFILE.yaml [--json F]     probe what the profile needs from this machine, give "
        "verdicts\n"
        "  run PROFILE.yaml --dry-run      the checks a profile plans, without sending anything\n"
        "  probe HOST:PORT[/KIND]...       ad-hoc probes, e.g. dc1.corp.example:389/ldap (the kind\n"
        "                                  defaults from the port: 389 ldap, 636 ldaps, 445 smb,\n"
        "                                  88 kerberos, 53 dns, ...)\n"
        "  discover DOMAIN [--site S] [--nameserver IPv4] [--json F]\n"
        "                                  DCs, site DCs, GCs and the PDC from DNS SRV records\n"
        "  demo [--text] [--json F]        a simulated site on loopback, opened in the window (in the\n"
        "                                  terminal without a display, or with --text or --json): every\n"
        "                                  verdict, no traffic "
        "elsewhere\n"
        "  merge A.json B.json... [--pdf F] [--json F] [--csv F] [--junit F]\n"
        "                                  join the results of several machines (each its own vantage)\n"
        "  catalog [--format table|csv|yaml]\n"
        "                                  every link Guardian needs: the firewall request\n\n"
        "Options:\n"
        "  --json FILE                     write the results as JSON (run, probe, merge, demo)\n"
        "  --pdf FILE                      write the change-approval report as PDF (run, merge, demo)\n"
        "  --page-size a4|letter           the PDF's paper (default: from the locale)\n"
        "  --csv FILE                      write the firewall change request as CSV (run, merge, demo)\n"
        "  --junit FILE                    write JUnit XML, a test case per link and host (run, merge, "
        "demo)\n"
        "  --ca-file PEM                   trust these CA certificates too (TLS probes)\n"
        "  --connect-timeout MS            give up connecting after MS (default 3000)\n"
        "  --timeout MS                    wait MS for the TLS handshake and for the answer (default "
        "5000)\n"
        "  --concurrency N                 probes in flight at once (default 256)\n"
        "  --per-host N                    probes in flight to one host (default 8)\n"
        "  --domain DOMAIN                 the AD domain: the realm and zone the kerberos and dns probes\n"
        "                                  ask for (run: the profile's domain; default: each host's suffix)\n"
        "  --catalog FILE                  use this catalog instead of the built-in one\n"
        "  --lang en|de|fr|ja              the language of the window, the report and this output\n"
        "  -h, --help                      show this help\n"
        "  -v, --version                   show the version\n\n"
        "Exit codes: 0 every required link passes, 1 a required link fails, 2 bad usage or input,\n"
        "3 internal error, 130/143 interrupted by SIGINT/SIGTERM (what finished is written, marked\n"
        "incomplete). 'demo' exits 0 when its site ran: it is built to show a failing link.\n");
}

// Evidence can be as long as a server makes it: the table shows the start, the JSON all of it.
QString evidenceText(const ProbeResult &r)
{
    constexpr qsizetype kLimit = 400;
    const QString text = localized(evidenceSummary(r));
    if (text.size() <= kLimit)
        return text;
    return QCoreApplication::translate("CommandLine", "%1... (%2 characters, all of them in the JSON)")
        .arg(text.left(kLimit))
        .arg(text.size());
}

// "Directory (LDAP) (service-dc-ldap)": what a table row names, narrow enough to leave the reason
// room on a terminal; the path (from -> to) is in the headings.
QString linkTableLabel(const Catalog &catalog, const QString &id)
{
    const QString name = linkName(catalog, id);
    return name.isEmpty() || name == id ? id : name + u" ("_s + id + u')';
}

QString latencyText(const ProbeResult &r)
{
    return r.latencyMs >= 0 ? QCoreApplication::translate("CommandLine", "%1 ms").arg(r.latencyMs, 0, 'f', 1)
                            : QString();
}

// The state and verdict columns print the contract's words (DESIGN.md "Probe states"), like link ids
// and probe kinds: scripts read them, and they mean the same in every language.
QString verdictText(VerdictLevel level)
{
    return verdictId(level).toUpper();
}

// The command line's words come from the translations like the window's: the language follows
// the system locale (LANG) or --lang. Ids (links, probe kinds, probe states, verdicts) and what the
// network sent stay as they are.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    int exec(const QStringList &arguments)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
        const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
        const QCommandLineOption catalogFile(u"catalog"_s, u"Use this catalog file."_s, u"FILE"_s);
        const QCommandLineOption format(u"format"_s, u"table, csv or yaml."_s, u"FORMAT"_s, u"table"_s);
        const QCommandLineOption dryRun(u"dry-run"_s, u"Print the plan; send nothing."_s);
        const QCommandLineOption json(u"json"_s, u"Write results as JSON."_s, u"FILE"_s);
        const QCommandLineOption caFile(u"ca-file"_s, u"Extra trusted CA certificates."_s, u"PEM"_s);
        const QCommandLineOption connectTimeout(u"connect-timeout"_s, u"Connect timeout."_s, u"MS"_s);
        const QCommandLineOption timeout(u"timeout"_s, u"Protocol timeout."_s, u"MS"_s);
        const QCommandLineOption concurrency(u"concurrency"_s, u"Probes in flight."_s, u"N"_s);
        const QCommandLineOption perHost(u"per-host"_s, u"Probes in flight per host."_s, u"N"_s);
        const QCommandLineOption site(u"site"_s, u"AD site for discovery."_s, u"SITE"_s);
        const QCommandLineOption nameserver(u"nameserver"_s, u"DNS server for discovery."_s, u"IPv4"_s);
        const QCommandLineOption domain(u"domain"_s, u"AD domain for the kerberos and dns probes."_s,
                                        u"DOMAIN"_s);
        const QCommandLineOption text(u"text"_s, u"demo: print in the terminal, even with a display."_s);
        const QCommandLineOption pdf(u"pdf"_s, u"Write the report as PDF."_s, u"FILE"_s);
        const QCommandLineOption pageSize(u"page-size"_s, u"a4 or letter."_s, u"SIZE"_s);
        const QCommandLineOption csv(u"csv"_s, u"Write the firewall request as CSV."_s, u"FILE"_s);
        const QCommandLineOption junit(u"junit"_s, u"Write JUnit XML."_s, u"FILE"_s);
        const QCommandLineOption lang(u"lang"_s, u"Language (handled before the command runs)."_s, u"LANG"_s);
        m_parser.addOptions({help,           version, catalogFile, format,  dryRun, json,       caFile,
                             connectTimeout, timeout, concurrency, perHost, site,   nameserver, domain,
                             text,           pdf,     pageSize,    csv,     junit,  lang});
        m_parser.addPositionalArgument(u"command"_s, u"What to do."_s);

        if (!m_parser.parse(arguments))
            return usageError(m_parser.errorText());
        if (m_parser.isSet(version)) {
            out() << tr("guardian-portcheck %1 (catalog %2 %3, Qt %4)")
                         .arg(QCoreApplication::applicationVersion(), builtinCatalog().id,
                              builtinCatalog().version, QString::fromLatin1(qVersion()))
                  << '\n';
            return ExitPass;
        }
        const QStringList positional = m_parser.positionalArguments();
        if (m_parser.isSet(help) || positional.isEmpty()) {
            out() << usageText();
            return positional.isEmpty() && !m_parser.isSet(help) ? ExitUsage : ExitPass;
        }
        const QString command = positional.first();
        if (!commands().contains(command))
            return usageError(
                tr("unknown command '%1', expected one of: %2").arg(command, commands().join(u", "_s)));
        // An option the command does not use is an error, not silently ignored ("probe --dry-run"
        // would send probes; "catalog --pdf F" would write nothing).
        const QStringList taken = commandOptions(command);
        for (const QString &name : m_parser.optionNames()) {
            if (name == u"h"_s || name == u"help"_s || name == u"v"_s || name == u"version"_s ||
                name == u"lang"_s || taken.contains(name))
                continue;
            QStringList list;
            for (const QString &o : taken)
                list << u"--"_s + o;
            return usageError(
                taken.isEmpty()
                    ? tr("'%1' takes no option --%2").arg(command, name)
                    : tr("'%1' does not take --%2; its options: %3").arg(command, name, list.join(u", "_s)));
        }

        if (m_parser.isSet(catalogFile)) {
            const Diagnostics problems = loadCatalogFile(m_parser.value(catalogFile), &m_catalog);
            if (!problems.isEmpty()) {
                err() << formatDiagnostics(problems, translator());
                return ExitUsage;
            }
        } else {
            m_catalog = builtinCatalog();
        }
        m_jsonPath = m_parser.value(json);
        m_pdfPath = m_parser.value(pdf);
        m_csvPath = m_parser.value(csv);
        m_junitPath = m_parser.value(junit);
        for (const auto &[path, what] :
             {std::pair{m_jsonPath, u"JSON"_s}, std::pair{m_pdfPath, u"PDF"_s},
              std::pair{m_csvPath, u"CSV"_s}, std::pair{m_junitPath, u"JUnit"_s}}) {
            if (path.isEmpty())
                continue;
            // Say so before a long run, not after it.
            const QFileInfo folder(QFileInfo(path).absolutePath());
            if (!folder.isDir() || !folder.isWritable())
                return usageError(folder.isDir()
                                      ? tr("cannot write the %1 file %2: the folder %3 is not writable")
                                            .arg(what, path, folder.filePath())
                                      : tr("cannot write the %1 file %2: the folder %3 does not exist")
                                            .arg(what, path, folder.filePath()));
        }
        if (m_parser.isSet(pageSize)) {
            const QString size = m_parser.value(pageSize).toLower();
            if (size != u"a4"_s && size != u"letter"_s)
                return usageError(tr("--page-size is a4 or letter, not '%1'").arg(m_parser.value(pageSize)));
            m_pageSize = size == u"a4"_s ? QPageSize::A4 : QPageSize::Letter;
        }
        if (!m_pdfPath.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return internalError(tr("the PDF needs the graphical libraries, which did not start"));

        if (command == u"catalog"_s) {
            if (positional.size() > 1)
                return usageError(tr("'%1' takes no arguments").arg(command));
            return catalogCommand(m_parser.value(format));
        }

        // Settings for the commands that probe: the profile's, then the command line's on top.
        if (!readNumber(connectTimeout, 100, 120000, &m_settings.probe.connectTimeoutMs) ||
            !readNumber(timeout, 100, 120000, &m_settings.probe.protocolTimeoutMs) ||
            !readNumber(concurrency, 1, 4096, &m_settings.concurrency) ||
            !readNumber(perHost, 1, 256, &m_settings.perHostLimit))
            return ExitUsage;
        if (m_parser.isSet(caFile)) {
            const QString path = m_parser.value(caFile);
            if (!QFileInfo(path).isReadable())
                return usageError(tr("cannot read the CA file %1").arg(path));
            m_settings.probe.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
            if (m_settings.probe.extraCaCertificates.isEmpty())
                return usageError(tr("no PEM certificate in %1").arg(path));
        }

        if (m_parser.isSet(domain)) {
            const QString value = m_parser.value(domain).trimmed();
            const std::optional<HostEntry> parsed = parseHost(value, PortPolicy::Forbidden, nullptr);
            if (!parsed || parsed->kind != HostEntry::Kind::Name || !parsed->host.contains(u'.'))
                return usageError(
                    tr("--domain '%1' is not a DNS domain name, expected something like corp.example")
                        .arg(value));
            m_settings.probe.domain = parsed->host;
            m_overridden.insert(u"domain"_s);
        }

        if (command == u"probe"_s)
            return probeCommand(positional.mid(1));
        if (command == u"discover"_s) {
            if (positional.size() != 2)
                return usageError(tr("'discover' needs exactly one DNS domain"));
            return discoverCommand(positional.at(1), m_parser.value(site), m_parser.value(nameserver));
        }
        if (command == u"merge"_s) {
            if (positional.size() < 2)
                return usageError(tr("'merge' needs one or more results files written by 'run --json'"));
            return mergeCommand(positional.mid(1));
        }
        if (command == u"demo"_s) {
            if (positional.size() > 1)
                return usageError(tr("'%1' takes no arguments").arg(command));
            return demoCommand();
        }
        if (positional.size() != 2)
            return usageError(tr("'run' needs exactly one profile file"));
        return runCommand(positional.at(1), m_parser.isSet(dryRun));
    }

private:
    static int usageError(const QString &message)
    {
        err() << "guardian-portcheck: " << message << '\n' << tr("Try 'guardian-portcheck --help'.") << '\n';
        return ExitUsage;
    }

    static int internalError(const QString &message)
    {
        err() << "guardian-portcheck: " << message << '\n';
        return ExitInternal;
    }

    // The report files asked for with --pdf, --csv and --junit (and --json for a merge).
    int writeReports(const ReportData &report, bool withJson)
    {
        const auto done = [](const QString &what, const QString &path) {
            out() << what.arg(path) << '\n';
        };
        if (withJson && !m_jsonPath.isEmpty()) {
            RunResult all;
            all.meta = report.meta;
            for (const RunResult &r : report.runs)
                all.results += r.results;
            const QString error = localized(
                writeFileAtomically(m_jsonPath, runResultJson(m_catalog, report.plan, all, report.verdicts)));
            if (!error.isEmpty())
                return internalError(error);
            done(tr("Results written to %1."), m_jsonPath);
        }
        if (!m_csvPath.isEmpty()) {
            const QString error = localized(writeFileAtomically(
                m_csvPath, firewallRequestCsv(firewallRequest(m_catalog, report)).toUtf8()));
            if (!error.isEmpty())
                return internalError(error);
            done(tr("Firewall request written to %1."), m_csvPath);
        }
        if (!m_junitPath.isEmpty()) {
            const QString error = localized(writeFileAtomically(m_junitPath, junitXml(m_catalog, report)));
            if (!error.isEmpty())
                return internalError(error);
            done(tr("JUnit results written to %1."), m_junitPath);
        }
        if (!m_pdfPath.isEmpty()) {
            ReportWriter writer(m_catalog, report);
            writer.setPageSize(m_pageSize);
            const QString error = writer.write(m_pdfPath);
            if (!error.isEmpty())
                return internalError(error);
            done(tr("Report written to %1."), m_pdfPath);
        }
        return ExitPass;
    }

    int mergeCommand(const QStringList &paths)
    {
        const MergeOutcome merged = mergeResultFiles(m_catalog, paths);
        if (!merged.ok()) {
            for (const QString &e : localized(merged.errors))
                err() << "guardian-portcheck: " << e << '\n';
            return ExitUsage;
        }
        const ReportData &report = merged.report;
        for (const QString &w : localized(report.warnings))
            err() << "guardian-portcheck: " << tr("note: %1").arg(w) << '\n';
        QList<QStringList> rows;
        for (const Verdict &v : report.verdicts)
            rows.append({verdictText(v.level), linkTableLabel(m_catalog, v.link), v.host,
                         v.observer.isEmpty() ? u"-"_s : v.observer, localized(v.reason)});
        out() << tr("Merged %n results file(s) (%1)", nullptr, static_cast<int>(report.runs.size()))
                     .arg(report.meta.host)
              << "\n\n"
              << textTable({tr("VERDICT"), tr("LINK"), tr("HOST"), tr("TESTED FROM"), tr("REASON")}, rows,
                           m_width)
              << '\n';
        const VerdictSummary s = summarize(report.verdicts);
        out() << tr("%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.")
                     .arg(s.pass)
                     .arg(s.warn)
                     .arg(s.fail)
                     .arg(s.notTested)
              << '\n';
        const int written = writeReports(report, true);
        return written != ExitPass ? written : exitCodeFor(report.verdicts);
    }

    bool readNumber(const QCommandLineOption &option, int min, int max, int *value)
    {
        if (!m_parser.isSet(option))
            return true;
        bool ok = false;
        const int v = m_parser.value(option).toInt(&ok);
        if (!ok || v < min || v > max) {
            usageError(tr("--%1 must be a whole number from %2 to %3, found '%4'")
                           .arg(option.names().constFirst())
                           .arg(min)
                           .arg(max)
                           .arg(m_parser.value(option)));
            return false;
        }
        *value = v;
        m_overridden.insert(option.names().constFirst());
        return true;
    }

    int catalogCommand(const QString &format)
    {
        const QList<FirewallRule> rules = firewallRules(m_catalog);
        if (format == u"csv"_s) {
            out().csv(firewallRulesCsv(rules));
        } else if (format == u"table"_s) {
            out()
                << tr("%1 (catalog %2 %3)").arg(catalogText(m_catalog.title), m_catalog.id, m_catalog.version)
                << "\n\n"
                << rulesTable(rules);
        } else if (format == u"yaml"_s) {
            out() << QString::fromUtf8(m_catalog.yaml);
        } else {
            return usageError(tr("unknown format '%1', expected table, csv or yaml").arg(format));
        }
        return ExitPass;
    }

    // The catalog as a firewall request: every port of every link under every mode.
    QString rulesTable(const QList<FirewallRule> &rules) const
    {
        QList<QStringList> rows;
        for (const FirewallRule &r : rules) {
            rows.append({localized(r.from), localized(r.to), tr("TCP %1").arg(r.port), r.probe,
                         localized(r.need), localized(r.when),
                         r.inferred ? tr("%1 (inferred)").arg(r.sourceIds) : r.sourceIds});
        }
        return textTable(
            {tr("FROM"), tr("TO"), tr("PORT"), tr("PROBE"), tr("NEED"), tr("WHEN REQUIRED"), tr("SOURCE")},
            rows, m_width, 5);
    }

    int probeCommand(const QStringList &specs)
    {
        if (specs.isEmpty())
            return usageError(tr("'probe' needs at least one HOST:PORT[/KIND]"));
        QList<ProbeTarget> targets;
        bool bad = false;
        for (const QString &spec : specs) {
            QString hostPart = spec;
            QString kindPart;
            const qsizetype slash = spec.lastIndexOf(u'/');
            if (slash > 0) {
                hostPart = spec.left(slash);
                kindPart = spec.mid(slash + 1);
            }
            Text reason;
            const std::optional<HostEntry> entry = parseHost(hostPart, PortPolicy::Allowed, &reason);
            if (!entry) {
                err() << spec << ": " << localized(reason) << '\n';
                bad = true;
                continue;
            }
            if (entry->port == 0) {
                err() << spec << ": " << tr("a port is needed, expected HOST:PORT or [IPv6]:PORT") << '\n';
                bad = true;
                continue;
            }
            ProbeKind kind = defaultKindForPort(entry->port);
            if (!kindPart.isEmpty()) {
                const std::optional<ProbeKind> k = probeKindFromId(kindPart);
                if (!k || *k == ProbeKind::None) {
                    QStringList kinds = probeKindIds();
                    kinds.removeAll(u"none"_s);
                    err() << spec << ": "
                          << tr("unknown probe kind '%1', expected one of: %2")
                                 .arg(kindPart, kinds.join(u", "_s))
                          << '\n';
                    bad = true;
                    continue;
                }
                kind = *k;
            }
            targets.append({entry->host, entry->port, kind});
        }
        if (bad)
            return ExitUsage;

        RunResult run;
        run.meta = RunMetadata::now(m_catalog);
        ProbeRunner runner;
        runner.setSettings(m_settings);
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
                r.message =
                    Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "not probed (the run was cancelled)"));
            }
            ordered.append(r);
            allOpen = allOpen && r.state == ProbeState::Open && r.failureId().isEmpty();
            rows.append({t.host, QString::number(t.port), probeKindId(t.kind), probeStateId(r.state),
                         serviceStateId(r.service), latencyText(r), evidenceText(r)});
        }
        run.results = ordered;
        out() << textTable(
            {tr("HOST"), tr("PORT"), tr("PROBE"), tr("STATE"), tr("SERVICE"), tr("CONNECT"), tr("EVIDENCE")},
            rows, m_width);
        if (!m_jsonPath.isEmpty()) {
            const QString error = localized(writeFileAtomically(m_jsonPath, probeResultJson(run)));
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

    int runCommand(const QString &profilePath, bool dryRun)
    {
        Profile profile;
        const Diagnostics problems = loadProfileFile(profilePath, m_catalog, &profile);
        if (!problems.isEmpty()) {
            err() << formatDiagnostics(problems, translator());
            return ExitUsage;
        }
        const Plan plan = buildPlan(m_catalog, profile);
        if (dryRun)
            return printPlan(profile, profilePath, plan);

        RunSettings settings = m_settings;
        if (!m_overridden.contains(u"connect-timeout"_s))
            settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
        if (!m_overridden.contains(u"timeout"_s))
            settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
        if (!m_overridden.contains(u"concurrency"_s))
            settings.concurrency = profile.concurrency;
        if (!m_overridden.contains(u"per-host"_s))
            settings.perHostLimit = profile.perHostLimit;
        if (!m_overridden.contains(u"domain"_s))
            settings.probe.domain = profile.domain;
        return executePlan(plan, settings, profile.name.isEmpty() ? profilePath : profile.name);
    }

    int discoverCommand(const QString &domain, const QString &site, const QString &nameserver)
    {
        DcDiscovery discovery;
        DiscoveryResult result;
        QEventLoop loop;
        QObject::connect(&discovery, &DcDiscovery::finished, &loop, [&](const DiscoveryResult &r) {
            result = r;
            loop.quit();
        });
        const Text error = discovery.start(domain, site, nameserver, m_settings.probe.protocolTimeoutMs);
        if (!error.isEmpty())
            return usageError(localized(error));
        loop.exec();
        QList<QStringList> rows;
        const auto add = [&rows](const QString &what, const QList<DiscoveredHost> &hosts) {
            for (const DiscoveredHost &h : hosts)
                rows.append({what, h.host, QString::number(h.port), QString::number(h.priority),
                             QString::number(h.weight)});
        };
        add(tr("domain controller"), result.domainControllers);
        add(tr("DC in site %1").arg(result.site), result.siteControllers);
        add(tr("global catalog"), result.globalCatalogs);
        add(tr("PDC emulator"), result.pdc);
        if (!rows.isEmpty())
            out() << textTable({tr("ROLE"), tr("HOST"), tr("PORT"), tr("PRIORITY"), tr("WEIGHT")}, rows);
        for (const Text &e : std::as_const(result.errors))
            err() << "guardian-portcheck: " << localized(e) << '\n';
        if (!m_jsonPath.isEmpty()) {
            const auto list = [](const QList<DiscoveredHost> &hosts) {
                QJsonArray a;
                for (const DiscoveredHost &h : hosts)
                    a.append(QJsonObject{{u"host"_s, h.host},
                                         {u"port"_s, h.port},
                                         {u"priority"_s, h.priority},
                                         {u"weight"_s, h.weight}});
                return a;
            };
            const QJsonObject doc{{u"tool"_s, u"guardian-portcheck"_s},
                                  {u"version"_s, QCoreApplication::applicationVersion()},
                                  {u"domain"_s, result.domain},
                                  {u"site"_s, result.site},
                                  // found, no-records, nxdomain, no-answer, unreachable, ...: what
                                  // the DNS server said about the domain controllers' SRV name
                                  {u"status"_s, discoveryStatusId(result.status)},
                                  {u"domain_controllers"_s, list(result.domainControllers)},
                                  {u"site_controllers"_s, list(result.siteControllers)},
                                  {u"global_catalogs"_s, list(result.globalCatalogs)},
                                  {u"pdc"_s, list(result.pdc)},
                                  {u"errors"_s, QJsonArray::fromStringList(englishTexts(result.errors))}};
            const QString writeError =
                localized(writeFileAtomically(m_jsonPath, QJsonDocument(doc).toJson()));
            if (!writeError.isEmpty()) {
                err() << "guardian-portcheck: " << writeError << '\n';
                return ExitInternal;
            }
        }
        return result.failed() ? ExitFail : ExitPass;
    }

    int demoCommand()
    {
        DemoSite site;
        const QString error = site.start();
        if (!error.isEmpty()) {
            err() << "guardian-portcheck: " << tr("the demo site cannot start: %1").arg(error) << '\n';
            return ExitInternal;
        }
        const Profile profile = site.profile();
        RunSettings settings = m_settings;
        settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
        settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
        settings.concurrency = profile.concurrency;
        settings.perHostLimit = profile.perHostLimit;
        settings.probe.domain = profile.domain;
        settings.probe.extraCaCertificates += site.trustAnchors();
        out() << tr("Demo site on loopback (127.0.0.1-127.0.0.5): two domain controllers, a file share, a "
                    "cloud\n"
                    "endpoint behind a TLS-inspecting proxy and a Forest Recovery agent.")
              << "\n\n";
        const int code = executePlan(buildPlan(m_catalog, profile), settings, profile.name);
        // The demo is meant to show failures: it ran fine when it got this far.
        return code == ExitFail ? ExitPass : code;
    }

    int printPlan(const Profile &profile, const QString &profilePath, const Plan &plan)
    {
        QList<QStringList> rows;
        for (const Check &c : plan.checks)
            rows.append({c.link, c.host, portText(c), probeKindId(c.probe),
                         c.testable ? (c.advisory ? tr("yes (advisory)") : tr("yes")) : tr("no")});
        out() << tr("Plan for %1").arg(profile.name.isEmpty() ? profilePath : profile.name) << "\n\n"
              << textTable({tr("LINK"), tr("HOST"), tr("PORT"), tr("PROBE"), tr("FROM HERE")}, rows, m_width)
              << '\n'
              << tr("%1 checks for %2 link-host pairs; %3 testable from this machine (vantage: %4), %5 "
                    "distinct probes.")
                     .arg(plan.checks.size())
                     .arg(plan.items.size())
                     .arg(plan.testableCount())
                     .arg(profile.vantage.isEmpty() ? tr("none") : profile.vantage.join(u", "_s))
                     .arg(plan.probeTargets().size())
              << '\n';
        printMissingRoles(plan);
        return ExitPass;
    }

    void printMissingRoles(const Plan &plan)
    {
        for (const QString &role : plan.rolesWithoutHosts) {
            out() << tr("Note: no hosts for %1: the links to it are left out.").arg(roleName(m_catalog, role))
                  << '\n';
        }
    }

    static QString portText(const Check &c)
    {
        return c.port == c.catalogPort ? QString::number(c.port)
                                       : tr("%1 (for %2)").arg(c.port).arg(c.catalogPort);
    }

    int executePlan(const Plan &plan, const RunSettings &settings, const QString &profileName)
    {
        PlanRun run(m_catalog, plan, settings);
        RunMetadata meta = RunMetadata::now(m_catalog);
        meta.profile = profileName;
        SignalWatch watch;
        QEventLoop loop;
        QObject::connect(&run, &PlanRun::finished, &loop, &QEventLoop::quit);
        watch.onSignal(&loop, [&run] { run.cancel(); });
        run.start(meta);
        if (run.isRunning())
            loop.exec();
        RunResult result = run.result();
        if (watch.caught() != 0) {
            result.meta.cancelled = true;
            result.meta.endedBy = watch.name();
        }
        const QList<Verdict> verdicts = run.verdicts();
        const ResultIndex index = result.index();

        QList<QStringList> checkRows;
        QSet<QString> shown;
        for (const Check &c : plan.checks) {
            if (!c.testable || shown.contains(c.probeKey()))
                continue;
            shown.insert(c.probeKey());
            const ProbeResult r = index.value(c.probeKey());
            checkRows.append({c.host, portText(c), probeKindId(c.probe), probeStateId(r.state),
                              serviceStateId(r.service), latencyText(r), evidenceText(r)});
        }
        QStringList vantage;
        for (const QString &id : plan.vantage) {
            vantage << roleName(m_catalog, id);
        }
        out() << tr("Checks from this machine (%1)").arg(vantage.join(u", "_s)) << "\n\n";
        out() << textTable({tr("HOST"), tr("PORT"), tr("PROBE"), tr("STATE"), tr("SERVICE"), tr("CONNECT"),
                            tr("EVIDENCE")},
                           checkRows, m_width)
              << '\n';

        QList<QStringList> verdictRows;
        for (const Verdict &v : verdicts)
            verdictRows.append(
                {verdictText(v.level), linkTableLabel(m_catalog, v.link), v.host, localized(v.reason)});
        out() << tr("Verdicts") << "\n\n"
              << textTable({tr("VERDICT"), tr("LINK"), tr("HOST"), tr("REASON")}, verdictRows, m_width)
              << '\n';

        // One fix per host and cause, with the links it mends: what the PDF and the window list.
        QStringList fixes;
        for (const Fix &f : groupFixes(m_catalog, verdicts)) {
            QStringList links;
            for (const QString &l : f.links)
                links << linkTableLabel(m_catalog, l);
            fixes << u"- "_s + f.host + u": "_s + localized(f.text) + u"\n  "_s +
                         tr("for: %1").arg(links.join(u"; "_s));
        }
        if (!fixes.isEmpty())
            out() << tr("What to change") << "\n\n" << fixes.join(u'\n') << "\n\n";
        printMissingRoles(plan);
        const VerdictSummary s = summarize(verdicts);
        out() << tr("%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.")
                     .arg(s.pass)
                     .arg(s.warn)
                     .arg(s.fail)
                     .arg(s.notTested)
                     .arg(result.results.size())
                     .arg(result.meta.started.msecsTo(result.meta.finished))
              << '\n';
        if (!m_jsonPath.isEmpty()) {
            const QString error =
                localized(writeFileAtomically(m_jsonPath, runResultJson(m_catalog, plan, result, verdicts)));
            if (!error.isEmpty()) {
                err() << "guardian-portcheck: " << error << '\n';
                return ExitInternal;
            }
            out() << tr("Results written to %1.").arg(m_jsonPath) << '\n';
        }
        const int written = writeReports(reportFromRun(m_catalog, plan, result), false);
        if (written != ExitPass)
            return written;
        if (watch.caught() != 0) {
            err() << "guardian-portcheck: "
                  << tr("interrupted by %1: the results so far are written, marked incomplete")
                         .arg(watch.name())
                  << '\n';
            return 128 + watch.caught(); // the shell's convention: 130 for SIGINT, 143 for SIGTERM
        }
        return exitCodeFor(verdicts);
    }

    QCommandLineParser m_parser;
    Catalog m_catalog;
    QString m_jsonPath;
    QString m_pdfPath;
    QString m_csvPath;
    QString m_junitPath;
    QPageSize::PageSizeId m_pageSize = ReportWriter::defaultPageSize();
    RunSettings m_settings;
    QSet<QString> m_overridden;
    int m_width = terminalColumns(); // 0: not a terminal, tables stay whole
};

} // namespace

bool hasDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform == u"offscreen"_s || platform == u"minimal"_s)
        return false;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#endif
}

namespace {
// The arguments without --lang and its value: the language never decides between window and command.
QStringList withoutLanguage(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(u"--lang="_s))
            rest << arguments.at(i);
    }
    return rest;
}
} // namespace

bool wantsDemoWindow(const QStringList &allArguments)
{
    const QStringList arguments = withoutLanguage(allArguments);
    return arguments.size() == 2 && arguments.at(1) == u"demo"_s && hasDisplay();
}

bool commandNeedsGui(const QStringList &arguments)
{
    return arguments.contains(u"--pdf"_s) ||
           std::any_of(arguments.cbegin(), arguments.cend(),
                       [](const QString &a) { return a.startsWith(u"--pdf="_s); });
}

bool wantsCommandLine(const QStringList &allArguments)
{
    if (wantsDemoWindow(allArguments))
        return false;
    const QStringList arguments = withoutLanguage(allArguments);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"-h"_s || a == u"--help"_s || a == u"-v"_s || a == u"--version"_s || a == u"-help"_s)
            return true;
        if (!a.startsWith(u'-'))
            return true; // a command (or a stray argument, which the command line reports)
    }
    return false;
}

QString languageError(const QString &language)
{
    static const QStringList languages{u"en"_s, u"de"_s, u"fr"_s, u"ja"_s};
    // "de", "de_CH", "de-CH" and "DE" name German; the rest is refused rather than quietly English.
    const QString base = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    if (languages.contains(base))
        return {};
    return QCoreApplication::translate("CommandLine", "unknown language '%1' for --lang, expected one of: %2")
        .arg(displaySafe(language), languages.join(u", "_s));
}

int runCommandLine(const QStringList &arguments)
{
    return CommandLine().exec(arguments);
}

} // namespace PortCheck
