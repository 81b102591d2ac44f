#include "tests/guifixture.h"

#include "model/designcontext.h"
#include "views/canvas/applayeritem.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/entitychip.h"
#include "views/canvas/storeitem.h"
#include "views/canvas/visuals.h"
#include "views/canvas/withlinkitem.h"

#include "model/commands/commands.h"

#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void layoutFollowsTheLesson();
    void chipsShowFit();
    void placeChip_data();
    void placeChip();
    void dropEventsMoveChip();
    void movedChipsStandAsAFreshCanvasPutsThem_data();
    void movedChipsStandAsAFreshCanvasPutsThem();
    void dragPreviewShowsFitOnEveryStore();
    void deleteStoreUnplacesItsEntities();
    void renameStore();
    void zoom();
    void ctrlWheelZooms();
    void keyboardMovesChip();
    void tabMovesFocus();
    void editsKeepTheCurrentEntity();
    void trayHintFollowsItsChips();
    void trayHintSaysWhatToDoNext_data();
    void trayHintSaysWhatToDoNext();
    void withLinksAreDrawn_data();
    void withLinksAreDrawn();
    void manyLinksFollowTheSelection();
    void storesShowTheirMoney_data();
    void storesShowTheirMoney();
    void gridKeepsNamesLegible_data();
    void gridKeepsNamesLegible();

private:
    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
};

void TestCanvas::init()
{
    m_doc = new Document;
    m_doc->setProject(test::sample());
    m_context = new DesignContext(m_doc);
    m_scene = new CanvasScene(m_context);
    m_view = new CanvasView(m_scene);
    m_view->resize(1200, 700);
}

void TestCanvas::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_context;
    delete m_doc;
}

void TestCanvas::layoutFollowsTheLesson()
{
    const Project &project = m_doc->project();
    QVERIFY(m_scene->appLayer());
    const QList<StoreItem *> stores = m_scene->storeItems();
    QCOMPARE(stores.size(), qsizetype(project.stores.size() + 1)); // and the tray
    QVERIFY(m_scene->storeItem(QString()));
    double lastX = -1e9;
    for (const Store &store : project.stores) {
        StoreItem *item = m_scene->storeItem(store.id);
        QVERIFY2(item, qPrintable(store.id));
        QCOMPARE(item->kind(), Catalog::builtin().kindIndex(store.kind));
        // A row under the Application Layer, in project order
        QVERIFY(item->sceneBoundingRect().top() >
                m_scene->appLayer()->sceneBoundingRect().bottom());
        QVERIFY(item->pos().x() > lastX);
        lastX = item->pos().x();
        QCOMPARE(item->pos().y(), m_scene->storeItem(project.stores.front().id)->pos().y());
    }
    // The tray sits below the row
    QVERIFY(m_scene->storeItem(QString())->pos().y() >
            m_scene->storeItem(project.stores.front().id)->sceneBoundingRect().bottom());
    for (const Entity &e : project.entities) {
        EntityChip *chip = m_scene->chip(e.id);
        QVERIFY2(chip, qPrintable(e.id));
        QCOMPARE(chip->store()->storeId(), e.store);
    }
}

void TestCanvas::storesShowTheirMoney_data()
{
    QTest::addColumn<bool>("workload");
    QTest::newRow("the sample's workload") << true;
    QTest::newRow("a version 1 design: no money shown") << false;
}

