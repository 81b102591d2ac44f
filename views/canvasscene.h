#pragma once

#include <QGraphicsScene>

namespace storemap {

class DesignContext;
class EntityChip;
class StoreItem;
class AppLayerItem;

/// The lesson's picture as a scene: the Application Layer on top, a row of stores joined to it,
/// and the Unplaced tray below. Items hold ids and are rebuilt from the document after each change.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr const char *EntityMime = "application/x-storemap-entity";
    static constexpr const char *KindMime = "application/x-storemap-kind";

    explicit CanvasScene(DesignContext *context, QObject *parent = nullptr);
    ~CanvasScene() override;

    DesignContext *context() const { return m_context; }

    /// The drop API: what a chip dropped on a store (empty id: the tray) does. One undo step.
    bool placeEntity(const QString &entityId, const QString &storeId);
    /// What a palette kind dropped on the canvas does. Returns the new store's id.
    QString addStoreOfKind(const QString &kindId);
    /// Renames a store (double-click on it, or its context menu).
    bool renameStore(const QString &storeId, const QString &name);
    /// Removes the selected stores and entities as one undo step.
    void deleteSelection();

    /// While a chip is dragged every store shows the entity's fit on its kind.
    void setDraggedEntity(const QString &entityId);
    QString draggedEntity() const { return m_draggedEntity; }

    /// Moves keyboard focus to the next (or previous) store or chip in reading order: each store
    /// then its chips, the tray last. False at either end, so Tab can leave the canvas.
    bool focusNextItem(bool next);

    StoreItem *storeItem(const QString &storeId) const; ///< empty id: the Unplaced tray
    EntityChip *chip(const QString &entityId) const;
    AppLayerItem *appLayer() const { return m_appLayer; }
    QList<StoreItem *> storeItems() const;

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void onSelectionChanged();
    void onCurrentEntityChanged(const QString &id);

    DesignContext *m_context;
    AppLayerItem *m_appLayer = nullptr;
    QString m_draggedEntity;
    bool m_syncingSelection = false;
};

} // namespace storemap
