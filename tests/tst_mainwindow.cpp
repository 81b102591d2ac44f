#include "tests/guifixture.h"

#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/theme.h"
#include "model/designcontext.h"
#include "model/placement.h"
#include "translations/translations.h"
#include "views/canvas/applayeritem.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/entitychip.h"
#include "views/canvas/storeitem.h"
#include "views/canvas/visuals.h"
#include "views/dialogs/dialogprompts.h"
#include "views/dialogs/exportdialog.h"
#include "views/dialogs/operatedkindsdialog.h"
#include "views/dialogs/preferencesdialog.h"
#include "views/panels/comparepanel.h"
#include "views/panels/diagramdock.h"
#include "views/panels/entityeditor.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/patterntablemodel.h"
#include "views/panels/scalecontrol.h"

#include "model/commands/commands.h"
#include "model/fit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

using namespace storemap;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusHaveMnemonics_data();
    void menusHaveMnemonics();
    void undoRedoUseStandardShortcuts();
    void historyShowsTheUndoStack();
    void actionsHaveStatusHints();
    void newEntityGoesToTray();
    void noPatternsNoFit();
    void projectNotesAreOneUndoStep();
    void renameProjectFromTheCanvas();
    void storeMemory_data();
    void storeMemory();
    void storeMemoryByKeyboard();
    void storeMemoryFromTheContextMenu();
    void storeMemoryDialog_data();
    void storeMemoryDialog();
    void operatedKinds_data();
    void operatedKinds();
    void operatedKindsDialogByKeyboard();
    void compareWithFile_data();
    void compareWithFile();
    void compareFollowsEdits();
    void compareWithGitHead();
    void saveAsNamesAnUntitledProject_data();
    void saveAsNamesAnUntitledProject();
    void helpExplainsTheDesigner();
    void smallScreenKeepsTheCanvasLargest();
    void findSelectsAndShowsTheChip_data();
    void findSelectsAndShowsTheChip();
    void undoReadsLikeWhatTheUserDid();
    void ctrlEAddsAnEntityFromTheNameField();
    void newPatternFromTheNameField();
    void selectingChipShowsItInEditor();
    void findingSelectsChipOnCanvas();
    void diagramDockFollowsEdits();
    void exportOpensTheDialog();
    void preferencesStoreLanguageAndAutosave();
    void palettesAreReadable_data();
    void palettesAreReadable();

private:
    test::ScriptedPrompts *m_prompts = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoremapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_prompts = new test::ScriptedPrompts;
    m_window->setPrompts(m_prompts);
    m_window->openInitial(QString());
}

void TestMainWindow::cleanup()
{
    delete m_window;
}

void TestMainWindow::menusHaveMnemonics_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

/// Every menu and every item in it has a mnemonic, and within a menu no two share one: Alt and
/// a letter reach each item in one press, in every language.
void TestMainWindow::menusHaveMnemonics()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QLocale(language), QStringLiteral("storemap"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator =
        qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window;
    window.setPrompts(new test::ScriptedPrompts);
    window.openInitial(QString());
    auto mnemonic = [](const QString &text) {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2)) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
        }
        return QChar();
    };
    auto unique = [&](const QList<QAction *> &actions, const QString &where) {
        QHash<QChar, QString> taken;
        for (QAction *item : actions) {
            if (item->isSeparator() || !item->isVisible())
                continue;
            const QChar key = mnemonic(item->text());
            QVERIFY2(!key.isNull(), qPrintable(where + QLatin1String(": ") + item->text()));
            QVERIFY2(!taken.contains(key),
                     qPrintable(QStringLiteral("%1: %2 and %3 share Alt+%4")
                                    .arg(where, taken.value(key), item->text(), key)));
            taken.insert(key, item->text());
        }
    };
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    unique(menus, QStringLiteral("the menu bar"));
    for (QAction *menu : menus)
        unique(menu->menu()->actions(), menu->text());

    // Alt and a letter anywhere in the window: the menu bar's, and every label's and button's in
    // the panels (Alt+D must open Design, not jump to an entity's description).
    QHash<QChar, QString> altKeys;
    auto take = [&](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        QVERIFY2(!altKeys.contains(key),
                 qPrintable(
                     QStringLiteral("%1 and %2 share Alt+%3").arg(altKeys.value(key), text, key)));
        altKeys.insert(key, text);
    };
    for (QAction *menu : menus)
        take(menu->text());
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            take(label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        take(button->text());
}

