#include "ui/wizard/resultspage.h"

#include "model/export/firewallrequest.h"
#include "model/export/requestrules.h"
#include "model/run/coverage.h"
#include "ui/diagram/topologyscene.h"
#include "ui/diagram/topologyview.h"
#include "ui/i18n/coveragetext.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportexporter.h"
#include "ui/report/reportwriter.h"
#include "ui/style/verdictstyle.h"
#include "ui/wizard/comparisonpanes.h"
#include "ui/wizard/evidenceformatter.h"
#include "ui/wizard/verdicttablemodel.h"
#include "ui/wizard/wizardcontext.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

ResultsPage::~ResultsPage()
{
    // Children go in the order they were made: the model and the comparison before the diagram,
    // whose items still emit selection changes while it is torn down.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_comparison, nullptr, this, nullptr);
}

ResultsPage::ResultsPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Results"));
    setSubTitle(
        tr("The verdict of every link toward every host. Select a row for its evidence and what to change."));
    setFinalPage(true);

    m_headline = new QLabel;
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setAccessibleName(tr("Overall verdict"));

    QWidget *verdictPane = buildVerdictPane();

    m_evidence = new QTextBrowser;
    m_evidence->setAccessibleName(tr("Evidence and remediation"));
    m_evidence->setOpenLinks(false);

    QWidget *firewallPane = buildFirewallPane();
    // Before and after a change: what it did to each link, and the rules asked for, verified or not.
    m_comparison = new ComparisonPanes(this);

    m_tabs = new QTabWidget;
    m_tabs->addTab(verdictPane, tr("Verdicts"));
    m_tabs->addTab(firewallPane, tr("Firewall request"));
    m_tabs->addTab(m_comparison->changesPane(), tr("Before and after"));
    m_tabs->addTab(m_comparison->rulesPane(), tr("Rules verified"));
    m_coverage = new QTextBrowser;
    m_coverage->setAccessibleName(tr("Coverage by source machine"));
    m_coverage->setOpenLinks(false);
    m_tabs->addTab(m_coverage, tr("Coverage"));

    // The picture on top (what people look at on a call), the table and the evidence below it.
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_tabs);
    bottom->addWidget(m_evidence);
    bottom->setSizes({560, 440});
    m_scene = new TopologyScene(context->catalog(), this);
    m_view = new TopologyView(m_scene);
    m_view->setMinimumHeight(
        96); // with the tabs and the filter below, the page fits 450 px (a 900 px screen at 200 %)
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setSizes({390, 230}); // the diagram first: what a support engineer shows on a call

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);
    layout->addLayout(buildExportButtons());

    // a saved profile changes the advice for links tested elsewhere
    connect(context, &WizardContext::saved, this, [this] { showEvidence(currentVerdictIndex()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int index = currentVerdictIndex();
        showEvidence(index);
        if (index >= 0 && index < m_verdicts.size())
            m_scene->selectLink(m_verdicts.at(index).link, m_verdicts.at(index).host);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        // The evidence pane follows the selection. With the selected row filtered out, Qt moves
        // the current index to a neighbour without selecting it: the first row shown is selected
        // instead, so what is highlighted is what the evidence shows.
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    // A changed link selected: its verdict now, its evidence and its place in the diagram.
    connect(m_comparison, &ComparisonPanes::linkSelected, this, &ResultsPage::selectVerdict);
    connect(m_scene, &TopologyScene::linkSelected, this,
            [this](const QString &link, const QString &host) { selectVerdict(link, host); });
    connect(m_scene, &TopologyScene::retestRequested, this, &ResultsPage::retest);
}

QWidget *ResultsPage::buildVerdictPane()
{
    m_model = new VerdictTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VerdictTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Verdicts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Column widths from the visible rows and 250 more, not 1,000 of a 5,000-DC site's 30,000.
    m_table->horizontalHeader()->setResizeContentsPrecision(250);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VerdictTableModel::VerdictColumn, Qt::AscendingOrder);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by verdict, path, host or reason"));
    m_filter->setAccessibleName(tr("Filter the verdicts"));
    m_filter->setClearButtonEnabled(true);
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the filter"));
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    return pane;
}

QWidget *ResultsPage::buildFirewallPane()
{
    m_firewall = new QTableWidget(0, 7);
    m_firewall->setHorizontalHeaderLabels(
        {tr("Action"), tr("Need"), tr("Source"), tr("Destination"), tr("Port"), tr("Link"), tr("Found")});
    m_firewall->setAccessibleName(tr("Firewall change request"));
    m_firewall->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_firewall->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firewall->setWordWrap(false);
    m_firewall->setTabKeyNavigation(false);
    m_firewall->verticalHeader()->hide();
    m_firewall->horizontalHeader()->setStretchLastSection(true);
    m_firewallSummary = new QLabel;
    m_firewallSummary->setTextFormat(Qt::PlainText);
    m_firewallSummary->setWordWrap(true);
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_firewallSummary);
    layout->addWidget(m_firewall, 1);
    return pane;
}

