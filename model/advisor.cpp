#include "model/advisor.h"

#include "model/cost.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <future>
#include <optional>
#include <thread>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Advisor)
};
/// Points that push a placement the check flags behind every one it does not.
constexpr double FlaggedPenalty = 1000;

/// What an entity of @p traffic is worth to the advisor on a kind it fits at @p fit: flags
/// included, seams not.
double worthOf(double traffic, double fit, bool flagged)
{
    return traffic * fit - (flagged ? FlaggedPenalty : 0);
}

/// A `with` link the advisor must keep or pay for: entities a and b, and what splitting them
/// costs in traffic-weighted fit points (the link pattern's weight x the seam points).
struct Link
{
    int a = 0;
    int b = 0;
    double points = 0;
    const Pattern *pattern = nullptr;
};

std::vector<int> kindsOf(unsigned mask, const Catalog &catalog)
{
    std::vector<int> kinds;
    for (int k = 0; k < catalog.kindCount(); ++k) {
        if (mask & (1u << k))
            kinds.push_back(k);
    }
    return kinds;
}

/// From how many entities the advisor shares its passes over them with a second thread.
constexpr size_t ParallelFrom = 500;

/// @p work(from, to) over [0, @p count), the second half on another thread from ParallelFrom on.
template <typename Work> void inHalves(size_t count, Work &&work)
{
    if (count < ParallelFrom) {
        work(size_t(0), count);
        return;
    }
    const std::jthread other(work, count / 2, count);
    work(size_t(0), count / 2);
}

/// The lines @p line(i, &lines) adds for each i in [0, @p count), in that order; inHalves().
template <typename Line> QStringList linesInHalves(size_t count, Line &&line)
{
    std::array<QStringList, 2> halves;
    inHalves(count, [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            line(i, &halves[from > 0]);
    });
    return halves[0] + halves[1];
}

/// What the advisor knows of a project whatever the users: each entity's traffic, the links it
/// must keep or pay for, and where the check flags it below and from the growth scale.
struct AdvisorFacts
{
    AdvisorFacts(const Project &project, const Catalog &catalog);

    const Project &project;
    const Catalog &catalog;
    int kinds = 0;
    unsigned operated = 0;           ///< the kinds the team already runs: their burden partly paid
    QHash<QString, int> entityIndex; ///< entity ids to their indexes
    LinkTargets linkTargets;         ///< where each entity's links point, for countFindings()
    bool workload = false;           ///< hasWorkload(): money can break a tie of fit
    std::vector<double> costs;       ///< per set of kinds (a mask): its complexity cost
    std::vector<FitBasis> bases;     ///< per entity: what its fits are made of whatever the users
    std::vector<double> traffic;
    double totalTraffic = 0;
    std::vector<Link> links;
    std::vector<std::vector<int>> linksOf;
    /// placementWeights() of every entity on every kind, row by row: below the growth scale and
    /// from it
    std::array<std::vector<int>, 2> flagsAt;
};

AdvisorFacts::AdvisorFacts(const Project &project, const Catalog &catalog)
    : project(project)
    , catalog(catalog)
    , kinds(catalog.kindCount())
    , operated(operatedKinds(project, catalog))
{
    const size_t n = project.entities.size();
    entityIndex.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        entityIndex.insert(project.entities[i].id, int(i));
    linkTargets = storemap::linkTargets(project, entityIndex);
    workload = hasWorkload(project);
    bases.resize(n);
    traffic.resize(n);
    for (std::vector<int> &flags : flagsAt)
        flags.resize(n * size_t(kinds));
    inHalves(n, [&](size_t from, size_t to) { // each row is the entity's alone
        for (size_t i = from; i < to; ++i) {
            const Entity &e = project.entities[i];
            bases[i] = fitBasis(e, catalog);
            traffic[i] = trafficOf(e, catalog);
            for (size_t k = 0; k < size_t(kinds); ++k) {
                const std::array<int, 2> weights = placementWeights(e, int(k), catalog);
                flagsAt[0][i * size_t(kinds) + k] = weights[0];
                flagsAt[1][i * size_t(kinds) + k] = weights[1];
            }
        }
    });
    for (size_t i = 0; i < n; ++i) {
        const Entity &e = project.entities[i];
        totalTraffic += traffic[i];
        for (size_t k = 0; k < e.patterns.size(); ++k) {
            const int other = linkTargets.target[linkTargets.first[i] + k];
            if (other < 0 || other == int(i))
                continue;
            const Pattern &p = e.patterns[k];
            const bool tx = p.type == PatternType::Transaction;
            const Modifiers &m = catalog.modifiers();
            links.push_back({int(i), other,
                             catalog.frequency(p.frequency).weight *
                                 (tx ? m.seamTransactionPoints : m.seamJoinPoints),
                             &p});
        }
    }
    linksOf.resize(n);
    for (size_t l = 0; l < links.size(); ++l) {
        linksOf[size_t(links[l].a)].push_back(int(l));
        linksOf[size_t(links[l].b)].push_back(int(l));
    }
    costs.resize(size_t(1) << kinds);
    for (unsigned mask = 1; mask < costs.size(); ++mask)
        costs[mask] = complexityCost(kindsOf(mask, catalog), catalog, operated);
}

/// The fits and worths of every entity on every kind under one load on the stores: its pressures,
/// and whether the users are at the growth scale (where the check flags more). Whatever the
/// budget: the roadmap asks about hundreds of user counts, and below the load's ramps many share
/// one scene.
struct Scene
{
    Scene(const AdvisorFacts &facts, const LoadPressures &pressures, bool growth)
        : pressures(pressures)
        , growth(growth)
    {
        const size_t n = facts.traffic.size();
        const std::vector<int> &flags = facts.flagsAt[growth];
        fits.reserve(n);
        worths.reserve(n * size_t(facts.kinds));
        for (size_t i = 0; i < n; ++i) {
            fits.push_back(fitRow(facts.bases[i], pressures, facts.catalog));
            for (size_t k = 0; k < size_t(facts.kinds); ++k) {
                worths.push_back(worthOf(facts.traffic[i], fits.back()[k],
                                         flags[i * size_t(facts.kinds) + k] != 0));
            }
        }
    }

