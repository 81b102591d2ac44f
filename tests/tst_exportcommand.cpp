#include "tests/testutil.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sample = QStringLiteral(STOREMAP_SOURCE_DIR "/resources/samples/ecommerce.storemap");

using storemap::test::Run;

Run run(const QStringList &args)
{
    return storemap::test::runProgram(QStringLiteral(STOREMAP_BIN),
                                      args); // the command line needs no display
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void writes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QByteArray>("startsWith");
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("svg") << QStringList{} << "d.svg" << QByteArray("<?xml")
                             << QByteArray(">Product catalog</text>");
        QTest::newRow("png") << QStringList{} << "d.png" << QByteArray("\x89PNG") << QByteArray();
        QTest::newRow("txt") << QStringList{} << "d.txt"
                             << QByteArray("E-commerce · 1,000,000 users · $")
                             << QByteArray("Application Layer");
        QTest::newRow("txt ascii")
            << QStringList{"--ascii"} << "a.txt" << QByteArray("E-commerce - 1,000,000 users - $")
            << QByteArray("| Users ");
        QTest::newRow("dot") << QStringList{} << "d.dot" << QByteArray("digraph storemap {")
                             << QByteArray("app -> store4:n;");
        QTest::newRow("md") << QStringList{} << "d.md"
                            << QByteArray("# Storage decision record: E-commerce")
                            << QByteArray("**PostgreSQL + Redis + S3**");
        QTest::newRow("format beats extension") << QStringList{"--format", "txt"} << "diagram.out"
                                                << QByteArray("E-commerce") << QByteArray("Dynamo");
    }
    void writes()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, output);
        QFETCH(QByteArray, startsWith);
        QFETCH(QByteArray, contains);
        const Run r = run(QStringList{"export", Sample, "-o", out(output)} + options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray bytes = storemap::test::readAll(out(output));
        QVERIFY(bytes.startsWith(startsWith));
        QVERIFY(bytes.contains(contains));
    }

    void transparentSvgHasNoBackground_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("background");
        QTest::newRow("white") << QStringList{} << true;
        QTest::newRow("transparent") << QStringList{"--transparent"} << false;
    }
    void transparentSvgHasNoBackground()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, background);
        QCOMPARE(run(QStringList{"export", Sample, "-o", out("bg.svg")} + options).exitCode, 0);
        // Graphviz paints the background first, right after the graph's title.
        QCOMPARE(storemap::test::readAll(out("bg.svg"))
                     .contains("<title>storemap</title>\n<polygon fill=\"white\""),
                 background);
    }

    void pngScale_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<double>("factor");
        QTest::newRow("2x") << QStringList{"--scale", "2"} << 2.0;
        QTest::newRow("2x with suffix") << QStringList{"--scale", "2x"} << 2.0;
        QTest::newRow("192 dpi") << QStringList{"--dpi", "192"} << 2.0;
        QTest::newRow("half") << QStringList{"--scale", "0.5"} << 0.5;
    }
    void pngScale()
    {
        QFETCH(QStringList, options);
        QFETCH(double, factor);
        QVERIFY(run({"export", Sample, "-o", out("one.png")}).exitCode == 0);
        const QImage one(out("one.png"));
        QVERIFY(run(QStringList{"export", Sample, "-o", out("scaled.png")} + options).exitCode ==
                0);
        const QImage scaled(out("scaled.png"));
        QVERIFY(!one.isNull() && !scaled.isNull());
        QVERIFY(qAbs(scaled.width() - one.width() * factor) <= 1.5);
        QVERIFY(qAbs(scaled.height() - one.height() * factor) <= 1.5);
    }

    void standardOutput()
    {
        const Run r = run({"export", Sample, "-o", "-", "--format", "txt", "--width", "60"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Application Layer"));
        for (const QByteArray &line : r.out.split('\n'))
            QVERIFY(QString::fromUtf8(line).size() <= 60);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString bad = QStringLiteral(STOREMAP_SOURCE_DIR "/tests/CMakeLists.txt");
        QTest::newRow("no file") << QStringList{"export"} << 2 << "needs a project file";
        QTest::newRow("no output") << QStringList{"export", Sample} << 2 << "-o OUT";
        QTest::newRow("unknown extension")
            << QStringList{"export", Sample, "-o", "x.pdf"} << 2 << "cannot tell the format";
        QTest::newRow("unknown format")
            << QStringList{"export", Sample, "-o", "x.svg", "--format", "gif"} << 2
            << "unknown format";
        QTest::newRow("bad scale")
            << QStringList{"export", Sample, "-o", "x.png", "--scale", "0"} << 2 << "--scale";
        QTest::newRow("bad width")
            << QStringList{"export", Sample, "-o", "x.txt", "--width", "wide"} << 2 << "--width";
        QTest::newRow("width on svg")
            << QStringList{"export", Sample, "-o", "x.svg", "--width", "80"} << 2 << "txt";
        QTest::newRow("scale on txt")
            << QStringList{"export", Sample, "-o", "x.txt", "--scale", "2"} << 2 << "png";
        QTest::newRow("unknown option")
            << QStringList{"export", Sample, "-o", "x.svg", "--colour"} << 2 << "--colour";
        QTest::newRow("missing input")
            << QStringList{"export", "/nonexistent/p.storemap", "-o", "x.svg"} << 3
            << "/nonexistent/p.storemap";
        QTest::newRow("not a project")
            << QStringList{"export", bad, "-o", "x.svg"} << 3 << "line 1";
        QTest::newRow("unwritable") << QStringList{"export", Sample, "-o", "/nonexistent/dir/x.svg"}
                                    << 4 << "could not write";
        QTest::newRow("input as output")
            << QStringList{"export", Sample, "-o", Sample, "--format", "txt"} << 4
            << "refusing to overwrite";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString &a : args) {
            if (a.startsWith(QLatin1String("x.")))
                a = out(a);
        }
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out(QStringLiteral("x.svg"))));
    }

    void failedWriteKeepsTheOldFile()
    {
        // A directory in the way: the export fails and the old file is left as it was.
        const QString target = out(QStringLiteral("keep.svg"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Run r = run({"export", Sample, "-o", target});
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (r.exitCode == 0)
            QSKIP("running as root: permissions do not stop writes");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(storemap::test::readAll(target), QByteArray("old"));
    }

    void badInputLeavesTheOutputAlone()
    {
        const QString target = out(QStringLiteral("previous.txt"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export");
        f.close();
        const Run r = run({"export", "/nonexistent/p.storemap", "-o", target});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(storemap::test::readAll(target), QByteArray("previous export"));
    }

    void helpListsExport()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("storemap export FILE -o OUT [--format svg|png|txt|dot|md|mmd]"));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
