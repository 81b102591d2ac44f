#include "canvasscene.h"

#include "applayeritem.h"
#include "designcontext.h"
#include "entitychip.h"
#include "placement.h"
#include "storeitem.h"

#include "../model/commands/commands.h"
#include "../model/document.h"
#include "../model/scoring.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QPen>
#include <QToolTip>
#include <QUndoStack>

namespace storemap {

namespace {
constexpr double StoreGap = 28;
constexpr double RowTop = 150;
constexpr double TrayGap = 48;
} // namespace

CanvasScene::CanvasScene(DesignContext *context, QObject *parent)
    : QGraphicsScene(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &CanvasScene::rebuild);
    connect(m_context, &DesignContext::currentEntityChanged, this,
            &CanvasScene::onCurrentEntityChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items deleted with the scene change the selection: nothing must react any more.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
    m_syncingSelection = true;
    clear();
}

bool CanvasScene::placeEntity(const QString &entityId, const QString &storeId)
{
    Document *doc = m_context->document();
    const Entity *entity = doc->project().entity(entityId);
    if (!entity || entity->store == storeId)
        return false;
    if (!storeId.isEmpty() && !doc->project().store(storeId))
        return false;
    doc->undoStack()->push(new PlaceEntityCommand(doc, entityId, storeId));
    return true;
}

QString CanvasScene::addStoreOfKind(const QString &kindId)
{
    const int kind = m_context->catalog().kindIndex(kindId);
    if (kind < 0)
        return QString();
    return Placement::addStore(m_context->document(), kind);
}

bool CanvasScene::renameStore(const QString &storeId, const QString &name)
{
    Document *doc = m_context->document();
    const Store *store = doc->project().store(storeId);
    const QString trimmed = name.trimmed();
    if (!store || trimmed.isEmpty() || trimmed == store->name)
        return false;
    doc->undoStack()->push(new RenameStoreCommand(doc, storeId, trimmed));
    return true;
}

void CanvasScene::deleteSelection()
{
    QStringList stores, entities;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *s = qgraphicsitem_cast<StoreItem *>(item); s && !s->storeId().isEmpty())
            stores << s->storeId();
        else if (auto *c = qgraphicsitem_cast<EntityChip *>(item))
            entities << c->entityId();
    }
    if (stores.isEmpty() && entities.isEmpty())
        return;
    Document *doc = m_context->document();
    QUndoStack *stack = doc->undoStack();
    stack->beginMacro(tr("Delete %n item(s)", nullptr, int(stores.size() + entities.size())));
    for (const QString &id : std::as_const(entities))
        stack->push(new RemoveEntityCommand(doc, id));
    for (const QString &id : std::as_const(stores))
        stack->push(new RemoveStoreCommand(doc, id));
    stack->endMacro();
}

void CanvasScene::setDraggedEntity(const QString &entityId)
{
    if (m_draggedEntity == entityId)
        return;
    m_draggedEntity = entityId;
    for (StoreItem *item : storeItems())
        item->update();
}

bool CanvasScene::focusNextItem(bool next)
{
    QList<QGraphicsItem *> order;
    for (StoreItem *store : storeItems()) {
        if (!store->isTray())
            order << store;
        for (QGraphicsItem *child : store->childItems()) {
            if (qgraphicsitem_cast<EntityChip *>(child))
                order << child;
        }
    }
    if (order.isEmpty())
        return false;
    const qsizetype at = order.indexOf(focusItem());
    const qsizetype to = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
    if (to < 0 || to >= order.size())
        return false;
    order[to]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    for (QGraphicsView *view : views())
        view->ensureVisible(order[to]);
    return true;
}

StoreItem *CanvasScene::storeItem(const QString &storeId) const
{
    for (StoreItem *item : storeItems()) {
        if (item->storeId() == storeId)
            return item;
    }
    return nullptr;
}

EntityChip *CanvasScene::chip(const QString &entityId) const
{
    for (QGraphicsItem *item : items()) {
        if (auto *c = qgraphicsitem_cast<EntityChip *>(item); c && c->entityId() == entityId)
            return c;
    }
    return nullptr;
}

