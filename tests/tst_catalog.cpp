#include "model/catalog.h"
#include "tests/testutil.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace storemap;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void hasTheEightKinds_data();
    void hasTheEightKinds();
    void everyCellHasScoreAndRationale_data();
    void everyCellHasScoreAndRationale();
    void everyKindHasMatrixRatingsAndBurden_data();
    void everyKindHasMatrixRatingsAndBurden();
    void brokenCatalogIsRefused_data();
    void brokenCatalogIsRefused();
};

void TestCatalog::hasTheEightKinds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("postgresql") << "postgresql"
                                << "PostgreSQL";
    QTest::newRow("mongodb") << "mongodb"
                             << "MongoDB";
    QTest::newRow("dynamodb") << "dynamodb"
                              << "DynamoDB";
    QTest::newRow("redis") << "redis"
                           << "Redis";
    QTest::newRow("s3") << "s3"
                        << "S3";
    QTest::newRow("elasticsearch") << "elasticsearch"
                                   << "Elasticsearch";
    QTest::newRow("kafka") << "kafka"
                           << "Kafka";
    QTest::newRow("r2") << "r2"
                        << "Cloudflare R2";
}

void TestCatalog::hasTheEightKinds()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const Catalog &c = Catalog::builtin();
    QCOMPARE(c.kindCount(), 8);
    const int k = c.kindIndex(id);
    QVERIFY2(k >= 0, qPrintable(id));
    QCOMPARE(c.kind(k).name, name);
}

void TestCatalog::everyCellHasScoreAndRationale_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("pattern");
    const Catalog &c = Catalog::builtin();
    for (int k = 0; k < c.kindCount(); ++k) {
        for (int p = 0; p < PatternTypeCount; ++p) {
            QTest::addRow("%s x %s", qPrintable(c.kind(k).id), patternTypeIds()[size_t(p)])
                << k << p;
        }
    }
}

void TestCatalog::everyCellHasScoreAndRationale()
{
    QFETCH(int, kind);
    QFETCH(int, pattern);
    // Read the raw file too: a cell missing from the JSON must fail here, not default to zero.
    const nlohmann::json raw = nlohmann::json::parse(
        test::readAll(test::sourcePath(QStringLiteral("resources/catalog.json"))).toStdString());
    const KindInfo &k = Catalog::builtin().kind(kind);
    const auto &cell =
        raw.at("kinds").at(size_t(kind)).at("fit").at(patternTypeIds()[size_t(pattern)]);
    QVERIFY(cell.at("score").is_number());
    QVERIFY(cell.at("why").is_string());
    const Rated &r = k.fit[size_t(pattern)];
    QVERIFY(r.value >= 0 && r.value <= 100);
    QCOMPARE(r.value, cell.at("score").get<double>());
    QVERIFY2(r.why.size() > 15, qPrintable(k.id + QStringLiteral(": ") + r.why));
}

void TestCatalog::everyKindHasMatrixRatingsAndBurden_data()
{
    QTest::addColumn<int>("kind");
    const Catalog &c = Catalog::builtin();
    for (int k = 0; k < c.kindCount(); ++k)
        QTest::newRow(qPrintable(c.kind(k).id)) << k;
}

void TestCatalog::everyKindHasMatrixRatingsAndBurden()
{
    QFETCH(int, kind);
    const KindInfo &k = Catalog::builtin().kind(kind);
    QCOMPARE(k.matrixText.size(), qsizetype(Catalog::matrixRows().size()));
    for (const QString &text : k.matrixText)
        QVERIFY(!text.isEmpty());
    for (const Rated *r : {&k.queryPower, &k.scaling, &k.consistency, &k.latency, &k.durability,
                           &k.schemaFlexibility}) {
        QVERIFY(r->value >= 0 && r->value <= 100);
        QVERIFY(!r->why.isEmpty());
    }
    QVERIFY(k.burden.value > 0);
    QVERIFY(!k.burden.why.isEmpty());
    QVERIFY(!k.source.isEmpty());
}

void TestCatalog::brokenCatalogIsRefused_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing cell") << "/kinds/0/fit/binary-blob"
                                  << "no fit for binary-blob";
    QTest::newRow("missing rationale") << "/kinds/3/fit/aggregation/why"
                                       << "why";
    QTest::newRow("missing burden") << "/kinds/4/burden"
                                    << "burden";
    QTest::newRow("missing matrix row") << "/kinds/1/matrix/avoidFor"
                                        << "avoidFor";
    QTest::newRow("missing pattern type") << "/patterns/2"
                                          << "no pattern";
}

void TestCatalog::brokenCatalogIsRefused()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    nlohmann::json raw = nlohmann::json::parse(
        test::readAll(test::sourcePath(QStringLiteral("resources/catalog.json"))).toStdString());
    const nlohmann::json::json_pointer ptr(pointer.toStdString());
    raw[ptr.parent_pointer()].erase(raw[ptr.parent_pointer()].is_array()
                                        ? raw[ptr.parent_pointer()].begin() + std::stoi(ptr.back())
                                        : raw[ptr.parent_pointer()].find(ptr.back()));
    Catalog c;
    QString error;
    QVERIFY(!Catalog::parse(QByteArray::fromStdString(raw.dump()), &c, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
