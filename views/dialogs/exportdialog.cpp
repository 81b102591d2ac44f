#include "views/dialogs/exportdialog.h"

#include "views/diagram/svgimage.h"
#include "views/diagram/textdiagram.h"

#include "model/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMetaObject>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace storemap {

namespace {

bool isPicture(ExportFormat f)
{
    return f == ExportFormat::Svg || f == ExportFormat::Png;
}

} // namespace

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_format(new QComboBox)
    , m_scale(new QDoubleSpinBox)
    , m_scaleInfo(new QLabel)
    , m_width(new QSpinBox)
    , m_ascii(new QCheckBox(tr("Plain ASCII (+ - | instead of box drawing)")))
    , m_transparent(new QCheckBox(tr("Transparent background")))
    , m_preview(new QStackedWidget)
    , m_picture(new QLabel)
    , m_text(new QPlainTextEdit)
{
    setWindowTitle(tr("Export Diagram"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("SVG picture (Graphviz)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PNG image (Graphviz)"), int(ExportFormat::Png));
    m_format->addItem(tr("Text diagram (the lesson's box drawing)"), int(ExportFormat::Text));
    m_format->addItem(tr("Graphviz DOT"), int(ExportFormat::Dot));
    m_format->addItem(tr("Markdown decision record"), int(ExportFormat::Markdown));
    m_format->addItem(tr("Mermaid flowchart"), int(ExportFormat::Mermaid));

    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(MinScale, MaxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(
        2); // PNG from the window: sharp on the high-density screens reviews happen on
    m_scale->setSuffix(QStringLiteral("x"));
    m_width->setObjectName(QStringLiteral("width"));
    m_width->setRange(MinTextWidth, MaxTextWidth);
    m_width->setValue(100);
    m_width->setSuffix(tr(" columns"));
    m_ascii->setObjectName(QStringLiteral("ascii"));
    m_transparent->setObjectName(QStringLiteral("transparent"));

    m_picture->setObjectName(QStringLiteral("previewPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->addWidget(m_scroll);
    m_preview->addWidget(m_text);

    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_scaleInfo, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *scaleLabel = new QLabel(tr("&Scale:"));
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, scaleRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(QString(), m_ascii);
    form->addRow(QString(), m_transparent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::onExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 650);
    m_pool.setMaxThreadCount(1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onOptionsChanged);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::onOptionsChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::onOptionsChanged);
    connect(m_ascii, &QCheckBox::toggled, this, &ExportDialog::onOptionsChanged);
    connect(m_transparent, &QCheckBox::toggled, this, &ExportDialog::onOptionsChanged);
    connect(m_document, &Document::changed, this, &ExportDialog::onOptionsChanged);
    onOptionsChanged();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.scale = m_scale->value();
    o.width = m_width->value();
    o.ascii = m_ascii->isChecked();
    o.transparent = m_transparent->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_format), QSignalBlocker(m_scale),
                                       QSignalBlocker(m_width), QSignalBlocker(m_ascii),
                                       QSignalBlocker(m_transparent)};
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_scale->setValue(options.scale);
    m_width->setValue(options.width);
    m_ascii->setChecked(options.ascii);
    m_transparent->setChecked(options.transparent);
    onOptionsChanged();
}

QString ExportDialog::previewText() const
{
    return m_text->toPlainText();
}

void ExportDialog::onOptionsChanged()
{
    const ExportFormat f = options().format;
    m_scale->setEnabled(f == ExportFormat::Png);
    m_scaleInfo->setEnabled(f == ExportFormat::Png);
    m_width->setEnabled(f == ExportFormat::Text);
    m_ascii->setEnabled(f == ExportFormat::Text);
    m_transparent->setEnabled(f == ExportFormat::Png || f == ExportFormat::Svg ||
                              f == ExportFormat::Dot);
    m_scaleInfo->setText(tr("%1 dpi").arg(std::lround(m_scale->value() * BaseDpi)));
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    // The preview under way reports to this object; let it finish before the object goes.
    m_pool.waitForDone();
}

void ExportDialog::updatePreview()
{
    const ExportOptions o = options();
    const Project project = m_document->project();
    const quint64 job = ++m_job;
    m_busy = true;
    m_exportButton->setEnabled(false);
    if (m_bytes.isEmpty()) {
        m_text->setPlainText(tr("Making the preview…"));
        m_preview->setCurrentWidget(m_text);
    }
    m_pool.start([this, job, project, o] {
        QByteArray bytes;
        QString error;
        const bool ok =
            exportProject(project, project.users, Catalog::builtin(), o, &bytes, &error, renderPng);
        QMetaObject::invokeMethod(
            this, [this, job, ok, bytes, error] { showPreview(job, ok, bytes, error); },
            Qt::QueuedConnection);
    });
}

void ExportDialog::showPreview(quint64 job, bool ok, const QByteArray &bytes, const QString &error)
{
    if (job != m_job)
        return; // the options or the project changed since; a newer preview is on its way
    const ExportOptions o = options();
    m_busy = false;
    m_exportButton->setEnabled(ok);
    m_bytes = bytes;
    m_image = QImage();
    if (!ok) {
        m_text->setPlainText(tr("The diagram could not be made: %1").arg(error));
        m_preview->setCurrentWidget(m_text);
        return;
    }
    if (!isPicture(o.format)) {
        m_text->setPlainText(QString::fromUtf8(m_bytes));
        m_preview->setCurrentIndex(1);
        return;
    }
    if (o.format == ExportFormat::Png) {
        m_image.loadFromData(m_bytes, "PNG");
        m_scaleInfo->setText(tr("%1 dpi, %2 x %3 pixels")
                                 .arg(std::lround(o.scale * BaseDpi))
                                 .arg(m_image.width())
                                 .arg(m_image.height()));
        // Shown at its size on screen: a 2x image looks as large as a 1x one, only sharper.
        m_image.setDevicePixelRatio(std::max(o.scale, devicePixelRatioF()));
    } else {
        QString svgError;
        m_image = renderSvgImage(m_bytes, devicePixelRatioF(), o.transparent, &svgError);
        m_image.setDevicePixelRatio(devicePixelRatioF());
    }
    m_text->clear();
    m_preview->setCurrentIndex(0);
    fitPicture();
}

void ExportDialog::fitPicture()
{
    if (m_image.isNull())
        return;
    // In device pixels: the room on screen, the image as large as it is drawn.
    const double dpr = devicePixelRatioF();
    const QSize room = (QSizeF(m_scroll->maximumViewportSize()) * dpr).toSize() - QSize(4, 4);
    const QSize drawn = (QSizeF(m_image.size()) / m_image.devicePixelRatio() * dpr).toSize();
    QImage shown = m_image;
    if (drawn.width() > room.width() || drawn.height() > room.height())
        shown = m_image.scaled(drawn.scaled(room, Qt::KeepAspectRatio), Qt::IgnoreAspectRatio,
                               Qt::SmoothTransformation);
    shown.setDevicePixelRatio(shown.size() == m_image.size() ? m_image.devicePixelRatio() : dpr);
    m_picture->setPixmap(QPixmap::fromImage(shown));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitPicture();
}

bool ExportDialog::exportTo(const QString &fileName, QString *error)
{
    if (m_bytes.isEmpty()) {
        *error = previewText();
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ExportDialog::onExport()
{
    const ExportFormat f = options().format;
    const QString id = formatId(f);
    QString base = m_document->project().name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\s]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("diagram");
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export Diagram"), base + QLatin1Char('.') + id,
                                     tr("%1 files (*.%2)").arg(id.toUpper(), id));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error)) {
        QMessageBox::warning(this, tr("Export Diagram"),
                             tr("Could not write %1: %2").arg(fileName, error));
        return;
    }
    accept();
}

} // namespace storemap
