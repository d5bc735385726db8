// import-m365 FILE [--cloud worldwide|gcc-high|dod|china] [--dry-run]: a saved copy of Microsoft's
// endpoints web service JSON becomes the list of Microsoft 365 names every later run tests and
// the firewall request asks for. Nothing is fetched: the user saves the file.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/catalog/m365endpoints.h"
#include "model/inputfile.h"
#include "model/outputfile.h"
#include "ui/i18n/translations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit ImportCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (arguments.size() != 1)
            return m_context.usageError(
                tr("'%1' takes one file: Microsoft's endpoints list saved as JSON").arg(u"import-m365"_s));
        const QString path = arguments.first();
        const Catalog &catalog = m_context.catalog;
        const Option *cloudOption = catalog.option(u"cloud"_s);
        if (!cloudOption || catalog.endpoints.sets.isEmpty())
            return m_context.usageError(
                tr("the catalog %1 lists no Microsoft 365 endpoint sets").arg(catalog.origin));

        QString cloud = m_context.parser->value(u"cloud"_s);
        if (!cloud.isEmpty() && !cloudOption->value(cloud)) {
            QStringList ids;
            for (const OptionValue &v : cloudOption->values)
                ids << v.id;
            return m_context.usageError(
                tr("unknown cloud '%1', expected one of: %2").arg(cloud, ids.join(u", "_s)));
        }
        Text why;
        const std::optional<QByteArray> bytes = readInputFile(path, M365::kMaxFileBytes, &why);
        if (!bytes)
            return m_context.usageError(tr("cannot read %1: %2").arg(path, localized(why)));
        const std::optional<QList<M365::Record>> records = M365::parseWebService(*bytes, &why);
        if (!records)
            return m_context.usageError(tr("%1: %2").arg(path, localized(why)));

        if (cloud.isEmpty())
            cloud = M365::guessCloud(catalog, *records);
        const M365::Refresh refreshed = M365::refresh(catalog, cloud, *records);
        if (!refreshed.error.isEmpty())
            return m_context.usageError(tr("%1: %2").arg(path, localized(refreshed.error)));

        out() << tr("Microsoft 365 endpoints, %1 cloud (%2), from %3: %n set(s) that Guardian needs, of %4 "
                    "in the file.",
                    nullptr, static_cast<int>(refreshed.sets.size()))
                     .arg(cloud, M365::instanceName(cloud), path, QString::number(records->size()))
              << "\n";
        out() << tr("Compared with the list in use (%1):").arg(catalog.endpoints.origin(cloud)) << "\n";
        for (const M365::Refresh::Change &c : refreshed.changes) {
            const Role *role = catalog.role(c.role);
            const QString name = role ? catalogText(role->name) : c.role;
            QStringList parts;
            if (!c.added.isEmpty())
                parts << tr("added %1").arg(c.added.join(u", "_s));
            if (!c.removed.isEmpty())
                parts << tr("removed %1").arg(c.removed.join(u", "_s));
            if (c.oldPorts != c.newPorts)
                parts << tr("ports %1, were %2").arg(c.newPorts, c.oldPorts);
            if (c.required != c.requiredBefore)
                parts << (c.required ? tr("now required") : tr("now optional"));
            out() << "  "
                  << tr("set %1 (%2): %3")
                         .arg(QString::number(c.id), name,
                              parts.isEmpty() ? tr("no change") : parts.join(u"; "_s))
                  << "\n";
        }
        if (!refreshed.unprobed.isEmpty())
            out() << tr("Wildcards with no name to test (the firewall request lists them; a run cannot test "
                        "them): %1")
                         .arg(refreshed.unprobed.join(u", "_s))
                  << "\n";
        if (m_context.parser->isSet(u"dry-run"_s)) {
            out() << tr("Dry run: nothing saved.") << "\n";
            return ExitPass;
        }

        // The stored lists of the other clouds stay.
        QList<M365::Stored> lists;
        const QString store = M365::storePath();
        if (QFileInfo::exists(store)) {
            Text storedWhy;
            if (const std::optional<QByteArray> old = readInputFile(store, M365::kMaxFileBytes, &storedWhy)) {
                if (const auto parsed = M365::parseStored(*old, &storedWhy)) {
                    for (const M365::Stored &s : *parsed) {
                        if (s.cloud != cloud)
                            lists << s;
                    }
                }
            }
        }
        M365::Stored stored;
        stored.cloud = cloud;
        stored.file = QFileInfo(path).absoluteFilePath();
        stored.imported = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        stored.sets = refreshed.sets;
        lists << stored;
        QDir().mkpath(QFileInfo(store).absolutePath());
        if (const Expected<void> saved = writeFileAtomically(store, M365::storedJson(lists)); !saved)
            return m_context.usageError(tr("cannot save the list: %1").arg(localized(saved.error())));
        out() << tr("Saved to %1: every run and the window now test this list for the %2 cloud.")
                     .arg(store, cloud)
              << "\n";
        return ExitPass;
    }

private:
    CommandContext &m_context;
};

} // namespace

Command importM365Command()
{
    return {u"import-m365"_s,
            {u"cloud"_s, u"dry-run"_s, u"catalog"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return ImportCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
