#include "model/scoring.h"
#include "tests/testutil.h"

#include <QtTest>

#include <random>

using namespace storemap;
using test::entity;
using test::kind;
using test::pattern;

Q_DECLARE_METATYPE(storemap::Frequency)
Q_DECLARE_METATYPE(storemap::PatternType)
Q_DECLARE_METATYPE(storemap::Durability)
Q_DECLARE_METATYPE(storemap::SchemaKind)

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void binaryFitsObjectStorageBest_data();
    void binaryFitsObjectStorageBest();
    void appendOnlyLeadNeverShrinks_data();
    void appendOnlyLeadNeverShrinks();
    void criticalNeverFitsRedisBest_data();
    void criticalNeverFitsRedisBest();
    void reasonsNameTheCellsUsed_data();
    void reasonsNameTheCellsUsed();
    void lessonMappingsWin_data();
    void lessonMappingsWin();
    void budget_data();
    void budget();
    void complexityCost_data();
    void complexityCost();
    void rowIsTheExplainedScore_data();
    void rowIsTheExplainedScore();
};

static const std::vector<qint64> scales{100, 10'000, 1'000'000, 30'000'000, 1'000'000'000};

void TestScoring::binaryFitsObjectStorageBest_data()
{
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<Durability>("durability");
    QTest::addColumn<SchemaKind>("schema");
    QTest::addColumn<qint64>("users");
    for (int f = 0; f < FrequencyCount; ++f) {
        for (int d = 0; d < 3; ++d) {
            for (int s = 0; s < 2; ++s) {
                for (qint64 u : scales) {
                    QTest::addRow("%s %s %s %lld", frequencyIds()[size_t(f)],
                                  durabilityIds()[size_t(d)], schemaIds()[size_t(s)], u)
                        << Frequency(f) << Durability(d) << SchemaKind(s) << u;
                }
            }
        }
    }
}

void TestScoring::binaryFitsObjectStorageBest()
{
    QFETCH(Frequency, frequency);
    QFETCH(Durability, durability);
    QFETCH(SchemaKind, schema);
    QFETCH(qint64, users);
    const Catalog &c = Catalog::builtin();
    const Entity e = entity(QStringLiteral("avatars"),
                            {pattern(PatternType::BinaryBlob, frequency)}, {}, durability, schema);
    const FitRow row = fitRow(e, users, c);
    const int best = int(std::max_element(row.begin(), row.end()) - row.begin());
    QVERIFY2(c.kind(best).objectStorage, qPrintable(c.kind(best).id));
    // Far ahead even for ephemeral flexible blobs, which the latency and schema modifiers pull
    // towards Redis by up to 31 points.
    for (int k = 0; k < c.kindCount(); ++k) {
        if (!c.kind(k).objectStorage)
            QVERIFY2(row[size_t(k)] < row[size_t(best)] - 45, qPrintable(c.kind(k).id));
    }
}

void TestScoring::appendOnlyLeadNeverShrinks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<std::vector<Pattern>>("companions");
    const std::vector<std::pair<const char *, std::vector<Pattern>>> companions{
        {"alone", {}},
        {"with a key lookup", {pattern(PatternType::LookupByKey, Frequency::High)}},
        {"with a daily report", {pattern(PatternType::Aggregation, Frequency::Low)}},
        {"with a report and a lookup",
         {pattern(PatternType::Aggregation, Frequency::Medium),
          pattern(PatternType::LookupByKey, Frequency::Low)}},
        {"with an ad-hoc query", {pattern(PatternType::AdHocQuery, Frequency::Low)}},
        {"with a join", {pattern(PatternType::OneToManyJoin, Frequency::Medium)}},
        {"with a transaction", {pattern(PatternType::Transaction, Frequency::Low)}},
    };
    for (const char *k : {"dynamodb", "kafka", "mongodb"}) {
        for (qint64 u : scales) {
            for (const auto &[label, list] : companions)
                QTest::addRow("%s %lld %s", k, u, label) << QString::fromLatin1(k) << u << list;
        }
    }
}

