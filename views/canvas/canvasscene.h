#pragma once

#include "model/project.h"

#include <QGraphicsScene>
#include <QHash>

#include <vector>

namespace storemap {

class DesignContext;
class EntityChip;
class StoreItem;
class AppLayerItem;
class WithLinkItem;

/// The lesson's picture as a scene: the Application Layer on top, a row of stores joined to it,
/// and the Unplaced tray below. Items hold ids; after each change the scene brings them in line
/// with the document, adding, moving and removing only what changed (thousands of chips stay).
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
    /// The dragged entity's fit on catalog kind @p kind, or -1.
    double draggedFit(int kind) const;

    /// Moves keyboard focus to the next (or previous) store or chip in reading order: each store
    /// then its chips, the tray last. False at either end, so Tab can leave the canvas.
    bool focusNextItem(bool next);

    StoreItem *storeItem(const QString &storeId) const; ///< empty id: the Unplaced tray
    EntityChip *chip(const QString &entityId) const;
    AppLayerItem *appLayer() const { return m_appLayer; }
    /// The stores in canvas order, then the tray.
    QList<StoreItem *> storeItems() const;

    /// The grid layout: each store shows its chips in as many columns, and the stores wrap into as
    /// many rows, as make the whole picture largest in a view of the given width:height, so names
    /// stay legible at fit-to-window. Off, the stores stand in one row, one chip column each (the
    /// lesson's picture).
    void setGridLayout(bool on);
    bool gridLayout() const { return m_grid; }
    void setViewAspect(double widthOverHeight);

    /// A comparison's notes on entities (id -> "Moved here from Mongo"): their chips are marked
    /// until the notes change. Empty: no marks.
    void setMarks(const QHash<QString, QString> &notes);

signals:
    /// The Application Layer was double-clicked: rename the project.
    void projectRenameRequested();
    /// A store's context menu asked to set what the store holds in memory.
    void storeMemoryRequested(const QString &storeId);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    /// Brings the items in line with the project after a change, lays them out, keeps the
    /// selection.
    void sync();
    /// Every store and chip, matched by id.
    void syncAll();
    /// After an edit of the entity at @p index alone: its chip, and the stores it left and
    /// joined. False when the scene does not hold what that needs (a chip of that id).
    bool syncEntity(size_t index);
    void layout();
    /// The Application Layer over rows @p width wide, and its lines and arrow to each store.
    void addLinks(double width);
    void drawWithLinks();
    void onSelectionChanged();
    void onCurrentEntityChanged(const QString &id);

    DesignContext *m_context;
    AppLayerItem *m_appLayer = nullptr;
    QList<StoreItem *> m_row; ///< the stores, in project order
    StoreItem *m_tray = nullptr;
    QHash<QString, StoreItem *> m_stores;
    QHash<QString, EntityChip *> m_chips;
    QList<QGraphicsItem *> m_links;    ///< the lines and arrows from the Application Layer
    QList<WithLinkItem *> m_withLinks; ///< the `with` links drawn between chips
    std::vector<WithLink> m_linkList;  ///< withLinks() of the project, kept by sync()
    QString m_appTitle;
    QList<double> m_linkedAt; ///< where the stores stood when the links were drawn
    QHash<QString, QString> m_marks;
    bool m_grid = false;
    double m_aspect = 16.0 / 9;
    QString m_draggedEntity;
    QList<double> m_draggedFits;
    bool m_syncingSelection = false;
};

} // namespace storemap
