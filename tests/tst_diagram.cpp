#include "tests/testutil.h"

#include "model/projectio.h"
#include "views/diagram/diagram.h"

#include <QColor>
#include <QTest>

using namespace storemap;
using test::sample;

class TestDiagram : public QObject
{
    Q_OBJECT

private:
    static Diagram diagramOf(const Project &p)
    {
        const Catalog &c = Catalog::builtin();
        return buildDiagram(p, analyse(p, p.users, c), c);
    }

private slots:
    void boxes_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("contents");
        QTest::newRow("ecommerce")
            << "ecommerce" << QStringList{"Postgres", "Mongo", "Redis", "S3", "Dynamo"}
            << QStringList{"PostgreSQL", "MongoDB", "Redis", "S3", "DynamoDB"}
            << QStringList{"Users,Orders,Payments", "Product catalog,CMS",
                           "Sessions,Cache,Rate limits", "Images,PDFs,Videos", "Event logs,Clicks"};
        QTest::newRow("startup") << "startup" << QStringList{"Postgres", "S3"}
                                 << QStringList{"PostgreSQL", "S3"}
                                 << QStringList{"Users,Orders,Products,Sessions,Page views",
                                                "Avatars"};
    }
    void boxes()
    {
        QFETCH(QString, sample);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, contents);
        const Diagram d = diagramOf(test::sample(sample));
        QCOMPARE(d.applicationLabel, QStringLiteral("Application Layer"));
        QCOMPARE(d.storeCount(), titles.size());
        QVERIFY(!d.unplacedBox());
        QStringList actualTitles, actualKinds, actualContents;
        for (const DiagramBox &box : d.boxes) {
            actualTitles << box.title;
            actualKinds << box.kind;
            QStringList names;
            for (const DiagramItem &item : box.items) {
                names << item.name;
                QVERIFY2(item.fit >= 0 && item.fit <= 100, qPrintable(item.name));
            }
            actualContents << names.join(QLatin1Char(','));
        }
        QCOMPARE(actualTitles, titles);
        QCOMPARE(actualKinds, kinds);
        QCOMPARE(actualContents, contents);
    }

    void unplacedBox_data()
    {
        QTest::addColumn<QStringList>("unplaced");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("one") << QStringList{"sessions"};
        QTest::newRow("two") << QStringList{"users", "avatars"};
    }
    void unplacedBox()
    {
        QFETCH(QStringList, unplaced);
        Project p = sample(QStringLiteral("startup"));
        for (Entity &e : p.entities) {
            if (unplaced.contains(e.id))
                e.store.clear();
        }
        const Diagram d = diagramOf(p);
        QCOMPARE(d.storeCount(), 2);
        const DiagramBox *box = d.unplacedBox();
        QCOMPARE(box != nullptr, !unplaced.isEmpty());
        if (!box)
            return;
        QCOMPARE(&d.boxes.back(), box);
        QCOMPARE(box->title, QStringLiteral("Unplaced"));
        QStringList ids;
        for (const DiagramItem &item : box->items) {
            ids << item.entityId;
            QCOMPARE(item.fit, -1.0);
            QVERIFY(!item.bestKind.isEmpty());
        }
        QCOMPARE(ids, unplaced);
    }

    void emptyStoreKeepsItsBox()
    {
        Project p = sample(QStringLiteral("startup"));
        p.stores.push_back({QStringLiteral("cache"), QStringLiteral("redis"), QString()});
        const Diagram d = diagramOf(p);
        QCOMPARE(d.storeCount(), 3);
        QCOMPARE(d.boxes[2].title, QStringLiteral("Redis")); // a nameless store shows its kind
        QVERIFY(d.boxes[2].items.empty());
    }

    void bands_data()
    {
        QTest::addColumn<double>("fit");
        QTest::addColumn<int>("band");
        QTest::addColumn<QString>("text");
        QTest::newRow("perfect") << 100.0 << int(FitBand::Good) << "100.0";
        QTest::newRow("good") << 80.0 << int(FitBand::Good) << "80.0";
        QTest::newRow("rounds up to good") << 79.96 << int(FitBand::Good) << "80.0";
        QTest::newRow("fair") << 79.9 << int(FitBand::Fair) << "79.9";
        QTest::newRow("fair floor") << 60.0 << int(FitBand::Fair) << "60.0";
        QTest::newRow("poor") << 59.9 << int(FitBand::Poor) << "59.9";
        QTest::newRow("zero") << 0.0 << int(FitBand::Poor) << "0.0";
        QTest::newRow("no fit") << -1.0 << int(FitBand::Unknown) << "–";
    }
    void bands()
    {
        QFETCH(double, fit);
        QFETCH(int, band);
        QFETCH(QString, text);
        QCOMPARE(int(fitBand(fit)), band);
        QCOMPARE(formatFit(fit), text);
        const FitColors colors = fitColors(fitBand(fit));
        // Text must stay legible on its fill: clearly darker.
        QVERIFY(QColor(QRgb(colors.fill)).lightness() - QColor(QRgb(colors.text)).lightness() >
                100);
    }

    void singleLine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Users"
                               << "Users";
        QTest::newRow("newline") << "two\nlines"
                                 << "two lines";
        QTest::newRow("crlf") << "two\r\nlines"
                              << "two lines";
        QTest::newRow("tab") << "a\tb"
                             << "a b";
        QTest::newRow("non-latin") << "用户 Ünï"
                                   << "用户 Ünï";
    }
    void singleLine()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(storemap::singleLine(input), expected);
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
