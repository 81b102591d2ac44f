#include "tests/guifixture.h"

#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "app/recoveryfile.h"
#include "model/catalog.h"
#include "model/designcontext.h"

#include "model/commands/commands.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace storemap;

class TestFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartOpensSample();
    void badFileKeepsProject_data();
    void badFileKeepsProject();
    void openInitialReadsInBackground_data();
    void openInitialReadsInBackground();
    void saveLoadRoundTrip();
    void titleShowsNameAndModifiedMark();
    void askBeforeDiscarding_data();
    void askBeforeDiscarding();
    void closeAsksAboutChanges_data();
    void closeAsksAboutChanges();
    void recentFiles();
    void reopensLastFile();
    void editsScheduleAutosave();
    void restoreFromRecoveryFile();
    void declinedRecoveryIsDiscarded();
    void failedAutosaveIsReported();
    void newProjectAndSample();
    void changedOnDisk_data();
    void changedOnDisk();
    void ownSaveAsksNothing();

private:
    MainWindow *makeWindow();
    test::ScriptedPrompts *m_prompts = nullptr;
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoremapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_files"));
    QVERIFY(m_dir.isValid());
}

MainWindow *TestFiles::makeWindow()
{
    auto *window = new MainWindow;
    m_prompts = new test::ScriptedPrompts;
    window->setPrompts(m_prompts);
    return window;
}

void TestFiles::init()
{
    QSettings().clear();
    RecoveryFile().discard();
    m_window = makeWindow();
}

void TestFiles::cleanup()
{
    delete m_window;
    m_window = nullptr;
    RecoveryFile().discard();
}

void TestFiles::firstStartOpensSample()
{
    m_window->openInitial(QString());
    QCOMPARE(m_window->document()->project(), test::sample());
    QVERIFY(m_window->filePath().isEmpty());
    QVERIFY(!m_window->isWindowModified());
}

void TestFiles::badFileKeepsProject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("malformed JSON")
        << QByteArray("{\n  \"format\": \"storemap\",\n  oops\n}") << "line 3";
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"storemap","version":99,"stores":[],"entities":[]})")
        << "version";
    QTest::newRow("dangling store")
        << QByteArray(R"({"format":"storemap","version":1,"stores":[],)"
                      R"("entities":[{"id":"a","name":"A","store":"nowhere"}]})")
        << "$.entities[0].store";
    QTest::newRow("missing file") << QByteArray() << "";
}

void TestFiles::badFileKeepsProject()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    m_window->openInitial(QString());
    m_window->document()->undoStack()->push(new PlaceEntityCommand(
        m_window->document(), QStringLiteral("users"), QStringLiteral("mongo")));
    const Project before = m_window->document()->project();
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.storemap").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    m_prompts->unsaved = Prompts::Unsaved::Discard;
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(m_window->document()->project(), before);
    QVERIFY(m_window->document()->undoStack()->canUndo()); // history kept too
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.first().contains(where), qPrintable(m_prompts->errors.first()));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text); // never touched
    }
}

// The designer's start-up with a file: read on another thread while the window builds itself,
// then opened as File > Open opens it; a file that cannot be read says why and where, and the
// sample opens instead.
void TestFiles::openInitialReadsInBackground_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    Project edited = test::sample();
    edited.name = QStringLiteral("Read in the background");
    edited.users = 42'000;
    QTest::newRow("a project") << serializeProject(edited) << "";
    QTest::newRow("malformed JSON")
        << QByteArray("{\n  \"format\": \"storemap\",\n  oops\n}") << "line 3";
    QTest::newRow("missing file") << QByteArray() << "cannot open";
}

void TestFiles::openInitialReadsInBackground()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(
        QStringLiteral("start-%1.storemap").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    m_window->openInitial(path, readProjectFileInBackground(path, Catalog::builtin()));
    if (error.isEmpty()) {
        Project expected;
        LoadError unused;
        QVERIFY(parseProject(text, Catalog::builtin(), &expected, &unused));
        QCOMPARE(m_window->document()->project(), expected);
        QCOMPARE(m_window->filePath(), path);
        QVERIFY(m_prompts->errors.isEmpty());
    } else {
        QCOMPARE(m_window->document()->project(), test::sample());
        QVERIFY(m_window->filePath().isEmpty());
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY2(m_prompts->errors.first().contains(QFileInfo(path).fileName()) &&
                     m_prompts->errors.first().contains(error),
                 qPrintable(m_prompts->errors.first()));
    }
}

