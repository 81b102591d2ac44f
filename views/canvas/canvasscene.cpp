#include "views/canvas/canvasscene.h"

#include "model/designcontext.h"
#include "model/placement.h"
#include "views/canvas/applayeritem.h"
#include "views/canvas/entitychip.h"
#include "views/canvas/storeitem.h"
#include "views/canvas/withlinkitem.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "model/scoring.h"

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
/// Up to this many `with` links the canvas draws them all; beyond, a web of lines hides the chips
/// (and costs every frame), so only the links of the selected entity are drawn.
constexpr size_t AllLinksUpTo = 300;
} // namespace

CanvasScene::CanvasScene(DesignContext *context, QObject *parent)
    : QGraphicsScene(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &CanvasScene::sync);
    connect(m_context, &DesignContext::currentEntityChanged, this,
            &CanvasScene::onCurrentEntityChanged);
    connect(m_context, &DesignContext::currentEntityChanged, this, [this] {
        if (m_withLinks.size() != m_allWithLinks)
            drawWithLinks(); // only the selected entity's links are drawn: they follow it
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
    sync();
}

CanvasScene::~CanvasScene()
{
    // Items deleted with the scene change the selection: nothing must react any more.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
    m_syncingSelection = true;
    m_chips.clear(); // the items belong to the scene, which deletes them
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
    return Placement::renameStore(m_context->document(), storeId, name);
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
    m_draggedFits.clear();
    if (const EntityScore *score = m_context->score(entityId))
        m_draggedFits = QList<double>(score->fits.begin(), score->fits.end());
    for (StoreItem *item : std::as_const(m_row))
        item->update();
}

double CanvasScene::draggedFit(int kind) const
{
    return m_draggedFits.value(kind, -1);
}

bool CanvasScene::focusNextItem(bool next)
{
    QList<QGraphicsItem *> order;
    for (StoreItem *store : storeItems()) {
        if (!store->isTray())
            order << store;
        for (EntityChip *chip : store->chips())
            order << chip;
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
    return storeId.isEmpty() ? m_tray : m_stores.value(storeId);
}

EntityChip *CanvasScene::chip(const QString &entityId) const
{
    return m_chips.value(entityId);
}

QList<StoreItem *> CanvasScene::storeItems() const
{
    return m_row + QList<StoreItem *>{m_tray};
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
        // The store is added after the drop returns, outside the view's drag handling.
        QMetaObject::invokeMethod(
            this, [this, kind] { addStoreOfKind(kind); }, Qt::QueuedConnection);
        return;
    }
    QGraphicsScene::dropEvent(event);
}

void CanvasScene::sync()
{
    const Project &project = m_context->document()->project();
    const Analysis &analysis = m_context->analysis();
    m_syncingSelection = true;

    // Stores: the row in project order; items of stores that are gone go last, after their chips
    // have moved to the tray.
    QHash<QString, StoreItem *> stores;
    QHash<QString, qsizetype> rowOf;
    stores.reserve(qsizetype(project.stores.size()));
    m_row.clear();
    for (const Store &store : project.stores) {
        StoreItem *item = m_stores.take(store.id);
        if (!item) {
            item = new StoreItem(this, store.id);
            addItem(item);
        }
        item->updateFromDocument();
        stores.insert(store.id, item);
        rowOf.insert(store.id, m_row.size());
        m_row << item;
    }
    if (!m_tray) {
        m_tray = new StoreItem(this, QString());
        addItem(m_tray);
    }

    // Chips: each on its store, in project order; only a moved chip changes parent.
    std::vector<QList<EntityChip *>> onStore(size_t(m_row.size()) + 1);
    QHash<QString, EntityChip *> chips;
    chips.reserve(qsizetype(project.entities.size()));
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &entity = project.entities[i];
        const qsizetype at = rowOf.value(entity.store, m_row.size()); // past the row: the tray
        StoreItem *store = at < m_row.size() ? m_row[at] : m_tray;
        EntityChip *chip = m_chips.take(entity.id);
        if (!chip)
            chip = new EntityChip(this, entity.id, store);
        else if (chip->parentItem() != store)
            chip->setParentItem(store);
        chip->setContent(entity.name, i < analysis.entities.size() ? analysis.entities[i].fit : -1);
        chips.insert(entity.id, chip);
        onStore[size_t(at)] << chip;
    }
    qDeleteAll(m_chips); // the entities that are gone
    m_chips = std::move(chips);
    qDeleteAll(m_stores);
    m_stores = std::move(stores);
    for (qsizetype i = 0; i < m_row.size(); ++i)
        m_row[i]->setChips(onStore[size_t(i)]);
    m_tray->setChips(onStore.back());

    layoutRow();
    if (EntityChip *c = chip(m_context->currentEntity()); c && !c->isSelected())
        c->setSelected(true);
    m_syncingSelection = false;
}

