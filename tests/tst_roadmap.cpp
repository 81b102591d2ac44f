#include "model/roadmap.h"

#include "tests/bench/generator.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace storemap;

namespace {

const Roadmap &sampleRoadmap()
{
    static const Roadmap roadmap =
        roadmapOf(test::sample(), RoadmapFrom, RoadmapTo, Catalog::builtin());
    return roadmap;
}

int kindIndex(const char *id)
{
    return Catalog::builtin().kindIndex(QString::fromLatin1(id));
}

bool hasKind(const Layout &l, const char *id)
{
    return std::find(l.kinds.begin(), l.kinds.end(), kindIndex(id)) != l.kinds.end();
}

/// The step holding @p users.
/// Rows of generated projects, seeds 1 to @p seeds, of @p base + seed x @p step entities.
void generatedProjects(unsigned seeds, int base, int step)
{
    QTest::addColumn<int>("entities");
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1; seed <= seeds; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
            << int(base + int(seed) * step) << seed;
}

/// The row's generated project, at 1,000 users.
Project generatedProject()
{
    QFETCH(int, entities);
    QFETCH(unsigned, seed);
    return bench::generateProject(entities, 1000, seed);
}

const RoadmapStep &stepAt(const Roadmap &roadmap, qint64 users)
{
    for (const RoadmapStep &s : roadmap.steps) {
        if (users >= s.fromUsers && (s.toUsers < 0 || users <= s.toUsers))
            return s;
    }
    qFatal("no step holds %lld users", users);
}

int placementOf(const Project &p, const Layout &l, const QString &name)
{
    for (size_t i = 0; i < p.entities.size(); ++i) {
        if (p.entities[i].name == name)
            return l.placement[i];
    }
    return -1;
}

} // namespace

class TestRoadmap : public QObject
{
    Q_OBJECT

private slots:
    void startsAtPostgresAndS3()
    {
        const Roadmap &r = sampleRoadmap();
        QVERIFY(!r.steps.empty());
        const RoadmapStep &first = r.steps.front();
        QCOMPARE(first.fromUsers, RoadmapFrom);
        QCOMPARE(kindNames(first.layout.kinds, Catalog::builtin()),
                 QStringLiteral("PostgreSQL + S3"));
        QCOMPARE(r.steps.back().toUsers, qint64(-1));
    }