    LoadPressures pressures;
    bool growth = false;
    std::vector<double> worths; ///< worthOf() every entity on every kind, row by row
    std::vector<FitRow> fits;
};

/// What every candidate layout is scored from at one user count: the facts, the scene at that
/// count, and what a unit of complexity costs there.
struct Problem
{
    Problem(const AdvisorFacts &facts, const Scene &scene, qint64 users)
        : catalog(facts.catalog)
        , kinds(facts.kinds)
        , operated(facts.operated)
        , price(FitPointsPerCostUnit * catalog.modifiers().budgetBase / budgetFor(users, catalog))
        , traffic(facts.traffic)
        , totalTraffic(facts.totalTraffic)
        , flags(facts.flagsAt[scene.growth])
        , links(facts.links)
        , linksOf(facts.linksOf)
        , costs(facts.costs)
        , worths(scene.worths)
        , fits(scene.fits)
    {}

    /// worthOf() entity @p i on kind @p k.
    double worth(size_t i, int k) const { return worths[i * size_t(kinds) + size_t(k)]; }
    /// Whether the check flags entity @p i on kind @p k by its placement alone.
    bool flagged(size_t i, int k) const { return flagWeight(i, k) != 0; }
    /// placementWeights() of entity @p i on kind @p k at this scale: what its check must raise
    /// there at least.
    int flagWeight(size_t i, int k) const { return flags[i * size_t(kinds) + size_t(k)]; }
    /// Layout::value of @p l at this scale.
    double valueOf(const Layout &l) const { return l.overallFit - l.seamPoints - price * l.cost; }

    const Catalog &catalog;
    const int kinds = 0;
    const unsigned operated = 0;
    const double price = FitPointsPerCostUnit; ///< fit points per cost unit at this scale
    const std::vector<double> &traffic;
    const double totalTraffic = 0;
    const std::vector<int> &flags; ///< flagWeight() of every entity on every kind, row by row
    const std::vector<Link> &links;
    const std::vector<std::vector<int>> &linksOf;
    const std::vector<double> &costs;  ///< AdvisorFacts::costs
    const std::vector<double> &worths; ///< Scene::worths
    const std::vector<FitRow> &fits;
};

/// Evaluates the kinds of @p mask: every entity on its best kind, then the linked entities moved
/// together where a seam costs more than the move. The fits of the entities are left to withFits():
/// only the chosen layout needs them.
Layout evaluate(unsigned mask, const Problem &problem, bool moveTogether = true)
{
    const Catalog &catalog = problem.catalog;
    Layout l;
    l.kinds = kindsOf(mask, catalog);
    l.cost = problem.costs[mask];
    const size_t n = problem.fits.size();
    l.placement.resize(n);
    const int *const kindsEnd = l.kinds.data() + l.kinds.size();
    for (size_t i = 0; i < n; ++i) {
        const double *worth = &problem.worths[i * size_t(problem.kinds)];
        int best = l.kinds.front();
        for (const int *k = l.kinds.data() + 1; k != kindsEnd; ++k) {
            if (worth[*k] > worth[best] + 1e-9)
                best = *k;
        }
        l.placement[i] = best;
    }
    if (moveTogether && l.kinds.size() > 1 && !problem.links.empty()) {
        // Moves one entity at a time to the kind that pays best once its seams are counted; a move
        // puts its linked entities back on the list. Each move raises the value, so it ends; the
        // cap keeps a pathological project interactive.
        std::vector<int> todo;
        std::vector<char> queued(n, false);
        // Only the two ends of an open seam can gain by moving: every other entity already sits on
        // its best kind with all its links closed.
        for (const Link &link : problem.links) {
            if (l.placement[size_t(link.a)] == l.placement[size_t(link.b)])
                continue;
            for (const int end : {link.a, link.b}) {
                if (!queued[size_t(end)]) {
                    todo.push_back(end);
                    queued[size_t(end)] = true;
                }
            }
        }
        std::vector<double> together(size_t(catalog.kindCount()));
        size_t movesLeft = 8 * todo.size() + 64;
        while (!todo.empty() && movesLeft-- > 0) {
            const size_t i = size_t(todo.back());
            todo.pop_back();
            queued[i] = false;
            // Seam points to pay on each kind: every link whose other side sits elsewhere.
            std::fill(together.begin(), together.end(), 0.0);
            double links = 0;
            for (int li : problem.linksOf[i]) {
                const Link &link = problem.links[size_t(li)];
                const int other = link.a == int(i) ? link.b : link.a;
                together[size_t(l.placement[size_t(other)])] += link.points;
                links += link.points;
            }
            auto local = [&](int k) { return problem.worth(i, k) - (links - together[size_t(k)]); };
            int best = l.placement[i];
            double bestValue = local(best);
            for (int k : l.kinds) {
                const double v = local(k);
                if (v > bestValue + 1e-9) {
                    best = k;
                    bestValue = v;
                }
            }
            if (best == l.placement[i])
                continue;
            l.placement[i] = best;
            for (int li : problem.linksOf[i]) {
                const Link &link = problem.links[size_t(li)];
                const size_t other = size_t(link.a == int(i) ? link.b : link.a);
                if (!queued[other]) {
                    todo.push_back(int(other));
                    queued[other] = true;
                }
            }
        }
    }
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += problem.traffic[i] * problem.fits[i][size_t(l.placement[i])];
    double seams = 0;
    for (const Link &link : problem.links) {
        if (l.placement[size_t(link.a)] != l.placement[size_t(link.b)])
            seams += link.points;
    }
    l.overallFit = problem.totalTraffic > 0 ? sum / problem.totalTraffic : 0;
    l.seamPoints = problem.totalTraffic > 0 ? seams / problem.totalTraffic : 0;
    l.value = problem.valueOf(l);
    return l;
}