// With a workload each store's tooltip gives its monthly cost and the lines of the sum; a change
// of the workload changes them, and undo brings them back. Without one, nothing about money.
void TestCanvas::storesShowTheirMoney()
{
    QFETCH(bool, workload);
    if (!workload)
        m_doc->setProject(test::versionOne(test::sample()));
    const StoreItem *s3 = m_scene->storeItem(QStringLiteral("s3"));
    const QString before = s3->toolTip();
    const Cost &cost = m_context->analysis().cost;
    const StoreCost &s3Cost = cost.stores[size_t(m_doc->project().storeIndex(u"s3"))];
    QCOMPARE(before.contains(formatUsd(s3Cost.monthlyUsd) + QStringLiteral(" a month:")), workload);
    QCOMPARE(before.contains(QStringLiteral("storage: ")), workload);
    if (!workload)
        return;
    Entity videos = *m_doc->project().entity(u"videos");
    videos.workload.egressGBPerMonth = 51'200;
    m_doc->undoStack()->push(EditEntityCommand::setWorkload(m_doc, videos.id, videos.workload));
    QVERIFY(s3->toolTip() != before);
    QVERIFY2(s3->toolTip().contains(QStringLiteral("egress: 51,510 GB a month")),
             qPrintable(s3->toolTip()));
    m_doc->undoStack()->undo();
    QCOMPARE(s3->toolTip(), before);
}

void TestCanvas::chipsShowFit()
{
    const Analysis &analysis = m_context->analysis();
    const Project &project = m_doc->project();
    for (size_t i = 0; i < project.entities.size(); ++i) {
        EntityChip *chip = m_scene->chip(project.entities[i].id);
        QCOMPARE(chip->fit(), analysis.entities[i].fit);
        QVERIFY(chip->reasonsText().contains(project.entities[i].name));
    }
}

void TestCanvas::placeChip_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("store");
    QTest::newRow("users to mongo") << "users"
                                    << "mongo";
    QTest::newRow("images to postgres") << "images"
                                        << "postgres";
    QTest::newRow("sessions to the tray") << "sessions"
                                          << "";
}

void TestCanvas::placeChip()
{
    QFETCH(QString, entity);
    QFETCH(QString, store);
    const QString before = m_doc->project().entity(entity)->store;
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_scene->placeEntity(entity, store));
    QCOMPARE(m_doc->project().entity(entity)->store, store);
    QCOMPARE(m_scene->chip(entity)->store()->storeId(), store);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().entity(entity)->store, before);
    QCOMPARE(m_scene->chip(entity)->store()->storeId(), before);
}

static void sendDrag(QGraphicsScene *scene, QEvent::Type type, const QPointF &pos, QMimeData *mime)
{
    QGraphicsSceneDragDropEvent event(type);
    event.setScenePos(pos);
    event.setMimeData(mime);
    event.setPossibleActions(Qt::MoveAction | Qt::CopyAction);
    event.setProposedAction(Qt::MoveAction);
    event.setButtons(Qt::LeftButton);
    QCoreApplication::sendEvent(scene, &event);
}

namespace {

/// What a scene shows, store by store: each chip's name, fit and place, each store's place.
QStringList picture(CanvasScene *scene)
{
    QStringList lines;
    for (QGraphicsItem *item : scene->items(Qt::AscendingOrder)) {
        if (item->type() != WithLinkItem::Type)
            continue;
        const WithLink &link = static_cast<WithLinkItem *>(item)->link();
        const QRectF r = item->sceneBoundingRect();
        lines << QStringLiteral("link %1 %2 \"%3\"%4%5 over %6,%7 %8x%9")
                     .arg(link.from, link.to, link.pattern)
                     .arg(link.transaction ? QStringLiteral(" transaction") : QString())
                     .arg(link.seam ? QStringLiteral(" seam") : QString())
                     .arg(r.x())
                     .arg(r.y())
                     .arg(r.width())
                     .arg(r.height());
    }
    lines.sort();
    for (StoreItem *store : scene->storeItems()) {
        const QRectF r = store->sceneBoundingRect();
        lines << QStringLiteral("store %1 at %2,%3 %4x%5")
                     .arg(store->storeId())
                     .arg(r.x())
                     .arg(r.y())
                     .arg(r.width())
                     .arg(r.height());
        for (EntityChip *chip : store->chips()) {
            lines << QStringLiteral("  %1 \"%2\" fit %3 at %4,%5")
                         .arg(chip->entityId(), chip->name())
                         .arg(chip->fit())
                         .arg(chip->scenePos().x())
                         .arg(chip->scenePos().y());
        }
    }
    return lines;
}

} // namespace

