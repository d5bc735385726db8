#include "app/cli/cli.h"

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/catalog/catalogloader.h"
#include "model/catalog/m365endpoints.h"
#include "model/inputfile.h"
#include "model/probe/proxy.h"
#include "model/probe/rundefaults.h"
#include "model/profile/hostinput.h"
#include "ui/i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSslCertificate>

#include <algorithm>

// The dispatcher: the options every command shares, the check that a command takes what it was
// given, the exit codes; each command in its own file (command.h).

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

const QList<Command> &commands()
{
    static const QList<Command> list{runCommand(),  probeCommand(), discoverCommand(), catalogCommand(),
                                     demoCommand(), mergeCommand(), compareCommand(),  importM365Command()};
    return list;
}

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
        "  run SITE.yaml [--as ROLE,...]   one profile for every machine: without 'vantage:' in it,\n"
        "                                  the roles whose host lists name this machine; --as decides\n"
        "  probe HOST:PORT[/KIND]...       ad-hoc probes, e.g. dc1.corp.example:389/ldap (the kind\n"
        "                                  defaults from the port: 389 ldap, 636 ldaps, 445 smb,\n"
        "                                  88 kerberos, 53 dns, ...)\n"
        "  discover DOMAIN [--site S] [--nameserver IPv4] [--json F]\n"
        "                                  DCs, site DCs, GCs and the PDC from DNS SRV records\n"
        "  demo [--text] [--json F]        a simulated site on loopback, opened in the window (in the\n"
        "                                  terminal without a display, or with --text or --json): every\n"
        "                                  verdict, no traffic "
        "elsewhere\n"
        "  merge A.json B.json... [--pdf F] [--html F] [--json F] [--csv F] [--junit F]\n"
        "                                  join the results of several machines (each its own vantage)\n"
        "  compare BEFORE.json AFTER.json [--json F] [--csv F] [--pdf F] [--html F]\n"
        "                                  what a change did: fixed, newly broken, still failing, and\n"
        "                                  each requested firewall rule verified open or not\n"
        "  catalog [--format table|csv|yaml]\n"
        "                                  every link Guardian needs: the firewall request\n"
        "  import-m365 FILE [--cloud C] [--dry-run]\n"
        "                                  refresh the Microsoft 365 endpoints from a saved copy of\n"
        "                                  Microsoft's list (https://endpoints.office.com/endpoints/\n"
        "                                  Worldwide?clientrequestid=<GUID>; never fetched here); C is\n"
        "                                  worldwide, gcc-high, dod or china (default: from the file)\n\n"
        "Options:\n"
        "  --json FILE                     write the results as JSON (run, probe, merge, demo)\n"
        "  --pdf FILE                      write the change-approval report as PDF (run, merge, demo,\n"
        "                                  compare)\n"
        "  --html FILE                     the same report as one self-contained HTML file (run, merge,\n"
        "                                  demo, compare)\n"
        "  --page-size a4|letter           the PDF's paper (default: from the locale)\n"
        "  --csv FILE                      write the firewall change request as CSV (run, merge, demo,\n"
        "                                  compare)\n"
        "  --junit FILE                    write JUnit XML, a test case per link and host (run, merge, "
        "demo)\n"
        "  --azure-service-tags FILE       a saved copy of Azure's service tags (ServiceTags_Public_\n"
        "                                  <date>.json from Microsoft's download page; never fetched\n"
        "                                  here): the firewall request lists the prefixes of Sql.<region>\n"
        "                                  (the profile's azure-region) (run, merge, demo)\n"
        "  --run-by NAME                   who ran it, on the report's cover (default: the account name)\n"
        "  --ticket ID, --requester NAME, --approver NAME\n"
        "                                  the change on the report's cover (default: the profile's\n"
        "                                  ticket, requester, approver; left blank: lines to fill in)\n"
        "                                  (run, merge, demo)\n"
        "  --ca-file PEM                   trust these CA certificates too (TLS probes)\n"
        "  --connect-timeout MS            give up connecting after MS (default 3000)\n"
        "  --timeout MS                    wait MS for the TLS handshake and for the answer (default "
        "5000)\n"
        "  --concurrency N                 probes in flight at once (default 256); a connect still\n"
        "                                  unanswered after a moment waits aside, so dropped ports\n"
        "                                  cost one timeout, not one per N probes\n"
        "  --per-host N                    probes in flight to one host (default 8)\n"
        "  --proxy URL|system|none         how HTTPS to the Internet leaves this machine (run, probe):\n"
        "                                  an HTTP proxy (http://host:port), the system's setting\n"
        "                                  (default; Windows: WinHTTP and Internet Options with PAC and\n"
        "                                  WPAD; Linux: https_proxy and the desktop's settings), or none\n"
        "  --resolve NAME=ADDRESS          probe NAME at ADDRESS without asking DNS (repeatable)\n"
        "  --domain DOMAIN                 the AD domain: the realm and zone the kerberos and dns probes\n"
        "                                  ask for (run: the profile's domain; default: each host's suffix)\n"
        "  --catalog FILE                  use this catalog instead of the built-in one\n"
        "  --lang en|de|fr|ja              the language of the window, the report and this output\n"
        "  --log FILE                      write a debug log for support: lookups, probes, verdicts\n"
        "  -h, --help                      show this help\n"
        "  -v, --version                   show the version\n\n"
        "Exit codes: 0 every required link passes, 1 a required link fails, 2 bad usage or input,\n"
        "3 internal error, 130/143 interrupted by SIGINT/SIGTERM (what finished is written, marked\n"
        "incomplete). 'demo' exits 0 when its site ran: it is built to show a failing link.\n");
}

