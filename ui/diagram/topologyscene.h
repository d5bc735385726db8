#pragma once

#include "model/catalog/catalog.h"
#include "model/expected.h"
#include "model/plan/plan.h"
#include "model/verdict/verdict.h"
#include "ui/diagram/linkstates.h"

#include <QByteArray>
#include <QDateTime>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QSet>

#include <limits>

class QIODevice;

namespace PortCheck {

class LegendItem;
class LinkItem;
class NodeItem;
enum class VisualState;

// What an exported diagram says above the drawing (PNG, SVG, the PDF's page).
struct DiagramHeader
{
    QString title;   // empty: "Guardian network paths"
    QString site;    // the profile's name, domain or host: where the run looked
    QDateTime date;  // when the run finished (or started); invalid: not printed
    QString verdict; // empty: the scene's own verdictText()
};

// The deployment as a picture: who opens connections (the sources, in the middle or on the left)
// to whom (the targets, by role), one line per link and host in its verdict's colour, weight and
// line style. The lines of one source toward one role run as a bundle to a junction; the port
// labels stack beside the target node, so no two labels overlap. Built from the plan; results can
// be fed in while a run streams them. Roles with more hosts than the threshold collapse into one
// group node until expanded; "problems only" leaves out what passes and what was not tested.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    static constexpr int kDefaultGroupThreshold = 12;

    explicit TopologyScene(const Catalog &catalog, QObject *parent = nullptr);

    // `thisComputer` is the host name shown on the vantage roles' nodes.
    void setPlan(const Plan &plan, const QString &thisComputer);
    // The results so far; `finished` once the run ended (links without a result then show their
    // verdict rather than "running").
    void setResults(const ResultIndex &results, bool finished);
    // The same with the verdicts of those results already computed (the run page has them from the
    // run): the scene then computes none itself.
    void setResults(const ResultIndex &results, bool finished, QList<Verdict> verdicts);
    // While a run streams: only these plan items' results and verdicts changed. The scene reads
    // `results` and `verdicts` where they are (no copy, so the run's own do not detach) until the
    // next setPlan() or setResults(): the caller keeps them alive and changes them only before
    // calling this again. Lines and group nodes that no item touched are left as they are.
    void updateItems(const ResultIndex &results, const QList<Verdict> &verdicts, const QList<int> &items,
                     bool finished);
    // Copies the results and verdicts updateItems() reads in place (cheap: implicitly shared), so
    // that the scene no longer depends on them: before they go away.
    void keepResults();
    // Verdicts decided elsewhere (results of several machines merged): the lines show these.
    void setVerdicts(const QList<Verdict> &verdicts);

    void setGroupThreshold(int hosts);
    void setGroupExpanded(const QString &role, bool expanded);
    bool isGrouped(const QString &role) const;

    // Targets on both sides of the sources when that suits the view's shape better than one
    // side, and both sides fit `maxWidth` scene units (what the view shows at a readable zoom):
    // a reader scrolls down more easily than sideways, and a row then shows whole.
    // Lays the diagram out again when that changes.
    void setPreferredAspect(qreal widthOverHeight, qreal maxWidth = std::numeric_limits<qreal>::max());
    bool isTwoSided() const { return m_twoSided; }
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

    // The zoom at which the smallest text of the diagram shows at 9 pt on a screen of this
    // logical DPI: a view does not fit the diagram below it.
    static qreal readableZoom(qreal logicalDpiY);

    QList<NodeItem *> nodes() const { return m_nodes; }
    LegendItem *legend() const { return m_legend; }
    // The worst state shown, and in words: "2 links fail: ...", "Guardian can work, with ...".
    VisualState worstState() const;
    QString verdictText() const;
    QString countsText() const;
    QList<LinkItem *> links() const { return m_links; }
    LinkItem *linkItem(const QString &link, const QString &host) const;
    NodeItem *node(const QString &role, const QString &host = {}) const;
    void selectLink(const QString &link, const QString &host);

    // Everything drawn, with a margin: what exports and the PDF render.
    QRectF contentRect() const;
    // The size of the header block above the drawing and of the whole (header and drawing), in
    // scene units.
    QSizeF headerSize() const;
    QSizeF exportSize() const;
    // Draws the header (title, verdict, site, date) and the diagram with its legend into `target`,
    // scaled to fit and keeping the proportions, top left aligned. For the PDF and the exports.
    // Returns the rectangle painted.
    QRectF renderWithHeader(QPainter *painter, const QRectF &target, const DiagramHeader &header);
    // The error says why nothing (or not all) was written, in the reader's language.
    Expected<void> exportPng(const QString &path, const DiagramHeader &header = {}, qreal scale = 2.0);
    Expected<void> exportSvg(const QString &path, const DiagramHeader &header = {});
    // The same as an image, or as SVG bytes (empty without SVG support): for the HTML report.
    QImage exportImage(const DiagramHeader &header = {}, qreal scale = 2.0);
    QByteArray exportSvgData(const DiagramHeader &header = {});
    static bool canExportSvg();
    // How an export spells a date: "2026-12-03 12:00 UTC".
    static QString dateText(const QDateTime &date);

Q_SIGNALS:
    void linkSelected(const QString &link, const QString &host);
    // host is empty for a link to a group: every host of the group.
    void retestRequested(const QString &link, const QString &host);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
#ifdef PORTCHECK_HAVE_SVG
    void writeSvg(QIODevice *device, const DiagramHeader &header);
#endif
    struct Aggregate;
    void rebuild();
    struct Layout;
    void collect(Layout &l);
    void placeTargets(Layout &l);
    void placeSources(Layout &l);
    void addLines(const Layout &l);
    void placeLegend(const Layout &l);
    void applyStates();
    // Every live line again from m_liveResults and m_liveSource (or the whole diagram, with
    // "problems only" on).
    void redrawLive();
    void applyLiveState(LinkItem *line);
    static void applyGroupDetail(NodeItem *node, int failingHosts);
    QString lineTip(const LinkItem *line, int items, const QStringList &lines) const;
    QHash<QString, Aggregate> aggregates(const QList<Verdict> &verdicts) const;
    const QList<Verdict> &currentVerdicts() const;
    void drawHeader(QPainter *painter, const QRectF &rect, const DiagramHeader &header) const;
    QString roleName(const QString &role) const;

    const Catalog &m_catalog;
    Plan m_plan;
    QString m_thisComputer;
    ResultIndex m_results;
    QList<Verdict> m_fixedVerdicts;
    QList<Verdict> m_liveVerdicts; // computeVerdicts() of m_results, once per setResults()
    // What the live lines show: m_results and m_liveVerdicts, or the run's own (updateItems()).
    const ResultIndex *m_liveResults = &m_results;
    const QList<Verdict> *m_liveSource = &m_liveVerdicts;
    LinkStates m_linkStates;
    QHash<QString, LinkItem *> m_linkItemOf; // LinkStates::lineKey -> its line
    bool m_useFixed = false;
    bool m_finished = false;
    int m_threshold = kDefaultGroupThreshold;
    QSet<QString> m_expanded;
    QHash<QString, int> m_hostCount; // target role -> hosts
    QList<NodeItem *> m_nodes;
    QList<LinkItem *> m_links;
    LegendItem *m_legend = nullptr;
    bool m_twoSided = false;
    qreal m_aspect = 0; // width / height of the view; 0: unknown (one side)
    qreal m_maxWidth = std::numeric_limits<qreal>::max();
    QList<qreal> m_groupHeights;
    bool m_problemsOnly = false;
};

} // namespace PortCheck