/// @p layout with the fit of every entity where it is placed.
Layout withFits(Layout layout, const Problem &problem)
{
    layout.fits.resize(layout.placement.size());
    for (size_t i = 0; i < layout.placement.size(); ++i)
        layout.fits[i] = problem.fits[i][size_t(layout.placement[i])];
    return layout;
}

/// Places the entities of a project as layouts say (see applyAdvice()), the project copied once
/// and each entity's store and kind looked up once, for the advisor to check layout after layout.
class Placer
{
public:
    Placer(const Project &project, const Catalog &catalog)
        : m_project(project)
        , m_catalog(catalog)
        , m_out(project)
    {
        for (const Entity &e : project.entities) {
            m_storeAt.push_back(e.store.isEmpty() ? -1 : project.storeIndex(e.store));
            m_kindNow.push_back(project.kindOf(e, catalog));
        }
        for (const Store &s : project.stores)
            m_storeKind.push_back(catalog.kindIndex(s.kind));
    }

    /// The project with every entity on the store of its kind in @p layout: an existing store of
    /// that kind is kept (the one already holding most of the entities sent there), a new one made
    /// otherwise, and the stores left empty removed. Valid until the next call.
    const Project &place(const Layout &layout)
    {
        const Project &project = m_project;
        m_out.stores = project.stores;
        if (layout.placement.size() != project.entities.size()) {
            m_out.entities = project.entities;
            m_placedAt.clear();
            return m_out;
        }
        // How many of its entities each store keeps: those the layout leaves on its kind.
        std::vector<int> kept(project.stores.size(), 0);
        for (size_t i = 0; i < project.entities.size(); ++i) {
            const int at = m_storeAt[i];
            if (at >= 0 && m_storeKind[size_t(at)] == layout.placement[i])
                ++kept[size_t(at)];
        }
        std::vector<int> storeOfKind(size_t(m_catalog.kindCount()), -1);
        for (int k : layout.kinds) {
            int bestCount = -1;
            for (size_t s = 0; s < project.stores.size(); ++s) {
                if (m_storeKind[s] == k && kept[s] > bestCount) {
                    bestCount = kept[s];
                    storeOfKind[size_t(k)] = int(s);
                }
            }
            if (storeOfKind[size_t(k)] < 0) {
                const KindInfo &kind = m_catalog.kind(k);
                storeOfKind[size_t(k)] = int(m_out.stores.size());
                m_out.stores.push_back({m_out.uniqueId(kind.id), kind.id, kind.name});
            }
        }
        std::vector<char> used(m_out.stores.size(), false);
        m_placedAt.assign(project.entities.size(), -1);
        for (size_t i = 0; i < project.entities.size(); ++i) {
            const int k = layout.placement[i];
            // Assigned only when it changes: most entities stay where the last layout put them,
            // and a string's assignment, even of itself, writes to the text's shared counts.
            const auto setStore = [&](const QString &id) {
                if (!m_out.entities[i].store.isSharedWith(id))
                    m_out.entities[i].store = id;
            };
            if (m_kindNow[i] != k) {
                const int at = storeOfKind[size_t(k)];
                setStore(m_out.stores[size_t(at)].id);
                used[size_t(at)] = true;
                m_placedAt[i] = at;
            } else {
                setStore(project.entities[i].store);
                if (m_storeAt[i] >= 0)
                    used[size_t(m_storeAt[i])] = true;
                m_placedAt[i] = m_storeAt[i];
            }
        }
        std::vector<Store> stores;
        std::vector<int> storeNow(m_out.stores.size(), -1);
        for (size_t s = 0; s < m_out.stores.size(); ++s) {
            if (used[s]) {
                storeNow[s] = int(stores.size());
                stores.push_back(std::move(m_out.stores[s]));
            }
        }
        m_out.stores = std::move(stores);
        for (int &at : m_placedAt)
            at = at >= 0 ? storeNow[size_t(at)] : -1;
        return m_out;
    }

    /// The index of each entity's store in the last project place() made; null when unknown.
    const std::vector<int> *storeAt() const { return m_placedAt.empty() ? nullptr : &m_placedAt; }

private:
    const Project &m_project;
    const Catalog &m_catalog;
    Project m_out;
    std::vector<int> m_storeAt;   ///< per entity: the index of its store, or -1
    std::vector<int> m_kindNow;   ///< per entity: the kind of its store, or -1
    std::vector<int> m_storeKind; ///< per store: its kind, or -1
    std::vector<int> m_placedAt;  ///< per entity: its store's index in m_out, as placed last
};

/// Puts layouts through the check at one user count: the analysis it starts from (the fits
/// already computed) made once, each layout's placement, overall fit and complexity set in it.
class Checker
{
public:
    Checker(const Problem &problem, Placer &placer, const AdvisorFacts &facts, qint64 users)
        : m_problem(problem)
        , m_placer(placer)
        , m_facts(facts)
    {
        m_analysis.users = users;
        m_analysis.entities.resize(problem.fits.size());
        for (size_t i = 0; i < problem.fits.size(); ++i) {
            EntityScore &s = m_analysis.entities[i];
            s.fits = problem.fits[i];
            const auto best = std::max_element(s.fits.begin(), s.fits.end());
            s.bestKind = int(best - s.fits.begin());
            s.bestFit = *best;
            s.traffic = problem.traffic[i];
        }
    }

