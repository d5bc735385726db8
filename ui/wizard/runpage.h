#pragma once

#include "model/plan/plan.h"
#include "model/verdict/verdict.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PortCheck {
class PlanRun;
}

namespace PortCheck {

class CheckTableModel;
class TopologyScene;
class TopologyView;
class WizardContext;

// Runs the plan: progress with counts and time left, a live table of probes (sortable, filterable
// by state), cancel, and re-run of the failed ones. Results arrive in batches; the window never
// waits on the network.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    void rerunFailed();

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *filterBox() const { return m_filter; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    QString progressText() const;
    TopologyScene *scene() const { return m_scene; }
    QString summaryText() const;
    int checkCount() const;

Q_SIGNALS:
    void runFinished();

private:
    void startRun();
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    void updateScene(bool finished);
    // The verdicts of these plan items changed: which failed probes no link needs (shown as not
    // needed), and which ones belong to a failing link ("Re-run failed" takes those).
    void judgeItems(const QList<int> &items);
    void resetJudgement(const PlanRun &run);

    WizardContext *m_context;
    CheckTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_rerun = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    QElapsedTimer m_clock;
    int m_doneAtStart = 0; // rows already done when this pass started (a re-run)
    // The diagram follows the results at most every 4x what its last update cost (50 ms to 1 s):
    // on a 5,000-DC site one update takes about 140 ms, and batches arrive every 50 ms.
    QTimer m_sceneUpdate;
    qint64 m_sceneUpdateCostMs = 0;
    QList<ProbeTarget> m_failedTargets;
    // Kept by item as verdicts change (judgeItems): per row of the probes table, how many of the
    // items that use its probe do not pass (0: not needed) and how many fail or are not tested yet.
    QList<VerdictLevel> m_itemLevels;
    QList<int> m_notPassing;
    QList<int> m_failingOrUntested;
    QSet<int> m_sceneDirty; // plan items changed since the diagram's last update
    // The run ended and the page is still catching up (the failed targets, the column widths, a
    // turn each): the page counts as running until runFinished().
    bool m_endPending = false;
};

} // namespace PortCheck