void TestMainWindow::undoRedoUseStandardShortcuts()
{
    QAction *undo = m_window->action(QStringLiteral("undoAction"));
    QAction *redo = m_window->action(QStringLiteral("redoAction"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(!undo->isEnabled());
    m_window->document()->undoStack()->push(new PlaceEntityCommand(
        m_window->document(), QStringLiteral("users"), QStringLiteral("mongo")));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_window->document()->project().entity(u"users")->store, QStringLiteral("postgres"));
    redo->trigger();
    QCOMPARE(m_window->document()->project().entity(u"users")->store, QStringLiteral("mongo"));
    QCOMPARE(m_window->action(QStringLiteral("newEntityAction"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+E")));
}

void TestMainWindow::historyShowsTheUndoStack()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(dock);
    QVERIFY(dock->isHidden());
    auto *view = qobject_cast<QUndoView *>(dock->widget());
    QVERIFY(view);
    QCOMPARE(view->stack(), m_window->document()->undoStack());
    m_window->show();
    m_window->action(QStringLiteral("historyAction"))->trigger();
    QVERIFY(dock->isVisible());
}

void TestMainWindow::actionsHaveStatusHints()
{
    for (const char *name :
         {"newAction", "openAction", "saveAction", "saveAsAction", "undoAction", "redoAction",
          "newEntityAction", "deleteAction", "storeMemoryAction", "operatedKindsAction",
          "suggestAction", "zoomInAction", "zoomOutAction", "fitAction"}) {
        QAction *a = m_window->action(QString::fromLatin1(name));
        QVERIFY2(a, name);
        QVERIFY2(!a->statusTip().isEmpty(), name);
    }
}

void TestMainWindow::newEntityGoesToTray()
{
    const size_t before = m_window->document()->project().entities.size();
    m_window->action(QStringLiteral("newEntityAction"))->trigger();
    const Project &project = m_window->document()->project();
    QCOMPARE(project.entities.size(), before + 1);
    const Entity &added = project.entities.back();
    QVERIFY(added.store.isEmpty());
    QCOMPARE(m_window->context()->currentEntity(), added.id);
    QVERIFY(m_window->scene()->chip(added.id));
    QCOMPARE(m_window->editor()->nameEdit()->text(), added.name);
}

namespace {
QString visibleTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

// A new project and a new entity have no fit until the entity has an access pattern: the status
// bar reads "Overall fit –" (not 0), the editor says what to do next, the chip shows "–".
void TestMainWindow::noPatternsNoFit()
{
    m_window->action(QStringLiteral("newAction"))->trigger(); // File > New
    QVERIFY(m_window->document()->project().entities.empty());
    QVERIFY2(visibleTexts(m_window->statusBar()).contains(QStringLiteral("Overall fit –")),
             qPrintable(visibleTexts(m_window->statusBar())));
    m_window->action(QStringLiteral("newEntityAction"))->trigger();
    const Entity added = m_window->document()->project().entities.back();
    QTRY_VERIFY(visibleTexts(m_window->editor()).contains(QStringLiteral("No fit yet")));
    QCOMPARE(m_window->scene()->chip(added.id)->fit(), -1.0);
    QVERIFY(visibleTexts(m_window->statusBar()).contains(QStringLiteral("Overall fit –")));
    m_window->editor()->patternModel()->addPattern();
    QTRY_VERIFY(m_window->scene()->chip(added.id)->fit() < 0); // still unplaced
    QTRY_VERIFY(!visibleTexts(m_window->editor()).contains(QStringLiteral("No fit yet")));
}

// Edit > Project Notes: what the user writes is kept as one undo step; Cancel changes nothing.
void TestMainWindow::projectNotesAreOneUndoStep()
{
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    m_prompts->notes.reset(); // Cancel
    m_window->action(QStringLiteral("projectNotesAction"))->trigger();
    QCOMPARE(stack->count(), steps);
    m_prompts->notes = QStringLiteral("Postgres first; Redis when sessions hurt.");
    m_window->action(QStringLiteral("projectNotesAction"))->trigger();
    QCOMPARE(m_window->document()->project().notes, *m_prompts->notes);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit project notes"));
    m_window->action(QStringLiteral("projectNotesAction"))->trigger(); // the same text again
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QVERIFY(m_window->document()->project().notes.isEmpty());
}

// The project had no name the GUI could change: double-clicking the Application Layer (or Edit >
// Rename Project) names it, one undo step; Cancel changes nothing.
void TestMainWindow::renameProjectFromTheCanvas()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    CanvasView *view = m_window->canvas();
    const QPoint at =
        view->mapFromScene(m_window->scene()->appLayer()->sceneBoundingRect().center());
    m_prompts->projectName.reset(); // Cancel
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(stack->count(), steps);
    m_prompts->projectName = QStringLiteral("  Chat at 5M  ");
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->document()->project().name, QStringLiteral("Chat at 5M"));
    QCOMPARE(stack->undoText(), QStringLiteral("Rename project to \"Chat at 5M\""));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Chat at 5M")));
    m_prompts->projectName = QStringLiteral("Chat at 5M"); // unchanged: no step
    m_window->action(QStringLiteral("renameProjectAction"))->trigger();
    QCOMPARE(stack->count(), steps + 1);
}

void TestMainWindow::storeMemory_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<double>("answer"); ///< what the user types; -1: left empty
    QTest::addColumn<QString>("text");  ///< the undo step; empty: no step
    QTest::addColumn<double>("after");
    QTest::addColumn<QString>("tip"); ///< what the store's tooltip then says; empty: no memory
    QTest::newRow("given") << -1.0 << false << 4.0 << "Set memory of \"Redis\" to 4 GB" << 4.0
                           << "Memory: 4 GB before it evicts";
    QTest::newRow("a fraction") << -1.0 << false << 0.5 << "Set memory of \"Redis\" to 0.5 GB"
                                << 0.5 << "Memory: 0.5 GB before it evicts";
    QTest::newRow("emptied: not given")
        << 8.0 << false << -1.0 << "Clear memory of \"Redis\"" << -1.0 << "";
    QTest::newRow("cancel") << 8.0 << true << 0.0 << "" << 8.0 << "Memory: 8 GB before it evicts";
    QTest::newRow("the same value: no step")
        << 8.0 << false << 8.0 << "" << 8.0 << "Memory: 8 GB before it evicts";
}

// Edit > Store Memory on the selected store: asked with the store's name, one undo step named
// after it, the memory in the store's tooltip; undo gives the value before back.
void TestMainWindow::storeMemory()
{
    QFETCH(double, before);
    QFETCH(bool, cancel);
    QFETCH(double, answer);
    QFETCH(QString, text);
    QFETCH(double, after);
    QFETCH(QString, tip);
    Document *doc = m_window->document();
    Store redis = *doc->project().store(u"redis");
    redis.memoryGB = before;
    doc->updateStore(redis);
    QUndoStack *stack = doc->undoStack();
    const int steps = stack->count();
    QAction *action = m_window->action(QStringLiteral("storeMemoryAction"));
    CanvasScene *scene = m_window->scene();
    scene->clearSelection();
    QVERIFY(!action->isEnabled()); // which store is meant: none selected
    scene->storeItem(QStringLiteral("redis"))->setSelected(true);
    QVERIFY(action->isEnabled());
    m_prompts->storeMemory = cancel ? std::nullopt : std::optional<double>(answer);
    action->trigger();
    QCOMPARE(m_prompts->storeMemoryAsked, QStringList{QStringLiteral("Redis")});
    QCOMPARE(doc->project().store(u"redis")->memoryGB, after);
    const QString shown = scene->storeItem(QStringLiteral("redis"))->toolTip();
    QVERIFY2(tip.isEmpty() ? !shown.contains(QLatin1String("Memory:")) : shown.contains(tip),
             qPrintable(shown));
    QCOMPARE(stack->count(), steps + (text.isEmpty() ? 0 : 1));
    if (text.isEmpty())
        return;
    QCOMPARE(stack->undoText(), text);
    stack->undo();
    QCOMPARE(doc->project().store(u"redis")->memoryGB, before);
}

// Tab reaches a store on the canvas, Space selects it, Edit > Store Memory asks about it.
void TestMainWindow::storeMemoryByKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    CanvasView *view = m_window->canvas();
    m_window->scene()->clearSelection();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Space);
    QAction *action = m_window->action(QStringLiteral("storeMemoryAction"));
    QVERIFY(action->isEnabled());
    m_prompts->storeMemory = 2;
    action->trigger();
    const Store &first = m_window->document()->project().stores.front();
    QCOMPARE(m_prompts->storeMemoryAsked, QStringList{first.name});
    QCOMPARE(first.memoryGB, 2.0);
}

