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

#include <algorithm>

namespace storemap {

namespace {
constexpr double StoreGap = 28;
constexpr double RowTop = 150;
constexpr double TrayGap = 48;
constexpr double RowGap = 70; ///< between rows of stores: room for their line and arrows
constexpr double Margin = 40;
constexpr double ArrowRoom = 40; ///< from a row's line down to its stores
/// Up to this many `with` links the canvas draws them all; beyond, a web of lines hides the chips
/// (and costs every frame), so only the links of the selected entity are drawn.
constexpr size_t AllLinksUpTo = 300;

/// How the stores stand: @c chipRows chips to a column (0: one column each) and the first store
/// of each row of stores.
struct GridPlan
{
    qsizetype chipRows = 0;
    QList<qsizetype> rowStarts{0};
};

int columnsFor(qsizetype chips, qsizetype chipRows)
{
    return chipRows <= 0 ? 1 : int(qMax<qsizetype>(1, (chips + chipRows - 1) / chipRows));
}

/// The stores of @p widths in rows no wider than @p target (a row holds one store at least).
QList<qsizetype> wrapRows(const std::vector<double> &widths, double target)
{
    QList<qsizetype> starts{0};
    double x = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
        if (x > 0 && x + widths[i] > target + 0.5) {
            starts << qsizetype(i);
            x = 0;
        }
        x += widths[i] + StoreGap;
    }
    return starts;
}

/// The grid that draws the whole picture largest in a view @p aspect times as wide as tall:
/// chips-per-column counts (each up to 40, then in steps of 15%) and numbers of rows of stores
/// are tried, and the scene's size worked out as layout() will lay it.
GridPlan planGrid(const std::vector<qsizetype> &chips, qsizetype trayChips, double aspect)
{
    GridPlan best;
    double bestScale = -1;
    const qsizetype most =
        chips.empty() ? 1 : qMax<qsizetype>(1, *std::max_element(chips.begin(), chips.end()));
    std::vector<double> widths(chips.size());
    for (qsizetype rows = 1;; rows = rows < 40 ? rows + 1 : qsizetype(double(rows) * 1.15) + 1) {
        rows = qMin(rows, most);
        double total = -StoreGap, widest = 0;
        for (size_t i = 0; i < chips.size(); ++i) {
            widths[i] = StoreItem::widthFor(columnsFor(chips[i], rows));
            total += widths[i] + StoreGap;
            widest = qMax(widest, widths[i]);
        }
        QList<qsizetype> previous;
        // Every number of rows of stores up to 24, then in steps of 20%: a thousand stores cost
        // about 40 tries per chips-per-column count, not a thousand.
        for (size_t lines = 1; lines <= qMax<size_t>(1, chips.size());
             lines = lines < 24 ? lines + 1 : size_t(double(lines) * 1.2) + 1) {
            const QList<qsizetype> starts = wrapRows(
                widths, qMax(widest, (total - double(lines - 1) * StoreGap) / double(lines)));
            if (starts == previous)
                continue;
            previous = starts;
            double width = 3 * StoreItem::Width, height = RowTop - RowGap;
            for (qsizetype r = 0; r < starts.size(); ++r) {
                const qsizetype end =
                    r + 1 < starts.size() ? starts[r + 1] : qsizetype(chips.size());
                double x = -StoreGap, tallest = StoreItem::MinHeight;
                for (qsizetype i = starts[r]; i < end; ++i) {
                    x += widths[size_t(i)] + StoreGap;
                    tallest = qMax(tallest,
                                   StoreItem::heightFor(chips[size_t(i)],
                                                        columnsFor(chips[size_t(i)], rows), false));
                }
                width = qMax(width, x);
                height += RowGap + tallest;
            }
            height +=
                TrayGap + StoreItem::heightFor(trayChips, StoreItem::trayColumns(width), true);
            const double scale = qMin(aspect / (width + 2 * Margin), 1 / (height + 2 * Margin));
            if (scale > bestScale * 1.0001) {
                bestScale = scale;
                best = GridPlan{rows, starts};
            }
        }
        if (rows >= most)
            break;
    }
    return best;
}
} // namespace

