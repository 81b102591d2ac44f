#include "model/roadmap.h"

#include "model/jsondump.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <thread>

namespace storemap {

namespace {

using ordered = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Roadmap)
};

/// Log-grid points per tenfold of users. Between two grid points the layout is assumed not to
/// change and change back (see roadmapSamples()).
constexpr int GridPerTenfold = 16;

/// The pattern whose load presses hardest on @p entity: its most frequent load-sensitive pattern.
const Pattern *hottestPattern(const Entity &entity, const Catalog &catalog)
{
    const Pattern *hottest = nullptr;
    for (const Pattern &p : entity.patterns) {
        if (catalog.pattern(p.type).loadSensitive &&
            (!hottest || int(p.frequency) > int(hottest->frequency)))
            hottest = &p;
    }
    return hottest;
}

/// The advisor's layout at every user count asked, each count asked once: the ones @p known
/// holds already, the others asked of an advisor of its own (one sweep per thread).
class Sweep
{
public:
    Sweep(const Project &project, const Catalog &catalog,
          const std::map<qint64, Layout> *known = nullptr)
        : m_project(project)
        , m_catalog(catalog)
        , m_known(known)
    {}

    const Layout &at(qint64 users)
    {
        if (m_known) {
            const auto it = m_known->find(users);
            if (it != m_known->end())
                return it->second;
        }
        auto it = m_layouts.find(users);
        if (it == m_layouts.end())
            it = m_layouts.emplace(users, advisor().at(users)).first;
        return it->second;
    }
    /// The layouts this sweep asked the advisor for.
    std::map<qint64, Layout> takeAsked() { return std::move(m_layouts); }

    /// Where in (lo, hi] the first entity that the layouts at lo and hi place differently is
    /// likely to move: the first count at which its worth on its new kind (fit, flags and seams,
    /// the others left where they are at lo) passes its worth on its old one. Microseconds, where
    /// the advisor takes milliseconds. 0 when the two layouts differ in their kinds or no such
    /// crossing is seen.
    qint64 firstCrossing(qint64 lo, qint64 hi)
    {
        const Layout &a = at(lo);
        const Layout &b = at(hi);
        if (a.kinds != b.kinds)
            return 0;
        qint64 first = hi;
        bool found = false;
        for (size_t i = 0; i < a.placement.size(); ++i) {
            const int from = a.placement[i];
            const int to = b.placement[i];
            if (from == to)
                continue;
            // The advisor's own comparison: a later kind must be worth more by 1e-9 to win.
            auto movedAt = [&](qint64 users) {
                const FitRow worths = advisor().worthsOf(i, users, a.placement);
                const double wFrom = worths[from];
                const double wTo = worths[to];
                return to > from ? wTo > wFrom + 1e-9 : !(wFrom > wTo + 1e-9);
            };
            // Only an entity that has moved by the first crossing seen so far can come before it.
            if (!movedAt(first) || movedAt(lo))
                continue;
            qint64 l = lo;
            while (first - l > 1) {
                const qint64 m = l + (first - l) / 2;
                (movedAt(m) ? first : l) = m;
            }
            found = true;
        }
        return found ? first : 0;
    }

private:
    /// Made when first asked: the facts it works out cost a pass over the project.
    LayoutAdvisor &advisor()
    {
        if (!m_advisor)
            m_advisor.emplace(m_project, m_catalog);
        return *m_advisor;
    }

    const Project &m_project;
    const Catalog &m_catalog;
    const std::map<qint64, Layout> *m_known = nullptr;
    std::optional<LayoutAdvisor> m_advisor;
    std::map<qint64, Layout> m_layouts;
};

/// Appends to @p breakpoints every user count in (lo, hi] whose layout differs from the one just
/// below it, when the layouts at lo and hi differ. The first change is looked for where an entity
/// that moves between lo and hi is predicted to (Sweep::firstCrossing()); when the advisor
/// confirms it, the rest of the range is searched the same way, and otherwise the range is
/// bisected, as it is with @p predict false.
bool refine(Sweep &sweep, qint64 lo, qint64 hi, bool predict, std::vector<qint64> *breakpoints,
            const std::atomic<bool> *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;
    if (sameLayout(sweep.at(lo), sweep.at(hi)))
        return true;
    if (hi - lo == 1) {
        breakpoints->push_back(hi);
        return true;
    }
    const qint64 crossing = predict ? sweep.firstCrossing(lo, hi) : 0;
    if (crossing > lo) {
        const bool confirmed = sameLayout(sweep.at(crossing - 1), sweep.at(lo)) &&
                               !sameLayout(sweep.at(crossing), sweep.at(lo));
        return refine(sweep, lo, crossing - 1, confirmed, breakpoints, cancel) &&
               refine(sweep, crossing - 1, crossing, false, breakpoints, cancel) &&
               refine(sweep, crossing, hi, confirmed, breakpoints, cancel);
    }
    // Bisect in log space: the advisor's inputs move with log10(users).
    qint64 mid = qint64(std::llround(std::sqrt(double(lo) * double(hi))));
    mid = std::clamp(mid, lo + 1, hi - 1);
    return refine(sweep, lo, mid, false, breakpoints, cancel) &&
           refine(sweep, mid, hi, false, breakpoints, cancel);
}