// The stores side by side under the Application Layer, as tall as the tallest, the tray below.
void CanvasScene::layoutRow()
{
    const Project &project = m_context->document()->project();
    double height = StoreItem::MinHeight;
    for (StoreItem *item : std::as_const(m_row))
        height = qMax(height, item->naturalHeight());
    double x = 0;
    for (StoreItem *item : std::as_const(m_row)) {
        item->setHeight(height);
        item->setPos(x, RowTop);
        x += StoreItem::Width + StoreGap;
    }
    const double rowWidth = m_row.isEmpty() ? StoreItem::Width : x - StoreGap;

    // The Application Layer and its links change only with the title or the number of stores.
    const QString title = tr("%1 · %2 users").arg(project.name, formatUsers(project.users));
    if (!m_appLayer || title != m_appTitle || m_row.size() != m_linkedStores) {
        m_appTitle = title;
        m_linkedStores = m_row.size();
        addLinks(rowWidth);
    }

    m_tray->setWidth(qMax(rowWidth, 3 * StoreItem::Width));
    m_tray->setHeight(m_tray->naturalHeight());
    m_tray->setPos(0, RowTop + height + TrayGap);
    setSceneRect(QRectF(QPointF(0, 0), QPointF(qMax(rowWidth, m_tray->boundingRect().right()),
                                               m_tray->sceneBoundingRect().bottom()))
                     .united(m_appLayer->sceneBoundingRect())
                     .adjusted(-40, -40, 40, 40));
    drawWithLinks();
}

void CanvasScene::drawWithLinks()
{
    const Project &project = m_context->document()->project();
    const std::vector<WithLink> links = withLinks(project);
    m_allWithLinks = qsizetype(links.size());
    const QString current = m_context->currentEntity();
    std::vector<std::pair<const WithLink *, std::pair<EntityChip *, EntityChip *>>> shown;
    for (const WithLink &link : links) {
        if (links.size() > AllLinksUpTo && link.from != current && link.to != current)
            continue;
        EntityChip *from = chip(link.from);
        EntityChip *to = chip(link.to);
        if (from && to)
            shown.push_back({&link, {from, to}});
    }
    // The same links as before (most edits): only their routes change, no item is remade.
    bool same = qsizetype(shown.size()) == m_withLinks.size();
    for (size_t i = 0; same && i < shown.size(); ++i)
        same = m_withLinks[qsizetype(i)]->link() == *shown[i].first;
    if (!same) {
        qDeleteAll(m_withLinks);
        m_withLinks.clear();
        for (const auto &[link, chips] : shown) {
            auto *item = new WithLinkItem(*link);
            addItem(item);
            m_withLinks << item;
        }
    }
    for (size_t i = 0; i < shown.size(); ++i) {
        const auto &[from, to] = shown[i].second;
        m_withLinks[qsizetype(i)]->route(from->sceneBoundingRect(), to->sceneBoundingRect(),
                                         from->name(), to->name());
    }
}

void CanvasScene::addLinks(double rowWidth)
{
    qDeleteAll(m_links);
    m_links.clear();
    delete m_appLayer;
    m_appLayer = new AppLayerItem(qMax(rowWidth, 3 * StoreItem::Width), m_appTitle);
    m_appLayer->setPos((rowWidth - m_appLayer->boundingRect().width()) / 2, 0);
    addItem(m_appLayer);
    const double busY = RowTop - 40;
    const QPen linkPen(QColor(128, 128, 128), 1.6);
    const double appBottom = m_appLayer->boundingRect().height();
    if (!m_row.isEmpty()) {
        const double first = m_row.first()->pos().x() + StoreItem::Width / 2;
        const double last = m_row.last()->pos().x() + StoreItem::Width / 2;
        const double mid = rowWidth / 2;
        m_links << addLine(mid, appBottom, mid, busY, linkPen)
                << addLine(qMin(first, mid), busY, qMax(last, mid), busY, linkPen);
        for (StoreItem *item : std::as_const(m_row)) {
            const double cx = item->pos().x() + StoreItem::Width / 2;
            m_links << addLine(cx, busY, cx, RowTop - 7, linkPen);
            QPolygonF arrow{QPointF(cx, RowTop - 1), QPointF(cx - 5, RowTop - 9),
                            QPointF(cx + 5, RowTop - 9)};
            m_links << addPolygon(arrow, Qt::NoPen, QColor(128, 128, 128));
        }
    }
    for (QGraphicsItem *link : std::as_const(m_links))
        link->setZValue(-1);
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
