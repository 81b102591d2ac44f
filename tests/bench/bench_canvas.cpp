// Benchmarks of the designer window with thousands of entities: the frames of dragging a chip
// from store to store and dropping it, and of dropping chips while the Roadmap view sweeps again.
// Each frame is the event, everything it sets off (rescore, canvas, panels) and the repaint; the
// frames after a drop run until the autosave and the diagram preview are done, or until the
// roadmap shows the new design. The figure is the slowest frame. Run through tests/bench/run.
#include "tests/bench/generator.h"

#include "app/mainwindow.h"
#include "app/recoveryfile.h"
#include "app/settings.h"
#include "model/designcontext.h"
#include "tests/guifixture.h"
#include "translations/translations.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/entitychip.h"
#include "views/canvas/storeitem.h"
#include "views/panels/roadmapdock.h"

#include "model/projectio.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

#include <algorithm>

// Under `valgrind --tool=callgrind --instr-atstart=no`, only the drop's frame is counted.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

using namespace storemap;

namespace {

/// Counts the paint events of a widget: proof that a frame was drawn.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

/// Runs the event loop once and returns how long it took, in milliseconds: one frame.
double frame()
{
    QElapsedTimer t;
    t.start();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(); // what the first pass posted (the repaint) as well
    return double(t.nsecsElapsed()) / 1e6;
}

/// Writes a generated project of @p entities to @p path, opens it in @p window and shows it.
void showGenerated(MainWindow &window, int entities, const QString &path)
{
    QString error;
    QVERIFY2(writeProjectFile(path, bench::generateProject(entities), &error), qPrintable(error));
    window.setPrompts(new test::ScriptedPrompts);
    window.resize(1600, 1000);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

/// Round @p round's chip (the first on one store) and the store it goes to.
std::pair<QString, QString> chipAndTarget(const Project &project, int round)
{
    const QString from = project.stores[size_t(round % 2)].id;
    const auto entity = std::find_if(project.entities.begin(), project.entities.end(),
                                     [&](const Entity &e) { return e.store == from; });
    return {entity != project.entities.end() ? entity->id : QString(),
            project.stores[size_t(2 + round % 2)].id};
}

} // namespace

class BenchCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragAndDrop_data() { sizes({500, 2000, 5000, 20000}); }
    void dragAndDrop();
    void dropWhileRoadmapSweeps_data() { sizes({500, 5000}); }
    void dropWhileRoadmapSweeps();

private:
    /// A row for each of @p entities; only those up to 500 with STOREMAP_BENCH_QUICK.
    static void sizes(std::initializer_list<int> entities);

    QTemporaryDir m_dir;
};

void BenchCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setAutosaveIntervalMs(300); // the autosave's frame is measured without waiting two seconds
    QVERIFY(m_dir.isValid());
}

void BenchCanvas::sizes(std::initializer_list<int> entities)
{
    QTest::addColumn<int>("entities");
    const bool quick = !qEnvironmentVariableIsEmpty("STOREMAP_BENCH_QUICK");
    for (int n : entities) {
        if (!quick || n <= 500)
            QTest::addRow("%d", n) << n;
    }
}

