#include "model/report.h"
#include "model/roadmap.h"
#include "tests/bench/generator.h"
#include "tests/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <unistd.h>

using namespace storemap;

namespace {

using test::Run;

/// Runs the real command line with no display at all, as a CI pipeline would; @p prefix runs it
/// through another program (env, valgrind), @p lang in that language.
Run run(const QStringList &args, const QString &program = QStringLiteral(STOREMAP_BIN),
        const QStringList &prefix = {}, const QString &lang = {})
{
    QProcessEnvironment env = test::environmentWithoutDisplay();
    if (!lang.isEmpty()) {
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
    }
    if (prefix.isEmpty())
        return test::runProgram(program, args, env);
    return test::runProgram(prefix.first(), prefix.mid(1) + QStringList{program} + args, env);
}

QString sample(const char *name)
{
    return test::sourcePath(QStringLiteral("resources/samples/") + QLatin1String(name));
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

/// The shared libraries @p program loads at start, as ldd lists them.
QByteArray sharedLibraries(const QString &program)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {program});
    return ldd.waitForFinished() ? ldd.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void mistypedVerbNeverStartsTheDesigner_data();
    void mistypedVerbNeverStartsTheDesigner();
    void badFilesExitThreeAndStayUntouched_data();
    void badFilesExitThreeAndStayUntouched();
    void checkJsonHasTheContractKeys();
    void checkJsonKeepsEveryEntityInOrder_data();
    void checkJsonKeepsEveryEntityInOrder();
    void noPatternsNoFit_data();
    void noPatternsNoFit();
    void namesWithMarkersStayAsTyped_data();
    void namesWithMarkersStayAsTyped();
    void adviseJsonHasTheContractKeys();
    void usersOverridesTheFile_data();
    void usersOverridesTheFile();
    void adviseWritesTheLayoutAsAProject();
    void adviseRefusesToOverwriteItsInput();
    void readOnlyFolderKeepsTheOldFile();
    void cannotReachTheNetwork_data();
    void cannotReachTheNetwork();
    void loadsNoGuiLibrary_data();
    void loadsNoGuiLibrary();
    void speaksTheSystemLanguage_data();
    void speaksTheSystemLanguage();
    void preferredLanguageOverridesTheSystem();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString eco = sample("ecommerce.storemap");
    const QString startup = sample("startup.storemap");
    QTest::newRow("--help") << QStringList{"--help"} << 0 << "storemap check FILE";
    QTest::newRow("--version") << QStringList{"--version"} << 0 << "storemap 0.";
    QTest::newRow("check") << QStringList{"check", eco} << 0 << "overall fit";
    QTest::newRow("advise") << QStringList{"advise", eco} << 0 << "Suggested layout";
    QTest::newRow("check without a file") << QStringList{"check"} << 2 << "needs a project file";
    QTest::newRow("unknown option")
        << QStringList{"check", eco, "--colour"} << 2 << "unknown option \"--colour\"";
    QTest::newRow("users not a number")
        << QStringList{"check", eco, "--users", "many"} << 2 << "--users takes a whole number";
    QTest::newRow("users zero") << QStringList{"check", eco, "--users", "0"} << 2
                                << "--users takes a whole number";
    QTest::newRow("bad --fail-on")
        << QStringList{"check", eco, "--fail-on", "info"} << 2 << "--fail-on takes";
    QTest::newRow("-o is for advise")
        << QStringList{"check", eco, "-o", "x.storemap"} << 2 << "unknown option \"-o\"";
    QTest::newRow("two files") << QStringList{"check", eco, startup} << 2 << "one too many";
    QTest::newRow("missing file") << QStringList{"check", "/no/such/file.storemap"} << 3
                                  << "cannot open";
    QTest::newRow("a folder") << QStringList{"check", "/tmp"} << 3 << "is a folder";
    QTest::newRow("fail on warning: five stores at a million users")
        << QStringList{"check", eco, "--fail-on", "warning"} << 1 << "too-many-stores";
    QTest::newRow("fail on error: no errors")
        << QStringList{"check", eco, "--fail-on", "error"} << 0 << "";
    QTest::newRow("fail on warning: clean startup")
        << QStringList{"check", startup, "--fail-on", "warning"} << 0 << "No findings";
    QTest::newRow("fail on warning: the startup grown")
        << QStringList{"check", startup, "--users", "1000000", "--fail-on", "warning"} << 1
        << "ephemeral-in-relational";
    QTest::newRow("a mistyped verb")
        << QStringList{"chek", eco} << 2 << "unknown verb \"chek\"; the verbs are check, advise";
    QTest::newRow("a mistyped verb alone") << QStringList{"advice"} << 2 << "unknown verb";
    QTest::newRow("the designer without a display")
        << QStringList{eco} << 2 << "no display to open the designer on";
    QTest::newRow("--format against the file's extension")
        << QStringList{"export", eco, "-o", "x.png", "--format", "svg"} << 2
        << "x.png names a png file, but --format asks for svg";
    QTest::newRow("--users=N form")
        << QStringList{"check", eco, "--users=100"} << 0 << "E-commerce at 100 users";
    QTest::newRow("--min-fit: every placed entity at 90 or more")
        << QStringList{"check", eco, "--min-fit", "90", "--fail-on", "error"} << 1
        << "below the required minimum of 90.0";
    QTest::newRow("--min-fit: a floor every entity clears")
        << QStringList{"check", eco, "--min-fit", "50", "--fail-on", "error"} << 0 << "";
    QTest::newRow("--min-fit takes a number")
        << QStringList{"check", eco, "--min-fit", "high"} << 2 << "--min-fit takes a fit";
    QTest::newRow("--min-fit is for check")
        << QStringList{"advise", eco, "--min-fit", "50"} << 2 << "unknown option \"--min-fit\"";
    QTest::newRow("advise -o into a missing folder")
        << QStringList{"advise", eco, "-o", "/no/such/dir/out.storemap"} << 4 << "could not write";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    const Run r = run(args);
    QCOMPARE(r.exitCode, code);
    const QString all = QString::fromUtf8(r.out + r.err);
    QVERIFY2(all.contains(says), qPrintable(all));
}

