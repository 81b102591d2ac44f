#include "model/jsondump.h"
#include "model/jsonscan.h"
#include "model/projectio.h"
#include "tests/bench/generator.h"
#include "tests/jsonevents.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace storemap;

namespace {

const QByteArray valid =
    R"({"format":"storemap","version":1,"stores":[{"id":"pg","kind":"postgresql"}],)"
    R"("entities":[{"id":"users","name":"Users","store":"pg","patterns":[)"
    R"({"name":"Get user","type":"lookup-by-key","frequency":"high"}]}]})";

QByteArray replaced(const char *from, const char *to)
{
    QByteArray text = valid;
    return text.replace(from, to);
}

} // namespace

class TestProjectIO : public QObject
{
    Q_OBJECT

private slots:
    void samplesRoundTripByteForByte_data();
    void samplesRoundTripByteForByte();
    void hostileNamesRoundTrip();
    void orderDoesNotMatter_data();
    void orderDoesNotMatter();
    void writtenAsNlohmannWritesIt_data();
    void writtenAsNlohmannWritesIt();
    void textWrittenAsNlohmannWritesIt_data();
    void textWrittenAsNlohmannWritesIt();
    void movingAnEntityIsOneLine();
    void defaults();
    void malformed_data();
    void malformed();
    void byteOrderMarkIsAccepted();
    void oversizedFileIsRefused();
    void newerFileIsNeverOverwritten();
    void failedWriteKeepsTheOldFile();
    void saveKeepsThePreviousVersion();
    void fullDiskKeepsTheOldFile();
    void schemaListsWhatTheLoaderAccepts();
    void limits_data();
    void limits();
    void unknownKeysAreNeitherUsedNorKept();
    void versionTwoOnlyWhenUsed_data();
    void versionTwoOnlyWhenUsed();
    void ratesDecideTheFrequency_data();
    void ratesDecideTheFrequency();
    void streamReadsAsTheTreeDoes_data();
    void streamReadsAsTheTreeDoes();
    void scanReadsAsNlohmannDoes_data();
    void scanReadsAsNlohmannDoes();
};

void TestProjectIO::samplesRoundTripByteForByte_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("ecommerce") << "ecommerce.storemap";
    QTest::newRow("startup") << "startup.storemap";
}

void TestProjectIO::samplesRoundTripByteForByte()
{
    QFETCH(QString, sample);
    const QByteArray bytes =
        test::readAll(test::sourcePath(QStringLiteral("resources/samples/") + sample));
    Project p;
    LoadError error;
    QVERIFY2(parseProject(bytes, Catalog::builtin(), &p, &error), qPrintable(error.toString()));
    QCOMPARE(serializeProject(p), bytes);
}

namespace {

using ordered = nlohmann::ordered_json;

// What dumpJson must write as nlohmann does: each string escape, numbers, nesting.
const std::vector<std::pair<const char *, ordered>> &jsonValues()
{
    static const std::vector<std::pair<const char *, ordered>> values = [] {
        std::string everyAscii;
        for (int c = 1; c < 0x80; ++c)
            everyAscii += char(c);
        ordered deep = ordered::array({1, "x"}); // indented past the writer's usual run
        for (int i = 0; i < 20; ++i)
            deep = ordered{{"level", deep}, {"more", ordered::array({i})}};
        return std::vector<std::pair<const char *, ordered>>{
            {"twenty levels deep", deep},
            {"every ASCII character", everyAscii},
            {"NUL inside", std::string("a\0b", 3)},
            {"quotes, angle brackets, backslash", R"(<b>"x" \ 'y'</b>)"},
            {"UTF-8", "é ünï 🚀 · — 中文"},
            {"invalid UTF-8", "bad \xC3\x28 and \xED\xA0\x80 lone \xFF"},
            {"ASCII key, UTF-8 value", ordered{{"k\t\"", "ü"}}},
            {"numbers",
             ordered::array({0, -1, 79.0, 0.1, 88.5, 1e16, 1e-5, -0.0, 1.7976931348623157e308,
                             std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<qint64>::min(),
                             std::numeric_limits<quint64>::max(), true, false, nullptr})},
            {"nested and empty",
             ordered{{"a", ordered::array()},
                     {"b", ordered::object()},
                     {"c", ordered::array({ordered::object(), ordered::array({1})})},
                     {"d", ordered{{"e", ordered{{"f", "g"}}}}}}},
        };
    }();
    return values;
}

} // namespace

// A file as Storemap writes it is read as it is parsed, entity by entity; in any other order, or
// with a key twice, it is read as a whole tree. Either way the project is the same.
void TestProjectIO::orderDoesNotMatter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("entities before stores") << QByteArray(
        R"({"entities":[{"id":"users","name":"Users","store":"pg","patterns":[)"
        R"({"name":"Get user","type":"lookup-by-key","frequency":"high"}]}],)"
        R"("format":"storemap","version":1,"stores":[{"id":"pg","kind":"postgresql"}]})");
    QTest::newRow("entities twice, the last kept")
        << replaced("\"entities\":[", "\"entities\":[],\"entities\":[");
    QTest::newRow("stores twice, the last kept")
        << replaced("\"stores\":[", "\"stores\":[{\"id\":\"x\",\"kind\":\"s3\"}],\"stores\":[");
}

