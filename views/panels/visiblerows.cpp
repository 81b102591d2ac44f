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
    fitColumns(0, model->rowCount() - 1, true);
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { fitColumns(0, m_view->model()->rowCount() - 1, true); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitColumns(first, last, false); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                fitColumns(from.row(), to.row(), false);
            });
    // After a reset or a change of width every row on screen is measured again; otherwise only the
    // rows that changed and those never measured (they have the header's default height).
    auto all = [this] { fit(0, std::numeric_limits<int>::max()); };
    auto unmeasured = [this] { fit(1, 0); };
    connect(model, &QAbstractItemModel::modelReset, this, all);
    connect(model, &QAbstractItemModel::layoutChanged, this, all);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, all);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, unmeasured);
    connect(model, &QAbstractItemModel::rowsRemoved, this, unmeasured);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fit(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { fit(from.row(), to.row()); });
    view->viewport()->installEventFilter(this);
}

bool VisibleRowsFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        fit(0, std::numeric_limits<int>::max());
    return QObject::eventFilter(watched, event);
}

void VisibleRowsFitter::fit(int first, int last)
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
    // Rows above the top one keep their height: what the reader sees does not jump.
    for (int y = m_view->rowViewportPosition(row); row < rows && y < height; ++row) {
        if ((row >= first && row <= last) || m_view->rowHeight(row) == unmeasured) {
            m_view->resizeRowToContents(row);
            if (m_view->rowHeight(row) > maxHeight) // the tooltip has the rest
                m_view->setRowHeight(row, maxHeight);
        }
        y = m_view->rowViewportPosition(row) + m_view->rowHeight(row);
    }
}

void VisibleRowsFitter::fitColumns(int first, int last, bool fresh)
{
    if (m_textColumns.isEmpty())
        return;
    last = std::min(last, first + 99);
    const QFontMetricsF metrics(m_view->font());
    // What the item delegate puts on each side of a text, and the grid line.
    const int margins =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) +
        (m_view->showGrid() ? 1 : 0);
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column : std::as_const(m_textColumns)) {
        int width = fresh ? header->sectionSizeHint(column) : header->sectionSize(column);
        for (int row = first; row <= last; ++row) {
            const QString text = m_view->model()->index(row, column).data().toString();
            width = std::max(width, int(std::ceil(metrics.horizontalAdvance(text))) + margins);
        }
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

} // namespace storemap
