#pragma once

#include <QGraphicsView>

class QToolButton;

namespace PortCheck {

// Zoom with the wheel or +/-, 0 fits the whole diagram; drag to pan. Fitting never goes below the
// zoom that keeps the diagram's text at 9 pt (the view scrolls instead), and tells the scene the
// view's shape so that it lays its targets out on one side or on both. A "Problems only" button
// in the corner hides what passes and what was not tested.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void fit();
    qreal zoom() const { return transform().m11(); }
    QToolButton *problemsOnlyButton() const { return m_problemsOnly; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placeButton();

    bool m_autoFit = true; // follow the window's size until the user zooms
    QToolButton *m_problemsOnly = nullptr;
};

} // namespace PortCheck