void TestProjectIO::orderDoesNotMatter()
{
    QFETCH(QByteArray, text);
    Project expected;
    Project read;
    LoadError error;
    QVERIFY(parseProject(valid, Catalog::builtin(), &expected, &error));
    QVERIFY2(parseProject(text, Catalog::builtin(), &read, &error), qPrintable(error.toString()));
    QCOMPARE(serializeProject(read), serializeProject(expected));
    QCOMPARE(read.entities.size(), size_t(1));
}

// Files and reports are written by dumpJson, which escapes ASCII itself; every byte must be the
// one nlohmann's dump wrote before, or every saved project would show a change in git.
void TestProjectIO::writtenAsNlohmannWritesIt_data()
{
    QTest::addColumn<int>("value");
    for (size_t i = 0; i < jsonValues().size(); ++i)
        QTest::newRow(jsonValues()[i].first) << int(i);
}

void TestProjectIO::writtenAsNlohmannWritesIt()
{
    QFETCH(int, value);
    const ordered &j = jsonValues()[size_t(value)].second;
    const std::string expected = j.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
    QCOMPARE(dumpJson(j), QByteArray::fromStdString(expected));
    QCOMPARE(
        dumpJson(ordered::array({j, j})),
        QByteArray::fromStdString(
            ordered::array({j, j}).dump(2, ' ', false, ordered::error_handler_t::replace) + "\n"));
}

