#pragma once

#include <QObject>

class QTableView;

namespace storemap {

/// Makes the rows of @p view on screen as tall as their wrapped text (three lines at most), as they
/// come into view. A
/// header in ResizeToContents mode would lay out the text of every row after each change: with
/// thousands of findings, that alone took longer than a frame.
class VisibleRowsFitter : public QObject
{
public:
    explicit VisibleRowsFitter(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableView *m_view;
};

} // namespace storemap
