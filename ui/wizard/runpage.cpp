#include "ui/wizard/runpage.h"

#include "model/run/coverage.h"
#include "model/verdict/verdict.h"
#include "ui/diagram/topologyscene.h"
#include "ui/diagram/topologyview.h"
#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"
#include "ui/wizard/checktablemodel.h"
#include "ui/wizard/wizardcontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

RunPage::RunPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    m_sceneUpdate.setSingleShot(true);
    connect(&m_sceneUpdate, &QTimer::timeout, this, [this] { updateScene(false); });
    setTitle(tr("Testing"));
    setSubTitle(tr("Each probe speaks the service's own protocol: an open port is not taken as proof."));
    setCommitPage(false);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(false);
    m_progressText = new QLabel;
    m_progressText->setAccessibleName(tr("Progress details"));
    m_progressText->setMinimumWidth(260);

    m_filter = new QComboBox;
    m_filter->setAccessibleName(tr("Show probes"));
    m_filter->addItem(tr("All probes"), QString());
    m_filter->addItem(tr("Problems only"), u"\\bproblem\\b"_s);
    m_filter->addItem(tr("Waiting"), u"^waiting"_s);
    for (const ProbeState s : {ProbeState::Open, ProbeState::Refused, ProbeState::Filtered,
                               ProbeState::Unreachable, ProbeState::DnsFailed, ProbeState::Error})
        m_filter->addItem(tr("State: %1").arg(VerdictStyle::stateText(s)),
                          QString(u'^' + probeStateId(s) + u"\\b"_s));
    auto *filterLabel = new QLabel(tr("S&how:"));
    filterLabel->setBuddy(m_filter);

    m_cancel = new QPushButton(tr("&Cancel run"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_rerun = new QPushButton(tr("&Re-run failed"));
    m_rerun->setAccessibleName(tr("Run the failed probes again"));

    m_model = new CheckTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CheckTableModel::FilterRole);
    m_proxy->setSortRole(CheckTableModel::SortRole);
    m_proxy->setFilterKeyColumn(CheckTableModel::StateColumn);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Probes"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    // Column widths from the first 250 rows and the visible ones: a 5,000-DC plan has 40,000, and
    // measuring 1,000 of them for three columns held the window 60 ms when a run finished.
    m_table->horizontalHeader()->setResizeContentsPrecision(250);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(filterLabel);
    toolRow->addWidget(m_filter);
    toolRow->addStretch();
    toolRow->addWidget(m_rerun);
    toolRow->addWidget(m_cancel);
    m_scene = new TopologyScene(context->catalog(), this);
    m_view = new TopologyView(m_scene);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_view);
    splitter->setSizes({640, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addLayout(toolRow);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilterRegularExpression(QRegularExpression(m_filter->currentData().toString()));
    });
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &RunPage::rerunFailed);
}

void RunPage::initializePage()
{
    startRun();
}

void RunPage::cleanupPage()
{
    cancel();
}

