#pragma once

#include <QGraphicsObject>

namespace storemap {

class CanvasScene;
class StoreItem;

/// An entity on the canvas: its name and its fit as a number and a colour. Drag it onto another
/// store to move it; Alt+Left / Alt+Right moves it to the neighbouring store from the keyboard.
class EntityChip : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 2 };
    static constexpr double Width = 180;
    static constexpr double Height = 28;

    EntityChip(CanvasScene *scene, const QString &entityId, QGraphicsItem *parent);

    int type() const override { return Type; }
    QString entityId() const { return m_entityId; }
    /// The store (or tray) it is on (its parent is one of the store's pages).
    StoreItem *store() const;
    /// The fit the chip shows: on its store's kind, -1 when unplaced.
    double fit() const { return m_fit; }
    QString name() const { return m_name; }
    /// The font of the name at @p zoom: grown as the canvas zooms out, as far as the chip allows.
    static QFont nameFont(const QFont &base, double zoom);
    /// Sets what the chip shows; redraws only when it changed.
    void setContent(const QString &name, double fit);
    void setWidth(double width);
    /// A comparison's note on this entity ("Moved here from Mongo"): drawn as a dashed outline,
    /// said in the tooltip. Empty: no mark.
    void setMark(const QString &note);
    QString mark() const { return m_mark; }
    /// The tooltip: the fit and its reasons, computed when asked (there may be thousands of chips).
    QString reasonsText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    CanvasScene *m_scene;
    QString m_entityId;
    double m_width = Width;
    QString m_name;
    double m_fit = -1;
    QString m_mark;
};

} // namespace storemap
