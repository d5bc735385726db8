#include "cli.h"

#include "catalog/catalogloader.h"
#include "export/csv.h"
#include "export/firewallrequest.h"
#include "plan/plan.h"
#include "profile/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

const QStringList &commands()
{
    static const QStringList list{u"run"_s, u"catalog"_s};
    return list;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usageText()
{
    return u"Usage: guardian-portcheck [COMMAND] [OPTIONS]\n"
           u"Proves whether every network path Cayosoft Guardian needs is open.\n\n"
           u"Commands:\n"
           u"  (none)                       open the window\n"
           u"  catalog [--format table|csv|yaml]\n"
           u"                               every link Guardian needs: the firewall request\n"
           u"  run PROFILE.yaml --dry-run   the checks a profile plans, without sending anything\n\n"
           u"Options for every command:\n"
           u"  --catalog FILE               use this catalog instead of the built-in one\n"
           u"  -h, --help                   show this help\n"
           u"  -v, --version                show the version\n\n"
           u"Exit codes: 0 every required link passes, 1 a required link fails, 2 bad usage or input,\n"
           u"3 internal error.\n"_s;
}

class CommandLine
{
public:
    int exec(const QStringList &arguments)
    {
        m_parser.setApplicationDescription(
            u"Proves whether every network path Cayosoft Guardian needs is open."_s);
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
        const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
        const QCommandLineOption catalogFile(u"catalog"_s, u"Use this catalog file."_s, u"FILE"_s);
        const QCommandLineOption format(u"format"_s, u"table, csv or yaml."_s, u"FORMAT"_s, u"table"_s);
        const QCommandLineOption dryRun(u"dry-run"_s, u"Print the plan; send nothing."_s);
        m_parser.addOptions({help, version, catalogFile, format, dryRun});
        m_parser.addPositionalArgument(u"command"_s, u"What to do."_s);

        if (!m_parser.parse(arguments))
            return usageError(m_parser.errorText());
        if (m_parser.isSet(version)) {
            out() << "guardian-portcheck " << QCoreApplication::applicationVersion() << " (catalog "
                  << builtinCatalog().id << ' ' << builtinCatalog().version << ", Qt " << qVersion() << ")\n";
            return ExitPass;
        }
        const QStringList positional = m_parser.positionalArguments();
        if (m_parser.isSet(help) || positional.isEmpty()) {
            out() << usageText();
            return positional.isEmpty() && !m_parser.isSet(help) ? ExitUsage : ExitPass;
        }
        const QString command = positional.first();
        if (!commands().contains(command))
            return usageError(u"unknown command '"_s + command + u"', expected one of: "_s +
                              commands().join(u", "_s));

        if (m_parser.isSet(catalogFile)) {
            const Diagnostics problems = loadCatalogFile(m_parser.value(catalogFile), &m_catalog);
            if (!problems.isEmpty()) {
                err() << formatDiagnostics(problems);
                return ExitUsage;
            }
        } else {
            m_catalog = builtinCatalog();
        }

        if (command == u"catalog"_s) {
            if (positional.size() > 1)
                return usageError(u"'catalog' takes no arguments"_s);
            return catalogCommand(m_parser.value(format));
        }
        if (positional.size() != 2)
            return usageError(u"'run' needs exactly one profile file"_s);
        if (!m_parser.isSet(dryRun))
            return usageError(u"probing is not built yet: use 'run PROFILE --dry-run' to see the plan"_s);
        return dryRunCommand(positional.at(1));
    }

private:
    static int usageError(const QString &message)
    {
        err() << "guardian-portcheck: " << message << "\nTry 'guardian-portcheck --help'.\n";
        return ExitUsage;
    }

    int catalogCommand(const QString &format)
    {
        const QList<FirewallRule> rules = firewallRules(m_catalog);
        if (format == u"csv"_s) {
            out() << firewallRulesCsv(rules);
        } else if (format == u"table"_s) {
            out() << m_catalog.title << " (catalog " << m_catalog.id << ' ' << m_catalog.version << ")\n\n"
                  << firewallRulesTable(rules);
        } else if (format == u"yaml"_s) {
            out() << QString::fromUtf8(m_catalog.yaml);
        } else {
            return usageError(u"unknown format '"_s + format + u"', expected table, csv or yaml"_s);
        }
        return ExitPass;
    }

    int dryRunCommand(const QString &profilePath)
    {
        Profile profile;
        const Diagnostics problems = loadProfileFile(profilePath, m_catalog, &profile);
        if (!problems.isEmpty()) {
            err() << formatDiagnostics(problems);
            return ExitUsage;
        }
        const Plan plan = buildPlan(m_catalog, profile);
        QList<QStringList> rows;
        for (const Check &c : plan.checks) {
            const QString port = c.port == c.catalogPort ? QString::number(c.port)
                                                         : QString::number(c.port) + u" (for "_s +
                                                               QString::number(c.catalogPort) + u')';
            rows.append({c.link, c.host, port, probeKindId(c.probe),
                         c.testable ? (c.advisory ? u"yes (advisory)"_s : u"yes"_s) : u"no"_s});
        }
        out() << "Plan for " << (profile.name.isEmpty() ? profilePath : profile.name) << "\n\n"
              << textTable({u"LINK"_s, u"HOST"_s, u"PORT"_s, u"PROBE"_s, u"FROM HERE"_s}, rows) << '\n'
              << plan.checks.size() << " checks for " << plan.items.size() << " link-host pairs; "
              << plan.testableCount() << " testable from this machine (vantage: "
              << (profile.vantage.isEmpty() ? u"none"_s : profile.vantage.join(u", "_s)) << "), "
              << plan.probeTargets().size() << " distinct probes.\n";
        for (const QString &role : plan.rolesWithoutHosts) {
            const Role *r = m_catalog.role(role);
            out() << "Note: no hosts for " << (r ? r->name : role) << ": the links to it are left out.\n";
        }
        return ExitPass;
    }

    QCommandLineParser m_parser;
    Catalog m_catalog;
};

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"-h"_s || a == u"--help"_s || a == u"-v"_s || a == u"--version"_s || a == u"-help"_s)
            return true;
        if (!a.startsWith(u'-'))
            return true; // a command (or a stray argument, which the command line reports)
    }
    return false;
}

int runCommandLine(const QStringList &arguments)
{
    return CommandLine().exec(arguments);
}

} // namespace PortCheck