void RunPage::startRun()
{
    QString caProblem;
    m_context->runSettings(&caProblem);
    PlanRun *run = m_context->newRun();
    const Plan &plan = run->plan();
    // At once: the diagram may still point at the results of the run newRun() replaced.
    m_scene->setPlan(plan, QSysInfo::machineHostName());
    m_sceneDirty.clear();
    m_endPending = false;
    m_model->setPlan(m_context->catalog(), plan);
    resetJudgement(*run);
    m_table->resizeColumnsToContents();

    QStringList roles;
    for (const QString &id : plan.vantage) {
        roles << roleName(m_context->catalog(), id);
    }
    const int notHere = static_cast<int>(
        std::count_if(plan.items.cbegin(), plan.items.cend(), [](const PlanItem &i) { return !i.testable; }));
    QString summary = tr("%n probe(s) from this computer (%1, as %2).", nullptr, m_model->rowCount())
                          .arg(QSysInfo::machineHostName(), roles.join(u", "_s));
    if (notHere > 0)
        summary +=
            u' ' + tr("%n link-host pair(s) start on other machines and are listed as not tested from here.",
                      nullptr, notHere);
    if (!caProblem.isEmpty())
        summary += u'\n' + caProblem;
    m_summary->setText(summary);

    connect(run, &PlanRun::resultsReady, m_model, &CheckTableModel::addResults);
    connect(run, &PlanRun::verdictsChanged, this, [this](const QList<int> &items) {
        judgeItems(items);
        for (const int i : items)
            m_sceneDirty.insert(i);
        if (!m_sceneUpdate.isActive())
            m_sceneUpdate.start(static_cast<int>(std::clamp<qint64>(4 * m_sceneUpdateCostMs, 50, 1000)));
    });
    m_view->fit();
    // The diagram reads the run's results in place: a copy before the run goes away.
    connect(run, &PlanRun::aboutToBeDestroyed, m_scene, &TopologyScene::keepResults);
    connect(run, &PlanRun::progress, this, &RunPage::onProgress);
    connect(run, &PlanRun::finished, this, &RunPage::onFinished);
    m_progress->setRange(0, std::max(1, m_model->rowCount()));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_rerun->setEnabled(false);
    m_clock.start();
    m_doneAtStart = 0;
    RunMetadata meta = RunMetadata::now(m_context->catalog());
    meta.profile = m_context->profilePath().isEmpty() ? m_context->profile().name : m_context->profilePath();
    meta.user = m_context->runBy();
    // What a merge of the site's runs measures its coverage against: the profile's source machines,
    // and the entries that name this one among the roles it runs as.
    meta.sources = sourceMachinesAs(m_context->catalog(), m_context->profile(),
                                    MachineIdentity::thisMachine(), m_context->profilePath());
    run->start(meta);
    onProgress(0, m_model->rowCount());
    if (!run->isRunning())
        onFinished(false);
    Q_EMIT completeChanged();
}

void RunPage::rerunFailed()
{
    PlanRun *run = m_context->run();
    if (!run || isRunning())
        return;
    const QList<ProbeTarget> targets = m_failedTargets;
    if (targets.isEmpty())
        return;
    m_model->clearResults(targets);
    m_cancel->setEnabled(true);
    m_rerun->setEnabled(false);
    m_clock.start();
    m_doneAtStart = m_model->doneCount();
    run->rerun(targets);
    onProgress(m_model->doneCount(), m_model->rowCount());
    Q_EMIT completeChanged();
}

bool RunPage::isRunning() const
{
    return m_endPending || (m_context->run() && m_context->run()->isRunning());
}

void RunPage::cancel()
{
    if (PlanRun *run = m_context->run(); run && run->isRunning())
        run->cancel();
}

bool RunPage::isComplete() const
{
    return m_context->run() && !isRunning();
}

QString RunPage::progressText() const
{
    return m_progressText->text();
}

QString RunPage::summaryText() const
{
    return m_summary->text();
}

int RunPage::checkCount() const
{
    return m_model->rowCount();
}

void RunPage::onProgress(int /*done*/, int /*total*/)
{
    // Counted from the table, so that a re-run shows the whole plan's progress.
    const int done = m_model->doneCount();
    const int total = m_model->rowCount();
    // QProgressBar::setValue() repaints at once when its bar grows by a pixel, and a repaint of
    // one child paints everything else waiting in the window too (the table, the diagram): at
    // 5,000 DCs that put a 12-18 ms paint inside the handling of a batch. With updates off for
    // the call, the bar is painted with the rest at the next frame.
    m_progress->setUpdatesEnabled(false);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setUpdatesEnabled(true);
    QString text = tr("%1 of %2 done").arg(done).arg(total);
    if (isRunning()) {
        const qint64 elapsed = m_clock.elapsed();
        const int doneThisPass = done - m_doneAtStart;
        if (doneThisPass > 0 && elapsed > 500 && done < total) {
            const qint64 left = elapsed * (total - done) / std::max(1, doneThisPass) / 1000 + 1;
            text += u" · "_s + tr("about %n s left", nullptr, static_cast<int>(left));
        }
    }
    m_progressText->setText(text);
}

void RunPage::updateScene(bool finished)
{
    const PlanRun *run = m_context->run();
    if (!run)
        return;
    QElapsedTimer cost;
    cost.start();
    // Only what changed since the last update: the run keeps the verdicts up to date by batch.
    const QList<int> items(m_sceneDirty.cbegin(), m_sceneDirty.cend());
    m_sceneDirty.clear();
    m_scene->updateItems(run->resultIndex(), run->verdicts(), items, finished);
    m_sceneUpdateCostMs = cost.elapsed();
}

