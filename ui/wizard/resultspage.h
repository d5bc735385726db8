#pragma once

#include "model/expected.h"
#include "model/run/report.h"
#include "model/verdict/verdict.h"

#include <QWizardPage>

class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace PortCheck {

enum class ReportFormat;
class ComparisonPanes;
struct DiagramHeader;
class TopologyScene;
class TopologyView;
class VerdictTableModel;
class WizardContext;

// The verdict per link and host, the selected link's evidence and remediation, and the exports.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)

public:
    explicit ResultsPage(WizardContext *context, QWidget *parent = nullptr);
    ~ResultsPage() override;

    void initializePage() override;

    // Worst first; the filter above it keeps the rows whose verdict, path, host or reason holds
    // what is typed.
    QTableView *verdictTable() const { return m_table; }
    QLineEdit *verdictFilter() const { return m_filter; }
    // The firewall change request: only what the chosen modes need (same rows as the PDF and CSV).
    QTableWidget *firewallTable() const { return m_firewall; }
    QString headlineText() const;
    QString evidenceText() const; // plain text of the evidence pane
    void selectVerdict(const QString &link, const QString &host);
    const QList<Verdict> &verdicts() const { return m_verdicts; }
    VerdictSummary summary() const { return summarize(m_verdicts); }

    // The exports behind the buttons.
    Expected<void> exportJson(const QString &path) const;
    Expected<void> exportFirewallRequest(const QString &path) const;
    Expected<void> exportPdf(const QString &path) const;
    Expected<void> exportHtml(const QString &path) const;
    const ReportData &report() const { return m_report; }
    // A plain-text summary for a chat or a ticket (what "Copy summary" puts on the clipboard).
    QString plainSummary() const;
    Expected<void> exportDiagramPng(const QString &path) const;
    Expected<void> exportDiagramSvg(const QString &path) const;

    // Before and after a change (opened as a comparison): every link and host whose verdict
    // changed, and each rule the run before asked for, verified open or not. Hidden otherwise.
    bool showsComparison() const;
    QTableWidget *changeTable() const;
    QTableWidget *ruleTable() const;
    QString comparisonSummaryText() const;
    // Which source machine tested which link, and the command each missing machine still has to
    // run (results of several machines, or of a profile that lists them). Hidden when there is none.
    bool showsCoverage() const;
    QString coverageText() const; // plain text of the coverage tab

    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    // Probes one link again (every host of it when `host` is empty); false when nothing can be.
    bool retest(const QString &link, const QString &host);

Q_SIGNALS:
    void retestFinished();

private:
    QWidget *buildVerdictPane();
    // The firewall change request beside the verdicts: the rows the PDF and the CSV hold.
    QWidget *buildFirewallPane();
    QLayout *buildExportButtons(); // resultsexports.cpp, with the exports
    void refresh(bool fromRun);
    void fillFirewallTable();
    void fillComparison();
    void fillCoverage();
    void showEvidence(int verdictIndex);
    int currentVerdictIndex() const;
    Expected<void> exportAs(ReportFormat format, const QString &path) const;
    DiagramHeader diagramHeader() const;
    void saveWithDialog(const QString &title, const QString &filter, const QString &suffix,
                        Expected<void> (ResultsPage::*writer)(const QString &) const);

    WizardContext *m_context;
    ReportData m_report;
    QList<Verdict> m_verdicts;
    QLabel *m_headline = nullptr;
    VerdictTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_firewall = nullptr;
    QLabel *m_firewallSummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComparisonPanes *m_comparison = nullptr;
    QTextBrowser *m_coverage = nullptr;
    QTextBrowser *m_evidence = nullptr;
    QLabel *m_exportStatus = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
};

} // namespace PortCheck