// A store's context menu says "Set Memory…"; what it asks for is answered by the window.
void TestMainWindow::storeMemoryFromTheContextMenu()
{
    m_prompts->storeMemory = 16;
    emit m_window->scene()->storeMemoryRequested(QStringLiteral("redis"));
    QCOMPARE(m_window->document()->project().store(u"redis")->memoryGB, 16.0);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Set memory of \"Redis\" to 16 GB"));
}

void TestMainWindow::storeMemoryDialog_data()
{
    QTest::addColumn<double>("before");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<double>("answer"); ///< -2: cancelled
    QTest::newRow("4 GB") << -1.0 << "4" << true << 4.0;
    QTest::newRow("emptied: not given") << 8.0 << "" << true << -1.0;
    // The file reader wants memory above 0 and at most a petabyte: OK waits for such a value.
    QTest::newRow("0 GB is no memory") << -1.0 << "0" << false << -2.0;
    QTest::newRow("beyond a petabyte: the last digit is refused")
        << -1.0 << "10000000" << true << 1e6;
}

// The prompt behind Store Memory: the store's name on a labelled field ("not given" when empty)
// whose OK waits for a value the file would take.
void TestMainWindow::storeMemoryDialog()
{
    QFETCH(double, before);
    QFETCH(QString, keys);
    QFETCH(bool, okEnabled);
    QFETCH(double, answer);
    DialogPrompts prompts;
    QString placeholder, label;
    bool ok = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *field = dialog ? dialog->findChild<QLineEdit *>() : nullptr;
        if (!field) {
            if (dialog)
                dialog->close();
            return;
        }
        placeholder = field->placeholderText();
        for (const QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->buddy() == field)
                label = l->text();
        }
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, keys);
        ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::keyClick(field, ok ? Qt::Key_Return : Qt::Key_Escape);
    });
    const std::optional<double> memory =
        prompts.askStoreMemory(m_window, QStringLiteral("Redis"), before);
    QCOMPARE(placeholder, QStringLiteral("not given"));
    QCOMPARE(label, QStringLiteral("&Memory of “Redis” (GB):"));
    QCOMPARE(ok, okEnabled);
    QCOMPARE(memory.value_or(-2), answer);
}