void TestProjectIO::textWrittenAsNlohmannWritesIt_data()
{
    QTest::addColumn<QString>("text");
    QString everyAscii;
    for (char16_t c = 1; c < 0x80; ++c)
        everyAscii += QChar(c);
    QTest::newRow("every ASCII character") << everyAscii;
    QTest::newRow("a quote at the 17th") << QStringLiteral("0123456789abcdef\"tail");
    QTest::newRow("non-ASCII in the first 16") << QStringLiteral("0123456789abcd\u00e9f0123");
    QTest::newRow("non-ASCII after 16") << QStringLiteral("0123456789abcdef0123\u00e9");
    QTest::newRow("a long reason") << QString(
        QStringLiteral("lookup-by-key \"Get user\" (high, weight 3): 9 on Redis. ").repeated(20));
    QTest::newRow("longer than the stack") << QString(600, QLatin1Char('x')) + QLatin1Char('"');
    QTest::newRow("a lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("abc");
    QTest::newRow("empty") << QString();
}

// Report text is written from UTF-16 (ASCII narrowed as it goes): the same bytes as nlohmann
// writes for the same text in UTF-8.
void TestProjectIO::textWrittenAsNlohmannWritesIt()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginArray().value(text).end();
    const ordered expected = ordered::array({text.toStdString()});
    QCOMPARE(w.finish(),
             QByteArray::fromStdString(
                 expected.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n"));
}

void TestProjectIO::hostileNamesRoundTrip()
{
    Project p = test::loadSample(QStringLiteral("startup.storemap"));
    p.name = QStringLiteral("\"quoted\" <b>bold</b> & {braces} | pipes\nnew line 数据库 \\ back");
    p.entities[0].name = QStringLiteral("</script><script>alert(1)</script>");
    p.entities[0].description = QStringLiteral("tab\there, emoji \U0001F600, nul-free");
    p.notes = QStringLiteral("Postgres first: the lesson.\n\n- measured <b>2k</b> qps");
    p.entities[1].notes = QStringLiteral("| pipes | and **stars** ~~~");
    p.stores[0].name = QStringLiteral("Postgres \"primary\" [main]");
    Project back;
    LoadError error;
    QVERIFY2(parseProject(serializeProject(p), Catalog::builtin(), &back, &error),
             qPrintable(error.toString()));
    QCOMPARE(back, p);
}

void TestProjectIO::movingAnEntityIsOneLine()
{
    Project p = test::loadSample(QStringLiteral("ecommerce.storemap"));
    const QList<QByteArray> before = serializeProject(p).split('\n');
    p.entities[size_t(p.entityIndex(QStringLiteral("sessions")))].store =
        QStringLiteral("postgres");
    const QList<QByteArray> after = serializeProject(p).split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        changed += before[i] != after[i];
    QCOMPARE(changed, 1);
}

void TestProjectIO::defaults()
{
    const QByteArray text =
        R"({"format":"storemap","version":1,"stores":[],)"
        R"("entities":[{"id":"a","name":"A","patterns":[{"type":"aggregation"}]}]})";
    Project p;
    LoadError error;
    QVERIFY2(parseProject(text, Catalog::builtin(), &p, &error), qPrintable(error.toString()));
    QCOMPARE(p.users, DefaultUsers);
    QCOMPARE(p.users, qint64(1000));
    const Entity &e = p.entities.front();
    QCOMPARE(e.schema, SchemaKind::Fixed);
    QCOMPARE(e.durability, Durability::Critical);
    QVERIFY(e.store.isEmpty());
    QCOMPARE(e.patterns.front().frequency, Frequency::Medium);
}

void TestProjectIO::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty file") << QByteArray() << ""
                                << "the file is empty";
    QTest::newRow("only white space") << QByteArray(" \n\t\n") << ""
                                      << "the file is empty";
    QTest::newRow("not JSON") << QByteArray("hello, storemap") << "line 1, column 1"
                              << "not valid JSON";
    QTest::newRow("truncated") << valid.left(80) << "line 1, column 81"
                               << "not valid JSON";
    QTest::newRow("garbage after the object") << valid + " }"
                                              << "line 1"
                                              << "not valid JSON";
    QTest::newRow("error on a later line")
        << QByteArray("{\n  \"format\": \"storemap\",\n  \"version\": 1,,\n}")
        << "line 3, column 16"
        << "not valid JSON";
    QTest::newRow("wrong root type") << QByteArray("[1, 2, 3]") << "$"
                                     << "expected a JSON object";
    QTest::newRow("not a Storemap file") << QByteArray(R"({"name":"x","version":1})") << "$"
                                         << "missing required key \"format\"";
    QTest::newRow("another format") << replaced("\"storemap\"", "\"drawio\"") << "$.format"
                                    << "not a Storemap project file";
    QTest::newRow("version as text")
        << replaced("\"version\":1", "\"version\":\"1\"") << "$.version"
        << "expected a whole number, found a string";
    QTest::newRow("newer version") << replaced("\"version\":1", "\"version\":7") << "$.version"
                                   << "format version 7, written by a newer Storemap";
    QTest::newRow("stores not an array") << replaced("\"stores\":[", "\"stores\":{\"a\":[")
                                                .replace("}],\"entities", "}]},\"entities")
                                         << "$.stores"
                                         << "expected an array, found an object";
    QTest::newRow("missing entities") << replaced(",\"entities\":", ",\"things\":") << "$"
                                      << "missing required key \"entities\"";
    // Entities are read as they are parsed; the first error named is still the whole file's.
    QTest::newRow("a bad entity, then broken JSON")
        << replaced("\"name\":\"Users\"", "\"name\":42").chopped(2) << "line 1"
        << "not valid JSON";
    QTest::newRow("an entity that is not an object")
        << replaced("\"entities\":[", "\"entities\":[\"users\",") << "$.entities[0]"
        << "expected an entity object, found a string";
    QTest::newRow("a project field after the entities, wrong") << valid.chopped(1) + ",\"notes\":5}"
                                                               << "$.notes"
                                                               << "expected a string";
    QTest::newRow("too many entities")
        << replaced(
               "\"entities\":[{",
               ("\"entities\":[" + QByteArray("{},").repeated(limits::Entities) + "{").constData())
        << "$.entities"
        << "items; at most";
    QTest::newRow("name of the wrong type")
        << replaced("\"name\":\"Users\"", "\"name\":42") << "$.entities[0].name"
        << "expected a string, found a number";
    QTest::newRow("empty name") << replaced("\"name\":\"Users\"", "\"name\":\"  \"")
                                << "$.entities[0].name"
                                << "must not be empty";
    QTest::newRow("unknown store kind")
        << replaced("\"postgresql\"", "\"oracle\"") << "$.stores[0].kind"
        << "unknown store kind \"oracle\"";
    QTest::newRow("unknown pattern type")
        << replaced("\"lookup-by-key\"", "\"teleport\"") << "$.entities[0].patterns[0].type"
        << "unknown value \"teleport\"";
    QTest::newRow("pattern type with a NUL after its id")
        << replaced("\"lookup-by-key\"", "\"lookup-by-key\\u0000\"")
        << "$.entities[0].patterns[0].type"
        << "unknown value";
    QTest::newRow("unknown frequency")
        << replaced("\"high\"", "\"sometimes\"") << "$.entities[0].patterns[0].frequency"
        << "expected one of low, medium, high, very-high";
    // Version 2's numbers: each bad one named by its path.
    const auto rate = [](const char *value) {
        return replaced("\"frequency\":\"high\"",
                        QByteArray("\"frequency\":\"high\",\"perSecond\":") + value);
    };
    const auto workload = [](const char *value) {
        return replaced("\"store\":\"pg\"", QByteArray("\"store\":\"pg\",\"workload\":") + value);
    };
    const QString at = QStringLiteral("$.entities[0].patterns[0].perSecond");
    QTest::newRow("negative rate") << rate("-5") << at << "expected a number from 0";
    QTest::newRow("rate as text") << rate("\"fast\"") << at << "expected a number, found a string";
    QTest::newRow("absurd rate") << rate("1e12") << at << "from 0 to 1e+09";
    QTest::newRow("workload not an object") << workload("[]") << "$.entities[0].workload"
                                            << "expected a workload object, found an array";
    QTest::newRow("fractional items")
        << workload("{\"items\":1.5}") << "$.entities[0].workload.items"
        << "expected a whole number of items";
    QTest::newRow("negative items") << workload("{\"items\":-1}") << "$.entities[0].workload.items"
                                    << "expected a number from 0";
    QTest::newRow("empty items") << workload("{\"itemBytes\":0}")
                                 << "$.entities[0].workload.itemBytes"
                                 << "expected a number above 0";
    QTest::newRow("absurd egress")
        << workload("{\"egressGBPerMonth\":1e12}") << "$.entities[0].workload.egressGBPerMonth"
        << "from 0 to 1e+09";
    QTest::newRow("negative memory")
        << replaced("\"kind\":\"postgresql\"", "\"kind\":\"redis\",\"memoryGB\":-16")
        << "$.stores[0].memoryGB"
        << "expected a number above 0";
    QTest::newRow("operates an unknown kind")
        << replaced(",\"stores\"", ",\"operates\":[\"kafka\",\"oracle\"],\"stores\"")
        << "$.operates[1]"
        << "unknown store kind \"oracle\"";
    QTest::newRow("operates a kind twice")
        << replaced(",\"stores\"", ",\"operates\":[\"kafka\",\"kafka\"],\"stores\"")
        << "$.operates[1]"
        << "\"kafka\" is listed twice";
    QTest::newRow("operates not a list")
        << replaced(",\"stores\"", ",\"operates\":\"kafka\",\"stores\"") << "$.operates"
        << "expected an array of store kinds";
    QTest::newRow("version 0") << replaced("\"version\":1", "\"version\":0") << "$.version"
                               << "expected version 1 or 2, found 0";
    QTest::newRow("unknown schema")
        << replaced("\"store\":\"pg\"", "\"store\":\"pg\",\"schema\":\"loose\"")
        << "$.entities[0].schema"
        << "expected one of fixed, flexible";
    QTest::newRow("duplicate entity ids")
        << replaced("}]}]}", "}]},{\"id\":\"users\",\"name\":\"Again\"}]}") << "$.entities[1].id"
        << "duplicate entity id \"users\"";
    QTest::newRow("duplicate store ids")
        << replaced("\"kind\":\"postgresql\"}",
                    "\"kind\":\"postgresql\"},{\"id\":\"pg\",\"kind\":\"s3\"}")
        << "$.stores[1].id"
        << "duplicate store id \"pg\"";
    QTest::newRow("dangling store")
        << replaced("\"store\":\"pg\"", "\"store\":\"mongo\"") << "$.entities[0].store"
        << "refers to store \"mongo\", which is not defined";
    QTest::newRow("dangling with")
        << replaced("\"frequency\":\"high\"", "\"frequency\":\"high\",\"with\":\"ghost\"")
        << "$.entities[0].patterns[0].with"
        << "refers to entity \"ghost\"";
    QTest::newRow("missing id") << replaced("\"id\":\"users\",", "") << "$.entities[0]"
                                << "missing required key \"id\"";
    QTest::newRow("control character in id")
        << replaced("\"id\":\"users\"", "\"id\":\"us\\u0007ers\"") << "$.entities[0].id"
        << "control characters";
    QTest::newRow("C1 control character in id")
        << replaced("\"id\":\"users\"", "\"id\":\"us\\u0085ers\"") << "$.entities[0].id"
        << "control characters";
    QTest::newRow("DEL in id") << replaced("\"id\":\"users\"", "\"id\":\"us\\u007fers\"")
                               << "$.entities[0].id"
                               << "control characters";
    QTest::newRow("entity is not an object")
        << replaced("\"entities\":[{", "\"entities\":[\"users\",{") << "$.entities[0]"
        << "expected an entity object, found a string";
    QTest::newRow("negative users")
        << replaced("\"stores\"", "\"scale\":{\"users\":-5},\"stores\"") << "$.scale.users"
        << "expected between 1 and 100000000000 users, found -5";
    QTest::newRow("absurd users") << replaced("\"stores\"",
                                              "\"scale\":{\"users\":1e300},\"stores\"")
                                  << "$.scale.users"
                                  << "whole number";
    QTest::newRow("users beyond 64 bits")
        << replaced("\"stores\"", "\"scale\":{\"users\":184467440737095516150},\"stores\"")
        << "$.scale.users"
        << "whole number";
    QTest::newRow("number beyond any type")
        << replaced("\"stores\"", "\"scale\":{\"users\":7e29370647096},\"stores\"")
        << "line 1, column 51"
        << "number overflow parsing '7e29370647096'";
    QTest::newRow("too many users")
        << replaced("\"stores\"", "\"scale\":{\"users\":18446744073709551615},\"stores\"")
        << "$.scale.users"
        << "expected between 1 and 100000000000 users";
    QTest::newRow("name too long")
        << replaced("\"Users\"", ("\"" + QByteArray(300, 'x') + "\"").constData())
        << "$.entities[0].name"
        << "at most 200";
    QTest::newRow("invalid UTF-8") << replaced("Users", "Us\xff\xfe") << "line 1, column"
                                   << "not valid JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "line 1, column 33"
                                  << "nesting is deeper than 32";
    QTest::newRow("deep nesting inside a valid key")
        << replaced(
               "\"stores\"",
               ("\"x\":" + QByteArray(40, '[') + QByteArray(40, ']') + ",\"stores\"").constData())
        << "line 1"
        << "nesting is deeper";
}

void TestProjectIO::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, says);
    Project p;
    p.name = QStringLiteral("untouched");
    LoadError error;
    QVERIFY(!parseProject(text, Catalog::builtin(), &p, &error));
    QCOMPARE(p.name, QStringLiteral("untouched"));
    QVERIFY2(where.isEmpty() ? error.where.isEmpty() : error.where.startsWith(where),
             qPrintable(error.toString()));
    QVERIFY2(error.message.contains(says), qPrintable(error.toString()));
    QVERIFY(error.toString().contains(error.message));
}

