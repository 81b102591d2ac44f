#include "views/diagram/textdiagram.h"

#include <QHash>

#include <QTextBoundaryFinder>

#include <algorithm>

namespace storemap {

namespace {

/// The characters of one drawing style.
struct Pen
{
    QString h, v, topLeft, topRight, bottomLeft, bottomRight, teeDown, teeRight, teeLeft, arrow;
    QString dashH, dashV; ///< the unplaced box: no store behind it
};

const Pen &pen(bool ascii)
{
    static const Pen unicode{QStringLiteral("─"), QStringLiteral("│"), QStringLiteral("┌"),
                             QStringLiteral("┐"), QStringLiteral("└"), QStringLiteral("┘"),
                             QStringLiteral("┬"), QStringLiteral("├"), QStringLiteral("┤"),
                             QStringLiteral("▼"), QStringLiteral("┄"), QStringLiteral("┆")};
    static const Pen plain{QStringLiteral("-"), QStringLiteral("|"), QStringLiteral("+"),
                           QStringLiteral("+"), QStringLiteral("+"), QStringLiteral("+"),
                           QStringLiteral("+"), QStringLiteral("+"), QStringLiteral("+"),
                           QStringLiteral("v"), QStringLiteral("."), QStringLiteral(":")};
    return ascii ? plain : unicode;
}

bool isWide(char32_t u)
{
    // East Asian Wide and Fullwidth blocks, and the emoji that terminals draw two columns wide.
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) ||
           (u >= 0x3041 && u <= 0x33FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1F64F) ||
           (u >= 0x1F900 && u <= 0x1F9FF) || (u >= 0x20000 && u <= 0x3FFFD);
}

int codePointWidth(char32_t u)
{
    switch (QChar::category(u)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        return isWide(u) ? 2 : 1;
    }
}

/// The grapheme clusters of @p text: what a terminal draws as one character.
QStringList graphemes(const QString &text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        out << text.mid(start, finder.position() - start);
        start = finder.position();
    }
    return out;
}

int graphemeWidth(const QString &cluster)
{
    int width = 0;
    for (char32_t u : cluster.toUcs4())
        width = std::max(width, codePointWidth(u));
    return width;
}

/// A grid of terminal cells. A wide character fills its cell and leaves the next one empty.
class Canvas
{
public:
    void put(int row, int column, const QString &text)
    {
        for (const QString &g : graphemes(text)) {
            const int w = graphemeWidth(g);
            if (w == 0) {
                // A lone combining mark or format character: keep it with the previous cell.
                if (column > 0)
                    cell(row, column - 1).append(g);
                continue;
            }
            cell(row, column) = g;
            if (w == 2)
                cell(row, column + 1) = QString();
            column += w;
        }
    }
    void fill(int row, int from, int to, const QString &c)
    {
        for (int col = from; col <= to; ++col)
            cell(row, col) = c;
    }
    QString text() const
    {
        QString out;
        for (const std::vector<QString> &line : m_rows) {
            QString l;
            for (const QString &c : line)
                l += c;
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
            out += l + QLatin1Char('\n');
        }
        return out;
    }

private:
    QString &cell(int row, int column)
    {
        if (int(m_rows.size()) <= row)
            m_rows.resize(size_t(row) + 1);
        std::vector<QString> &line = m_rows[size_t(row)];
        if (int(line.size()) <= column)
            line.resize(size_t(column) + 1, QStringLiteral(" "));
        return line[size_t(column)];
    }

    std::vector<std::vector<QString>> m_rows;
};

