#include "tests/testutil.h"

#include "model/diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace storemap;

namespace {

/// The e-commerce sample with one kind of change applied.
Project changed(const QString &change)
{
    Project p = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    Entity &users = p.entities[size_t(p.entityIndex(u"users"))];
    Entity &orders = p.entities[size_t(p.entityIndex(u"orders"))];
    if (change == QLatin1String("move")) {
        orders.store = QStringLiteral("dynamo");
    } else if (change == QLatin1String("unplace")) {
        orders.store.clear();
    } else if (change == QLatin1String("add-entity")) {
        p.entities.push_back(test::entity(
            QStringLiteral("wishlists"), {test::pattern(PatternType::LookupByKey, Frequency::High)},
            QStringLiteral("postgres")));
    } else if (change == QLatin1String("remove-entity")) {
        p.entities.erase(p.entities.begin() + p.entityIndex(u"cms"));
    } else if (change == QLatin1String("add-store")) {
        p.stores.push_back(
            {QStringLiteral("search"), QStringLiteral("elasticsearch"), QStringLiteral("Search")});
    } else if (change == QLatin1String("remove-store")) {
        for (Entity &e : p.entities) {
            if (e.store == QLatin1String("dynamo"))
                e.store = QStringLiteral("postgres");
        }
        p.stores.erase(p.stores.begin() + p.storeIndex(u"dynamo"));
    } else if (change == QLatin1String("rename-entity")) {
        users.name = QStringLiteral("Customers");
    } else if (change == QLatin1String("rename-store")) {
        p.stores[size_t(p.storeIndex(u"postgres"))].name = QStringLiteral("Primary");
    } else if (change == QLatin1String("pattern-frequency")) {
        users.patterns[0].frequency = Frequency::VeryHigh;
    } else if (change == QLatin1String("pattern-add")) {
        users.patterns.push_back(
            {QStringLiteral("Search users"), PatternType::FullTextSearch, Frequency::Low, {}});
    } else if (change == QLatin1String("pattern-remove")) {
        users.patterns.erase(users.patterns.begin());
    } else if (change == QLatin1String("durability")) {
        users.durability = Durability::Reconstructible;
    } else if (change == QLatin1String("schema")) {
        users.schema = SchemaKind::Flexible;
    } else if (change == QLatin1String("description")) {
        users.description = QStringLiteral("People who buy");
    } else if (change == QLatin1String("workload")) {
        users.workload = {2'000'000, 1024, -1};
    } else if (change == QLatin1String("pattern-rate")) {
        users.patterns[0].perSecond = 2500;
    } else if (change == QLatin1String("memory")) {
        p.stores[size_t(p.storeIndex(u"redis"))].memoryGB = 16;
    } else if (change == QLatin1String("reorder")) {
        std::swap(p.entities[0], p.entities[1]);
        std::swap(p.stores[0], p.stores[1]);
        std::swap(users.patterns[0], users.patterns[1]);
    }
    return p;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void eachKindOfChange_data();
    void eachKindOfChange();
    void findingsAppearAndGoAway();
    void moneyBeforeAndAfter();
    void jsonHasTheContractKeys();
    void exitCode_data();
    void exitCode();
    void markdownIsAReviewComment();
    void hostileNamesStayOnTheirLine();
    void missingSideIsAnEmptyProject();
    void badInputExitsThree();
};

void TestDiff::eachKindOfChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("jsonPath"); // where the JSON says it: "moved", "added.entities", ...
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("text");

