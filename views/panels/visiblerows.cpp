#include "views/panels/visiblerows.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storemap {

VisibleRowsFitter::VisibleRowsFitter(QTableView *view, const QList<int> &textColumns)
    : QObject(view)
    , m_view(view)
    , m_textColumns(textColumns)
{
    QAbstractItemModel *model = view->model();
    for (const int column : textColumns)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    // After a reset or a change of width every row on screen is measured again; otherwise only the
    // rows that changed and those never measured (they have the header's default height).
    connect(model, &QAbstractItemModel::modelReset, this, [this] { request(0, Everything, true); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { request(0, Everything); });
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { request(0, Everything); });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { request(1, 0); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { request(1, 0); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { request(first, last); });
    connect(
        model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { request(from.row(), to.row()); });
    view->viewport()->installEventFilter(this);
    request(0, Everything, true);
}

bool VisibleRowsFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        request(0, Everything);
    return QObject::eventFilter(watched, event);
}

void VisibleRowsFitter::request(int first, int last, bool freshColumns)
{
    if (first == 0 && last == Everything)
        m_everything = true;
    else if (first <= last) // (1, 0): only the rows never measured
        m_changed.emplace_back(first, last);
    m_freshColumns = m_freshColumns || freshColumns;
    if (m_posted)
        return;
    m_posted = true;
    // A queued call runs before the repaint the change asked for, which is posted at low priority.
    QMetaObject::invokeMethod(this, &VisibleRowsFitter::run, Qt::QueuedConnection);
}

void VisibleRowsFitter::run()
{
    if (m_freshColumns)
        fitColumns({{0, m_view->model()->rowCount() - 1}}, true);
    else
        fitColumns(m_changed, false);
    fitRows(); // with what a widened column asked for meanwhile
    m_changed.clear();
    m_everything = m_freshColumns = m_posted = false;
}

bool VisibleRowsFitter::asked(int row) const
{
    return m_everything || std::any_of(m_changed.begin(), m_changed.end(), [row](const auto &r) {
               return row >= r.first && row <= r.second;
           });
}

void VisibleRowsFitter::fitRows()
{
    if (!m_view->isVisible())
        return; // measured when shown
    const int rows = m_view->model()->rowCount();
    const int height = m_view->viewport()->height();
    const int unmeasured = m_view->verticalHeader()->defaultSectionSize();
    int row = m_view->rowAt(0);
    if (row < 0)
        row = 0;
    // No row grows past three lines, however long the names in it.
    const int maxHeight = 3 * m_view->fontMetrics().lineSpacing() + 8;
    // A text wider on one line than four times its column wraps to four lines at least (no line
    // holds more than the column; a tenth more for the kerning left out): its row is capped
    // without laying the texts out (a long finding's columns were laid out a dozen times to be
    // measured, 0.6 M instructions).
    const int columns = m_view->model()->columnCount();
    auto pastFourLines = [&](int row) {
        if (4 * m_view->fontMetrics().height() < maxHeight)
            return false; // (a font of under eight pixels)
        for (int column = 0; column < columns; ++column) {
            if (!m_view->isColumnHidden(column) &&
                widthOnOneLine(m_view->model()->index(row, column).data().toString()) >
                    4.4 * m_view->columnWidth(column))
                return true;
        }
        return false;
    };
    // Rows above the top one keep their height: what the reader sees does not jump.
    for (int y = m_view->rowViewportPosition(row); row < rows && y < height; ++row) {
        if (asked(row) || m_view->rowHeight(row) == unmeasured) {
            // What resizeRowToContents() gives, capped before it is set: a long message's row
            // was set twice, to its whole text and then to three lines, and each setting walks
            // every row of the table (0.2 M instructions at 20,000 entities).
            const QAbstractItemView *view = m_view; // where sizeHintForRow() is public
            const int fits = pastFourLines(row)
                                 ? maxHeight
                                 : std::max(view->sizeHintForRow(row),
                                            m_view->verticalHeader()->sectionSizeHint(row));
            const int wanted = std::min(fits, maxHeight); // the tooltip has the rest
            if (wanted != m_view->rowHeight(row))
                m_view->setRowHeight(row, wanted);
        }
        y = m_view->rowViewportPosition(row) + m_view->rowHeight(row);
    }
}

qreal VisibleRowsFitter::widthOnOneLine(const QString &text)
{
    const QFont font = m_view->font();
    const QFontMetricsF metrics(font);
    if (m_asciiFont != font) {
        m_asciiFont = font;
        for (char16_t c = 0; c < m_ascii.size(); ++c)
            m_ascii[c] = metrics.horizontalAdvance(QChar(c));
    }
    qreal width = 0;
    for (const QChar c : text) {
        if (c.unicode() >= m_ascii.size())
            return metrics.horizontalAdvance(text);
        width += m_ascii[c.unicode()];
    }
    return width;
}

void VisibleRowsFitter::fitColumns(const std::vector<std::pair<int, int>> &rows, bool fresh)
{
    if (m_textColumns.isEmpty())
        return;
    const QFontMetricsF metrics(m_view->font());
    // What the item delegate puts on each side of a text, and the grid line.
    const int margins =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) +
        (m_view->showGrid() ? 1 : 0);
    const int count = m_view->model()->rowCount();
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column : std::as_const(m_textColumns)) {
        int width = fresh ? header->sectionSizeHint(column) : header->sectionSize(column);
        int budget = 100; // rows measured; a text is laid out to be measured
        for (const auto &[first, last] : rows) {
            for (int row = first; row <= last && row < count && budget > 0; ++row, --budget) {
                const QString text = m_view->model()->index(row, column).data().toString();
                width = std::max(width, int(std::ceil(metrics.horizontalAdvance(text))) + margins);
            }
        }
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

} // namespace storemap
