#include "model/cost.h"
#include "tests/testutil.h"

#include <QtTest>

using namespace storemap;

namespace {

constexpr double GB = 1024.0 * 1024 * 1024;

Entity entity(const char *name, qint64 items, double itemBytes, double egressGB,
              std::vector<Pattern> patterns)
{
    Entity e;
    e.id = e.name = QString::fromLatin1(name);
    e.workload = {items, itemBytes, egressGB};
    e.patterns = std::move(patterns);
    return e;
}

Pattern rate(PatternType type, double perSecond)
{
    return {QStringLiteral("p"), type, frequencyForRate(perSecond), {}, {}, perSecond};
}

} // namespace

class TestCost : public QObject
{
    Q_OBJECT

private slots:
    void storeCost_data();
    void storeCost();
    void egressTiers_data();
    void egressTiers();
    void projectTotal();
};

// What one store costs a month, worked by hand from the catalog's prices (README, Money).
void TestCost::storeCost_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<std::vector<Entity>>("entities");
    QTest::addColumn<double>("memoryGB");
    QTest::addColumn<double>("usd"); // -1: unknown
    QTest::addColumn<QString>("says");
    const auto blob = [](double perSecond) { return rate(PatternType::BinaryBlob, perSecond); };
    QTest::newRow("S3: 2,000 GB stored, nothing served")
        << "s3" << std::vector{entity("files", 2000, GB, 0, {blob(0)})} << -1.0 << 2000 * 0.023
        << "storage: 2,000.0 GB x $0.023 per GB-month = $46.00 (2024-07, ";
    // A month of one GET a second: 2,628,000 reads at $0.40 a million.
    QTest::newRow("S3: one read a second")
        << "s3" << std::vector{entity("files", 0, 0, 0, {blob(1)})} << -1.0 << 2.628 * 0.40
        << "reads: 2.6 million x $0.40 per million = $1.05";
    QTest::newRow("R2: 50 TB served costs no egress")
        << "r2" << std::vector{entity("videos", 1, GB, 51'200, {blob(0)})} << -1.0 << 0.015
        << "egress: 51,200 GB a month = $0.00";
    // A 2 KB item takes two write units; a transaction twice that.
    QTest::newRow("DynamoDB: a transaction a second on 2 KB items")
        << "dynamodb"
        << std::vector{entity("orders", 0, 2048, 0, {rate(PatternType::Transaction, 1)})} << -1.0
        << 4 * 2.628 * 0.625 << "writes: 10.5 million x $0.625 per million";
    QTest::newRow("DynamoDB: 100 bytes of overhead per item")
        << "dynamodb" << std::vector{entity("logs", 10'737'418, 0, 0, {})} << -1.0 << 0.25
        << "storage: 1.0 GB x $0.25";
    QTest::newRow("PostgreSQL: an empty store still runs its smallest instance")
        << "postgresql" << std::vector<Entity>{} << -1.0 << 23.36 << "1 x db.t4g.small";
    QTest::newRow("PostgreSQL: 2,000 operations a second need the larger instance")
        << "postgresql"
        << std::vector{entity("users", 0, 0, 0, {rate(PatternType::LookupByKey, 2000)})} << -1.0
        << 105.85 << "peak 2,000 operations a second";
    // 10 GB to hold, 75% of 6.42 GB usable a node: three nodes.
    QTest::newRow("Redis: 10 GB of cache on three of the largest instances")
        << "redis"
        << std::vector{entity("cache", 10'485'760, 1024, 0, {rate(PatternType::LookupByKey, 10)})}
        << -1.0 << 3 * 113.88 << "3 x cache.m4.large";
    QTest::newRow("Redis: sized by the store's memory when given")
        << "redis" << std::vector{entity("cache", 1, 1, 0, {})} << 4.0 << 113.88
        << "4.0 GB to hold";
    QTest::newRow("unknown without an item size")
        << "postgresql" << std::vector{entity("users", 10, -1, 0, {})} << -1.0 << -1.0
        << "unknown: no items or item size for users";
    QTest::newRow("unknown requests without a rate")
        << "s3" << std::vector{entity("files", 10, 10, 0, {Pattern{}})} << -1.0 << -1.0
        << "reads: unknown without a rate for files";
    QTest::newRow("unknown: every entity without an item size named, in order")
        << "postgresql"
        << std::vector{entity("users", 10, -1, 0, {}), entity("carts", 10, 10, 0, {}),
                       entity("orders", -1, 10, 0, {})}
        << -1.0 << -1.0 << "unknown: no items or item size for users, orders\n";
    // Two entities of one name without a rate: the name once.
    QTest::newRow("unknown requests: each name without a rate once")
        << "s3"
        << std::vector{entity("files", 10, 10, 0, {Pattern{}}),
                       entity("thumbnails", 10, 10, 0, {Pattern{}}),
                       entity("files", 10, 10, 0, {Pattern{}, Pattern{}})}
        << -1.0 << -1.0 << "reads: unknown without a rate for files, thumbnails\n";
    QTest::newRow("unknown egress where the catalog has no price")
        << "mongodb" << std::vector{entity("pages", 10, 10, 100, {})} << -1.0 << -1.0
        << "no public price for MongoDB's egress";
}

void TestCost::storeCost()
{
    QFETCH(QString, kind);
    QFETCH(std::vector<Entity>, entities);
    QFETCH(double, memoryGB);
    QFETCH(double, usd);
    QFETCH(QString, says);
    const Catalog &c = Catalog::builtin();
    std::vector<const Entity *> held;
    for (const Entity &e : entities)
        held.push_back(&e);
    const StoreCost cost = priceOf(c.kindIndex(kind), held, memoryGB, c);
    const QString lines = cost.lines.join(QLatin1Char('\n'));
    if (usd < 0)
        QCOMPARE(cost.monthlyUsd, -1.0);
    else
        QVERIFY2(qAbs(cost.monthlyUsd - usd) < 0.01,
                 qPrintable(
                     QStringLiteral("%1 against %2\n%3").arg(cost.monthlyUsd).arg(usd).arg(lines)));
    QVERIFY2(lines.contains(says), qPrintable(lines));
}

void TestCost::egressTiers_data()
{
    QTest::addColumn<double>("gb");
    QTest::addColumn<double>("usd");
    QTest::newRow("100 GB") << 100.0 << 9.0;
    QTest::newRow("10 TB, all at $0.09") << 10'240.0 << 921.6;
    QTest::newRow("50 TB: 10 TB at $0.09, 40 TB at $0.085") << 51'200.0 << 4'403.2;
    QTest::newRow("200 TB reaches $0.05") << 204'800.0 << 921.6 + 3'481.6 + 7'168 + 2'560;
}

void TestCost::egressTiers()
{
    QFETCH(double, gb);
    QFETCH(double, usd);
    const Catalog &c = Catalog::builtin();
    QCOMPARE(qRound64(egressUsd(gb, c.kind(c.kindIndex(u"s3")).prices.egress, c) * 100),
             qRound64(usd * 100));
}

// The sample's stores add up to the total; a version 1 design has no money, unknown not zero.
void TestCost::projectTotal()
{
    const Catalog &c = Catalog::builtin();
    const Cost cost = costOf(test::sample(), c);
    QCOMPARE(cost.stores.size(), size_t(5));
    double sum = 0;
    for (const StoreCost &s : cost.stores) {
        QVERIFY(s.known());
        sum += s.monthlyUsd;
    }
    QCOMPARE(cost.monthlyUsd, sum);
    QCOMPARE(cost.pricesAsOf, QStringLiteral("2024-07"));
    const Cost none = costOf(test::versionOne(test::sample()), c);
    QCOMPARE(none.monthlyUsd, -1.0);
    QVERIFY(!hasWorkload(test::versionOne(test::sample())));
    QCOMPARE(formatUsd(none.monthlyUsd), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