QString padRight(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString centred(const QString &text, int width)
{
    const int left = std::max(0, (width - displayWidth(text)) / 2);
    return padRight(QString(left, QLatin1Char(' ')) + text, width);
}

// The names are left-aligned and the fits right-aligned: one space between them will do.
constexpr int FitGap = 1;

/// A store's box laid out: its inner lines (already padded to the inner width) and where it goes.
struct TextBox
{
    const DiagramBox *box = nullptr;
    QStringList lines;  ///< inner lines; an empty QString() marks the separator
    int innerWidth = 0; ///< columns between the borders, padding included
    int x = 0;          ///< column of the left border
    int width() const { return innerWidth + 2; }
    int centre() const { return x + width() / 2; }
};

TextBox layoutBox(const DiagramBox &box, const QString &emptyLabel, int maxContent, bool ascii)
{
    TextBox t;
    t.box = &box;
    const QString title = singleLine(box.title);
    QString kind = singleLine(box.subtitle());
    if (ascii)
        kind.replace(QChar(0xB7), QLatin1Char('-')); // the "·" before the money; names stay

    const bool showKind = !kind.isEmpty() && kind.compare(title, Qt::CaseInsensitive) != 0;

    int nameColumn = 0;
    int fitColumn = 0; // "88.5", or "100.0" when a fit is perfect; none in the unplaced box
    for (const DiagramItem &item : box.items) {
        nameColumn = std::max(nameColumn, displayWidth(singleLine(item.name)));
        if (!box.unplaced)
            fitColumn = std::max(fitColumn, int(formatFit(item.fit).size()) + FitGap);
    }
    nameColumn = std::min(nameColumn, std::max(1, maxContent - fitColumn));
    const QString empty = singleLine(emptyLabel);

    int content = box.items.empty() ? displayWidth(empty) : nameColumn + fitColumn;
    content = std::max(content, std::min(maxContent, displayWidth(title)));
    if (showKind)
        content = std::max(content, std::min(maxContent, displayWidth(kind)));
    content = std::min(content, maxContent);
    if (!box.unplaced)
        nameColumn = content - fitColumn; // the fits line up with the box's right edge

    for (const QString &line : wrapToWidth(title, content))
        t.lines << QLatin1Char(' ') + centred(line, content) + QLatin1Char(' ');
    if (showKind) {
        for (const QString &line : wrapToWidth(kind, content))
            t.lines << QLatin1Char(' ') + centred(line, content) + QLatin1Char(' ');
    }
    t.lines << QString(); // separator
    if (box.items.empty())
        t.lines << QLatin1Char(' ') + padRight(empty, content) + QLatin1Char(' ');
    for (const DiagramItem &item : box.items) {
        const QStringList name = wrapToWidth(singleLine(item.name), nameColumn);
        const QString fit =
            box.unplaced ? QString() : formatFit(item.fit).rightJustified(fitColumn);
        for (int i = 0; i < name.size(); ++i) {
            const QString right = i == 0 ? fit : QString(fitColumn, QLatin1Char(' '));
            t.lines << QLatin1Char(' ') + padRight(padRight(name[i], nameColumn) + right, content) +
                           QLatin1Char(' ');
        }
    }
    t.innerWidth = content + 2;
    return t;
}

void drawBox(Canvas &canvas, const TextBox &t, int top, int height, bool arrow, const Pen &p)
{
    const bool dashed = t.box->unplaced;
    const QString &h = dashed ? p.dashH : p.h;
    const QString &v = dashed ? p.dashV : p.v;
    const int right = t.x + t.width() - 1;
    const int bottom = top + height - 1;

    canvas.put(top, t.x, p.topLeft);
    canvas.fill(top, t.x + 1, right - 1, h);
    canvas.put(top, right, p.topRight);
    if (arrow)
        canvas.put(top, t.centre(), p.arrow);
    for (int row = top + 1; row < bottom; ++row) {
        const int i = row - top - 1;
        const bool separator = i < t.lines.size() && t.lines[i].isNull();
        if (separator) {
            canvas.put(row, t.x, dashed ? v : p.teeRight);
            canvas.fill(row, t.x + 1, right - 1, h);
            canvas.put(row, right, dashed ? v : p.teeLeft);
            continue;
        }
        canvas.put(row, t.x, v);
        canvas.put(row, t.x + 1,
                   i < t.lines.size() ? t.lines[i] : QString(t.innerWidth, QLatin1Char(' ')));
        canvas.put(row, right, v);
    }
    canvas.put(bottom, t.x, p.bottomLeft);
    canvas.fill(bottom, t.x + 1, right - 1, h);
    canvas.put(bottom, right, p.bottomRight);
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t u : text.toUcs4())
        width += codePointWidth(u);
    return width;
}

