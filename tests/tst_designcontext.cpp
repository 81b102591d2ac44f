// The designer's analysis follows the project edit by edit (model/analysis.h, Analyser): after
// every edit it must be what `storemap check` says of the same project, to the last bit.
#include "model/designcontext.h"
#include "model/document.h"
#include "model/report.h"
#include "tests/bench/generator.h"
#include "tests/testutil.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace storemap;

class TestDesignContext : public QObject
{
    Q_OBJECT

private slots:
    void followsEveryEdit_data();
    void followsEveryEdit();
    void layoutLossesFollowAnEdit_data();
    void layoutLossesFollowAnEdit();
};

void TestDesignContext::followsEveryEdit_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<quint32>("seed");
    for (const char *sample : {"ecommerce.storemap", "startup.storemap"}) {
        const Project p = test::loadSample(QString::fromLatin1(sample));
        QTest::addRow("%s", sample) << p << 1u;
    }
    // Generated designs with joins and transactions between their entities, at a scale where
    // sessions on PostgreSQL and analytics on the primary are flagged and one where they are not,
    // and one with a Redis store given too little memory.
    QTest::addRow("generated 300") << bench::generateProject(300) << 2u;
    // The overall fit's sums kept in three blocks of 256, added pairwise in halves of 1 and 2.
    QTest::addRow("generated 600") << bench::generateProject(600) << 5u;
    QTest::addRow("generated 120, 500 users") << bench::generateProject(120, 500) << 3u;
    Project memory = bench::generateProject(80, 5'000'000, 7);
    for (Store &s : memory.stores) {
        if (s.kind == QLatin1String("redis"))
            s.memoryGB = 1;
    }
    QTest::addRow("generated 80, Redis of 1 GB") << memory << 4u;
}

// Random edits of every kind an entity gets in the designer (moved, unplaced, renamed, patterns
// and links added and removed, workload, durability), with whole-project changes in between;
// after each, the analysis the panels show is compared with analyse() of the project.
void TestDesignContext::followsEveryEdit()
{
    QFETCH(Project, project);
    QFETCH(quint32, seed);
    const Catalog &catalog = Catalog::builtin();
    Document document;
    document.setProject(project);
    DesignContext context(&document);
    QRandomGenerator random(seed);
    auto any = [&](const auto &list) { return list[size_t(random.bounded(int(list.size())))]; };
    int incremental = 0;
    for (int edit = 0; edit < 150; ++edit) {
        const Findings before = context.analysis().findings;
        const Project &now = document.project();
        Entity e = any(now.entities);
        const int what = random.bounded(10);
        switch (what) {
        case 0:
        case 1:
            document.placeEntity(e.id, any(now.stores).id);
            break;
        case 2:
            document.placeEntity(e.id, QString());
            break;
        case 3:
            e.name = QStringLiteral("Renamed \"%1\" <%2> %1").arg(edit);
            break;
        case 4: {
            Pattern p;
            p.type = random.bounded(2) ? PatternType::OneToManyJoin : PatternType::Transaction;
            p.frequency = Frequency(random.bounded(FrequencyCount));
            p.name = QStringLiteral("link %1").arg(edit);
            p.with = any(now.entities).id;
            e.patterns.push_back(p);
            break;
        }
        case 5:
            if (random.bounded(3) == 0)
                e.patterns.clear();
            else if (!e.patterns.empty())
                e.patterns.pop_back();
            break;
        case 6:
            if (e.patterns.empty() || random.bounded(2)) {
                e.workload.items = random.bounded(1, 50'000'000);
                e.workload.itemBytes = random.bounded(2) ? 500 : 600'000;
                e.workload.egressGBPerMonth = random.bounded(2) ? -1 : 20'000;
            } else { // a measured rate, or none
                e.patterns[size_t(random.bounded(int(e.patterns.size())))].perSecond =
                    random.bounded(2) ? -1 : 250;
            }
            break;
        case 7:
            e.durability = Durability(random.bounded(3));
            break;
        case 8: {
            Pattern hot;
            hot.name = QStringLiteral("hot %1").arg(edit);
            hot.type = PatternType(random.bounded(PatternTypeCount));
            hot.frequency = Frequency::VeryHigh;
            e.patterns.push_back(hot);
            break;
        }
        case 9: // anything else: the whole project is analysed again
            switch (random.bounded(3)) {
            case 0:
                document.setUsers(random.bounded(2) ? 300 : 20'000'000);
                break;
            case 1: {
                Entity copy = e;
                copy.id += QStringLiteral("-copy-%1").arg(edit);
                document.insertEntity(random.bounded(int(now.entities.size())), copy);
                break;
            }
            default:
                if (now.entities.size() > 3)
                    document.removeEntity(any(now.entities).id);
                break;
            }
            break;
        }
        if (what >= 3 && what <= 8)
            document.updateEntity(e);
        incremental += document.changedEntity() >= 0;

        const Project &after = document.project();
        const Analysis whole = analyse(after, after.users, catalog);
        const Analysis &kept = context.analysis();
        auto exact = [](double d) { return QString::number(d, 'g', 17); };
        QCOMPARE(exact(kept.overallFit), exact(whole.overallFit));
        QCOMPARE(exact(kept.cost.monthlyUsd), exact(whole.cost.monthlyUsd));
        QCOMPARE(exact(kept.cost.knownUsd), exact(whole.cost.knownUsd));
        QCOMPARE(kept.entities.size(), whole.entities.size());
        for (size_t i = 0; i < whole.entities.size(); ++i) {
            QCOMPARE(kept.entities[i].fits, whole.entities[i].fits);
            QCOMPARE(exact(kept.entities[i].fit), exact(whole.entities[i].fit));
        }
        QCOMPARE(QString::fromUtf8(checkJson(after, kept, catalog)),
                 QString::fromUtf8(checkJson(after, whole, catalog)));
        // The findings said to be kept, at the start and at the end, are those before the edit.
        const auto [first, atEnd] = context.findingsKept();
        QVERIFY(first + atEnd <= size_t(std::min(before.size(), kept.findings.size())));
        for (size_t f = 0; f < first; ++f)
            QCOMPARE(kept.findings[qsizetype(f)], before[qsizetype(f)]);
        for (size_t f = 1; f <= atEnd; ++f)
            QCOMPARE(kept.findings[kept.findings.size() - qsizetype(f)],
                     before[before.size() - qsizetype(f)]);
    }
    // Most edits took the incremental path: it is what was compared.
    QVERIFY2(incremental > 100, qPrintable(QString::number(incremental)));

    // A context made right after an entity's edit (another view of the document) starts whole, at
    // the project's users.
    const Entity &first = document.project().entities.front();
    document.placeEntity(first.id,
                         first.store.isEmpty() ? any(document.project().stores).id : QString());
    QVERIFY(document.changedEntity() >= 0);
    DesignContext late(&document);
    const Project &now = document.project();
    QCOMPARE(QString::fromUtf8(checkJson(now, late.analysis(), catalog)),
             QString::fromUtf8(checkJson(now, analyse(now, now.users, catalog), catalog)));
}