    QTest::newRow("move") << "move"
                          << "moved"
                          << "orders"
                          << ""
                          << "Orders: Postgres (PostgreSQL) -> Dynamo (DynamoDB), fit 88.8 -> "
                             "52.5 (worse)";
    QTest::newRow("unplace") << "unplace"
                             << "moved"
                             << "orders"
                             << ""
                             << "Orders: Postgres (PostgreSQL) -> unplaced, fit 88.8 -> -";
    QTest::newRow("add entity") << "add-entity"
                                << "added.entities"
                                << "wishlists"
                                << ""
                                << "Added entities:\n  wishlists (wishlists) on Postgres";
    QTest::newRow("remove entity") << "remove-entity"
                                   << "removed.entities"
                                   << "cms"
                                   << ""
                                   << "Removed entities:\n  CMS (cms) on Mongo (MongoDB)";
    QTest::newRow("add store") << "add-store"
                               << "added.stores"
                               << "search"
                               << ""
                               << "Added stores:\n  Search (Elasticsearch) [search]";
    QTest::newRow("remove store") << "remove-store"
                                  << "removed.stores"
                                  << "dynamo"
                                  << ""
                                  << "Removed stores:\n  Dynamo (DynamoDB) [dynamo]";
    QTest::newRow("rename entity") << "rename-entity"
                                   << "changed"
                                   << "users"
                                   << "name"
                                   << "Customers (users): renamed \"Users\" -> \"Customers\"";
    QTest::newRow("rename store") << "rename-store"
                                  << "changed_stores"
                                  << "postgres"
                                  << "name"
                                  << "store postgres renamed \"Postgres\" -> \"Primary\"";
    QTest::newRow("pattern frequency")
        << "pattern-frequency"
        << "changed"
        << "users"
        << "patterns"
        << "Users (users): pattern \"Get user by email\": frequency changed";
    QTest::newRow("pattern added") << "pattern-add"
                                   << "changed"
                                   << "users"
                                   << "patterns"
                                   << "Users (users): pattern \"Search users\" added";
    QTest::newRow("pattern removed") << "pattern-remove"
                                     << "changed"
                                     << "users"
                                     << "patterns"
                                     << "Users (users): pattern \"Get user by email\" removed";
    QTest::newRow("durability") << "durability"
                                << "changed"
                                << "users"
                                << "durability"
                                << "Users (users): durability critical -> reconstructible";
    QTest::newRow("schema") << "schema"
                            << "changed"
                            << "users"
                            << "schema"
                            << "Users (users): schema fixed -> flexible";
    QTest::newRow("description") << "description"
                                 << "changed"
                                 << "users"
                                 << "description"
                                 << "Users (users): description edited";
    QTest::newRow("workload") << "workload"
                              << "changed"
                              << "users"
                              << "workload"
                              << "Users (users): workload none -> 2,000,000 items, 1,024 bytes "
                                 "each";
    QTest::newRow("pattern rate") << "pattern-rate"
                                  << "changed"
                                  << "users"
                                  << "patterns"
                                  << "pattern \"Get user by email\": frequency, perSecond changed";
    QTest::newRow("store memory") << "memory"
                                  << "changed_stores"
                                  << "redis"
                                  << "memoryGB"
                                  << "store redis (Redis): memory not given -> 16 GB";
}

