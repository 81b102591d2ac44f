#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sample = QStringLiteral(STOREMAP_SOURCE_DIR "/resources/samples/startup.storemap");

using storemap::test::Run;

/// No display, and settings and recovery files of its own: the designer opens on the file given.
QProcessEnvironment environment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

Run run(const QString &program, const QStringList &args, const QTemporaryDir &dir)
{
    return storemap::test::runProgram(program, args, environment(dir));
}

/// A copy of storemap alone in DIR/bin, as if installed there; returns its path.
QString installStoremap(const QTemporaryDir &dir)
{
    const QString bin = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/bin");
    QDir().mkpath(bin);
    const QString program = bin + QStringLiteral("/storemap");
    QFile::copy(QStringLiteral(STOREMAP_BIN), program);
    return program;
}

} // namespace

// storemap links QtCore only; the designer and PNG export are storemap-gui's, which storemap
// execs in its own process.
class TestHandOver : public QObject
{
    Q_OBJECT

private slots:
    void findsTheGui_data()
    {
        QTest::addColumn<QString>("guiPath"); // relative to storemap's folder
        QTest::newRow("next to storemap (the build tree)") << "storemap-gui";
        QTest::newRow("installed in libexec")
            << QStringLiteral(STOREMAP_GUI_DIR_FROM_BINDIR "/storemap-gui");
    }
    void findsTheGui()
    {
        QFETCH(QString, guiPath);
        QTemporaryDir dir;
        const QString storemap = installStoremap(dir);
        const QString gui = QFileInfo(storemap).dir().filePath(guiPath);
        QDir().mkpath(QFileInfo(gui).path());
        QVERIFY(QFile::link(QStringLiteral(STOREMAP_GUI_BIN), gui));

        const QString png = dir.filePath(QStringLiteral("out.png"));
        const Run r =
            run(storemap, {QStringLiteral("export"), Sample, QStringLiteral("-o"), png}, dir);
        QCOMPARE(r.exitCode, 0);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
    }

    void missingGuiSaysWhereItLooked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("the designer") << QStringList{};
        QTest::newRow("the designer on a file") << QStringList{Sample};
        QTest::newRow("a PNG export") << QStringList{"export", Sample, "-o", "out.png"};
    }
    void missingGuiSaysWhereItLooked()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString storemap = installStoremap(dir);
        const QDir bin = QFileInfo(storemap).dir();
        const Run r = run(storemap, args, dir);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("storemap-gui")) &&
                     err.contains(QStringLiteral("could not be started")),
                 qPrintable(err));
        for (const QString &place : {QStringLiteral("storemap-gui"),
                                     QStringLiteral(STOREMAP_GUI_DIR_FROM_BINDIR "/storemap-gui")})
            QVERIFY2(err.contains(QDir::cleanPath(bin.filePath(place))), qPrintable(err));
    }

    // Scripts and tests that start storemap and signal its pid reach the designer: exec keeps it.
    void designerRunsInTheSameProcess()
    {
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(environment(dir));
        process.start(QStringLiteral(STOREMAP_BIN), {Sample});
        QVERIFY(process.waitForStarted());
        const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(exe).symLinkTarget(),
                                  QFileInfo(QStringLiteral(STOREMAP_GUI_BIN)).canonicalFilePath(),
                                  30000);
        process.kill();
        process.waitForFinished();
    }

    // --quit-after-shown counts from storemap's start, across the hand-over.
    void startUpProbeReportsThroughStoremap()
    {
        QTemporaryDir dir;
        const Run r =
            run(QStringLiteral(STOREMAP_BIN), {QStringLiteral("--quit-after-shown"), Sample}, dir);
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression line(
            QStringLiteral("^shown after \\d+ ms; peak memory \\d+ MiB\n$"));
        QVERIFY2(line.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"
