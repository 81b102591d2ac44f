#pragma once

#include "model/projectio.h"

#include <QMainWindow>

#include <future>
#include <memory>

class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace storemap {

class CanvasScene;
class CanvasView;
class ComplexityMeter;
class DesignContext;
class Document;
class ComparePanel;
class EntityEditor;
class FindingsModel;
class FitMatrixModel;
class DecisionMatrixModel;
class PaletteDock;
class Prompts;
class RecentFiles;
class RecoveryFile;
class ScaleControl;
struct Project;

/// The designer window: the canvas in the middle, the palette, entity editor and live analysis
/// in docks, the scale in the toolbar, and the file, edit and view menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DesignContext *context() const { return m_context; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *canvas() const { return m_view; }
    EntityEditor *editor() const { return m_editor; }
    FindingsModel *findings() const { return m_findings; }
    ComparePanel *comparePanel() const { return m_compare; }
    RecentFiles *recentFiles() const { return m_recent; }
    RecoveryFile *recoveryFile() const { return m_recovery.get(); }
    QString filePath() const { return m_path; }
    /// An action by its object name ("newEntityAction"), for tests and scripts.
    QAction *action(const QString &objectName) const;

    /// Replaces the dialogs (tests script the answers). Takes ownership.
    void setPrompts(Prompts *prompts);

    /// Start-up: offers the recovery file if one was left behind; else opens @p file (as @p read
    /// reads it, when given: readProjectFileInBackground()), or the last file, or the bundled
    /// e-commerce sample.
    void openInitial(const QString &file, std::future<ProjectRead> read = {});
    /// Opens @p path after asking about unsaved changes (as @p read reads it, when given); a bad
    /// file leaves the project untouched.
    bool openFile(const QString &path, std::future<ProjectRead> read = {});
    bool saveTo(const QString &path);
    /// Starts writing the recovery file now, in the background (the autosave timer calls it after
    /// edits). False when there is nothing unsaved to write.
    bool autosave();
    /// True while an edit waits for the autosave timer.
    bool autosavePending() const;

public slots:
    void onNew();
    void onOpen();
    bool onSave();
    bool onSaveAs();
    void onOpenSample(const QString &resource);
    void onSuggestLayout();
    /// File > Export: every diagram format with a preview.
    void onExport();
    /// File > Import: a PostgreSQL database (live or a schema file) as a new, unsaved project.
    void onImport();
    /// File > Compare With File / Git HEAD: the Compare panel shows the other version.
    void onCompareWithFile();
    void onCompareWithHead();
    /// Edit > Preferences: language and autosave delay.
    void onPreferences();
    void onProjectNotes();
    void onRenameProject();
    /// Edit > Store Memory, or a store's context menu: what store @p storeId holds in memory
    /// before it evicts (one undo step; Cancel or the same value changes nothing).
    void onStoreMemory(const QString &storeId);
    /// Edit > Operated Kinds: the store kinds the team already runs (one undo step).
    void onOperatedKinds();
    /// Selects the next entity, after the current one, whose name contains the find field's text.
    void findEntity(bool next);
    void onNewEntity();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Keeps the window's shortcuts working wherever the focus is: a text field that claims one
    /// of them for itself (QLineEdit takes Ctrl+E as "end of line") gives it up.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void loadProject(const Project &project, const QString &path);
    void compareWith(const Project &other, const QString &source);
    bool maybeSave();
    void updateTitle();
    void updateRecentMenu();
    void updateStatus();
    void onCleanChanged(bool clean);
    void onDocumentChanged();
    /// The id of the one store selected on the canvas, or empty.
    QString selectedStore() const;
    /// Watches the open file (and its folder, so that an editor that replaces the file is seen)
    /// and remembers its bytes as loaded or saved.
    void watchFile();
    /// Another program changed the open file: reload it (one undo step) or keep ours.
    void onFileChangedOnDisk();
    QDockWidget *makeDock(const QString &title, const QString &name, QWidget *body);

    /// The window's actions, made once in createActions() and shared by menus and toolbar.
    struct Actions
    {
        QAction *newFile, *open, *save, *saveAs, *compareFile, *compareHead, *importFile,
            *exportFile, *quit;
        QAction *undo, *redo, *newEntity, *newPattern, *remove, *storeMemory, *renameProject,
            *projectNotes, *operatedKinds, *preferences, *suggest;
        QAction *zoomIn, *zoomOut, *fit, *actualSize, *find, *grid;
    };

    Document *m_document;
    DesignContext *m_context;
    Actions m_actions{};
    CanvasScene *m_scene;
    CanvasView *m_view;
    PaletteDock *m_palette = nullptr;
    EntityEditor *m_editor = nullptr;
    FitMatrixModel *m_fitMatrix = nullptr;
    QTableView *m_fitMatrixView = nullptr;
    FindingsModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    DecisionMatrixModel *m_decisionMatrix = nullptr;
    QTableView *m_decisionMatrixView = nullptr;
    ComplexityMeter *m_meter = nullptr;
    ScaleControl *m_scale = nullptr;
    QLineEdit *m_find = nullptr; ///< Ctrl+F: part of a name; the chip is selected and shown
    RecentFiles *m_recent;
    std::unique_ptr<RecoveryFile> m_recovery;
    std::unique_ptr<Prompts> m_prompts;
    QTimer *m_autosaveTimer;
    QFileSystemWatcher *m_watcher;
    QByteArray m_diskHash;     ///< the open file's bytes as last loaded or saved (SHA-256)
    QByteArray m_declinedHash; ///< a version on disk the user chose not to load: not asked again
    bool m_askingAboutDisk = false;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_sampleMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ComparePanel *m_compare = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QLabel *m_statusFit = nullptr;
    QString m_path;
};

} // namespace storemap
