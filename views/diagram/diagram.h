#pragma once

#include "model/analysis.h"
#include "model/fit.h"

#include <QString>

#include <vector>

namespace storemap {

/// One entity listed in a store's box.
struct DiagramItem
{
    QString entityId;
    QString name;
    double fit = -1; ///< on its store's kind; -1 when unplaced
    QString bestKind;
    double bestFit = 0;
};

/// A store (or the unplaced entities) drawn as a box titled with its name and kind.
struct DiagramBox
{
    QString storeId; ///< empty for the unplaced box
    QString title;   ///< the store's name ("Postgres"), or "Unplaced"
    QString kind;    ///< the kind's display name ("PostgreSQL"); empty for the unplaced box
    QString money;   ///< "$24.84 a month" where the project gives a workload, else empty
    bool unplaced = false;
    /// What the box says under its title: the kind, and its money where there is a workload.
    QString subtitle() const
    {
        return money.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, money);
    }
    std::vector<DiagramItem> items;
};

using DiagramLink = WithLink;

/// The links between two boxes, drawn as one line when there are too many to draw each.
struct LinkBundle
{
    int from = 0; ///< index of a box in Diagram::boxes
    int to = 0;   ///< the other box, after @c from
    int links = 0;
    bool seam = false; ///< any of them crosses stores (or touches the unplaced box)
};

/// The lesson's picture of a project, independent of how it is drawn: an Application Layer with
/// an edge to every store, the stores side by side, and the unplaced entities in a box of their
/// own. Every export (DOT, SVG, PNG, text) draws this.
struct Diagram
{
    QString projectName;
    qint64 users = DefaultUsers;
    QString title;                  ///< "E-commerce · 1,000,000 users": every export's heading
    QString applicationLabel;       ///< "Application Layer"
    QString emptyLabel;             ///< "(empty)": what a store without entities lists
    std::vector<DiagramBox> boxes;  ///< stores in project order, the unplaced box last
    std::vector<DiagramLink> links; ///< one per pair (either way round) and kind, in project order
    /// The legend: what the fit colours and the link styles mean, in the interface language.
    struct Legend
    {
        QString fit, good, fair, poor, links, join, transaction, seam;
        QString bundle; ///< "links: %1" between two boxes, when there are too many to draw each
    } legend;

    /// Up to this many links each is drawn between its two entities; beyond, one line per pair
    /// of boxes (linkBundles()) says how many it stands for.
    static constexpr size_t EveryLinkUpTo = 300;
    bool bundlesLinks() const { return links.size() > EveryLinkUpTo; }
    /// The links between different boxes, one bundle per pair of boxes, in box order.
    std::vector<LinkBundle> linkBundles() const;

    /// The boxes the Application Layer has an edge to: every store, not the unplaced box.
    int storeCount() const;
    const DiagramBox *unplacedBox() const;
};

/// Builds the diagram of @p project from its @p analysis.
Diagram buildDiagram(const Project &project, const Analysis &analysis, const Catalog &catalog);

/// @p text on one line: line breaks, tabs and other control characters become single spaces.
QString singleLine(const QString &text);

} // namespace storemap
