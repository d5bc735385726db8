#include "ui/wizard/verdicttablemodel.h"

#include "model/catalog/catalog.h"
#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PortCheck {

VerdictTableModel::VerdictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VerdictTableModel::setVerdicts(const Catalog &catalog, const QList<Verdict> &verdicts)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(verdicts.size());
    // The texts stay in the results page's translation context, where they were before the model.
    const QString from = QCoreApplication::translate("PortCheck::ResultsPage", "from %1");
    QHash<QString, std::pair<QString, QString>> ofLink; // link -> path, purpose: a few links, many hosts
    for (const Verdict &v : verdicts) {
        auto known = ofLink.constFind(v.link);
        if (known == ofLink.cend()) {
            const Link *link = catalog.link(v.link);
            known = ofLink.insert(v.link,
                                  {linkPath(catalog, v.link), link ? catalogText(link->purpose) : QString()});
        }
        Row row;
        row.level = v.level;
        row.link = v.link;
        row.host = v.host;
        row.path = known->first;
        row.hostText =
            displaySafe(v.observer.isEmpty() ? v.host : v.host + u"  ("_s + from.arg(v.observer) + u')');
        row.reasonText = v.reason;
        row.purpose = known->second;
        // Worst first when sorted ascending.
        row.key = QString::number(9 - VerdictStyle::severity(v.level)) + u'|' + row.path + u'|' + v.host;
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const QString &VerdictTableModel::reasonOf(const Row &row)
{
    if (!row.reasonMade) {
        row.reason = localized(row.reasonText);
        row.reasonMade = true;
    }
    return row.reason;
}

int VerdictTableModel::rowOf(const QString &link, const QString &host) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.link == link && (host.isEmpty() || row.host == host))
            return static_cast<int>(i);
    }
    return -1;
}

int VerdictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VerdictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VerdictColumn:
            return VerdictStyle::text(row.level);
        case PathColumn:
            return row.path;
        case HostColumn:
            return row.hostText;
        case ReasonColumn:
            return reasonOf(row);
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == VerdictColumn)
            return VerdictStyle::icon(VerdictStyle::fromVerdict(row.level));
        break;
    case Qt::ToolTipRole:
        if (column == PathColumn && !row.purpose.isEmpty())
            return VerdictStyle::plainToolTip(row.purpose);
        if (column == ReasonColumn)
            return VerdictStyle::plainToolTip(reasonOf(row));
        break;
    case VerdictIndexRole:
        return index.row();
    case SortRole:
        switch (column) {
        case VerdictColumn:
            return row.key;
        case PathColumn:
            return QString(row.path + u'|' + row.key);
        case HostColumn:
            return QString(row.host + u'|' + row.key);
        case ReasonColumn:
            return reasonOf(row);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant VerdictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return QCoreApplication::translate("PortCheck::ResultsPage", "Verdict");
    case PathColumn:
        return QCoreApplication::translate("PortCheck::ResultsPage", "Path");
    case HostColumn:
        return QCoreApplication::translate("PortCheck::ResultsPage", "Host");
    case ReasonColumn:
        return QCoreApplication::translate("PortCheck::ResultsPage", "Reason");
    default:
        return {};
    }
}

} // namespace PortCheck