    /// The warnings and errors the check raises on @p layout.
    Findings flags(const Layout &layout)
    {
        Findings flags = findingsOf(place(layout), m_analysis, m_problem.catalog);
        flags.removeIf([](const Finding &f) { return f.severity == Severity::Info; });
        return flags;
    }

    /// Their number by severity and their rules; counted, not made.
    FindingCounts counts(const Layout &layout)
    {
        const Project &applied = place(layout);
        return countFindings(applied, m_analysis, m_problem.catalog, &m_facts.entityIndex,
                             m_placer.storeAt(), &m_facts.linkTargets);
    }

private:
    const Project &place(const Layout &layout)
    {
        const Project &applied = m_placer.place(layout);
        m_analysis.overallFit = layout.overallFit;
        for (size_t i = 0; i < m_analysis.entities.size(); ++i) {
            EntityScore &s = m_analysis.entities[i];
            s.kind = layout.placement[i];
            s.fit = s.fits[size_t(s.kind)];
        }
        m_analysis.complexity = complexityOf(applied, m_analysis.users, m_problem.catalog);
        return applied;
    }

    const Problem &m_problem;
    Placer &m_placer;
    const AdvisorFacts &m_facts;
    Analysis m_analysis;
};

/// What @p layout's kinds would cost a month holding its entities: what the catalog can price
/// (a missing workload prices nothing on both sides of a comparison), and whether all of it could.
std::pair<double, bool> layoutUsd(const Project &project, const Layout &layout,
                                  const Catalog &catalog)
{
    std::vector<std::vector<const Entity *>> held(size_t(catalog.kindCount()));
    for (size_t i = 0; i < layout.placement.size(); ++i)
        held[size_t(layout.placement[i])].push_back(&project.entities[i]);
    double usd = 0;
    bool known = true;
    for (int k : layout.kinds) {
        const StoreCost c = priceOf(k, held[size_t(k)], -1, catalog);
        usd += c.pricedUsd;
        known = known && c.known();
    }
    return {usd, known};
}

bool hasBinary(const Entity &e)
{
    return std::any_of(e.patterns.begin(), e.patterns.end(),
                       [](const Pattern &p) { return p.type == PatternType::BinaryBlob; });
}

bool usesEveryKind(const Layout &l)
{
    unsigned used = 0;
    for (const int k : l.placement)
        used |= 1u << k;
    return std::popcount(used) == int(l.kinds.size());
}

/// Bounds on every set of kinds (a mask) before it is evaluated, for all sets at once by sums over
/// subsets: the fewest placements its check must flag and the most traffic-weighted fit it can
/// reach. An entity without links stays where its worth is highest (evaluate() moves only the ends
/// of seams, and only when @p moveTogether), so both are exact for it; an entity with links (or two
/// worths too close to rank) counts as flagged only where every kind of the set flags it, and at
/// its best fit in the set.
struct Bounds
{
    std::vector<int> leastFlagged;
    std::vector<double> mostFit;

    /// The most value (Layout::value) the set of kinds @p mask can reach: seams cost nothing.
    double mostValue(unsigned mask, const Problem &problem) const
    {
        return (problem.totalTraffic > 0 ? mostFit[mask] / problem.totalTraffic : 0) -
               problem.price * problem.costs[mask];
    }
};

/// @p order: every kind, highest @p key first, equal ones in catalog order. An insertion sort: a
/// handful of kinds, ranked for every entity at every user count.
void rankKinds(std::vector<int> &order, const double *key)
{
    for (size_t r = 0; r < order.size(); ++r) {
        const double v = key[r];
        size_t at = r;
        for (; at > 0 && key[order[at - 1]] < v; --at)
            order[at] = order[at - 1];
        order[at] = int(r);
    }
}

Bounds boundsOf(const Problem &problem, bool moveTogether = true)
{
    const size_t kinds = size_t(problem.kinds);
    const size_t masks = size_t(1) << kinds;
    Bounds b;
    b.leastFlagged.assign(masks, 0);
    // fitFrom[A * kinds + k]: the fit of the entities that a set holding k and none of A puts on k
    // (A: the kinds they rank before k); a set M reaches those with k in M and A outside M.
    // flaggedFrom likewise counts the placements the check flags.
    std::vector<double> fitFrom(masks * kinds, 0.0);
    std::vector<int> flaggedFrom(masks * kinds, 0);
    std::vector<int> order(kinds);
    for (size_t i = 0; i < problem.traffic.size(); ++i) {
        unsigned flaggedOn = 0;
        for (size_t k = 0; k < kinds; ++k)
            flaggedOn |= problem.flagged(i, int(k)) ? 1u << k : 0;
        const FitRow &fits = problem.fits[i];
        // evaluate()'s choice: the highest worth, the first kind of equal ones; unless two worths
        // are within its tolerance without being equal, where it may keep the lower.
        rankKinds(order, &problem.worths[i * kinds]);
        bool loose = moveTogether && !problem.linksOf[i].empty(); // evaluate() may move it
        for (size_t r = 1; r < kinds && !loose; ++r) {
            const double gap = problem.worth(i, order[r - 1]) - problem.worth(i, order[r]);
            loose = gap > 0 && gap <= 1e-9;
        }
        if (loose) { // bounded: flagged where every kind flags it, at its best fit
            ++b.leastFlagged[flaggedOn];
            rankKinds(order, fits.data());
        }
        unsigned before = 0;
        for (const int k : order) {
            fitFrom[before * kinds + size_t(k)] += problem.traffic[i] * fits[size_t(k)];
            if (!loose)
                flaggedFrom[before * kinds + size_t(k)] += (flaggedOn >> k) & 1u;
            before |= 1u << k;
        }
    }
    for (size_t bit = 1; bit < masks; bit <<= 1) {
        for (size_t m = 0; m < masks; ++m) {
            if (m & bit) { // fitFrom over the subsets of m; leastFlagged over the supersets
                for (size_t k = 0; k < kinds; ++k) {
                    fitFrom[m * kinds + k] += fitFrom[(m ^ bit) * kinds + k];
                    flaggedFrom[m * kinds + k] += flaggedFrom[(m ^ bit) * kinds + k];
                }
            } else {
                b.leastFlagged[m] += b.leastFlagged[m | bit];
            }
        }
    }
    b.mostFit.assign(masks, 0.0);
    for (size_t m = 1; m < masks; ++m) {
        const size_t outside = (masks - 1) & ~m;
        for (size_t k = 0; k < kinds; ++k) {
            if (m & (size_t(1) << k)) {
                b.mostFit[m] += fitFrom[outside * kinds + k];
                b.leastFlagged[m] += flaggedFrom[outside * kinds + k];
            }
        }
    }
    return b;
}

