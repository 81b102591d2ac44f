#include "views/canvas/entitychip.h"

#include "model/designcontext.h"
#include "model/fit.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/storeitem.h"
#include "views/canvas/visuals.h"

#include "model/document.h"
#include "model/report.h"

#include <QApplication>
#include <QDrag>
#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

namespace storemap {

namespace {
/// Runs @p edit once the current event is done: the edit may delete this chip.
template <typename Edit> void later(CanvasScene *scene, Edit edit)
{
    QMetaObject::invokeMethod(scene, edit, Qt::QueuedConnection);
}
} // namespace

EntityChip::EntityChip(CanvasScene *scene, const QString &entityId, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_scene(scene)
    , m_entityId(entityId)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setCursor(Qt::OpenHandCursor);
}

StoreItem *EntityChip::store() const
{
    for (QGraphicsItem *item = parentItem(); item; item = item->parentItem()) {
        if (auto *store = qgraphicsitem_cast<StoreItem *>(item))
            return store;
    }
    return nullptr;
}

QString EntityChip::reasonsText() const
{
    const DesignContext *context = m_scene->context();
    const Project &project = context->document()->project();
    const Entity *entity = project.entity(m_entityId);
    const EntityScore *score = context->score(m_entityId);
    if (!entity || !score)
        return QString();
    QStringList lines = fitReasons(project, *entity, *score, project.users, context->catalog());
    lines.prepend(tr("Traffic %1: its weight in the overall fit and in the advisor.")
                      .arg(QString::number(rounded(score->traffic))));
    QString head;
    if (score->bestKind < 0)
        head = tr("%1: no fit yet").arg(entity->name);
    else if (score->kind >= 0)
        head = tr("%1: fit %2 on %3")
                   .arg(entity->name, formatFit(score->fit),
                        context->catalog().kind(score->kind).name);
    else
        head = tr("%1: unplaced; best on %2 (%3)")
                   .arg(entity->name, context->catalog().kind(score->bestKind).name,
                        formatFit(score->bestFit));
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    const QString mark = m_mark.isEmpty()
                             ? QString()
                             : QStringLiteral("<p><i>%1</i></p>").arg(m_mark.toHtmlEscaped());
    return QStringLiteral("<b>%1</b>%2<ul><li>%3</li></ul>")
        .arg(head.toHtmlEscaped(), mark, lines.join(QStringLiteral("</li><li>")));
}

void EntityChip::setContent(const QString &name, double fit)
{
    if (name == m_name && fit == m_fit)
        return;
    m_name = name;
    m_fit = fit;
    update();
}

void EntityChip::setMark(const QString &note)
{
    if (note == m_mark)
        return;
    m_mark = note;
    update();
}

void EntityChip::setWidth(double width)
{
    if (width == m_width)
        return;
    prepareGeometryChange();
    m_width = width;
}

QRectF EntityChip::boundingRect() const
{
    return QRectF(0, 0, m_width, Height).adjusted(-4, -4, 4, 4);
}

void EntityChip::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const QPalette pal = m_scene->palette();
    const QRectF r(0, 0, m_width, Height);
    const bool selected = option->state & QStyle::State_Selected;
    const double f = m_fit;
    const QColor accent = Visuals::fitColor(f);
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < Visuals::FarZoom) {
        // Zoomed far out (thousands of entities): text would be unreadable, colour still tells.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, selected ? pal.color(QPalette::Highlight) : accent);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing); // the drag pixmap's painter too

    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                         selected ? 2.2 : 1));
    painter->setBrush(pal.color(QPalette::AlternateBase));
    painter->drawRoundedRect(r, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(1.5, 4, 4, Height - 8), 2, 2);

    const QFont base = painter->font();
    QFont font = Visuals::legibleFont(base, zoom, Height - 14);
    font.setBold(true);
    const QString fit = formatFit(f);
    // As wide as the fit needs ("100.0" did not fit a fixed badge).
    const double badgeWidth = qMax(36.0, QFontMetricsF(font).horizontalAdvance(fit) + 10);
    const QRectF badge(m_width - badgeWidth - 4, 4, badgeWidth, Height - 8);
    painter->drawRoundedRect(badge, 9, 9);
    painter->setFont(font);
    painter->setPen(Visuals::fitTextColor(f));
    painter->drawText(badge, Qt::AlignCenter, fit);

    painter->setFont(nameFont(base, zoom));
    painter->setPen(pal.color(QPalette::Text));
    const QRectF text(12, 0, badge.left() - 16, Height);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(text.width())));
    if (!m_mark.isEmpty()) {
        painter->setPen(QPen(Visuals::MarkColor, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
    }
    if (option->state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7);
    }
}

