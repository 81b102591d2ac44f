// storemap import against a real PostgreSQL server (tests/pgcluster.sh starts one and sets
// STOREMAP_TEST_PG; without it the tests that need a server skip) and against schema dumps.
#include "testutil.h"

#include "model/analysis.h"
#include "model/import/dbschema.h"
#include "model/import/schemadump.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace storemap;

Q_DECLARE_METATYPE(storemap::Frequency)
Q_DECLARE_METATYPE(storemap::Durability)

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out", timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(STOREMAP_BIN), args);
}

/// The superuser's URI of the test server, or empty when there is none.
QString server()
{
    return qEnvironmentVariable("STOREMAP_TEST_PG");
}

/// The URI of database @p name on the test server, as user @p user with @p password (the
/// superuser's by default).
QString database(const QString &name, const QString &user = {}, const QString &password = {})
{
    QUrl url(server());
    url.setPath(QLatin1Char('/') + name);
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isNull())
        url.setPassword(password);
    return url.toString();
}

QString psqlProgram()
{
    return qEnvironmentVariable("STOREMAP_TEST_PG_BIN") + QStringLiteral("/psql");
}

/// Runs SQL on the test server as the superuser; an empty string on success, else why not.
QString sql(const QString &db, const QString &statements)
{
    const Run r = run(psqlProgram(), {QStringLiteral("-X"), QStringLiteral("-q"),
                                      QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                      database(db), QStringLiteral("-c"), statements});
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

/// The e-commerce database with its measured workload, seeded once per run of this suite, right
/// before the first test that needs it; its imported project.
struct Shop
{
    QString error;
    Project project;
    QString file;
};

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

const Shop &shop()
{
    static const Shop seeded = [] {
        Shop s;
        const Run seed = run(test::sourcePath(QStringLiteral("tests/pgcluster.sh")),
                             {QStringLiteral("seed"), QStringLiteral("shop")}, 120000);
        if (seed.exitCode != 0) {
            s.error = QStringLiteral("seeding failed: ") + QString::fromUtf8(seed.err);
            return s;
        }
        s.file = workDir().filePath(QStringLiteral("shop.storemap"));
        const Run r =
            cli({QStringLiteral("import"), database(QStringLiteral("shop")), QStringLiteral("-o"),
                 s.file, QStringLiteral("--users"), QStringLiteral("1000000")});
        LoadError e;
        if (r.exitCode != 0)
            s.error = QStringLiteral("import failed: ") + QString::fromUtf8(r.err);
        else if (!readProjectFile(s.file, Catalog::builtin(), &s.project, &e))
            s.error = e.toString();
        return s;
    }();
    return seeded;
}

#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        if (server().isEmpty())                                                                    \
            QSKIP("no PostgreSQL test server: run the suite through tests/pgcluster.sh run "       \
                  "(scripts/test.sh does)");                                                       \
    } while (false)

Project importDump(const QString &path, QStringList *skipped = nullptr)
{
    DbSchema schema;
    QStringList notes;
    QString error;
    if (!readSchemaDumpFile(path, &schema, &notes, &error))
        qFatal("%s", qPrintable(error));
    if (skipped)
        *skipped = notes;
    return projectFromSchema(schema, 1000);
}

QString fixture()
{
    return test::sourcePath(QStringLiteral("tests/pg/shop-schema.sql"));
}

QStringList typesOf(const Entity &e)
{
    QStringList types;
    for (const Pattern &p : e.patterns) {
        QString t = toId(p.type);
        if (!p.with.isEmpty())
            t += QLatin1Char('>') + p.with;
        types << t;
    }
    types.sort();
    return types;
}

Frequency hottest(const Entity &e)
{
    Frequency f = Frequency::Low;
    for (const Pattern &p : e.patterns)
        f = std::max(f, p.frequency);
    return f;
}

const QString HostileName = QStringLiteral("we<ird>.Ta\"ble <script>ü 名前");
const QString LongName = QString(63, QLatin1Char('x'));

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void rates_data();
    void rates();
    void structure_data();
    void structure();
    void dumpIsUnmeasuredAndSaysWhere();
    void hostileNamesAreData();
    void sourceNoteIsKeptAndOptional();
    void liveStructure_data();
    void liveStructure();
    void pageViewsAndSessionsAreTheHottest();
    void checkRaisesTheLessonsMistakes_data();
    void checkRaisesTheLessonsMistakes();
    void adviseMovesAvatarsToObjectStorage();
    void dumpOfTheLiveDatabaseGivesTheSameEntities();
    void passwordIsNeverWritten();
    void badSources_data();
    void badSources();
    void silentServerTimesOut();
    void unwritableOutputExitsFour();
};

