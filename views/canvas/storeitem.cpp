#include "views/canvas/storeitem.h"

#include "model/designcontext.h"
#include "model/fit.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/entitychip.h"
#include "views/canvas/visuals.h"

#include "model/document.h"

#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace storemap {

namespace {
constexpr double Padding = 10;

/// The part of the tall rounded box @p box worth drawing when @p exposed is repainted: a box of
/// thousands of chips is far taller than what changed, and an antialiased rounded rect costs its
/// whole outline. Cut edges lie beyond the exposed part, so their corners never show.
QRectF drawnPart(const QRectF &box, const QRectF &exposed)
{
    constexpr double margin = 16; // past the corner radius and the pen
    QRectF part = box;
    part.setTop(qMax(box.top(), exposed.top() - margin));
    part.setBottom(qMin(box.bottom(), exposed.bottom() + margin));
    return part;
}
constexpr double ChipGap = 6;
constexpr double VeilAlpha = 0.16; ///< how much of the fit's colour the drag's veil lays over
constexpr double TrayHeader = 34;
constexpr qsizetype PageChips = 32;
} // namespace

/// A run of a store's chips, drawn by nothing but its chips. A view visits every child of a store
/// it draws, and a store of 20,000 entities showed fifty of its chips but visited them all on every
/// frame; it skips a page out of sight whole, because its chips stay within its shape.
class ChipPage : public QGraphicsItem
{
public:
    explicit ChipPage(QGraphicsItem *store)
    {
        // Set before the page joins the scene: there the flag costs 27 K instructions a page.
        setFlag(ItemContainsChildrenInShape);
        setAcceptedMouseButtons(Qt::NoButton); // the store under it takes clicks between chips
        setParentItem(store);
    }
    void setRect(const QRectF &rect)
    {
        if (rect == m_rect)
            return;
        prepareGeometryChange();
        m_rect = rect;
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QRectF m_rect;
};

StoreItem::StoreItem(CanvasScene *scene, const QString &storeId)
    : m_scene(scene)
    , m_storeId(storeId)
{
    // The exposed rect tells paint() which part of a tall store is being drawn.
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemUsesExtendedStyleOption);
    setAcceptDrops(true);
    updateFromDocument();
}

void StoreItem::updateFromDocument()
{
    const Catalog &catalog = m_scene->context()->catalog();
    QString tip = tr("Entities without a store. Drag them onto a store to place them.");
    const Project &project = m_scene->context()->document()->project();
    const Cost &cost = m_scene->context()->analysis().cost;
    m_money.clear();
    if (const int at = project.storeIndex(m_storeId); at >= 0) {
        const Store &store = project.stores[size_t(at)];
        m_kind = catalog.kindIndex(store.kind);
        tip = tr("%1 (%2)\nDrop an entity here to store it on %2.")
                  .arg(store.name, m_kind >= 0 ? catalog.kind(m_kind).name : store.kind);
        if (store.memoryGB >= 0)
            tip += QLatin1Char('\n') + tr("Memory: %1 GB before it evicts")
                                           .arg(QLocale().toString(store.memoryGB, 'f',
                                                                   QLocale::FloatingPointShortest));
        if (cost.shown && size_t(at) < cost.stores.size()) {
            const StoreCost &c = cost.stores[size_t(at)];
            m_money = tr("%1/mo").arg(formatUsdRounded(c.monthlyUsd));
            tip += QLatin1Char('\n') + formatMonthly(c.monthlyUsd) + QStringLiteral(":\n  ") +
                   c.lines.join(QStringLiteral("\n  "));
        }
    }
    if (tip != toolTip()) { // the tooltip names the store, its kind, memory and money
        setToolTip(tip);
        update();
    }
}

void StoreItem::setChips(const QList<EntityChip *> &chips)
{
    m_chips = chips;
    layoutChips();
    if (!isTray())
        return;
    // The tray says what to do next: repainted only when that changes.
    const QString hint = m_chips.isEmpty() ? tr("Every entity has a store.")
                         : m_scene->context()->document()->project().stores.empty()
                             ? tr("Add a store first: drag a kind from the Palette, or Suggest "
                                  "Layout (Ctrl+L).")
                             : tr("Drag these onto a store.");
    if (hint != m_hint) {
        m_hint = hint;
        update();
    }
}

