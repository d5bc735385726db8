#include "requirementswindow.h"

#include "catalog/catalog.h"
#include "export/firewallrequest.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PortCheck {

RequirementsWindow::RequirementsWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Guardian Port Check"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *intro = new QLabel(
        tr("What Cayosoft Guardian needs from the network (catalog %1 %2). Each row is a firewall rule: "
           "who opens the connection, to whom, on which TCP port, and when.")
            .arg(catalog.id, catalog.version),
        central);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<FirewallRule> rules = firewallRules(catalog);
    auto *table = new QTableWidget(static_cast<int>(rules.size()), 7, central);
    table->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Port"), tr("Protocol"), tr("Need"), tr("When required"), tr("Source")});
    table->setAccessibleName(tr("Network requirements"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < rules.size(); ++row) {
        const FirewallRule &r = rules.at(row);
        const QStringList cells{
            r.from, r.to, r.port, r.protocol, r.need, r.when, r.inferred ? tr("inferred") : r.sources};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    setCentralWidget(central);
    resize(1200, 640);
}

} // namespace PortCheck