void ResultsPage::initializePage()
{
    m_report = m_context->report();
    m_scene->setPlan(m_report.plan, m_report.meta.host);
    m_scene->setVerdicts(m_report.verdicts);
    m_view->fit();
    refresh(false);
}

void ResultsPage::refresh(bool fromRun)
{
    if (fromRun)
        m_report = m_context->report();
    m_verdicts = m_report.verdicts;
    const Catalog &catalog = m_context->catalog();
    const VerdictSummary s = summary();
    QString headline = localized(overallSentence(s)) + u"   "_s + localized(countsSentence(s));
    if (m_report.meta.cancelled)
        headline += u"   "_s + tr("(run cancelled: some probes did not finish)");
    if (m_report.isMerged())
        headline +=
            u"   "_s + tr("(merged from %n machine(s))", nullptr, static_cast<int>(m_report.runs.size()));
    if (const Comparison *c = m_context->comparison())
        headline += u"   "_s + tr("(after the change: %1 fixed, %2 newly broken)")
                                   .arg(c->count(VerdictChange::Fixed))
                                   .arg(c->count(VerdictChange::Broken));
    m_headline->setText(headline);

    m_model->setVerdicts(catalog, m_verdicts);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 320));
    fillFirewallTable();
    fillComparison();
    fillCoverage();
    m_exportStatus->clear();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_evidence->clear();
}

void ResultsPage::fillFirewallTable()
{
    const Catalog &catalog = m_context->catalog();
    const QList<FirewallRequestRow> rows = firewallRequest(catalog, m_report);
    m_firewallSummary->setText(localized(requestSummaryText(summarizeRequest(rows))));
    // One row per rule, as the report has them: "Guardian server -> 500 domain controllers,
    // tcp/389" once, not once per host (the CSV keeps a row per host for the change tools). What
    // to act on first comes first: ports to open, services to fix, untested, then what works.
    const QList<RequestRule> rules = requestRules(rows);
    m_firewall->setRowCount(static_cast<int>(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const FirewallRequestRow &r = rules.at(i).rule;
        const QList<Text> &destinations = rules.at(i).destinations;
        const VisualState state = r.action == PortAction::Open   ? VisualState::Fail
                                  : r.action == PortAction::Fix  ? VisualState::Warn
                                  : r.action == PortAction::None ? VisualState::Pass
                                                                 : VisualState::NotTested;
        auto *action = new QTableWidgetItem(VerdictStyle::icon(state), localized(requestActionText(r)));
        const QString destination =
            destinations.size() == 1
                ? localized(destinations.first()) + u" ("_s + localized(r.destinationRole) + u')'
                : QCoreApplication::translate("ReportWriter", "%1: %n host(s)", nullptr,
                                              static_cast<int>(destinations.size()))
                      .arg(localized(r.destinationRole));
        const QStringList cells{localized(r.need),
                                localized(r.source),
                                destination,
                                localized(portText(r)) + u' ' + r.protocol,
                                linkPath(catalog, r.link),
                                localized(r.found)};
        m_firewall->setItem(i, 0, action);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4)
                item->setToolTip(VerdictStyle::plainToolTip(localized(r.purpose)));
            if (c == 2) {
                QStringList tip;
                if (destinations.size() > 1) {
                    constexpr qsizetype kNamed = 40; // a tool tip, not a list of 500 hosts
                    QStringList names;
                    for (const Text &d : destinations.mid(0, kNamed))
                        names << localized(d);
                    tip << names.join(u", "_s);
                    if (destinations.size() > kNamed)
                        tip << tr("and %n more (every host is in the CSV and the report)", nullptr,
                                  static_cast<int>(destinations.size() - kNamed));
                }
                if (!r.addressPrefixes.isEmpty())
                    tip << tr("Service tag %1 (%2), %n address prefix(es): %3", nullptr,
                              static_cast<int>(r.addressPrefixes.size()))
                               .arg(r.serviceTag, r.serviceTagOrigin, r.addressPrefixes.join(u", "_s));
                if (!tip.isEmpty())
                    item->setToolTip(VerdictStyle::plainToolTip(tip.join(u"\n"_s)));
            }
            m_firewall->setItem(i, c + 1, item);
        }
    }
    m_firewall->resizeColumnsToContents();
    m_firewall->setColumnWidth(5, std::min(m_firewall->columnWidth(5), 320));
}