void TestProjectIO::byteOrderMarkIsAccepted()
{
    Project p;
    LoadError error;
    QVERIFY2(parseProject("\xEF\xBB\xBF" + valid, Catalog::builtin(), &p, &error),
             qPrintable(error.toString()));
    QCOMPARE(p.entities.size(), size_t(1));
}

void TestProjectIO::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.storemap"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(limits::FileBytes + 1)); // sparse: costs no disk
    f.close();
    Project p;
    LoadError error;
    QVERIFY(!readProjectFile(path, Catalog::builtin(), &p, &error));
    QVERIFY2(error.message.contains(QLatin1String("at most 64 MiB")), qPrintable(error.toString()));
}

void TestProjectIO::newerFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.storemap"));
    const QByteArray future = replaced("\"version\":1", "\"version\":3");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(future);
    }
    Project p;
    LoadError error;
    QVERIFY(!readProjectFile(path, Catalog::builtin(), &p, &error));
    QVERIFY(error.newerVersion);
    QString writeError;
    QVERIFY(
        !writeProjectFile(path, test::loadSample(QStringLiteral("startup.storemap")), &writeError));
    QVERIFY2(writeError.contains(QLatin1String("newer Storemap")), qPrintable(writeError));
    QCOMPARE(test::readAll(path), future);
}