void RunPage::resetJudgement(const PlanRun &run)
{
    // From the verdicts the run starts with: most are "not tested", but an item of informational
    // ports only passes before any result.
    const Plan &plan = run.plan();
    const QList<Verdict> &verdicts = run.verdicts();
    m_itemLevels = QList<VerdictLevel>(plan.items.size(), VerdictLevel::NotTested);
    m_notPassing = QList<int>(m_model->rowCount(), 0);
    m_failingOrUntested = QList<int>(m_model->rowCount(), 0);
    m_failedTargets.clear();
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        if (!item.testable)
            continue;
        const VerdictLevel level = verdicts.at(i).level;
        m_itemLevels[i] = level;
        for (const int c : item.checks) {
            const int row = m_model->rowOfCheck(c);
            if (row < 0)
                continue;
            m_notPassing[row] += int(level != VerdictLevel::Pass);
            m_failingOrUntested[row] += int(level == VerdictLevel::Fail || level == VerdictLevel::NotTested);
        }
    }
    for (int row = 0; row < m_notPassing.size(); ++row) {
        if (m_notPassing.at(row) == 0)
            m_model->setNotNeeded(row, true);
    }
}

void RunPage::judgeItems(const QList<int> &items)
{
    const PlanRun *run = m_context->run();
    if (!run)
        return;
    const Plan &plan = run->plan();
    const QList<Verdict> &verdicts = run->verdicts();
    const auto failingOrUntested = [](VerdictLevel l) {
        return l == VerdictLevel::Fail || l == VerdictLevel::NotTested;
    };
    // A probe is needed while one of its links does not pass; it counts as failed when one fails.
    for (const int i : items) {
        const PlanItem &item = plan.items.at(i);
        const VerdictLevel before = m_itemLevels.at(i);
        const VerdictLevel now = verdicts.at(i).level;
        if (!item.testable || before == now)
            continue;
        m_itemLevels[i] = now;
        const int notPassing = int(now != VerdictLevel::Pass) - int(before != VerdictLevel::Pass);
        const int failing = int(failingOrUntested(now)) - int(failingOrUntested(before));
        for (const int c : item.checks) {
            const int row = m_model->rowOfCheck(c);
            if (row < 0)
                continue;
            int &count = m_notPassing[row];
            count += notPassing;
            m_model->setNotNeeded(row, count == 0);
            m_failingOrUntested[row] += failing;
        }
    }
}

void RunPage::onFinished(bool cancelled)
{
    onProgress(0, 0);
    m_sceneUpdate.stop();
    updateScene(true);
    QString text = m_progressText->text();
    text +=
        u" · "_s +
        (cancelled ? tr("cancelled")
                   : tr("finished in %1 s").arg(static_cast<double>(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    m_progressText->setText(text);
    m_cancel->setEnabled(false);
    m_endPending = true;
    // The rest on the next two turns of the event loop: at 5,000 DCs the failed targets and the
    // column widths take 12-15 ms each, and together they held the window longer than a frame.
    const PlanRun *run = m_context->run();
    QTimer::singleShot(0, this, [this, run] {
        if (m_context->run() != run || !m_endPending)
            return; // a new run or a re-run started in between: its own end will come
        // the probes behind failing links (and those a cancel left untested), not the warnings'
        m_failedTargets =
            m_model->unsuccessfulTargets([this](int row) { return m_failingOrUntested.value(row) > 0; });
        const int failed = static_cast<int>(m_failedTargets.size());
        m_rerun->setEnabled(failed > 0);
        m_rerun->setText(failed > 0 ? tr("&Re-run %n failed", nullptr, failed) : tr("&Re-run failed"));
        QTimer::singleShot(0, this, [this, run] {
            if (m_context->run() != run || !m_endPending)
                return;
            m_endPending = false;
            m_table->resizeColumnToContents(CheckTableModel::StateColumn);
            m_table->resizeColumnToContents(CheckTableModel::HostColumn);
            m_table->resizeColumnToContents(CheckTableModel::PathColumn);
            Q_EMIT completeChanged();
            Q_EMIT runFinished();
        });
    });
}

} // namespace PortCheck
