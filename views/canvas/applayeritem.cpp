#include "views/canvas/applayeritem.h"

#include "views/canvas/visuals.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace storemap {

AppLayerItem::AppLayerItem(double width, const QString &subtitle)
    : m_width(width)
    , m_subtitle(subtitle)
{
    setToolTip(tr("Your application: it talks to every store below it. Double-click to rename "
                  "the project."));
}

void AppLayerItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    Q_UNUSED(event);
    emit renameRequested();
}

QRectF AppLayerItem::boundingRect() const
{
    return QRectF(0, 0, m_width, Height);
}

void AppLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.16f);
    painter->setPen(QPen(pal.color(QPalette::Highlight), 1.6));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 10, 10);
    const QFont base = painter->font();
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.3);
    f = Visuals::legibleFont(f, zoom, r.height() / 2 - 8);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(pal.color(QPalette::Text));
    if (m_subtitle.isEmpty()) {
        painter->drawText(r, Qt::AlignCenter, tr("Application Layer"));
        return;
    }
    painter->drawText(r.adjusted(0, 6, 0, -r.height() / 2 + 6), Qt::AlignCenter,
                      tr("Application Layer"));
    f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    painter->setFont(Visuals::legibleFont(f, zoom, r.height() / 2 - 10));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(r.adjusted(0, r.height() / 2, 0, -4), Qt::AlignCenter, m_subtitle);
}

} // namespace storemap
