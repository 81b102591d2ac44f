#include "tests/golden.h"
#include "tests/testutil.h"

#include "model/projectio.h"
#include "views/diagram/textdiagram.h"

#include <QTest>

using namespace storemap;
using test::sample;

namespace {

Diagram diagramOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    return buildDiagram(p, analyse(p, p.users, c), c);
}

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The picture alone: the lines from the Application Layer's top border to the last box's bottom,
/// without the title above and the links and legend below.
QStringList pictureOf(const QString &text)
{
    const QStringList lines = linesOf(text);
    qsizetype top = 0;
    while (top < lines.size() && !lines[top].startsWith(QStringLiteral("┌")) &&
           !lines[top].startsWith(QStringLiteral("+")))
        ++top;
    qsizetype end = top;
    while (end < lines.size() && !lines[end].isEmpty())
        ++end;
    return lines.mid(top, end - top);
}

/// The columns at which @p line has one of @p chars.
QList<int> columnsOf(const QString &line, const QString &chars)
{
    QList<int> columns;
    int column = 0;
    for (const QString &c : line.split(QString(), Qt::SkipEmptyParts)) {
        if (chars.contains(c))
            columns << column;
        column += displayWidth(c);
    }
    return columns;
}

} // namespace

class TestTextDiagram : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("ascii");
        QTest::addColumn<QString>("golden");
        QTest::newRow("ecommerce") << "ecommerce" << 100 << false << "ecommerce.txt";
        QTest::newRow("ecommerce ascii") << "ecommerce" << 100 << true << "ecommerce.ascii.txt";
        QTest::newRow("ecommerce 60") << "ecommerce" << 60 << false << "ecommerce.w60.txt";
        QTest::newRow("startup") << "startup" << 100 << false << "startup.txt";
        QTest::newRow("startup ascii") << "startup" << 100 << true << "startup.ascii.txt";
    }
    void golden()
    {
        QFETCH(QString, sample);
        QFETCH(int, width);
        QFETCH(bool, ascii);
        QFETCH(QString, golden);
        const QString text = writeTextDiagram(diagramOf(::sample(sample)), {width, ascii});
        QVERIFY(golden::matches(golden, text.toUtf8()));
    }

    // The lesson's picture: the Application Layer on top, one arrow down to every store box,
    // every entity listed with its fit.
    void readsLikeTheLesson_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("ecommerce") << "ecommerce";
        QTest::newRow("startup") << "startup";
    }
    void readsLikeTheLesson()
    {
        QFETCH(QString, sample);
        // The picture's shape without money: the boxes as narrow as their entities.
        const Project p = test::versionOne(::sample(sample));
        const QString text = writeTextDiagram(diagramOf(p));
        const QStringList lines = pictureOf(text);
        QVERIFY(linesOf(text).front().startsWith(p.name)); // the title: the project and its scale
        QVERIFY(lines[1].contains(QStringLiteral("Application Layer")));
        QCOMPARE(text.count(QStringLiteral("▼")), qsizetype(p.stores.size()));
        // The arrows leave the Application Layer box exactly where they enter the stores.
        QCOMPARE(columnsOf(lines[2], QStringLiteral("┬")),
                 columnsOf(lines[4], QStringLiteral("▼")));
        for (const Store &s : p.stores)
            QVERIFY2(text.contains(s.name), qPrintable(s.name));
        const Catalog &c = Catalog::builtin();
        const Analysis a = analyse(p, p.users, c);
        for (size_t i = 0; i < p.entities.size(); ++i) {
            const QString fit = QString::number(rounded(a.entities[i].fit), 'f', 1);
            QVERIFY2(text.contains(QRegularExpression(
                         QRegularExpression::escape(p.entities[i].name) + QStringLiteral(" +") +
                         QRegularExpression::escape(fit) + QStringLiteral(" │"))),
                     qPrintable(p.entities[i].name));
        }
    }

    void staysWithinWidth_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("storeRows");
        QTest::addColumn<bool>("money");
        QTest::newRow("ecommerce 100") << "ecommerce" << 100 << 1 << false;
        QTest::newRow("ecommerce 80") << "ecommerce" << 80 << 2 << false;
        QTest::newRow("ecommerce 50") << "ecommerce" << 50 << 3 << false;
        QTest::newRow("ecommerce 30") << "ecommerce" << 30 << 5 << false;
        // Each store's money widens its box: five boxes take two rows at 100 columns.
        QTest::newRow("ecommerce with money 100") << "ecommerce" << 100 << 2 << true;
        QTest::newRow("ecommerce with money 30") << "ecommerce" << 30 << 5 << true;
        QTest::newRow("startup 40") << "startup" << 40 << 1 << false;
        QTest::newRow("startup 30") << "startup" << 30 << 2 << false;
    }
    void staysWithinWidth()
    {
        QFETCH(QString, sample);
        QFETCH(int, width);
        QFETCH(int, storeRows);
        QFETCH(bool, money);
        const Project p = money ? ::sample(sample) : test::versionOne(::sample(sample));
        const QString text = writeTextDiagram(diagramOf(p), {width, false});
        for (const QString &line : linesOf(text))
            QVERIFY2(displayWidth(line) <= width, qPrintable(line));
        // Every store keeps its arrow, however many rows the boxes wrap into.
        QCOMPARE(text.count(QStringLiteral("▼")), qsizetype(p.stores.size()));
        int rowsWithArrows = 0;
        for (const QString &line : linesOf(text))
            rowsWithArrows += line.contains(QStringLiteral("▼")) ? 1 : 0;
        QCOMPARE(rowsWithArrows, storeRows);
    }

    // Hundreds of links: one line per pair of boxes, with how many links it stands for.
    void manyLinksAreBundled()
    {
        const Project p = test::chainedProject(
            400, {{QStringLiteral("pg"), QStringLiteral("postgresql"), QStringLiteral("Pg")},
                  {QStringLiteral("mg"), QStringLiteral("mongodb"), QStringLiteral("Mongo")}});
        const QString text = writeTextDiagram(diagramOf(p));
        QVERIFY2(text.contains(QStringLiteral("Pg - - Mongo: links: 399\n")),
                 qPrintable(text.right(400)));
        QVERIFY(!text.contains(QStringLiteral("e1 - - e0")));
    }

    void asciiIsAscii()
    {
        const QString text =
            writeTextDiagram(diagramOf(sample(QStringLiteral("ecommerce"))), {40, true});
        for (QChar c : text)
            QVERIFY2(c.unicode() < 128, qPrintable(QString(c)));
        QVERIFY(text.contains(QStringLiteral("v")));
    }

    // Wide (CJK) letters take two columns: the box must still close in one straight line.
    void wideLettersKeepBoxesAligned_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("chinese") << "用户数据";
        QTest::newRow("korean") << "사용자";
        QTest::newRow("combining") << "Cafe\u0301";
        QTest::newRow("mixed") << "Users 用户 Ünï";
    }
    void wideLettersKeepBoxesAligned()
    {
        QFETCH(QString, name);
        Project p;
        p.stores.push_back({QStringLiteral("pg"), QStringLiteral("postgresql"), name});
        Entity e;
        e.id = QStringLiteral("e");
        e.name = name;
        e.store = QStringLiteral("pg");
        p.entities.push_back(e);
        const QStringList lines = pictureOf(writeTextDiagram(diagramOf(p)));
        const int boxWidth = displayWidth(lines.last());
        for (int i = 4; i < lines.size(); ++i)
            QCOMPARE(displayWidth(lines[i]), boxWidth);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(name));
    }

    // However wide the title makes a box, the fits sit against its right edge.
    void fitsLineUpWithTheRightEdge_data()
    {
        QTest::addColumn<QString>("storeName");
        QTest::newRow("short title") << "Pg";
        QTest::newRow("long title") << "The primary relational database";
    }
    void fitsLineUpWithTheRightEdge()
    {
        QFETCH(QString, storeName);
        Project p;
        p.stores.push_back({QStringLiteral("pg"), QStringLiteral("postgresql"), storeName});
        for (const QString &name : {QStringLiteral("Users"), QStringLiteral("Order lines")}) {
            Entity e;
            e.id = name;
            e.name = name;
            e.store = QStringLiteral("pg");
            e.patterns.push_back({QStringLiteral("Get by id"), PatternType::LookupByKey,
                                  Frequency::High, QString()});
            p.entities.push_back(e);
        }
        const QStringList lines = pictureOf(writeTextDiagram(diagramOf(p)));
        int rows = 0;
        for (const QString &line : lines) {
            if (!line.contains(QRegularExpression(QStringLiteral("\\d\\.\\d │$"))))
                continue;
            ++rows;
            QCOMPARE(displayWidth(line), displayWidth(lines.last()));
        }
        QCOMPARE(rows, 2);
    }

    void longNamesWrapInsideTheBox()
    {
        Project p;
        p.stores.push_back(
            {QStringLiteral("pg"), QStringLiteral("postgresql"), QStringLiteral("Pg")});
        Entity e;
        e.id = QStringLiteral("e");
        e.name = QString(150, QLatin1Char('x'));
        e.store = QStringLiteral("pg");
        p.entities.push_back(e);
        const QString text = writeTextDiagram(diagramOf(p), {50, false});
        for (const QString &line : linesOf(text))
            QVERIFY2(displayWidth(line) <= 50, qPrintable(line));
        QCOMPARE(QString(text).remove(QRegularExpression(QStringLiteral("[^x]"))).size(), 150);
    }

    void unplacedBoxHasNoArrow()
    {
        Project p = sample(QStringLiteral("startup"));
        p.entities[0].store.clear();
        const QString text = writeTextDiagram(diagramOf(p));
        QVERIFY(text.contains(QStringLiteral("Unplaced")));
        QCOMPARE(text.count(QStringLiteral("▼")), 2);
        QVERIFY(text.contains(QStringLiteral("┆")));
    }

    void wrap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("fits") << "Rate limits" << 20 << QStringList{"Rate limits"};
        QTest::newRow("at space") << "Rate limits" << 6 << QStringList{"Rate", "limits"};
        QTest::newRow("hard") << "abcdefgh" << 3 << QStringList{"abc", "def", "gh"};
        QTest::newRow("wide") << "用户数据" << 5 << QStringList{"用户", "数据"};
    }
    void wrap()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, lines);
        QCOMPARE(wrapToWidth(text, width), lines);
    }
};

QTEST_MAIN(TestTextDiagram)
#include "tst_textdiagram.moc"
