#pragma once

#include "model/project.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace storemap {

class CanvasScene;
class CanvasView;
class DesignContext;
class Document;

/// File > Compare With: the other version of the design (another file, or the file at git's HEAD)
/// drawn read-only beside the canvas, the differences listed (`storemap diff`'s, from the other
/// version to this one), and the chips that moved, came or went marked on both canvases. Clicking
/// a difference selects its entity. It follows every edit of the open design.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    ComparePanel(DesignContext *current, CanvasScene *currentScene, QWidget *parent = nullptr);
    ~ComparePanel() override;

    /// Compares the open design with @p other, named @p source ("shop.storemap at git HEAD").
    void compareWith(const Project &other, const QString &source);
    /// Stops comparing: the marks go.
    void stop();
    bool isComparing() const { return !m_source.isEmpty(); }

    QListWidget *differences() const { return m_list; }
    CanvasScene *otherScene() const { return m_otherScene; }
    QString title() const;

private:
    void refresh();
    void onActivated(int row);

    DesignContext *m_current;
    CanvasScene *m_currentScene;
    Document *m_otherDocument;
    DesignContext *m_otherContext;
    CanvasScene *m_otherScene;
    CanvasView *m_otherView;
    QLabel *m_title;
    QListWidget *m_list;
    QString m_source;
};

} // namespace storemap
