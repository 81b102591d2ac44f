#include "views/panels/diagramdock.h"

#include "views/diagram/diagram.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"
#include "views/diagram/svgimage.h"
#include "views/diagram/textdiagram.h"

#include "model/background.h"
#include "model/document.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace storemap {

namespace {

// Long enough to fold a burst of edits (typing a name) into one drawing, short enough to feel live.
constexpr int CoalesceMs = 150;

/// Lets go of @p image on another thread: giving the tens of megabytes of a diagram of thousands of
/// entities back to the system took the GUI thread a frame and more.
void releaseElsewhere(QImage image)
{
    if (!image.isNull())
        QThreadPool::globalInstance()->start([image = std::move(image)]() mutable { image = {}; });
}

} // namespace

/// The picture, drawn straight from the worker's image: no copy into a QPixmap, which for a
/// diagram of thousands of entities (tens of megapixels) took longer than a frame. A paint draws
/// only the part on screen.
class DiagramDock::Picture : public QWidget
{
public:
    void setImage(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = error;
        setMinimumSize(image.isNull() ? QSize(0, 0) : image.deviceIndependentSize().toSize());
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        if (m_image.isNull()) {
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_error);
            return;
        }
        const QSizeF size = m_image.deviceIndependentSize();
        const QPointF origin((width() - size.width()) / 2, (height() - size.height()) / 2);
        const QRectF target = QRectF(event->rect()).intersected(QRectF(origin, size));
        const double dpr = m_image.devicePixelRatio();
        painter.drawImage(target, m_image,
                          QRectF((target.topLeft() - origin) * dpr, target.size() * dpr));
    }

private:
    QImage m_image;
    QString m_error;
};

DiagramDock::DiagramDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Diagram"), parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_tabs(new QTabWidget)
    , m_picture(new Picture)
    , m_text(new QPlainTextEdit)
    , m_plainAscii(new QCheckBox(tr("Plain ASCII")))
    , m_copy(new QPushButton(tr("Copy ASCII")))
{
    setObjectName(QStringLiteral("diagramDock"));
    m_pool.setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(CoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &DiagramDock::onTimeout);

    m_picture->setObjectName(QStringLiteral("diagramPicture"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_picture);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);

    m_text->setObjectName(QStringLiteral("diagramText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copyAscii"));
    m_copy->setToolTip(tr("Copy the text diagram to the clipboard, to paste into a design doc"));
    m_plainAscii->setObjectName(QStringLiteral("plainAscii"));
    m_plainAscii->setToolTip(tr("Draw the boxes with + - | for places without box drawing"));
    connect(m_copy, &QPushButton::clicked, this, &DiagramDock::copyAscii);
    connect(m_plainAscii, &QCheckBox::toggled, this, &DiagramDock::onDocumentChanged);

    auto *textPage = new QWidget;
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_plainAscii);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    textLayout->addLayout(buttons);

    m_tabs->addTab(scroll, tr("Picture"));
    m_tabs->addTab(textPage, tr("Text"));
    setWidget(m_tabs);

    connect(m_document, &Document::changed, this, &DiagramDock::onDocumentChanged);
    startRender();
}

DiagramDock::~DiagramDock()
{
    // The drawing under way reports to this object; let it finish before the object goes.
    m_pool.waitForDone();
}

bool DiagramDock::isUpdating() const
{
    return m_timer->isActive() || m_busy;
}

void DiagramDock::copyAscii()
{
    QGuiApplication::clipboard()->setText(m_diagramText);
}

void DiagramDock::onDocumentChanged()
{
    m_timer->start();
}

void DiagramDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_timer->start();
    }
}

void DiagramDock::onTimeout()
{
    if (!isVisible()) {
        m_stale = true; // closed, or behind another tab: nobody is looking
        return;
    }
    if (m_busy) {
        m_pending = true; // draw again when the drawing under way is done
        return;
    }
    startRender();
}

void DiagramDock::startRender()
{
    m_busy = true;
    const std::shared_ptr<const Project> shared = m_document->snapshot();
    const bool ascii = m_plainAscii->isChecked();
    const double scale = devicePixelRatioF();
    m_pool.start([this, shared, ascii, scale] {
        yieldToTheWindow();
        const Project &project = *shared;
        Result result;
        const Catalog &catalog = Catalog::builtin();
        const Diagram diagram =
            buildDiagram(project, analyseFits(project, project.users, catalog), catalog);
        TextDiagramOptions textOptions;
        textOptions.ascii = ascii;
        result.text = writeTextDiagram(diagram, textOptions);
        QByteArray svg;
        if (renderDotToSvg(writeDot(diagram), &svg, &result.error, labelTexts(diagram))) {
            result.image = renderSvgImage(svg, scale, false, &result.error);
            result.image.setDevicePixelRatio(scale);
        }
        // Delivered on the GUI thread; dropped if the dock is gone by then.
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { showResult(std::move(result)); },
            Qt::QueuedConnection);
    });
}

void DiagramDock::showResult(Result result)
{
    m_busy = false;
    if (m_pending) {
        m_pending = false;
        releaseElsewhere(std::move(result.image));
        startRender();
        return;
    }
    QImage previous = std::exchange(m_image, std::move(result.image));
    m_diagramText = result.text;
    // Keep the reader's place in the text across updates.
    const int top = m_text->verticalScrollBar()->value();
    const int left = m_text->horizontalScrollBar()->value();
    m_text->setPlainText(result.text);
    m_text->verticalScrollBar()->setValue(top);
    m_text->horizontalScrollBar()->setValue(left);
    m_picture->setImage(m_image, m_image.isNull()
                                     ? tr("The diagram could not be drawn: %1").arg(result.error)
                                     : QString());
    releaseElsewhere(std::move(previous)); // the picture has let go of it too
    if (!m_timer->isActive())
        emit updated();
}

} // namespace storemap
