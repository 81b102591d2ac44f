#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace storemap {

/// Makes the rows of @p view on screen as tall as their wrapped text (three lines at most), as they
/// come into view, and again when they change or the view's width does. A header in
/// ResizeToContents mode would lay out the text of every row after each change: with thousands of
/// findings, that alone took longer than a frame. The @p textColumns (one line each) are as wide
/// as the text of their first hundred rows, and grow for wider rows that come.
class VisibleRowsFitter : public QObject
{
public:
    explicit VisibleRowsFitter(QTableView *view, const QList<int> &textColumns = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Fits the rows on screen from @p first to @p last and those not measured yet.
    void fit(int first, int last);
    /// Widens the text columns to the rows from @p first to @p last (a hundred at most); narrows
    /// them too when @p fresh.
    void fitColumns(int first, int last, bool fresh);

    QTableView *m_view;
    QList<int> m_textColumns;
};

} // namespace storemap