void ResultsPage::fillComparison()
{
    const Comparison *c = m_context->comparison();
    m_tabs->setTabVisible(m_tabs->indexOf(m_comparison->changesPane()), c != nullptr);
    m_tabs->setTabVisible(m_tabs->indexOf(m_comparison->rulesPane()),
                          c != nullptr && !c->requested.isEmpty());
    m_comparison->fill(m_context->catalog(), c);
}

void ResultsPage::fillCoverage()
{
    const Catalog &catalog = m_context->catalog();
    const Coverage coverage = computeCoverage(catalog, m_report);
    // One run of a profile without host lists of its source roles has nothing to say here.
    m_tabs->setTabVisible(m_tabs->indexOf(m_coverage), !coverage.isEmpty());
    if (coverage.isEmpty()) {
        m_coverage->clear();
        return;
    }
    const QPalette palette = m_coverage->palette();
    QString html = u"<p><b>"_s + escapedHtml(CoverageText::summary(coverage)) + u"</b></p>"_s;
    constexpr int kMachineColumns = 4;
    for (const CoverageRole &role : coverage.roles) {
        html += u"<h4>"_s + escapedHtml(CoverageText::roleHeading(catalog, role)) + u"</h4>"_s;
        const CoverageGrid grid = CoverageText::grid(catalog, role, kMachineColumns);
        for (const QString &line : grid.legend)
            html += escapedHtml(line) + u"<br>"_s;
        html += u"<table cellspacing=0 cellpadding=3 border=1 style='border-collapse:collapse'><tr>"_s;
        for (const QString &h : grid.header)
            html += u"<th align=left>"_s + escapedHtml(h) + u"</th>"_s;
        html += u"</tr>"_s;
        for (qsizetype r = 0; r < grid.rows.size(); ++r) {
            html += u"<tr>"_s;
            const QStringList &row = grid.rows.at(r);
            for (qsizetype col = 0; col < row.size(); ++col) {
                QString style;
                if (col > 0 && r < grid.states.size() && col - 1 < grid.states.at(r).size()) {
                    const CoverageCell state = grid.states.at(r).at(col - 1);
                    const CoverageLink &link = role.links.at(grid.machinesAsRows ? col - 1 : r);
                    const VisualState look = CoverageText::look(state, link.required);
                    style = u" style='color:"_s + VerdictStyle::color(look, palette).name() + u"'"_s;
                }
                html += u"<td"_s + style + u'>' + escapedHtml(row.at(col)) + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
        for (const QString &note : CoverageText::notes(catalog, role))
            html += u"<p>"_s + escapedHtml(note) + u"</p>"_s;
        const QStringList toRun = CoverageText::stillToRun(catalog, coverage, role);
        if (!toRun.isEmpty()) {
            html += u"<p>"_s + escapedHtml(tr("Still to run:")) + u"</p><ul>"_s;
            for (const QString &line : toRun)
                html += u"<li><code>"_s + escapedHtml(line) + u"</code></li>"_s;
            html += u"</ul>"_s;
        }
    }
    m_coverage->setHtml(html);
}

bool ResultsPage::showsCoverage() const
{
    return m_tabs->isTabVisible(m_tabs->indexOf(m_coverage));
}

QString ResultsPage::coverageText() const
{
    return m_coverage->toPlainText();
}

bool ResultsPage::showsComparison() const
{
    return m_context->comparison() != nullptr &&
           m_tabs->isTabVisible(m_tabs->indexOf(m_comparison->changesPane()));
}

QTableWidget *ResultsPage::changeTable() const
{
    return m_comparison->changeTable();
}

QTableWidget *ResultsPage::ruleTable() const
{
    return m_comparison->ruleTable();
}

QString ResultsPage::comparisonSummaryText() const
{
    return m_comparison->summaryText();
}

QString ResultsPage::headlineText() const
{
    return m_headline->text();
}

QString ResultsPage::evidenceText() const
{
    return m_evidence->toPlainText();
}

void ResultsPage::selectVerdict(const QString &link, const QString &host)
{
    // An empty host (a link to a group of hosts) selects the worst of them: the first row shown.
    QModelIndex best;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const Verdict &v = m_verdicts.at(index.data(VerdictTableModel::VerdictIndexRole).toInt());
        if (v.link == link && (v.host == host || host.isEmpty())) {
            best = index;
            break;
        }
    }
    // Clicked in the diagram but hidden by the filter: the filter goes, the row shows.
    if (!best.isValid() && !m_filter->text().isEmpty() && m_model->rowOf(link, host) >= 0) {
        m_filter->clear();
        selectVerdict(link, host);
        return;
    }
    if (best.isValid())
        m_table->selectRow(best.row());
}

int ResultsPage::currentVerdictIndex() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(VerdictTableModel::VerdictIndexRole).toInt() : -1;
}

