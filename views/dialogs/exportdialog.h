#pragma once

#include "views/diagram/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace storemap {

class Document;

/// File > Export: every diagram format with its options, and a preview of what will be written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Document *document, QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    /// The bytes the preview shows: exactly what "Export..." writes.
    QByteArray previewBytes() const { return m_bytes; }
    /// The text of the preview (text formats) or the error that stopped it.
    QString previewText() const;
    /// The preview picture (SVG and PNG).
    QImage previewImage() const { return m_image; }

    /// Writes the current export to @p fileName atomically; false and why in @p error otherwise.
    bool exportTo(const QString &fileName, QString *error);

private slots:
    void onOptionsChanged();
    void onExport();

private:
    void updatePreview();

    Document *m_document;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QLabel *m_scaleInfo;
    QSpinBox *m_width;
    QCheckBox *m_ascii;
    QCheckBox *m_transparent;
    QStackedWidget *m_preview;
    QLabel *m_picture;
    QPlainTextEdit *m_text;
    QByteArray m_bytes;
    QImage m_image;
};

} // namespace storemap
