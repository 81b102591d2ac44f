#pragma once

#include <QGraphicsObject>

namespace storemap {

/// The lesson's "Application Layer" box that every store hangs from.
class AppLayerItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 3 };
    static constexpr double Height = 62;

    AppLayerItem(double width, const QString &subtitle = QString());

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    /// A double-click on it: the user wants to rename the project.
    void renameRequested();

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    double m_width;
    QString m_subtitle;
};

} // namespace storemap
