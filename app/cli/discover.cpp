// discover DOMAIN [--site S] [--nameserver IPv4]: the DCs, site DCs, GCs and PDC from DNS SRV records.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/export/discoveryjson.h"
#include "model/outputfile.h"
#include "model/probe/dcdiscovery.h"
#include "ui/i18n/translations.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class DiscoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit DiscoverCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (arguments.size() != 1)
            return m_context.usageError(tr("'discover' needs exactly one DNS domain"));
        return discover(arguments.first(), m_context.parser->value(u"site"_s),
                        m_context.parser->value(u"nameserver"_s));
    }

private:
    int discover(const QString &domain, const QString &site, const QString &nameserver)
    {
        DcDiscovery discovery;
        DiscoveryResult result;
        QEventLoop loop;
        QObject::connect(&discovery, &DcDiscovery::finished, &loop, [&](const DiscoveryResult &r) {
            result = r;
            loop.quit();
        });
        if (const Expected<void> started =
                discovery.start(domain, site, nameserver, m_context.settings.probe.protocolTimeoutMs);
            !started)
            return m_context.usageError(localized(started.error()));
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
        if (!m_context.jsonPath.isEmpty()) {
            const QString writeError =
                localized(writeFileAtomically(m_context.jsonPath, discoveryResultJson(result)).error());
            if (!writeError.isEmpty()) {
                err() << "guardian-portcheck: " << writeError << '\n';
                return ExitInternal;
            }
        }
        return result.failed() ? ExitFail : ExitPass;
    }

    CommandContext &m_context;
};

} // namespace

Command discoverCommand()
{
    return {u"discover"_s,
            {u"site"_s, u"nameserver"_s, u"timeout"_s, u"json"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return DiscoverCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