void TestMainWindow::operatedKinds_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<QStringList>("ticked");
    QTest::addColumn<int>("steps");
    const QStringList pgRedis{QStringLiteral("postgresql"), QStringLiteral("redis")};
    QTest::newRow("two ticked") << QStringList() << false << pgRedis << 1;
    QTest::newRow("all unticked") << QStringList{QStringLiteral("redis")} << false << QStringList()
                                  << 1;
    QTest::newRow("cancel") << QStringList() << true << pgRedis << 0;
    QTest::newRow("the same kinds in the file's order: no step")
        << QStringList{QStringLiteral("redis"), QStringLiteral("postgresql")} << false << pgRedis
        << 0;
}

// Edit > Operated Kinds: what the user ticks is one undo step; undo restores the kinds before.
void TestMainWindow::operatedKinds()
{
    QFETCH(QStringList, before);
    QFETCH(bool, cancel);
    QFETCH(QStringList, ticked);
    QFETCH(int, steps);
    Document *doc = m_window->document();
    doc->setOperates(before);
    QUndoStack *stack = doc->undoStack();
    const int count = stack->count();
    m_prompts->operatedKinds = cancel ? std::nullopt : std::optional<QStringList>(ticked);
    m_window->action(QStringLiteral("operatedKindsAction"))->trigger();
    QCOMPARE(stack->count(), count + steps);
    QCOMPARE(doc->project().operates, steps ? ticked : before);
    if (!steps)
        return;
    QCOMPARE(stack->undoText(), QStringLiteral("Set operated kinds"));
    stack->undo();
    QCOMPARE(doc->project().operates, before);
}