void TestImport::rates_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<Frequency>("frequency");
    QTest::newRow("idle") << 0.0 << Frequency::Low;
    QTest::newRow("one a minute") << 1.0 / 60 << Frequency::Low;
    QTest::newRow("one a second") << 1.0 << Frequency::Medium;
    QTest::newRow("ten a second") << 10.0 << Frequency::High;
    QTest::newRow("ninety-nine") << 99.0 << Frequency::High;
    QTest::newRow("a hundred") << 100.0 << Frequency::VeryHigh;
}

void TestImport::rates()
{
    QFETCH(double, perSecond);
    QFETCH(Frequency, frequency);
    QCOMPARE(frequencyForRate(perSecond), frequency);
}

// What the lesson's e-commerce schema looks like once imported: from its pg_dump --schema-only.
void TestImport::structure_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<Durability>("durability");
    const auto types = [](std::initializer_list<const char *> list) {
        QStringList l;
        for (const char *t : list)
            l << QString::fromUtf8(t);
        l.sort();
        return l;
    };
    QTest::newRow("users: two keys")
        << "users" << types({"lookup-by-key", "lookup-by-key"}) << Durability::Critical;
    QTest::newRow("orders join users")
        << "orders" << types({"lookup-by-key", "one-to-many-join>users"}) << Durability::Critical;
    QTest::newRow("payments join orders")
        << "payments" << types({"lookup-by-key", "lookup-by-key", "one-to-many-join>orders"})
        << Durability::Critical;
    QTest::newRow("products are searched")
        << "products" << types({"full-text-search", "lookup-by-key"}) << Durability::Critical;
    QTest::newRow("sessions are ephemeral")
        << "sessions" << types({"lookup-by-key", "one-to-many-join>users"})
        << Durability::Ephemeral;
    QTest::newRow("avatars are binary")
        << "avatars" << types({"binary-blob>users"}) << Durability::Critical;
    QTest::newRow("page views") << "page-views" << types({"lookup-by-key"}) << Durability::Critical;
}

void TestImport::structure()
{
    QFETCH(QString, id);
    QFETCH(QStringList, types);
    QFETCH(Durability, durability);
    const Project p = importDump(fixture());
    const Entity *e = p.entity(id);
    QVERIFY2(e, qPrintable(id));
    QCOMPARE(typesOf(*e), types);
    QCOMPARE(e->durability, durability);
    QCOMPARE(e->store, p.stores.front().id);
}

void TestImport::dumpIsUnmeasuredAndSaysWhere()
{
    QStringList skipped;
    const Project p = importDump(fixture(), &skipped);
    QCOMPARE(p.stores.size(), size_t(1));
    QCOMPARE(p.stores.front().kind, QStringLiteral("postgresql"));
    QCOMPARE(p.entities.size(), size_t(9));
    for (const Entity &e : p.entities) {
        for (const Pattern &pattern : e.patterns) {
            QCOMPARE(pattern.frequency, Frequency::Medium);
            QVERIFY2(pattern.source.contains(QStringLiteral("shop-schema.sql, line ")),
                     qPrintable(pattern.source));
            QVERIFY(pattern.source.contains(QStringLiteral("not measured")));
        }
    }
    // pg_dump's own statements (SET, sequences, owners, \restrict) are not worth a line.
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(QLatin1Char('\n'))));
}