void TestProjectIO::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.storemap"));
    const Project p = test::loadSample(QStringLiteral("startup.storemap"));
    QString error;
    QVERIFY2(writeProjectFile(path, p, &error), qPrintable(error));
    const QByteArray before = test::readAll(path);
    QCOMPARE(before, serializeProject(p));
    QVERIFY(
        !writeProjectFile(dir.filePath(QStringLiteral("no/such/folder/x.storemap")), p, &error));
    QVERIFY2(error.contains(QLatin1String("could not write")), qPrintable(error));
    QCOMPARE(test::readAll(path), before);
}

void TestProjectIO::saveKeepsThePreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.storemap"));
    Project p = test::loadSample(QStringLiteral("startup.storemap"));
    QString error;
    QVERIFY(writeProjectFile(path, p, &error));
    QVERIFY(!QFile::exists(backupPath(path))); // nothing to back up the first time
    const QByteArray first = test::readAll(path);
    p.name = QStringLiteral("Second");
    QVERIFY(writeProjectFile(path, p, &error));
    QCOMPARE(test::readAll(path), serializeProject(p));
    QCOMPARE(test::readAll(backupPath(path)), first);
    p.name = QStringLiteral("Third");
    QVERIFY(writeProjectFile(path, p, &error));
    QVERIFY(test::readAll(backupPath(path)).contains("\"Second\""));
}

// A full disk, simulated with the file-size limit: writing past it fails as ENOSPC would.
void TestProjectIO::fullDiskKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.storemap"));
    Project p = test::loadSample(QStringLiteral("ecommerce.storemap"));
    QString error;
    QVERIFY(writeProjectFile(path, p, &error));
    const QByteArray before = test::readAll(path);
    p.entities[0].description = QString(limits::TextLength, QLatin1Char('x'));
    QVERIFY(serializeProject(p).size() > before.size() + 4096);

    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = rlim_t(before.size() + 1024);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool wrote = writeProjectFile(path, p, &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!wrote);
    QVERIFY2(error.contains(QLatin1String("could not write")) &&
                 error.contains(QLatin1String("unchanged")),
             qPrintable(error));
    QCOMPARE(test::readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("mine.storemap")});
}

void TestProjectIO::schemaListsWhatTheLoaderAccepts()
{
    const QJsonObject schema =
        QJsonDocument::fromJson(
            test::readAll(test::sourcePath(QStringLiteral("resources/storemap.schema.json"))))
            .object();
    const QJsonObject defs = schema[QLatin1String("$defs")].toObject();
    auto enumOf = [&](const char *def, const char *property) {
        QStringList values;
        const QJsonObject props =
            defs[QLatin1String(def)].toObject()[QLatin1String("properties")].toObject();
        for (const QJsonValue &v :
             props[QLatin1String(property)].toObject()[QLatin1String("enum")].toArray())
            values << v.toString();
        return values;
    };
    QStringList kinds;
    for (const KindInfo &k : Catalog::builtin().kinds())
        kinds << k.id;
    QStringList kindEnum;
    for (const QJsonValue &v :
         defs[QLatin1String("kind")].toObject()[QLatin1String("enum")].toArray())
        kindEnum << v.toString();
    QCOMPARE(kindEnum, kinds);
    QStringList types;
    for (const char *id : patternTypeIds())
        types << QLatin1String(id);
    QCOMPARE(enumOf("pattern", "type"), types);
    QStringList frequencies;
    for (const char *id : frequencyIds())
        frequencies << QLatin1String(id);
    QCOMPARE(enumOf("pattern", "frequency"), frequencies);
    QCOMPARE(schema[QLatin1String("required")].toArray(),
             (QJsonArray{"format", "version", "stores", "entities"}));
}

namespace {

QByteArray projectWith(int stores, int entities, int patterns, int nameLength, int idLength,
                       int descriptionLength, int depth)
{
    QByteArray text =
        "{\"format\":\"storemap\",\"version\":1,\"extra\":" + QByteArray(depth - 1, '[') +
        QByteArray(depth - 1, ']') + ",\"stores\":[";
    for (int i = 0; i < stores; ++i)
        text +=
            (i ? ",{\"id\":\"s" : "{\"id\":\"s") + QByteArray::number(i) + "\",\"kind\":\"s3\"}";
    text += "],\"entities\":[";
    for (int i = 0; i < entities; ++i) {
        text += (i ? ",{\"id\":\"" : "{\"id\":\"") +
                (i == 0 ? QByteArray(idLength, 'i') : "e" + QByteArray::number(i)) +
                "\",\"name\":\"" + (i == 0 ? QByteArray(nameLength, 'n') : QByteArray("E")) + "\"";
        if (i == 0) {
            text +=
                ",\"description\":\"" + QByteArray(descriptionLength, 'd') + "\",\"patterns\":[";
            for (int j = 0; j < patterns; ++j)
                text += j ? ",{\"type\":\"aggregation\"}" : "{\"type\":\"aggregation\"}";
            text += "]";
        }
        text += "}";
    }
    return text + "]}";
}

} // namespace

