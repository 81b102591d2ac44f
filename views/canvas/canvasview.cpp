#include "views/canvas/canvasview.h"

#include "views/canvas/canvasscene.h"

#include <QKeyEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace storemap {

namespace {
constexpr double MinZoom = 0.2;
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.2;
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Kept fitted until the user zooms: a layout that grows or regrids stays in view.
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_autoFit)
            fitToWindow();
    });
    setStatusTip(tr("Drag chips between stores; Ctrl+wheel zooms; Delete removes the selection."));
}

void CanvasView::zoomIn()
{
    zoomBy(ZoomStep);
}

void CanvasView::zoomOut()
{
    zoomBy(1 / ZoomStep);
}

void CanvasView::resetZoom()
{
    m_autoFit = false;
    setTransform(QTransform());
}

void CanvasView::fitToWindow()
{
    m_autoFit = true;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    const double z = qBound(MinZoom, zoom(), 1.25);
    setTransform(QTransform::fromScale(z, z));
    centerOn(scene()->sceneRect().center());
}

void CanvasView::zoomBy(double factor)
{
    m_autoFit = false;
    const double target = qBound(MinZoom, zoom() * factor, MaxZoom);
    setTransform(QTransform::fromScale(target, target));
}

bool CanvasView::focusNextPrevChild(bool next)
{
    // Graphics items that are not widgets have no tab chain of their own.
    if (hasFocus() && m_scene->focusNextItem(next))
        return true;
    return QGraphicsView::focusNextPrevChild(next);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!viewport()->size().isEmpty())
        m_scene->setViewAspect(double(viewport()->width()) / viewport()->height());
    if (m_autoFit)
        fitToWindow();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(delta > 0 ? ZoomStep : 1 / ZoomStep);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        m_scene->deleteSelection();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panFrom;
        m_panFrom = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace storemap
