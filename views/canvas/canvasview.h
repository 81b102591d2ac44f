#pragma once

#include <QGraphicsView>

namespace storemap {

class CanvasScene;

/// The canvas: zoom (Ctrl+wheel, Ctrl+= / Ctrl+-, fit), pan (scroll, middle button), rubber-band
/// selection, Delete, and Tab to move focus between chips and stores.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvas() const { return m_scene; }
    double zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();

protected:
    bool focusNextPrevChild(bool next) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomBy(double factor);

    CanvasScene *m_scene;
    QPoint m_panFrom;
    bool m_panning = false;
    bool m_autoFit = true; ///< keep the layout fitted until the user zooms
};

} // namespace storemap