/// Runs @p work(sweep, i) for every i below @p count on @p threads threads, each with a sweep of
/// its own that knows @p known (read only meanwhile), and returns the layouts they asked for. The
/// highest i first: the samples are in ascending users, and the advisor costs most where the budget
/// affords most kinds (and a range there is bisected longest), so the longest jobs start first and
/// the threads end together.
template <typename Work>
std::map<qint64, Layout> onThreads(const Project &project, const Catalog &catalog,
                                   const std::map<qint64, Layout> &known, int threads, size_t count,
                                   Work &&work)
{
    std::atomic<size_t> next{0};
    std::vector<std::map<qint64, Layout>> asked(size_t(std::max(threads, 1)));
    auto run = [&](size_t t) {
        Sweep sweep(project, catalog, &known);
        for (size_t i = next++; i < count; i = next++)
            work(sweep, count - 1 - i);
        asked[t] = sweep.takeAsked();
    };
    {
        std::vector<std::jthread> pool;
        for (size_t t = 1; t < asked.size(); ++t)
            pool.emplace_back(run, t);
        run(0);
    }
    std::map<qint64, Layout> all;
    for (std::map<qint64, Layout> &m : asked)
        all.merge(m);
    return all;
}

QStringList stepReasons(const Project &project, const Layout &before, const Layout &after,
                        qint64 users, const Catalog &catalog)
{
    QStringList reasons;
    const double budget = budgetFor(users, catalog);
    if (before.kinds != after.kinds) {
        if (after.cost > budgetFor(users - 1, catalog) + 1e-9) {
            reasons << Tr::tr("At %1 users the budget reaches %2: enough for %3 (cost %4).")
                           .arg(formatUsers(users), formatTenths(budget),
                                kindNames(after.kinds, catalog), formatTenths(after.cost));
        } else {
            reasons << Tr::tr("At %1 users %2 (overall fit %3, cost %4) is worth more than %5 "
                              "(overall fit %6, cost %7): the load has moved the fits.")
                           .arg(formatUsers(users), kindNames(after.kinds, catalog),
                                formatTenths(after.overallFit), formatTenths(after.cost),
                                kindNames(before.kinds, catalog), formatTenths(before.overallFit),
                                formatTenths(before.cost));
        }
    }
    constexpr int MaxMoveReasons = 12;
    int moved = 0;
    for (size_t i = 0; i < after.placement.size(); ++i) {
        const int from = before.placement[i];
        const int to = after.placement[i];
        if (from == to)
            continue;
        if (++moved > MaxMoveReasons)
            continue;
        const Entity &e = project.entities[i];
        const FitRow fits = fitRow(e, users, catalog);
        QString line = Tr::tr("%1 moves from %2 to %3 (fit %4 against %5).")
                           .arg(e.name, catalog.kind(from).name, catalog.kind(to).name,
                                formatTenths(fits[size_t(to)]), formatTenths(fits[size_t(from)]));
        const Pattern *hot = hottestPattern(e, catalog);
        if (hot && loadPressure(hot->frequency, users, catalog) > 0) {
            line += QLatin1Char(' ') +
                    Tr::tr("The load of \"%1\" (%2) presses at %3 of its full weight.")
                        .arg(hot->name, toId(hot->frequency),
                             QStringLiteral("%1%").arg(
                                 qRound(100 * loadPressure(hot->frequency, users, catalog))));
        }
        reasons << line;
    }
    if (moved > MaxMoveReasons)
        reasons << Tr::tr("More entities move: %1.").arg(moved - MaxMoveReasons);
    return reasons;
}

} // namespace

bool sameLayout(const Layout &a, const Layout &b)
{
    return a.kinds == b.kinds && a.placement == b.placement;
}

