#pragma once

#include "model/roadmap.h"

#include <QDockWidget>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QTextBrowser;
class QTimer;

namespace storemap {

class Document;

/// The roadmap over the user scale (log axis): one segment per advised layout, the breakpoints,
/// the current scale marked. Clicking a segment (or Enter on the focused one) sets the scale to
/// where that layout starts, as one undo step.
class RoadmapTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapTimeline(QWidget *parent = nullptr);

    void setRoadmap(const Roadmap &roadmap, const QStringList &labels);
    void setUsers(qint64 users);
    int segmentCount() const { return int(m_roadmap.steps.size()); }
    /// Where segment @p i is drawn, for clicks and tests.
    QRect segmentRect(int i) const;
    int focusedSegment() const { return m_focused; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user picked the segment starting at @p users.
    void usersPicked(qint64 users);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double xOf(qint64 users) const;
    QRect axisRect() const;

    Roadmap m_roadmap;
    QStringList m_labels;
    qint64 m_users = 0;
    int m_focused = 0;
};

/// A dock with the roadmap of the open project. It follows every edit without blocking: edits in
/// quick succession are coalesced by a short timer, the sweep runs on a worker thread, and a sweep
/// made stale by a newer edit is cancelled.
class RoadmapDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RoadmapDock(Document *document, QWidget *parent = nullptr);
    ~RoadmapDock() override;

    const Roadmap &roadmap() const { return m_roadmap; }
    RoadmapTimeline *timeline() const { return m_timeline; }
    /// True while an edit has not yet reached the roadmap shown.
    bool isUpdating() const;

signals:
    /// The roadmap shown is the open project's.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private slots:
    void onDocumentChanged();
    void onTimeout();
    void onUsersPicked(qint64 users);

private:
    void startSweep();
    /// Shows @p roadmap, swept when the project had had @p edits changes other than its scale.
    void showRoadmap(const Roadmap &roadmap, quint64 edits);

    Document *m_document;
    QTimer *m_timer;
    RoadmapTimeline *m_timeline;
    QTextBrowser *m_details;
    Roadmap m_roadmap;
    quint64 m_edits = 0;      ///< the project's changes so far, other than of its scale
    quint64 m_sweptEdits = 0; ///< m_edits of the roadmap shown or under way
    bool m_haveSwept = false;
    bool m_usersChanged = false; ///< the change under way is of the scale
    QThreadPool m_pool;          ///< one sweep at a time, off the GUI thread
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
    bool m_pending = false;
    bool m_stale = false;
};

} // namespace storemap
