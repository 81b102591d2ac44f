#include "views/diagram/diagram.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Diagram)
};

} // namespace

int Diagram::storeCount() const
{
    int n = 0;
    for (const DiagramBox &box : boxes)
        n += box.unplaced ? 0 : 1;
    return n;
}

std::vector<LinkBundle> Diagram::linkBundles() const
{
    QHash<QString, int> boxOf;
    for (size_t b = 0; b < boxes.size(); ++b) {
        for (const DiagramItem &item : boxes[b].items)
            boxOf.insert(item.entityId, int(b));
    }
    std::map<std::pair<int, int>, LinkBundle> bundles;
    for (const DiagramLink &link : links) {
        const auto from = boxOf.constFind(link.from), to = boxOf.constFind(link.to);
        if (from == boxOf.cend() || to == boxOf.cend() || *from == *to)
            continue; // inside one box: no seam, and the box says enough
        LinkBundle &bundle = bundles[{std::min(*from, *to), std::max(*from, *to)}];
        bundle.from = std::min(*from, *to);
        bundle.to = std::max(*from, *to);
        ++bundle.links;
        bundle.seam = bundle.seam || link.seam;
    }
    std::vector<LinkBundle> out;
    out.reserve(bundles.size());
    for (const auto &[ends, bundle] : bundles)
        out.push_back(bundle);
    return out;
}

const DiagramBox *Diagram::unplacedBox() const
{
    for (const DiagramBox &box : boxes) {
        if (box.unplaced)
            return &box;
    }
    return nullptr;
}

Diagram buildDiagram(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    Diagram d;
    d.projectName = project.name;
    d.users = analysis.users;
    d.title = Tr::tr("%1 · %2 users")
                  .arg(project.name.trimmed().isEmpty() ? Tr::tr("Untitled") : project.name,
                       formatUsers(analysis.users));
    d.legend = {Tr::tr("Fit"),
                Tr::tr("good, 80 and up"),
                Tr::tr("fair, 60 to 80"),
                Tr::tr("poor, below 60"),
                Tr::tr("Links (with)"),
                Tr::tr("join"),
                Tr::tr("transaction"),
                Tr::tr("seam: the two are in different stores"),
                Tr::tr("links: %1")};
    d.applicationLabel = Tr::tr("Application Layer");
    d.emptyLabel = Tr::tr("(empty)");
    const bool money = analysis.cost.shown;
    if (money)
        d.title += QStringLiteral(" · ") + formatMonthly(analysis.cost.monthlyUsd);
    for (const Store &store : project.stores) {
        DiagramBox box;
        box.storeId = store.id;
        const int kind = catalog.kindIndex(store.kind);
        box.kind = kind >= 0 ? catalog.kind(kind).name : store.kind;
        box.title = store.name.isEmpty() ? box.kind : store.name;
        if (money) {
            for (const StoreCost &c : analysis.cost.stores) {
                if (c.store == store.id)
                    box.money = formatMonthly(c.monthlyUsd);
            }
        }
        d.boxes.push_back(std::move(box));
    }
    DiagramBox unplaced;
    unplaced.title = Tr::tr("Unplaced");
    unplaced.unplaced = true;
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        DiagramItem item{e.id, e.name, score.fit,
                         score.bestKind >= 0 ? catalog.kind(score.bestKind).name : QString(),
                         score.bestFit};
        const int store = project.storeIndex(e.store);
        if (store >= 0 && score.kind >= 0)
            d.boxes[size_t(store)].items.push_back(std::move(item));
        else
            unplaced.items.push_back(std::move(item));
    }
    if (!unplaced.items.empty())
        d.boxes.push_back(std::move(unplaced));

    d.links = withLinks(project);
    return d;
}

QString singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastWasBreak = false;
    for (QChar c : text) {
        const bool control = c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                             c == QChar::ParagraphSeparator;
        if (control) {
            if (!lastWasBreak)
                out += QLatin1Char(' ');
            lastWasBreak = true;
            continue;
        }
        lastWasBreak = false;
        out += c;
    }
    return out;
}

} // namespace storemap
