#include "model/analysis.h"
#include "tests/bench/generator.h"
#include "tests/testutil.h"

#include <QtTest>

using namespace storemap;

namespace {

/// A project from a compact description: stores as "id:kind" and entities as JSON objects.
Project make(const QStringList &stores, const QString &entities)
{
    QStringList storeJson;
    for (const QString &s : stores) {
        const QStringList parts = s.split(QLatin1Char(':'));
        storeJson << QStringLiteral("{\"id\":\"%1\",\"kind\":\"%2\"}").arg(parts[0], parts[1]);
    }
    const QString text =
        QStringLiteral("{\"format\":\"storemap\",\"version\":1,\"stores\":[%1],\"entities\":[%2]}")
            .arg(storeJson.join(QLatin1Char(',')), entities);
    Project p;
    LoadError error;
    if (!parseProject(text.toUtf8(), Catalog::builtin(), &p, &error))
        qFatal("bad test project: %s", qPrintable(error.toString()));
    return p;
}

QString e(const QString &id, const QString &store, const QString &patterns,
          const QString &extra = {})
{
    return QStringLiteral("{\"id\":\"%1\",\"name\":\"%1\",\"store\":%2,\"patterns\":[%3]%4}")
        .arg(id,
             store.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + store + QLatin1Char('"'),
             patterns, extra.isEmpty() ? QString() : QLatin1Char(',') + extra);
}

QString p(const char *type, const char *frequency, const QString &with = {})
{
    return QStringLiteral("{\"name\":\"%1\",\"type\":\"%1\",\"frequency\":\"%2\"%3}")
        .arg(QLatin1String(type), QLatin1String(frequency),
             with.isEmpty() ? QString() : QStringLiteral(",\"with\":\"%1\"").arg(with));
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void everyRuleIsCovered();
    void samples_data();
    void samples();
    void soundDesignsAreQuiet_data();
    void soundDesignsAreQuiet();
    void minFitMakesErrors();
    void countsAgreeWithFindings_data();
    void countsAgreeWithFindings();
};

void TestFindings::rule_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("entity");

    const QStringList pgS3{"pg:postgresql", "s3:s3"};
    const qint64 M = 1'000'000;

    QTest::newRow("binary-in-database: avatar in PostgreSQL")
        << make(pgS3, e("avatars", "pg", p("binary-blob", "low"))) << qint64(100)
        << "binary-in-database" << true << "error"
        << "avatars";
    QTest::newRow("binary-in-database: avatar in S3 (near miss)")
        << make(pgS3, e("avatars", "s3", p("binary-blob", "low"))) << qint64(100)
        << "binary-in-database" << false << ""
        << "";

    QTest::newRow("volatile-primary: critical data in Redis")
        << make({"r:redis"}, e("users", "r", p("lookup-by-key", "high"))) << qint64(100)
        << "volatile-primary" << true << "error"
        << "users";
    QTest::newRow("volatile-primary: reconstructible cache in Redis (near miss)")
        << make({"r:redis"},
                e("cache", "r", p("lookup-by-key", "high"), "\"durability\":\"reconstructible\""))
        << qint64(100) << "volatile-primary" << false << ""
        << "";

    QTest::newRow("adhoc-on-key-value: aggregation on DynamoDB")
        << make({"d:dynamodb"}, e("events", "d", p("aggregation", "low"))) << qint64(100)
        << "adhoc-on-key-value" << true << "warning"
        << "events";
    QTest::newRow("adhoc-on-key-value: ad-hoc query on Redis")
        << make({"r:redis"},
                e("cache", "r", p("ad-hoc-query", "low"), "\"durability\":\"ephemeral\""))
        << qint64(100) << "adhoc-on-key-value" << true << "warning"
        << "cache";
    QTest::newRow("adhoc-on-key-value: key lookups on DynamoDB (near miss)")
        << make({"d:dynamodb"}, e("events", "d", p("lookup-by-key", "high"))) << qint64(100)
        << "adhoc-on-key-value" << false << ""
        << "";

