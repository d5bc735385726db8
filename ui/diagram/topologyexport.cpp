// The diagram as a picture: the header (title, verdict, site, date) over the scene, drawn into a
// PNG, an SVG, the PDF or the HTML report, without what only the screen shows (the selection,
// the mouse hints).

#include "ui/diagram/diagramstyle.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/topologyscene.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#ifdef PORTCHECK_HAVE_SVG
#include <QSvgGenerator>
#endif

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr qreal kHeaderHeight = 92;
constexpr qreal kHeaderMinWidth = 620;

// Exports show the verdicts, not what happens to be selected on screen.
class SelectionHider
{
public:
    explicit SelectionHider(QGraphicsScene *scene)
        : m_scene(scene)
        , m_selected(scene->selectedItems())
    {
        const QSignalBlocker block(m_scene);
        m_scene->clearSelection();
    }
    ~SelectionHider()
    {
        const QSignalBlocker block(m_scene);
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    Q_DISABLE_COPY_MOVE(SelectionHider)

private:
    QGraphicsScene *m_scene;
    QList<QGraphicsItem *> m_selected;
};

// Exports are read where nobody can click: the nodes' mouse hints stay on screen.
class HintHider
{
public:
    explicit HintHider(const QList<NodeItem *> &nodes)
        : m_nodes(nodes)
    {
        for (NodeItem *node : std::as_const(m_nodes))
            node->setShowHint(false);
    }
    ~HintHider()
    {
        for (NodeItem *node : std::as_const(m_nodes))
            node->setShowHint(true);
    }
    Q_DISABLE_COPY_MOVE(HintHider)

private:
    QList<NodeItem *> m_nodes;
};

} // namespace

QRectF TopologyScene::contentRect() const
{
    return itemsBoundingRect().adjusted(-24, -24, 24, 24);
}

QSizeF TopologyScene::headerSize() const
{
    return {std::max(contentRect().width(), kHeaderMinWidth), kHeaderHeight};
}

QSizeF TopologyScene::exportSize() const
{
    const QSizeF header = headerSize();
    return {header.width(), header.height() + contentRect().height()};
}

void TopologyScene::drawHeader(QPainter *painter, const QRectF &rect, const DiagramHeader &header) const
{
    const QPalette pal = palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal x = rect.left() + 24;
    const qreal width = rect.width() - 48;
    qreal y = rect.top() + 14;
    const auto line = [&](const QFont &font, const QColor &colour, const QString &text, qreal indent = 0) {
        painter->setFont(font);
        painter->setPen(colour);
        const QFontMetricsF fm(font);
        painter->drawText(QRectF(x + indent, y, width - indent, fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideRight, width - indent));
        y += fm.height() + 4;
    };
    const QColor ink = pal.color(QPalette::Text);
    line(DiagramText::font(20, true), ink,
         header.title.isEmpty() ? tr("Guardian network paths") : header.title);
    const VisualState worst = worstState();
    const QFont verdictFont = DiagramText::font(DiagramText::kTitlePx, true);
    const qreal badge = QFontMetricsF(verdictFont).height() - 2;
    DiagramStyle::drawBadge(painter, worst, QRectF(x, y + 1, badge, badge), pal);
    line(verdictFont, ink,
         (header.verdict.isEmpty() ? verdictText() : header.verdict) + u"   "_s + countsText(), badge + 8);
    QStringList facts;
    if (!header.site.isEmpty())
        facts << tr("Site: %1").arg(displaySafe(header.site));
    if (header.date.isValid())
        facts << tr("Date: %1").arg(dateText(header.date));
    line(DiagramText::font(DiagramText::kDetailPx), pal.color(QPalette::PlaceholderText),
         facts.join(u"   ·   "_s));
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawLine(QPointF(x, rect.bottom() - 4), QPointF(x + width, rect.bottom() - 4));
    painter->restore();
}

QString TopologyScene::dateText(const QDateTime &date)
{
    // One spelling for every reader of the export, whatever their locale: ISO date, UTC.
    return date.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QRectF TopologyScene::renderWithHeader(QPainter *painter, const QRectF &target, const DiagramHeader &header)
{
    const SelectionHider hide(this);
    const HintHider noHints(m_nodes);
    const QSizeF natural = exportSize();
    const QRectF content = contentRect();
    const qreal scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    drawHeader(painter, QRectF(QPointF(0, 0), headerSize()), header);
    render(painter, QRectF(0, kHeaderHeight, content.width(), content.height()), content);
    painter->restore();
    return {target.topLeft(), natural * scale};
}

QImage TopologyScene::exportImage(const DiagramHeader &header, qreal scale)
{
    const QSizeF size = exportSize() * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderWithHeader(&painter, QRectF(QPointF(0, 0), image.size()), header);
    painter.end();
    return image;
}

Expected<void> TopologyScene::exportPng(const QString &path, const DiagramHeader &header, qreal scale)
{
    const QImage image = exportImage(header, scale);
    if (image.isNull()) {
        const QSizeF size = exportSize() * scale;
        return Failure{Text::plain(tr("The diagram is too large for an image (%1 x %2 pixels).")
                                       .arg(size.width())
                                       .arg(size.height()))};
    }
    if (!image.save(path, "PNG"))
        return Failure{Text::plain(tr("Cannot write %1.").arg(path))};
    return {};
}

bool TopologyScene::canExportSvg()
{
#ifdef PORTCHECK_HAVE_SVG
    return true;
#else
    return false;
#endif
}

Expected<void> TopologyScene::exportSvg(const QString &path, const DiagramHeader &header)
{
#ifndef PORTCHECK_HAVE_SVG
    Q_UNUSED(header)
    return Failure{
        Text::plain(tr("This build has no SVG support (Qt SVG was missing when it was built); save "
                       "the diagram as PNG instead. %1 was not written.")
                        .arg(path))};
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{Text::plain(tr("Cannot write %1.").arg(path))};
    writeSvg(&file, header);
    if (!file.flush())
        return Failure{Text::plain(tr("Cannot write %1.").arg(path))};
    return {};
#endif
}

QByteArray TopologyScene::exportSvgData(const DiagramHeader &header)
{
#ifdef PORTCHECK_HAVE_SVG
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeSvg(&buffer, header);
    return buffer.data();
#else
    Q_UNUSED(header)
    return {};
#endif
}

#ifdef PORTCHECK_HAVE_SVG
void TopologyScene::writeSvg(QIODevice *device, const DiagramHeader &header)
{
    const QSizeF size = exportSize();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(header.title.isEmpty() ? tr("Guardian network paths") : header.title);
    svg.setDescription(tr("Generated by Guardian Port Check"));
    QPainter painter;
    if (!painter.begin(&svg))
        return;
    painter.fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Base));
    renderWithHeader(&painter, QRectF(QPointF(0, 0), size), header);
    painter.end();
}
#endif

} // namespace PortCheck