void TestCanvas::movedChipsStandAsAFreshCanvasPutsThem_data()
{
    QTest::addColumn<bool>("grid");
    QTest::addRow("one row") << false;
    QTest::addRow("grid") << true;
}

// A move or an edit of one entity updates only its chip and the stores it left and joined: the
// canvas then shows what one drawn anew from the project shows.
void TestCanvas::movedChipsStandAsAFreshCanvasPutsThem()
{
    QFETCH(bool, grid);
    m_scene->setGridLayout(grid);
    const Project &project = m_doc->project();
    const QStringList stores = [&] {
        QStringList ids{QString()}; // the tray
        for (const Store &s : project.stores)
            ids << s.id;
        return ids;
    }();
    for (int step = 0; step < 12; ++step) {
        const QString entity = project.entities[size_t(step * 5 % project.entities.size())].id;
        const QString to = stores[step % stores.size()];
        if (project.entity(entity)->store != to) {
            QVERIFY(m_scene->placeEntity(entity, to));
            QCOMPARE(m_doc->changedEntity(), project.entityIndex(entity));
        }
        if (step % 4 == 3) {
            m_doc->undoStack()->push(EditEntityCommand::rename(
                m_doc, entity, QStringLiteral("Renamed <%1> \"x\"").arg(step)));
        }
        DesignContext context(m_doc);
        CanvasScene fresh(&context);
        fresh.setGridLayout(grid);

        QCOMPARE(picture(m_scene), picture(&fresh));
    }
}

void TestCanvas::dropEventsMoveChip()
{
    QMimeData mime;
    mime.setData(CanvasScene::EntityMime, "orders");
    const QPointF target =
        m_scene->storeItem(QStringLiteral("dynamo"))->sceneBoundingRect().center();
    sendDrag(m_scene, QEvent::GraphicsSceneDragEnter, target, &mime);
    sendDrag(m_scene, QEvent::GraphicsSceneDragMove, target, &mime);
    sendDrag(m_scene, QEvent::GraphicsSceneDrop, target, &mime);
    QCoreApplication::processEvents(); // the drop is applied once the event returns
    QCOMPARE(m_doc->project().entity(u"orders")->store, QStringLiteral("dynamo"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().entity(u"orders")->store, QStringLiteral("postgres"));
}

void TestCanvas::dragPreviewShowsFitOnEveryStore()
{
    const EntityScore *score = m_context->score(QStringLiteral("images"));
    m_scene->setDraggedEntity(QStringLiteral("images"));
    QCOMPARE(m_scene->draggedEntity(), QStringLiteral("images"));
    double best = -1;
    QString bestStore;
    for (StoreItem *item : m_scene->storeItems()) {
        if (item->isTray()) {
            QCOMPARE(item->previewFit(), -1.0);
            continue;
        }
        const double fit = item->previewFit();
        QCOMPARE(fit, score->fits[size_t(item->kind())]);
        if (fit > best) {
            best = fit;
            bestStore = item->storeId();
        }
    }
    QCOMPARE(bestStore, QStringLiteral("s3"));
    m_scene->setDraggedEntity(QString());
    QVERIFY(m_scene->draggedEntity().isEmpty());
    for (StoreItem *item : m_scene->storeItems())
        QCOMPARE(item->previewFit(), -1.0);
}

void TestCanvas::deleteStoreUnplacesItsEntities()
{
    m_scene->storeItem(QStringLiteral("mongo"))->setSelected(true);
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_doc->project().store(u"mongo"));
    QVERIFY(m_doc->project().entity(u"cms")->store.isEmpty());
    QCOMPARE(m_scene->chip(QStringLiteral("cms"))->store(), m_scene->storeItem(QString()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().entity(u"cms")->store, QStringLiteral("mongo"));
}

void TestCanvas::renameStore()
{
    QVERIFY(m_scene->renameStore(QStringLiteral("postgres"), QStringLiteral("Primary Postgres")));
    QCOMPARE(m_doc->project().store(u"postgres")->name, QStringLiteral("Primary Postgres"));
    QVERIFY(!m_scene->renameStore(QStringLiteral("postgres"), QStringLiteral("  ")));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().store(u"postgres")->name, QStringLiteral("Postgres"));
}