void TestProjectIO::limits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("refusal"); // empty: loads
    using namespace limits;
    const int s = 2, e = 2, p = 2, n = 10, i = 10, d = 10, depth = 2;
    QTest::newRow("stores at the limit") << projectWith(Stores, e, p, n, i, d, depth) << "";
    QTest::newRow("stores beyond")
        << projectWith(Stores + 1, e, p, n, i, d, depth) << "$.stores: 1001 items; at most 1000";
    QTest::newRow("entities at the limit") << projectWith(s, Entities, p, n, i, d, depth) << "";
    QTest::newRow("entities beyond") << projectWith(s, Entities + 1, p, n, i, d, depth)
                                     << "$.entities: 100001 items; at most 100000";
    QTest::newRow("patterns at the limit")
        << projectWith(s, e, PatternsPerEntity, n, i, d, depth) << "";
    QTest::newRow("patterns beyond") << projectWith(s, e, PatternsPerEntity + 1, n, i, d, depth)
                                     << "$.entities[0].patterns: 1001 patterns; at most 1000";
    QTest::newRow("name at the limit") << projectWith(s, e, p, NameLength, i, d, depth) << "";
    QTest::newRow("name beyond") << projectWith(s, e, p, NameLength + 1, i, d, depth)
                                 << "$.entities[0].name: is 201 characters long; at most 200";
    QTest::newRow("id at the limit") << projectWith(s, e, p, n, IdLength, d, depth) << "";
    QTest::newRow("id beyond") << projectWith(s, e, p, n, IdLength + 1, d, depth)
                               << "$.entities[0].id: is 101 characters long; at most 100";
    QTest::newRow("description at the limit")
        << projectWith(s, e, p, n, i, TextLength, depth) << "";
    QTest::newRow("description beyond") << projectWith(s, e, p, n, i, TextLength + 1, depth)
                                        << "$.entities[0].description: is 10001 characters long";
    QTest::newRow("nesting at the limit") << projectWith(s, e, p, n, i, d, Depth) << "";
    QTest::newRow("nesting beyond") << projectWith(s, e, p, n, i, d, Depth + 1)
                                    << "line 1, column 73: nesting is deeper than 32 levels";
}

void TestProjectIO::limits()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, refusal);
    Project p;
    LoadError error;
    const bool loaded = parseProject(text, Catalog::builtin(), &p, &error);
    if (refusal.isEmpty()) {
        QVERIFY2(loaded, qPrintable(error.toString()));
    } else {
        QVERIFY(!loaded);
        QVERIFY2(error.toString().startsWith(refusal), qPrintable(error.toString()));
    }
}

// A shared file is data: keys Storemap does not know (paths, URLs, commands, Graphviz attributes)
// do nothing, and saving drops them.
void TestProjectIO::unknownKeysAreNeitherUsedNorKept()
{
    const QByteArray text =
        R"({"format":"storemap","version":1,"include":"/etc/passwd","url":"http://example.com",)"
        R"("stores":[{"id":"pg","kind":"postgresql","exec":"rm -rf /","dot":"shape=none"}],)"
        R"("entities":[{"id":"a","name":"A","store":"pg","path":"../../secret","patterns":[]}]})";
    Project p;
    LoadError error;
    QVERIFY2(parseProject(text, Catalog::builtin(), &p, &error), qPrintable(error.toString()));
    const QByteArray saved = serializeProject(p);
    for (const char *word : {"include", "passwd", "url", "exec", "rm -rf", "dot", "path", "secret"})
        QVERIFY2(!saved.contains(word), word);
}

void TestProjectIO::versionTwoOnlyWhenUsed_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("nothing of version 2") << "";
    QTest::newRow("a workload") << "workload";
    QTest::newRow("a rate") << "perSecond";
    QTest::newRow("a store's memory") << "memoryGB";
    QTest::newRow("the kinds the team operates") << "operates";
}

// A project is written as version 2 only when it uses a version 2 field; read back, it is the
// same project, byte for byte (the startup sample, using none, stays version 1).
void TestProjectIO::versionTwoOnlyWhenUsed()
{
    QFETCH(QString, field);
    Project p = test::versionOne(test::sample());
    Entity &videos = p.entities[size_t(p.entityIndex(QStringLiteral("videos")))];
    if (field == QLatin1String("workload"))
        videos.workload = {200'000, 250e6, 51'200};
    else if (field == QLatin1String("perSecond"))
        videos.patterns.front().perSecond = 40.5;
    else if (field == QLatin1String("memoryGB"))
        p.stores[size_t(p.storeIndex(QStringLiteral("redis")))].memoryGB = 16;
    else if (field == QLatin1String("operates"))
        p.operates = {QStringLiteral("kafka"), QStringLiteral("redis")};
    const QByteArray text = serializeProject(p);
    const int version = field.isEmpty() ? 1 : 2;
    QCOMPARE(formatVersionOf(p), version);
    QVERIFY(text.contains(QStringLiteral("\"version\": %1,").arg(version).toUtf8()));
    if (!field.isEmpty())
        QVERIFY(text.contains(QStringLiteral("\"%1\"").arg(field).toUtf8()));
    if (field == QLatin1String("workload"))
        QVERIFY(text.contains("\"itemBytes\": 250000000,")); // whole numbers stay whole
    Project back;
    LoadError error;
    QVERIFY2(parseProject(text, Catalog::builtin(), &back, &error), qPrintable(error.toString()));
    if (field == QLatin1String("perSecond"))
        videos.patterns.front().frequency = Frequency::High; // 40.5/s: the rate decides
    QCOMPARE(back, p);
    QCOMPARE(serializeProject(back), text);
}

