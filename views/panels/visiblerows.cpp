#include "views/panels/visiblerows.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace storemap {

VisibleRowsFitter::VisibleRowsFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRowsFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRowsFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &VisibleRowsFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleRowsFitter::fit);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleRowsFitter::fit);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &VisibleRowsFitter::fit);
    view->viewport()->installEventFilter(this);
}

bool VisibleRowsFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        fit();
    return QObject::eventFilter(watched, event);
}

void VisibleRowsFitter::fit()
{
    if (!m_view->isVisible())
        return; // measured when shown
    const int rows = m_view->model()->rowCount();
    const int height = m_view->viewport()->height();
    int row = m_view->rowAt(0);
    if (row < 0)
        row = 0;
    // No row grows past three lines, however long the names in it.
    const int maxHeight = 3 * m_view->fontMetrics().lineSpacing() + 8;
    // Rows above the top one keep their height: what the reader sees does not jump.
    for (int y = m_view->rowViewportPosition(row); row < rows && y < height; ++row) {
        m_view->resizeRowToContents(row);
        if (m_view->rowHeight(row) > maxHeight) // the tooltip has the rest
            m_view->setRowHeight(row, maxHeight);
        y = m_view->rowViewportPosition(row) + m_view->rowHeight(row);
    }
}

} // namespace storemap