CanvasScene::CanvasScene(DesignContext *context, QObject *parent)
    : QGraphicsScene(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &CanvasScene::sync);
    connect(m_context, &DesignContext::currentEntityChanged, this,
            &CanvasScene::onCurrentEntityChanged);
    connect(m_context, &DesignContext::currentEntityChanged, this, [this] {
        if (m_withLinks.size() != qsizetype(m_linkList.size()))
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

bool CanvasScene::syncEntity(size_t index)
{
    const Project &project = m_context->document()->project();
    const Entity &entity = project.entities[index];
    EntityChip *chip = m_chips.value(entity.id);
    if (!chip || !m_tray || m_row.size() != qsizetype(project.stores.size()))
        return false;
    for (StoreItem *store : std::as_const(m_row))
        store->updateFromDocument(); // their fit and cost
    StoreItem *to = m_stores.value(entity.store, m_tray);
    if (StoreItem *from = chip->store(); from != to) {
        QList<EntityChip *> left = from->chips();
        left.removeOne(chip);
        from->setChips(left);
        // Among the chips of its new store in project order.
        QList<EntityChip *> joined = to->chips();
        const Entity *first = project.entities.data();
        const auto at = std::partition_point(joined.begin(), joined.end(), [&](EntityChip *c) {
            return size_t(m_context->entity(c->entityId()) - first) < index;
        });
        joined.insert(at, chip);
        to->setChips(joined);
        // A move changes no link, only whether those of the entity cross stores (withLinks()).
        auto placedOn = [this](const QString &id) {
            const Entity *e = m_context->entity(id);
            return e && m_stores.contains(e->store) ? e->store : QString();
        };
        for (WithLink &link : m_linkList) {
            if (link.from == entity.id || link.to == entity.id)
                link.seam = isSeam(placedOn(link.from), placedOn(link.to));
        }
    } else {
        m_linkList = withLinks(project); // its patterns may have changed
    }
    chip->setContent(entity.name, m_context->analysis().entities[index].fit);
    chip->setMark(m_marks.value(entity.id));
    return true;
}

void CanvasScene::sync()
{
    m_syncingSelection = true;
    if (const int edited = m_context->document()->changedEntity();
        edited < 0 || !syncEntity(size_t(edited)))
        syncAll();
    layout();
    if (EntityChip *c = chip(m_context->currentEntity()); c && !c->isSelected())
        c->setSelected(true);
    m_syncingSelection = false;
}

void CanvasScene::syncAll()
{
    const Project &project = m_context->document()->project();
    const Analysis &analysis = m_context->analysis();
    m_linkList = withLinks(project);

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
            chip = new EntityChip(this, entity.id, nullptr); // its store puts it on a page
        else if (chip->store() != store)
            chip->setParentItem(store); // until the store puts it on a page
        chip->setContent(entity.name, i < analysis.entities.size() ? analysis.entities[i].fit : -1);
        chip->setMark(m_marks.value(entity.id));
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
}

void CanvasScene::setGridLayout(bool on)
{
    if (on == m_grid)
        return;
    m_grid = on;
    layout();
}

void CanvasScene::setMarks(const QHash<QString, QString> &notes)
{
    m_marks = notes;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setMark(m_marks.value(it.key()));
}

void CanvasScene::setViewAspect(double widthOverHeight)
{
    if (widthOverHeight <= 0 || qAbs(widthOverHeight / m_aspect - 1) < 0.02)
        return;
    m_aspect = widthOverHeight;
    if (m_grid)
        layout();
}

// The stores under the Application Layer in rows (one row unless the grid wraps them), each row
// as tall as its tallest store, the tray below.
void CanvasScene::layout()
{
    const Project &project = m_context->document()->project();
    GridPlan plan;
    if (m_grid) {
        std::vector<qsizetype> chips;
        chips.reserve(size_t(m_row.size()));
        for (StoreItem *item : std::as_const(m_row))
            chips.push_back(item->chips().size());
        plan = planGrid(chips, m_tray->chips().size(), m_aspect);
    }
    double y = RowTop, width = StoreItem::Width;
    QList<double> at;
    for (qsizetype r = 0; r < plan.rowStarts.size(); ++r) {
        const qsizetype begin = plan.rowStarts[r];
        const qsizetype end = r + 1 < plan.rowStarts.size() ? plan.rowStarts[r + 1] : m_row.size();
        double height = StoreItem::MinHeight;
        for (qsizetype i = begin; i < end; ++i) {
            m_row[i]->setColumns(columnsFor(m_row[i]->chips().size(), plan.chipRows));
            height = qMax(height, m_row[i]->naturalHeight());
        }
        double x = 0;
        for (qsizetype i = begin; i < end; ++i) {
            m_row[i]->setHeight(height);
            m_row[i]->setPos(x, y);
            at << x << y << m_row[i]->width();
            x += m_row[i]->width() + StoreGap;
        }
        width = qMax(width, x - StoreGap);
        y += height + RowGap;
    }
    y -= RowGap;
    if (m_row.isEmpty())
        y = AppLayerItem::Height; // no stores yet: the tray right under the Application Layer

    // The Application Layer and its links change only with the title or where the stores stand.
    const QString title = tr("%1 · %2 users").arg(project.name, formatUsers(project.users));
    at << width;
    if (!m_appLayer || title != m_appTitle || at != m_linkedAt) {
        m_appTitle = title;
        m_linkedAt = at;
        addLinks(width);
    }

    m_tray->setWidth(qMax(width, 3 * StoreItem::Width));
    m_tray->setHeight(m_tray->naturalHeight());
    m_tray->setPos(0, y + TrayGap);
    setSceneRect(QRectF(QPointF(0, 0), QPointF(qMax(width, m_tray->boundingRect().right()),
                                               m_tray->sceneBoundingRect().bottom()))
                     .united(m_appLayer->sceneBoundingRect())
                     .adjusted(-Margin, -Margin, Margin, Margin));
    drawWithLinks();
}

void CanvasScene::drawWithLinks()
{
    const std::vector<WithLink> &links = m_linkList;
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

void CanvasScene::addLinks(double width)
{
    qDeleteAll(m_links);
    m_links.clear();
    delete m_appLayer;
    m_appLayer = new AppLayerItem(qMax(width, 3 * StoreItem::Width), m_appTitle);
    m_appLayer->setPos((width - m_appLayer->boundingRect().width()) / 2, 0);
    addItem(m_appLayer);
    connect(m_appLayer, &AppLayerItem::renameRequested, this, &CanvasScene::projectRenameRequested);
    const QPen linkPen(QColor(128, 128, 128), 1.6);
    const double mid = width / 2;
    if (!m_row.isEmpty()) {
        // One line from the Application Layer down to the first row; further rows hang from a
        // line down the left edge.
        const double firstBus = m_row.first()->pos().y() - ArrowRoom;
        const double lastBus = m_row.last()->pos().y() - ArrowRoom;
        const double trunk = lastBus > firstBus ? -StoreGap / 2 : mid;
        m_links << addLine(mid, m_appLayer->boundingRect().height(), mid, firstBus, linkPen);
        if (lastBus > firstBus)
            m_links << addLine(trunk, firstBus, trunk, lastBus, linkPen);
        for (qsizetype i = 0; i < m_row.size();) {
            const double top = m_row[i]->pos().y();
            const double bus = top - ArrowRoom;
            // The row's line reaches the trunk, and the first row's the line from above.
            double left = qMin(trunk, bus > firstBus ? trunk : mid);
            double right = qMax(trunk, bus > firstBus ? trunk : mid);
            for (; i < m_row.size() && m_row[i]->pos().y() == top; ++i) {
                const double cx = m_row[i]->pos().x() + m_row[i]->width() / 2;
                left = qMin(left, cx);
                right = qMax(right, cx);
                m_links << addLine(cx, bus, cx, top - 7, linkPen);
                QPolygonF arrow{QPointF(cx, top - 1), QPointF(cx - 5, top - 9),
                                QPointF(cx + 5, top - 9)};
                m_links << addPolygon(arrow, Qt::NoPen, QColor(128, 128, 128));
            }
            m_links << addLine(left, bus, right, bus, linkPen);
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
