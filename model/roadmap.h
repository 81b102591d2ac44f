#pragma once

#include "model/advisor.h"

#include <QStringList>

#include <atomic>
#include <vector>

namespace storemap {

/// The default sweep of the roadmap (DESIGN.md §3): 100 to 1,000,000,000 users.
inline constexpr qint64 RoadmapFrom = 100;
inline constexpr qint64 RoadmapTo = 1'000'000'000;

/// One entity that changes kind at the start of a roadmap step.
struct RoadmapMove
{
    QString entity; ///< the entity's id
    int from = -1;  ///< catalog index of the kind it leaves; -1 at the first step
    int to = -1;    ///< catalog index of the kind it goes to
};

/// A range of user counts over which the advised layout (kinds and placement) stays the same.
struct RoadmapStep
{
    qint64 fromUsers = 0;
    qint64 toUsers = -1; ///< the last user count of the step; -1 for the last step
    Layout layout;       ///< the advised layout at fromUsers
    std::vector<RoadmapMove> moves;
    QStringList reasons; ///< what moved and why: the budget step, the load of a pattern
};

struct Roadmap
{
    qint64 from = RoadmapFrom;
    qint64 to = RoadmapTo;
    std::vector<RoadmapStep> steps;
    int advised = 0;        ///< how many user counts the advisor was asked about
    bool cancelled = false; ///< stopped by the cancel flag: steps are incomplete
};

/// The advisor swept from @p from to @p to users (DESIGN.md §3): one step per advised layout, each
/// breakpoint exact (the layout at fromUsers - 1 differs from the one at fromUsers). @p cancel,
/// when set, stops the sweep early (a view recomputing after an edit). The sampled user counts
/// are asked on @p threads threads; the roadmap is the same on any number.
Roadmap roadmapOf(const Project &project, qint64 from, qint64 to, const Catalog &catalog,
                  const std::atomic<bool> *cancel = nullptr, int threads = 1);

/// The user counts the sweep samples before bisecting: a log grid, every count from which the
/// budget affords another set of kinds, and every count where a load pressure starts or saturates.
std::vector<qint64> roadmapSamples(qint64 from, qint64 to, const Catalog &catalog,
                                   unsigned operated = 0);

/// True when two layouts put the same kinds and every entity on the same kind.
bool sameLayout(const Layout &a, const Layout &b);

/// `storemap roadmap --json`: the object of DESIGN.md §6, pretty-printed.
QByteArray roadmapJson(const Project &project, const Roadmap &roadmap, const Catalog &catalog);

/// `storemap roadmap` for people: one paragraph per step.
QString roadmapText(const Project &project, const Roadmap &roadmap, const Catalog &catalog);

/// One single change to an entity that would change the kind it fits best (DESIGN.md §3).
struct WhatIf
{
    QString change; ///< "its durability were ephemeral", to follow "Would move to Redis if "
    int bestKind = -1;
};

/// The smallest single changes (one pattern's frequency a step up or down, its durability, its
/// schema, ten times the users) that change the kind @p entity fits best at @p users, smallest
/// first: frequency steps, then durability, schema and scale.
std::vector<WhatIf> whatIfs(const Entity &entity, qint64 users, const Catalog &catalog);

/// "Would move to Redis if its durability were ephemeral"
QString whatIfText(const WhatIf &whatIf, const Catalog &catalog);

} // namespace storemap
