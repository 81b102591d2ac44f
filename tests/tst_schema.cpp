#include "model/advisor.h"
#include "model/merge.h"
#include "tests/testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace storemap;

namespace {

Project withVersionTwo(const QString &field)
{
    Project p = test::versionOne(test::sample());
    Entity &videos = p.entities[size_t(p.entityIndex(u"videos"))];
    if (field == QLatin1String("workload"))
        videos.workload = {200'000, 250e6, 51'200.5};
    else if (field == QLatin1String("perSecond"))
        videos.patterns.front().perSecond = 0.25;
    else if (field == QLatin1String("memoryGB"))
        p.stores[size_t(p.storeIndex(u"redis"))].memoryGB = 0.5;
    else if (field == QLatin1String("operates"))
        p.operates = {QStringLiteral("kafka"), QStringLiteral("redis")};
    return p;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void everyFileStoremapWritesValidates_data();
    void everyFileStoremapWritesValidates();
};

void TestSchema::everyFileStoremapWritesValidates_data()
{
    QTest::addColumn<std::vector<Project>>("projects");
    QTest::addColumn<QStringList>("commands"); // storemap runs writing into the folder, {out}
    const Catalog &c = Catalog::builtin();
    QTest::newRow("the samples, version 1 and 2")
        << std::vector{test::sample(), test::sample(QStringLiteral("startup")),
                       test::versionOne(test::sample())}
        << QStringList{};
    QTest::newRow("each field of version 2 alone")
        << std::vector{withVersionTwo(QStringLiteral("workload")),
                       withVersionTwo(QStringLiteral("perSecond")),
                       withVersionTwo(QStringLiteral("memoryGB")),
                       withVersionTwo(QStringLiteral("operates"))}
        << QStringList{};
    Project hostile = test::sample();
    hostile.name = QStringLiteral("<script>\"quotes\" & 'apostrophes'</script>");
    hostile.entities.front().notes = QStringLiteral("line one\nline two\t\"quoted\"");
    QTest::newRow("hostile names, notes, an empty project")
        << std::vector{hostile, Project{}} << QStringList{};
    const Project sample = test::sample();
    QTest::newRow("advised and merged")
        << std::vector{applyAdvice(sample, advise(sample, 100, c), c),
                       applyAdvice(sample, advise(sample, 30'000'000, c), c),
                       mergeProjects(test::sample(), withVersionTwo(QStringLiteral("operates")),
                                     withVersionTwo(QStringLiteral("memoryGB")))
                           .merged}
        << QStringList{};
    QTest::newRow("written by the command line: advise -o, import of a dump")
        << std::vector<Project>{}
        << QStringList{
               "advise " +
                   test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap")) +
                   " --users 30000000 -o {out}/advised.storemap",
               "import " + test::sourcePath(QStringLiteral("tests/pg/shop-schema.sql")) +
                   " -o {out}/imported.storemap"};
}

void TestSchema::everyFileStoremapWritesValidates()
{
    QFETCH(std::vector<Project>, projects);
    QFETCH(QStringList, commands);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (size_t i = 0; i < projects.size(); ++i)
        QVERIFY(
            test::writeProject(dir.filePath(QStringLiteral("p%1.storemap").arg(i)), projects[i]));
    for (const QString &command : commands) {
        const QStringList args =
            QString(command).replace(QStringLiteral("{out}"), dir.path()).split(QLatin1Char(' '));
        const test::Run r = test::runStoremap(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QStringList files;
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("*.storemap")}))
        files << dir.filePath(name);
    QCOMPARE(files.size(), qsizetype(projects.size()) + commands.size());
    const QString errors = test::schemaErrors(files);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
