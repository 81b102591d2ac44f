#include "tests/guifixture.h"

#include "model/designcontext.h"
#include "views/panels/complexitymeter.h"
#include "views/panels/scalecontrol.h"

#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestScaleControl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sliderIsLogarithmic_data();
    void sliderIsLogarithmic();
    void fieldChangesBudget_data();
    void fieldChangesBudget();
    void sliderDragIsOneUndoStep();
    void followsUndo();
    void clampsToRange();
    void typedUsersAreClampedVisibly_data();
    void typedUsersAreClampedVisibly();

private:
    Document *m_doc = nullptr;
    DesignContext *m_context = nullptr;
    ScaleControl *m_scale = nullptr;
    ComplexityMeter *m_meter = nullptr;
};

void TestScaleControl::init()
{
    m_doc = new Document;
    m_doc->setProject(test::sample());
    m_context = new DesignContext(m_doc);
    m_scale = new ScaleControl(m_doc);
    m_meter = new ComplexityMeter(m_context);
}

void TestScaleControl::cleanup()
{
    delete m_meter;
    delete m_scale;
    delete m_context;
    delete m_doc;
}

void TestScaleControl::sliderIsLogarithmic_data()
{
    QTest::addColumn<qint64>("users");
    QTest::newRow("100") << qint64(100);
    QTest::newRow("1,000") << qint64(1000);
    QTest::newRow("1,000,000") << qint64(1'000'000);
    QTest::newRow("50,000,000") << qint64(50'000'000);
    QTest::newRow("1,000,000,000") << qint64(1'000'000'000);
}

void TestScaleControl::sliderIsLogarithmic()
{
    QFETCH(qint64, users);
    QCOMPARE(ScaleControl::usersAt(ScaleControl::sliderPosition(users)), users);
    // Each decade takes the same slider distance
    QCOMPARE(ScaleControl::sliderPosition(users * 10) - ScaleControl::sliderPosition(users),
             ScaleControl::sliderPosition(1000) - ScaleControl::sliderPosition(100));
}

void TestScaleControl::fieldChangesBudget_data()
{
    QTest::addColumn<int>("users");
    QTest::newRow("startup") << 100;
    QTest::newRow("growth") << 1'000'000;
    QTest::newRow("huge") << 100'000'000;
}

void TestScaleControl::fieldChangesBudget()
{
    QFETCH(int, users);
    m_scale->field()->setValue(users);
    QCOMPARE(m_doc->project().users, qint64(users));
    QCOMPARE(m_meter->budget(), budgetFor(users, Catalog::builtin()));
    QCOMPARE(m_scale->slider()->value(), ScaleControl::sliderPosition(users));
}

void TestScaleControl::sliderDragIsOneUndoStep()
{
    const qint64 before = m_doc->project().users;
    const int steps = m_doc->undoStack()->count();
    QSlider *slider = m_scale->slider();
    slider->setSliderDown(true); // the mouse takes the handle
    for (int v = slider->value(); v >= ScaleControl::sliderPosition(1000); v -= 10)
        slider->setValue(v);
    QCOMPARE(m_scale->field()->value(), 1000);    // shown while dragging
    QCOMPARE(m_doc->undoStack()->count(), steps); // pushed on release only
    slider->setSliderDown(false);                 // released
    QCOMPARE(m_doc->project().users, qint64(1000));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set scale to 1000 users"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().users, before);
}

void TestScaleControl::followsUndo()
{
    m_scale->field()->setValue(500);
    m_doc->undoStack()->undo();
    QCOMPARE(m_scale->field()->value(), int(m_doc->project().users));
}

void TestScaleControl::clampsToRange()
{
    m_scale->setUsers(5);
    QCOMPARE(m_doc->project().users, ScaleControl::Minimum);
    m_scale->setUsers(50'000'000'000);
    QCOMPARE(m_doc->project().users, ScaleControl::Maximum);
}

void TestScaleControl::typedUsersAreClampedVisibly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("shown");
    QTest::newRow("ten digits") << "5000000000" << 1'000'000'000;
    QTest::newRow("with separators") << "5,000,000,000" << 1'000'000'000;
    QTest::newRow("below the range") << "50" << 100;
    QTest::newRow("in range") << "2500000" << 2'500'000;
}

// What the user types is read whole, then clamped into 100 to 1,000,000,000 when committed; the
// field shows the clamped value and the range stays in its tooltip.
void TestScaleControl::typedUsersAreClampedVisibly()
{
    QFETCH(QString, typed);
    QFETCH(int, shown);
    QSpinBox *field = m_scale->field();
    m_scale->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_scale));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->value(), shown);
    QCOMPARE(m_doc->project().users, qint64(shown));
    QCOMPARE(field->text().remove(QLatin1Char(',')), QString::number(shown));
    QVERIFY(field->toolTip().contains(QLatin1String("1,000,000,000")));
}

QTEST_MAIN(TestScaleControl)
#include "tst_scalecontrol.moc"