void TestCanvas::zoom()
{
    m_view->resetZoom();
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomIn();
    QVERIFY(m_view->zoom() > 1.0);
    m_view->zoomOut();
    m_view->zoomOut();
    QVERIFY(m_view->zoom() < 1.0);
    m_view->resize(400, 300);
    m_view->fitToWindow();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.width() >= m_scene->itemsBoundingRect().width());
}

void TestCanvas::ctrlWheelZooms()
{
    m_view->resetZoom();
    const QPointF at = m_view->viewport()->rect().center();
    QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > 1.0);
}

void TestCanvas::keyboardMovesChip()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_scene->setFocus();
    m_scene->chip(QStringLiteral("users"))->setFocus();
    QTest::keyClick(m_view->viewport(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_doc->project().entity(u"users")->store, QStringLiteral("mongo"));
    QVERIFY(m_scene->chip(QStringLiteral("users"))->hasFocus());
}

void TestCanvas::tabMovesFocus()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus();
    m_scene->setFocus();
    m_scene->chip(QStringLiteral("users"))->setFocus();
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_scene->focusItem(), m_scene->chip(QStringLiteral("orders")));
    QCOMPARE(m_context->currentEntity(), QStringLiteral("orders"));
    QTest::keyClick(m_view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_scene->focusItem(), m_scene->chip(QStringLiteral("users")));
}

void TestCanvas::editsKeepTheCurrentEntity()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_scene->setFocus();
    m_scene->chip(QStringLiteral("users"))->setFocus();
    QCOMPARE(m_context->currentEntity(), QStringLiteral("users"));
    m_context->setCurrentEntity(QStringLiteral("videos")); // e.g. a finding was clicked
    QVERIFY(m_scene->chip(QStringLiteral("videos"))->isSelected());
    m_doc->undoStack()->push(
        EditEntityCommand::rename(m_doc, QStringLiteral("videos"), QStringLiteral("Clips")));
    QCOMPARE(m_context->currentEntity(), QStringLiteral("videos"));
    QVERIFY(m_scene->chip(QStringLiteral("videos"))->isSelected());
}

// The tray says "Every entity has a store." only while it is empty: when the first entity lands in
// an empty tray (a new entity), the hint is repainted, not only the new chip's rectangle.
void TestCanvas::trayHintFollowsItsChips()
{
    // Everything on the stores, the first one the tallest: unplacing an entity of a shorter store
    // moves nothing else, so only what the tray itself asks for is repainted.
    const Project &project = m_doc->project();
    const QString tallest = project.stores.front().id;
    for (const Entity &e : project.entities) {
        if (e.store.isEmpty())
            QVERIFY(m_scene->placeEntity(e.id, tallest));
    }
    for (int i = 0; i < 3; ++i) {
        if (project.entities[size_t(i)].store != tallest)
            QVERIFY(m_scene->placeEntity(project.entities[size_t(i)].id, tallest));
    }
    QString shorter;
    for (const Entity &e : project.entities) {
        if (e.store != tallest)
            shorter = e.id;
    }
    QVERIFY(!shorter.isEmpty());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCoreApplication::processEvents(); // the scene reports what the placements changed
    StoreItem *tray = m_scene->storeItem(QString());
    const QRectF hint = tray->mapRectToScene(QRectF(0, 0, tray->boundingRect().width(), 20));
    QSignalSpy changed(m_scene, &QGraphicsScene::changed);
    QVERIFY(m_scene->placeEntity(shorter, QString()));
    QTRY_VERIFY(!changed.isEmpty());
    bool repainted = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        for (const QRectF &r : args.at(0).value<QList<QRectF>>())
            repainted = repainted || r.contains(hint.center());
    }
    QVERIFY2(repainted, "the tray still says \"Every entity has a store.\" next to a chip");
}

