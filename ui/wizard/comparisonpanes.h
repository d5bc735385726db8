#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QTableWidget;
class QWidget;

namespace PortCheck {

class Catalog;
struct Comparison;

// Before and after a change, as two tabs of the results page: every link and host whose verdict
// changed, and each rule the run before asked for, verified open or not.
class ComparisonPanes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonPanes)

public:
    explicit ComparisonPanes(QObject *parent = nullptr);
    ~ComparisonPanes() override;

    QWidget *changesPane() const { return m_comparePane.data(); }
    QWidget *rulesPane() const { return m_rulesPane.data(); }
    QTableWidget *changeTable() const { return m_changes; }
    QTableWidget *ruleTable() const { return m_rules; }
    QString summaryText() const;

    // Empties both panes when `comparison` is null.
    void fill(const Catalog &catalog, const Comparison *comparison);

Q_SIGNALS:
    void linkSelected(const QString &link, const QString &host);

private:
    QPointer<QWidget> m_comparePane;
    QLabel *m_compareSummary = nullptr;
    QPointer<QWidget> m_rulesPane;
    QLabel *m_rulesSummary = nullptr;
    QTableWidget *m_changes = nullptr;
    QTableWidget *m_rules = nullptr;
};

} // namespace PortCheck