    QTest::newRow("transactions-on-document: transaction on MongoDB")
        << make({"m:mongodb"}, e("orders", "m", p("transaction", "high"))) << qint64(100)
        << "transactions-on-document" << true << "warning"
        << "orders";
    QTest::newRow("transactions-on-document: transaction on PostgreSQL (near miss)")
        << make({"pg:postgresql"}, e("orders", "pg", p("transaction", "high"))) << qint64(100)
        << "transactions-on-document" << false << ""
        << "";

    QTest::newRow("queries-on-object-store: join on S3")
        << make(pgS3, e("invoices", "s3", p("one-to-many-join", "low"))) << qint64(100)
        << "queries-on-object-store" << true << "warning"
        << "invoices";
    QTest::newRow("queries-on-object-store: full-text search on R2")
        << make({"r2:r2"}, e("docs", "r2", p("full-text-search", "low"))) << qint64(100)
        << "queries-on-object-store" << true << "warning"
        << "docs";
    QTest::newRow("queries-on-object-store: blobs on S3 (near miss)")
        << make(pgS3, e("invoices", "s3", p("binary-blob", "low"))) << qint64(100)
        << "queries-on-object-store" << false << ""
        << "";

    const QStringList five{"pg:postgresql", "m:mongodb", "d:dynamodb", "r:redis", "s3:s3"};
    const QString fiveEntities =
        QStringList{e("a", "pg", p("lookup-by-key", "low")), e("b", "m", p("lookup-by-key", "low")),
                    e("c", "d", p("lookup-by-key", "low")), e("d", "r", p("lookup-by-key", "low")),
                    e("f", "s3", p("binary-blob", "low"))}
            .join(QLatin1Char(','));
    QTest::newRow("too-many-stores: five databases at a million users")
        << make(five, fiveEntities) << M << "too-many-stores" << true << "warning"
        << "";
    QTest::newRow("too-many-stores: PostgreSQL + Redis + S3 at 100 users")
        << make({"pg:postgresql", "r:redis", "s3:s3"}, e("a", "pg", p("lookup-by-key", "low")) +
                                                           QLatin1Char(',') +
                                                           e("b", "r", p("lookup-by-key", "low")))
        << qint64(100) << "too-many-stores" << true << "warning"
        << "";
    QTest::newRow("too-many-stores: PostgreSQL + Redis + S3 at a million users (near miss)")
        << make({"pg:postgresql", "r:redis", "s3:s3"}, e("a", "pg", p("lookup-by-key", "low")) +
                                                           QLatin1Char(',') +
                                                           e("b", "r", p("lookup-by-key", "low")))
        << M << "too-many-stores" << false << ""
        << "";

    QTest::newRow("one-database-for-everything: images in PostgreSQL with the rest")
        << make({"pg:postgresql"}, e("users", "pg", p("lookup-by-key", "high")) + QLatin1Char(',') +
                                       e("images", "pg", p("binary-blob", "high")))
        << qint64(100) << "one-database-for-everything" << true << "warning"
        << "images";
    QTest::newRow("one-database-for-everything: relational data only (near miss)")
        << make({"pg:postgresql"}, e("users", "pg", p("lookup-by-key", "high")) + QLatin1Char(',') +
                                       e("orders", "pg", p("transaction", "high")))
        << qint64(100) << "one-database-for-everything" << false << ""
        << "";

    const QString sessions =
        e("sessions", "pg", p("lookup-by-key", "very-high"), "\"durability\":\"ephemeral\"");
    QTest::newRow("ephemeral-in-relational: sessions in PostgreSQL at a million users")
        << make(pgS3, sessions) << M << "ephemeral-in-relational" << true << "warning"
        << "sessions";
    QTest::newRow("ephemeral-in-relational: the same at 100 users (near miss)")
        << make(pgS3, sessions) << qint64(100) << "ephemeral-in-relational" << false << ""
        << "";
    QTest::newRow("ephemeral-in-relational: critical data at a million users (near miss)")
        << make(pgS3, e("users", "pg", p("lookup-by-key", "very-high"))) << M
        << "ephemeral-in-relational" << false << ""
        << "";