void TestFiles::saveLoadRoundTrip()
{
    m_window->openInitial(QString());
    Document *doc = m_window->document();
    doc->undoStack()->push(
        new PlaceEntityCommand(doc, QStringLiteral("clicks"), QStringLiteral("postgres")));
    doc->undoStack()->push(new SetUsersCommand(doc, 42'000));
    const Project edited = doc->project();
    const QString path = m_dir.filePath(QStringLiteral("round.storemap"));
    m_prompts->saveName = path;
    m_window->action(QStringLiteral("saveAction"))->trigger(); // untitled: Save asks where
    QCOMPARE(m_window->filePath(), path);
    QVERIFY(!m_window->isWindowModified());

    MainWindow *other = makeWindow();
    QVERIFY(other->openFile(path));
    QCOMPARE(other->document()->project(), edited);
    delete other;
}

void TestFiles::titleShowsNameAndModifiedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.storemap"));
    QVERIFY(writeProjectFile(path, test::sample(), nullptr));
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("title.storemap")));
    QVERIFY(!m_window->isWindowModified());
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 123));
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undoStack()->undo(); // back to the saved state
    QVERIFY(!m_window->isWindowModified());
}

void TestFiles::askBeforeDiscarding_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("opened");
    QTest::newRow("cancel") << int(Prompts::Unsaved::Cancel) << false;
    QTest::newRow("discard") << int(Prompts::Unsaved::Discard) << true;
}

void TestFiles::askBeforeDiscarding()
{
    QFETCH(int, answer);
    QFETCH(bool, opened);
    m_window->openInitial(QString());
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 777));
    const QString path = m_dir.filePath(QStringLiteral("startup.storemap"));
    QVERIFY(writeProjectFile(path, test::sample(QStringLiteral("startup")), nullptr));
    m_prompts->unsaved = Prompts::Unsaved(answer);
    QCOMPARE(m_window->openFile(path), opened);
    QCOMPARE(m_prompts->unsavedAsked, 1);
    QCOMPARE(m_window->document()->project().users == 777, !opened);
}

void TestFiles::closeAsksAboutChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::newRow("cancel keeps the window") << int(Prompts::Unsaved::Cancel) << false;
    QTest::newRow("discard closes it") << int(Prompts::Unsaved::Discard) << true;
}

void TestFiles::closeAsksAboutChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    m_window->openInitial(QString());
    m_window->show();
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 4242));
    QVERIFY(m_window->autosave());
    m_window->recoveryFile()->waitForWrites();
    m_prompts->unsaved = Prompts::Unsaved(answer);
    QCOMPARE(m_window->close(), closed);
    QCOMPARE(m_prompts->unsavedAsked, 1);
    // A clean exit leaves no recovery file behind; a cancelled one keeps it.
    QCOMPARE(RecoveryFile().exists(), !closed);
}

void TestFiles::recentFiles()
{
    const QString a = m_dir.filePath(QStringLiteral("a.storemap"));
    const QString b = m_dir.filePath(QStringLiteral("b.storemap"));
    QVERIFY(writeProjectFile(a, test::sample(), nullptr));
    QVERIFY(writeProjectFile(b, test::sample(QStringLiteral("startup")), nullptr));
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    QCOMPARE(m_window->recentFiles()->files(), (QStringList{b, a}));
    QVERIFY(m_window->openFile(a));
    QCOMPARE(m_window->recentFiles()->files(), (QStringList{a, b}));
}

void TestFiles::reopensLastFile()
{
    const QString path = m_dir.filePath(QStringLiteral("last.storemap"));
    QVERIFY(writeProjectFile(path, test::sample(QStringLiteral("startup")), nullptr));
    QVERIFY(m_window->openFile(path));
    MainWindow *next = makeWindow();
    next->openInitial(QString());
    QCOMPARE(next->filePath(), path);
    delete next;
}

void TestFiles::editsScheduleAutosave()
{
    m_window->openInitial(QString());
    QVERIFY(!m_window->autosavePending());
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 31337));
    QVERIFY(m_window->autosavePending());
    m_window->document()->undoStack()->undo(); // clean again: nothing to recover
    QVERIFY(!m_window->autosavePending());
}

void TestFiles::restoreFromRecoveryFile()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.storemap"));
    QVERIFY(writeProjectFile(path, test::sample(), nullptr));
    QVERIFY(m_window->openFile(path));
    Document *doc = m_window->document();
    doc->undoStack()->push(
        new PlaceEntityCommand(doc, QStringLiteral("videos"), QStringLiteral("postgres")));
    QVERIFY(m_window->autosave());
    m_window->recoveryFile()->waitForWrites();
    const Project unsaved = doc->project();
    // The process dies here: the window never closes.
    m_window->setPrompts(new test::ScriptedPrompts); // keep the crashed window quiet
    MainWindow *next = makeWindow();
    m_prompts->restore = true;
    next->openInitial(QString());
    QCOMPARE(m_prompts->restoreAsked, 1);
    QCOMPARE(next->document()->project(), unsaved);
    QCOMPARE(next->filePath(), path);
    QVERIFY(next->isWindowModified());
    // Saving ends the recovery
    QVERIFY(next->saveTo(path));
    QVERIFY(!RecoveryFile().exists());
    delete next;
}