void TestCli::mistypedVerbNeverStartsTheDesigner_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("env");
    const QString cli = QStringLiteral(STOREMAP_BIN);
    const QString gui = QStringLiteral(STOREMAP_GUI_BIN);
    QTest::newRow("storemap, no display") << cli << QStringList{};
    QTest::newRow("storemap, a display") << cli << QStringList{"env", "DISPLAY=:97"};
    QTest::newRow("storemap, offscreen") << cli << QStringList{"env", "QT_QPA_PLATFORM=offscreen"};
    QTest::newRow("storemap-gui, no display") << gui << QStringList{};
    QTest::newRow("storemap-gui, a display") << gui << QStringList{"env", "DISPLAY=:97"};
}

void TestCli::mistypedVerbNeverStartsTheDesigner()
{
    QFETCH(QString, program);
    QFETCH(QStringList, env);
    const Run r = run({QStringLiteral("chek"), sample("ecommerce.storemap")}, program, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown verb \"chek\""), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::badFilesExitThreeAndStayUntouched_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("not JSON") << QByteArray("<xml/>") << "line 1, column 1: not valid JSON";
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"storemap","version":9,"stores":[],"entities":[]})")
        << "$.version: the file has format version 9";
    QTest::newRow("dangling store")
        << QByteArray(
               R"({"format":"storemap","version":1,"stores":[],"entities":[{"id":"a","name":"A","store":"x"}]})")
        << "$.entities[0].store: refers to store \"x\"";
    QTest::newRow("deep nesting") << QByteArray(5000, '{') << "nesting is deeper";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"format\":\"\xc3\x28\"}") << "not valid JSON";
    QTest::newRow("number overflow (found by fuzzing)")
        << QByteArray(
               R"({"format":"storemap","version":1,"scale":{"users":1e999},"stores":[],"entities":[]})")
        << "line 1, column 51: not valid JSON (number overflow";
    QTest::newRow("binary noise") << QByteArray::fromHex("00ff10fe7f80c0de") << "not valid JSON";
}