    const QString clicks = e("clicks", "pg", p("append-only-write", "very-high"));
    QTest::newRow("analytics-on-primary: reports beside very-high writes")
        << make(pgS3, clicks + QLatin1Char(',') + e("reports", "pg", p("aggregation", "medium")))
        << M << "analytics-on-primary" << true << "warning"
        << "reports";
    QTest::newRow("analytics-on-primary: a monthly report (near miss)")
        << make(pgS3, clicks + QLatin1Char(',') + e("reports", "pg", p("aggregation", "low"))) << M
        << "analytics-on-primary" << false << ""
        << "";
    QTest::newRow("analytics-on-primary: at 100 users (near miss)")
        << make(pgS3, clicks + QLatin1Char(',') + e("reports", "pg", p("aggregation", "medium")))
        << qint64(100) << "analytics-on-primary" << false << ""
        << "";

    QTest::newRow("cross-store-join: users' orders in another store")
        << make({"pg:postgresql", "m:mongodb"},
                e("users", "pg", p("one-to-many-join", "high", "orders")) + QLatin1Char(',') +
                    e("orders", "m", p("lookup-by-key", "high")))
        << qint64(100) << "cross-store-join" << true << "info"
        << "users";
    QTest::newRow("cross-store-join: a transaction across stores is a warning")
        << make({"pg:postgresql", "m:mongodb"},
                e("orders", "pg", p("transaction", "high", "payments")) + QLatin1Char(',') +
                    e("payments", "m", p("lookup-by-key", "high")))
        << qint64(100) << "cross-store-join" << true << "warning"
        << "orders";
    QTest::newRow("cross-store-join: both in one store (near miss)")
        << make({"pg:postgresql"}, e("users", "pg", p("one-to-many-join", "high", "orders")) +
                                       QLatin1Char(',') +
                                       e("orders", "pg", p("lookup-by-key", "high")))
        << qint64(100) << "cross-store-join" << false << ""
        << "";

    QTest::newRow("unplaced-entity: no store")
        << make(pgS3, e("orders", "", p("lookup-by-key", "high"))) << qint64(100)
        << "unplaced-entity" << true << "warning"
        << "orders";
    QTest::newRow("unplaced-entity: placed (near miss)")
        << make(pgS3, e("orders", "pg", p("lookup-by-key", "high"))) << qint64(100)
        << "unplaced-entity" << false << ""
        << "";

    QTest::newRow("no-access-patterns: none written down")
        << make(pgS3, e("orders", "pg", "")) << qint64(100) << "no-access-patterns" << true
        << "info"
        << "orders";
    QTest::newRow("no-access-patterns: one pattern (near miss)")
        << make(pgS3, e("orders", "pg", p("lookup-by-key", "low"))) << qint64(100)
        << "no-access-patterns" << false << ""
        << "";

    const QString messages =
        e("messages", "pg",
          p("append-only-write", "very-high") + QLatin1Char(',') + p("lookup-by-key", "very-high"),
          "\"schema\":\"flexible\"");
    QTest::newRow("poor-fit: very-high messages on PostgreSQL at 5 million users")
        << make(pgS3, messages) << qint64(5'000'000) << "poor-fit" << true << "warning"
        << "messages";
    QTest::newRow("poor-fit: the same chat at 2,000 users (near miss)")
        << make(pgS3, messages) << qint64(2000) << "poor-fit" << false << ""
        << "";
    QTest::newRow("poor-fit: typing indicators on PostgreSQL are an error")
        << make(pgS3, e("typing", "pg", p("pub-sub", "very-high"), "\"durability\":\"ephemeral\""))
        << qint64(5'000'000) << "poor-fit" << true << "error"
        << "typing";
    QTest::newRow("poor-fit: rate limits at 100 users, Redis beyond the budget (near miss)")
        << make(pgS3, e("limits", "pg", p("increment-counter", "very-high"),
                        "\"durability\":\"ephemeral\""))
        << qint64(100) << "poor-fit" << false << ""
        << "";

