#pragma once

#include "views/diagram/exporter.h"

#include <QDialog>
#include <QThreadPool>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace storemap {

class Document;

/// File > Export: every diagram format with its options, and a preview of what will be written.
/// The preview is made off the GUI thread (a decision record of thousands of entities sweeps the
/// roadmap for seconds): the dialog answers meanwhile, and Export waits until it is there.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Document *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    /// The bytes the preview shows: exactly what "Export..." writes.
    QByteArray previewBytes() const { return m_bytes; }
    /// The text of the preview (text formats) or the error that stopped it.
    QString previewText() const;
    /// The preview picture (SVG and PNG).
    QImage previewImage() const { return m_image; }

    /// True while the preview is being made.
    bool isUpdating() const { return m_busy; }

    /// Writes the current export to @p fileName atomically; false and why in @p error otherwise.
    bool exportTo(const QString &fileName, QString *error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private slots:
    void onOptionsChanged();
    void onExport();

private:
    void updatePreview();
    void showPreview(quint64 job, bool ok, const QByteArray &bytes, const QString &error);
    /// Shows the picture whole: scaled down to the room the preview has, never up.
    void fitPicture();

    Document *m_document;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QLabel *m_scaleInfo;
    QSpinBox *m_width;
    QCheckBox *m_ascii;
    QCheckBox *m_transparent;
    QStackedWidget *m_preview;
    QLabel *m_picture;
    QScrollArea *m_scroll;
    QPlainTextEdit *m_text;
    QPushButton *m_exportButton = nullptr;
    QByteArray m_bytes;
    QImage m_image;
    QThreadPool m_pool; ///< one preview at a time, off the GUI thread
    quint64 m_job = 0;  ///< the newest preview asked for; older ones are dropped
    bool m_busy = false;
};

} // namespace storemap