std::vector<qint64> roadmapSamples(qint64 from, qint64 to, const Catalog &catalog,
                                   unsigned operated)
{
    // Between two samples every input of the advisor moves smoothly with log10(users): each load
    // pressure is linear between its start and its saturation (both sampled), the budget is linear
    // between its base and steep points (both sampled), and the set of affordable kinds is the
    // same (every count from which a set of kinds becomes affordable is sampled, with the count
    // before it). So a layout can only change inside a cell where its value crosses another's;
    // when the layouts at both ends agree, a change inside the cell would have to cross back
    // within a factor of 10^(1/16), about 1.155, of the users. The sweep bounds what it can miss
    // to such returns; the tests check on a generated corpus that no step hides one.
    std::vector<qint64> samples{from, to};
    auto add = [&](double users) {
        if (!std::isfinite(users))
            return;
        const double clamped = std::clamp(users, double(from), double(to));
        for (const qint64 u : {qint64(std::floor(clamped)), qint64(std::ceil(clamped))})
            samples.push_back(std::clamp(u, from, to));
    };
    const double lo = std::log10(double(from));
    const double hi = std::log10(double(to));
    for (double t = std::floor(lo * GridPerTenfold); t <= std::ceil(hi * GridPerTenfold); ++t)
        add(std::pow(10.0, t / GridPerTenfold));
    const Modifiers &m = catalog.modifiers();
    add(m.budgetBaseUsers);
    add(m.budgetSteepUsers);
    // From the growth scale on, ephemeral data read on every request is flagged in a relational
    // store (with operated kinds it need not be among the affording counts below).
    add(double(growthScaleUsers(catalog)));
    add(double(growthScaleUsers(catalog) - 1));
    for (const FrequencyInfo &f : catalog.frequencies()) {
        add(std::pow(10.0, m.loadZeroAt - f.level));
        add(std::pow(10.0, m.loadFullAt - f.level));
    }
    const unsigned all = (1u << catalog.kindCount()) - 1;
    for (unsigned mask = 1; mask <= all; ++mask) {
        std::vector<int> kinds;
        for (int k = 0; k < catalog.kindCount(); ++k) {
            if (mask & (1u << k))
                kinds.push_back(k);
        }
        const qint64 affording = usersAffording(complexityCost(kinds, catalog, operated), catalog);
        add(double(affording));
        add(double(affording - 1));
    }
    std::sort(samples.begin(), samples.end());
    samples.erase(std::unique(samples.begin(), samples.end()), samples.end());
    return samples;
}

Roadmap roadmapOf(const Project &project, qint64 from, qint64 to, const Catalog &catalog,
                  const std::atomic<bool> *cancel, int threads)
{
    Roadmap roadmap;
    roadmap.from = from = std::max<qint64>(from, MinUsers);
    roadmap.to = to = std::max(to, from);
    const std::vector<qint64> samples =
        roadmapSamples(from, to, catalog, operatedKinds(project, catalog));
    auto stopped = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    // First every sample, then every range between two samples: each independent of the others.
    std::map<qint64, Layout> known =
        onThreads(project, catalog, {}, threads, samples.size(), [&](Sweep &sweep, size_t i) {
            if (!stopped())
                sweep.at(samples[i]);
        });
    std::vector<std::vector<qint64>> found(samples.size());
    known.merge(onThreads(
        project, catalog, known, threads, samples.size() - 1, [&](Sweep &sweep, size_t i) {
            if (!stopped())
                refine(sweep, samples[i], samples[i + 1], true, &found[i], cancel);
        }));
    roadmap.cancelled = stopped();
    std::vector<qint64> breakpoints;
    for (const std::vector<qint64> &f : found)
        breakpoints.insert(breakpoints.end(), f.begin(), f.end());
    Sweep sweep(project, catalog, &known);
    std::vector<qint64> starts{from};
    starts.insert(starts.end(), breakpoints.begin(), breakpoints.end());
    for (size_t s = 0; s < starts.size() && !roadmap.cancelled; ++s) {
        RoadmapStep step;
        step.fromUsers = starts[s];
        step.toUsers = s + 1 < starts.size() ? starts[s + 1] - 1 : -1;
        step.layout = sweep.at(step.fromUsers);
        if (s == 0) {
            for (size_t i = 0; i < project.entities.size(); ++i)
                step.moves.push_back({project.entities[i].id, -1, step.layout.placement[i]});
            step.reasons << Tr::tr("From %1 users: %2.")
                                .arg(formatUsers(step.fromUsers),
                                     kindNames(step.layout.kinds, catalog));
        } else {
            const Layout &before = sweep.at(step.fromUsers - 1);
            for (size_t i = 0; i < project.entities.size(); ++i) {
                if (before.placement[i] != step.layout.placement[i])
                    step.moves.push_back(
                        {project.entities[i].id, before.placement[i], step.layout.placement[i]});
            }
            step.reasons = stepReasons(project, before, step.layout, step.fromUsers, catalog);
        }
        roadmap.steps.push_back(std::move(step));
    }
    roadmap.advised = int(known.size() + sweep.takeAsked().size());
    return roadmap;
}