    // Version 2's hard limits: an item over its kind's limit, a store over its memory.
    const auto sized = [](const char *id, const char *store, double items, double bytes,
                          const char *durability = "critical") {
        return e(QString::fromLatin1(id), QString::fromLatin1(store), p("lookup-by-key", "high"),
                 QStringLiteral("\"durability\":\"%1\",\"workload\":{\"items\":%2,"
                                "\"itemBytes\":%3}")
                     .arg(QLatin1String(durability))
                     .arg(items, 0, 'f', 0)
                     .arg(bytes, 0, 'f', 0));
    };
    const QStringList pgDdb{"pg:postgresql", "ddb:dynamodb", "s3:s3", "mongo:mongodb"};
    QTest::newRow("item-too-large: a 500 KB item on DynamoDB")
        << make(pgDdb, sized("carts", "ddb", 1000, 500e3)) << M << "item-too-large" << true
        << "error"
        << "carts";
    QTest::newRow("item-too-large: a 300 KB item on DynamoDB (near miss)")
        << make(pgDdb, sized("carts", "ddb", 1000, 300e3)) << M << "item-too-large" << false << ""
        << "";
    QTest::newRow("item-too-large: a 20 MB document on MongoDB")
        << make(pgDdb, sized("scans", "mongo", 10, 20e6)) << M << "item-too-large" << true
        << "error"
        << "scans";
    QTest::newRow("item-too-large: a 500 MB video on S3 (near miss)")
        << make(pgDdb, sized("videos", "s3", 10, 500e6)) << M << "item-too-large" << false << ""
        << "";
    const auto inRedis = [&](const QString &entities, double memoryGB) {
        Project project = make({"pg:postgresql", "r:redis"}, entities);
        project.stores[1].memoryGB = memoryGB;
        return project;
    };
    const double gb = 1024.0 * 1024 * 1024;
    QTest::newRow("memory-pressure: 40 GB of sessions in a 16 GB Redis")
        << inRedis(sized("sessions", "r", 40e6, 1024, "ephemeral"), 16) << M << "memory-pressure"
        << true << "warning"
        << "sessions";
    QTest::newRow("memory-pressure: critical data evicted is an error")
        << inRedis(sized("sessions", "r", 40e6, 1024, "ephemeral") + QLatin1Char(',') +
                       sized("carts", "r", 1e6, 1024),
                   16)
        << M << "memory-pressure" << true << "error"
        << "carts";
    QTest::newRow("memory-pressure: 10 GB in 16 GB (near miss)")
        << inRedis(sized("sessions", "r", 10 * gb / 1024, 1024, "ephemeral"), 16) << M
        << "memory-pressure" << false << ""
        << "";
    QTest::newRow("memory-pressure: no memory given (near miss)")
        << make({"pg:postgresql", "r:redis"}, sized("sessions", "r", 40e6, 1024, "ephemeral")) << M
        << "memory-pressure" << false << ""
        << "";