void TestImport::hostileNamesAreData()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shop.storemap"));
    const Run r = cli({QStringLiteral("import"), fixture(), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    Project p;
    LoadError e;
    QVERIFY2(readProjectFile(out, Catalog::builtin(), &p, &e), qPrintable(e.toString()));
    QStringList names;
    for (const Entity &entity : p.entities)
        names << entity.name;
    QVERIFY2(names.contains(HostileName), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(LongName));
    const Entity *hostile = p.entity(QStringLiteral("we-ird-ta-ble-script-ü-名前"));
    QVERIFY(hostile);
    QCOMPARE(hostile->name, HostileName);
    // Written as JSON data: the quote is escaped, nothing else is needed.
    QVERIFY(test::readAll(out).contains(R"("name": "we<ird>.Ta\"ble <script>ü 名前")"));
}

// The source note is an optional field of format version 1: kept when given, absent otherwise, so
// a project without imported patterns is written byte for byte as before.
void TestImport::sourceNoteIsKeptAndOptional()
{
    Project p = importDump(fixture());
    Project back;
    QVERIFY(parseProject(serializeProject(p), Catalog::builtin(), &back, nullptr));
    QCOMPARE(back, p);
    QVERIFY(serializeProject(p).contains("\"source\": \"schema dump "));
    const QByteArray sample =
        test::readAll(test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap")));
    QVERIFY(!sample.contains("\"source\""));
    QCOMPARE(serializeProject(test::sample(QStringLiteral("ecommerce"))), sample);
}

void TestImport::liveStructure_data()
{
    structure_data();
}

void TestImport::liveStructure()
{
    REQUIRE_SERVER();
    QFETCH(QString, id);
    QFETCH(QStringList, types);
    QFETCH(Durability, durability);
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const Entity *e = s.project.entity(id);
    QVERIFY2(e, qPrintable(id));
    // Measured: insert-only tables append, small tables rewritten in place are counters.
    if (id == QLatin1String("page-views"))
        types = QStringList{"append-only-write", "lookup-by-key"};
    if (id == QLatin1String("payments")) // a ledger: paid, never changed
        types = QStringList{"append-only-write", "lookup-by-key", "lookup-by-key",
                            "one-to-many-join>orders"};
    if (id == QLatin1String("sessions"))
        types = QStringList{"increment-counter", "lookup-by-key", "one-to-many-join>users"};
    QCOMPARE(typesOf(*e), types);
    QCOMPARE(e->durability, durability);
    QCOMPARE(s.project.stores.size(), size_t(1));
    QCOMPARE(s.project.stores.front().name, QStringLiteral("shop"));
    for (const Pattern &p : e->patterns)
        QVERIFY2(p.source.contains(QStringLiteral("/s)")), qPrintable(p.source));
}

void TestImport::pageViewsAndSessionsAreTheHottest()
{
    REQUIRE_SERVER();
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const Entity *views = s.project.entity(QStringLiteral("page-views"));
    const Entity *sessions = s.project.entity(QStringLiteral("sessions"));
    QVERIFY(views && sessions);
    for (const Pattern &p : views->patterns) {
        if (p.type == PatternType::AppendOnlyWrite)
            QCOMPARE(p.frequency, Frequency::VeryHigh);
    }
    QCOMPARE(hottest(*sessions), Frequency::VeryHigh);
    for (const Entity &e : s.project.entities) {
        if (&e != views && &e != sessions)
            QVERIFY2(hottest(e) < Frequency::VeryHigh, qPrintable(e.id));
    }
}

void TestImport::checkRaisesTheLessonsMistakes_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("entity");
    QTest::newRow("avatars in bytea") << "binary-in-database"
                                      << "avatars";
    QTest::newRow("sessions in PostgreSQL") << "ephemeral-in-relational"
                                            << "sessions";
}

void TestImport::checkRaisesTheLessonsMistakes()
{
    REQUIRE_SERVER();
    QFETCH(QString, rule);
    QFETCH(QString, entity);
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const Run r = cli({QStringLiteral("check"), s.file, QStringLiteral("--json"),
                       QStringLiteral("--users"), QStringLiteral("1000000")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object()[u"findings"].toArray();
    bool found = false;
    for (const QJsonValue &f : findings) {
        const QJsonObject o = f.toObject();
        found |= o[u"rule"].toString() == rule && o[u"entity"].toString() == entity;
    }
    QVERIFY2(found, r.out.constData());
}

// Binary data never stays in a database: the imported avatars move to object storage.
void TestImport::adviseMovesAvatarsToObjectStorage()
{
    REQUIRE_SERVER();
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const Run r = cli({QStringLiteral("advise"), s.file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QString kind;
    for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object()[u"placements"].toArray()) {
        if (p.toObject()[u"entity"].toString() == QLatin1String("avatars"))
            kind = p.toObject()[u"kind"].toString();
    }
    QVERIFY2(kind == QLatin1String("s3") || kind == QLatin1String("r2"), r.out.constData());
}

void TestImport::dumpOfTheLiveDatabaseGivesTheSameEntities()
{
    REQUIRE_SERVER();
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QTemporaryDir dir;
    const QString dump = dir.filePath(QStringLiteral("shop.sql"));
    const Run d = run(qEnvironmentVariable("STOREMAP_TEST_PG_BIN") + QStringLiteral("/pg_dump"),
                      {QStringLiteral("--schema-only"), QStringLiteral("-f"), dump,
                       database(QStringLiteral("shop"))});
    QVERIFY2(d.exitCode == 0, d.err.constData());
    const QString out = dir.filePath(QStringLiteral("dump.storemap"));
    const Run r = cli({QStringLiteral("import"), dump, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    Project p;
    QVERIFY(readProjectFile(out, Catalog::builtin(), &p, nullptr));
    QStringList live, offline;
    for (const Entity &e : s.project.entities)
        live << e.id;
    for (const Entity &e : p.entities)
        offline << e.id;
    QCOMPARE(offline, live);
}

void TestImport::passwordIsNeverWritten()
{
    REQUIRE_SERVER();
    const Shop &s = shop();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const QString password = QUrl(server()).password();
    QVERIFY(!password.isEmpty());
    QVERIFY(!test::readAll(s.file).contains(password.toUtf8()));
}

void TestImport::badSources_data()
{
    QTest::addColumn<QString>("source"); // %DIR% is a temporary folder; %DB% a database URI
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("needsServer");
    QTest::addColumn<QString>("says");

    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const QString port = QString::number(closed.serverPort());
    closed.close();
    QTest::newRow("connection refused") << "postgresql://u@127.0.0.1:" + port + "/shop"
                                        << QByteArray() << false << "127.0.0.1:" + port;
    QTest::newRow("unknown host") << "host=no-such-host.invalid port=5432 dbname=shop"
                                  << QByteArray() << false << "no-such-host.invalid:5432";
    QTest::newRow("missing file") << "%DIR%/missing.sql" << QByteArray() << false << "missing.sql";
    QTest::newRow("not SQL: a project")
        << "%DIR%/dump.sql" << QByteArray("{\n  \"format\": \"storemap\"\n}\n") << false
        << "dump.sql:1:1: not valid SQL";
    QTest::newRow("not SQL: binary") << "%DIR%/dump.sql" << QByteArray("PNG\r\n\x1a\n\0\0", 9)
                                     << false << "dump.sql:3: not SQL text";
    QTest::newRow("syntax error, with its line")
        << "%DIR%/dump.sql" << QByteArray("SET x = 1;\n\nCREATE TABLE t (id int;\n") << false
        << "dump.sql:3:";
    QTest::newRow("no tables in the dump")
        << "%DIR%/dump.sql" << QByteArray("SET x = 1;\n") << false << "no CREATE TABLE";
    QTest::newRow("empty file") << "%DIR%/dump.sql" << QByteArray() << false << "no SQL statements";
    QTest::newRow("wrong password")
        << "%DB%shop?password=wrong" << QByteArray() << true << "password authentication failed";
    QTest::newRow("no permission") << "%DB%noperm" << QByteArray() << true << "permission denied";
    QTest::newRow("no user tables") << "%DB%empty" << QByteArray() << true << "no user tables";
}

void TestImport::badSources()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, content);
    QFETCH(bool, needsServer);
    QFETCH(QString, says);
    if (needsServer) {
        REQUIRE_SERVER();
        QVERIFY(shop().error.isEmpty());
    }
    QTemporaryDir dir;
    if (source.startsWith(QLatin1String("%DB%"))) {
        const QString name = source.mid(4).section(QLatin1Char('?'), 0, 0);
        if (name == QLatin1String("empty")) {
            sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE empty"));
        } else if (name == QLatin1String("noperm")) {
            sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE noperm"));
            sql(QStringLiteral("postgres"),
                QStringLiteral("CREATE ROLE reader LOGIN PASSWORD 'reader'"));
            sql(QStringLiteral("noperm"),
                QStringLiteral("CREATE TABLE t (id int); REVOKE SELECT ON "
                               "pg_catalog.pg_stat_user_tables FROM PUBLIC"));
        }
        source = name == QLatin1String("noperm")
                     ? database(name, QStringLiteral("reader"), QStringLiteral("reader"))
                     : database(name) + source.mid(4 + name.size());
    }
    source.replace(QStringLiteral("%DIR%"), dir.path());
    if (!content.isNull() || source.endsWith(QLatin1String("dump.sql"))) {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString out = dir.filePath(QStringLiteral("out.storemap"));
    const Run r = cli({QStringLiteral("import"), source, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 3, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

// A server that accepts the connection and never answers: the import gives up, it never hangs.
void TestImport::silentServerTimesOut()
{
    QTcpServer silent; // the kernel completes the handshake; nobody ever reads or answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString port = QString::number(silent.serverPort());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.storemap"));
    const Run r =
        cli({QStringLiteral("import"), QStringLiteral("postgresql://u@127.0.0.1:%1/shop").arg(port),
             QStringLiteral("-o"), out, QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("127.0.0.1:" + port.toUtf8()), r.err.constData());
    QVERIFY2(r.ms < 15000, qPrintable(QString::number(r.ms)));
    QVERIFY(!QFile::exists(out));
}

void TestImport::unwritableOutputExitsFour()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no/such/folder/out.storemap"));
    const Run r = cli({QStringLiteral("import"), fixture(), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("out.storemap"), r.err.constData());
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