    void addsRedisForEphemeralData_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::newRow("sessions") << QStringLiteral("Sessions");
        QTest::newRow("cache") << QStringLiteral("Cache");
        QTest::newRow("rate limits") << QStringLiteral("Rate limits");
    }
    void addsRedisForEphemeralData()
    {
        QFETCH(QString, entity);
        const Roadmap &r = sampleRoadmap();
        const Project p = test::sample();
        // The first step that holds Redis starts between 10,000 and 1,000,000 users and moves the
        // entity there.
        const auto redis = std::find_if(r.steps.begin(), r.steps.end(), [](const RoadmapStep &s) {
            return hasKind(s.layout, "redis");
        });
        QVERIFY(redis != r.steps.end());
        QVERIFY2(redis->fromUsers > 10'000 && redis->fromUsers <= 1'000'000,
                 qPrintable(QString::number(redis->fromUsers)));
        QCOMPARE(placementOf(p, redis->layout, entity), kindIndex("redis"));
        const bool moved =
            std::any_of(redis->moves.begin(), redis->moves.end(), [&](const auto &m) {
                return p.entity(m.entity)->name == entity && m.to == kindIndex("redis");
            });
        QVERIFY(moved);
    }

    void movesAppendOnlyDataBefore100Million_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::newRow("event logs") << QStringLiteral("Event logs");
        QTest::newRow("clicks") << QStringLiteral("Clicks");
    }
    void movesAppendOnlyDataBefore100Million()
    {
        QFETCH(QString, entity);
        const Project p = test::sample();
        const Layout &at = stepAt(sampleRoadmap(), 100'000'000 - 1).layout;
        const int k = placementOf(p, at, entity);
        QVERIFY2(k == kindIndex("dynamodb") || k == kindIndex("kafka"),
                 qPrintable(Catalog::builtin().kind(k).id));
    }

    /// Property: advise at many user counts inside a step returns that step's layout.
    void everyUserCountInsideAStepHasItsLayout_data()
    {
        QTest::addColumn<qint64>("users");
        for (int i = 0; i <= 140; ++i) {
            const qint64 users = qint64(std::llround(100 * std::pow(10.0, i / 20.0))) + i % 7;
            QTest::newRow(qPrintable(QString::number(users))) << users;
        }
    }
    void everyUserCountInsideAStepHasItsLayout()
    {
        QFETCH(qint64, users);
        const Project p = test::sample();
        const RoadmapStep &step = stepAt(sampleRoadmap(), users);
        const Advice advice = advise(p, users, Catalog::builtin());
        QCOMPARE(kindNames(advice.best.kinds, Catalog::builtin()),
                 kindNames(step.layout.kinds, Catalog::builtin()));
        QVERIFY(sameLayout(advice.best, step.layout));
    }

    /// On a generated corpus: the layout at b - 1 differs from the one at b, and none changes
    /// inside a step (checked at its ends, its log-midpoint and dense points within).
    void breakpointsAreExact_data() { generatedProjects(6, 6, 3); }
    void breakpointsAreExact()
    {
        const Catalog &catalog = Catalog::builtin();
        const Project p = generatedProject();
        const Roadmap r = roadmapOf(p, 1000, 100'000'000, catalog);
        QVERIFY(!r.steps.empty());
        for (size_t s = 0; s < r.steps.size(); ++s) {
            const RoadmapStep &step = r.steps[s];
            if (s > 0) {
                QVERIFY(!sameLayout(advise(p, step.fromUsers - 1, catalog).best,
                                    advise(p, step.fromUsers, catalog).best));
                QCOMPARE(r.steps[s - 1].toUsers, step.fromUsers - 1);
            }
            const qint64 last = step.toUsers >= 0 ? step.toUsers : r.to;
            const double lo = std::log10(double(step.fromUsers));
            const double hi = std::log10(double(last));
            for (int i = 0; i <= 24; ++i) {
                const qint64 u =
                    std::clamp(qint64(std::llround(std::pow(10.0, lo + (hi - lo) * i / 24))),
                               step.fromUsers, last);
                QVERIFY2(sameLayout(advise(p, u, catalog).best, step.layout),
                         qPrintable(QStringLiteral("a change inside the step from %1 at %2")
                                        .arg(step.fromUsers)
                                        .arg(u)));
            }
        }
    }

    /// The sweep on several threads (the command uses every core) gives the same roadmap.
    void sameOnAnyNumberOfThreads_data() { generatedProjects(4, 10, 7); }
    void sameOnAnyNumberOfThreads()
    {
        const Catalog &catalog = Catalog::builtin();
        const Project p = generatedProject();
        const Roadmap one = roadmapOf(p, RoadmapFrom, RoadmapTo, catalog, nullptr, 1);
        QVERIFY(one.steps.size() > 1);
        for (const int threads : {2, 3}) {
            const Roadmap many = roadmapOf(p, RoadmapFrom, RoadmapTo, catalog, nullptr, threads);
            QCOMPARE(roadmapJson(p, many, catalog), roadmapJson(p, one, catalog));
            QCOMPARE(many.advised, one.advised);
        }
    }

    void jsonHasTheContractKeys()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(
                roadmapJson(test::sample(), sampleRoadmap(), Catalog::builtin()))
                .object();
        const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), qsizetype(sampleRoadmap().steps.size()));
        for (const QJsonValue &v : steps) {
            const QJsonObject step = v.toObject();
            for (const char *key :
                 {"from_users", "to_users", "kinds", "overall_fit", "cost", "moves", "reasons"})
                QVERIFY2(step.contains(QLatin1String(key)), key);
        }
        QVERIFY(steps.last().toObject().value(QStringLiteral("to_users")).isNull());
        const QJsonObject move =
            steps.first().toObject().value(QStringLiteral("moves")).toArray().first().toObject();
        QVERIFY(move.value(QStringLiteral("from")).isNull());
        QVERIFY(move.value(QStringLiteral("to")).isString());
    }

    void whatIfNamesTheChange_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("kind");
        QTest::newRow("sessions made critical")
            << QStringLiteral("Sessions") << QStringLiteral("its durability were critical")
            << QStringLiteral("dynamodb");
    }
    void whatIfNamesTheChange()
    {
        QFETCH(QString, entity);
        QFETCH(QString, change);
        QFETCH(QString, kind);
        const Project p = test::sample();
        const Entity *e = nullptr;
        for (const Entity &x : p.entities) {
            if (x.name == entity)
                e = &x;
        }
        QVERIFY(e);
        const std::vector<WhatIf> ifs = whatIfs(*e, 1'000'000, Catalog::builtin());
        QStringList found;
        for (const WhatIf &w : ifs)
            found << w.change + QLatin1String(" -> ") + Catalog::builtin().kind(w.bestKind).id;
        QVERIFY2(found.contains(change + QLatin1String(" -> ") + kind),
                 qPrintable(found.join(QLatin1String("; "))));
        // Every what-if changes the best kind.
        const FitRow fits = fitRow(*e, 1'000'000, Catalog::builtin());
        const int best = int(std::max_element(fits.begin(), fits.end()) - fits.begin());
        for (const WhatIf &w : ifs)
            QVERIFY(w.bestKind != best);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        const QString file =
            test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap"));
        QTest::newRow("text") << QStringList{QStringLiteral("roadmap"), file} << 0
                              << QStringLiteral("PostgreSQL + S3");
        QTest::newRow("json") << QStringList{QStringLiteral("roadmap"), file,
                                             QStringLiteral("--json")}
                              << 0 << QStringLiteral("\"from_users\": 100");
        QTest::newRow("range") << QStringList{QStringLiteral("roadmap"), file,
                                              QStringLiteral("--from"),  QStringLiteral("5000"),
                                              QStringLiteral("--to"),    QStringLiteral("6000")}
                               << 0 << QStringLiteral("from 5,000 users");
        QTest::newRow("bad from") << QStringList{QStringLiteral("roadmap"), file,
                                                 QStringLiteral("--from"), QStringLiteral("x")}
                                  << 2 << QStringLiteral("--from takes");
        QTest::newRow("zero to") << QStringList{QStringLiteral("roadmap"), file,
                                                QStringLiteral("--to"), QStringLiteral("0")}
                                 << 2 << QStringLiteral("--to takes");
        QTest::newRow("from above to")
            << QStringList{QStringLiteral("roadmap"), file,
                           QStringLiteral("--from"),  QStringLiteral("1000"),
                           QStringLiteral("--to"),    QStringLiteral("10")}
            << 2 << QStringLiteral("must be below");
        QTest::newRow("no file") << QStringList{QStringLiteral("roadmap")} << 2
                                 << QStringLiteral("roadmap needs a project file");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("roadmap"), QStringLiteral("/nonexistent.storemap")} << 3
            << QStringLiteral("nonexistent");
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const test::Run run = test::runProgram(QStringLiteral(STOREMAP_BIN), args);
        QCOMPARE(run.exitCode, exitCode);
        const QString all = QString::fromUtf8(run.out + run.err);
        QVERIFY2(all.contains(printed), qPrintable(all));
    }
};

QTEST_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
