#include "tests/guifixture.h"

#include "views/dialogs/advicedialog.h"

#include "model/commands/commands.h"

#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestAdviceDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsThePlan_data();
    void showsThePlan();
    void applyIsOneUndoStep();
    void nothingToChange();
    void enterApplies_data();
    void enterApplies();
};

void TestAdviceDialog::showsThePlan_data()
{
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QString>("removed");
    QTest::newRow("100 users: PostgreSQL + S3") << qint64(100) << "PostgreSQL + S3"
                                                << "Mongo";
    QTest::newRow("a million: + Redis") << qint64(1'000'000) << "PostgreSQL + Redis + S3"
                                        << "Mongo";
}

void TestAdviceDialog::showsThePlan()
{
    QFETCH(qint64, users);
    QFETCH(QString, kinds);
    QFETCH(QString, removed);
    Project project = test::sample();
    project.users = users;
    AdviceDialog dialog(project, Catalog::builtin());
    QCOMPARE(kindNames(dialog.advice().best.kinds, Catalog::builtin()), kinds);
    QVERIFY(dialog.changesAnything());
    QVERIFY(dialog.storesRemoved().contains(removed));
    QVERIFY(!dialog.moves().isEmpty());
    QVERIFY(dialog.moves().filter(QStringLiteral("Product catalog: Mongo →")).size() == 1);
    QCOMPARE(dialog.layout(), applyAdvice(project, dialog.advice(), Catalog::builtin()));
}

void TestAdviceDialog::applyIsOneUndoStep()
{
    Document doc;
    Project project = test::sample();
    project.users = 100;
    doc.setProject(project);
    AdviceDialog dialog(doc.project(), Catalog::builtin());
    doc.undoStack()->push(new ApplyLayoutCommand(&doc, dialog.layout()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project(), dialog.layout());
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), project);
}

void TestAdviceDialog::nothingToChange()
{
    Project project = test::sample();
    project.users = 100;
    Project advised =
        applyAdvice(project, advise(project, 100, Catalog::builtin()), Catalog::builtin());
    AdviceDialog dialog(advised, Catalog::builtin());
    QVERIFY(!dialog.changesAnything());
    QVERIFY(dialog.moves().isEmpty());
}

void TestAdviceDialog::enterApplies_data()
{
    QTest::addColumn<qint64>("users");
    QTest::addColumn<int>("result");
    QTest::newRow("a plan to apply: Enter applies it")
        << qint64(5'000'000) << int(QDialog::Accepted);
    QTest::newRow("nothing to change: Enter closes") << qint64(100) << int(QDialog::Rejected);
}

// In the walk-through Enter on the advice dialog pressed Cancel: Enter applies the plan.
void TestAdviceDialog::enterApplies()
{
    QFETCH(qint64, users);
    QFETCH(int, result);
    Project project = test::sample();
    project.users = users;
    if (users == 100)
        project =
            applyAdvice(project, advise(project, users, Catalog::builtin()), Catalog::builtin());
    AdviceDialog dialog(project, Catalog::builtin());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), result);
}

QTEST_MAIN(TestAdviceDialog)
#include "tst_advicedialog.moc"