void TestCanvas::trayHintSaysWhatToDoNext_data()
{
    QTest::addColumn<bool>("stores");
    QTest::addColumn<bool>("unplaced");
    QTest::addColumn<QString>("hint");
    QTest::newRow("no store yet") << false << true
                                  << "Add a store first: drag a kind from the Palette, or Suggest "
                                     "Layout (Ctrl+L).";
    QTest::newRow("stores, an entity to place") << true << true << "Drag these onto a store.";
    QTest::newRow("everything placed") << true << false << "Every entity has a store.";
}

// From File > New the tray said "Drag these onto a store." with no store to drag onto, far under
// an empty row: it says what to do next, right under the Application Layer.
void TestCanvas::trayHintSaysWhatToDoNext()
{
    QFETCH(bool, stores);
    QFETCH(bool, unplaced);
    QFETCH(QString, hint);
    Project project;
    if (stores)
        project.stores.push_back(
            {QStringLiteral("pg"), QStringLiteral("postgresql"), QStringLiteral("Postgres")});
    project.entities.push_back(
        test::entity(QStringLiteral("users"), {}, unplaced ? QString() : QStringLiteral("pg")));
    m_doc->setProject(project);
    StoreItem *tray = m_scene->storeItem(QString());
    QCOMPARE(tray->hint(), hint);
    if (!stores) {
        QVERIFY(tray->sceneBoundingRect().top() -
                    m_scene->appLayer()->sceneBoundingRect().bottom() <
                StoreItem::HeaderHeight);
    }
}

void TestCanvas::withLinksAreDrawn_data()
{
    QTest::addColumn<QString>("ordersOn");
    QTest::addColumn<bool>("seams");
    QTest::newRow("all in one store") << "postgres" << false;
    QTest::newRow("orders moved away: two seams") << "mongo" << true;
}

// The sample's Orders joins Users and transacts with Payments: one line each between the chips, a
// seam dashed when they are in different stores, the pattern's name on hover.
void TestCanvas::withLinksAreDrawn()
{
    QFETCH(QString, ordersOn);
    QFETCH(bool, seams);
    if (m_doc->project().entity(u"orders")->store != ordersOn)
        QVERIFY(m_scene->placeEntity(QStringLiteral("orders"), ordersOn));
    QList<WithLinkItem *> links;
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *link = qgraphicsitem_cast<WithLinkItem *>(item))
            links << link;
    }
    QCOMPARE(links.size(), qsizetype(withLinks(m_doc->project()).size()));
    QCOMPARE(links.size(), 2);
    for (WithLinkItem *link : std::as_const(links)) {
        QCOMPARE(link->link().seam, seams);
        QCOMPARE(link->pen().style(), seams ? Qt::DashLine : Qt::SolidLine);
        QVERIFY(link->toolTip().contains(link->link().pattern));
        // It starts and ends at its two chips.
        const QRectF from = m_scene->chip(link->link().from)->sceneBoundingRect();
        const QRectF to = m_scene->chip(link->link().to)->sceneBoundingRect();
        const QPointF start = link->path().pointAtPercent(0);
        const QPointF end = link->path().pointAtPercent(1);
        QVERIFY(from.adjusted(-1, -1, 1, 1).contains(start));
        QVERIFY(to.adjusted(-1, -1, 1, 1).contains(end));
        QCOMPARE(link->acceptedMouseButtons(), Qt::NoButton); // the chips stay draggable
    }
}

// Beyond 300 links a web of lines would hide the chips: only the selected entity's are drawn,
// and they follow the selection.
void TestCanvas::manyLinksFollowTheSelection()
{
    const Project p = test::chainedProject(400, m_doc->project().stores);
    m_doc->setProject(p);
    auto drawn = [this] {
        QStringList ends;
        for (QGraphicsItem *item : m_scene->items()) {
            if (auto *link = qgraphicsitem_cast<WithLinkItem *>(item))
                ends << link->link().from + QLatin1Char('-') + link->link().to;
        }
        ends.sort();
        return ends;
    };
    m_context->setCurrentEntity(QStringLiteral("e10"));
    QTRY_COMPARE(drawn(), (QStringList{QStringLiteral("e10-e9"), QStringLiteral("e11-e10")}));
    m_context->setCurrentEntity(QStringLiteral("e0"));
    QTRY_COMPARE(drawn(), QStringList{QStringLiteral("e1-e0")});
}