void TestCli::badFilesExitThreeAndStayUntouched()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.storemap"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    for (const QString &verb : {QStringLiteral("check"), QStringLiteral("advise")}) {
        const Run r = run({verb, path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(path) && err.contains(says), qPrintable(err));
    }
    QCOMPARE(test::readAll(path), text);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestCli::checkJsonKeepsEveryEntityInOrder_data()
{
    QTest::addColumn<int>("entities");
    // Blocks of 512 are shared out among the cores, 64 entities a core at least.
    for (const int n : {1, 127, 128, 513, 1100})
        QTest::addRow(n == 1 ? "1 entity" : "%d entities", n) << n;
}

// The report's entities and findings, written a block at a time on several threads, are each in
// its place, with what it says of itself.
void TestCli::checkJsonKeepsEveryEntityInOrder()
{
    QFETCH(int, entities);
    const Catalog &catalog = Catalog::builtin();
    const Project p = bench::generateProject(entities);
    const Analysis a = analyse(p, p.users, catalog);
    QByteArray streamed;
    QVERIFY(checkJson(p, a, catalog, [&](const char *data, size_t size) {
                streamed.append(data, qsizetype(size));
            }).isEmpty());
    QCOMPARE(streamed, checkJson(p, a, catalog));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(streamed, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray written = o[QLatin1String("entities")].toArray();
    QCOMPARE(written.size(), entities);
    for (int i = 0; i < entities; ++i) {
        const Entity &e = p.entities[size_t(i)];
        const QJsonObject w = written[i].toObject();
        QCOMPARE(w[QLatin1String("id")].toString(), e.id);
        QStringList reasons;
        for (const QJsonValue &r : w[QLatin1String("reasons")].toArray())
            reasons << r.toString();
        QCOMPARE(reasons, fitReasons(p, e, a.entities[size_t(i)], a.users, catalog));
        QCOMPARE(w[QLatin1String("what_if")].toArray().size(),
                 qsizetype(whatIfs(e, a.users, catalog).size()));
    }
    const QJsonArray findings = o[QLatin1String("findings")].toArray();
    QCOMPARE(findings.size(), qsizetype(a.findings.size()));
    for (qsizetype i = 0; i < findings.size(); ++i)
        QCOMPARE(findings[i][QLatin1String("message")].toString(), a.findings[size_t(i)].message());
}

void TestCli::checkJsonHasTheContractKeys()
{
    const Run r =
        run({QStringLiteral("check"), sample("ecommerce.storemap"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(keys(o), (QStringList{"complexity", "cost", "entities", "findings", "overall_fit",
                                   "project", "users"}));
    QCOMPARE(o[QLatin1String("project")].toString(), QStringLiteral("E-commerce"));
    QCOMPARE(o[QLatin1String("users")].toInteger(), 1000000);
    const QJsonArray entities = o[QLatin1String("entities")].toArray();
    QCOMPARE(entities.size(), 13);
    const QJsonObject users = entities[0].toObject();
    QCOMPARE(keys(users), (QStringList{"best_fit", "best_kind", "fit", "fits", "id", "kind", "name",
                                       "reasons", "store", "traffic", "what_if"}));
    // Every what-if names a change and a kind other than the best one.
    for (const QJsonValue &e : entities) {
        const QString best = e[QLatin1String("best_kind")].toString();
        for (const QJsonValue &w : e[QLatin1String("what_if")].toArray()) {
            QVERIFY(!w[QLatin1String("change")].toString().isEmpty());
            QVERIFY(w[QLatin1String("best_kind")].toString() != best);
        }
    }
    // Users: "Get user by email" and "Get user's orders", both high (weight 4 each).
    QCOMPARE(users[QLatin1String("traffic")].toDouble(), 8.0);
    QCOMPARE(users[QLatin1String("kind")].toString(), QStringLiteral("postgresql"));
    QCOMPARE(users[QLatin1String("fits")].toObject().size(), 8);
    QVERIFY(!users[QLatin1String("reasons")].toArray().isEmpty());
    const QJsonObject complexity = o[QLatin1String("complexity")].toObject();
    QCOMPARE(keys(complexity), (QStringList{"budget", "cost", "kinds"}));
    QCOMPARE(complexity[QLatin1String("kinds")].toArray().size(), 5);
    QVERIFY(complexity[QLatin1String("cost")].toDouble() >
            complexity[QLatin1String("budget")].toDouble());
    // Money: the sample's workload prices every store; the stores add up to the total, and each
    // line of a store names its price's month.
    const QJsonObject cost = o[QLatin1String("cost")].toObject();
    QCOMPARE(keys(cost), (QStringList{"monthly_usd", "prices_as_of", "stores"}));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$"))
                .match(cost[QLatin1String("prices_as_of")].toString())
                .hasMatch());
    const QJsonArray stores = cost[QLatin1String("stores")].toArray();
    QCOMPARE(stores.size(), 5);
    double total = 0;
    for (const QJsonValue &store : stores) {
        QCOMPARE(keys(store.toObject()), (QStringList{"kind", "lines", "monthly_usd", "store"}));
        QVERIFY(store[QLatin1String("monthly_usd")].toDouble() > 0);
        total += store[QLatin1String("monthly_usd")].toDouble();
        const QJsonArray lines = store[QLatin1String("lines")].toArray();
        QVERIFY(!lines.isEmpty());
        double sum = 0;
        for (const QJsonValue &line : lines) {
            const QString text = line.toString();
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\(20\\d\\d-\\d\\d, "))),
                     qPrintable(text));
            // "... = $1,234.56 (": the amount each line adds.
            const auto m =
                QRegularExpression(QStringLiteral("= \\$([0-9,]+\\.\\d\\d)")).match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            sum += m.captured(1).remove(QLatin1Char(',')).toDouble();
        }
        QVERIFY2(std::abs(sum - store[QLatin1String("monthly_usd")].toDouble()) <
                     0.01 * lines.size(),
                 qPrintable(store[QLatin1String("store")].toString()));
    }
    QVERIFY(std::abs(total - cost[QLatin1String("monthly_usd")].toDouble()) < 0.05);
    const QJsonArray findings = o[QLatin1String("findings")].toArray();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(keys(findings[0].toObject()),
             (QStringList{"entity", "message", "rule", "severity", "store"}));
    QCOMPARE(findings[0].toObject()[QLatin1String("rule")].toString(),
             QStringLiteral("too-many-stores"));
    QVERIFY(findings[0].toObject()[QLatin1String("entity")].isNull());
}

void TestCli::noPatternsNoFit_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("placed") << QStringLiteral("pg");
    QTest::newRow("unplaced") << QString();
}

// An entity without access patterns has no fit: null in JSON, "–" in text, and it does not count in
// the overall fit (lesson: identify your access patterns first).
void TestCli::noPatternsNoFit()
{
    QFETCH(QString, store);
    QTemporaryDir dir;
    Project p;
    p.name = QStringLiteral("Chat");
    p.stores.push_back(
        {QStringLiteral("pg"), QStringLiteral("postgresql"), QStringLiteral("Main")});
    Entity e;
    e.id = QStringLiteral("messages");
    e.name = QStringLiteral("Messages");
    e.store = store;
    p.entities.push_back(e);
    const QString path = dir.filePath(QStringLiteral("chat.storemap"));
    QVERIFY(test::writeProject(path, p));

    const Run json = run({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QVERIFY(o[QLatin1String("overall_fit")].isNull());
    const QJsonObject m = o[QLatin1String("entities")].toArray()[0].toObject();
    for (const char *key : {"fit", "best_kind", "best_fit"})
        QVERIFY2(m[QLatin1String(key)].isNull(), key);
    const QJsonObject fits = m[QLatin1String("fits")].toObject();
    QCOMPARE(fits.size(), 8);
    for (const QJsonValue &fit : fits)
        QVERIFY(fit.isNull());
    QVERIFY(m[QLatin1String("what_if")].toArray().isEmpty()); // no verdict to turn
    QVERIFY(m[QLatin1String("reasons")].toArray()[0].toString().contains(
        QLatin1String("No access patterns, so no fit")));

    const Run text = run({QStringLiteral("check"), path});
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("overall fit –")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("(no access patterns)")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("51")) && !out.contains(QLatin1String("50.")),
             qPrintable(out));
}

void TestCli::namesWithMarkersStayAsTyped_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("check") << QStringLiteral("check");
    QTest::newRow("advise") << QStringLiteral("advise");
}

// A name is text, never a format: "%2" in an entity's or a store's name is printed as typed, not
// replaced by the fit or the price that the line goes on to give.
void TestCli::namesWithMarkersStayAsTyped()
{
    QFETCH(QString, verb);
    QFile in(sample("ecommerce.storemap"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray entities = project[QLatin1String("entities")].toArray();
    QJsonObject first = entities[0].toObject();
    first[QLatin1String("name")] = QStringLiteral("Deals 50%2 off");
    entities[0] = first;
    project[QLatin1String("entities")] = entities;
    QJsonArray stores = project[QLatin1String("stores")].toArray();
    QJsonObject store = stores[0].toObject();
    store[QLatin1String("name")] = QStringLiteral("Main %1%2 <db>");
    stores[0] = store;
    project[QLatin1String("stores")] = stores;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markers.storemap"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(project).toJson());
    out.close();

    const Run r = run({verb, path});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    const QRegularExpression named(QStringLiteral("^  Deals 50%2 off {7}  \\d"));
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &l) { return l.contains(named); }),
             qPrintable(QString::fromUtf8(r.out)));
    if (verb == QLatin1String("check")) // the money lines name the store
        QVERIFY2(lines.contains(QStringLiteral("  Main %1%2 <db>        $24.84")),
                 qPrintable(QString::fromUtf8(r.out)));
}

