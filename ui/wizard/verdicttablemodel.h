#pragma once

#include "model/verdict/verdict.h"

#include <QAbstractTableModel>
#include <QList>

namespace PortCheck {

class Catalog;

// The verdict of every link toward every host, one row each, for the results page's table. The
// texts are made once per setVerdicts() (sorting and filtering 5,000 rows read them many times).
// Sorting by SortRole puts the worst first in ascending order, then path and host.
class VerdictTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictTableModel)

public:
    enum Column
    {
        VerdictColumn,
        PathColumn,
        HostColumn,
        ReasonColumn,
        ColumnCount
    };
    // The verdict's index in the list given to setVerdicts(), on every column.
    static constexpr int VerdictIndexRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit VerdictTableModel(QObject *parent = nullptr);

    void setVerdicts(const Catalog &catalog, const QList<Verdict> &verdicts);
    // The row of the first verdict of `link` toward `host` (any host when empty) in the list's
    // order; -1 when there is none.
    int rowOf(const QString &link, const QString &host) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        VerdictLevel level = VerdictLevel::NotTested;
        QString link;
        QString host;
        QString path;
        QString hostText; // the host, and the machine that tested it when several did
        Text reasonText;
        mutable QString reason; // reasonText in the window's language, made when first shown
        mutable bool reasonMade = false;
        QString purpose; // the link's purpose, for the path's tool tip
        QString key;     // worst first, then path and host
    };
    // At 5,000 DCs the table has 30,000 rows, and translating every reason at once held the
    // window 100 ms: a row's reason is made when a view, the filter or a test first asks for it.
    static const QString &reasonOf(const Row &row);
    QList<Row> m_rows;
};

} // namespace PortCheck
