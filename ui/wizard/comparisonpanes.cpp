#include "ui/wizard/comparisonpanes.h"

#include "model/run/compare.h"
#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr int LinkRole = Qt::UserRole + 3;
constexpr int HostRole = Qt::UserRole + 4;
} // namespace

ComparisonPanes::ComparisonPanes(QObject *parent)
    : QObject(parent)
{
    const auto makeTable = [](const QStringList &headers, const QString &name) {
        auto *t = new QTableWidget(0, static_cast<int>(headers.size()));
        t->setHorizontalHeaderLabels(headers);
        t->setAccessibleName(name);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setWordWrap(false);
        t->setTabKeyNavigation(false);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        return t;
    };
    m_changes = makeTable({tr("Change"), tr("Path"), tr("Host"), tr("Before"), tr("After"), tr("Now")},
                          tr("Links whose verdict changed"));
    m_rules = makeTable(
        {tr("Check"), tr("Source"), tr("Destination"), tr("Port"), tr("Found before"), tr("Found after")},
        tr("Rules the run before asked for"));
    const auto makeSummary = [] {
        auto *label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_compareSummary = makeSummary();
    m_rulesSummary = makeSummary();
    m_comparePane = new QWidget;
    auto *compareLayout = new QVBoxLayout(m_comparePane);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compareSummary);
    compareLayout->addWidget(m_changes, 1);
    m_rulesPane = new QWidget;
    auto *rulesLayout = new QVBoxLayout(m_rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_rulesSummary);
    rulesLayout->addWidget(m_rules, 1);
    // A changed link selected: the results page shows its verdict now and its evidence.
    connect(m_changes, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = row >= 0 ? m_changes->item(row, 0) : nullptr)
            Q_EMIT linkSelected(item->data(LinkRole).toString(), item->data(HostRole).toString());
    });
}

ComparisonPanes::~ComparisonPanes()
{
    // The panes belong to the tab widget once added (and may be gone with it already); before
    // that, to this object.
    for (const QPointer<QWidget> &pane : {m_comparePane, m_rulesPane}) {
        if (pane && !pane->parent())
            delete pane.data();
    }
}

QString ComparisonPanes::summaryText() const
{
    return m_compareSummary->text();
}

void ComparisonPanes::fill(const Catalog &catalog, const Comparison *c)
{
    m_changes->setRowCount(0);
    m_rules->setRowCount(0);
    m_rulesSummary->clear();
    if (!c) {
        m_compareSummary->clear();
        return;
    }
    const QLocale locale;
    const auto side = [&locale](const ReportData &r) -> QString {
        return r.meta.host + u", "_s + locale.toString(r.meta.started.toLocalTime(), QLocale::ShortFormat);
    };
    QStringList lines{tr("Before: %1").arg(side(c->before)) + u"  ·  "_s +
                          tr("After: %1").arg(side(c->after)),
                      localized(c->countsText())};
    for (const Text &w : c->warnings)
        lines << localized(w);

    // What moved first (fixed, broken, still failing), then the rest that changed; unchanged and
    // never-tested pairs stay out, as in the report.
    QList<const LinkChange *> shown;
    for (const LinkChange &l : c->changes) {
        if (l.isShown())
            shown << &l;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const LinkChange *a, const LinkChange *b) {
        return static_cast<int>(a->change) < static_cast<int>(b->change);
    });
    m_changes->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const LinkChange &l = *shown.at(row);
        const VisualState now = VerdictStyle::fromVerdict(l.after);
        auto *change = new QTableWidgetItem(VerdictStyle::icon(now), localized(verdictChangeText(l.change)));
        change->setData(LinkRole, l.link);
        change->setData(HostRole, l.host);
        QFont bold = change->font();
        bold.setBold(true);
        change->setFont(bold);
        const QString reason = localized(l.after == VerdictLevel::NotTested ? l.reasonBefore : l.reasonAfter);
        auto *reasonItem = new QTableWidgetItem(reason);
        reasonItem->setToolTip(VerdictStyle::plainToolTip(reason));
        m_changes->setItem(row, 0, change);
        m_changes->setItem(row, 1, new QTableWidgetItem(linkPath(catalog, l.link)));
        m_changes->setItem(row, 2, new QTableWidgetItem(displaySafe(l.host)));
        m_changes->setItem(row, 3,
                           new QTableWidgetItem(VerdictStyle::icon(VerdictStyle::fromVerdict(l.before)),
                                                VerdictStyle::text(l.before)));
        m_changes->setItem(row, 4,
                           new QTableWidgetItem(VerdictStyle::icon(now), VerdictStyle::text(l.after)));
        m_changes->setItem(row, 5, reasonItem);
    }
    if (shown.isEmpty())
        lines << tr("No link changed its verdict.");

    if (!c->requested.isEmpty()) {
        const auto verified =
            std::count_if(c->requested.cbegin(), c->requested.cend(),
                          [](const RuleVerification &r) { return r.check == RuleCheck::Verified; });
        const QString rules =
            tr("%1 of %2 rule(s) the run before asked for are verified open after the change.")
                .arg(verified)
                .arg(c->requested.size());
        lines << rules + u' ' + tr("(see the tab Rules verified)");
        m_rulesSummary->setText(rules);
    }
    m_rules->setRowCount(static_cast<int>(c->requested.size()));
    for (int row = 0; row < c->requested.size(); ++row) {
        const RuleVerification &r = c->requested.at(row);
        const VisualState state = r.check == RuleCheck::Verified      ? VisualState::Pass
                                  : r.check == RuleCheck::StillClosed ? VisualState::Fail
                                                                      : VisualState::NotTested;
        auto *check = new QTableWidgetItem(VerdictStyle::icon(state),
                                           r.check == RuleCheck::Verified      ? tr("verified open")
                                           : r.check == RuleCheck::StillClosed ? tr("still closed")
                                                                               : tr("not tested after"));
        check->setData(LinkRole, r.link);
        m_rules->setItem(row, 0, check);
        m_rules->setItem(row, 1, new QTableWidgetItem(localized(r.source)));
        m_rules->setItem(row, 2, new QTableWidgetItem(displaySafe(r.destination)));
        m_rules->setItem(row, 3, new QTableWidgetItem(u"tcp/"_s + r.port + u' ' + r.protocol));
        m_rules->setItem(row, 4, new QTableWidgetItem(localized(r.foundBefore)));
        m_rules->setItem(row, 5, new QTableWidgetItem(localized(r.foundAfter)));
    }
    m_compareSummary->setText(lines.join(u'\n'));
    m_changes->resizeColumnsToContents();
    m_changes->setColumnWidth(1, std::min(m_changes->columnWidth(1), 320));
    m_rules->resizeColumnsToContents();
}

} // namespace PortCheck