// Raising an append-only pattern's frequency never lowers a horizontally scaling kind's lead over
// PostgreSQL (for entities whose other patterns are ones PostgreSQL serves at least as well).
void TestScoring::appendOnlyLeadNeverShrinks()
{
    QFETCH(QString, kind);
    QFETCH(qint64, users);
    QFETCH(std::vector<Pattern>, companions);
    const Catalog &c = Catalog::builtin();
    const int horizontal = c.kindIndex(kind);
    const int postgres = c.kindIndex(QStringLiteral("postgresql"));
    QVERIFY(c.kind(horizontal).scaling.value > c.kind(postgres).scaling.value);
    double previous = -1000;
    for (int f = 0; f < FrequencyCount; ++f) {
        std::vector<Pattern> patterns = companions;
        patterns.push_back(pattern(PatternType::AppendOnlyWrite, Frequency(f)));
        const Entity e = entity(QStringLiteral("page-views"), patterns);
        const double lead = fitScore(e, horizontal, users, c) - fitScore(e, postgres, users, c);
        QVERIFY2(lead >= previous - 1e-9, qPrintable(QStringLiteral("%1: lead %2 after %3")
                                                         .arg(toId(Frequency(f)))
                                                         .arg(lead)
                                                         .arg(previous)));
        previous = lead;
    }
}

