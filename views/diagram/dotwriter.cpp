#include "views/diagram/dotwriter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <utility>

namespace storemap {

namespace {

/// Whether labels cannot carry @p c: XML (and so Graphviz's HTML-like labels and its SVG) has no
/// other control characters, nor the noncharacters U+FFFE/U+FFFF.
bool unfitForLabels(QChar c)
{
    return c.category() == QChar::Other_Control || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
}

/// The number of entity rows every store box gets: the most any box has, one at least.
int boxRows(const Diagram &diagram)
{
    size_t rows = 1;
    for (const DiagramBox &box : diagram.boxes)
        rows = std::max(rows, box.items.size());
    return int(rows);
}

const char *const Ink = "#2E4A75";       // borders, titles, edges
const char *const TitleFill = "#2E4A75"; // a store's title bar
const char *const KindFill = "#DDE5F1";  // the line under the title naming the kind

/// Appends "#1B5E20", @p c in the upper-case hexadecimal DOT and SVG take, to @p out.
void appendHex(Rgb c, QByteArray &out)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    char text[16] = {'#'};
    qsizetype size = 1;
    for (int shift = std::max(20, int(std::bit_width(c) + 3) / 4 * 4 - 4); shift >= 0; shift -= 4)
        text[size++] = digits[(c >> shift) & 0xF];
    out.append(text, size);
}

QByteArray hex(Rgb c)
{
    QByteArray text;
    appendHex(c, text);
    return text;
}
const char *const SeamInk = "#C2410C"; // a with link across stores: the lesson's warning colour
const char *const LinkInk = "#64748B"; // a with link inside one store

/// How a with link is drawn, in DOT attributes: a seam dashed in its own colour, a transaction
/// heavier than a join.
QString linkStyle(const DiagramLink &link)
{
    return QStringLiteral("color=\"%1\", style=%2, penwidth=%3")
        .arg(QLatin1String(link.seam ? SeamInk : LinkInk),
             link.seam ? QStringLiteral("dashed") : QStringLiteral("solid"),
             link.transaction ? QStringLiteral("2.6") : QStringLiteral("1.3"));
}

/// The legend under the stores: the fit colours and the link styles.
QString legendLabel(const Diagram &diagram)
{
    const Diagram::Legend &l = diagram.legend;
    QString html = QStringLiteral("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
                                  "CELLPADDING=\"3\"><TR><TD><B>%1</B></TD>")
                       .arg(dotHtmlEscape(l.fit));
    const std::pair<FitBand, QString> bands[] = {
        {FitBand::Good, l.good}, {FitBand::Fair, l.fair}, {FitBand::Poor, l.poor}};
    for (const auto &[band, text] : bands) {
        const FitColors c = fitColors(band);
        html +=
            QStringLiteral("<TD BGCOLOR=\"%1\"><FONT COLOR=\"%2\">%3</FONT></TD>")
                .arg(QLatin1String(hex(c.fill)), QLatin1String(hex(c.text)), dotHtmlEscape(text));
    }
    html += QStringLiteral("<TD>  </TD><TD><B>%6</B></TD><TD><FONT COLOR=\"%1\">── %2</FONT></TD>"
                           "<TD><FONT COLOR=\"%1\"><B>━━ %3</B></FONT></TD>"
                           "<TD><FONT COLOR=\"%4\">- - %5</FONT></TD></TR></TABLE>")
                .arg(QLatin1String(LinkInk), dotHtmlEscape(l.join), dotHtmlEscape(l.transaction),
                     QLatin1String(SeamInk), dotHtmlEscape(l.seam), dotHtmlEscape(l.links));
    return html;
}

/// Appends the fit cell of @p item's row to @p out; @p port is the row's, the fit cell its east
/// end ("f" for "e").
void appendFitCell(const DiagramItem &item, const QByteArray &port, QByteArray &out)
{
    const FitColors colors = fitColors(fitBand(item.fit));
    out += "<TD ALIGN=\"RIGHT\" BGCOLOR=\"";
    appendHex(colors.fill, out);
    out += "\" PORT=\"f";
    out += QByteArrayView(port).sliced(1);
    out += "\"><FONT COLOR=\"";
    appendHex(colors.text, out);
    out += "\">";
    out += formatFit(item.fit).toUtf8();
    out += "</FONT></TD>";
}

/// Appends the HTML-like label of @p box to @p out. @p rows: the number of entity rows every
/// store box gets, so that all boxes have the same height and their tops line up under the
/// Application Layer, as in the lesson's picture. @p port names each entity's row, so that the
/// with links start and end at it.
void appendTableLabel(const DiagramBox &box, int rows, const QString &emptyLabel,
                      const QHash<QString, QString> &port, QByteArray &out)
{
    if (box.unplaced) {
        out += "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"4\">"
               "\n    <TR><TD COLSPAN=\"2\"><FONT COLOR=\"#555555\"><B>";
        out += dotHtmlEscape(box.title).toUtf8();
        out += "</B></FONT></TD></TR>";
    } else {
        out += "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"4\" "
               "COLOR=\"";
        out += Ink;
        out += "\" BGCOLOR=\"white\">\n    <TR><TD COLSPAN=\"2\" BGCOLOR=\"";
        out += TitleFill;
        out += "\"><FONT COLOR=\"white\" POINT-SIZE=\"13\"><B>";
        out += dotHtmlEscape(box.title).toUtf8();
        out += "</B></FONT></TD></TR>\n    <TR><TD COLSPAN=\"2\" BGCOLOR=\"";
        out += KindFill;
        out += "\"><FONT COLOR=\"";
        out += Ink;
        out += "\" POINT-SIZE=\"10\">";
        out += dotHtmlEscape(box.subtitle()).toUtf8();
        out += "</FONT></TD></TR>";
    }
    if (box.items.empty()) {
        out += "\n    <TR><TD COLSPAN=\"2\"><FONT COLOR=\"#777777\"><I>";
        out += dotHtmlEscape(emptyLabel).toUtf8();
        out += "</I></FONT></TD></TR>";
    }
    for (const DiagramItem &item : box.items) {
        const QByteArray row = port.value(item.entityId).toLatin1();
        // Unplaced entities have no fit: nothing holds them yet.
        out += box.unplaced ? "\n    <TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" COLSPAN=\"2\" PORT=\""
                            : "\n    <TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" PORT=\"";
        out += row;
        out += "\">";
        out += dotHtmlEscape(item.name).toUtf8();
        out += "</TD>";
        if (!box.unplaced)
            appendFitCell(item, row, out);
        out += "</TR>";
    }
    for (int i = std::max<int>(1, int(box.items.size())); i < rows; ++i)
        out += "\n    <TR><TD COLSPAN=\"2\"> </TD></TR>";
    out += "\n  </TABLE>";
}

} // namespace

