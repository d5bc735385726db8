// catalog [--format table|csv|yaml]: every link Guardian needs, as a firewall request.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/export/firewallrequest.h"
#include "ui/i18n/translations.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CatalogCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (!arguments.isEmpty())
            return m_context.usageError(tr("'%1' takes no arguments").arg(u"catalog"_s));
        return list(m_context.parser->value(u"format"_s));
    }

private:
    int list(const QString &format)
    {
        const QList<FirewallRule> rules = firewallRules(m_context.catalog);
        if (format == u"csv"_s) {
            out().csv(firewallRulesCsv(rules));
        } else if (format == u"table"_s) {
            out() << tr("%1 (catalog %2 %3)")
                         .arg(catalogText(m_context.catalog.title), m_context.catalog.id,
                              m_context.catalog.version)
                  << "\n\n"
                  << rulesTable(rules);
        } else if (format == u"yaml"_s) {
            out() << QString::fromUtf8(m_context.catalog.yaml);
        } else {
            return m_context.usageError(tr("unknown format '%1', expected table, csv or yaml").arg(format));
        }
        return ExitPass;
    }

    // The catalog as a firewall request: every port of every link under every mode.
    QString rulesTable(const QList<FirewallRule> &rules) const
    {
        QList<QStringList> rows;
        for (const FirewallRule &r : rules) {
            rows.append(
                {localized(r.from), localized(r.to), tr("TCP %1").arg(r.port), r.probe, localized(r.need),
                 localized(r.when),
                 (r.inferred ? tr("%1 (inferred)").arg(r.sourceIds) : r.sourceIds) +
                     (r.endpointSet.isEmpty()   ? QString()
                      : r.endpointSet == u"-"_s ? u"; "_s + tr("Microsoft 365 list (no set id)")
                                                : u"; "_s + tr("Microsoft 365 set %1").arg(r.endpointSet))});
        }
        return textTable(
            {tr("FROM"), tr("TO"), tr("PORT"), tr("PROBE"), tr("NEED"), tr("WHEN REQUIRED"), tr("SOURCE")},
            rows, m_context.width, 5);
    }

    CommandContext &m_context;
};

} // namespace

Command catalogCommand()
{
    return {
        u"catalog"_s, {u"format"_s, u"catalog"_s}, [](CommandContext &context, const QStringList &arguments) {
            return CatalogCommand(context).exec(arguments);
        }};
}

} // namespace PortCheck
