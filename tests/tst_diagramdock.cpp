#include "tests/testutil.h"

#include "model/document.h"
#include "model/projectio.h"
#include "views/panels/diagramdock.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace storemap;
using test::sample;

namespace {

bool waitUntilUpdated(DiagramDock &dock)
{
    return QTest::qWaitFor([&] { return !dock.isUpdating(); }, 10000);
}

Entity entityNamed(const QString &id, const QString &name, const QString &store)
{
    Entity e;
    e.id = id;
    e.name = name;
    e.store = store;
    return e;
}

} // namespace

class TestDiagramDock : public QObject
{
    Q_OBJECT

private slots:
    void showsTheProject_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("ecommerce") << "ecommerce";
        QTest::newRow("startup") << "startup";
    }
    void showsTheProject()
    {
        QFETCH(QString, sample);
        Document document;
        document.setProject(::sample(sample));
        DiagramDock dock(&document);
        QVERIFY(waitUntilUpdated(dock));
        const QString text =
            dock.findChild<QPlainTextEdit *>(QStringLiteral("diagramText"))->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Application Layer")));
        for (const Entity &e : document.project().entities)
            QVERIFY2(text.contains(e.name), qPrintable(e.name));
        QVERIFY(!dock.diagramImage().isNull());
        QVERIFY(dock.diagramImage().width() > 200);
    }

    void followsEdits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "Search index";
        QTest::newRow("non-latin") << "検索インデックス";
    }
    void followsEdits()
    {
        QFETCH(QString, name);
        Document document;
        document.setProject(sample(QStringLiteral("startup")));
        DiagramDock dock(&document);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        const QImage before = dock.diagramImage();
        QVERIFY(!dock.diagramText().contains(name));

        document.insertEntity(0, entityNamed(QStringLiteral("new"), name, QStringLiteral("s3")));
        QVERIFY(dock.isUpdating());
        QVERIFY(waitUntilUpdated(dock));
        QVERIFY(dock.diagramText().contains(name));
        QVERIFY(dock.diagramImage() != before);

        document.removeEntity(QStringLiteral("new"));
        QVERIFY(waitUntilUpdated(dock));
        QVERIFY(!dock.diagramText().contains(name));
    }

    // A burst of edits (typing, a macro) is drawn once, when it is over, and the GUI thread is
    // never kept waiting for Graphviz.
    void coalescesBursts()
    {
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        DiagramDock dock(&document);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        QSignalSpy updated(&dock, &DiagramDock::updated);
        for (int i = 0; i < 20; ++i)
            document.setName(QStringLiteral("Shop %1").arg(i));
        document.insertEntity(0, entityNamed(QStringLiteral("last"), QStringLiteral("Last edit"),
                                             QStringLiteral("redis")));
        QVERIFY(waitUntilUpdated(dock));
        QCOMPARE(updated.count(), 1);
        QVERIFY(dock.diagramText().contains(QStringLiteral("Last edit")));
    }

    void copyAscii_data()
    {
        QTest::addColumn<bool>("plainAscii");
        QTest::newRow("box drawing") << false;
        QTest::newRow("plain ascii") << true;
    }
    void copyAscii()
    {
        QFETCH(bool, plainAscii);
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        DiagramDock dock(&document);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        dock.findChild<QCheckBox *>(QStringLiteral("plainAscii"))->setChecked(plainAscii);
        QVERIFY(waitUntilUpdated(dock));
        QApplication::clipboard()->clear();
        QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("copyAscii")),
                          Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, dock.diagramText());
        QVERIFY(copied.contains(QStringLiteral("Application Layer")));
        QCOMPARE(copied.contains(QStringLiteral("┌")), !plainAscii);
        QVERIFY(copied.startsWith(QStringLiteral("E-commerce "))); // the title
        QCOMPARE(copied.contains(QStringLiteral("\n+-")), plainAscii);
    }

    // A closed dock (or one behind another tab) spends nothing on edits and catches up when shown.
    void hiddenDockCatchesUpWhenShown()
    {
        Document document;
        document.setProject(sample(QStringLiteral("startup")));
        DiagramDock dock(&document);
        dock.show();
        QVERIFY(waitUntilUpdated(dock));
        dock.hide();
        QSignalSpy updated(&dock, &DiagramDock::updated);
        document.setName(QStringLiteral("Renamed"));
        document.insertEntity(0, entityNamed(QStringLiteral("new"), QStringLiteral("While hidden"),
                                             QStringLiteral("s3")));
        QVERIFY(waitUntilUpdated(dock));
        QCoreApplication::processEvents(); // anything it would report has been delivered
        QCOMPARE(updated.count(), 0);
        QVERIFY(!dock.diagramText().contains(QStringLiteral("While hidden")));
        dock.show();
        QVERIFY(dock.isUpdating());
        QVERIFY(waitUntilUpdated(dock));
        QCOMPARE(updated.count(), 1);
        QVERIFY(dock.diagramText().contains(QStringLiteral("While hidden")));
    }

    void destroyedWhileDrawing()
    {
        Document document;
        document.setProject(sample(QStringLiteral("ecommerce")));
        {
            DiagramDock dock(&document);
            QVERIFY(dock.isUpdating());
        } // the drawing under way must neither crash nor report to a dead dock
        QCoreApplication::processEvents(); // deliver whatever it reported
        document.setName(QStringLiteral("after"));
    }
};

QTEST_MAIN(TestDiagramDock)
#include "tst_diagramdock.moc"
