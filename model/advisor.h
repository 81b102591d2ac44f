#pragma once

#include "model/analysis.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace storemap {

/// A candidate layout: a set of kinds and the kind each entity goes to.
struct Layout
{
    std::vector<int> kinds;     ///< catalog indexes, catalog order
    std::vector<int> placement; ///< per entity (project order): a catalog index
    std::vector<double> fits;   ///< per entity: its fit on that kind
    double overallFit = 0;      ///< traffic-weighted mean fit over all entities
    double seamPoints = 0;      ///< what the seams it opens cost, in overall-fit points
    double cost = 0;            ///< complexity cost of the kinds
    /// overallFit minus the seams and the complexity price; what the advisor maximises
    double value = 0;
};

struct RejectedLayout
{
    Layout layout;
    QString why;
};

/// The advisor's recommendation for a project at one scale (DESIGN.md §3).
struct Advice
{
    qint64 users = DefaultUsers;
    double budget = 0;
    Layout best;
    std::vector<RejectedLayout> rejected; ///< the runners-up, best first
    QStringList reasons;
    /// The warnings and errors `check` raises on the advised layout: each one is named in the
    /// reasons with why no affordable layout avoids it.
    Findings remaining;
};

/// Fit points one unit of complexity must buy before the advisor adds a store: each extra kind has
/// to earn its operational cost (lesson: add more only when you have data-driven reasons).
inline constexpr double FitPointsPerCostUnit = 1.0;

/// Searches every subset of the catalog's kinds whose cost fits the budget at @p users, places
/// the entities within the subset (each on its best kind, weighed by its traffic, avoiding the
/// placements the check flags and the seams that cost more than they gain), and keeps the layout
/// of highest value that its own check does not flag; when every affordable layout is flagged, the
/// best one, with the findings that remain named in the reasons.
Advice advise(const Project &project, qint64 users, const Catalog &catalog);

/// advise()'s best layout alone, without the reasons and the runners-up: faster, the same layout.
Layout advisedLayout(const Project &project, qint64 users, const Catalog &catalog);

/// advisedLayout() at many user counts of one project (the roadmap's sweep): what does not depend
/// on the users (traffic, links, where the check flags each entity, a copy of the project to place
/// layouts in) worked out once. The project must outlive it, unchanged.
class LayoutAdvisor
{
public:
    LayoutAdvisor(const Project &project, const Catalog &catalog);
    ~LayoutAdvisor();
    LayoutAdvisor(const LayoutAdvisor &) = delete;
    LayoutAdvisor &operator=(const LayoutAdvisor &) = delete;

    Layout at(qint64 users);

    /// What entity @p entity is worth to the advisor on each kind at @p users, every other entity
    /// placed as in @p placement: its traffic-weighted fit, less the penalty of a placement the
    /// check flags and the points of the seams it would open.
    FitRow worthsOf(size_t entity, qint64 users, const std::vector<int> &placement) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// @p project rearranged as @p advice says: one store per advised kind (an existing store of that
/// kind is kept, with its name), every entity on the store of its advised kind, unused stores gone.
Project applyAdvice(const Project &project, const Advice &advice, const Catalog &catalog);

/// "PostgreSQL + Redis + S3"
QString kindNames(const std::vector<int> &kinds, const Catalog &catalog);

} // namespace storemap
