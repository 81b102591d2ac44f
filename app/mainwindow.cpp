#include "app/mainwindow.h"

#include "app/gitversion.h"
#include "app/recentfiles.h"
#include "app/recoveryfile.h"
#include "app/settings.h"
#include "model/designcontext.h"
#include "model/fit.h"
#include "model/placement.h"
#include "translations/translations.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/storeitem.h"
#include "views/dialogs/advicedialog.h"
#include "views/dialogs/dialogprompts.h"
#include "views/dialogs/exportdialog.h"
#include "views/dialogs/gettingstarted.h"
#include "views/dialogs/importdialog.h"
#include "views/dialogs/preferencesdialog.h"
#include "views/panels/comparepanel.h"
#include "views/panels/complexitymeter.h"
#include "views/panels/decisionmatrixmodel.h"
#include "views/panels/diagramdock.h"
#include "views/panels/elidedlabel.h"
#include "views/panels/entityeditor.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/fitmatrixmodel.h"
#include "views/panels/palettedock.h"
#include "views/panels/roadmapdock.h"
#include "views/panels/scalecontrol.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "model/projectio.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHashFunctions>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace storemap {

namespace {

/// Below this available screen width the side panels are tabbed into one column.
constexpr int CompactBelowWidth = 1500;

const QString SampleEcommerce = QStringLiteral(":/samples/ecommerce.storemap");
const QString SampleStartup = QStringLiteral(":/samples/startup.storemap");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_context(new DesignContext(m_document, this))
    , m_scene(new CanvasScene(m_context, this))
    , m_view(new CanvasView(m_scene))
    , m_recent(new RecentFiles(this))
    , m_recovery(std::make_unique<RecoveryFile>())
    , m_prompts(std::make_unique<DialogPrompts>())
    , m_autosaveTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
    m_statusFit = new ElidedLabel;
    m_statusFit->setObjectName(QStringLiteral("statusFit"));
    statusBar()->addPermanentWidget(m_statusFit);
    // A status tip on the left takes the room it needs; the summary on the right elides to leave
    // it, instead of the two running into each other.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        const int room =
            statusBar()->width() - statusBar()->fontMetrics().horizontalAdvance(message) - 40;
        m_statusFit->setMaximumWidth(message.isEmpty()
                                         ? QWIDGETSIZE_MAX
                                         : std::max(room, m_statusFit->minimumSizeHint().width()));
    });
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveIntervalMs());
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::onCleanChanged);
    // After the stack moved (a push runs its command before the stack counts it).
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            &MainWindow::onDocumentChanged);
    connect(m_context, &DesignContext::analysed, this, &MainWindow::updateStatus);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    qApp->installEventFilter(this);
    // Queued: an editor's save is several file events; one question is enough.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChangedOnDisk,
            Qt::QueuedConnection);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &MainWindow::onFileChangedOnDisk, Qt::QueuedConnection);
    updateRecentMenu();
    updateTitle();
    updateStatus();
    // Never larger than the screen: on a laptop the window would run off its edges.
    const QScreen *screen = QGuiApplication::primaryScreen();
    resize(screen ? QSize(1480, 920).boundedTo(screen->availableGeometry().size())
                  : QSize(1480, 920));
}

