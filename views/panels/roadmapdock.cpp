#include "views/panels/roadmapdock.h"

#include "model/background.h"
#include "model/commands/commands.h"
#include "model/document.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace storemap {

namespace {

// As the Diagram dock: folds a burst of edits into one sweep, short enough to feel live.
constexpr int CoalesceMs = 150;
constexpr int Margin = 8;
constexpr int SegmentHeight = 34;

/// "100", "10k", "1M", "1B": a decade of users, short enough for an axis tick.
QString decadeLabel(int decade)
{
    static const char *const suffixes[] = {"", "k", "M", "B", "T"};
    const int group = std::min(decade / 3, 4);
    return QString::number(qint64(std::pow(10.0, decade - group * 3))) +
           QLatin1String(suffixes[group]);
}

} // namespace

RoadmapTimeline::RoadmapTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roadmapTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Roadmap timeline"));
    setToolTip(tr("Click a layout, or choose one with the arrow keys and press Enter, to set the "
                  "scale to where it starts"));
}

void RoadmapTimeline::setRoadmap(const Roadmap &roadmap, const QStringList &labels)
{
    m_roadmap = roadmap;
    m_labels = labels;
    m_focused = std::clamp(m_focused, 0, std::max(0, segmentCount() - 1));
    updateGeometry();
    update();
}

void RoadmapTimeline::setUsers(qint64 users)
{
    if (users == m_users)
        return;
    m_users = users;
    update();
}

QSize RoadmapTimeline::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize RoadmapTimeline::minimumSizeHint() const
{
    return {240, 2 * Margin + SegmentHeight + 2 * fontMetrics().height() + 8};
}

QRect RoadmapTimeline::axisRect() const
{
    return QRect(Margin, Margin + fontMetrics().height() + 4, width() - 2 * Margin, SegmentHeight);
}

double RoadmapTimeline::xOf(qint64 users) const
{
    const QRect axis = axisRect();
    const double lo = std::log10(double(m_roadmap.from));
    const double hi = std::log10(double(std::max(m_roadmap.to, m_roadmap.from + 1)));
    const double t = (std::log10(double(std::max<qint64>(users, 1))) - lo) / (hi - lo);
    return axis.left() + std::clamp(t, 0.0, 1.0) * axis.width();
}

QRect RoadmapTimeline::segmentRect(int i) const
{
    if (i < 0 || i >= segmentCount())
        return {};
    const RoadmapStep &step = m_roadmap.steps[size_t(i)];
    const QRect axis = axisRect();
    const int left = int(std::round(xOf(step.fromUsers)));
    const int right = i + 1 < segmentCount()
                          ? int(std::round(xOf(m_roadmap.steps[size_t(i) + 1].fromUsers)))
                          : axis.right() + 1;
    return QRect(left, axis.top(), std::max(2, right - left), axis.height());
}

void RoadmapTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect axis = axisRect();
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i < segmentCount(); ++i) {
        const RoadmapStep &step = m_roadmap.steps[size_t(i)];
        const QRect r = segmentRect(i);
        const bool current =
            m_users >= step.fromUsers && (step.toUsers < 0 || m_users <= step.toUsers);
        painter.fillRect(r, current      ? pal.color(QPalette::Highlight)
                            : i % 2 == 0 ? pal.color(QPalette::Button)
                                         : pal.color(QPalette::Midlight));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        painter.setPen(pal.color(current ? QPalette::HighlightedText : QPalette::ButtonText));
        painter.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                         fm.elidedText(m_labels.value(i), Qt::ElideRight, r.width() - 8));
        if (i == m_focused && hasFocus()) {
            QPen pen(pal.color(QPalette::Text), 2, Qt::DotLine);
            painter.setPen(pen);
            painter.drawRect(r.adjusted(2, 2, -3, -3));
        }
    }
    // Decades under the axis.
    painter.setPen(pal.color(QPalette::WindowText));
    const int lo = int(std::ceil(std::log10(double(m_roadmap.from)) - 1e-9));
    const int hi = int(std::floor(std::log10(double(m_roadmap.to)) + 1e-9));
    const int every =
        axis.width() / std::max(1, hi - lo + 1) < fm.horizontalAdvance(QStringLiteral("100M")) + 6
            ? 2
            : 1;
    for (int d = lo; d <= hi; ++d) {
        const int x = int(std::round(xOf(qint64(std::pow(10.0, d)))));
        painter.drawLine(x, axis.bottom() + 1, x, axis.bottom() + 4);
        if ((d - lo) % every == 0) {
            const QString text = decadeLabel(d);
            const int w = fm.horizontalAdvance(text);
            painter.drawText(std::clamp(x - w / 2, 0, width() - w), axis.bottom() + 5 + fm.ascent(),
                             text);
        }
    }
    // The current scale: a marker above the axis.
    if (m_users > 0 && segmentCount() > 0) {
        const int x = int(std::round(xOf(m_users)));
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
        painter.drawLine(x, axis.top() - 4, x, axis.bottom() + 2);
        const QString text = tr("%1 users").arg(formatUsers(m_users));
        const int w = fm.horizontalAdvance(text);
        painter.drawText(std::clamp(x - w / 2, 0, width() - w), Margin + fm.ascent(), text);
    }
}

