#include "ui/wizard/checktablemodel.h"

#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

CheckTableModel::CheckTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CheckTableModel::setPlan(const Catalog &catalog, const Plan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_rowOfCheck = QList<int>(plan.checks.size(), -1);
    m_done = 0;
    for (qsizetype i = 0; i < plan.checks.size(); ++i) {
        const Check &c = plan.checks.at(i);
        if (!c.testable)
            continue;
        const QString path = roleName(catalog, c.from) + u" → "_s + roleName(catalog, c.to);
        const QString key = c.probeKey();
        if (const auto it = m_rowOf.constFind(key); it != m_rowOf.cend()) {
            m_rowOfCheck[i] = *it;
            Row &row = m_rows[*it];
            if (!row.path.split(u"; "_s).contains(path))
                row.path += u"; "_s + path;
            continue;
        }
        m_rowOfCheck[i] = static_cast<int>(m_rows.size());
        m_rowOf.insert(key, static_cast<int>(m_rows.size()));
        m_rows.append({{c.host, c.port, c.probe, c.via}, c.catalogPort, path, false, false, {}});
    }
    endResetModel();
}

void CheckTableModel::addResults(const QList<ProbeResult> &results)
{
    QList<int> rows;
    rows.reserve(results.size());
    for (const ProbeResult &r : results) {
        const auto it = m_rowOf.constFind(resultKey(r));
        if (it == m_rowOf.cend())
            continue;
        Row &row = m_rows[*it];
        if (!row.hasResult)
            ++m_done;
        row.hasResult = true;
        row.result = r;
        rows.append(*it);
    }
    announceRows(std::move(rows), 0, ColumnCount - 1);
}

void CheckTableModel::announceRows(QList<int> rows, int firstColumn, int lastColumn)
{
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void CheckTableModel::clearResults(const QList<ProbeTarget> &targets)
{
    for (const ProbeTarget &t : targets) {
        const auto it = m_rowOf.constFind(t.key());
        if (it == m_rowOf.cend() || !m_rows.at(*it).hasResult)
            continue;
        m_rows[*it].hasResult = false;
        --m_done;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CheckTableModel::setNotNeeded(int row, bool notNeeded)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).notNeeded == notNeeded)
        return;
    m_rows[row].notNeeded = notNeeded;
    announceRows({row}, StateColumn, StateColumn);
}

QList<ProbeTarget> CheckTableModel::unsuccessfulTargets(const std::function<bool(int row)> &take) const
{
    QList<ProbeTarget> targets;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const bool unsuccessful =
            !row.hasResult || row.result.state == ProbeState::NotTested || !row.result.failureId().isEmpty();
        if (unsuccessful && take(static_cast<int>(i)))
            targets.append(row.target);
    }
    return targets;
}

bool CheckTableModel::isNotNeeded(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    return r.notNeeded && r.hasResult && !r.result.failureId().isEmpty();
}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ProbeResult &r = row.result;
    const bool notNeeded = isNotNeeded(index.row());
    const VisualState visual = !row.hasResult ? VisualState::Running
                               : notNeeded    ? VisualState::NotTested
                                              : VerdictStyle::forProbe(r);

    if (role == FilterRole) {
        if (!row.hasResult)
            return u"waiting"_s;
        QString id = probeStateId(r.state) + u' ' + serviceStateId(r.service);
        if (!r.failureId().isEmpty() && !notNeeded)
            id += u" problem"_s;
        return id;
    }
    switch (index.column()) {
    case StateColumn:
        if (role == Qt::DecorationRole)
            return VerdictStyle::icon(visual);
        if (role == Qt::ToolTipRole && notNeeded)
            return tr("Not needed: every link that uses this port works through another port.");
        if (role == Qt::DisplayRole || role == SortRole) {
            if (!row.hasResult)
                return role == SortRole ? QVariant(99) : QVariant(tr("waiting"));
            if (role == SortRole)
                return static_cast<int>(visual) * 10 + static_cast<int>(r.state);
            QString text = VerdictStyle::stateText(r.state);
            if (r.state == ProbeState::Open)
                text += u" · "_s + VerdictStyle::serviceText(r.service);
            if (notNeeded)
                text += u" · "_s + tr("not needed");
            return text;
        }
        break;
    case HostColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.address.isEmpty() || r.address == row.target.host || !row.target.via.isEmpty()
                       ? row.target.host
                       : QString(row.target.host + u" ("_s + r.address + u')');
        break;
    case PortColumn:
        if (role == SortRole)
            return row.target.port;
        if (role == Qt::DisplayRole)
            return row.target.port == row.catalogPort
                       ? QString::number(row.target.port)
                       : tr("%1 (for %2)").arg(row.target.port).arg(row.catalogPort);
        break;
    case ProbeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.target.via.isEmpty()
                       ? probeKindId(row.target.kind)
                       : tr("%1 via %2").arg(probeKindId(row.target.kind), row.target.via);
        break;
    case PathColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.path;
        break;
    case TimeColumn:
        if (role == SortRole)
            return row.hasResult ? r.latencyMs : -2.0;
        if (role == Qt::DisplayRole && row.hasResult && r.latencyMs >= 0)
            return tr("%1 ms").arg(r.latencyMs, 0, 'f', 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EvidenceColumn:
        if (role == Qt::ToolTipRole)
            return row.hasResult ? VerdictStyle::plainToolTip(localized(evidenceSummary(r))) : QString();
        if (role == Qt::DisplayRole || role == SortRole)
            return row.hasResult ? localized(evidenceSummary(r)) : QString();
        break;
    default:
        break;
    }
    return {};
}

QVariant CheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case HostColumn:
        return tr("Host");
    case PortColumn:
        return tr("Port");
    case ProbeColumn:
        return tr("Protocol");
    case PathColumn:
        return tr("Path");
    case TimeColumn:
        return tr("Connect");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        break;
    }
    return {};
}

} // namespace PortCheck
