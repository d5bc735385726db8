#include "ui/diagram/topologyview.h"

#include "ui/diagram/linkitem.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/topologyscene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QToolButton>
#include <QWheelEvent>

namespace PortCheck {

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
} // namespace

TopologyView::TopologyView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Topology diagram"));
    setAccessibleDescription(tr("Zoom with the mouse wheel or the plus and minus keys; 0 fits the diagram"));

    m_problemsOnly = new QToolButton(this);
    m_problemsOnly->setText(tr("Problems only"));
    m_problemsOnly->setToolTip(tr("Show only the links that fail or warn"));
    m_problemsOnly->setCheckable(true);
    m_problemsOnly->setAutoRaise(false);
    connect(m_problemsOnly, &QToolButton::toggled, this, [this](bool on) {
        if (auto *topology = qobject_cast<TopologyScene *>(this->scene())) {
            topology->setProblemsOnly(on);
            fit();
        }
    });
    if (auto *topology = qobject_cast<TopologyScene *>(scene)) {
        connect(topology, &QGraphicsScene::sceneRectChanged, this, [this] {
            if (m_autoFit)
                fit();
        });
    }
    placeButton();
}

void TopologyView::placeButton()
{
    m_problemsOnly->adjustSize();
    const QRect area = viewport()->geometry();
    m_problemsOnly->move(area.right() - m_problemsOnly->width() - 6, area.top() + 6);
    m_problemsOnly->raise();
}

void TopologyView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal applied = target / zoom();
    scale(applied, applied);
    m_autoFit = false;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeButton();
    if (m_autoFit) {
        if (auto *topology = qobject_cast<TopologyScene *>(scene()); topology && viewport()->height() > 0)
            topology->setPreferredAspect(qreal(viewport()->width()) / viewport()->height(),
                                         viewport()->width() / TopologyScene::readableZoom(logicalDpiY()));
        fit();
    }
}

void TopologyView::fit()
{
    if (!scene())
        return;
    m_autoFit = true;
    const QRectF all = scene()->sceneRect();
    fitInView(all, Qt::KeepAspectRatio);
    const qreal readable = TopologyScene::readableZoom(logicalDpiY());
    if (zoom() > 1.0) { // small diagrams stay at their natural size
        setTransform(QTransform());
    } else if (zoom() < readable) {
        // Too large to show whole at a readable size: readable, scrolled to the sources' top
        // and, when something fails, to the first failing label.
        setTransform(QTransform::fromScale(readable, readable));
        centerOn(QPointF(all.center().x(), all.top() + viewport()->height() / readable / 2));
        if (auto *topology = qobject_cast<TopologyScene *>(scene())) {
            for (const LinkItem *link : topology->links()) {
                if (link->state() == VisualState::Fail) {
                    // the label and the box it points at
                    ensureVisible(link->labelRect().united(link->toNode()->sceneBoundingRect()), 20, 30);
                    break;
                }
            }
        }
    }
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fit();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace PortCheck