// The dialog lists every kind with a check box; the first has the focus, Space ticks, Tab moves on,
// Enter is OK; the ticked kinds come back in catalog order.
void TestMainWindow::operatedKindsDialogByKeyboard()
{
    OperatedKindsDialog dialog(Catalog::builtin(), {QStringLiteral("redis")});
    QCOMPARE(dialog.findChildren<QCheckBox *>().size(), Catalog::builtin().kindCount());
    QVERIFY(dialog.checkBox(QStringLiteral("redis"))->isChecked());
    QCOMPARE(dialog.checkBox(QStringLiteral("postgresql"))->text(), QStringLiteral("PostgreSQL"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.checkBox(QStringLiteral("postgresql")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.checkBox(QStringLiteral("mongodb")));
    QCOMPARE(dialog.kinds(), (QStringList{QStringLiteral("postgresql"), QStringLiteral("redis")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestMainWindow::saveAsNamesAnUntitledProject_data()
{
    QTest::addColumn<bool>("named");
    QTest::addColumn<QString>("expected");
    QTest::newRow("untitled: the file's name") << false << QStringLiteral("chat");
    QTest::newRow("named: kept") << true << QStringLiteral("Chat at 5M");
}

// In the walk-through a project made from File > New and saved as chat.storemap exported diagrams
// titled "Untitled": a project never named takes the file's name when first saved.
void TestMainWindow::saveAsNamesAnUntitledProject()
{
    QFETCH(bool, named);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    m_window->action(QStringLiteral("newAction"))->trigger();
    if (named) {
        m_prompts->projectName = QStringLiteral("Chat at 5M");
        m_window->action(QStringLiteral("renameProjectAction"))->trigger();
    }
    m_prompts->saveName = dir.filePath(QStringLiteral("chat.storemap"));
    QVERIFY(m_window->onSaveAs());
    QCOMPARE(m_window->document()->project().name, expected);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(test::readAll(m_prompts->saveName)
                .contains(QStringLiteral("\"name\": \"%1\"").arg(expected).toUtf8()));
}

void TestMainWindow::compareWithFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("listed");
    QTest::addColumn<QString>("markedHere");  ///< a chip of the open design marked
    QTest::addColumn<QString>("markedThere"); ///< a chip of the other version marked
    QTest::newRow("moved") << "move"
                           << "Moved Orders: Postgres (PostgreSQL) → Mongo (MongoDB)"
                           << "orders"
                           << "orders";
    QTest::newRow("added") << "add"
                           << "Added Clicks 2"
                           << "clicks-2"
                           << "";
    QTest::newRow("removed") << "remove"
                             << "Removed PDFs"
                             << ""
                             << "pdfs";
    QTest::newRow("the same") << ""
                              << ""
                              << ""
                              << "";
}

// File > Compare With File: the other version beside the canvas, the differences listed, the
// chips that moved, came or went marked on both canvases; a click selects the entity.
void TestMainWindow::compareWithFile()
{
    QFETCH(QString, change);
    QFETCH(QString, listed);
    QFETCH(QString, markedHere);
    QFETCH(QString, markedThere);
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.storemap"));
    QVERIFY(test::writeProject(other, m_window->document()->project()));
    Document *doc = m_window->document();
    if (change == QLatin1String("move"))
        doc->undoStack()->push(
            new PlaceEntityCommand(doc, QStringLiteral("orders"), QStringLiteral("mongo")));
    else if (change == QLatin1String("add")) {
        markedHere = Placement::addEntity(doc, QStringLiteral("dynamo"));
        Placement::renameEntity(doc, markedHere, QStringLiteral("Clicks 2"));
    } else if (change == QLatin1String("remove"))
        doc->undoStack()->push(new RemoveEntityCommand(doc, QStringLiteral("pdfs")));

    m_prompts->openName = other;
    m_window->action(QStringLiteral("compareFileAction"))->trigger();
    ComparePanel *compare = m_window->comparePanel();
    QVERIFY(compare->isComparing());
    QVERIFY(compare->isVisible() || !m_window->isVisible());
    QListWidget *list = compare->differences();
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text();
    if (listed.isEmpty()) {
        QVERIFY(rows.isEmpty());
        QVERIFY(compare->title().contains(QStringLiteral("the designs are the same")));
    } else {
        QVERIFY2(!rows.filter(listed).isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(compare->title().contains(QStringLiteral("other.storemap")));
    }
    for (const Entity &e : doc->project().entities)
        QVERIFY2(m_window->scene()->chip(e.id)->mark().isEmpty() != (e.id == markedHere),
                 qPrintable(e.id));
    if (!markedThere.isEmpty())
        QVERIFY(!compare->otherScene()->chip(markedThere)->mark().isEmpty());
    if (!markedHere.isEmpty()) {
        list->setCurrentRow(int(rows.indexOf(rows.filter(listed).first())));
        QCOMPARE(m_window->context()->currentEntity(), markedHere);
    }
}

// The comparison follows every edit; closing the panel takes the marks away.
void TestMainWindow::compareFollowsEdits()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("same.storemap"));
    QVERIFY(test::writeProject(other, m_window->document()->project()));
    m_prompts->openName = other;
    m_window->action(QStringLiteral("compareFileAction"))->trigger();
    ComparePanel *compare = m_window->comparePanel();
    QCOMPARE(compare->differences()->count(), 0);
    Document *doc = m_window->document();
    doc->undoStack()->push(
        new PlaceEntityCommand(doc, QStringLiteral("sessions"), QStringLiteral("postgres")));
    QTRY_VERIFY(compare->differences()->count() > 0);
    QVERIFY(compare->differences()->item(0)->text().startsWith(QStringLiteral("Moved Sessions")));
    QVERIFY(!m_window->scene()->chip(QStringLiteral("sessions"))->mark().isEmpty());
    doc->undoStack()->undo();
    QTRY_COMPARE(compare->differences()->count(), 0);
    doc->undoStack()->redo();
    qobject_cast<QDockWidget *>(compare->parentWidget())->close();
    QVERIFY(!compare->isComparing());
    QVERIFY(m_window->scene()->chip(QStringLiteral("sessions"))->mark().isEmpty());
}

// File > Compare With Git HEAD: the file as last committed, read with git; outside a repository
// git's own words say why.
void TestMainWindow::compareWithGitHead()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.storemap"));
    QVERIFY(test::writeProject(path, m_window->document()->project()));
    QVERIFY(m_window->openFile(path));
    m_window->action(QStringLiteral("compareHeadAction"))->trigger(); // not a repository yet
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.first().contains(QStringLiteral("not a git repository")),
             qPrintable(m_prompts->errors.first()));

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QStringList &args :
         {QStringList{QStringLiteral("init"), QStringLiteral("-q")},
          QStringList{QStringLiteral("add"), QStringLiteral("shop.storemap")},
          QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                      QStringLiteral("user.email=test@example.com"), QStringLiteral("commit"),
                      QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first")}}) {
        const test::Run git = test::runProgram(
            QStringLiteral("git"), QStringList{QStringLiteral("-C"), dir.path()} + args, env);
        QVERIFY2(git.exitCode == 0, git.err.constData());
    }
    Document *doc = m_window->document();
    doc->undoStack()->push(
        new PlaceEntityCommand(doc, QStringLiteral("orders"), QStringLiteral("mongo")));
    m_window->action(QStringLiteral("compareHeadAction"))->trigger();
    QCOMPARE(m_prompts->errors.size(), 1);
    ComparePanel *compare = m_window->comparePanel();
    QVERIFY(compare->title().contains(QStringLiteral("shop.storemap at git HEAD")));
    QVERIFY(compare->differences()->item(0)->text().startsWith(QStringLiteral("Moved Orders")));
}

// Help > Getting Started (F1) explains placing, the scores, the findings and the lesson's rules;
// every panel answers What's This?.
void TestMainWindow::helpExplainsTheDesigner()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTest::keySequence(m_window, QKeySequence::HelpContents);
    QTextBrowser *page = nullptr;
    QTRY_VERIFY((page = m_window->findChild<QTextBrowser *>(QStringLiteral("gettingStarted"))));
    const QString text = page->toPlainText();
    for (const char *says : {"Ctrl+E", "access patterns", "80 and up", "Findings",
                             "Start with PostgreSQL + S3", "afford to lose"})
        QVERIFY2(text.contains(QLatin1String(says)), says);
    QVERIFY(page->window()->isVisible());
    QVERIFY(!page->window()->isModal()); // it stays open beside the designer
    page->window()->close();
    QVERIFY(m_window->action(QStringLiteral("whatsThisAction")));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->whatsThis().isEmpty(), qPrintable(dock->objectName()));
}