QByteArray roadmapJson(const Project &project, const Roadmap &roadmap, const Catalog &catalog)
{
    Q_UNUSED(project);
    ordered steps = ordered::array();
    for (const RoadmapStep &step : roadmap.steps) {
        ordered kinds = ordered::array();
        for (int k : step.layout.kinds)
            kinds.push_back(catalog.kind(k).id.toStdString());
        ordered moves = ordered::array();
        for (const RoadmapMove &m : step.moves) {
            moves.push_back(
                ordered{{"entity", m.entity.toStdString()},
                        {"from", m.from >= 0 ? ordered(catalog.kind(m.from).id.toStdString())
                                             : ordered(nullptr)},
                        {"to", catalog.kind(m.to).id.toStdString()}});
        }
        ordered reasons = ordered::array();
        for (const QString &r : step.reasons)
            reasons.push_back(r.toStdString());
        steps.push_back(
            ordered{{"from_users", step.fromUsers},
                    {"to_users", step.toUsers >= 0 ? ordered(step.toUsers) : ordered(nullptr)},
                    {"kinds", std::move(kinds)},
                    {"overall_fit", rounded(step.layout.overallFit)},
                    {"cost", rounded(step.layout.cost)},
                    {"moves", std::move(moves)},
                    {"reasons", std::move(reasons)}});
    }
    const ordered root{{"steps", std::move(steps)}};
    return dumpJson(root);
}

QString roadmapText(const Project &project, const Roadmap &roadmap, const Catalog &catalog)
{
    QString out = Tr::tr("Roadmap of %1 from %2 to %3 users; layouts: %4.\n")
                      .arg(project.name, formatUsers(roadmap.from), formatUsers(roadmap.to),
                           QString::number(roadmap.steps.size()));
    for (const RoadmapStep &step : roadmap.steps) {
        const QString range = step.toUsers >= 0
                                  ? Tr::tr("%1 to %2 users")
                                        .arg(formatUsers(step.fromUsers), formatUsers(step.toUsers))
                                  : Tr::tr("from %1 users").arg(formatUsers(step.fromUsers));
        out += QStringLiteral("\n%1: %2 (overall fit %3, cost %4)\n")
                   .arg(range, kindNames(step.layout.kinds, catalog),
                        formatTenths(step.layout.overallFit), formatTenths(step.layout.cost));
        for (const QString &r : step.reasons)
            out += QStringLiteral("  - %1\n").arg(r);
    }
    return out;
}

std::vector<WhatIf> whatIfs(const Entity &entity, qint64 users, const Catalog &catalog)
{
    if (entity.patterns.empty())
        return {}; // no fit, so no verdict a change could turn
    const LoadPressures pressures = loadPressures(users, catalog); // once for every change
    auto bestOf = [&](const Entity &e, qint64 u, const LoadPressures &p) {
        const FitRow fits = fitRow(e, u, p, catalog);
        return int(std::max_element(fits.begin(), fits.end()) - fits.begin());
    };
    const int best = bestOf(entity, users, pressures);
    std::vector<WhatIf> out;
    // The change is said only when it moves the entity: most do not, and saying costs more.
    auto consider = [&](const Entity &changed, qint64 u, const auto &change) {
        const int k = bestOf(changed, u, u == users ? pressures : loadPressures(u, catalog));
        if (k != best)
            out.push_back({change(), k});
    };
    Entity changed = entity; // each change is made to this copy, tried, and undone
    for (size_t p = 0; p < entity.patterns.size(); ++p) {
        const Pattern &pattern = entity.patterns[p];
        for (const int step : {1, -1}) {
            const int f = int(pattern.frequency) + step;
            if (f < 0 || f >= FrequencyCount)
                continue;
            changed.patterns[p].frequency = Frequency(f);
            consider(changed, users, [&] {
                return Tr::tr("\"%1\" were %2 instead of %3")
                    .arg(pattern.name, toId(Frequency(f)), toId(pattern.frequency));
            });
        }
        changed.patterns[p].frequency = pattern.frequency;
    }
    for (const Durability d :
         {Durability::Critical, Durability::Reconstructible, Durability::Ephemeral}) {
        if (d == entity.durability)
            continue;
        changed.durability = d;
        consider(changed, users, [&] { return Tr::tr("its durability were %1").arg(toId(d)); });
    }
    changed.durability = entity.durability;
    const SchemaKind other =
        entity.schema == SchemaKind::Fixed ? SchemaKind::Flexible : SchemaKind::Fixed;
    changed.schema = other;
    consider(changed, users, [&] { return Tr::tr("its schema were %1").arg(toId(other)); });
    if (users <= MaxUsers / 10)
        consider(entity, users * 10, [&] {
            return Tr::tr("the users were ten times as many (%1)").arg(formatUsers(users * 10));
        });
    return out;
}

QString whatIfText(const WhatIf &whatIf, const Catalog &catalog)
{
    return Tr::tr("Would move to %1 if %2").arg(catalog.kind(whatIf.bestKind).name, whatIf.change);
}

} // namespace storemap
