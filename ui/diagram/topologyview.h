#pragma once

#include <QGraphicsView>

namespace PortCheck {

// Zoom with the wheel or +/-, 0 fits the whole diagram; drag to pan.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void fit();
    qreal zoom() const { return transform().m11(); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_autoFit = true; // follow the window's size until the user zooms
};

} // namespace PortCheck