void TestCli::adviseJsonHasTheContractKeys()
{
    const Run r = run({QStringLiteral("advise"), sample("ecommerce.storemap"),
                       QStringLiteral("--json"), QStringLiteral("--users"), QStringLiteral("100")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key : {"users", "kinds", "overall_fit", "complexity", "placements", "reasons"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o[QLatin1String("users")].toInteger(), 100);
    QCOMPARE(o[QLatin1String("kinds")].toArray(), (QJsonArray{"postgresql", "s3"}));
    QCOMPARE(keys(o[QLatin1String("complexity")].toObject()), (QStringList{"budget", "cost"}));
    const QJsonArray placements = o[QLatin1String("placements")].toArray();
    QCOMPARE(placements.size(), 13);
    QCOMPARE(keys(placements[0].toObject()), (QStringList{"entity", "fit", "kind"}));
    QVERIFY(!o[QLatin1String("reasons")].toArray().isEmpty());
}

void TestCli::usersOverridesTheFile_data()
{
    QTest::addColumn<QString>("users");
    QTest::addColumn<double>("budget");
    QTest::newRow("100") << "100" << 4.0;
    QTest::newRow("1000000") << "1000000" << 8.5;
    QTest::newRow("1000000000") << "1000000000" << 19.0;
}

void TestCli::usersOverridesTheFile()
{
    QFETCH(QString, users);
    QFETCH(double, budget);
    const Run r = run({QStringLiteral("check"), sample("startup.storemap"),
                       QStringLiteral("--json"), QStringLiteral("--users"), users});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QLatin1String("users")].toInteger(), users.toLongLong());
    QCOMPARE(o[QLatin1String("complexity")].toObject()[QLatin1String("budget")].toDouble(), budget);
}