// On a laptop screen (the offscreen platform's is 800 px wide) the side panels share one column
// as tabs, the canvas is the largest area, View brings a panel to the front, and the status bar's
// summary elides to leave room for a status tip.
void TestMainWindow::smallScreenKeepsTheCanvasLargest()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(screen.width() < 1500);
    QVERIFY(m_window->width() <= screen.width() && m_window->height() <= screen.height());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *entity = m_window->findChild<QDockWidget *>(QStringLiteral("entityDock"));
    const QList<QDockWidget *> tabs = m_window->tabifiedDockWidgets(entity);
    for (const char *name : {"paletteDock", "findingsDock", "complexityDock"})
        QVERIFY2(tabs.contains(m_window->findChild<QDockWidget *>(QLatin1String(name))), name);
    const QWidget *canvas = m_window->scene()->views().front();
    const int canvasArea = canvas->width() * canvas->height();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            QVERIFY2(dock->width() * dock->height() < canvasArea, qPrintable(dock->objectName()));
    }
    QVERIFY(canvas->width() > m_window->width() / 2);
    // View > Findings brings its tab to the front (instead of hiding the panel behind the tab).
    auto *findings = m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    QVERIFY(findings->visibleRegion().isEmpty());
    findings->toggleViewAction()->trigger();
    QTRY_VERIFY(!findings->visibleRegion().isEmpty());
    QVERIFY(findings->toggleViewAction()->isChecked());
    // A long status tip: the summary gives up room instead of running into it.
    auto *summary = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusFit"));
    const QString tip =
        QStringLiteral("Drag chips between stores; Ctrl+wheel zooms; Delete removes "
                       "the selection.");
    m_window->statusBar()->showMessage(tip);
    QTRY_VERIFY(summary->width() + m_window->statusBar()->fontMetrics().horizontalAdvance(tip) <=
                m_window->statusBar()->width());
    QVERIFY(summary->toolTip().startsWith(QStringLiteral("Overall fit")));
}

void TestMainWindow::findSelectsAndShowsTheChip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("enters");
    QTest::addColumn<QString>("found");
    QTest::newRow("part of a name, any case") << "LIMIT" << 0 << "rate-limits";
    QTest::newRow("first of several") << "o" << 0 << "orders";
    QTest::newRow("Enter finds the next") << "o" << 1 << "product-catalog";
    QTest::newRow("and wraps around") << "ments" << 1 << "payments";
}