void TestDesignContext::layoutLossesFollowAnEdit_data()
{
    QTest::addColumn<int>("entities");
    for (const int n : {40, 256, 257, 768, 1000, 3000})
        QTest::addRow("%d", n) << n;
}

// too-many-stores' sums after one entity's score changed, updated, are bit for bit the sums made
// anew; up to 256 entities they are the plain sums in entity order.
void TestDesignContext::layoutLossesFollowAnEdit()
{
    QFETCH(int, entities);
    const Catalog &catalog = Catalog::builtin();
    const Project project = bench::generateProject(entities);
    Analysis a = analyse(project, project.users, catalog);
    const std::vector<int> &kinds = a.complexity.kinds;
    QVERIFY(kinds.size() > 1);
    // The traffic of the entities with a fit, in blocks of 256 in entity order, the blocks'
    // sums added pairwise in halves (the first half count / 2 blocks); up to 256 entities, the
    // plain sum in entity order.
    const auto pairwiseTraffic = [&a] {
        std::vector<double> blocks;
        for (size_t i = 0; i < a.entities.size(); ++i) {
            if (i % 256 == 0)
                blocks.push_back(0);
            blocks.back() += a.entities[i].fit >= 0 ? a.entities[i].traffic : 0;
        }
        const std::function<double(size_t, size_t)> pairwise = [&](size_t first, size_t count) {
            return count == 1 ? blocks[first]
                              : pairwise(first, count / 2) +
                                    pairwise(first + count / 2, count - count / 2);
        };
        return pairwise(0, blocks.size());
    };
    // Weights whose sum another order rounds differently: 2^53 for the first entity with a fit,
    // 1 for the first of each next block (2^53 + (1 + 1) is 2^53 + 2, (2^53 + 1) + 1 is 2^53).
    size_t weighted = SIZE_MAX; // the last block weighted
    for (size_t i = 0; i < a.entities.size(); ++i) {
        EntityScore &s = a.entities[i];
        s.traffic = 0;
        if (s.fit >= 0 && i / 256 != weighted) {
            s.traffic = weighted == SIZE_MAX ? std::ldexp(1.0, 53) : 1;
            weighted = i / 256;
        }
    }
    LayoutLosses kept(a.entities, kinds, catalog.kindCount());
    auto exact = [](double d) { return QString::number(d, 'g', 17); };
    QCOMPARE(exact(kept.traffic()), exact(pairwiseTraffic()));
    QRandomGenerator random(7);
    for (int edit = 0; edit < 20; ++edit) {
        const size_t i = size_t(random.bounded(entities));
        EntityScore &s = a.entities[i];
        s.kind = kinds[size_t(random.bounded(int(kinds.size())))];
        s.fit = s.fits[size_t(s.kind)];
        s.traffic = 0.3 + random.bounded(40) / 7.0;
        kept.update(a.entities, i);
        const LayoutLosses fresh(a.entities, kinds, catalog.kindCount());
        QCOMPARE(exact(kept.traffic()), exact(fresh.traffic()));
        for (size_t at = 0; at < kinds.size(); ++at)
            QCOMPARE(exact(kept.loss(at)), exact(fresh.loss(at)));
    }
    QCOMPARE(exact(kept.traffic()), exact(pairwiseTraffic()));
}

QTEST_MAIN(TestDesignContext)
#include "tst_designcontext.moc"