void ResultsPage::showEvidence(int verdictIndex)
{
    if (verdictIndex < 0 || verdictIndex >= m_verdicts.size()) {
        m_evidence->clear(); // nothing selected, or the filter hides every row
        return;
    }
    const EvidenceFormatter formatter(m_context->catalog(), m_report, palette(), [this](const QString &role) {
        return m_context->savedProfileFor(role);
    });
    m_evidence->setHtml(formatter.html(m_verdicts.at(verdictIndex)));
}

bool ResultsPage::retest(const QString &link, const QString &host)
{
    PlanRun *run = m_context->hasMergedResults() ? nullptr : m_context->run();
    if (!run || run->isRunning()) {
        m_exportStatus->setText(
            tr("Merged results cannot be re-tested from here: run the check on each machine."));
        return false;
    }
    const QList<ProbeTarget> targets = run->plan().probeTargetsOf(link, host);
    if (targets.isEmpty()) {
        m_exportStatus->setText(tr("This link starts on another machine: it cannot be tested from here."));
        return false;
    }
    m_exportStatus->setText(tr("Re-testing %n probe(s)…", nullptr, static_cast<int>(targets.size())));
    connect(
        run, &PlanRun::finished, this,
        [this, link, host] {
            m_scene->setResults(m_context->run()->result().index(), true);
            refresh(true);
            selectVerdict(link, host);
            m_exportStatus->setText(tr("Re-tested."));
            Q_EMIT retestFinished();
        },
        Qt::SingleShotConnection);
    run->rerun(targets);
    m_scene->setResults(run->result().index(), false);
    return true;
}

} // namespace PortCheck
