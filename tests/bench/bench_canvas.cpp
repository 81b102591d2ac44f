// Benchmarks of the designer window with thousands of entities: the frames of dragging a chip
// from store to store and dropping it. Each frame is the event, everything it sets off (rescore,
// canvas, panels) and the repaint; the frames after the drop run until the autosave and the
// diagram preview are done. The figure is the slowest frame. Run through tests/bench/run.
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

} // namespace

class BenchCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragAndDrop_data();
    void dragAndDrop();

private:
    QTemporaryDir m_dir;
};

void BenchCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setAutosaveIntervalMs(300); // the autosave's frame is measured without waiting two seconds
    QVERIFY(m_dir.isValid());
}

void BenchCanvas::dragAndDrop_data()
{
    QTest::addColumn<int>("entities");
    const bool quick = !qEnvironmentVariableIsEmpty("STOREMAP_BENCH_QUICK");
    for (int n : {500, 2000, 5000, 20000}) {
        if (!quick || n <= 500)
            QTest::addRow("%d", n) << n;
    }
}

// The slowest frame of dragging a chip over every store in turn and dropping it on the last one.
void BenchCanvas::dragAndDrop()
{
    QFETCH(int, entities);
    const QString path = m_dir.filePath(QStringLiteral("bench-%1.storemap").arg(entities));
    QString error;
    QVERIFY2(writeProjectFile(path, bench::generateProject(entities), &error), qPrintable(error));

    MainWindow window;
    window.setPrompts(new test::ScriptedPrompts);
    window.resize(1600, 1000);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
        // The chip: the first one on one store, dragged to another store.
        const Project &project = window.document()->project();
        const QString from = project.stores[size_t(round % 2)].id;
        const QString to = project.stores[size_t(2 + round % 2)].id;
        const auto entity = std::find_if(project.entities.begin(), project.entities.end(),
                                         [&](const Entity &e) { return e.store == from; });
        QVERIFY(entity != project.entities.end());
        const QString id = entity->id;
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

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