QFont EntityChip::nameFont(const QFont &base, double zoom)
{
    return Visuals::legibleFont(base, zoom, Height * 0.62);
}

void EntityChip::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        scene()->clearSelection();
        setSelected(true);
        event->accept();
    }
}

void EntityChip::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() <
            QApplication::startDragDistance()) {
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(CanvasScene::EntityMime, m_entityId.toUtf8());
    QPointer<QWidget> source = event->widget();
    auto *drag = new QDrag(source.data());
    drag->setMimeData(mime);
    const qreal dpr = source ? source->devicePixelRatioF() : 1.0;
    QPixmap pixmap((QSizeF(m_width, Height) * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        QStyleOptionGraphicsItem opt;
        paint(&p, &opt, nullptr);
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot((event->pos() * 1.0).toPoint());
    QPointer<CanvasScene> scene = m_scene;
    scene->setDraggedEntity(m_entityId);
    // The drop may delete this chip (or its project, when a file is opened meanwhile): touch
    // nothing of it after exec().
    drag->exec(Qt::MoveAction);
    if (scene)
        scene->setDraggedEntity(QString());
}

void EntityChip::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::AltModifier &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const Project &project = m_scene->context()->document()->project();
        const Entity *entity = project.entity(m_entityId);
        if (!entity)
            return;
        // Stores in canvas order, then the tray at the end.
        QStringList order;
        for (const Store &s : project.stores)
            order << s.id;
        order << QString();
        const int at = int(order.indexOf(entity->store));
        const int to = at + (event->key() == Qt::Key_Left ? -1 : 1);
        if (to >= 0 && to < order.size()) {
            CanvasScene *scene = m_scene;
            const QString id = m_entityId;
            scene->placeEntity(id, order[to]);
            if (EntityChip *moved = scene->chip(id))
                moved->setFocus();
        }
        return;
    }
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return) {
        scene()->clearSelection();
        setSelected(true);
        return;
    }
    QGraphicsObject::keyPressEvent(event);
}

void EntityChip::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const Project &project = m_scene->context()->document()->project();
    const Entity *entity = project.entity(m_entityId);
    if (!entity)
        return;
    CanvasScene *scene = m_scene;
    const QString id = m_entityId;
    QMenu menu;
    QMenu *move = menu.addMenu(tr("&Move To"));
    const EntityScore *score = m_scene->context()->score(id);
    const Catalog &catalog = m_scene->context()->catalog();
    for (const Store &store : project.stores) {
        const int kind = catalog.kindIndex(store.kind);
        const double fit = score && kind >= 0 ? score->fits[size_t(kind)] : -1;
        QAction *a = move->addAction(
            Visuals::kindIcon(store.kind), tr("%1 (fit %2)").arg(store.name, formatFit(fit)),
            [scene, id, storeId = store.id] { scene->placeEntity(id, storeId); });
        a->setEnabled(store.id != entity->store);
    }
    move->addSeparator();
    move->addAction(tr("&Unplaced"),
                    [scene, id] { later(scene, [=] { scene->placeEntity(id, QString()); }); })
        ->setEnabled(!entity->store.isEmpty());
    menu.addAction(tr("&Delete Entity"), [scene, id] {
        later(scene, [=] {
            scene->clearSelection();
            if (EntityChip *chip = scene->chip(id))
                chip->setSelected(true);
            scene->deleteSelection();
        });
    });
    menu.exec(event->screenPos());
}

void EntityChip::focusInEvent(QFocusEvent *event)
{
    QGraphicsObject::focusInEvent(event);
    m_scene->context()->setCurrentEntity(m_entityId);
}

} // namespace storemap
