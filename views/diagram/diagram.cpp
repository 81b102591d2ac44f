#include "views/diagram/diagram.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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
                Tr::tr("seam: the two are in different stores")};
    d.applicationLabel = Tr::tr("Application Layer");
    d.emptyLabel = Tr::tr("(empty)");
    for (const Store &store : project.stores) {
        DiagramBox box;
        box.storeId = store.id;
        const int kind = catalog.kindIndex(store.kind);
        box.kind = kind >= 0 ? catalog.kind(kind).name : store.kind;
        box.title = store.name.isEmpty() ? box.kind : store.name;
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