void TestScoring::criticalNeverFitsRedisBest_data()
{
    QTest::addColumn<std::vector<Pattern>>("patterns");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<SchemaKind>("schema");
    // Every pair of (type, frequency), at the scales that move the load modifier most.
    for (int a = 0; a < PatternTypeCount * FrequencyCount; ++a) {
        for (int b = a; b < PatternTypeCount * FrequencyCount; ++b) {
            for (qint64 u : {qint64(100), qint64(1'000'000'000)}) {
                for (int s = 0; s < 2; ++s) {
                    const Pattern pa =
                        pattern(PatternType(a / FrequencyCount), Frequency(a % FrequencyCount));
                    const Pattern pb =
                        pattern(PatternType(b / FrequencyCount), Frequency(b % FrequencyCount));
                    QTest::addRow("%s/%s + %s/%s %lld %s", qPrintable(pa.name),
                                  qPrintable(toId(pa.frequency)), qPrintable(pb.name),
                                  qPrintable(toId(pb.frequency)), u, schemaIds()[size_t(s)])
                        << std::vector<Pattern>{pa, pb} << u << SchemaKind(s);
                }
            }
        }
    }
}

void TestScoring::criticalNeverFitsRedisBest()
{
    QFETCH(std::vector<Pattern>, patterns);
    QFETCH(qint64, users);
    QFETCH(SchemaKind, schema);
    const Catalog &c = Catalog::builtin();
    const Entity e = entity(QStringLiteral("orders"), patterns, {}, Durability::Critical, schema);
    const FitRow row = fitRow(e, users, c);
    const int best = int(std::max_element(row.begin(), row.end()) - row.begin());
    QVERIFY2(!c.kind(best).volatileStore,
             qPrintable(QStringLiteral("Redis %1").arg(row[size_t(best)])));
}

void TestScoring::reasonsNameTheCellsUsed_data()
{
    QTest::addColumn<PatternType>("type");
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("blob on postgres")
        << PatternType::BinaryBlob << Frequency::Low << "postgresql" << qint64(100)
        << QStringList{QStringLiteral("binary-blob"), QStringLiteral("10 on PostgreSQL"),
                       QStringLiteral("never store binary files")};
    QTest::newRow("counter on redis")
        << PatternType::IncrementCounter << Frequency::VeryHigh << "redis" << qint64(100)
        << QStringList{QStringLiteral("increment-counter"), QStringLiteral("weight 8"),
                       QStringLiteral("95 on Redis"), QStringLiteral("Critical data")};
    QTest::newRow("append at scale on postgres")
        << PatternType::AppendOnlyWrite << Frequency::VeryHigh << "postgresql"
        << qint64(1'000'000'000)
        << QStringList{QStringLiteral("append-only-write"),
                       QStringLiteral("75 on PostgreSQL"),
                       QStringLiteral("Load of"),
                       QStringLiteral("1,000,000,000 users"),
                       QStringLiteral("-30.0"),
                       QStringLiteral("Vertical")};
}

void TestScoring::reasonsNameTheCellsUsed()
{
    QFETCH(PatternType, type);
    QFETCH(Frequency, frequency);
    QFETCH(QString, kind);
    QFETCH(qint64, users);
    QFETCH(QStringList, mentions);
    const Catalog &c = Catalog::builtin();
    QStringList reasons;
    const Entity e = entity(QStringLiteral("x"), {pattern(type, frequency)});
    const double score = fitScore(e, c.kindIndex(kind), users, c, &reasons);
    QCOMPARE(score, fitScore(e, c.kindIndex(kind), users, c)); // reasons do not change the score
    const QString all = reasons.join(QLatin1Char('\n'));
    for (const QString &m : mentions)
        QVERIFY2(all.contains(m), qPrintable(m + QStringLiteral(" not in:\n") + all));
}

void TestScoring::lessonMappingsWin_data()
{
    // The lesson's step 2, "Map patterns to storage", at the scale where the lesson applies it.
    QTest::addColumn<PatternType>("type");
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<Durability>("durability");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QStringList>("expected");
    const QStringList pg{QStringLiteral("postgresql")};
    QTest::newRow("lookup-by-key -> PostgreSQL") << PatternType::LookupByKey << Frequency::High
                                                 << Durability::Critical << qint64(1000) << pg;
    QTest::newRow("one-to-many-join -> PostgreSQL") << PatternType::OneToManyJoin << Frequency::High
                                                    << Durability::Critical << qint64(1000) << pg;
    QTest::newRow("aggregation -> PostgreSQL")
        << PatternType::Aggregation << Frequency::Low << Durability::Critical << qint64(1000) << pg;
    QTest::newRow("full-text-search -> PostgreSQL or Elasticsearch")
        << PatternType::FullTextSearch << Frequency::High << Durability::Critical << qint64(1000)
        << QStringList{QStringLiteral("elasticsearch"), QStringLiteral("postgresql")};
    QTest::newRow("binary-blob -> S3")
        << PatternType::BinaryBlob << Frequency::Low << Durability::Critical << qint64(1000)
        << QStringList{QStringLiteral("s3"), QStringLiteral("r2")};
    QTest::newRow("increment-counter -> Redis")
        << PatternType::IncrementCounter << Frequency::VeryHigh << Durability::Ephemeral
        << qint64(1000) << QStringList{QStringLiteral("redis")};
    QTest::newRow("append-only very high -> DynamoDB or Kafka")
        << PatternType::AppendOnlyWrite << Frequency::VeryHigh << Durability::Reconstructible
        << qint64(30'000'000) << QStringList{QStringLiteral("dynamodb"), QStringLiteral("kafka")};
}

void TestScoring::lessonMappingsWin()
{
    QFETCH(PatternType, type);
    QFETCH(Frequency, frequency);
    QFETCH(Durability, durability);
    QFETCH(qint64, users);
    QFETCH(QStringList, expected);
    const Catalog &c = Catalog::builtin();
    const Entity e = entity(QStringLiteral("x"), {pattern(type, frequency)}, {}, durability);
    const FitRow row = fitRow(e, users, c);
    const int best = int(std::max_element(row.begin(), row.end()) - row.begin());
    QVERIFY2(expected.contains(c.kind(best).id), qPrintable(c.kind(best).id));
}

void TestScoring::budget_data()
{
    QTest::addColumn<qint64>("users");
    QTest::addColumn<double>("budget");
    QTest::newRow("100 users: PostgreSQL + S3") << qint64(100) << 4.0;
    QTest::newRow("1,000 users") << qint64(1000) << 4.0;
    QTest::newRow("100,000 users: the sweet spot fits") << qint64(100'000) << 7.0;
    QTest::newRow("1,000,000 users") << qint64(1'000'000) << 8.5;
    QTest::newRow("50,000,000 users: the lesson's five stores (13.5) fit")
        << qint64(50'000'000) << 14.4;
    QTest::newRow("1,000,000,000 users") << qint64(1'000'000'000) << 19.0;
}

void TestScoring::budget()
{
    QFETCH(qint64, users);
    QFETCH(double, budget);
    QCOMPARE(rounded(budgetFor(users, Catalog::builtin())), budget);
}

void TestScoring::complexityCost_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<double>("cost");
    QTest::newRow("PostgreSQL + S3") << QStringList{"postgresql", "s3"} << 4.0;
    QTest::newRow("PostgreSQL + Redis + S3") << QStringList{"postgresql", "redis", "s3"} << 7.0;
    QTest::newRow("the lesson's five")
        << QStringList{"postgresql", "mongodb", "dynamodb", "redis", "s3"} << 13.5;
    QTest::newRow("PostgreSQL alone") << QStringList{"postgresql"} << 2.0;
}

void TestScoring::complexityCost()
{
    QFETCH(QStringList, kinds);
    QFETCH(double, cost);
    std::vector<int> indexes;
    for (const QString &k : kinds)
        indexes.push_back(Catalog::builtin().kindIndex(k));
    std::sort(indexes.begin(), indexes.end());
    QCOMPARE(storemap::complexityCost(indexes, Catalog::builtin()), cost);
    // Every extra kind costs more: the price of polyglot persistence only grows.
    if (indexes.size() > 1) {
        std::vector<int> fewer(indexes.begin(), indexes.end() - 1);
        QVERIFY(storemap::complexityCost(fewer, Catalog::builtin()) < cost);
    }
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"

// fitRow() works out per entity what score() works out per kind: the fits it gives, which every
// panel and the advisor show, are bit for bit the ones the reasons explain.
void TestScoring::rowIsTheExplainedScore_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<qint64>("users");
    for (unsigned seed = 1; seed <= 40; ++seed) {
        for (qint64 u : scales)
            QTest::addRow("seed %u, %lld users", seed, u) << seed << u;
    }
}

void TestScoring::rowIsTheExplainedScore()
{
    QFETCH(unsigned, seed);
    QFETCH(qint64, users);
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const Catalog &c = Catalog::builtin();
    for (int n = 0; n < 20; ++n) {
        Entity e = entity(QStringLiteral("e"), {}, {}, Durability(pick(3)), SchemaKind(pick(2)));
        for (int p = pick(6); p > 0; --p)
            e.patterns.push_back(
                pattern(PatternType(pick(PatternTypeCount)), Frequency(pick(FrequencyCount))));
        const FitRow row = fitRow(e, users, c);
        // The roadmap's path, from what does not depend on the users: the same to the last bit.
        QCOMPARE(fitRow(fitBasis(e, c), loadPressures(users, c), c), row);
        for (int k = 0; k < c.kindCount(); ++k) {
            QStringList reasons;
            const double explained = fitScore(e, k, users, c, &reasons);
            QVERIFY2(row[size_t(k)] == explained,
                     qPrintable(QStringLiteral("%1 on %2: row %3, explained %4")
                                    .arg(reasons.join(QLatin1Char(' ')), c.kind(k).id)
                                    .arg(row[size_t(k)], 0, 'g', 17)
                                    .arg(explained, 0, 'g', 17)));
        }
    }
}
