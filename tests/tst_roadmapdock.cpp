#include "tests/testutil.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "views/panels/roadmapdock.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace storemap;

namespace {

bool waitUntilUpdated(RoadmapDock &dock)
{
    return QTest::qWaitFor([&] { return !dock.isUpdating(); }, 20000);
}

} // namespace

class TestRoadmapDock : public QObject
{
    Q_OBJECT

private slots:
    void oneSegmentPerStep()
    {
        Document document;
        document.setProject(test::sample());
        RoadmapDock dock(&document);
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        const Roadmap expected =
            roadmapOf(document.project(), RoadmapFrom, RoadmapTo, Catalog::builtin());
        QVERIFY(expected.steps.size() > 1);
        QCOMPARE(dock.timeline()->segmentCount(), int(expected.steps.size()));
        QCOMPARE(dock.roadmap().steps.size(), expected.steps.size());
    }

    void clickingASegmentSetsTheScale_data()
    {
        QTest::addColumn<int>("segment");
        QTest::newRow("second") << 1;
        QTest::newRow("last") << -1;
    }
    void clickingASegmentSetsTheScale()
    {
        QFETCH(int, segment);
        Document document;
        document.setProject(test::sample());
        RoadmapDock dock(&document);
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        RoadmapTimeline *timeline = dock.timeline();
        if (segment < 0)
            segment = timeline->segmentCount() - 1;
        const qint64 users = dock.roadmap().steps[size_t(segment)].fromUsers;
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->segmentRect(segment).center());
        QCOMPARE(document.project().users, users);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), SetUsersCommand(&document, users).text());
        // A second click on the same segment changes nothing and pushes nothing.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->segmentRect(segment).center());
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void keyboardPicksASegment()
    {
        Document document;
        document.setProject(test::sample());
        RoadmapDock dock(&document);
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        RoadmapTimeline *timeline = dock.timeline();
        QCOMPARE(timeline->focusPolicy(), Qt::StrongFocus);
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Return);
        QCOMPARE(document.project().users, dock.roadmap().steps[1].fromUsers);
    }

    void followsAnEdit()
    {
        Document document;
        document.setProject(test::sample());
        RoadmapDock dock(&document);
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        const size_t before = dock.roadmap().steps.size();
        // Without its entities every step is one: nothing to place, one layout.
        Project empty = document.project();
        empty.entities.clear();
        QSignalSpy updated(&dock, &RoadmapDock::updated);
        document.setProject(empty);
        QVERIFY(updated.wait(20000));
        QVERIFY(waitUntilUpdated(dock));
        QVERIFY(dock.roadmap().steps.size() < before);
        QCOMPARE(dock.timeline()->segmentCount(), int(dock.roadmap().steps.size()));
    }
};

QTEST_MAIN(TestRoadmapDock)
#include "tst_roadmapdock.moc"