// Ctrl+F, type part of a name: the chip is selected, shown in the editor and scrolled to, even
// zoomed in far away from it.
void TestMainWindow::findSelectsAndShowsTheChip()
{
    QFETCH(QString, typed);
    QFETCH(int, enters);
    QFETCH(QString, found);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    for (int i = 0; i < 6; ++i)
        m_window->action(QStringLiteral("zoomInAction"))->trigger();
    QTest::keySequence(m_window, QKeySequence::Find);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, typed);
    for (int i = 0; i < enters; ++i)
        QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_window->context()->currentEntity(), found);
    EntityChip *chip = m_window->scene()->chip(found);
    QVERIFY(chip->isSelected());
    QCOMPARE(m_window->editor()->nameEdit()->text(),
             m_window->document()->project().entity(found)->name);
    QGraphicsView *view = m_window->scene()->views().front();
    const QRect shown = view->mapFromScene(chip->sceneBoundingRect()).boundingRect();
    QVERIFY2(view->viewport()->rect().intersects(shown), "the chip is not scrolled into view");
}

void TestMainWindow::undoReadsLikeWhatTheUserDid()
{
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->count();
    // Type a name: one step, named after the final name.
    m_window->scene()->clearSelection();
    m_window->scene()->chip(QStringLiteral("sessions"))->setSelected(true);
    QLineEdit *name = m_window->editor()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Logins"));
    QTest::keyClick(name, Qt::Key_Return); // the typing gesture ends
    // Drag the scale slider: one step, pushed on release.
    auto *scale = m_window->findChild<ScaleControl *>();
    QVERIFY(scale);
    scale->slider()->setSliderDown(true);
    for (int v = scale->slider()->value(); v <= ScaleControl::sliderPosition(5'000'000); v += 10)
        scale->slider()->setValue(v);
    scale->slider()->setSliderDown(false);
    const qint64 users = m_window->document()->project().users;
    // Type the value the field already shows: nothing happened, nothing to undo.
    scale->field()->setValue(int(users));
    QCOMPARE(stack->count(), before + 2);
    QCOMPARE(stack->text(before), QStringLiteral("Rename entity to \"Logins\""));
    QCOMPARE(stack->undoText(), QStringLiteral("Set scale to %1 users").arg(users));
    // Typing into the name again after Enter is a new gesture: a new step.
    QTest::keyClicks(name, QStringLiteral("!"));
    QCOMPARE(stack->count(), before + 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Rename entity to \"Logins!\""));
}

void TestMainWindow::ctrlEAddsAnEntityFromTheNameField()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const size_t before = m_window->document()->project().entities.size();
    QLineEdit *name = m_window->editor()->nameEdit();
    // Under X11, QLineEdit claims Ctrl+E for itself ("end of line"); the offscreen platform's key
    // bindings do not, so the field claims it here as it does on a desktop.
    struct ClaimsCtrlE : QObject
    {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::ShortcutOverride &&
                static_cast<QKeyEvent *>(event)->keyCombination() ==
                    QKeyCombination(Qt::ControlModifier, Qt::Key_E))
                event->accept();
            return false;
        }
    } claim;
    name->installEventFilter(&claim);
    for (const QString &typed :
         {QStringLiteral("Messages"), QStringLiteral("Channels"), QStringLiteral("Members")}) {
        // Ctrl+E wherever the focus is: the cursor waits in the Name field of the last entity.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : name, Qt::Key_E,
                        Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, typed);
    }
    const Project &project = m_window->document()->project();
    QCOMPARE(project.entities.size(), before + 3);
    QCOMPARE(project.entities[before].name, QStringLiteral("Messages"));
    QCOMPARE(project.entities[before + 1].name, QStringLiteral("Channels"));
    QCOMPARE(project.entities[before + 2].name, QStringLiteral("Members"));
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Rename entity to \"Members\""));
}

// Named an entity, Ctrl+Shift+A from the Name field: a pattern row opens, its name is typed in.
void TestMainWindow::newPatternFromTheNameField()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QLineEdit *name = m_window->editor()->nameEdit();
    m_window->action(QStringLiteral("newEntityAction"))->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Messages"));
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *cell = QApplication::focusWidget();
    QVERIFY(cell && m_window->editor()->patternView()->isAncestorOf(cell));
    QTest::keyClicks(cell, QStringLiteral("Latest messages of a channel"));
    QTest::keyClick(cell, Qt::Key_Return);
    const Entity &messages = m_window->document()->project().entities.back();
    QCOMPARE(messages.name, QStringLiteral("Messages"));
    QTRY_COMPARE(messages.patterns.size(), size_t(1));
    QTRY_COMPARE(messages.patterns[0].name, QStringLiteral("Latest messages of a channel"));
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Edit access pattern \"Latest messages of a channel\""));
}

