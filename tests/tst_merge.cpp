#include "tests/testutil.h"

#include "model/merge.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace storemap;

namespace {

/// One side's change to the e-commerce sample, by name.
Project edited(const QString &changes)
{
    Project p = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    for (const QString &change : changes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = change.split(QLatin1Char(' '));
        const QString what = words.value(0);
        Entity *e = nullptr;
        if (words.size() > 1 && p.entityIndex(words[1]) >= 0)
            e = &p.entities[size_t(p.entityIndex(words[1]))];
        if (what == QLatin1String("move")) { // move ENTITY STORE
            e->store = words[2];
        } else if (what == QLatin1String("rename")) { // rename ENTITY NAME...
            e->name = words.mid(2).join(QLatin1Char(' '));
        } else if (what == QLatin1String("add")) { // add ENTITY-ID NAME [STORE]
            p.entities.push_back(test::entity(
                words[1], {test::pattern(PatternType::AppendOnlyWrite, Frequency::VeryHigh)},
                words.value(3)));
            p.entities.back().name = words[2];
        } else if (what == QLatin1String("remove")) { // remove ENTITY
            p.entities.erase(p.entities.begin() + p.entityIndex(words[1]));
        } else if (what == QLatin1String("durability")) { // durability ENTITY
            e->durability = Durability::Reconstructible;
        } else if (what == QLatin1String("frequency")) { // frequency ENTITY low|very-high
            Frequency f = Frequency::Medium;
            parseFrequency(words[2], &f);
            e->patterns[0].frequency = f;
        } else if (what == QLatin1String("pattern")) { // pattern ENTITY NAME...
            e->patterns.push_back({words.mid(2).join(QLatin1Char(' ')),
                                   PatternType::Aggregation,
                                   Frequency::Low,
                                   {}});
        } else if (what == QLatin1String("add-store")) { // add-store ID KIND
            p.stores.push_back({words[1], words[2], words[1]});
        } else if (what == QLatin1String("rename-store")) { // rename-store ID NAME
            p.stores[size_t(p.storeIndex(words[1]))].name = words[2];
        } else if (what == QLatin1String("remove-store")) { // remove-store ID TO
            for (Entity &x : p.entities) {
                if (x.store == words[1])
                    x.store = words[2];
            }
            p.stores.erase(p.stores.begin() + p.storeIndex(words[1]));
        } else if (what == QLatin1String("project")) { // project NAME
            p.name = words[1];
        } else if (what == QLatin1String("items")) { // items ENTITY N (version 2)
            e->workload.items = words[2].toLongLong();
        } else if (what == QLatin1String("egress")) { // egress ENTITY GB (version 2)
            e->workload.egressGBPerMonth = words[2].toDouble();
        } else if (what == QLatin1String("rate")) { // rate ENTITY PER-SECOND (version 2)
            e->patterns[0].perSecond = words[2].toDouble();
            e->patterns[0].frequency = frequencyForRate(e->patterns[0].perSecond);
        } else if (what == QLatin1String("memory")) { // memory STORE GB (version 2)
            p.stores[size_t(p.storeIndex(words[1]))].memoryGB = words[2].toDouble();
        } else if (what == QLatin1String("operates")) { // operates KIND... (version 2)
            p.operates = words.mid(1);
        } else if (what == QLatin1String("users")) { // users N
            p.users = words[1].toLongLong();
        } else {
            qFatal("unknown change %s", qPrintable(change));
        }
    }
    return p;
}

struct Files
{
    QString base;
    QString ours;
    QString theirs;
};

Files writeThree(const QTemporaryDir &dir, const Project &base, const Project &ours,
                 const Project &theirs)
{
    Files f{dir.filePath(QStringLiteral("base.storemap")),
            dir.filePath(QStringLiteral("ours.storemap")),
            dir.filePath(QStringLiteral("theirs.storemap"))};
    if (!test::writeProject(f.base, base) || !test::writeProject(f.ours, ours) ||
        !test::writeProject(f.theirs, theirs))
        qFatal("cannot write the test's projects");
    return f;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void combines_data();
    void combines();
    void conflicts_data();
    void conflicts();
    void hostileNamesSurvive_data();
    void hostileNamesSurvive();
    void writesToOutWhenAsked();
    void usage_data();
    void usage();
};

void TestMerge::combines_data()
{
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected"); // both sides' changes, applied to the base

    QTest::newRow("issue's example: move / rename and add")
        << "move orders dynamo"
        << "rename users Customers,add clicks-2 Clicks2 dynamo"
        << "move orders dynamo,rename users Customers,add clicks-2 Clicks2 dynamo";
    QTest::newRow("two moves of different entities") << "move orders dynamo"
                                                     << "move sessions postgres"
                                                     << "move orders dynamo,move sessions postgres";
    QTest::newRow("two fields of one entity") << "move users mongo"
                                              << "durability users"
                                              << "move users mongo,durability users";
    QTest::newRow("patterns: an edit and an addition")
        << "frequency users very-high"
        << "pattern users List users by signup date"
        << "frequency users very-high,pattern users List users by signup date";
    QTest::newRow("patterns added on both sides") << "pattern users A"
                                                  << "pattern users B"
                                                  << "pattern users A,pattern users B";
    QTest::newRow("stores: an addition and a rename")
        << "add-store search elasticsearch"
        << "rename-store postgres Primary"
        << "add-store search elasticsearch,rename-store postgres Primary";
    QTest::newRow("a store removed, its entities moved, an unrelated move")
        << "remove-store dynamo postgres"
        << "move cms postgres"
        << "remove-store dynamo postgres,move cms postgres";
    QTest::newRow("an entity removed, another renamed") << "remove cms"
                                                        << "rename users Customers"
                                                        << "remove cms,rename users Customers";
    QTest::newRow("project: name and scale") << "project Shop"
                                             << "users 5000000"
                                             << "project Shop,users 5000000";
    QTest::newRow("the same change on both sides") << "move orders dynamo"
                                                   << "move orders dynamo"
                                                   << "move orders dynamo";
    QTest::newRow("version 2: a workload's items and its egress")
        << "items videos 200000"
        << "egress videos 51200,memory redis 16"
        << "items videos 200000,egress videos 51200,memory redis 16";
    QTest::newRow("version 2: a rate and the kinds the team operates")
        << "rate users 2500"
        << "operates kafka"
        << "rate users 2500,operates kafka";
    QTest::newRow("only theirs changed") << ""
                                         << "move orders dynamo,add clicks-2 Clicks2"
                                         << "move orders dynamo,add clicks-2 Clicks2";
}

void TestMerge::combines()
{
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Files f = writeThree(dir, test::versionOne(test::sample(QStringLiteral("ecommerce"))),
                               edited(ours), edited(theirs));
    const test::Run r = test::runStoremap({QStringLiteral("merge"), f.base, f.ours, f.theirs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QByteArray merged = test::readAll(f.ours);
    Project read;
    LoadError error;
    QVERIFY2(parseProject(merged, Catalog::builtin(), &read, &error), qPrintable(error.toString()));
    QCOMPARE(read, edited(expected));
    QCOMPARE(merged, serializeProject(read)); // Storemap's own stable, pretty order
    const QString invalid = test::schemaErrors({f.ours});
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    QVERIFY(!QFile::exists(f.ours + QStringLiteral(".bak")));
}

void TestMerge::conflicts_data()
{
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("path");

    QTest::newRow("an entity moved two ways") << "move orders dynamo"
                                              << "move orders mongo"
                                              << "$.entities[id=orders].store";
    QTest::newRow("an entity renamed two ways") << "rename users Customers"
                                                << "rename users Buyers"
                                                << "$.entities[id=users].name";
    QTest::newRow("a pattern edited two ways")
        << "frequency users very-high"
        << "frequency users low"
        << "$.entities[id=users].patterns[name=Get user by email].frequency";
    QTest::newRow("a store renamed two ways") << "rename-store postgres Primary"
                                              << "rename-store postgres Main"
                                              << "$.stores[id=postgres].name";
    QTest::newRow("removed in ours, changed in theirs") << "remove cms"
                                                        << "move cms postgres"
                                                        << "$.entities[id=cms]";
    QTest::newRow("changed in ours, removed in theirs") << "durability cms"
                                                        << "remove cms"
                                                        << "$.entities[id=cms]";
    QTest::newRow("moved onto a store the other side removed") << "remove-store dynamo postgres"
                                                               << "move sessions dynamo"
                                                               << "$.entities[id=sessions].store";
    QTest::newRow("the same id added two ways") << "add wishlists Wishlists"
                                                << "add wishlists Wishes"
                                                << "$.entities[id=wishlists].name";
    QTest::newRow("version 2: items given two ways") << "items videos 200000"
                                                     << "items videos 300000"
                                                     << "$.entities[id=videos].workload.items";
    QTest::newRow("version 2: a rate given two ways")
        << "rate users 2500"
        << "rate users 40"
        << "$.entities[id=users].patterns[name=Get user by email].perSecond";
    QTest::newRow("the project renamed two ways") << "project Shop"
                                                  << "project Store"
                                                  << "$.name";
}

void TestMerge::conflicts()
{
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, path);
    QTemporaryDir dir;
    const Files f = writeThree(dir, test::versionOne(test::sample(QStringLiteral("ecommerce"))),
                               edited(ours), edited(theirs));
    const QByteArray before = test::readAll(f.ours);
    const test::Run r = test::runStoremap({QStringLiteral("merge"), f.base, f.ours, f.theirs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QByteArray("conflict at ") + path.toUtf8() + ':'), r.err.constData());
    QCOMPARE(test::readAll(f.ours), before); // byte for byte
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

    // The function says the same.
    const MergeResult m = mergeProjects(test::versionOne(test::sample(QStringLiteral("ecommerce"))),
                                        edited(ours), edited(theirs));
    QCOMPARE(m.conflicts.size(), size_t(1));
    QCOMPARE(m.conflicts.front().path, path);
}

void TestMerge::hostileNamesSurvive_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes and brackets") << "Us\"ers] [id=orders].store";
    QTest::newRow("line breaks") << "Users\n<<<<<<< HEAD\n=======\n>>>>>>> theirs";
    QTest::newRow("json") << "{\"id\": \"x\"}, \\u0000";
    QTest::newRow("unicode") << QStringLiteral("用户 \u202e ✓");
}

void TestMerge::hostileNamesSurvive()
{
    QFETCH(QString, name);
    Project ours = edited(QStringLiteral("move orders dynamo"));
    ours.entities[0].name = name;
    ours.entities[0].patterns[0].name = name;
    Project theirs = edited(QStringLiteral("add clicks-2 Clicks2"));
    theirs.stores[0].name = name;
    QTemporaryDir dir;
    const Files f =
        writeThree(dir, test::versionOne(test::sample(QStringLiteral("ecommerce"))), ours, theirs);
    const test::Run r = test::runStoremap({QStringLiteral("merge"), f.base, f.ours, f.theirs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    Project read;
    QVERIFY(readProjectFile(f.ours, Catalog::builtin(), &read, nullptr));
    QCOMPARE(read.entities[0].name, name);
    QCOMPARE(read.stores[0].name, name);
    QCOMPARE(read.entities[0].patterns.front().name, name); // renamed: one removed, one added
    QCOMPARE(read.entities.back().id, QStringLiteral("clicks-2"));
    QCOMPARE(read.entities[size_t(read.entityIndex(u"orders"))].store, QStringLiteral("dynamo"));

    // A hostile name on both sides, differently: the conflict names the place by id.
    Project other = test::versionOne(test::sample(QStringLiteral("ecommerce")));
    other.entities[0].name = name + QStringLiteral("2");
    QVERIFY(test::writeProject(f.theirs, other));
    const QByteArray before = test::readAll(f.ours);
    const test::Run c = test::runStoremap({QStringLiteral("merge"), f.base, f.ours, f.theirs});
    QCOMPARE(c.exitCode, 1);
    QVERIFY(c.err.startsWith("storemap: conflict at $.entities[id=users].name: "));
    QCOMPARE(test::readAll(f.ours), before);
}

void TestMerge::writesToOutWhenAsked()
{
    QTemporaryDir dir;
    const Files f = writeThree(dir, test::versionOne(test::sample(QStringLiteral("ecommerce"))),
                               edited(QStringLiteral("move orders dynamo")),
                               edited(QStringLiteral("remove cms")));
    const QByteArray ours = test::readAll(f.ours);
    const QString out = dir.filePath(QStringLiteral("merged.storemap"));
    const test::Run r = test::runStoremap(
        {QStringLiteral("merge"), f.base, f.ours, f.theirs, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::readAll(f.ours), ours);
    QCOMPARE(test::readAll(out),
             serializeProject(edited(QStringLiteral("move orders dynamo,remove cms"))));
}

void TestMerge::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString sample = test::sourcePath(QStringLiteral("resources/samples/startup.storemap"));
    QTest::newRow("two files") << QStringList{QStringLiteral("merge"), sample, sample} << 2;
    QTest::newRow("four files") << QStringList{QStringLiteral("merge"), sample, sample, sample,
                                               sample}
                                << 2;
    QTest::newRow("missing base") << QStringList{QStringLiteral("merge"),
                                                 QStringLiteral("/nonexistent/base.storemap"),
                                                 sample, sample}
                                  << 3;
}

void TestMerge::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(test::runStoremap(args).exitCode, exitCode);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