bool RoadmapTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    // A segment too narrow for its kinds names them, its range and its moves on hover.
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int i = 0; i < segmentCount(); ++i) {
        if (!segmentRect(i).contains(help->pos()))
            continue;
        const RoadmapStep &step = m_roadmap.steps[size_t(i)];
        const QString range =
            step.toUsers >= 0
                ? tr("%1 to %2 users").arg(formatUsers(step.fromUsers), formatUsers(step.toUsers))
                : tr("from %1 users").arg(formatUsers(step.fromUsers));
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("%1: %2\n%3")
                               .arg(range, m_labels.value(i), step.reasons.join(QLatin1Char('\n'))),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void RoadmapTimeline::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < segmentCount(); ++i) {
        if (segmentRect(i).contains(event->position().toPoint())) {
            m_focused = i;
            update();
            emit usersPicked(m_roadmap.steps[size_t(i)].fromUsers);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void RoadmapTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (segmentCount() > 0) {
            m_focused = std::clamp(m_focused + (event->key() == Qt::Key_Left ? -1 : 1), 0,
                                   segmentCount() - 1);
            update();
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focused >= 0 && m_focused < segmentCount())
            emit usersPicked(m_roadmap.steps[size_t(m_focused)].fromUsers);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

RoadmapDock::RoadmapDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Roadmap"), parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_timeline(new RoadmapTimeline)
    , m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("roadmapDock"));
    m_pool.setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(CoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &RoadmapDock::onTimeout);
    connect(m_timeline, &RoadmapTimeline::usersPicked, this, &RoadmapDock::onUsersPicked);

    m_details->setObjectName(QStringLiteral("roadmapDetails"));
    m_details->setOpenLinks(false);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_timeline);
    layout->addWidget(m_details, 1);
    setWidget(page);

    connect(m_document, &Document::usersChanged, this, [this] { m_usersChanged = true; });
    connect(m_document, &Document::changed, this, &RoadmapDock::onDocumentChanged);
    m_timeline->setUsers(m_document->project().users);
    // A sweep asks the advisor hundreds of times: none until someone looks (see showEvent).
    m_stale = true;
}

RoadmapDock::~RoadmapDock()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

bool RoadmapDock::isUpdating() const
{
    return m_timer->isActive() || m_busy;
}

void RoadmapDock::onDocumentChanged()
{
    m_timeline->setUsers(m_document->project().users);
    // Counted, not compared: comparing a copy of 20,000 entities cost a drop its frame.
    if (!std::exchange(m_usersChanged, false))
        ++m_edits;
    if (m_haveSwept && m_edits == m_sweptEdits)
        return; // only the scale moved: the marker follows, the roadmap stays
    if (m_cancel)
        m_cancel->store(true); // the sweep under way is for a project that is gone
    m_timer->start();
}

void RoadmapDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_timer->start();
    }
}

void RoadmapDock::onTimeout()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_busy) {
        m_pending = true;
        return;
    }
    startSweep();
}

void RoadmapDock::onUsersPicked(qint64 users)
{
    if (users == m_document->project().users)
        return; // nothing to undo
    m_document->undoStack()->push(new SetUsersCommand(m_document, users));
}

void RoadmapDock::startSweep()
{
    m_busy = true;
    const std::shared_ptr<const Project> project = m_document->snapshot(); // its users unread
    const quint64 edits = m_sweptEdits = m_edits;
    m_haveSwept = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    m_pool.start([this, project, cancel, edits] {
        yieldToTheWindow();
        const Roadmap roadmap =
            roadmapOf(*project, RoadmapFrom, RoadmapTo, Catalog::builtin(), cancel.get());
        QMetaObject::invokeMethod(
            this, [this, roadmap, edits] { showRoadmap(roadmap, edits); }, Qt::QueuedConnection);
    });
}

void RoadmapDock::showRoadmap(const Roadmap &roadmap, quint64 edits)
{
    m_busy = false;
    if (m_pending || roadmap.cancelled || edits != m_edits) {
        m_pending = false;
        startSweep();
        return;
    }
    m_roadmap = roadmap;
    const Catalog &catalog = Catalog::builtin();
    QStringList labels;
    QString html;
    for (const RoadmapStep &step : roadmap.steps) {
        labels << kindNames(step.layout.kinds, catalog);
        const QString range =
            step.toUsers >= 0
                ? tr("%1 to %2 users").arg(formatUsers(step.fromUsers), formatUsers(step.toUsers))
                : tr("from %1 users").arg(formatUsers(step.fromUsers));
        html += QStringLiteral("<p><b>%1</b>: %2<ul>")
                    .arg(range.toHtmlEscaped(), labels.back().toHtmlEscaped());
        for (const QString &r : step.reasons)
            html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        html += QStringLiteral("</ul></p>");
    }
    m_timeline->setRoadmap(roadmap, labels);
    // A long text is laid out once: with its scroll bar hidden while the text was replaced and
    // shown again after, it was laid out again (setHtml() of 5,000 entities' roadmap 10 ms, not 3).
    QScrollBar *const bar = m_details->verticalScrollBar();
    if (bar->isVisible())
        m_details->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_details->setHtml(html);
    m_details->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    emit updated();
}

} // namespace storemap