MainWindow::~MainWindow()
{
    // The undo stack reports itself clean while it is destroyed; that is no save.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    // The scene's items are deleted with it, which changes the selection: nothing to enable then.
    disconnect(m_scene, nullptr, this, nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setPrompts(Prompts *prompts)
{
    m_prompts.reset(prompts);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                       const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        return a;
    };
    QStyle *s = style();
    QAction *a = m_actions.newFile = make(QStringLiteral("newAction"), tr("&New"),
                                          QKeySequence::New, tr("Start an empty project"));
    a->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    connect(a, &QAction::triggered, this, &MainWindow::onNew);
    a = m_actions.open = make(QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open,
                              tr("Open a .storemap project"));
    a->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    connect(a, &QAction::triggered, this, &MainWindow::onOpen);
    a = m_actions.save =
        make(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save, tr("Save the project"));
    a->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    connect(a, &QAction::triggered, this, &MainWindow::onSave);
    a = m_actions.saveAs = make(QStringLiteral("saveAsAction"), tr("Save &As…"),
                                QKeySequence::SaveAs, tr("Save the project under a new name"));
    connect(a, &QAction::triggered, this, &MainWindow::onSaveAs);
    a = m_actions.compareFile = make(QStringLiteral("compareFileAction"), tr("Compare &With File…"),
                                     QKeySequence(tr("Ctrl+Shift+D")),
                                     tr("Show what differs between this design and another file"));
    connect(a, &QAction::triggered, this, &MainWindow::onCompareWithFile);
    a = m_actions.compareHead =
        make(QStringLiteral("compareHeadAction"), tr("Compare With &Git HEAD"), QKeySequence(),
             tr("Show what differs between this design and the file as last committed to git"));
    connect(a, &QAction::triggered, this, &MainWindow::onCompareWithHead);
    a = m_actions.importFile =
        make(QStringLiteral("importAction"), tr("&Import PostgreSQL…"), QKeySequence(tr("Ctrl+I")),
             tr("Turn a PostgreSQL database (live, or a schema file) into a new project"));
    connect(a, &QAction::triggered, this, &MainWindow::onImport);
    a = m_actions.exportFile =
        make(QStringLiteral("exportAction"), tr("&Export…"), QKeySequence(tr("Ctrl+Shift+E")),
             tr("Export the diagram or a decision record"));
    connect(a, &QAction::triggered, this, &MainWindow::onExport);
    a = m_actions.quit =
        make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit, tr("Close Storemap"));
    connect(a, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_actions.undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    undo->setStatusTip(tr("Undo the last change"));
    QAction *redo = m_actions.redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    redo->setStatusTip(tr("Redo the change you undid"));

    a = m_actions.newEntity =
        make(QStringLiteral("newEntityAction"), tr("New &Entity"), QKeySequence(tr("Ctrl+E")),
             tr("Add a data entity to the Unplaced tray"));
    a->setIcon(QIcon(QStringLiteral(":/icons/new-entity.svg")));
    connect(a, &QAction::triggered, this, &MainWindow::onNewEntity);
    a = m_actions.newPattern =
        make(QStringLiteral("newPatternAction"), tr("New Access &Pattern"),
             QKeySequence(tr("Ctrl+Shift+A")),
             tr("Add an access pattern to the selected entity and type its name"));
    connect(a, &QAction::triggered, this, [this] {
        m_editor->parentWidget()->show();
        m_editor->parentWidget()->raise();
        m_editor->addPattern();
    });
    a->setEnabled(false);
    connect(m_context, &DesignContext::currentEntityChanged, a,
            [a](const QString &id) { a->setEnabled(!id.isEmpty()); });
    a = m_actions.remove = make(QStringLiteral("deleteAction"), tr("&Delete"), QKeySequence::Delete,
                                tr("Delete the selected stores and entities"));
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(a);
    connect(a, &QAction::triggered, m_scene, &CanvasScene::deleteSelection);
    a = m_actions.storeMemory = make(
        QStringLiteral("storeMemoryAction"), tr("Store &Memory…"), QKeySequence(),
        tr("Set what the selected store holds in memory before it evicts keys (Tab to a store on "
           "the canvas and press Space to select it)"));
    a->setEnabled(false);
    connect(a, &QAction::triggered, this, [this] { onStoreMemory(selectedStore()); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_actions.storeMemory->setEnabled(!selectedStore().isEmpty()); });
    connect(m_scene, &CanvasScene::storeMemoryRequested, this, &MainWindow::onStoreMemory);
    a = m_actions.renameProject =
        make(QStringLiteral("renameProjectAction"), tr("Rename Pro&ject…"), QKeySequence(),
             tr("Name the project: the title of the canvas and of every diagram"));
    connect(a, &QAction::triggered, this, &MainWindow::onRenameProject);
    connect(m_scene, &CanvasScene::projectRenameRequested, this, &MainWindow::onRenameProject);
    a = m_actions.projectNotes =
        make(QStringLiteral("projectNotesAction"), tr("Project &Notes…"), QKeySequence(),
             tr("Write down why the design is as it is; the decision record prints it"));
    connect(a, &QAction::triggered, this, &MainWindow::onProjectNotes);
    a = m_actions.operatedKinds =
        make(QStringLiteral("operatedKindsAction"), tr("Operated &Kinds…"), QKeySequence(),
             tr("Tick the store kinds your team already runs: their operational burden is already "
                "paid"));
    connect(a, &QAction::triggered, this, &MainWindow::onOperatedKinds);
    a = m_actions.preferences =
        make(QStringLiteral("preferencesAction"), tr("Pre&ferences…"), QKeySequence::Preferences,
             tr("Choose the interface language and the autosave delay"));
    connect(a, &QAction::triggered, this, &MainWindow::onPreferences);
    a = m_actions.suggest =
        make(QStringLiteral("suggestAction"), tr("Suggest &Layout…"), QKeySequence(tr("Ctrl+L")),
             tr("Ask the advisor for the layout that fits this scale best"));
    a->setIcon(QIcon(QStringLiteral(":/icons/suggest-layout.svg")));
    connect(a, &QAction::triggered, this, &MainWindow::onSuggestLayout);

    a = m_actions.zoomIn = make(QStringLiteral("zoomInAction"), tr("Zoom &In"),
                                QKeySequence(tr("Ctrl+=")), tr("Zoom in on the canvas"));
    a->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn});
    connect(a, &QAction::triggered, m_view, &CanvasView::zoomIn);
    a = m_actions.zoomOut = make(QStringLiteral("zoomOutAction"), tr("Zoom &Out"),
                                 QKeySequence(tr("Ctrl+-")), tr("Zoom out of the canvas"));
    a->setShortcuts({QKeySequence(tr("Ctrl+-")), QKeySequence::ZoomOut});
    connect(a, &QAction::triggered, m_view, &CanvasView::zoomOut);
    a = m_actions.find = make(QStringLiteral("findAction"), tr("Fi&nd Entity…"), QKeySequence::Find,
                              tr("Type part of an entity's name: its chip is selected and shown"));
    connect(a, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    a = m_actions.fit = make(QStringLiteral("fitAction"), tr("&Fit to Window"),
                             QKeySequence(tr("Ctrl+0")), tr("Show the whole layout"));
    connect(a, &QAction::triggered, m_view, &CanvasView::fitToWindow);
    a = m_actions.actualSize = make(QStringLiteral("actualSizeAction"), tr("&Actual Size"),
                                    QKeySequence(tr("Ctrl+1")), tr("Zoom to 100%"));
    connect(a, &QAction::triggered, m_view, &CanvasView::resetZoom);
    a = m_actions.grid =
        make(QStringLiteral("gridAction"), tr("&Grid Layout"), QKeySequence(tr("Ctrl+G")),
             tr("Wrap the stores and their chips into a grid that fits the window, "
                "so names stay legible however many entities there are"));
    a->setCheckable(true);
    a->setChecked(gridLayout());
    m_scene->setGridLayout(a->isChecked());
    connect(a, &QAction::toggled, this, [this](bool on) {
        setGridLayout(on);
        m_scene->setGridLayout(on);
        m_view->fitToWindow();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.newFile);
    m_sampleMenu = file->addMenu(tr("New from Sa&mple"));
    m_sampleMenu->addAction(tr("&E-commerce (the lesson's example)"), this,
                            [this] { onOpenSample(SampleEcommerce); });
    m_sampleMenu->addAction(tr("&Startup (100 users)"), this,
                            [this] { onOpenSample(SampleStartup); });
    file->addAction(m_actions.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_actions.save);
    file->addAction(m_actions.saveAs);
    file->addSeparator();
    file->addAction(m_actions.compareFile);
    file->addAction(m_actions.compareHead);
    file->addSeparator();
    file->addAction(m_actions.importFile);
    file->addAction(m_actions.exportFile);
    file->addSeparator();
    file->addAction(m_actions.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.undo);
    edit->addAction(m_actions.redo);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    history->setStatusTip(tr("Show every change and jump back to any of them"));
    edit->addAction(history);
    edit->addSeparator();
    edit->addAction(m_actions.newEntity);
    edit->addAction(m_actions.newPattern);
    edit->addAction(m_actions.remove);
    edit->addAction(m_actions.storeMemory);
    edit->addAction(m_actions.renameProject);
    edit->addAction(m_actions.projectNotes);
    edit->addAction(m_actions.operatedKinds);
    edit->addSeparator();
    edit->addAction(m_actions.preferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_actions.zoomIn);
    m_viewMenu->addAction(m_actions.zoomOut);
    m_viewMenu->addAction(m_actions.fit);
    m_viewMenu->addAction(m_actions.actualSize);
    m_viewMenu->addAction(m_actions.grid);
    m_viewMenu->addAction(m_actions.find);
    m_viewMenu->addSeparator();
    const QList<std::pair<const char *, QString>> docks{
        {"paletteDock", tr("&Palette")},   {"complexityDock", tr("&Complexity vs Budget")},
        {"entityDock", tr("&Entity")},     {"fitMatrixDock", tr("Fi&t Matrix")},
        {"findingsDock", tr("Finding&s")}, {"decisionMatrixDock", tr("&Decision Matrix")},
        {"diagramDock", tr("Diagra&m")},   {"roadmapDock", tr("&Roadmap")},
    };
    for (const auto &[name, text] : docks) {
        auto *dock = findChild<QDockWidget *>(QString::fromLatin1(name));
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(text);
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        // A panel shown from View comes to the front; one behind another's tab is brought forward
        // rather than hidden.
        connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
            if (!shown && !dock->isFloating() && dock->visibleRegion().isEmpty() &&
                !dock->window()->visibleRegion().isEmpty()) {
                dock->show();
                shown = true;
            }
            if (shown)
                dock->raise();
        });
        m_viewMenu->addAction(toggle);
    }

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    design->addAction(m_actions.suggest);
    design->addSeparator();
    design->addAction(m_actions.renameProject);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *start =
        help->addAction(tr("&Getting Started"), this, [this] { showGettingStarted(this); });
    start->setObjectName(QStringLiteral("gettingStartedAction"));
    start->setShortcut(QKeySequence::HelpContents);
    start->setStatusTip(tr("How to place entities, what the scores and findings mean"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About Storemap"), this, [this] {
        QMessageBox::about(
            this, tr("About Storemap"),
            tr("<h3>Storemap %1</h3><p>Design where your application's data lives: list your "
               "entities and their access patterns, place each on the store that fits, and "
               "watch the operational cost of every extra store.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.newFile);
    bar->addAction(m_actions.open);
    bar->addAction(m_actions.save);
    bar->addSeparator();
    bar->addAction(m_actions.undo);
    bar->addAction(m_actions.redo);
    // Their text names the command ("Undo Place …"): the tooltip shows it, the bar stays
    // steady.
    for (const char *name : {"undoAction", "redoAction"}) {
        if (auto *button = qobject_cast<QToolButton *>(
                bar->widgetForAction(action(QString::fromLatin1(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    bar->addAction(m_actions.newEntity);
    bar->addAction(m_actions.suggest);
    bar->addSeparator();
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find entity (Ctrl+F)"));
    m_find->setToolTip(tr("Type part of an entity's name; Enter finds the next one"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(m_find->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    connect(m_find, &QLineEdit::textEdited, this, [this] { findEntity(false); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findEntity(true); });
    bar->addWidget(m_find);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_scale = new ScaleControl(m_document);
    bar->addWidget(m_scale);
}

QDockWidget *MainWindow::makeDock(const QString &title, const QString &name, QWidget *body)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(body);
    return dock;
}

void MainWindow::createDocks()
{
    m_palette = new PaletteDock(m_scene, m_actions.newEntity, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);

    m_meter = new ComplexityMeter(m_context);
    auto *meterBody = new QWidget;
    auto *meterLayout = new QVBoxLayout(meterBody);
    meterLayout->setContentsMargins(4, 4, 4, 4);
    meterLayout->addWidget(m_meter);
    meterLayout->addStretch();
    QDockWidget *complexity =
        makeDock(tr("Complexity vs budget"), QStringLiteral("complexityDock"), meterBody);
    addDockWidget(Qt::LeftDockWidgetArea, complexity);

    m_editor = new EntityEditor(m_context);
    QDockWidget *entity = makeDock(tr("Entity"), QStringLiteral("entityDock"), m_editor);
    addDockWidget(Qt::RightDockWidgetArea, entity);

    m_fitMatrix = new FitMatrixModel(m_context, this);
    m_fitMatrixView = new QTableView;
    m_fitMatrixView->setModel(m_fitMatrix);
    m_fitMatrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fitMatrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fitMatrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fitMatrixView->horizontalHeader()->setMinimumSectionSize(96);
    m_fitMatrixView->verticalHeader()->setDefaultSectionSize(
        m_fitMatrixView->fontMetrics().height() + 6);
    m_fitMatrixView->setIconSize(QSize(16, 16));
    m_fitMatrixView->setStatusTip(
        tr("Fit of every entity on every kind: ● marks where it is; double-click (or Enter) "
           "to move it there."));
    connect(m_fitMatrixView, &QTableView::activated, m_fitMatrix, &FitMatrixModel::moveToCell);
    connect(m_fitMatrixView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_context->setCurrentEntity(index.data(FitMatrixModel::EntityIdRole).toString());
    });
    QDockWidget *fit = makeDock(tr("Fit matrix"), QStringLiteral("fitMatrixDock"), m_fitMatrixView);
    addDockWidget(Qt::BottomDockWidgetArea, fit);

    m_findings = new FindingsModel(m_context, this);
    m_findingsView = new QTableView;
    showFindings(m_findingsView, m_findings);
    m_findingsView->setStatusTip(tr("Click a finding to select its entity."));
    connect(m_findingsView, &QTableView::clicked, m_findings, &FindingsModel::activate);
    connect(m_findingsView, &QTableView::activated, m_findings, &FindingsModel::activate);
    auto *findingsBody = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsBody);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *noFindings =
        new QLabel(tr("No findings: nothing here repeats a mistake the lesson warns about."));
    noFindings->setWordWrap(true);
    noFindings->setContentsMargins(8, 6, 8, 6);
    findingsLayout->addWidget(noFindings);
    findingsLayout->addWidget(m_findingsView, 1);
    auto showEmpty = [this, noFindings] { noFindings->setVisible(m_findings->rowCount() == 0); };
    connect(m_context, &DesignContext::analysed, noFindings, showEmpty);
    showEmpty();
    QDockWidget *findings = makeDock(tr("Findings"), QStringLiteral("findingsDock"), findingsBody);
    addDockWidget(Qt::RightDockWidgetArea, findings);

    m_decisionMatrix = new DecisionMatrixModel(m_context, this);
    m_decisionMatrixView = new QTableView;
    m_decisionMatrixView->setModel(m_decisionMatrix);
    m_decisionMatrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisionMatrixView->setWordWrap(true);
    m_decisionMatrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_decisionMatrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisionMatrixView->setStatusTip(
        tr("The lesson's decision matrix; rows that matter for the selected entity are "
           "highlighted."));
    QDockWidget *matrix =
        makeDock(tr("Decision matrix"), QStringLiteral("decisionMatrixDock"), m_decisionMatrixView);
    addDockWidget(Qt::BottomDockWidgetArea, matrix);
    tabifyDockWidget(fit, matrix);
    auto *diagram = new DiagramDock(m_document, this);
    diagram->setObjectName(QStringLiteral("diagramDock"));
    addDockWidget(Qt::BottomDockWidgetArea, diagram);
    tabifyDockWidget(matrix, diagram);
    auto *roadmap = new RoadmapDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, roadmap);
    tabifyDockWidget(diagram, roadmap);
    fit->raise();

    auto *history = new QUndoView(m_document->undoStack());
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock = makeDock(tr("History"), QStringLiteral("historyDock"), history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    m_compare = new ComparePanel(m_context, m_scene);
    m_compareDock = makeDock(tr("Compare"), QStringLiteral("compareDock"), m_compare);
    addDockWidget(Qt::LeftDockWidgetArea, m_compareDock);
    m_compareDock->hide();
    connect(m_compareDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && m_compareDock->isHidden())
            m_compare->stop(); // closed: the marks go with it
    });

    // Help > What's This? (Shift+F1), then a click on a panel, says what the panel is for.
    const std::pair<const char *, QString> whatsThis[] = {
        {"paletteDock", tr("The store kinds of the lesson's decision matrix. Drag one onto the "
                           "canvas to add a store; its tooltip says what it is best and worst "
                           "for.")},
        {"complexityDock", tr("The operational cost of the kinds of store the layout runs, "
                              "against the budget your number of users affords. Every kind you "
                              "add is another system to monitor, back up and debug.")},
        {"entityDock", tr("The selected entity: its name, description, notes, schema, durability "
                          "and access patterns. Its fit on its store and its best store are "
                          "shown on top.")},
        {"fitMatrixDock", tr("Every entity's fit on every kind of store at this scale. The dot "
                             "marks where it is placed, bold where it fits best.")},
        {"findingsDock", tr("The classic mistakes this layout makes, each citing the lesson. "
                            "Click one to select the entity it is about.")},
        {"decisionMatrixDock", tr("The lesson's decision matrix: what each kind of store offers "
                                  "and costs. The rows that matter for the selected entity are "
                                  "marked.")},
        {"diagramDock", tr("The layout drawn like the lesson's picture, as it will be exported; "
                           "Copy ASCII puts the text diagram on the clipboard.")},
        {"historyDock", tr("Every change you made, one line per gesture. Click a line to go "
                           "back to that moment; Redo comes forward again.")},
        {"roadmapDock", tr("Which layout suits which scale: when to add a store, and which "
                           "entities move then. Click a step to set the scale there.")},
        {"compareDock", tr("Another version of this design (a file, or the file at git's HEAD) "
                           "beside the canvas: what moved, came or went, marked on both "
                           "canvases. Click a difference to select its entity.")},
    };
    for (const auto &[name, text] : whatsThis) {
        if (auto *dock = findChild<QDockWidget *>(QString::fromLatin1(name)))
            dock->setWhatsThis(text);
    }
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->availableGeometry().width() < CompactBelowWidth) {
        // A laptop screen: the side panels share one column as tabs (View brings each to the
        // front), so the canvas stays the largest area with legible text.
        for (QDockWidget *dock : {findings, static_cast<QDockWidget *>(m_palette), complexity}) {
            addDockWidget(Qt::RightDockWidgetArea, dock);
            tabifyDockWidget(entity, dock);
        }
        entity->raise();
        resizeDocks({entity}, {330}, Qt::Horizontal);
        resizeDocks({fit}, {200}, Qt::Vertical);
        return;
    }
    resizeDocks({m_palette, complexity}, {520, 140}, Qt::Vertical);
    resizeDocks({m_palette}, {230}, Qt::Horizontal);
    resizeDocks({entity, findings}, {430, 330}, Qt::Vertical);
    resizeDocks({findings}, {430}, Qt::Horizontal);
    resizeDocks({fit}, {320}, Qt::Vertical);
}

void MainWindow::onRenameProject()
{
    if (const std::optional<QString> name =
            m_prompts->askProjectName(this, m_document->project().name))
        Placement::renameProject(m_document, *name);
}

void MainWindow::onProjectNotes()
{
    const std::optional<QString> notes = m_prompts->editNotes(this, m_document->project().notes);
    if (!notes || *notes == m_document->project().notes)
        return;
    Project after = m_document->project();
    after.notes = *notes;
    m_document->undoStack()->push(
        new ApplyLayoutCommand(m_document, after, tr("Edit project notes")));
}

QString MainWindow::selectedStore() const
{
    QString id;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *store = qgraphicsitem_cast<StoreItem *>(item); store && !store->isTray()) {
            if (!id.isEmpty())
                return QString(); // more than one: which one is meant is not clear
            id = store->storeId();
        }
    }
    return id;
}

void MainWindow::onStoreMemory(const QString &storeId)
{
    const Store *store = m_document->project().store(storeId);
    if (!store)
        return;
    const std::optional<double> memory =
        m_prompts->askStoreMemory(this, store->name, store->memoryGB);
    store = m_document->project().store(storeId); // looked up again after the dialog
    if (!memory || !store)
        return;
    const double memoryGB = *memory < 0 ? -1 : *memory;
    if (memoryGB == store->memoryGB)
        return;
    m_document->undoStack()->push(new SetStoreMemoryCommand(m_document, storeId, memoryGB));
}

void MainWindow::onOperatedKinds()
{
    const std::optional<QStringList> kinds =
        m_prompts->askOperatedKinds(this, m_context->catalog(), m_document->project().operates);
    if (!kinds)
        return;
    auto sorted = [](QStringList ids) {
        ids.sort();
        return ids;
    };
    if (sorted(*kinds) == sorted(m_document->project().operates)) // the same kinds: no step
        return;
    m_document->undoStack()->push(new SetOperatedKindsCommand(m_document, *kinds));
}

void MainWindow::findEntity(bool next)
{
    const QString text = m_find->text().trimmed();
    const std::vector<Entity> &entities = m_document->project().entities;
    if (text.isEmpty() || entities.empty())
        return;
    const int current = m_document->project().entityIndex(m_context->currentEntity());
    // From the current entity (a refined search may still match it), or after it for the next.
    const int start = current < 0 ? 0 : (next ? current + 1 : current);
    for (size_t i = 0; i < entities.size(); ++i) {
        const Entity &e = entities[(size_t(start) + i) % entities.size()];
        if (e.name.contains(text, Qt::CaseInsensitive)) {
            m_context->setCurrentEntity(e.id);
            statusBar()->clearMessage();
            return;
        }
    }
    statusBar()->showMessage(tr("No entity's name contains \"%1\".").arg(text), 4000);
}

void MainWindow::onPreferences()
{
    PreferencesDialog dialog(preferredLanguage(), std::max(1, autosaveIntervalMs() / 1000), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPreferredLanguage(dialog.language());
    setAutosaveIntervalMs(dialog.autosaveSeconds() * 1000);
    m_autosaveTimer->setInterval(autosaveIntervalMs());
}

void MainWindow::onExport()
{
    ExportDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::onCompareWithFile()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompts->openFileName(this, dir);
    if (path.isEmpty())
        return;
    Project other;
    LoadError error;
    if (!readProjectFile(path, m_context->catalog(), &other, &error)) {
        m_prompts->showError(this, tr("Could not compare"), error.toString());
        return;
    }
    compareWith(other, QFileInfo(path).fileName());
}

void MainWindow::onCompareWithHead()
{
    if (m_path.isEmpty()) {
        m_prompts->showError(this, tr("Could not compare"),
                             tr("Save the project in a git repository first: it is compared "
                                "with the file as last committed."));
        return;
    }
    QByteArray text;
    QString why;
    Project other;
    LoadError error;
    if (!readGitHead(m_path, &text, &why)) {
        m_prompts->showError(this, tr("Could not compare"), why);
        return;
    }
    if (!parseProject(text, m_context->catalog(), &other, &error)) {
        m_prompts->showError(
            this, tr("Could not compare"),
            tr("%1 at git HEAD: %2").arg(QFileInfo(m_path).fileName(), error.toString()));
        return;
    }
    compareWith(other, tr("%1 at git HEAD").arg(QFileInfo(m_path).fileName()));
}

void MainWindow::compareWith(const Project &other, const QString &source)
{
    m_compare->compareWith(other, source);
    m_compareDock->show();
    m_compareDock->raise();
    // Side by side: the other version takes about a third of the window, next to the canvas.
    if (!m_compareDock->isFloating())
        resizeDocks({m_compareDock}, {std::max(320, width() / 3)}, Qt::Horizontal);
}

void MainWindow::onImport()
{
    if (!maybeSave())
        return;
    ImportDialog dialog(m_document->project().users, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadProject(dialog.project(), QString());
    m_document->undoStack()->resetClean(); // new and unsaved: closing asks
    statusBar()->showMessage(tr("Imported %n table(s) from %1 as a new project.", nullptr,
                                int(dialog.project().entities.size()))
                                 .arg(dialog.project().name),
                             8000);
    if (!dialog.skipped().isEmpty())
        m_prompts->showError(this, tr("Some statements were skipped"),
                             dialog.skipped().join(QLatin1Char('\n')));
}

void MainWindow::onNewEntity()
{
    const QString id = Placement::addEntity(m_document);
    m_context->setCurrentEntity(id);
    // Straight on to naming it.
    m_editor->parentWidget()->show();
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    statusBar()->showMessage(
        tr("Added an entity to the Unplaced tray: name it and list its access patterns."), 5000);
}

void MainWindow::onSuggestLayout()
{
    AdviceDialog dialog(m_document->project(), m_context->catalog(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.changesAnything())
        m_document->undoStack()->push(new ApplyLayoutCommand(m_document, dialog.layout()));
}

void MainWindow::loadProject(const Project &project, const QString &path)
{
    m_compare->stop(); // another design: what it was compared with no longer applies
    m_compareDock->hide();
    m_context->setCurrentEntity(QString());
    m_document->setProject(project);
    m_document->undoStack()->clear();
    m_document->undoStack()->setClean();
    m_path = path;
    watchFile();
    if (!path.isEmpty())
        m_recent->add(path);
    if (!project.entities.empty())
        m_context->setCurrentEntity(project.entities.front().id);
    updateTitle();
    m_view->fitToWindow();
    QTimer::singleShot(0, m_view, &CanvasView::fitToWindow);
}

bool MainWindow::maybeSave()
{
    if (m_document->undoStack()->isClean())
        return true;
    const QString name =
        m_path.isEmpty() ? m_document->project().name : QFileInfo(m_path).fileName();
    switch (m_prompts->askUnsaved(this, name)) {
    case Prompts::Unsaved::Save:
        return onSave();
    case Prompts::Unsaved::Discard:
        return true;
    case Prompts::Unsaved::Cancel:
        break;
    }
    return false;
}

void MainWindow::openInitial(const QString &file, std::future<ProjectRead> read)
{
    if (m_recovery->exists()) {
        Project recovered;
        QString source;
        if (m_recovery->read(&recovered, &source) && m_prompts->askRestore(this, recovered.name)) {
            loadProject(recovered, source);
            m_document->undoStack()->resetClean();
            updateTitle();
            return;
        }
        m_recovery->discard();
    }
    if (!file.isEmpty() && openFile(file, std::move(read)))
        return;
    if (file.isEmpty()) {
        const QStringList recent = m_recent->files();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openFile(recent.first()))
            return;
    }
    onOpenSample(SampleEcommerce);
}

bool MainWindow::openFile(const QString &path, std::future<ProjectRead> read)
{
    if (!maybeSave())
        return false;
    ProjectRead file;
    if (read.valid())
        file = read.get();
    else
        file.ok = readProjectFile(path, m_context->catalog(), &file.project, &file.error);
    if (!file.ok) {
        m_prompts->showError(this, tr("Could not open project"),
                             tr("%1\n\n%2").arg(QFileInfo(path).fileName(), file.error.toString()));
        return false;
    }
    loadProject(file.project, path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::onOpenSample(const QString &resource)
{
    if (!maybeSave())
        return;
    Project project;
    LoadError error;
    if (!readProjectFile(resource, m_context->catalog(), &project, &error)) {
        m_prompts->showError(this, tr("Could not open sample"), error.toString());
        return;
    }
    loadProject(project, QString());
}

void MainWindow::onNew()
{
    if (!maybeSave())
        return;
    Project project;
    project.name = tr("Untitled");
    loadProject(project, QString());
}

void MainWindow::onOpen()
{
    const QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompts->openFileName(this, dir);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::onSave()
{
    if (m_path.isEmpty())
        return onSaveAs();
    return saveTo(m_path);
}

bool MainWindow::onSaveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty())
        suggestion = m_document->project().name + QStringLiteral(".storemap");
    const QString path = m_prompts->saveFileName(this, suggestion);
    if (path.isEmpty())
        return false;
    // A project never named takes the file's name: the diagrams' title is then "chat", not
    // "Untitled" (an undo step of its own).
    const QString name = m_document->project().name.trimmed();
    if (name.isEmpty() || name == tr("Untitled"))
        Placement::renameProject(m_document, QFileInfo(path).completeBaseName());
    return saveTo(path);
}

namespace {

/// What the file at @p path holds, in a few bytes: its size and a 64-bit hash of its bytes, enough
/// to tell another program's version from our own save (SHA-1 took a quarter of a second to open
/// 20,000 entities); empty when it cannot be read.
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    size_t hash = 0;
    qint64 size = 0;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0; size += n)
        hash = qHashBits(chunk.constData(), size_t(n), hash);
    return QByteArray::number(size) + ' ' + QByteArray::number(quint64(hash), 16);
}

/// "shop.storemap.theirs", or "shop.storemap.theirs-2" when that is taken.
QString keptVersionPath(const QString &path)
{
    QString kept = path + QStringLiteral(".theirs");
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = path + QStringLiteral(".theirs-%1").arg(n);
    return kept;
}

} // namespace

void MainWindow::watchFile()
{
    if (!m_watcher->files().isEmpty() || !m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->files() + m_watcher->directories());
    m_diskHash = m_path.isEmpty() ? QByteArray() : fileHash(m_path);
    m_declinedHash.clear();
    if (m_path.isEmpty())
        return;
    m_watcher->addPath(m_path);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
}

void MainWindow::onFileChangedOnDisk()
{
    if (m_path.isEmpty() || m_askingAboutDisk)
        return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path); // replaced by rename: watch the new file
    const QByteArray now = fileHash(m_path);
    if (now.isEmpty() || now == m_diskHash || now == m_declinedHash)
        return; // gone for now (mid-replace), our own save, or a version already declined
    const QString name = QFileInfo(m_path).fileName();
    m_askingAboutDisk = true;
    const Prompts::DiskChange answer =
        m_prompts->askChangedOnDisk(this, name, !m_document->undoStack()->isClean());
    m_askingAboutDisk = false;
    if (answer == Prompts::DiskChange::KeepMine) {
        m_declinedHash = now;
        statusBar()->showMessage(
            tr("Kept your version; saving over “%1” will ask first.").arg(name), 6000);
        return; // m_diskHash still names the version we loaded: a save asks
    }
    Project project;
    LoadError error;
    if (!readProjectFile(m_path, m_context->catalog(), &project, &error)) {
        m_prompts->showError(this, tr("Could not reload project"),
                             tr("%1\n\n%2").arg(name, error.toString()));
        return;
    }
    m_document->undoStack()->push(
        new ApplyLayoutCommand(m_document, project, tr("Reload “%1” from disk").arg(name)));
    m_document->undoStack()->setClean();
    m_diskHash = now;
    statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(m_path)), 4000);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    const QString target = QFileInfo(path).absoluteFilePath();
    const bool sameFile = !m_path.isEmpty() && QFileInfo(m_path).absoluteFilePath() == target;
    const QByteArray onDisk = sameFile ? fileHash(path) : QByteArray();
    if (!onDisk.isEmpty() && onDisk != m_diskHash) {
        // Another program wrote it since we loaded or saved it: ask, and keep its version.
        const QString kept = keptVersionPath(path);
        if (!m_prompts->askOverwriteChanged(this, QFileInfo(path).fileName(),
                                            QFileInfo(kept).fileName()))
            return false;
        if (!QFile::copy(path, kept)) {
            m_prompts->showError(this, tr("Could not save project"),
                                 tr("Could not keep the other version as %1; nothing was "
                                    "saved.")
                                     .arg(QDir::toNativeSeparators(kept)));
            return false;
        }
    }
    if (!writeProjectFile(path, m_document->project(), &error)) {
        m_prompts->showError(this, tr("Could not save project"), error);
        return false;
    }
    m_path = path;
    watchFile();
    m_recent->add(path);
    m_document->undoStack()->setClean();
    m_recovery->discard();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::autosavePending() const
{
    return m_autosaveTimer->isActive();
}

bool MainWindow::autosave()
{
    m_autosaveTimer->stop();
    if (m_document->undoStack()->isClean())
        return false;
    m_recovery->write(m_document->snapshot(), m_path, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error));
    });
    return true;
}