void TestCli::adviseWritesTheLayoutAsAProject()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("advised.storemap"));
    const Run r = run({QStringLiteral("advise"), sample("ecommerce.storemap"), QStringLiteral("-o"),
                       out, QStringLiteral("--users"), QStringLiteral("1000000")});
    QCOMPARE(r.exitCode, 0);
    Project p;
    LoadError error;
    QVERIFY2(readProjectFile(out, Catalog::builtin(), &p, &error), qPrintable(error.toString()));
    QCOMPARE(p.users, qint64(1000000));
    QStringList kinds;
    for (const Store &s : p.stores)
        kinds << s.kind;
    QCOMPARE(kinds, (QStringList{"postgresql", "redis", "s3"}));
    const Run check =
        run({QStringLiteral("check"), out, QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QCOMPARE(check.exitCode, 0); // the advised layout raises no warning of its own
}

void TestCli::adviseRefusesToOverwriteItsInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.storemap"));
    QVERIFY(QFile::copy(sample("startup.storemap"), path));
    const QByteArray before = test::readAll(path);
    const Run r = run({QStringLiteral("advise"), path, QStringLiteral("-o"), path});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("refusing to overwrite the input file"));
    QCOMPARE(test::readAll(path), before);
}

void TestCli::readOnlyFolderKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.storemap"));
    const QString output = dir.filePath(QStringLiteral("out.storemap"));
    QVERIFY(QFile::copy(sample("ecommerce.storemap"), input));
    QVERIFY(QFile::copy(sample("startup.storemap"), output));
    const QByteArray before = test::readAll(output);
    // Root writes anywhere: run the command as "nobody", from a copy it may execute.
    const QString program = dir.filePath(QStringLiteral("storemap"));
    QVERIFY(QFile::copy(QStringLiteral(STOREMAP_BIN), program));
    const QStringList prefix =
        ::geteuid() == 0
            ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                          QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
            : QStringList{};
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readOnly));
    const Run r =
        run({QStringLiteral("advise"), input, QStringLiteral("-o"), output}, program, prefix);
    QFile::setPermissions(dir.path(), readOnly | QFileDevice::WriteOwner);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("could not write") && r.err.contains("unchanged"), r.err.constData());
    QCOMPARE(test::readAll(output), before);
}