QString dotHtmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("<BR ALIGN=\"LEFT\"/>");
            break;
        case '\n':
            out += QLatin1String("<BR ALIGN=\"LEFT\"/>");
            break;
        default:
            if (unfitForLabels(c))
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

std::vector<GraphvizText> labelTexts(const Diagram &diagram)
{
    const QByteArray font(DotFontName);
    std::vector<GraphvizText> texts;
    auto add = [&](double size, const QString &text) {
        if (std::none_of(text.begin(), text.end(), unfitForLabels))
            texts.push_back({font, size, text.toUtf8()});
    };
    const int rows = boxRows(diagram);
    for (const DiagramBox &box : diagram.boxes) {
        if (!box.unplaced)
            add(10, box.subtitle());
        for (const DiagramItem &item : box.items) {
            add(11, item.name);
            if (!box.unplaced)
                add(11, formatFit(item.fit));
        }
        if (std::max(1, int(box.items.size())) < rows)
            add(11, QStringLiteral(" ")); // the rows that line the boxes up
    }
    return texts;
}

QByteArray writeDot(const Diagram &diagram, const DotOptions &options)
{
    QByteArray dot;
    dot += "digraph storemap {\n";
    dot +=
        (QStringLiteral("  graph [rankdir=TB, splines=line, nodesep=0.3, ranksep=0.55, pad=0.25, "
                        "bgcolor=\"%1\", fontname=\"%2\", labelloc=t, fontsize=16, "
                        "fontcolor=\"%3\", label=<<B>%4</B>>];\n")
             .arg(options.transparent ? QStringLiteral("transparent") : QStringLiteral("white"),
                  QLatin1String(DotFontName), QLatin1String(Ink), dotHtmlEscape(diagram.title)))
            .toUtf8();
    dot += (QStringLiteral(
                "  node [shape=plain, fontname=\"%1\", fontsize=11, fontcolor=\"#222222\"];\n")
                .arg(QLatin1String(DotFontName)))
               .toUtf8();
    dot += (QStringLiteral("  edge [color=\"%1\", arrowsize=0.8, penwidth=1.2];\n")
                .arg(QLatin1String(Ink)))
               .toUtf8();
    dot += (QStringLiteral("  app [shape=box, style=\"rounded,filled\", fillcolor=\"#EEF2F8\", "
                           "color=\"%1\", penwidth=1.5, margin=\"0.6,0.12\", fontsize=15, "
                           "fontcolor=\"%1\", label=<<B>%2</B>>];\n")
                .arg(QLatin1String(Ink), dotHtmlEscape(diagram.applicationLabel)))
               .toUtf8();

    const int rows = boxRows(diagram);
    qsizetype items = 0;
    for (const DiagramBox &box : diagram.boxes)
        items += qsizetype(box.items.size());
    dot.reserve(dot.size() + 200 * (items + rows) + 4096); // a row is 150-200 bytes
    // Node and row of every entity ("store0:e3"), for the with links when they are drawn one by
    // one.
    const bool bundled = diagram.bundlesLinks();
    QHash<QString, QString> port, endOf;
    QHash<QString, int> column;
    QSet<QString> unplaced;
    QStringList rank;
    int storeNumber = 0;
    for (const DiagramBox &box : diagram.boxes) {
        const QString id = box.unplaced ? QStringLiteral("unplaced")
                                        : QStringLiteral("store%1").arg(storeNumber++);
        rank << id;
        for (const DiagramItem &item : box.items) {
            port.insert(item.entityId, QLatin1Char('e') + QString::number(port.size()));
            if (bundled)
                continue;
            endOf.insert(item.entityId, id + QLatin1Char(':') + port.value(item.entityId));
            column.insert(item.entityId, int(rank.size()));
            if (box.unplaced)
                unplaced.insert(item.entityId);
        }
        dot += "  " + id.toUtf8();
        dot += box.unplaced ? " [shape=box, style=\"dashed,rounded\", color=\"#888888\", "
                              "margin=\"0.05\", label=<"
                            : " [label=<";
        appendTableLabel(box, rows, diagram.emptyLabel, port, dot);
        dot += ">];\n";
    }
    if (!rank.isEmpty())
        dot += (QStringLiteral("  { rank=same; %1; }\n").arg(rank.join(QStringLiteral("; "))))
                   .toUtf8();
    for (const QString &id : std::as_const(rank)) {
        if (id == QLatin1String("unplaced"))
            dot += "  app -> unplaced [style=invis];\n";
        else
            dot += (QStringLiteral("  app -> %1:n;\n").arg(id)).toUtf8();
    }
    if (!bundled) {
        for (const DiagramLink &link : diagram.links) {
            if (!endOf.contains(link.from) || !endOf.contains(link.to))
                continue;
            // Across stores the link runs between the facing sides of the two boxes; inside one
            // store it loops along the box's left edge: clear of the names either way (the east end
            // of a placed row is its fit cell).
            auto end = [&](const QString &entity, bool east) {
                QString at = endOf.value(entity);
                if (east && !unplaced.contains(entity))
                    at[at.lastIndexOf(QLatin1Char(':')) + 1] = QLatin1Char('f');
                return at + (east ? QStringLiteral(":e") : QStringLiteral(":w"));
            };
            const bool leftToRight = column.value(link.from) <= column.value(link.to);
            dot += (QStringLiteral("  %1 -> %2 [dir=none, arrowhead=none, constraint=false, %3, "
                                   "tooltip=\"%4\"];\n")
                        .arg(end(link.from, link.seam && leftToRight),
                             end(link.to, link.seam && !leftToRight), linkStyle(link),
                             dotHtmlEscape(singleLine(link.pattern))
                                 .replace(QLatin1Char('\\'), QLatin1String("\\\\"))))
                       .toUtf8();
        }
    } else {
        // Thousands of entity-to-entity lines would hide the boxes (and take Graphviz minutes).
        for (const LinkBundle &bundle : diagram.linkBundles()) {
            DiagramLink style;
            style.seam = bundle.seam;
            dot += (QStringLiteral("  %1 -> %2 [dir=none, arrowhead=none, constraint=false, %3, "
                                   "xlabel=\"%4\", fontcolor=\"%5\"];\n")
                        .arg(rank[bundle.from], rank[bundle.to], linkStyle(style),
                             QString::number(bundle.links), QLatin1String(SeamInk)))
                       .toUtf8();
        }
    }
    dot +=
        (QStringLiteral("  legend [margin=0, label=<%1>];\n").arg(legendLabel(diagram))).toUtf8();
    dot += (QStringLiteral("  %1 -> legend [style=invis];\n")
                .arg(rank.isEmpty() ? QStringLiteral("app") : rank.front()))
               .toUtf8();
    dot += "}\n";
    return dot;
}

} // namespace storemap
