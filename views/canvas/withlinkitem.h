#pragma once

#include "model/project.h"

#include <QGraphicsPathItem>

namespace storemap {

/// A `with` link drawn between two chips: a join thin, a transaction heavier, a seam (the two in
/// different stores) dashed in the lesson's warning colour. Its tooltip names the pattern. It
/// takes no clicks: the chips under it stay draggable.
class WithLinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    explicit WithLinkItem(const WithLink &link);

    const WithLink &link() const { return m_link; }
    /// Runs the link between the two chips' scene rectangles (from facing sides across stores,
    /// along the left edge inside one) and names them in the tooltip.
    void route(const QRectF &from, const QRectF &to, const QString &fromName,
               const QString &toName);
    /// Only the stroke is the link (a path's filled inside would cover the chips).
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    WithLink m_link;
};

} // namespace storemap
