#include "views/diagram/mermaidwriter.h"

#include <QHash>
#include <QStringList>

namespace storemap {

namespace {

QString hex(Rgb c)
{
    return QStringLiteral("#%1").arg(c, 6, 16, QLatin1Char('0')).toUpper();
}

const char *bandClass(FitBand band)
{
    switch (band) {
    case FitBand::Good:
        return "good";
    case FitBand::Fair:
        return "fair";
    case FitBand::Poor:
        return "poor";
    case FitBand::Unknown:
        break;
    }
    return "unknown";
}

QString label(const QString &text)
{
    return QStringLiteral("[\"%1\"]").arg(mermaidEscape(text));
}

} // namespace

QString mermaidEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("#quot;");
            continue;
        case '&':
            out += QLatin1String("#amp;");
            continue;
        case '<':
            out += QLatin1String("#lt;");
            continue;
        case '>':
            out += QLatin1String("#gt;");
            continue;
        case '#': // an entity code's own start: "#quot;" in a name stays literal
        case '%': // "%%" starts a comment or a directive
        case '`': // starts a Markdown label; ``` would end the record's fence
            out += QStringLiteral("#%1;").arg(c.unicode());
            continue;
        default:
            break;
        }
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString writeMermaid(const Diagram &diagram)
{
    QString out = QStringLiteral("flowchart TB\n");
    out += QStringLiteral("  app%1\n").arg(label(diagram.applicationLabel));
    QStringList links;
    QHash<QString, QString> nodeOf; // entity id -> node id
    QStringList byBand[4];
    int storeNumber = 0;
    int entityNumber = 0;
    for (const DiagramBox &box : diagram.boxes) {
        const QString id =
            box.unplaced ? QStringLiteral("unplaced") : QStringLiteral("s%1").arg(storeNumber++);
        // "S3", not "S3 (S3)": the kind only when the name does not already say it.
        const QString title = box.unplaced || box.kind.isEmpty() || box.title == box.subtitle()
                                  ? box.title
                                  : QStringLiteral("%1 (%2)").arg(box.title, box.subtitle());
        out += QStringLiteral("  subgraph %1%2\n").arg(id, label(title));
        out += QStringLiteral("    direction TB\n");
        if (box.items.empty())
            out += QStringLiteral("    %1_empty%2\n").arg(id, label(diagram.emptyLabel));
        for (const DiagramItem &item : box.items) {
            const QString node = QStringLiteral("e%1").arg(entityNumber++);
            nodeOf.insert(item.entityId, node);
            const QString text = box.unplaced
                                     ? item.name
                                     : QStringLiteral("%1 %2").arg(item.name, formatFit(item.fit));
            out += QStringLiteral("    %1%2\n").arg(node, label(text));
            byBand[int(box.unplaced ? FitBand::Unknown : fitBand(item.fit))] << node;
        }
        out += QStringLiteral("  end\n");
        if (box.unplaced)
            out += QStringLiteral("  style unplaced stroke-dasharray: 5 5\n");
        else
            links << QStringLiteral("  app --> %1\n").arg(id);
    }
    out += links.join(QString());
    if (!diagram.links.empty())
        out +=
            QStringLiteral("  %% with links: --- join, === transaction, -.- seam across stores\n");
    for (const DiagramLink &link : diagram.links) {
        const QString from = nodeOf.value(link.from);
        const QString to = nodeOf.value(link.to);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const char *style = link.seam ? "-.-" : (link.transaction ? "===" : "---");
        out += QStringLiteral("  %1 %2 %3\n").arg(from, QLatin1String(style), to);
    }
    for (FitBand band : {FitBand::Good, FitBand::Fair, FitBand::Poor, FitBand::Unknown}) {
        const FitColors colors = fitColors(band);
        out += QStringLiteral("  classDef %1 fill:%2,color:%3,stroke:%3\n")
                   .arg(QLatin1String(bandClass(band)), hex(colors.fill), hex(colors.text));
    }
    for (FitBand band : {FitBand::Good, FitBand::Fair, FitBand::Poor, FitBand::Unknown}) {
        const QStringList &nodes = byBand[int(band)];
        if (!nodes.isEmpty())
            out += QStringLiteral("  class %1 %2\n")
                       .arg(nodes.join(QLatin1Char(',')), QLatin1String(bandClass(band)));
    }
    return out;
}

} // namespace storemap