void TestProjectIO::ratesDecideTheFrequency_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<QString>("frequency");
    QTest::newRow("0/s") << 0.0 << "low";
    QTest::newRow("0.99/s") << 0.99 << "low";
    QTest::newRow("1/s") << 1.0 << "medium";
    QTest::newRow("9.9/s") << 9.9 << "medium";
    QTest::newRow("10/s") << 10.0 << "high";
    QTest::newRow("99/s") << 99.0 << "high";
    QTest::newRow("100/s") << 100.0 << "very-high";
    QTest::newRow("50,000/s") << 50000.0 << "very-high";
}

// Where a rate is given it decides the word, whatever word the file says.
void TestProjectIO::ratesDecideTheFrequency()
{
    QFETCH(double, perSecond);
    QFETCH(QString, frequency);
    const QByteArray text =
        replaced("\"frequency\":\"high\"",
                 QStringLiteral("\"frequency\":\"low\",\"perSecond\":%1").arg(perSecond).toUtf8());
    Project p;
    LoadError error;
    QVERIFY2(parseProject(text, Catalog::builtin(), &p, &error), qPrintable(error.toString()));
    QCOMPARE(toId(p.entities.front().patterns.front().frequency), frequency);
    QCOMPARE(p.entities.front().patterns.front().perSecond, perSecond);
}

void TestProjectIO::streamReadsAsTheTreeDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *file :
         {"resources/samples/ecommerce.storemap", "resources/samples/startup.storemap",
          "tests/published/discord-2017.storemap", "tests/published/shopify-2024.storemap"})
        QTest::newRow(file) << test::readAll(test::sourcePath(QLatin1String(file)));
    QTest::newRow("every field") << replaced(
        R"("store":"pg",)",
        R"("store":"pg","description":"Who signs in","notes":"PII","schema":"flexible",)"
        R"("durability":"cache","workload":{"egressGBPerMonth":2.5,"items":1000,)"
        R"("itemBytes":512},)");
    QTest::newRow("a rate before its word")
        << replaced(R"("frequency":"high")", R"("perSecond":12.5,"frequency":"low")");
    QTest::newRow("escapes and other scripts")
        << replaced(R"("name":"Users")", R"("name":"\"Us\\ers\"\n<b>\u00e9 \ud83d\ude00 日本")");
    QTest::newRow("no store, a link to itself")
        << replaced(R"("store":"pg")", R"("store":null)")
               .replace(R"("frequency":"high")", R"("frequency":"high","with":"users")");
    QTest::newRow("a key it does not know")
        << replaced(R"("name":"Users")", R"("name":"Users","colour":[1,{"a":2}])");
    QTest::newRow("a key twice") << replaced(R"("name":"Users")", R"("name":"U","name":"Users")");
    QTest::newRow("fields after the entities") << replaced("]}]}", R"(]}],"name":"After"})");
    // Refused by both, in the same words.
    QTest::newRow("items not whole")
        << replaced(R"("store":"pg")", R"("store":"pg","workload":{"items":2.5})");
    QTest::newRow("a store not defined") << replaced(R"("store":"pg")", R"("store":"mysql")");
    QTest::newRow("two entities, one id")
        << replaced("}]}]}", R"(}]},{"id":"users","name":"Again"}]})");
    QTest::newRow("a pattern without a type") << replaced(R"("type":"lookup-by-key",)", "");
    QTest::newRow("null for a name") << replaced(R"("name":"Users")", R"("name":null)");
    QTest::newRow("too deep inside an entity") << replaced(
        R"("name":"Users")",
        (R"("name":"Users","x":)" + QByteArray(40, '[') + QByteArray(40, ']')).constData());

    // Large files, as Storemap writes them, are read in two parts, split between two entities
    // past the middle; whatever is in either part, the result is the tree's.
    Project large = bench::generateProject(1500);
    large.entities.front().patterns.front().with = large.entities.back().id; // across the split
    const QByteArray big = serializeProject(large);
    QVERIFY(big.size() > 512 * 1024);
    const auto bigReplaced = [&big](const char *entity, const char *from, const char *to) {
        const qsizetype at = big.indexOf(QByteArray("\"id\": \"") + entity + '"');
        const qsizetype where = big.indexOf(from, at);
        return QByteArray(big).replace(where, qsizetype(std::strlen(from)), to);
    };
    QTest::newRow("large") << big;
    QTest::newRow("large, one id in both parts")
        << bigReplaced("entity-1499", "\"id\": \"entity-1499\"", "\"id\": \"entity-3\"");
    QTest::newRow("large, one id twice in the second part")
        << bigReplaced("entity-1499", "\"id\": \"entity-1499\"", "\"id\": \"entity-1498\"");
    QTest::newRow("large, a value refused in the second part")
        << bigReplaced("entity-1400", "\"schema\": \"", "\"schema\": \"bogus-");
    QTest::newRow("large, a store not defined in the second part")
        << bigReplaced("entity-1400", "\"store\": \"store-", "\"store\": \"nowhere-");
    QTest::newRow("large, a link to no entity in the first part") << bigReplaced(
        "entity-2", "\"patterns\": [", R"("patterns": [{"type": "transaction", "with": "gone"},)");
    QTest::newRow("large, fields after the entities")
        << QByteArray(big).insert(big.lastIndexOf('}'), ", \"notes\": \"after\"");
    QTest::newRow("large, not valid JSON at its end") << big.left(big.size() - 3);
    Project stores; // its middle among the stores: the first part never reaches the entities
    for (int i = 0; i < limits::Stores; ++i)
        stores.stores.push_back({QStringLiteral("s%1").arg(i), QStringLiteral("redis"),
                                 QString(limits::NameLength, QLatin1Char('n'))});
    for (int i = 0; i < 25; ++i) {
        Entity e;
        e.id = QStringLiteral("e%1").arg(i);
        e.name = e.id;
        e.notes = QString(limits::TextLength, QLatin1Char('x'));
        e.store = QStringLiteral("s%1").arg(i);
        stores.entities.push_back(e);
    }
    stores.name = QStringLiteral("Stores");
    QTest::newRow("large, its middle among the stores") << serializeProject(stores);
}