void TestMainWindow::selectingChipShowsItInEditor()
{
    EntityChip *chip = m_window->scene()->chip(QStringLiteral("sessions"));
    m_window->scene()->clearSelection();
    chip->setSelected(true);
    QCOMPARE(m_window->context()->currentEntity(), QStringLiteral("sessions"));
    QCOMPARE(m_window->editor()->nameEdit()->text(), QStringLiteral("Sessions"));
}

void TestMainWindow::findingSelectsChipOnCanvas()
{
    m_window->document()->undoStack()->push(new PlaceEntityCommand(
        m_window->document(), QStringLiteral("pdfs"), QStringLiteral("mongo")));
    FindingsModel *findings = m_window->findings();
    const int row = int(findings->rules().indexOf(QStringLiteral("binary-in-database")));
    QVERIFY(row >= 0);
    findings->activate(findings->index(row, 0));
    QCOMPARE(m_window->context()->currentEntity(), QStringLiteral("pdfs"));
    QVERIFY(m_window->scene()->chip(QStringLiteral("pdfs"))->isSelected());
}

void TestMainWindow::diagramDockFollowsEdits()
{
    auto *dock = m_window->findChild<DiagramDock *>(QStringLiteral("diagramDock"));
    QVERIFY(dock);
    bool listed = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu()->actions().contains(dock->toggleViewAction()))
            listed = true;
    }
    QVERIFY(listed);
    m_window->show();
    dock->show();
    dock->raise();
    QTRY_VERIFY(dock->diagramText().contains(QLatin1String("Payments")));
    Document *doc = m_window->document();
    doc->undoStack()->push(
        EditEntityCommand::rename(doc, QStringLiteral("payments"), QStringLiteral("Settlements")));
    QTRY_VERIFY(dock->diagramText().contains(QLatin1String("Settlements")));
    QVERIFY(!dock->diagramText().contains(QLatin1String("Payments")));
}

void TestMainWindow::exportOpensTheDialog()
{
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QVERIFY(exportAction->isEnabled());
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
            shown = QTest::qWaitFor([dialog] { return !dialog->isUpdating(); }) &&
                    (dialog->previewText().contains(QLatin1String("Application Layer")) ||
                     !dialog->previewImage().isNull() || !dialog->previewBytes().isEmpty());
            dialog->reject();
        }
    });
    exportAction->trigger();
    QVERIFY(shown);
}

void TestMainWindow::preferencesStoreLanguageAndAutosave()
{
    PreferencesDialog dialog(QString(), 2);
    QVERIFY(dialog.language().isEmpty()); // the system's language until one is chosen
    QCOMPARE(dialog.autosaveSeconds(), 2);
    dialog.setLanguage(QStringLiteral("de"));
    QCOMPARE(dialog.language(), QStringLiteral("de"));
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        told |= label->text().contains(QLatin1String("starts again")) && !label->isHidden();
    QVERIFY(told);
    dialog.findChild<QSpinBox *>(QStringLiteral("autosaveBox"))->setValue(5);
    QCOMPARE(dialog.autosaveSeconds(), 5);
    setAutosaveIntervalMs(dialog.autosaveSeconds() * 1000);
    QCOMPARE(autosaveIntervalMs(), 5000);
    setAutosaveIntervalMs(10); // below the floor: clamped, never a busy loop
    QCOMPARE(autosaveIntervalMs(), 100);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action && action->isEnabled());
}

void TestMainWindow::palettesAreReadable_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("light") << int(Theme::Mode::Light);
    QTest::newRow("dark") << int(Theme::Mode::Dark);
}

void TestMainWindow::palettesAreReadable()
{
    QFETCH(int, mode);
    const QPalette p = Theme::palette(Theme::Mode(mode));
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
    QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7);
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::AlternateBase)) >= 7);
    QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3);
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3);
    // Fit badges keep their text readable on every colour of the scale.
    // The canvas and the panels colour a fit by the same band as every export: a "79.6" is amber
    // everywhere.
    for (double fit : {-1.0, 0.0, 39.9, 59.94, 59.96, 79.6, 79.96, 80.0, 100.0}) {
        const QColor badge = Visuals::fitColor(fit);
        QCOMPARE(badge.rgb() & 0xFFFFFF, fitColors(fitBand(fit)).fill);
        QVERIFY2(contrast(Visuals::fitTextColor(fit), badge) >= 4.5,
                 qPrintable(QString::number(fit)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