/// What LayoutAdvisor::at() keeps from one user count to the next while the scene stays the same:
/// the scene, the bounds on every set of kinds, and the sets of kinds evaluated so far (their
/// values at the price they were first evaluated at).
struct SceneCache
{
    std::optional<Scene> scene;
    std::optional<Bounds> bounds;
    std::vector<std::optional<Layout>> evaluated; ///< per set of kinds
};

bool better(const Layout &a, const Layout &b)
{
    if (std::abs(a.value - b.value) > 1e-9)
        return a.value > b.value;
    if (std::abs(a.cost - b.cost) > 1e-9)
        return a.cost < b.cost;
    return a.kinds < b.kinds;
}

QStringList entityNames(const Project &project, const Layout &l, int kind)
{
    QStringList names;
    for (size_t i = 0; i < l.placement.size(); ++i) {
        if (l.placement[i] == kind)
            names << project.entities[i].name;
    }
    return names;
}

} // namespace

QString kindNames(const std::vector<int> &kinds, const Catalog &catalog)
{
    QStringList names;
    for (int k : kinds)
        names << catalog.kind(k).name;
    return names.join(QStringLiteral(" + "));
}

namespace {

/// "R2 instead of S3 saves $1,840 a month at 20,480 GB of egress a month": why money chose
/// @p best over @p other at an equal value.
QString moneyReason(const Project &project, const Layout &best, const Layout &other, double saving,
                    const Catalog &catalog)
{
    std::vector<int> in, out;
    std::set_difference(best.kinds.begin(), best.kinds.end(), other.kinds.begin(),
                        other.kinds.end(), std::back_inserter(in));
    std::set_difference(other.kinds.begin(), other.kinds.end(), best.kinds.begin(),
                        best.kinds.end(), std::back_inserter(out));
    double egress = 0;
    for (size_t i = 0; i < best.placement.size(); ++i) {
        if (best.placement[i] != other.placement[i])
            egress += std::max(0.0, project.entities[i].workload.egressGBPerMonth);
    }
    QString line = Tr::tr("%1 instead of %2 saves %3 a month at an equal fit")
                       .arg(kindNames(in, catalog), kindNames(out, catalog), formatUsd(saving));
    if (egress > 0)
        line += Tr::tr(" at %1 GB of egress a month").arg(formatQuantity(egress, 0));
    return line + Tr::tr(" (the catalog's dated prices; money only breaks ties of fit).");
}

/// advise(), or with @p explain false only its best layout: no layout beyond the budget, no
/// reasons, no runners-up (the roadmap asks the advisor about hundreds of user counts). @p facts
/// and @p placer are of the project, made once for all the user counts asked, and @p cache, when
/// given, what the last of them left.
Advice adviseAt(const AdvisorFacts &facts, Placer &placer, qint64 users, bool explain,
                SceneCache *cache = nullptr)
{
    const Project &project = facts.project;
    const Catalog &catalog = facts.catalog;
    Advice advice;
    advice.users = users;
    advice.budget = budgetFor(users, catalog);
    const QString usersText = formatUsers(users);
    if (project.entities.empty()) {
        advice.reasons << Tr::tr("The project has no entities: nothing to place.");
        return advice;
    }

    SceneCache own;
    SceneCache &kept = cache ? *cache : own;
    const LoadPressures pressures = loadPressures(users, catalog);
    const bool growth = users >= growthScaleUsers(catalog);
    if (!kept.scene || kept.scene->pressures != pressures || kept.scene->growth != growth) {
        kept.scene.emplace(facts, pressures, growth);
        kept.bounds.reset();
        kept.evaluated.assign(facts.costs.size(), std::nullopt);
    }
    const Problem problem(facts, *kept.scene, users);
    // What the check must raise on a layout at least: the findings of its flagged placements, and
    // `poor-fit` where a kind of its own fits an entity that much better (the rule's own test, with
    // only the layout's kinds, which are always within reach).
    auto leastWeight = [&](const Layout &l) {
        int w = 0;
        for (size_t i = 0; i < l.placement.size(); ++i) {
            w += problem.flagWeight(i, l.placement[i]);
            const FitRow &fits = problem.fits[i];
            const double fit = fits[l.placement[i]];
            if (fit >= PoorFitBelow || project.entities[i].patterns.empty())
                continue;
            for (const int k : l.kinds) {
                if (fits[k] >= fit + PoorFitMargin) {
                    w += weightOf(fit < PoorFitErrorBelow ? Severity::Error : Severity::Warning);
                    break;
                }
            }
        }
        return w;
    };
    auto flaggedPlacements = [&](const Layout &l) {
        int n = 0;
        for (size_t i = 0; i < l.placement.size(); ++i)
            n += problem.flagged(i, l.placement[i]);
        return n;
    };
    // The layouts put through their own check (below): at most 12, and fewer for big projects, as
    // each check is a full analysis.
    const size_t Checked =
        std::clamp<size_t>(10'000 / std::max<size_t>(project.entities.size(), 1), 1, 12);
    std::vector<Layout> affordable;
    std::optional<Layout> overBudget;
    const unsigned all = (1u << catalog.kindCount()) - 1;
    if (explain) {
        // Every affordable layout is evaluated: the reasons count and rank them. Beyond the budget
        // only the best is shown, for comparison: those sets of kinds are evaluated from the
        // highest bound on their value on, until the next cannot beat the best so far. Both on
        // two threads for a big project: the search beyond the budget on one, then both share the
        // affordable sets.
        std::vector<unsigned> within;
        std::vector<unsigned> beyond;
        for (unsigned mask = 1; mask <= all; ++mask)
            (problem.costs[mask] <= advice.budget + 1e-9 ? within : beyond).push_back(mask);
        auto bestBeyond = [&] {
            const Bounds unmoved = boundsOf(problem, false);
            auto bound = [&](unsigned mask) { return unmoved.mostValue(mask, problem); };
            std::stable_sort(beyond.begin(), beyond.end(),
                             [&](unsigned a, unsigned b) { return bound(a) > bound(b); });
            for (const unsigned mask : beyond) {
                if (overBudget && bound(mask) < overBudget->value - 1e-6)
                    break;
                // Only the affordable layouts need their linked entities moved together.
                Layout l = evaluate(mask, problem, false);
                if (usesEveryKind(l) && (!overBudget || better(l, *overBudget)))
                    overBudget = std::move(l);
            }
        };
        std::vector<Layout> layouts(within.size());
        std::atomic<size_t> next{0};
        auto evaluateWithin = [&] {
            for (size_t i = next++; i < within.size(); i = next++)
                layouts[i] = evaluate(within[i], problem);
        };
        if (project.entities.size() < ParallelFrom) {
            bestBeyond();
            evaluateWithin();
        } else {
            const std::jthread other([&] {
                bestBeyond();
                evaluateWithin();
            });
            evaluateWithin();
        }
        for (Layout &l : layouts) {
            if (usesEveryKind(l)) // else the same layout without the idle kind is cheaper
                affordable.push_back(std::move(l));
        }
    } else {
        // Only the layouts that can rank among the checked ones, or tie with the first, matter:
        // the sets of kinds are evaluated from the most promising bounds on, until the next one
        // cannot rank before the last of the checked.
        if (!kept.bounds)
            kept.bounds = boundsOf(problem);
        const Bounds &bounds = *kept.bounds;
        struct Candidate
        {
            unsigned mask;
            int leastFlagged;
            double mostValue;
        };
        std::vector<Candidate> candidates;
        for (unsigned mask = 1; mask <= all; ++mask) {
            if (problem.costs[mask] <= advice.budget + 1e-9)
                candidates.push_back(
                    {mask, bounds.leastFlagged[mask], bounds.mostValue(mask, problem)});
        }
        std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
            return a.leastFlagged != b.leastFlagged ? a.leastFlagged < b.leastFlagged
                                                    : a.mostValue > b.mostValue;
        });
        std::vector<std::pair<int, size_t>> ranked; // flagged placements, layout; in rank order
        for (const Candidate &c : candidates) {
            if (ranked.size() >= Checked) {
                const auto &[flagged, at] = ranked[Checked - 1];
                if (c.leastFlagged > flagged ||
                    (c.leastFlagged == flagged && c.mostValue < affordable[at].value - 1e-6))
                    break;
            }
            std::optional<Layout> &evaluated = kept.evaluated[c.mask];
            if (!evaluated)
                evaluated = evaluate(c.mask, problem);
            Layout l = *evaluated;
            l.value = problem.valueOf(l);
            if (!usesEveryKind(l))
                continue;
            const int flagged = flaggedPlacements(l);
            affordable.push_back(std::move(l));
            const Layout &added = affordable.back();
            const auto pos = std::find_if(ranked.begin(), ranked.end(), [&](const auto &r) {
                return flagged != r.first ? flagged < r.first : better(added, affordable[r.second]);
            });
            ranked.insert(pos, {flagged, affordable.size() - 1});
        }
    }
    if (affordable.empty()) { // a budget below every single kind: take the cheapest layout
        for (unsigned mask = 1; mask <= all; ++mask) {
            Layout l = evaluate(mask, problem);
            if (affordable.empty() || l.cost < affordable.front().cost)
                affordable.assign(1, std::move(l));
        }
    }
    // Coherence: first the layouts with the fewest placements the check flags, best value first.
    const auto mostValue =
        std::max_element(affordable.begin(), affordable.end(),
                         [](const Layout &a, const Layout &b) { return better(b, a); });
    const Layout topValue = *mostValue;
    std::vector<std::pair<int, size_t>> order;
    for (size_t i = 0; i < affordable.size(); ++i)
        order.emplace_back(flaggedPlacements(affordable[i]), i);
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first
                                  : better(affordable[a.second], affordable[b.second]);
    });
    {
        std::vector<Layout> sorted;
        sorted.reserve(affordable.size());
        for (const auto &[flagged, i] : order)
            sorted.push_back(std::move(affordable[i]));
        affordable = std::move(sorted);
    }

    // Money breaks ties (DESIGN.md §3): among the layouts as good as the first, one that saves
    // MaterialSavingUsd a month or more comes first. Only with a workload: without one every
    // layout prices the same.
    std::vector<double> usdOf(affordable.size(), 0);
    size_t tied = 1;
    if (facts.workload) {
        while (tied < affordable.size() &&
               flaggedPlacements(affordable[tied]) == flaggedPlacements(affordable.front()) &&
               std::abs(affordable[tied].value - affordable.front().value) < 1e-9)
            ++tied;
        for (size_t i = 0; i < tied && tied > 1; ++i)
            usdOf[i] = layoutUsd(project, affordable[i], catalog).first;
        const size_t cheapest =
            size_t(std::min_element(usdOf.begin(), usdOf.begin() + tied) - usdOf.begin());
        if (usdOf[cheapest] <= usdOf[0] - MaterialSavingUsd) {
            std::rotate(affordable.begin(), affordable.begin() + cheapest,
                        affordable.begin() + cheapest + 1);
            std::rotate(usdOf.begin(), usdOf.begin() + cheapest, usdOf.begin() + cheapest + 1);
        }
    }

    // Then the whole layout through its own check: the first one it does not flag, or else the
    // one with the fewest errors, then warnings. Past the first few the value lost is more than
    // any finding is worth looking for. Their findings are weighed, counted, not made: only the
    // chosen one's are made, for the reasons.
    size_t chosen = 0;
    int chosenWeight = 0;
    Checker checker(problem, placer, facts, users);
    for (size_t i = 0; i < std::min(affordable.size(), Checked); ++i) {
        if (i > 0 && leastWeight(affordable[i]) >= chosenWeight)
            continue; // its placements alone weigh as much as the chosen one's findings
        const int w = weightOf(checker.counts(affordable[i]));
        if (i == 0 || w < chosenWeight) {
            chosen = i;
            chosenWeight = w;
        }
        if (chosenWeight == 0)
            break;
    }
    advice.best = withFits(affordable[chosen], problem);
    if (!explain)
        return advice;
    if (chosenWeight > 0)
        advice.remaining = checker.flags(advice.best);
    std::vector<std::pair<Layout, QStringList>> passedOver; // and the rules its check raises
    if (topValue.value > advice.best.value + 1e-9)
        passedOver.emplace_back(topValue, flaggingRules(checker.counts(topValue)));
    const Layout &best = advice.best;

    advice.reasons << Tr::tr("Budget at %1 users: %2. %3")
                          .arg(usersText, formatTenths(advice.budget),
                               catalog.modifiers().budgetWhy);
    advice.reasons << Tr::tr("Chose %1: overall fit %2 (each entity weighted by its traffic) at "
                             "complexity cost %3 and seams %4: value %5 = fit - seams - %6 x "
                             "cost, the best of %7 affordable layouts that its own check does "
                             "not flag.")
                          .arg(kindNames(best.kinds, catalog), formatTenths(best.overallFit),
                               formatTenths(best.cost), formatTenths(best.seamPoints),
                               formatTenths(best.value), QString::number(problem.price, 'f', 2),
                               QString::number(affordable.size()));
    if (problem.operated) {
        advice.reasons << Tr::tr("The team already operates %1: each counts %2% of its burden. %3")
                              .arg(operatedNames(problem.operated, catalog),
                                   QString::number(catalog.modifiers().operatedShare * 100),
                                   catalog.modifiers().operatedWhy);
    }
    if (overBudget && overBudget->value > best.value + 1e-9) {
        advice.reasons << Tr::tr("The advice would change at about %1 users, where the budget "
                                 "affords %2 (value %3).")
                              .arg(formatAboutUsers(usersAffording(overBudget->cost, catalog)),
                                   kindNames(overBudget->kinds, catalog),
                                   formatTenths(overBudget->value));
    }
    for (const auto &[layout, rules] : passedOver) {
        advice.reasons << Tr::tr("Passed over %1 (value %2): its own check would raise %3.")
                              .arg(kindNames(layout.kinds, catalog), formatTenths(layout.value),
                                   rules.join(QStringLiteral(", ")));
    }
    for (int k : best.kinds) {
        const QStringList names = entityNames(project, best, k);
        QString line =
            Tr::tr("%1 holds %2.").arg(catalog.kind(k).name, names.join(QStringLiteral(", ")));
        if (best.kinds.size() > 1) {
            unsigned without = 0;
            for (int other : best.kinds) {
                if (other != k)
                    without |= 1u << other;
            }
            const Layout smaller = evaluate(without, problem);
            line += QLatin1Char(' ') +
                    Tr::tr("Without it the overall fit drops by %1 points (seams included) for %2 "
                           "less cost, worth %3 points at this scale; it earns its place while the "
                           "first is larger.")
                        .arg(formatTenths(best.overallFit - best.seamPoints - smaller.overallFit +
                                          smaller.seamPoints),
                             formatTenths(best.cost - smaller.cost),
                             formatTenths(problem.price * (best.cost - smaller.cost)));
        }
        advice.reasons << line;
    }
    // The seams it opens, a line a link across two kinds, in the links' order.
    advice.reasons << linesInHalves(problem.links.size(), [&](size_t i, QStringList *lines) {
        const Link &link = problem.links[i];
        const int ka = best.placement[size_t(link.a)];
        const int kb = best.placement[size_t(link.b)];
        if (ka == kb)
            return;
        // What closing the seam would cost: the cheaper of moving either side to the other.
        const double moveA = problem.worth(size_t(link.a), ka) - problem.worth(size_t(link.a), kb);
        const double moveB = problem.worth(size_t(link.b), kb) - problem.worth(size_t(link.b), ka);
        const Entity &a = project.entities[size_t(link.a)];
        const Entity &b = project.entities[size_t(link.b)];
        *lines << Tr::tr("Opens the seam \"%1\" (%2) between %3 on %4 and %5 on %6: it costs %7 "
                         "points, while one store for both would cost %8. The application joins "
                         "or keeps them consistent itself.")
                      .arg(link.pattern->name, toId(link.pattern->type), a.name,
                           catalog.kind(ka).name, b.name, catalog.kind(kb).name,
                           formatTenths(link.points / problem.totalTraffic),
                           formatTenths(std::min(moveA, moveB) / problem.totalTraffic));
    });
    for (size_t i = 0; i < project.entities.size(); ++i) {
        if (hasBinary(project.entities[i]) && catalog.kind(best.placement[i]).objectStorage) {
            advice.reasons << Tr::tr("Binary data goes to object storage (%1). Lesson: never store "
                                     "binary files in the database.")
                                  .arg(catalog.kind(best.placement[i]).name);
            break;
        }
    }
    // What remains, a line a finding.
    const QString checked = QString::number(std::min(affordable.size(), Checked));
    advice.reasons << linesInHalves(
        size_t(advice.remaining.size()), [&](size_t i, QStringList *lines) {
            const Finding &f = advice.remaining.at(qsizetype(i));
            const int at = f.entity.isEmpty() ? -1 : facts.entityIndex.value(f.entity, -1);
            const Entity *e = at >= 0 ? &project.entities[size_t(at)] : nullptr;
            *lines << Tr::tr("Remains: %1 on %2, because none of the %3 best affordable layouts "
                             "avoids it: %4")
                          .arg(f.rule, e ? e->name : Tr::tr("the layout"), checked, f.message());
        });

    for (size_t i = 0; i < affordable.size() && advice.rejected.size() < 2; ++i) {
        if (i == chosen)
            continue;
        const Layout &l = affordable[i];
        if (l.value > best.value + 1e-9)
            continue; // its own check flags it: passed over above
        if (std::abs(l.value - best.value) < 1e-9) {
            const double saving = i < tied && chosen < tied ? usdOf[i] - usdOf[chosen] : 0;
            if (saving >= MaterialSavingUsd - 1e-9)
                advice.reasons << moneyReason(project, best, l, saving, catalog);
            else if (saving <= -0.005)
                advice.reasons << Tr::tr("%1 would serve equally well for %2 a month less, below "
                                         "the %3 a month from which money decides; ties go to "
                                         "the kind listed first in the catalog (the lesson's "
                                         "five come first).")
                                      .arg(kindNames(l.kinds, catalog), formatUsd(-saving),
                                           formatUsd(MaterialSavingUsd));
            else
                advice.reasons
                    << Tr::tr("%1 would serve equally well; ties go to the kind listed first in "
                              "the catalog (the lesson's five come first).")
                           .arg(kindNames(l.kinds, catalog));
            continue;
        }
        if (!advice.rejected.empty() &&
            std::abs(l.value - advice.rejected.back().layout.value) < 1e-9)
            continue; // the same trade with an equivalent kind (S3 or R2): listed once
        advice.rejected.push_back(
            {l, Tr::tr("%1: overall fit %2 at cost %3, value %4 against %5.")
                    .arg(kindNames(l.kinds, catalog), formatTenths(l.overallFit),
                         formatTenths(l.cost), formatTenths(l.value), formatTenths(best.value))});
    }
    if (overBudget &&
        overBudget->overallFit > best.overallFit + 1e-9) { // what the budget rules out
        advice.rejected.push_back(
            {*overBudget,
             Tr::tr("%1: overall fit %2, but its cost %3 exceeds the budget of %4 at %5 "
                    "users.")
                 .arg(kindNames(overBudget->kinds, catalog), formatTenths(overBudget->overallFit),
                      formatTenths(overBudget->cost), formatTenths(advice.budget), usersText)});
    }
    return advice;
}

} // namespace