// parseProject() reads entities as the parser goes; whatever it reads, and whatever it refuses, is
// what reading the whole file as a tree gives.
void TestProjectIO::streamReadsAsTheTreeDoes()
{
    QFETCH(QByteArray, text);
    Project streamed;
    Project whole;
    LoadError streamError;
    LoadError wholeError;
    const bool read = parseProject(text, Catalog::builtin(), &streamed, &streamError);
    QCOMPARE(read, parseProjectWhole(text, Catalog::builtin(), &whole, &wholeError));
    QCOMPARE(streamError.toString(), wholeError.toString());
    QVERIFY(streamed == whole);
    QCOMPARE(serializeProject(streamed), serializeProject(whole));
    if (read)
        QVERIFY(!streamed.entities.empty());
    else
        QVERIFY(!streamError.message.isEmpty());
}

void TestProjectIO::scanReadsAsNlohmannDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // "read", "refused", or "left" to nlohmann
    const auto row = [](const char *name, const QByteArray &text, const char *expected) {
        QTest::newRow(name) << text << QString::fromLatin1(expected);
    };
    row("a sample",
        test::readAll(test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap"))),
        "read");
    row("every escape", R"(["\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\u0000\u007f"])", "read");
    row("an escaped surrogate pair", R"(["\ud83d\ude00"])", "left");
    row("a lone escaped surrogate", R"(["\ud800"])", "refused");
    row("a bad escape", R"(["\x41"])", "refused");
    row("a short \\u", R"(["\u00e"])", "refused");
    row("UTF-8 of two, three and four bytes", "[\"\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"]",
        "read");
    row("an overlong UTF-8", "[\"\xC0\x80\"]", "refused");
    row("a UTF-8 surrogate", "[\"\xED\xA0\x80\"]", "refused");
    row("beyond U+10FFFF", "[\"\xF4\x90\x80\x80\"]", "refused");
    row("a sequence cut short", "[\"\xE2\x82\"]", "refused");
    row("a sequence cut by the end", "[\"\xE2", "refused");
    row("a raw control character", "[\"a\tb\"]", "refused");
    row("a raw DEL", "[\"a\x7f\"]", "read");
    row("long plain runs", "[\"" + QByteArray(100, 'x') + "\\\"" + QByteArray(40, 'y') + "\"]",
        "read");
    row("numbers", "[0,-0,1.5,-1.5e-3,1E+2,2e-308,0.1,18446744073709551615,-9223372036854775808]",
        "read");
    row("above the largest unsigned", "[18446744073709551616]", "left");
    row("below the smallest signed", "[-9223372036854775809]", "left");
    row("a double too large", "[1e400]", "refused");
    row("a leading zero", "[01]", "refused");
    row("a point without digits", "[1.]", "refused");
    row("no digits before the point", "[.5]", "refused");
    row("an exponent without digits", "[1e]", "refused");
    row("a minus alone", "[-]", "refused");
    row("a plus", "[+1]", "refused");
    row("literals", "[true,false,null]", "read");
    row("a literal cut short", "[tru]", "refused");
    row("nesting", R"({"a":[1,{"b":null,"c":[]}],"d":{}})", "read");
    row("a key twice", R"({"a":1,"a":2})", "read");
    row("white space", " \t\r\n[ 1 , { \"a\" : 2 } ] \n", "read");
    row("a byte order mark", "\xEF\xBB\xBF{}", "read");
    row("half a byte order mark", "\xEF\xBB{}", "refused");
    row("a comma too many", "[1,]", "refused");
    row("a comma too many in an object", R"({"a":1,})", "refused");
    row("no colon", R"({"a" 1})", "refused");
    row("a key that is not a string", "{1:2}", "refused");
    row("text after the value", "[1] x", "refused");
    row("two values", "1 2", "refused");
    row("a bare value", "\"text\"", "read");
    row("unclosed", R"({"a":[1)", "refused");
    row("closed wrongly", "[1}", "refused");
    row("nothing", "", "refused");
    row("a NUL outside strings", QByteArray("[1,\0 2]", 7), "refused");
}

// scanJson() reads what nlohmann reads, with the same events in the same order; where it stops
// on valid JSON, nlohmann reads it (the loader falls back to it).
void TestProjectIO::scanReadsAsNlohmannDoes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    test::JsonEvents scanned;
    test::JsonEvents parsed;
    const bool scan = scanJson(text.constBegin(), text.constEnd(), scanned);
    const bool parse = ordered::sax_parse(text.constBegin(), text.constEnd(), &parsed);
    QCOMPARE(scan ? "read" : parse ? "left" : "refused", expected);
    if (scan)
        QCOMPARE(scanned.seen, parsed.seen);
}

QTEST_GUILESS_MAIN(TestProjectIO)
#include "tst_projectio.moc"