void TestCli::cannotReachTheNetwork_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("storemap") << QStringLiteral(STOREMAP_BIN);
    QTest::newRow("storemap-gui") << QStringLiteral(STOREMAP_GUI_BIN);
}

// Opening a file cannot reach the network: neither program links a networking library at all.
void TestCli::cannotReachTheNetwork()
{
    QFETCH(QString, program);
    const QByteArray libraries = sharedLibraries(program);
    QVERIFY(libraries.contains("libQt6Core"));
    QVERIFY2(!libraries.contains("Network"), libraries.constData());
    QVERIFY2(!libraries.contains("libcurl"), libraries.constData());
}

void TestCli::loadsNoGuiLibrary_data()
{
    QTest::addColumn<QByteArray>("library");
    QTest::newRow("QtGui") << QByteArray("libQt6Gui");
    QTest::newRow("QtWidgets") << QByteArray("libQt6Widgets");
    QTest::newRow("QtSvg") << QByteArray("libQt6Svg");
}

// The command line starts about as fast as Graphviz's dot because it loads no GUI library: those
// and what they pull in (EGL, X11, xkbcommon, DBus...) cost ~5 ms at every start. The designer and
// PNG export, which need them, are storemap-gui's.
void TestCli::loadsNoGuiLibrary()
{
    QFETCH(QByteArray, library);
    const QByteArray libraries = sharedLibraries(QStringLiteral(STOREMAP_BIN));
    QVERIFY(libraries.contains("libQt6Core"));
    QVERIFY2(!libraries.contains(library), libraries.constData());
}

void TestCli::speaksTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString eco = sample("ecommerce.storemap");
    QTest::newRow("German help") << "de_DE.UTF-8" << QStringList{"--help"} << "Aufruf:";
    QTest::newRow("German findings, German numbers")
        << "de_DE.UTF-8" << QStringList{"check", eco} << "bei 1.000.000 Nutzern. MongoDB verdient";
    QTest::newRow("Chinese help") << "zh_CN.UTF-8" << QStringList{"--help"} << "用法";
    QTest::newRow("Chinese advice") << "zh_CN.UTF-8" << QStringList{"advise", eco} << "建议布局";
    QTest::newRow("English otherwise") << "fr_FR.UTF-8" << QStringList{"--help"} << "Usage:";
    QTest::newRow("German errors") << "de_DE.UTF-8" << QStringList{"check", "/no/such.storemap"}
                                   << "kann nicht geöffnet werden";
}

void TestCli::speaksTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args, QStringLiteral(STOREMAP_BIN), {}, lang);
    const QString all = QString::fromUtf8(r.out + r.err);
    QVERIFY2(all.contains(says), qPrintable(all.left(600)));
}

void TestCli::preferredLanguageOverridesTheSystem()
{
    QTemporaryDir config;
    QDir(config.path()).mkpath(QStringLiteral("Storemap"));
    QFile settings(config.filePath(QStringLiteral("Storemap/storemap.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nlanguage=zh_CN\n");
    settings.close();
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    const Run r = run({QStringLiteral("--help")}, QStringLiteral(STOREMAP_BIN), {},
                      QStringLiteral("de_DE.UTF-8"));
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("用法")), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
