#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/probe/probetypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace PortCheck {

// The probes of a run, one row each, filled in as results stream in. Rows are the distinct probes
// this machine runs (several links can share one); the Path column names the links.
class CheckTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTableModel)

public:
    enum Column
    {
        StateColumn,
        HostColumn,
        PortColumn,
        ProbeColumn,
        PathColumn,
        TimeColumn,
        EvidenceColumn,
        ColumnCount
    };
    // The state filter matches this role: "waiting", "open", "refused", ... (probe state ids), and
    // "problem" rows also carry "problem".
    static constexpr int FilterRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit CheckTableModel(QObject *parent = nullptr);

    void setPlan(const Catalog &catalog, const Plan &plan);
    void addResults(const QList<ProbeResult> &results);
    // Marks rows as waiting again (a re-run).
    void clearResults(const QList<ProbeTarget> &targets);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int doneCount() const { return m_done; }
    // The row of Plan::checks' check-th check, or -1 when this machine does not run it; checks of
    // one probe share a row.
    int rowOfCheck(int check) const { return m_rowOfCheck.value(check, -1); }
    // Probes whose every link passes without them (139 refused while 445 answers SMB): a failure
    // there is shown as not needed, not as a problem.
    // Only the rows that change are announced: a run page at 5,000 DCs moves a few rows per
    // batch, and a whole column's change makes the proxy filter 40,000 rows again.
    void setNotNeeded(int row, bool notNeeded);
    bool isNotNeeded(int row) const;
    // The probes without a result, not tested or whose result failed, in table order, of the rows
    // `take` accepts: what "Re-run failed" repeats.
    QList<ProbeTarget> unsuccessfulTargets(const std::function<bool(int row)> &take) const;

private:
    // dataChanged for these rows, one signal per run of adjacent rows.
    void announceRows(QList<int> rows, int firstColumn, int lastColumn);

    struct Row
    {
        ProbeTarget target;
        quint16 catalogPort = 0;
        QString path;
        bool hasResult = false;
        bool notNeeded = false;
        ProbeResult result;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QList<int> m_rowOfCheck;
    int m_done = 0;
};

} // namespace PortCheck