Advice advise(const Project &project, qint64 users, const Catalog &catalog)
{
    if (project.entities.size() < ParallelFrom) {
        Placer placer(project, catalog);
        return adviseAt(AdvisorFacts(project, catalog), placer, users, true);
    }
    // The placer copies the project while the facts are worked out.
    std::future<Placer> placing =
        std::async(std::launch::async, [&] { return Placer(project, catalog); });
    const AdvisorFacts facts(project, catalog);
    Placer placer = placing.get();
    return adviseAt(facts, placer, users, true);
}

Layout advisedLayout(const Project &project, qint64 users, const Catalog &catalog)
{
    return LayoutAdvisor(project, catalog).at(users);
}

struct LayoutAdvisor::Private
{
    Private(const Project &project, const Catalog &catalog)
        : facts(project, catalog)
        , placer(project, catalog)
    {}
    AdvisorFacts facts;
    Placer placer;
    SceneCache cache;
};

LayoutAdvisor::LayoutAdvisor(const Project &project, const Catalog &catalog)
    : d(std::make_unique<Private>(project, catalog))
{}

LayoutAdvisor::~LayoutAdvisor() = default;

Layout LayoutAdvisor::at(qint64 users)
{
    return adviseAt(d->facts, d->placer, users, false, &d->cache).best;
}

FitRow LayoutAdvisor::worthsOf(size_t entity, qint64 users, const std::vector<int> &placement) const
{
    const AdvisorFacts &f = d->facts;
    const std::vector<int> &flags = f.flagsAt[users >= growthScaleUsers(f.catalog)];
    FitRow worths = fitRow(f.bases[entity], loadPressures(users, f.catalog), f.catalog);
    for (int k = 0; k < f.kinds; ++k)
        worths[k] = worthOf(f.traffic[entity], worths[k], flags[entity * size_t(f.kinds) + k] != 0);
    for (const int li : f.linksOf[entity]) {
        const Link &link = f.links[size_t(li)];
        const int other = link.a == int(entity) ? link.b : link.a;
        for (int k = 0; k < f.kinds; ++k) {
            if (placement[size_t(other)] != k)
                worths[k] -= link.points;
        }
    }
    return worths;
}

Project applyAdvice(const Project &project, const Advice &advice, const Catalog &catalog)
{
    return Placer(project, catalog).place(advice.best);
}

} // namespace storemap