void MainWindow::onDocumentChanged()
{
    if (!m_document->undoStack()->isClean())
        m_autosaveTimer->start();
}

void MainWindow::onCleanChanged(bool clean)
{
    if (clean) {
        m_autosaveTimer->stop();
        m_recovery->discard();
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name =
        m_path.isEmpty()
            ? (m_document->project().name.isEmpty() ? tr("Untitled") : m_document->project().name)
            : QFileInfo(m_path).fileName();
    setWindowTitle(QStringLiteral("%1[*]").arg(name));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString label = n < 10
                                  ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                  : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateStatus()
{
    const Analysis &a = m_context->analysis();
    m_statusFit->setText(tr("Overall fit %1  ·  Errors: %2  ·  Warnings: %3  ·  %4")
                             .arg(formatFit(a.overallFit))
                             .arg(countFindings(a.findings, Severity::Error))
                             .arg(countFindings(a.findings, Severity::Warning))
                             .arg(m_meter->summary()));
    m_statusFit->setToolTip(m_statusFit->text());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> windowActions = findChildren<QAction *>();
    for (const QAction *a : windowActions) {
        if (a->isEnabled() && a->shortcutContext() == Qt::WindowShortcut &&
            a->shortcuts().contains(pressed))
            return true; // not overridden: the window's shortcut fires
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaveTimer->stop();
    m_recovery->discard();
    event->accept();
}

} // namespace storemap