QStringList wrapToWidth(const QString &text, int width)
{
    width = std::max(1, width);
    QStringList lines;
    QString line;
    int lineWidth = 0;
    const QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words[w];
        const int wordWidth = displayWidth(word);
        const int space = line.isEmpty() && lineWidth == 0 ? 0 : 1;
        if (lineWidth + space + wordWidth <= width) {
            if (space)
                line += QLatin1Char(' ');
            line += word;
            lineWidth += space + wordWidth;
            continue;
        }
        if (lineWidth > 0) {
            lines << line;
            line.clear();
            lineWidth = 0;
        }
        for (const QString &g : graphemes(word)) {
            const int gw = graphemeWidth(g);
            if (lineWidth + gw > width && lineWidth > 0) {
                lines << line;
                line.clear();
                lineWidth = 0;
            }
            line += g;
            lineWidth += gw;
        }
    }
    if (lineWidth > 0 || lines.isEmpty())
        lines << line;
    return lines;
}

QString writeTextDiagram(const Diagram &diagram, const TextDiagramOptions &options)
{
    const Pen &p = pen(options.ascii);
    const int width = std::clamp(options.width, MinTextWidth, MaxTextWidth);
    constexpr int Gutter = 3; // " │ ": the trunk that feeds the rows below the first

    auto arrange = [&](int indent, std::vector<std::vector<TextBox>> *rows) {
        rows->clear();
        const int maxContent = width - indent - 4;
        int x = indent;
        for (const DiagramBox &box : diagram.boxes) {
            TextBox t = layoutBox(box, diagram.emptyLabel, maxContent, options.ascii);
            if (rows->empty() || (x > indent && x + t.width() > width)) {
                rows->emplace_back();
                x = indent;
            }
            t.x = x;
            x += t.width() + 1;
            rows->back().push_back(std::move(t));
        }
    };
    std::vector<std::vector<TextBox>> rows;
    arrange(0, &rows);
    if (rows.size() > 1)
        arrange(Gutter, &rows);
    const bool trunk = rows.size() > 1;
    constexpr int TrunkColumn = 1;

    auto hasStore = [](const std::vector<TextBox> &row) {
        return std::any_of(row.begin(), row.end(),
                           [](const TextBox &t) { return !t.box->unplaced; });
    };
    int lastStoreRow = -1;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (hasStore(rows[r]))
            lastStoreRow = int(r);
    }

    // The Application Layer box, as wide as the widest row.
    const QString label = singleLine(diagram.applicationLabel);
    int appWidth = displayWidth(label) + 6;
    for (const std::vector<TextBox> &row : rows) {
        if (!row.empty())
            appWidth = std::max(appWidth, row.back().x + row.back().width());
    }
    Canvas canvas;
    int y = 0;
    canvas.put(y, 0, p.topLeft);
    canvas.fill(y, 1, appWidth - 2, p.h);
    canvas.put(y, appWidth - 1, p.topRight);
    ++y;
    canvas.put(y, 0, p.v);
    canvas.put(y, 1, centred(label, appWidth - 2));
    canvas.put(y, appWidth - 1, p.v);
    ++y;
    canvas.put(y, 0, p.bottomLeft);
    canvas.fill(y, 1, appWidth - 2, p.h);
    canvas.put(y, appWidth - 1, p.bottomRight);
    const bool trunkNeeded = trunk && lastStoreRow > 0;
    if (trunkNeeded)
        canvas.put(y, TrunkColumn, p.teeDown);
    if (!rows.empty()) {
        for (const TextBox &t : rows.front()) {
            if (!t.box->unplaced)
                canvas.put(y, t.centre(), p.teeDown);
        }
    }
    ++y;

    for (size_t r = 0; r < rows.size(); ++r) {
        const std::vector<TextBox> &row = rows[r];
        const bool trunkPasses = trunkNeeded && int(r) < lastStoreRow;
        if (r > 0 && hasStore(row)) {
            // The bus from the trunk to this row's stores.
            int last = TrunkColumn;
            for (const TextBox &t : row) {
                if (!t.box->unplaced)
                    last = t.centre();
            }
            canvas.put(y, TrunkColumn, trunkPasses ? p.teeRight : p.bottomLeft);
            canvas.fill(y, TrunkColumn + 1, last - 1, p.h);
            for (const TextBox &t : row) {
                if (!t.box->unplaced)
                    canvas.put(y, t.centre(), t.centre() == last ? p.topRight : p.teeDown);
            }
            ++y;
        }
        // The arrows' shafts.
        if (hasStore(row)) {
            if (trunkPasses)
                canvas.put(y, TrunkColumn, p.v);
            for (const TextBox &t : row) {
                if (!t.box->unplaced)
                    canvas.put(y, t.centre(), p.v);
            }
            ++y;
        } else {
            ++y; // no arrow reaches an unplaced-only row; keep it apart from what is above
        }
        int height = 0;
        for (const TextBox &t : row)
            height = std::max(height, int(t.lines.size()) + 2);
        for (const TextBox &t : row)
            drawBox(canvas, t, y, height, !t.box->unplaced, p);
        if (trunkPasses) {
            for (int i = 0; i < height; ++i)
                canvas.put(y + i, TrunkColumn, p.v);
        }
        y += height;
    }

    // The title above; the with links and the legend below, each line within the width.
    QString out;
    QString title = singleLine(diagram.title);
    if (options.ascii)
        title.replace(QChar(0xB7), QLatin1Char('-')); // the title's "·"; names stay as written
    for (const QString &line : wrapToWidth(title, width))
        out += line + QLatin1Char('\n');
    out += QLatin1Char('\n') + canvas.text();
    QHash<QString, QString> nameOf;
    for (const DiagramBox &box : diagram.boxes) {
        for (const DiagramItem &item : box.items)
            nameOf.insert(item.entityId, singleLine(item.name));
    }
    const Diagram::Legend &l = diagram.legend;
    const QString join = options.ascii ? QStringLiteral("--") : QStringLiteral("──");
    const QString transaction = options.ascii ? QStringLiteral("==") : QStringLiteral("══");
    const QString seam = QStringLiteral("- -");
    QStringList lines;
    for (const LinkBundle &bundle :
         diagram.bundlesLinks() ? diagram.linkBundles() : std::vector<LinkBundle>{}) {
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(singleLine(diagram.boxes[size_t(bundle.from)].title),
                          bundle.seam ? seam : join,
                          singleLine(diagram.boxes[size_t(bundle.to)].title),
                          l.bundle.arg(bundle.links));
    }
    for (const DiagramLink &link :
         diagram.bundlesLinks() ? std::vector<DiagramLink>{} : diagram.links) {
        lines << QStringLiteral("%1 %2 %3: %4 (%5)")
                     .arg(nameOf.value(link.from),
                          link.seam ? seam : (link.transaction ? transaction : join),
                          nameOf.value(link.to), singleLine(link.pattern),
                          link.transaction ? l.transaction : l.join);
    }
    lines << QStringLiteral("%1: %2; %3; %4.").arg(l.fit, l.good, l.fair, l.poor)
          << QStringLiteral("%1: %2 %3, %4 %5, %6 %7.")
                 .arg(l.links, join, l.join, transaction, l.transaction, seam, l.seam);
    out += QLatin1Char('\n');
    for (const QString &line : std::as_const(lines)) {
        for (const QString &part : wrapToWidth(line, width))
            out += part + QLatin1Char('\n');
    }
    return out;
}

} // namespace storemap
