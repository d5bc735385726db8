#pragma once

#include "ui/style/verdictstyle.h"

#include <QFont>
#include <QPalette>
#include <QPen>

class QGraphicsItem;
class QPainter;
class QRectF;

// What every item of the diagram draws with: text sizes, lines and badges per state.

namespace PortCheck {

// Text sizes in scene units: the view never fits the diagram below the zoom that shows the
// smallest of them at 9 pt (TopologyScene::readableZoom), and exports keep the proportions.
namespace DiagramText {
constexpr int kTitlePx = 15;  // a node's name
constexpr int kDetailPx = 13; // a node's second line, port labels, the legend
constexpr int kSmallestPx = kDetailPx;
QFont font(int pixelSize, bool bold = false);
} // namespace DiagramText

namespace DiagramStyle {
// The diagram's line for a state: fail thick and solid, warn medium and dashed, pass thin and
// solid, not tested faint and dotted, running solid.
QPen pen(VisualState state, const QPalette &palette);
qreal opacity(VisualState state);
// The badge at the start of a label: fail an octagon with a cross, warn a triangle with "!",
// pass a disc with a tick, not tested a dashed ring, running a ring with a gap.
void drawBadge(QPainter *painter, VisualState state, const QRectF &rect, const QPalette &palette);
// The scene's palette (the application's when the item is in no scene).
QPalette paletteOf(const QGraphicsItem *item);
// Below this zoom, items leave out their details (second lines, port labels).
inline constexpr qreal kDetailThreshold = 0.3;
} // namespace DiagramStyle

} // namespace PortCheck
