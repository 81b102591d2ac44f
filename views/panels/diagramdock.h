#pragma once

#include <QDockWidget>
#include <QImage>
#include <QThreadPool>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace storemap {

class Document;

/// A live picture of the open project: the Graphviz diagram and the lesson's text diagram. It
/// follows every edit without blocking: edits in quick succession are coalesced by a short timer,
/// and the layout and drawing run on a worker thread.
class DiagramDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagramDock(Document *document, QWidget *parent = nullptr);
    ~DiagramDock() override;

    /// The text diagram shown (and copied by "Copy ASCII").
    QString diagramText() const { return m_diagramText; }
    /// The rendered picture shown; null until the first drawing is done or when Graphviz failed.
    QImage diagramImage() const { return m_image; }
    /// True while an edit has not yet reached the picture and the text. A hidden dock does no
    /// work: it catches up when it is shown again.
    bool isUpdating() const;

public slots:
    /// Copies the text diagram to the clipboard.
    void copyAscii();

signals:
    /// The picture and the text now show the document as it is.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private slots:
    void onDocumentChanged();
    void onTimeout();

private:
    struct Result
    {
        QString text;
        QImage image;
        QString error;
    };
    void startRender();
    void showResult(Result result);

    Document *m_document;
    QTimer *m_timer;
    QTabWidget *m_tabs;
    class Picture;
    Picture *m_picture;
    QPlainTextEdit *m_text;
    QCheckBox *m_plainAscii;
    QPushButton *m_copy;
    QImage m_image;
    QString m_diagramText;
    QThreadPool m_pool; ///< one drawing at a time, off the GUI thread
    bool m_busy = false;
    bool m_pending = false;
    bool m_stale = false; ///< an edit arrived while the dock was hidden
};

} // namespace storemap
