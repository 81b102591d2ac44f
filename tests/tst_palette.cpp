#include "tests/guifixture.h"

#include "model/designcontext.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/storeitem.h"
#include "views/panels/kindlistmodel.h"
#include "views/panels/palettedock.h"

#include <QAction>
#include <QGraphicsSceneDragDropEvent>
#include <QListView>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryKind();
    void addStore_data();
    void addStore();
    void dragKindOntoCanvas();
    void secondStoreOfAKindGetsItsOwnName();

private:
    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    CanvasScene *m_scene = nullptr;
    QAction *m_newEntity = nullptr;
    PaletteDock *m_palette = nullptr;
};

void TestPalette::init()
{
    m_doc = new Document;
    m_doc->setProject(test::sample(QStringLiteral("startup")));
    m_context = new DesignContext(m_doc);
    m_scene = new CanvasScene(m_context);
    m_newEntity = new QAction(QStringLiteral("New entity"));
    m_palette = new PaletteDock(m_scene, m_newEntity);
}

void TestPalette::cleanup()
{
    delete m_palette;
    delete m_newEntity;
    delete m_scene;
    delete m_context;
    delete m_doc;
}

void TestPalette::listsEveryKind()
{
    const Catalog &catalog = Catalog::builtin();
    QCOMPARE(m_palette->kinds()->rowCount(), 8);
    for (int i = 0; i < catalog.kindCount(); ++i) {
        const QModelIndex index = m_palette->kinds()->index(i);
        QCOMPARE(index.data().toString(), catalog.kind(i).name);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(index.flags() & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(m_palette->kinds()->mimeData({index}));
        QCOMPARE(mime->data(CanvasScene::KindMime), catalog.kind(i).id.toUtf8());
    }
}

void TestPalette::addStore_data()
{
    QTest::addColumn<QString>("kind");
    for (const KindInfo &kind : Catalog::builtin().kinds())
        QTest::newRow(qPrintable(kind.id)) << kind.id;
}

void TestPalette::addStore()
{
    QFETCH(QString, kind);
    const size_t before = m_doc->project().stores.size();
    const int steps = m_doc->undoStack()->count();
    const QString id = m_palette->addStore(Catalog::builtin().kindIndex(kind));
    QCOMPARE(m_doc->project().stores.size(), before + 1);
    QCOMPARE(m_doc->project().store(id)->kind, kind);
    QVERIFY(m_scene->storeItem(id));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().stores.size(), before);
    QVERIFY(!m_scene->storeItem(id));
}

void TestPalette::dragKindOntoCanvas()
{
    QMimeData mime;
    mime.setData(CanvasScene::KindMime, "redis");
    const size_t before = m_doc->project().stores.size();
    for (QEvent::Type type : {QEvent::GraphicsSceneDragEnter, QEvent::GraphicsSceneDragMove,
                              QEvent::GraphicsSceneDrop}) {
        QGraphicsSceneDragDropEvent event(type);
        event.setScenePos(QPointF(-30, -30)); // empty canvas
        event.setMimeData(&mime);
        event.setPossibleActions(Qt::CopyAction);
        event.setProposedAction(Qt::CopyAction);
        QCoreApplication::sendEvent(m_scene, &event);
        QVERIFY2(event.isAccepted(), qPrintable(QString::number(int(type))));
    }
    QCoreApplication::processEvents(); // the store is added once the drop returns
    QCOMPARE(m_doc->project().stores.size(), before + 1);
    QCOMPARE(m_doc->project().stores.back().kind, QStringLiteral("redis"));
}

void TestPalette::secondStoreOfAKindGetsItsOwnName()
{
    const int pg = Catalog::builtin().kindIndex(u"postgresql");
    const QString first = m_palette->addStore(pg);
    const QString second = m_palette->addStore(pg);
    QVERIFY(first != second);
    QVERIFY(m_doc->project().store(first)->name != m_doc->project().store(second)->name);
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