int StoreItem::columns() const
{
    return isTray() ? trayColumns(m_width) : m_columns;
}

int StoreItem::trayColumns(double width)
{
    return qMax(1, int((width - Padding) / (EntityChip::Width + Padding)));
}

double StoreItem::widthFor(int columns)
{
    return Padding + columns * (EntityChip::Width + Padding);
}

void StoreItem::setColumns(int columns)
{
    if (isTray() || columns == m_columns)
        return;
    m_columns = columns;
    setWidth(widthFor(columns));
}

void StoreItem::layoutChips()
{
    const double top = isTray() ? TrayHeader : HeaderHeight;
    const int cols = columns();
    const qsizetype pages = (m_chips.size() + PageChips - 1) / PageChips;
    while (m_pages.size() < pages)
        m_pages << new ChipPage(this);
    for (qsizetype p = 0; p < pages; ++p) {
        ChipPage *page = m_pages[p];
        QRectF rect;
        for (qsizetype i = p * PageChips; i < qMin(m_chips.size(), (p + 1) * PageChips); ++i) {
            EntityChip *chip = m_chips[i];
            if (chip->parentItem() != page)
                chip->setParentItem(page);
            chip->setWidth(EntityChip::Width);
            const qsizetype r = i / cols, c = i % cols;
            chip->setPos(Padding + double(c) * (EntityChip::Width + Padding),
                         top + double(r) * (EntityChip::Height + ChipGap));
            rect |= chip->boundingRect().translated(chip->pos());
        }
        page->setRect(rect);
    }
    // Pages left over hold no chip of this store; a chip on its way to another is handed on.
    while (m_pages.size() > pages) {
        ChipPage *page = m_pages.takeLast();
        for (QGraphicsItem *chip : page->childItems())
            chip->setParentItem(this);
        delete page;
    }
}

double StoreItem::heightFor(qsizetype chips, int columns, bool tray)
{
    const qsizetype rows = (chips + columns - 1) / columns;
    if (tray)
        return TrayHeader + double(qMax<qsizetype>(1, rows)) * (EntityChip::Height + ChipGap) +
               Padding;
    return qMax(MinHeight, HeaderHeight + double(rows) * (EntityChip::Height + ChipGap) + Padding);
}

double StoreItem::naturalHeight() const
{
    return heightFor(m_chips.size(), columns(), isTray());
}

void StoreItem::setHeight(double height)
{
    if (height == m_height)
        return;
    prepareGeometryChange();
    m_height = height;
}

void StoreItem::setWidth(double width)
{
    if (width == m_width)
        return;
    prepareGeometryChange();
    m_width = width;
    layoutChips();
}

double StoreItem::previewFit() const
{
    return m_scene->draggedFit(m_kind);
}

QColor StoreItem::veilColor() const
{
    QColor veil = Visuals::fitColor(previewFit());
    veil.setAlphaF(float(VeilAlpha));
    return veil;
}

QRectF StoreItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_height).adjusted(-3, -3, 3, 3);
}

void StoreItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const QPalette pal = m_scene->palette();
    const Project &project = m_scene->context()->document()->project();
    const QRectF r(0, 0, m_width, m_height);
    painter->setRenderHint(QPainter::Antialiasing);

    QColor border = pal.color(QPalette::Mid);
    double borderWidth = 1.2;
    if (option->state & QStyle::State_Selected) {
        border = pal.color(QPalette::Highlight);
        borderWidth = 2.5;
    }
    if (m_dropTarget) {
        border = pal.color(QPalette::Highlight);
        borderWidth = 3;
    }
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < Visuals::FarZoom) {
        // Zoomed far out (thousands of entities): plain boxes, the header and the drag's veil,
        // in opaque fills of the part exposed (a box drawn with a pen and a brush, and a veil
        // blended over it, took a quarter of a drag's frame at 20,000 entities). The veil is
        // mixed into the body's colour; the border is four fills a device pixel wide.
        painter->setRenderHint(QPainter::Antialiasing, false);
        const QRectF shown = r & option->exposedRect;
        QColor body = pal.color(isTray() ? QPalette::AlternateBase : QPalette::Base);
        if (!isTray() && !m_scene->draggedEntity().isEmpty())
            body = Visuals::blend(body, Visuals::fitColor(previewFit()), VeilAlpha);
        painter->fillRect(shown, body);
        if (!isTray())
            painter->fillRect(QRectF(0, 0, m_width, HeaderHeight) & shown,
                              pal.color(QPalette::Button));
        const double px = 1 / std::max(zoom, 1e-6);
        for (const QRectF &edge :
             {QRectF(0, 0, m_width, px), QRectF(0, m_height - px, m_width, px),
              QRectF(0, 0, px, m_height), QRectF(m_width - px, 0, px, m_height)})
            painter->fillRect(edge & shown, border);
        return;
    }
    if (isTray()) {
        painter->setPen(QPen(border, borderWidth, Qt::DashLine));
        painter->setBrush(pal.color(QPalette::AlternateBase));
        painter->drawRoundedRect(drawnPart(r, option->exposedRect), 8, 8);
        QFont f = Visuals::legibleFont(painter->font(), zoom, TrayHeader - 14);
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(pal.color(QPalette::Text));
        const QString title = tr("Unplaced");
        painter->drawText(QRectF(Padding, 0, m_width, TrayHeader), Qt::AlignVCenter, title);
        // The hint starts after the title, however long the title is in this language.
        const qreal hintX =
            Padding + std::max<qreal>(90, QFontMetricsF(f).horizontalAdvance(title) + 16);
        f.setBold(false);
        painter->setFont(f);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(hintX, 0, m_width - hintX - Padding, TrayHeader), Qt::AlignVCenter,
                          m_hint);
        return;
    }

    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(drawnPart(r, option->exposedRect), 8, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Button));
    QPainterPath header;
    header.addRoundedRect(r.adjusted(1, 1, -1, 0).adjusted(0, 0, 0, -(m_height - HeaderHeight)), 7,
                          7);
    painter->drawPath(header);

    const Store *store = project.store(m_storeId);
    const QString kindId = store ? store->kind : QString();
    // The icon as a cached pixmap of the size it takes on screen (an SVG render per paint would
    // cost more than the rest of the canvas).
    const QRectF icon(Padding, 11, 36, 36);
    const double pixels =
        icon.width() * painter->worldTransform().m11() * painter->device()->devicePixelRatioF();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(icon, Visuals::kindPixmap(kindId, qBound(8, qCeil(pixels), 512)), QRectF());
    const QFont base = painter->font();
    const QString kindName = m_kind >= 0 ? m_scene->context()->catalog().kind(m_kind).name : kindId;
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.1);
    f = Visuals::legibleFont(f, zoom, 21);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(pal.color(QPalette::ButtonText));
    const double badgeRoom = m_scene->draggedEntity().isEmpty() ? 0 : 58;
    const QRectF nameRect(Padding + 44, 9, m_width - Padding * 2 - 44 - badgeRoom, 22);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(store ? store->name : QString(),
                                                        Qt::ElideRight, int(nameRect.width())));
    f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    painter->setFont(Visuals::legibleFont(f, zoom, 16));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    const QRectF kindRect(Padding + 44, 30, m_width - Padding * 2 - 44, 18);
    // In a narrow box the kind gives way to the money: the icon names the kind too.
    const QFontMetrics metrics = painter->fontMetrics();
    const QString money = m_money.isEmpty() ? QString() : QStringLiteral(" · ") + m_money;
    const QString subtitle =
        metrics.elidedText(kindName, Qt::ElideRight,
                           std::max(0, int(kindRect.width()) - metrics.horizontalAdvance(money))) +
        money;
    painter->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(subtitle, Qt::ElideRight, int(kindRect.width())));

    const QString dragged = m_scene->draggedEntity();
    if (dragged.isEmpty())
        return;
    // While a chip is dragged: a veil in the fit's colour and the fit in the header's corner.
    const double fit = previewFit();
    const QColor c = Visuals::fitColor(fit);
    painter->setPen(Qt::NoPen);
    painter->setBrush(veilColor());
    painter->drawRoundedRect(drawnPart(r.adjusted(2, HeaderHeight, -2, -2), option->exposedRect), 6,
                             6);
    const QRectF badge(m_width - 62, (HeaderHeight - 26) / 2, 54, 26);
    painter->setPen(QPen(pal.color(QPalette::Base), 2));
    painter->setBrush(c);
    painter->drawRoundedRect(badge, 13, 13);
    painter->setPen(Visuals::fitTextColor(fit));
    QFont bf = painter->font();
    bf.setBold(true);
    bf.setPointSizeF(bf.pointSizeF() / 0.9 * 1.05);
    painter->setFont(bf);
    painter->drawText(badge, Qt::AlignCenter, formatFit(fit));
}

