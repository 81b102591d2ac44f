#pragma once

#include <QObject>

class QTableView;

namespace storemap {

/// Makes the rows of @p view on screen as tall as their wrapped text (three lines at most), as they
/// come into view, and again when they change or the view's width does. A header in
/// ResizeToContents mode would lay out the text of every row after each change: with thousands of
/// findings, that alone took longer than a frame.
class VisibleRowsFitter : public QObject
{
public:
    explicit VisibleRowsFitter(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Fits the rows on screen from @p first to @p last and those not measured yet.
    void fit(int first, int last);

    QTableView *m_view;
};

} // namespace storemap