void TestFiles::declinedRecoveryIsDiscarded()
{
    m_window->openInitial(QString());
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 999));
    QVERIFY(m_window->autosave());
    m_window->recoveryFile()->waitForWrites();
    QVERIFY(RecoveryFile().exists());
    MainWindow *next = makeWindow();
    m_prompts->restore = false;
    next->openInitial(QString());
    QCOMPARE(next->document()->project(), test::sample());
    QVERIFY(!RecoveryFile().exists());
    delete next;
}

// The autosave writes in the background; when it cannot write, the window says so.
void TestFiles::failedAutosaveIsReported()
{
    m_window->openInitial(QString());
    m_window->show();
    const QString path = RecoveryFile().path();
    QVERIFY(QDir().mkpath(path)); // a folder where the file should be: no write can succeed
    m_window->document()->undoStack()->push(new SetUsersCommand(m_window->document(), 777));
    QVERIFY(m_window->autosave());
    m_window->recoveryFile()->waitForWrites();
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Autosave failed")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QFileInfo(path).fileName()));
    QVERIFY(QDir(path).removeRecursively());
}

void TestFiles::newProjectAndSample()
{
    m_window->openInitial(QString());
    m_window->action(QStringLiteral("newAction"))->trigger();
    QVERIFY(m_window->document()->project().entities.empty());
    m_window->onOpenSample(QStringLiteral(":/samples/startup.storemap"));
    QCOMPARE(m_window->document()->project(), test::sample(QStringLiteral("startup")));
}

void TestFiles::changedOnDisk_data()
{
    QTest::addColumn<bool>("replaceByRename"); // how editors and git write: a new file renamed
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("written in place, reload") << false << false;
    QTest::newRow("replaced by rename, reload") << true << false;
    QTest::newRow("written in place, keep mine") << false << true;
    QTest::newRow("replaced by rename, keep mine") << true << true;
}

void TestFiles::changedOnDisk()
{
    QFETCH(bool, replaceByRename);
    QFETCH(bool, keepMine);
    const QString path = m_dir.filePath(
        QStringLiteral("team-%1-%2.storemap").arg(int(replaceByRename)).arg(int(keepMine)));
    m_window->openInitial(QString());
    QVERIFY(m_window->saveTo(path));
    // A teammate's version arrives (git pull) while ours is open and edited.
    m_window->document()->undoStack()->push(
        new RenameProjectCommand(m_window->document(), QStringLiteral("Ours")));
    Project theirs = m_window->document()->project();
    theirs.name = QStringLiteral("Theirs");
    const QByteArray theirBytes = serializeProject(theirs);
    if (replaceByRename) {
        const QString temporary = path + QStringLiteral(".tmp");
        QVERIFY(test::writeProject(temporary, theirs));
        QFile::remove(path);
        QVERIFY(QFile::rename(temporary, path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(theirBytes);
    }
    m_prompts->diskChange = keepMine ? Prompts::DiskChange::KeepMine : Prompts::DiskChange::Reload;
    QTRY_COMPARE(m_prompts->diskChangeAsked, 1);
    QUndoStack *stack = m_window->document()->undoStack();
    if (!keepMine) {
        QCOMPARE(m_window->document()->project().name, QStringLiteral("Theirs"));
        QCOMPARE(stack->undoText(),
                 QStringLiteral("Reload “%1” from disk").arg(QFileInfo(path).fileName()));
        QVERIFY(stack->isClean());
        stack->undo(); // our edit comes back, as an unsaved change
        QCOMPARE(m_window->document()->project().name, QStringLiteral("Ours"));
        QVERIFY(!stack->isClean());
        return;
    }
    QCOMPARE(m_window->document()->project().name, QStringLiteral("Ours"));
    // Saving over their version asks, and keeps it next to the file.
    m_prompts->overwrite = true;
    QVERIFY(m_window->saveTo(path));
    QCOMPARE(m_prompts->overwriteAsked,
             QStringList{QFileInfo(path).fileName() + QStringLiteral(".theirs")});
    QCOMPARE(test::readAll(path + QStringLiteral(".theirs")), theirBytes);
    QVERIFY(test::readAll(path).contains("\"name\": \"Ours\""));
    // The next save has nothing to ask: the file is ours again.
    QVERIFY(m_window->saveTo(path));
    QCOMPARE(m_prompts->overwriteAsked.size(), 1);
}

void TestFiles::ownSaveAsksNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("own.storemap"));
    m_window->openInitial(QString());
    QVERIFY(m_window->saveTo(path));
    m_window->document()->undoStack()->push(
        new RenameProjectCommand(m_window->document(), QStringLiteral("Again")));
    QVERIFY(m_window->saveTo(path));
    QCoreApplication::processEvents(); // the watcher's queued reports arrive
    QCOMPARE(m_prompts->diskChangeAsked, 0);
    QVERIFY(m_prompts->overwriteAsked.isEmpty());
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
