#pragma once

#include <QDockWidget>

class QListView;

namespace storemap {

class CanvasScene;
class KindListModel;

/// The eight store kinds to drag onto the canvas, and "New entity".
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    PaletteDock(CanvasScene *scene, QAction *newEntity, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    KindListModel *kinds() const { return m_kinds; }
    /// What activating (Enter, double-click) a kind does: adds a store of it.
    QString addStore(int row);

private:
    CanvasScene *m_scene;
    KindListModel *m_kinds;
    QListView *m_list;
};

} // namespace storemap
