// Benchmarks of the model: what every edit, the advisor, and opening and saving a file cost.
// Run through tests/bench/run, which prints them next to their budgets.
#include "tests/bench/generator.h"

#include "model/advisor.h"
#include "model/projectio.h"
#include "model/roadmap.h"

#include <QtTest>

using namespace storemap;

class BenchModel : public QObject
{
    Q_OBJECT

private slots:
    void rescore_data() { sizes(); }
    void rescore();
    void analyse_data() { sizes(); }
    void analyse();
    void advise_data() { sizes(); }
    void advise();
    void advisedLayout_data() { sizes(); }
    void advisedLayout();
    void roadmap_data() { sizes(); }
    void roadmap();
    void load_data() { sizes(); }
    void load();
    void save_data() { sizes(); }
    void save();

private:
    static void sizes();
};

void BenchModel::sizes()
{
    QTest::addColumn<int>("entities");
    const QByteArray quick = qgetenv("STOREMAP_BENCH_QUICK");
    for (int n : {50, 500, 5000, 20000}) {
        if (quick.isEmpty() || n <= 500)
            QTest::addRow("%d", n) << n;
    }
}

// The designer's rescore after one edit (Analyser): an entity's schema changed, or the entity
// moved to another store, in turn.
void BenchModel::rescore()
{
    QFETCH(int, entities);
    Project p = bench::generateProject(entities);
    const Catalog &c = Catalog::builtin();
    Analyser analyser;
    analyser.reset(p, p.users, c);
    int edit = 0;
    QBENCHMARK
    {
        ++edit;
        const size_t i = size_t(edit * 7919 % entities);
        Entity &e = p.entities[i];
        const Entity was = e; // as Document::changedFrom() keeps it
        if (edit % 2)
            e.schema = e.schema == SchemaKind::Fixed ? SchemaKind::Flexible : SchemaKind::Fixed;
        else
            e.store = p.stores[size_t(edit / 2) % p.stores.size()].id;
        analyser.entityChanged(p, int(i), c, &was);
        QVERIFY(analyser.analysis().entities.size() == size_t(entities));
    }
}

// The whole analysis, as `storemap check` and a new project have it: fits of every entity on every
// kind, complexity, cost and findings.
void BenchModel::analyse()
{
    QFETCH(int, entities);
    Project p = bench::generateProject(entities);
    const Catalog &c = Catalog::builtin();
    int edit = 0;
    QBENCHMARK
    {
        ++edit;
        p.entities[size_t(edit % entities)].schema = SchemaKind(edit % 2);
        const Analysis a = storemap::analyse(p, p.users, c);
        QVERIFY(a.entities.size() == size_t(entities));
    }
}

void BenchModel::advise()
{
    QFETCH(int, entities);
    const Project p = bench::generateProject(entities);
    QBENCHMARK
    {
        const Advice a = storemap::advise(p, p.users, Catalog::builtin());
        QVERIFY(!a.best.kinds.empty());
    }
}

// The advisor's layout alone, as the roadmap asks it: one user count on each of the budget's and
// the load's ramps.
void BenchModel::advisedLayout()
{
    QFETCH(int, entities);
    const Project p = bench::generateProject(entities);
    QBENCHMARK
    {
        for (const qint64 users : {3'000, 300'000, 30'000'000}) {
            const Layout l = storemap::advisedLayout(p, users, Catalog::builtin());
            QVERIFY(!l.kinds.empty());
        }
    }
}

// The whole roadmap from 100 to 1,000,000,000 users.
void BenchModel::roadmap()
{
    QFETCH(int, entities);
    // Bigger ones take a minute each: tests/bench/run times them as whole processes, once.
    if (entities > 500 || (entities > 50 && qEnvironmentVariableIsSet("STOREMAP_BENCH_QUICK")))
        QSKIP("timed as a whole process by tests/bench/run");
    const Project p = bench::generateProject(entities);
    QBENCHMARK
    {
        const Roadmap r = roadmapOf(p, RoadmapFrom, RoadmapTo, Catalog::builtin());
        QVERIFY(!r.steps.empty());
    }
}

void BenchModel::load()
{
    QFETCH(int, entities);
    const QByteArray text = serializeProject(bench::generateProject(entities));
    QBENCHMARK
    {
        Project p;
        LoadError error;
        QVERIFY(parseProject(text, Catalog::builtin(), &p, &error));
    }
}

void BenchModel::save()
{
    QFETCH(int, entities);
    const Project p = bench::generateProject(entities);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.storemap"));
    QBENCHMARK
    {
        QString error;
        QVERIFY(writeProjectFile(path, p, &error));
    }
}

QTEST_GUILESS_MAIN(BenchModel)
#include "bench_model.moc"