// The slowest frame of dragging a chip over every store in turn and dropping it on the last one.
void BenchCanvas::dragAndDrop()
{
    QFETCH(int, entities);
    MainWindow window;
    showGenerated(window, entities,
                  m_dir.filePath(QStringLiteral("drag-%1.storemap").arg(entities)));
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(400); // start-up work (the first diagram) is not part of a drag

    CanvasView *view = window.canvas();
    CanvasScene *scene = window.scene();
    QWidget *viewport = view->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    const QList<StoreItem *> stores = scene->storeItems();
    QVERIFY(stores.size() > 2);

    std::vector<double> frames;
    double worstMove = 0, worstDrop = 0, worstAfter = 0; // where the slowest frames are
    const int rounds = qEnvironmentVariableIsEmpty("STOREMAP_BENCH_QUICK") ? 3 : 1;
    for (int round = 0; round < rounds; ++round) {
        const auto [id, to] = chipAndTarget(window.document()->project(), round);
        QVERIFY(!id.isEmpty());
        const int paintsBefore = counter.paints;

        auto *mime = new QMimeData; // the drop event below does not own it
        mime->setData(CanvasScene::EntityMime, id.toUtf8());
        scene->setDraggedEntity(id);
        QDragEnterEvent enter(QPoint(1, 1), Qt::MoveAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &enter);
        frames.push_back(frame());
        // Over @p store: the drag moved there. Returns where, in the viewport.
        auto moveOver = [&](StoreItem *store) {
            view->ensureVisible(store, 0, 0);
            const QPoint at = view->mapFromScene(store->sceneBoundingRect().center());
            QDragMoveEvent move(at, Qt::MoveAction, mime, Qt::LeftButton, {});
            QCoreApplication::sendEvent(viewport, &move);
            return at;
        };
        QElapsedTimer t;
        for (StoreItem *store : scene->storeItems()) {
            t.start();
            moveOver(store);
            frames.push_back(double(t.nsecsElapsed()) / 1e6 + frame());
            worstMove = std::max(worstMove, frames.back());
        }
        StoreItem *target = scene->storeItem(to);
        QVERIFY(target);
        t.start();
        QDropEvent drop(moveOver(target), Qt::MoveAction, mime, Qt::LeftButton, {});
        CALLGRIND_START_INSTRUMENTATION;
        QCoreApplication::sendEvent(viewport, &drop);
        scene->setDraggedEntity(QString());
        frames.push_back(double(t.nsecsElapsed()) / 1e6 + frame());
        CALLGRIND_STOP_INSTRUMENTATION;
        worstDrop = std::max(worstDrop, frames.back());
        // The frames after the drop, until the autosave and the diagram preview are done.
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 600) {
            frames.push_back(frame());
            worstAfter = std::max(worstAfter, frames.back());
            QThread::msleep(2);
        }
        delete mime;
        QCOMPARE(window.document()->project().entity(id)->store, to);
        QVERIFY2(counter.paints > paintsBefore, "the canvas was never repainted");
        QVERIFY(window.recoveryFile()->exists());
    }
    const double worst = *std::max_element(frames.begin(), frames.end());
    std::sort(frames.begin(), frames.end());
    qInfo("%d entities: %zu frames, median %.2f ms, slowest %.2f ms (drag %.2f, drop %.2f, after "
          "the drop %.2f)",
          entities, frames.size(), frames[frames.size() / 2], worst, worstMove, worstDrop,
          worstAfter);
    QTest::setBenchmarkResult(worst, QTest::WalltimeMilliseconds);
}

// The slowest frame after a chip is dropped on another store, until the Roadmap view open beside
// the canvas shows the roadmap of the new design: its sweep runs while the window goes on (the
// drop's own frame is dragAndDrop's).
void BenchCanvas::dropWhileRoadmapSweeps()
{
    QFETCH(int, entities);
    MainWindow window;
    showGenerated(window, entities,
                  m_dir.filePath(QStringLiteral("roadmap-%1.storemap").arg(entities)));
    if (QTest::currentTestFailed())
        return;
    auto *dock = window.findChild<RoadmapDock *>();
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QVERIFY(QTest::qWaitFor([&] { return !dock->isUpdating() && !dock->roadmap().steps.empty(); },
                            120000));
    QTest::qWait(400); // start-up work (the first diagram) is not part of the drops

    CanvasView *view = window.canvas();
    CanvasScene *scene = window.scene();
    QWidget *viewport = view->viewport();
    std::vector<double> frames;
    double worstDrop = 0;
    const int rounds = qEnvironmentVariableIsEmpty("STOREMAP_BENCH_QUICK") ? 3 : 1;
    for (int round = 0; round < rounds; ++round) {
        const auto [id, to] = chipAndTarget(window.document()->project(), round);
        QVERIFY(!id.isEmpty());
        StoreItem *target = scene->storeItem(to);
        QVERIFY(target);
        view->ensureVisible(target, 0, 0);
        const QPoint at = view->mapFromScene(target->sceneBoundingRect().center());
        QMimeData mime;
        mime.setData(CanvasScene::EntityMime, id.toUtf8());
        scene->setDraggedEntity(id);
        QElapsedTimer t;
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &move);
        frame();
        t.start();
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &drop);
        scene->setDraggedEntity(QString());
        worstDrop = std::max(worstDrop, double(t.nsecsElapsed()) / 1e6 + frame());
        QCOMPARE(window.document()->project().entity(id)->store, to);
        // The frames until the roadmap shows the design as it is now.
        QElapsedTimer sweep;
        sweep.start();
        bool updating = true;
        while (updating && sweep.elapsed() < 120000) {
            frames.push_back(frame());
            updating = dock->isUpdating();
            QThread::msleep(2);
        }
        QVERIFY2(!updating, "the roadmap never showed the new design");
        qInfo("%d entities: the roadmap followed the drop in %lld ms", entities, sweep.elapsed());
    }
    const double worst = *std::max_element(frames.begin(), frames.end());
    std::sort(frames.begin(), frames.end());
    qInfo("%d entities: %zu frames after the drops, median %.2f ms, slowest %.2f ms (the drop "
          "itself %.2f ms)",
          entities, frames.size(), frames[frames.size() / 2], worst, worstDrop);
    QTest::setBenchmarkResult(worst, QTest::WalltimeMilliseconds);
}

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
