#pragma once

#include <QFont>
#include <QList>
#include <QObject>

#include <array>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

class QTableView;

namespace storemap {

/// Makes the rows of @p view on screen as tall as their wrapped text (three lines at most), as they
/// come into view, and again when they change or the view's width does. A header in
/// ResizeToContents mode would lay out the text of every row after each change: with thousands of
/// findings, that alone took longer than a frame. The @p textColumns (one line each) are as wide
/// as the text of their first hundred rows, and grow for wider rows that come.
///
/// What a change asks for is done once, after the change's other events and before the view
/// repaints: an edit that changes a dozen rows and widens a column lays out the rows on screen
/// once.
class VisibleRowsFitter : public QObject
{
public:
    explicit VisibleRowsFitter(QTableView *view, const QList<int> &textColumns = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int Everything = std::numeric_limits<int>::max();
    /// Asks for the rows from @p first to @p last to be fitted (with those never measured), or,
    /// from 0 to Everything, every row on screen; @p freshColumns measures the text columns anew.
    void request(int first, int last, bool freshColumns = false);
    void run();
    /// Widens the text columns to the text of @p rows (a hundred at most); fits them to it anew,
    /// narrower too, when @p fresh.
    void fitColumns(const std::vector<std::pair<int, int>> &rows, bool fresh);
    void fitRows();
    bool asked(int row) const;
    /// @p text's width on one line in the view's font, without shaping it: ASCII added up from the
    /// font's advances (kerning left out), anything else measured.
    qreal widthOnOneLine(const QString &text);

    QTableView *m_view;
    QList<int> m_textColumns;
    bool m_posted = false;
    bool m_freshColumns = false;
    bool m_everything = false;                  ///< every row on screen was asked for
    std::vector<std::pair<int, int>> m_changed; ///< the rows that came or changed, first to last
    std::optional<QFont> m_asciiFont;           ///< the font of m_ascii, once filled
    std::array<qreal, 128> m_ascii{};           ///< the advance of each ASCII character in it
};

} // namespace storemap