void StoreItem::askRename(QWidget *parent)
{
    const Store *store = m_scene->context()->document()->project().store(m_storeId);
    if (!store)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(parent, tr("Rename store"), tr("Store name:"),
                                               QLineEdit::Normal, store->name, &ok);
    if (!ok)
        return;
    // Renamed once this event is done, outside the dialog's event.
    CanvasScene *scene = m_scene;
    const QString id = m_storeId;
    QMetaObject::invokeMethod(
        scene, [scene, id, name] { scene->renameStore(id, name); }, Qt::QueuedConnection);
}

void StoreItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (isTray() || event->pos().y() > HeaderHeight) {
        QGraphicsObject::mouseDoubleClickEvent(event);
        return;
    }
    askRename(event->widget());
}

void StoreItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (isTray())
        return;
    QMenu menu;
    CanvasScene *scene = m_scene;
    const QString id = m_storeId;
    QWidget *parent = event->widget();
    menu.addAction(tr("&Rename…"), [scene, id, parent] {
        QMetaObject::invokeMethod(
            scene,
            [scene, id, parent] {
                if (StoreItem *item = scene->storeItem(id))
                    item->askRename(parent);
            },
            Qt::QueuedConnection);
    });
    menu.addAction(tr("Set &Memory…"), [scene, id] {
        QMetaObject::invokeMethod(
            scene, [scene, id] { emit scene->storeMemoryRequested(id); }, Qt::QueuedConnection);
    });
    menu.addAction(tr("&Delete Store"), [scene, id] {
        // After the menu's event is done: deleting the store deletes this item.
        QMetaObject::invokeMethod(
            scene,
            [scene, id] {
                scene->clearSelection();
                if (StoreItem *item = scene->storeItem(id))
                    item->setSelected(true);
                scene->deleteSelection();
            },
            Qt::QueuedConnection);
    });
    menu.exec(event->screenPos());
}

void StoreItem::keyPressEvent(QKeyEvent *event)
{
    // As on a chip: the focused store becomes the selection that Delete and Edit act on.
    if (!isTray() && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)) {
        scene()->clearSelection();
        setSelected(true);
        return;
    }
    QGraphicsObject::keyPressEvent(event);
}

void StoreItem::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(CanvasScene::EntityMime)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_dropTarget = true;
    update();
}

void StoreItem::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    Q_UNUSED(event);
    m_dropTarget = false;
    update();
}

void StoreItem::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    m_dropTarget = false;
    update();
    const QString entity = QString::fromUtf8(event->mimeData()->data(CanvasScene::EntityMime));
    event->acceptProposedAction();
    // Placed after the drop returns, outside the view's drag handling.
    CanvasScene *scene = m_scene;
    const QString store = m_storeId;
    QMetaObject::invokeMethod(
        scene, [scene, entity, store] { scene->placeEntity(entity, store); }, Qt::QueuedConnection);
}

} // namespace storemap