class Dispatcher
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
        const QCommandLineOption html(u"html"_s, u"Write the report as one HTML file."_s, u"FILE"_s);
        const QCommandLineOption pageSize(u"page-size"_s, u"a4 or letter."_s, u"SIZE"_s);
        const QCommandLineOption csv(u"csv"_s, u"Write the firewall request as CSV."_s, u"FILE"_s);
        const QCommandLineOption junit(u"junit"_s, u"Write JUnit XML."_s, u"FILE"_s);
        const QCommandLineOption lang(u"lang"_s, u"Language (handled before the command runs)."_s, u"LANG"_s);
        const QCommandLineOption log(u"log"_s, u"Debug log (handled before the command runs)."_s, u"FILE"_s);
        const QCommandLineOption as(u"as"_s, u"run: test from these roles."_s, u"ROLE[,ROLE]"_s);
        const QCommandLineOption proxy(u"proxy"_s, u"The proxy for HTTPS to the Internet."_s,
                                       u"URL|system|none"_s);
        const QCommandLineOption cloud(u"cloud"_s, u"import-m365: the Microsoft cloud of the list."_s,
                                       u"CLOUD"_s);
        const QCommandLineOption serviceTags(u"azure-service-tags"_s,
                                             u"A saved copy of Azure's service tags (JSON)."_s, u"FILE"_s);
        const QCommandLineOption resolve(u"resolve"_s, u"Answer this name with this address."_s,
                                         u"NAME=ADDRESS"_s);
        const QCommandLineOption runBy(u"run-by"_s, u"Who ran it (the report's cover)."_s, u"NAME"_s);
        const QCommandLineOption ticket(u"ticket"_s, u"The change ticket (the report's cover)."_s, u"ID"_s);
        const QCommandLineOption requester(u"requester"_s, u"Who asked for the change."_s, u"NAME"_s);
        const QCommandLineOption approver(u"approver"_s, u"Who approves the change."_s, u"NAME"_s);
        m_parser.addOptions(
            {help,        version,     catalogFile, format,    dryRun,     json,  caFile,  connectTimeout,
             timeout,     concurrency, perHost,     site,      nameserver, text,  pdf,     pageSize,
             csv,         junit,       lang,        as,        domain,     proxy, resolve, cloud,
             serviceTags, runBy,       ticket,      requester, approver,   html,  log});
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
        const auto found = std::find_if(commands().cbegin(), commands().cend(),
                                        [&](const Command &c) { return c.name == command; });
        if (found == commands().cend()) {
            QStringList names;
            for (const Command &c : commands())
                names << c.name;
            return usageError(
                tr("unknown command '%1', expected one of: %2").arg(command, names.join(u", "_s)));
        }
        // An option the command does not use is an error, not silently ignored ("probe --dry-run"
        // would send probes; "catalog --pdf F" would write nothing).
        const QStringList &taken = found->options;
        for (const QString &name : m_parser.optionNames()) {
            if (name == u"h"_s || name == u"help"_s || name == u"v"_s || name == u"version"_s ||
                name == u"lang"_s || name == u"log"_s || taken.contains(name))
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
            const Diagnostics problems = loadCatalogFile(m_parser.value(catalogFile), &m_context.catalog);
            if (!problems.isEmpty()) {
                err() << formatDiagnostics(problems, translator());
                return ExitUsage;
            }
        } else {
            m_context.catalog = builtinCatalog();
        }
        // The Microsoft 365 endpoints imported with import-m365 replace the catalog's list.
        QString endpointsWarning;
        M365::applyStoredLists(&m_context.catalog, &endpointsWarning);
        if (!endpointsWarning.isEmpty())
            err() << tr("Warning: %1").arg(endpointsWarning) << "\n";
        m_context.jsonPath = m_parser.value(json);
        m_context.pdfPath = m_parser.value(pdf);
        m_context.htmlPath = m_parser.value(html);
        m_context.csvPath = m_parser.value(csv);
        m_context.junitPath = m_parser.value(junit);
        for (const auto &[path, what] :
             {std::pair{m_context.jsonPath, u"JSON"_s}, std::pair{m_context.pdfPath, u"PDF"_s},
              std::pair{m_context.htmlPath, u"HTML"_s}, std::pair{m_context.csvPath, u"CSV"_s},
              std::pair{m_context.junitPath, u"JUnit"_s}}) {
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
            m_context.pageSize = size == u"a4"_s ? QPageSize::A4 : QPageSize::Letter;
        }
        if ((!m_context.pdfPath.isEmpty() || !m_context.htmlPath.isEmpty()) &&
            !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return internalError(tr("the PDF needs the graphical libraries, which did not start"));

        // Settings for the commands that probe: the profile's, then the command line's on top.
        if (!readNumber(connectTimeout, RunDefaults::kTimeoutMs.min, RunDefaults::kTimeoutMs.max,
                        &m_context.settings.probe.connectTimeoutMs) ||
            !readNumber(timeout, RunDefaults::kTimeoutMs.min, RunDefaults::kTimeoutMs.max,
                        &m_context.settings.probe.protocolTimeoutMs) ||
            !readNumber(concurrency, RunDefaults::kConcurrencyRange.min, RunDefaults::kConcurrencyRange.max,
                        &m_context.settings.concurrency) ||
            !readNumber(perHost, RunDefaults::kPerHostRange.min, RunDefaults::kPerHostRange.max,
                        &m_context.settings.perHostLimit))
            return ExitUsage;
        if (m_parser.isSet(caFile)) {
            const QString path = m_parser.value(caFile);
            // A FIFO, a device or a huge file is refused at once, not read without end.
            Text why;
            const std::optional<QByteArray> pem = readInputFile(path, kMaxCaFileBytes, &why);
            if (!pem)
                return usageError(tr("cannot read %1: %2").arg(path, localized(why)));
            m_context.settings.probe.extraCaCertificates = QSslCertificate::fromData(*pem, QSsl::Pem);
            if (m_context.settings.probe.extraCaCertificates.isEmpty())
                return usageError(tr("no PEM certificate in %1").arg(path));
        }

        // The report cover's fields: one line each, what the profile says unless given here.
        for (const auto &[option, field] :
             {std::pair{&runBy, &m_context.runBy}, std::pair{&ticket, &m_context.change.ticket},
              std::pair{&requester, &m_context.change.requester},
              std::pair{&approver, &m_context.change.approver}}) {
            if (!m_parser.isSet(*option))
                continue;
            const QString value = m_parser.value(*option).trimmed();
            if (const QString problem = value.isEmpty() ? tr("empty") : localized(changeFieldProblem(value));
                !problem.isEmpty())
                return usageError(tr("--%1: %2").arg(option->names().constFirst(), problem));
            *field = value;
        }
        if (m_parser.isSet(serviceTags)) {
            Text error;
            const auto tags = Azure::readServiceTagFile(m_parser.value(serviceTags), &error);
            if (!tags)
                return usageError(tr("--azure-service-tags: %1").arg(localized(error)));
            m_context.azureServiceTags = *tags;
        }
        if (m_parser.isSet(proxy)) {
            QString error;
            const std::optional<QString> setting = parseProxySetting(m_parser.value(proxy), &error);
            if (!setting)
                return usageError(tr("--proxy: %1").arg(error));
            m_context.proxy = *setting;
            m_context.overridden.insert(u"proxy"_s);
        }
        for (const QString &entry : m_parser.values(resolve)) {
            // NAME=ADDRESS, as curl's --resolve without the port: every probe of NAME uses ADDRESS.
            const qsizetype eq = entry.indexOf(u'=');
            const QString name = entry.left(eq).trimmed().toLower();
            const QHostAddress address(entry.mid(eq + 1).trimmed().remove(u'[').remove(u']'));
            const std::optional<HostEntry> parsed =
                eq > 0 ? parseHost(name, PortPolicy::Forbidden, nullptr) : std::nullopt;
            if (!parsed || parsed->kind != HostEntry::Kind::Name)
                return usageError(
                    tr("--resolve '%1': expected NAME=ADDRESS, e.g. login.microsoftonline.com=127.0.0.5")
                        .arg(entry.left(200)));
            if (address.isNull())
                return usageError(tr("--resolve '%1': '%2' is not an IPv4 or IPv6 address")
                                      .arg(entry.left(200), entry.mid(eq + 1).left(100)));
            QList<QHostAddress> &addresses = m_context.settings.resolve[parsed->host.toLower()];
            if (!addresses.contains(address))
                addresses << address;
        }

        if (m_parser.isSet(domain)) {
            const QString value = m_parser.value(domain).trimmed();
            const std::optional<HostEntry> parsed = parseHost(value, PortPolicy::Forbidden, nullptr);
            if (!parsed || parsed->kind != HostEntry::Kind::Name || !parsed->host.contains(u'.'))
                return usageError(
                    tr("--domain '%1' is not a DNS domain name, expected something like corp.example")
                        .arg(value));
            m_context.settings.probe.domain = parsed->host;
            m_context.overridden.insert(u"domain"_s);
        }

        m_context.parser = &m_parser;
        return found->run(m_context, positional.mid(1));
    }

private:
    static int usageError(const QString &message) { return CommandContext::usageError(message); }
    static int internalError(const QString &message) { return CommandContext::internalError(message); }

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
        m_context.overridden.insert(option.names().constFirst());
        return true;
    }
    QCommandLineParser m_parser;
    CommandContext m_context;
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
// The arguments without --lang, --log and their values: they never decide between window and command.
QStringList withoutLanguage(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s || arguments.at(i) == u"--log"_s) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(u"--lang="_s) && !arguments.at(i).startsWith(u"--log="_s))
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
    // The report's fonts and its diagram need the graphical libraries (offscreen without a display).
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == u"--pdf"_s || a == u"--html"_s || a.startsWith(u"--pdf="_s) || a.startsWith(u"--html="_s);
    });
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
    return Dispatcher().exec(arguments);
}

} // namespace PortCheck
