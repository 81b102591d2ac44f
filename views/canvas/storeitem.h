#pragma once

#include <QGraphicsObject>

namespace storemap {

class CanvasScene;
class ChipPage;
class EntityChip;

/// One store on the canvas: kind icon, kind name, store name and its entity chips. With an empty
/// store id it is the Unplaced tray. It holds the id and draws from the document; the scene gives
/// it its chips.
class StoreItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    static constexpr double Width = 200;
    static constexpr double HeaderHeight = 58;
    static constexpr double MinHeight = 150;

    StoreItem(CanvasScene *scene, const QString &storeId);

    int type() const override { return Type; }
    QString storeId() const { return m_storeId; }
    bool isTray() const { return m_storeId.isEmpty(); }
    /// The catalog index of the store's kind, or -1 for the tray.
    int kind() const { return m_kind; }
    /// Reads the store's kind and name again (after a rename, say) and redraws.
    void updateFromDocument();
    /// The chips it shows, top to bottom; laid out at once. Each goes on one of the store's pages
    /// (EntityChip::store() finds the store again).
    void setChips(const QList<EntityChip *> &chips);
    const QList<EntityChip *> &chips() const { return m_chips; }
    /// What the tray says the user can do next (empty for a store).
    QString hint() const { return m_hint; }
    /// The height that shows every chip.
    double naturalHeight() const;
    /// A store's chips side by side in @p columns columns (one by default: the lesson's picture).
    void setColumns(int columns);
    double width() const { return m_width; }
    /// How wide a store of @p columns chip columns is.
    static double widthFor(int columns);
    /// How tall a store (or the tray) showing @p chips chips in @p columns columns is.
    static double heightFor(qsizetype chips, int columns, bool tray);
    /// How many chip columns the tray fits in @p width.
    static int trayColumns(double width);
    void setHeight(double height);
    void setWidth(double width);
    /// What the store shows while a chip is dragged: the entity's fit there (-1 for the tray).
    double previewFit() const;
    /// The fit's colour, faint: what covers the store while a chip is dragged.
    QColor veilColor() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void askRename(QWidget *parent);
    void layoutChips();
    int columns() const;

    CanvasScene *m_scene;
    QString m_storeId;
    int m_kind = -1;
    QString m_money; ///< "$25/mo" where the project gives a workload
    double m_width = Width;
    int m_columns = 1;
    double m_height = MinHeight;
    bool m_dropTarget = false;
    QList<EntityChip *> m_chips;
    QList<ChipPage *> m_pages; ///< the chips, a run of them on each (see ChipPage)
    QString m_hint;
};

} // namespace storemap
