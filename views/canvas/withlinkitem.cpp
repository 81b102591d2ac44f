#include "views/canvas/withlinkitem.h"

#include "views/canvas/visuals.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPen>
#include <QStyleOptionGraphicsItem>

namespace storemap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::WithLinkItem)
};
} // namespace

WithLinkItem::WithLinkItem(const WithLink &link)
    : m_link(link)
{
    QPen pen(link.seam ? QColor(0xC2, 0x41, 0x0C) : QColor(0x64, 0x74, 0x8B),
             link.transaction ? 2.6 : 1.4, link.seam ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    setPen(pen);
    setBrush(Qt::NoBrush);
    setZValue(1); // over the stores, so that a link is never hidden behind a box
    setAcceptedMouseButtons(Qt::NoButton);
}

void WithLinkItem::route(const QRectF &from, const QRectF &to, const QString &fromName,
                         const QString &toName)
{
    const QString kind = m_link.transaction ? Tr::tr("transaction") : Tr::tr("join");
    QString tip = Tr::tr("%1 – %2: \"%3\" (%4)").arg(fromName, toName, m_link.pattern, kind);
    if (m_link.seam)
        tip +=
            QLatin1Char('\n') + Tr::tr("A seam: the two are in different stores, so the "
                                       "application joins them or keeps them consistent itself.");
    setToolTip(tip);
    QPainterPath path;
    if (qFuzzyCompare(from.left(), to.left())) { // one column: a loop along its left edge
        const QPointF a(from.left(), from.center().y()), b(to.left(), to.center().y());
        const double bulge = 18 + std::abs(b.y() - a.y()) / 6;
        path.moveTo(a);
        path.cubicTo(a - QPointF(bulge, 0), b - QPointF(bulge, 0), b);
    } else {
        const bool rightward = from.center().x() < to.center().x();
        const QPointF a(rightward ? from.right() : from.left(), from.center().y());
        const QPointF b(rightward ? to.left() : to.right(), to.center().y());
        const double pull = std::max(30.0, std::abs(b.x() - a.x()) / 3) * (rightward ? 1 : -1);
        path.moveTo(a);
        path.cubicTo(a + QPointF(pull, 0), b - QPointF(pull, 0), b);
    }
    setPath(path);
}

void WithLinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < Visuals::FarZoom)
        painter->setRenderHint(QPainter::Antialiasing, false);
    QGraphicsPathItem::paint(painter, option, widget);
}

QPainterPath WithLinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(pen().widthF() + 6);
    return stroker.createStroke(path());
}

} // namespace storemap
