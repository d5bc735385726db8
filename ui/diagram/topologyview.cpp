#include "topologyview.h"

#include <QKeyEvent>
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
    if (m_autoFit)
        fit();
}

void TopologyView::fit()
{
    if (!scene())
        return;
    m_autoFit = true;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0) // small diagrams stay at their natural size
        setTransform(QTransform());
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