void TestDiff::eachKindOfChange()
{
    QFETCH(QString, change);
    QFETCH(QString, jsonPath);
    QFETCH(QString, id);
    QFETCH(QString, fields);
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldFile = dir.filePath(QStringLiteral("old.storemap"));
    const QString newFile = dir.filePath(QStringLiteral("new.storemap"));
    QVERIFY(
        test::writeProject(oldFile, test::versionOne(test::sample(QStringLiteral("ecommerce")))));
    QVERIFY(test::writeProject(newFile, changed(change)));

    const test::Run people = test::runStoremap({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(people.exitCode, 0);
    QVERIFY2(QString::fromUtf8(people.out).contains(text), people.out.constData());

    const test::Run tools =
        test::runStoremap({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json")});
    QCOMPARE(tools.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(tools.out).object();
    QJsonValue at = root;
    for (const QString &key : jsonPath.split(QLatin1Char('.')))
        at = at.toObject().value(key);
    const QJsonArray list = at.toArray();
    QCOMPARE(list.size(), 1);
    if (list.first().isString()) {
        QCOMPARE(list.first().toString(), id);
    } else {
        const QJsonObject item = list.first().toObject();
        const QString key = jsonPath == QLatin1String("changed_stores") ? QStringLiteral("store")
                                                                        : QStringLiteral("entity");
        QCOMPARE(item.value(key).toString(), id);
        if (!fields.isEmpty())
            QCOMPARE(strings(item.value(QStringLiteral("fields"))), QStringList{fields});
    }
    // A change is reported in one place only: a move is not also a changed field.
    int places = 0;
    for (const char *key : {"moved", "changed", "changed_stores"})
        places += root.value(QLatin1String(key)).toArray().size();
    for (const char *key : {"added", "removed"}) {
        const QJsonObject o = root.value(QLatin1String(key)).toObject();
        places += o.value(QStringLiteral("entities")).toArray().size() +
                  o.value(QStringLiteral("stores")).toArray().size();
    }
    QCOMPARE(places,
             change == QLatin1String("remove-store") ? 3 : 1); // + event logs and clicks moved
}

void TestDiff::findingsAppearAndGoAway()
{
    const Catalog &c = Catalog::builtin();
    const Project before = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    const Project after = changed(QStringLiteral("move"));
    const ProjectDiff forward = diffProjects(before, before.users, after, after.users, c);
    const ProjectDiff backward = diffProjects(after, after.users, before, before.users, c);
    QVERIFY(!forward.findings.appeared.empty());
    QVERIFY(forward.findings.resolved.empty());
    QCOMPARE(backward.findings.resolved.size(), forward.findings.appeared.size());
    QVERIFY(backward.findings.appeared.empty());
    const auto rule = [](const Finding &f) { return f.rule; };
    QStringList rules;
    std::transform(forward.findings.appeared.begin(), forward.findings.appeared.end(),
                   std::back_inserter(rules), rule);
    QVERIFY(rules.contains(QStringLiteral("adhoc-on-key-value")));
    QVERIFY(rules.contains(QStringLiteral("cross-store-join")));
    QVERIFY(rounded(forward.analysisAfter.overallFit) < rounded(forward.analysisBefore.overallFit));
}

// With the sample's workload, the money before and after: Videos to R2 at 50 TB of egress a
// month saves what the egress cost on S3, and the text says so with its sign.
void TestDiff::moneyBeforeAndAfter()
{
    const Catalog &c = Catalog::builtin();
    Project before = test::sample(QStringLiteral("ecommerce"));
    Entity &videos = before.entities[size_t(before.entityIndex(u"videos"))];
    videos.workload.egressGBPerMonth = 51'200;
    Project after = before;
    after.stores.push_back({QStringLiteral("r2"), QStringLiteral("r2"), QStringLiteral("R2")});
    after.entities[size_t(after.entityIndex(u"videos"))].store = QStringLiteral("r2");
    const ProjectDiff d = diffProjects(before, before.users, after, after.users, c);
    const QJsonObject money =
        QJsonDocument::fromJson(diffJson(d, c)).object().value(u"monthly_usd").toObject();
    const double was = money.value(u"before").toDouble(), is = money.value(u"after").toDouble();
    QVERIFY2(was - is > 4'000, qPrintable(QStringLiteral("%1 -> %2").arg(was).arg(is)));
    QCOMPARE(rounded(was), rounded(d.analysisBefore.cost.monthlyUsd));
    const QString text = diffText(d, c);
    QVERIFY2(text.contains(QStringLiteral("Money: %1 -> %2 a month (-")
                               .arg(formatUsd(d.analysisBefore.cost.monthlyUsd),
                                    formatUsd(d.analysisAfter.cost.monthlyUsd))),
             qPrintable(text));
    QVERIFY(std::any_of(d.findings.resolved.begin(), d.findings.resolved.end(),
                        [](const Finding &f) { return f.rule == QLatin1String("egress-cost"); }));
}

void TestDiff::jsonHasTheContractKeys()
{
    const Catalog &c = Catalog::builtin();
    const Project before = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    const Project after = changed(QStringLiteral("move"));
    const QJsonObject root =
        QJsonDocument::fromJson(diffJson(diffProjects(before, 100, after, 100, c), c)).object();
    for (const char *key : {"moved", "added", "removed", "changed", "overall_fit", "complexity",
                            "monthly_usd", "findings"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    const QJsonObject move = root.value(QStringLiteral("moved")).toArray().first().toObject();
    QCOMPARE(move.value(QStringLiteral("from")).toString(), QStringLiteral("postgres"));
    QCOMPARE(move.value(QStringLiteral("to")).toString(), QStringLiteral("dynamo"));
    QVERIFY(move.value(QStringLiteral("fit_before")).toDouble() >
            move.value(QStringLiteral("fit_after")).toDouble());
    // Without a workload the money is unknown, never zero.
    const QJsonObject money = root.value(QStringLiteral("monthly_usd")).toObject();
    QVERIFY(money.value(QStringLiteral("before")).isNull());
    QVERIFY(money.value(QStringLiteral("after")).isNull());
    for (const char *key : {"before", "after"}) {
        QVERIFY(root.value(QStringLiteral("overall_fit"))
                    .toObject()
                    .value(QLatin1String(key))
                    .isDouble());
        QVERIFY(root.value(QStringLiteral("complexity"))
                    .toObject()
                    .value(QLatin1String(key))
                    .isDouble());
    }
    const QJsonObject findings = root.value(QStringLiteral("findings")).toObject();
    const QJsonObject first = findings.value(QStringLiteral("new")).toArray().first().toObject();
    QCOMPARE(first.keys().size(), 5);
    for (const char *key : {"rule", "severity", "entity", "store", "message"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(findings.value(QStringLiteral("resolved")).isArray());
}

void TestDiff::exitCode_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("same") << "none" << 0;
    QTest::newRow("only the order differs") << "reorder" << 0;
    QTest::newRow("moved") << "move" << 1;
    QTest::newRow("renamed") << "rename-entity" << 1;
}

void TestDiff::exitCode()
{
    QFETCH(QString, change);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString oldFile = dir.filePath(QStringLiteral("old.storemap"));
    const QString newFile = dir.filePath(QStringLiteral("new.storemap"));
    QVERIFY(
        test::writeProject(oldFile, test::versionOne(test::sample(QStringLiteral("ecommerce")))));
    QVERIFY(test::writeProject(newFile, changed(change)));
    const test::Run r = test::runStoremap(
        {QStringLiteral("diff"), QStringLiteral("--exit-code"), oldFile, newFile});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QCOMPARE(r.out, QByteArray("The designs are the same.\n"));
    // Without --exit-code a difference is not a failure.
    QCOMPARE(test::runStoremap({QStringLiteral("diff"), oldFile, newFile}).exitCode, 0);
}

void TestDiff::markdownIsAReviewComment()
{
    QTemporaryDir dir;
    const QString oldFile = dir.filePath(QStringLiteral("old.storemap"));
    const QString newFile = dir.filePath(QStringLiteral("new.storemap"));
    QVERIFY(
        test::writeProject(oldFile, test::versionOne(test::sample(QStringLiteral("ecommerce")))));
    QVERIFY(test::writeProject(newFile, changed(QStringLiteral("move"))));
    const test::Run r = test::runStoremap({QStringLiteral("diff"), oldFile, newFile,
                                           QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    const QString md = QString::fromUtf8(r.out);
    QVERIFY(md.startsWith(QStringLiteral("### Storage design change: E-commerce\n")));
    QVERIFY(md.contains(QStringLiteral("| Orders | Postgres (PostgreSQL) | Dynamo (DynamoDB) | "
                                       "88.8 | 52.5 | **worse** by 36.3 |")));
    QVERIFY(md.contains(QStringLiteral("Why Orders fits Dynamo (DynamoDB) as it does:")));
    QVERIFY(md.contains(QStringLiteral("**Findings that appeared**")));
    QVERIFY(md.contains(QStringLiteral("`adhoc-on-key-value`")));
    // The way back resolves them.
    const test::Run back = test::runStoremap({QStringLiteral("diff"), newFile, oldFile,
                                              QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY(back.out.contains("better by 36.3"));
    QVERIFY(back.out.contains("**Findings that went away**"));
    // --json and --format md contradict each other.
    QCOMPARE(test::runStoremap({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json"),
                                QStringLiteral("--format"), QStringLiteral("md")})
                 .exitCode,
             2);
}

void TestDiff::hostileNamesStayOnTheirLine()
{
    Project before = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    Project after = before;
    after.entities[0].name = QStringLiteral("Users\nMoved:\n  Fake: a -> b\x1b[2J");
    after.entities[0].store = QStringLiteral("mongo");
    QTemporaryDir dir;
    const QString oldFile = dir.filePath(QStringLiteral("old.storemap"));
    const QString newFile = dir.filePath(QStringLiteral("new.storemap"));
    QVERIFY(test::writeProject(oldFile, before));
    QVERIFY(test::writeProject(newFile, after));
    const test::Run text = test::runStoremap({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains('\x1b'));
    QCOMPARE(text.out.split('\n').count("Moved:"), 1); // the heading only
    QVERIFY(!text.out.contains("\n  Fake"));
    const test::Run md = test::runStoremap({QStringLiteral("diff"), oldFile, newFile,
                                            QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY(!md.out.contains("\nMoved:"));
    QVERIFY(!md.out.contains('\x1b'));
}

void TestDiff::missingSideIsAnEmptyProject()
{
    // git passes /dev/null for the side of a diff where the file does not exist.
    const QString file = test::sourcePath(QStringLiteral("resources/samples/startup.storemap"));
    const test::Run r = test::runStoremap(
        {QStringLiteral("diff"), QStringLiteral("/dev/null"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const Project startup = test::sample(QStringLiteral("startup"));
    QCOMPARE(root.value(QStringLiteral("added"))
                 .toObject()
                 .value(QStringLiteral("entities"))
                 .toArray()
                 .size(),
             qsizetype(startup.entities.size()));
}

void TestDiff::badInputExitsThree()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.storemap"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    const QString good = test::sourcePath(QStringLiteral("resources/samples/startup.storemap"));
    const test::Run r = test::runStoremap({QStringLiteral("diff"), good, bad});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("bad.storemap"));
    QCOMPARE(test::runStoremap({QStringLiteral("diff"), good}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