void TestCanvas::gridKeepsNamesLegible_data()
{
    QTest::addColumn<int>("stores");
    QTest::addColumn<int>("entities");
    QTest::addColumn<int>("onFirst"); ///< how many of them the first store holds; the rest in turn
    QTest::addColumn<QSize>("view");
    QTest::addColumn<bool>("legibleInARow");
    QTest::newRow("200 in one store") << 8 << 200 << 200 << QSize(1000, 560) << false;
    QTest::newRow("200 over 8 stores") << 8 << 200 << 25 << QSize(1000, 560) << true;
    QTest::newRow("40 stores of 5") << 40 << 200 << 5 << QSize(1300, 700) << false;
    QTest::newRow("200 in one store, a tall view") << 8 << 200 << 200 << QSize(560, 1000) << false;
    QTest::newRow("600 over 3 stores") << 3 << 600 << 400 << QSize(1500, 860) << false;
}

// At 200 entities the canvas fitted to the window was columns of coloured bars: the grid lays the
// same picture out so that names can be read (at least 7 px on screen, the chips drawing their
// names larger as the canvas zooms out) and nothing overlaps.
void TestCanvas::gridKeepsNamesLegible()
{
    QFETCH(int, stores);
    QFETCH(int, entities);
    QFETCH(int, onFirst);
    QFETCH(QSize, view);
    QFETCH(bool, legibleInARow);
    Project project;
    const Catalog &catalog = Catalog::builtin();
    for (int i = 0; i < stores; ++i)
        project.stores.push_back({QStringLiteral("s%1").arg(i),
                                  catalog.kind(i % catalog.kindCount()).id,
                                  QStringLiteral("Store %1").arg(i)});
    for (int i = 0; i < entities; ++i) {
        const int store = i < onFirst ? 0 : 1 + i % (stores - 1);
        project.entities.push_back(
            test::entity(QStringLiteral("entity-%1").arg(i), {}, project.stores[size_t(store)].id));
    }
    m_doc->setProject(project);
    m_view->resize(view);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));

    const auto namePixels = [this] {
        const QFont font = EntityChip::nameFont(m_view->font(), m_view->zoom());
        return m_view->zoom() < Visuals::FarZoom ? 0 : QFontInfo(font).pixelSize() * m_view->zoom();
    };
    m_scene->setGridLayout(false);
    m_view->fitToWindow();
    QCOMPARE(namePixels() >= 7, legibleInARow);

    m_scene->setGridLayout(true);
    m_view->fitToWindow();
    QVERIFY2(namePixels() >= 7, qPrintable(QString::number(m_view->zoom())));
    // The scroll bars of the row go in the next event loop pass: the whole grid is then in view.
    QTRY_VERIFY(m_view->mapToScene(m_view->viewport()->rect())
                    .boundingRect()
                    .adjusted(-1, -1, 1, 1)
                    .contains(m_scene->sceneRect()));

    QList<QRectF> storeRects;
    for (StoreItem *store : m_scene->storeItems()) {
        const QRectF box = store->sceneBoundingRect().adjusted(3, 3, -3, -3);
        for (const QRectF &other : std::as_const(storeRects))
            QVERIFY2(!box.intersects(other), qPrintable(store->storeId()));
        storeRects << box;
        QList<QRectF> chipRects;
        for (EntityChip *chip : store->chips()) {
            const QRectF r =
                chip->mapRectToScene(QRectF(0, 0, EntityChip::Width, EntityChip::Height));
            QVERIFY2(box.contains(r), qPrintable(chip->entityId()));
            for (const QRectF &other : std::as_const(chipRects))
                QVERIFY2(!r.intersects(other), qPrintable(chip->entityId()));
            chipRects << r;
        }
    }
    QVERIFY(!m_scene->appLayer()->sceneBoundingRect().intersects(storeRects.first()));
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