    // Egress priced: S3 charges for every GB served, R2 charges none (lesson's "Good to know").
    const auto served = [](const char *store, double egressGB, bool sized = true) {
        return e(
            QStringLiteral("videos"), QString::fromLatin1(store),
            QStringLiteral("{\"name\":\"Stream\",\"type\":\"binary-blob\","
                           "\"frequency\":\"medium\",\"perSecond\":2}"),
            QStringLiteral("\"workload\":{%1\"egressGBPerMonth\":%2}")
                .arg(sized ? QStringLiteral("\"items\":5000,\"itemBytes\":209715200,") : QString())
                .arg(egressGB, 0, 'f', 0));
    };
    const QStringList pgS3R2{"pg:postgresql", "s3:s3", "r2:r2"};
    QTest::newRow("egress-cost: 50 TB a month of videos from S3")
        << make(pgS3R2, served("s3", 51'200)) << M << "egress-cost" << true << "warning"
        << "videos";
    QTest::newRow("egress-cost: without a size, the egress alone decides")
        << make(pgS3R2, served("s3", 2'000, false)) << M << "egress-cost" << true << "warning"
        << "videos";
    QTest::newRow("egress-cost: 500 GB a month saves less than $100 (near miss)")
        << make(pgS3R2, served("s3", 500)) << M << "egress-cost" << false << ""
        << "";
    QTest::newRow("egress-cost: the same 50 TB from R2 (near miss)")
        << make(pgS3R2, served("r2", 51'200)) << M << "egress-cost" << false << ""
        << "";

    QTest::newRow("empty-store: a store holding nothing")
        << make({"pg:postgresql", "r:redis"}, e("orders", "pg", p("lookup-by-key", "low")))
        << qint64(100) << "empty-store" << true << "info"
        << "";
}

void TestFindings::rule()
{
    QFETCH(Project, project);
    QFETCH(qint64, users);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(QString, severity);
    QFETCH(QString, entity);
    const Analysis a = analyse(project, users, Catalog::builtin());
    const auto it = std::find_if(a.findings.begin(), a.findings.end(),
                                 [&](const Finding &f) { return f.rule == rule; });
    QStringList all;
    for (const Finding &f : a.findings)
        all << f.rule + QStringLiteral(": ") + f.message();
    if (!fires) {
        QVERIFY2(it == a.findings.end(), qPrintable(all.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(it != a.findings.end(), qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(toId(it->severity), severity);
    QCOMPARE(it->entity, entity);
    QVERIFY(it->message().contains(QLatin1String("Lesson")) ||
            it->message().contains(QLatin1String("lesson")) ||
            rule == QLatin1String("cross-store-join") || rule == QLatin1String("unplaced-entity") ||
            rule == QLatin1String("item-too-large")); // a vendor's limit, cited with its source
    if (rule == QLatin1String("item-too-large") || rule == QLatin1String("memory-pressure"))
        QVERIFY2(it->message().contains(QLatin1String("Source: ")), qPrintable(it->message()));
    if (rule == QLatin1String("egress-cost")) // names R2, the saving and the prices' sources
        for (const char *says : {"Cloudflare R2", "save $", "data_transfer_test", "r2/pricing"})
            QVERIFY2(it->message().contains(QLatin1String(says)), qPrintable(it->message()));
    if (!entity.isEmpty())
        QVERIFY2(it->message().contains(entity), qPrintable(it->message()));
}

void TestFindings::everyRuleIsCovered()
{
    // Every contract rule id of DESIGN.md §4 exists.
    for (const char *id :
         {"binary-in-database", "volatile-primary", "adhoc-on-key-value",
          "transactions-on-document", "queries-on-object-store", "too-many-stores",
          "one-database-for-everything", "ephemeral-in-relational", "analytics-on-primary",
          "cross-store-join", "unplaced-entity", "no-access-patterns", "poor-fit", "item-too-large",
          "memory-pressure", "egress-cost"})
        QVERIFY2(ruleIds().contains(QLatin1String(id)), id);
}

void TestFindings::samples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<qint64>("users");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("startup at 100 users: clean")
        << "startup.storemap" << qint64(100) << QStringList{};
    QTest::newRow("startup grown to a million: sessions and page views hurt")
        << "startup.storemap" << qint64(1'000'000)
        << QStringList{QStringLiteral("ephemeral-in-relational")};
    QTest::newRow("the lesson's five at a million users")
        << "ecommerce.storemap" << qint64(1'000'000)
        << QStringList{QStringLiteral("too-many-stores")};
    QTest::newRow("the lesson's five at 50 million users: each store carries its traffic")
        << "ecommerce.storemap" << qint64(50'000'000) << QStringList{};
}

void TestFindings::samples()
{
    QFETCH(QString, sample);
    QFETCH(qint64, users);
    QFETCH(QStringList, rules);
    const Analysis a = analyse(test::loadSample(sample), users, Catalog::builtin());
    QStringList got;
    for (const Finding &f : a.findings) {
        if (f.severity != Severity::Info && !got.contains(f.rule))
            got << f.rule;
    }
    got.sort();
    rules.sort();
    QCOMPARE(got, rules);
}

void TestFindings::soundDesignsAreQuiet_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<qint64>("users");
    const QStringList pgS3{"pg:postgresql", "s3:s3"};
    const QString shop =
        QStringList{
            e("users", "pg",
              p("lookup-by-key", "high") + QLatin1Char(',') +
                  p("one-to-many-join", "high", "orders")),
            e("orders", "pg",
              p("transaction", "medium") + QLatin1Char(',') + p("aggregation", "low")),
            e("products", "pg",
              p("full-text-search", "high") + QLatin1Char(',') + p("lookup-by-key", "high")),
            e("sessions", "pg", p("lookup-by-key", "very-high"), "\"durability\":\"ephemeral\""),
            e("images", "s3", p("binary-blob", "medium"))}
            .join(QLatin1Char(','));
    QTest::newRow("a small shop with sessions on PostgreSQL at 2,000 users")
        << make(pgS3, shop) << qint64(2000);
    QTest::newRow("the same shop at 20,000 users") << make(pgS3, shop) << qint64(20'000);
}

void TestFindings::soundDesignsAreQuiet()
{
    QFETCH(Project, project);
    QFETCH(qint64, users);
    const Analysis a = analyse(project, users, Catalog::builtin());
    for (const Finding &f : a.findings)
        QVERIFY2(f.severity == Severity::Info,
                 qPrintable(f.rule + QLatin1String(": ") + f.message()));
}

void TestFindings::minFitMakesErrors()
{
    const Catalog &c = Catalog::builtin();
    const Project p = test::loadSample(QStringLiteral("ecommerce.storemap"));
    Analysis a = analyse(p, 1'000'000, c);
    applyMinFit(p, &a, 90, c);
    int below = 0;
    for (const EntityScore &s : a.entities)
        below += s.kind >= 0 && s.fit < 90;
    QVERIFY(below > 0);
    const auto errors = std::count_if(a.findings.begin(), a.findings.end(), [](const Finding &f) {
        return f.rule == QLatin1String("poor-fit") && f.severity == Severity::Error;
    });
    QCOMPARE(int(errors), below);
    QVERIFY2(a.findings.front().message().contains(QLatin1String("below the required minimum")),
             qPrintable(a.findings.front().message()));
}

QTEST_GUILESS_MAIN(TestFindings)
void TestFindings::countsAgreeWithFindings_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<bool>("seams"); // it has cross-store-join findings
    QTest::newRow("ecommerce") << test::sample(QStringLiteral("ecommerce")) << false;
    QTest::newRow("startup") << test::sample(QStringLiteral("startup")) << false;
    const QStringList stores{"pg:postgresql", "m:mongodb", "s3:s3"};
    // A link to no entity cannot be loaded, but a project in memory may hold one.
    Project links =
        make(stores, e("users", "pg", p("lookup-by-key", "high")) + QLatin1Char(',') +
                         e("orders", "m",
                           p("one-to-many-join", "high", "users") + QLatin1Char(',') +
                               p("transaction", "medium", "users") + QLatin1Char(',') +
                               p("lookup-by-key", "high", "users")) +
                         QLatin1Char(',') +
                         e("carts", "pg",
                           p("one-to-many-join", "low", "users") + QLatin1Char(',') +
                               p("transaction", "low", "orders")) +
                         QLatin1Char(',') + e("loose", "", p("one-to-many-join", "low", "orders")));
    links.entities[2].patterns[1].with = QStringLiteral("ghost");
    QTest::newRow("joins and transactions across stores, within one, to no entity")
        << links << true;
    // Errors and warnings of many rules, one rule raising both.
    QTest::newRow("generated, 400 entities") << bench::generateProject(400) << true;
}

// The advisor counts a layout's findings (with the links' targets found once) instead of making
// them: the counts are those of the findings the check makes, severity by severity.
void TestFindings::countsAgreeWithFindings()
{
    QFETCH(Project, project);
    QFETCH(bool, seams);
    const Catalog &catalog = Catalog::builtin();
    QHash<QString, int> index;
    for (size_t i = 0; i < project.entities.size(); ++i)
        index.insert(project.entities[i].id, int(i));
    const LinkTargets links = linkTargets(project, index);
    for (const qint64 users : {qint64(1'000), qint64(10'000'000)}) {
        const Analysis analysis = analyse(project, users, catalog);
        const Findings findings = findingsOf(project, analysis, catalog);
        for (const FindingCounts &counts :
             {countFindings(project, analysis, catalog),
              countFindings(project, analysis, catalog, &index, nullptr, &links)}) {
            QCOMPARE(counts.errors, countFindings(findings, Severity::Error));
            QCOMPARE(counts.warnings, countFindings(findings, Severity::Warning));
            QCOMPARE(counts.infos, countFindings(findings, Severity::Info));
            QStringList rules; // as the advisor's "Passed over" line lists them
            for (const Finding &f : findings) {
                if (f.severity != Severity::Info && !rules.contains(f.rule))
                    rules << f.rule;
            }
            QCOMPARE(flaggingRules(counts), rules);
        }
        QCOMPARE(std::any_of(
                     findings.begin(), findings.end(),
                     [](const Finding &f) { return f.rule == QLatin1String("cross-store-join"); }),
                 seams);
    }
}

#include "tst_findings.moc"