QList<StoreItem *> CanvasScene::storeItems() const
{
    QList<StoreItem *> result;
    for (QGraphicsItem *item : items(Qt::AscendingOrder)) {
        if (auto *s = qgraphicsitem_cast<StoreItem *>(item))
            result << s;
    }
    return result;
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *c = qgraphicsitem_cast<EntityChip *>(item)) {
            QToolTip::showText(event->screenPos(), c->reasonsText(), event->widget());
            event->accept();
            return;
        }
    }
    QGraphicsScene::helpEvent(event);
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    QGraphicsScene::dragEnterEvent(event);
    if (event->mimeData()->hasFormat(KindMime))
        event->acceptProposedAction();
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(KindMime)) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(KindMime)) {
        const QString kind = QString::fromUtf8(event->mimeData()->data(KindMime));
        event->acceptProposedAction();
        // The store is added after the drop returns: the rebuild replaces every item.
        QMetaObject::invokeMethod(
            this, [this, kind] { addStoreOfKind(kind); }, Qt::QueuedConnection);
        return;
    }
    QGraphicsScene::dropEvent(event);
}

void CanvasScene::rebuild()
{
    const QString focused = [this] {
        if (auto *c = qgraphicsitem_cast<EntityChip *>(focusItem()))
            return c->entityId();
        return QString();
    }();
    m_syncingSelection = true;
    clear();
    const Project &project = m_context->document()->project();

    QList<StoreItem *> row;
    for (const Store &store : project.stores)
        row << new StoreItem(this, store.id);
    double height = StoreItem::MinHeight;
    for (StoreItem *item : std::as_const(row))
        height = qMax(height, item->naturalHeight());
    double x = 0;
    for (StoreItem *item : std::as_const(row)) {
        item->setHeight(height);
        item->setPos(x, RowTop);
        addItem(item);
        x += StoreItem::Width + StoreGap;
    }
    const double rowWidth = row.isEmpty() ? StoreItem::Width : x - StoreGap;

    m_appLayer =
        new AppLayerItem(qMax(rowWidth, 3 * StoreItem::Width),
                         tr("%1 · %2 users").arg(project.name, formatUsers(project.users)));
    m_appLayer->setPos((rowWidth - m_appLayer->boundingRect().width()) / 2, 0);
    addItem(m_appLayer);
    const double busY = RowTop - 40;
    const QPen linkPen(QColor(128, 128, 128), 1.6);
    const double appBottom = m_appLayer->boundingRect().height();
    if (!row.isEmpty()) {
        const double first = row.first()->pos().x() + StoreItem::Width / 2;
        const double last = row.last()->pos().x() + StoreItem::Width / 2;
        const double mid = rowWidth / 2;
        addLine(mid, appBottom, mid, busY, linkPen)->setZValue(-1);
        addLine(qMin(first, mid), busY, qMax(last, mid), busY, linkPen)->setZValue(-1);
        for (StoreItem *item : std::as_const(row)) {
            const double cx = item->pos().x() + StoreItem::Width / 2;
            addLine(cx, busY, cx, RowTop - 7, linkPen)->setZValue(-1);
            QPolygonF arrow{QPointF(cx, RowTop - 1), QPointF(cx - 5, RowTop - 9),
                            QPointF(cx + 5, RowTop - 9)};
            addPolygon(arrow, Qt::NoPen, QColor(128, 128, 128))->setZValue(-1);
        }
    }

    auto *tray = new StoreItem(this, QString());
    tray->setWidth(qMax(rowWidth, 3 * StoreItem::Width));
    tray->setHeight(tray->naturalHeight());
    tray->setPos(0, RowTop + height + TrayGap);
    addItem(tray);

    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
    if (EntityChip *c = chip(m_context->currentEntity()))
        c->setSelected(true);
    m_syncingSelection = false;
    // Focus comes back only to the current entity's chip: focusing a chip makes it current.
    if (EntityChip *c = chip(focused); c && focused == m_context->currentEntity())
        c->setFocus();
}

void CanvasScene::onSelectionChanged()
{
    if (m_syncingSelection)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *c = qgraphicsitem_cast<EntityChip *>(item)) {
            m_context->setCurrentEntity(c->entityId());
            return;
        }
    }
}

void CanvasScene::onCurrentEntityChanged(const QString &id)
{
    EntityChip *c = chip(id);
    if (!c || c->isSelected())
        return;
    m_syncingSelection = true;
    clearSelection();
    c->setSelected(true);
    if (qgraphicsitem_cast<EntityChip *>(focusItem()))
        c->setFocus();
    for (QGraphicsView *view : views())
        view->ensureVisible(c);
    m_syncingSelection = false;
}

} // namespace storemap
