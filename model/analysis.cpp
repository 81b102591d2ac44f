#include "model/analysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Findings)
};

QString storeLabel(const Store &s, const Catalog &catalog)
{
    const int k = catalog.kindIndex(s.kind);
    const QString kindName = k >= 0 ? catalog.kind(k).name : s.kind;
    return s.name == kindName ? s.name : QStringLiteral("%1 (%2)").arg(s.name, kindName);
}

QString kindList(const std::vector<int> &kinds, const Catalog &catalog)
{
    QStringList names;
    for (int k : kinds)
        names << catalog.kind(k).name;
    return names.join(QStringLiteral(" + "));
}

bool hasPattern(const Entity &e, std::initializer_list<PatternType> types,
                Frequency atLeast = Frequency::Low, const Pattern **found = nullptr)
{
    for (const Pattern &p : e.patterns) {
        if (std::find(types.begin(), types.end(), p.type) != types.end() &&
            p.frequency >= atLeast) {
            if (found)
                *found = &p;
            return true;
        }
    }
    return false;
}

/// The pattern by which @p e runs analytics (an aggregation at medium frequency or more); null.
const Pattern *analyticsPattern(const Entity &e)
{
    const Pattern *p = nullptr;
    return hasPattern(e, {PatternType::Aggregation}, Frequency::Medium, &p) ? p : nullptr;
}

/// The pattern that makes @p e hot on its store (a very high key lookup, transaction, counter,
/// append or join); null.
const Pattern *hotPattern(const Entity &e)
{
    const Pattern *p = nullptr;
    return hasPattern(e,
                      {PatternType::LookupByKey, PatternType::Transaction,
                       PatternType::IncrementCounter, PatternType::AppendOnlyWrite,
                       PatternType::OneToManyJoin},
                      Frequency::VeryHigh, &p)
               ? p
               : nullptr;
}

bool isKeyValue(const KindInfo &kind)
{
    return kind.family == QLatin1String("key-value") || kind.family == QLatin1String("in-memory");
}

// One predicate per per-placement rule: the findings and the advisor share them.
const Pattern *binaryIn(const Entity &e, const KindInfo &kind)
{
    const Pattern *p = nullptr;
    return !kind.objectStorage && hasPattern(e, {PatternType::BinaryBlob}, Frequency::Low, &p)
               ? p
               : nullptr;
}

bool volatileCritical(const Entity &e, const KindInfo &kind)
{
    return kind.volatileStore && e.durability == Durability::Critical;
}

const Pattern *adhocOnKeyValue(const Entity &e, const KindInfo &kind)
{
    const Pattern *p = nullptr;
    return isKeyValue(kind) && hasPattern(e, {PatternType::Aggregation, PatternType::AdHocQuery},
                                          Frequency::Low, &p)
               ? p
               : nullptr;
}

const Pattern *transactionOnDocument(const Entity &e, const KindInfo &kind)
{
    const Pattern *p = nullptr;
    return kind.family == QLatin1String("document") &&
                   hasPattern(e, {PatternType::Transaction}, Frequency::Low, &p)
               ? p
               : nullptr;
}

const Pattern *queriesOnObjectStore(const Entity &e, const KindInfo &kind)
{
    const Pattern *p = nullptr;
    return kind.objectStorage && hasPattern(e,
                                            {PatternType::OneToManyJoin, PatternType::Aggregation,
                                             PatternType::FullTextSearch, PatternType::AdHocQuery},
                                            Frequency::Low, &p)
               ? p
               : nullptr;
}

const Pattern *ephemeralInRelational(const Entity &e, const KindInfo &kind, bool growth)
{
    const Pattern *p = nullptr;
    return growth && kind.family == QLatin1String("relational") &&
                   e.durability != Durability::Critical &&
                   hasPattern(e, {PatternType::LookupByKey, PatternType::IncrementCounter},
                              Frequency::VeryHigh, &p)
               ? p
               : nullptr;
}

/// The pattern cell that pulls @p e down most on @p kind.
const Pattern *weakestPattern(const Entity &e, const KindInfo &kind, const Catalog &catalog)
{
    const Pattern *weakest = nullptr;
    double worst = 0;
    for (const Pattern &p : e.patterns) {
        const double loss =
            catalog.frequency(p.frequency).weight * (100 - kind.fit[size_t(p.type)].value);
        if (!weakest || loss > worst) {
            weakest = &p;
            worst = loss;
        }
    }
    return weakest;
}

} // namespace

EgressSaving egressSaving(const Entity &entity, int kind, const Catalog &catalog)
{
    EgressSaving best;
    const double gb = entity.workload.egressGBPerMonth;
    const KindPrices &prices = catalog.kind(kind).prices;
    if (gb <= 0 || prices.egress < 0 || egressUsd(gb, prices.egress, catalog) <= 0)
        return best;
    const StoreCost here = priceOf(kind, {&entity}, -1, catalog);
    for (int k = 0; k < catalog.kindCount(); ++k) {
        const KindInfo &other = catalog.kind(k);
        if (k == kind || !other.objectStorage || other.prices.egress < 0 ||
            egressUsd(gb, other.prices.egress, catalog) > 0)
            continue;
        const StoreCost there = priceOf(k, {&entity}, -1, catalog);
        EgressSaving s;
        s.to = k;
        if (here.known() && there.known()) {
            s.usd = here.monthlyUsd - there.monthlyUsd;
            s.how = Tr::tr("%1 on %2 against %3 on %4: storage, requests and egress at each "
                           "kind's prices")
                        .arg(formatUsd(here.monthlyUsd), catalog.kind(kind).name,
                             formatUsd(there.monthlyUsd), other.name);
        } else {
            s.usd = egressUsd(gb, prices.egress, catalog);
            s.how = Tr::tr("the egress alone: without items, item size and rates the storage and "
                           "requests cannot be compared");
        }
        if (best.to < 0 || s.usd > best.usd)
            best = s;
    }
    return best;
}

namespace {

/// Indexes into ruleIds(), in the same order.
enum class Rule {
    BinaryInDatabase,
    VolatilePrimary,
    AdhocOnKeyValue,
    TransactionsOnDocument,
    QueriesOnObjectStore,
    TooManyStores,
    OneDatabaseForEverything,
    EphemeralInRelational,
    AnalyticsOnPrimary,
    CrossStoreJoin,
    UnplacedEntity,
    NoAccessPatterns,
    EmptyStore,
    PoorFit,
    ItemTooLarge,
    MemoryPressure,
    EgressCost
};

/// The index in @p entityIndex of the entity @p link joins or spans a transaction with, or -1.
int linkTarget(const Pattern &link, const QHash<QString, int> &entityIndex)
{
    if (link.with.isEmpty() ||
        (link.type != PatternType::OneToManyJoin && link.type != PatternType::Transaction))
        return -1;
    return entityIndex.value(link.with, -1);
}

QHash<QString, int> indexOf(const Project &p)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(p.entities.size()));
    for (size_t i = 0; i < p.entities.size(); ++i)
        index.insert(p.entities[i].id, int(i));
    return index;
}

/// Store id to index (the last of two with one id).
QHash<QString, int> indexOfStores(const Project &p)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(p.stores.size()));
    for (size_t i = 0; i < p.stores.size(); ++i)
        index.insert(p.stores[i].id, int(i));
    return index;
}

/// Per entity: the index in @p storeIndex of its store, or -1 when it has none.
std::vector<int> storesOf(const Project &p, const QHash<QString, int> &storeIndex)
{
    std::vector<int> at;
    at.reserve(p.entities.size());
    for (const Entity &e : p.entities)
        at.push_back(e.store.isEmpty() ? -1 : storeIndex.value(e.store, -1));
    return at;
}

/// Whether a layout of several kinds costs more than the scale affords: too-many-stores.
bool overItsBudget(const Complexity &c)
{
    return c.cost > c.budget + 1e-9 && c.kinds.size() > 1;
}

struct Rules
{
    Rules(const Project &p, const Analysis &a, const Catalog &c,
          const QHash<QString, int> *entities = nullptr, const std::vector<int> *stores = nullptr,
          const LayoutLosses *losses = nullptr,
          const std::vector<Analyser::StoreLoad> *loads = nullptr)
        : project(p)
        , analysis(a)
        , catalog(c)
        , growthUsers(growthScaleUsers(c))
        , growth(a.users >= growthUsers)
        , operated(operatedKinds(p, c))
        , entityIndex(entities ? *entities : (ownEntityIndex = indexOf(p)))
        , layoutLosses(losses)
        , storeLoads(loads)
        , storeIndex(indexOfStores(p))
        , storeAt(stores ? *stores : (ownStoreAt = storesOf(p, storeIndex)))
    {
        for (const Store &s : p.stores)
            storeLabels << storeLabel(s, c);
    }

    const Project &project;
    const Analysis &analysis;
    const Catalog &catalog;
    const qint64 growthUsers;           ///< growthScaleUsers()
    const bool growth;                  ///< the scale affords the lesson's sweet spot
    const unsigned operated;            ///< the kinds the team already runs (operatedKinds())
    QHash<QString, int> ownEntityIndex; ///< made when the caller has none
    const QHash<QString, int> &entityIndex;
    const LinkTargets *links = nullptr; ///< the caller's, made once; else found in entityIndex
    const LayoutLosses *layoutLosses;   ///< the caller's, kept edit by edit; else made here
    const std::vector<Analyser::StoreLoad> *storeLoads; ///< the caller's; else found here
    const QHash<QString, int> storeIndex;
    std::vector<int> ownStoreAt;     ///< made when the caller has none
    const std::vector<int> &storeAt; ///< per entity: the index of its store, or -1 when it has none
    QStringList storeLabels;         ///< "Postgres (PostgreSQL)", by store index
    std::vector<Finding> out;        ///< as found; findingsOf() and the Analyser put them in order
    std::vector<int> ranks;          ///< sort key of each finding: severity, then rule order
    bool counting = false; ///< count the findings in @ref counts instead of recording them
    FindingCounts counts;
    QString aboutGrowth; ///< aboutGrowthUsers()'s

    /// Records a finding, or only counts it when @ref counting; its message is formatted only when
    /// someone reads it, from the arguments @p args makes.
    template <typename MakeArgs>
    void add(Rule rule, Severity severity, const QString &entity, const QString &store,
             const char *text, MakeArgs &&args)
    {
        if (counting) {
            static_assert(int(Rule::EgressCost) < 32, "a bit a rule");
            const unsigned bit = 1u << unsigned(rule);
            if (severity == Severity::Error) {
                ++counts.errors;
                counts.errorRules |= bit;
            } else if (severity == Severity::Warning) {
                ++counts.warnings;
                counts.warningRules |= bit;
            } else {
                ++counts.infos;
            }
            return;
        }
        out.push_back({ruleIds()[qsizetype(rule)], severity, entity, store, text, args()});
        ranks.push_back((2 - int(severity)) * 100 + int(rule));
    }

    void perEntity()
    {
        for (size_t i = 0; i < project.entities.size(); ++i)
            ofEntity(i);
    }

    /// The findings of the entity at @p i alone: they depend on it, its store and the stores of
    /// the entities it joins or spans a transaction with.
    void ofEntity(size_t i)
    {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        if (e.patterns.empty()) {
            add(Rule::NoAccessPatterns, Severity::Info, e.id, {},
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 has no access patterns. Lesson: identify your access patterns "
                    "first; they decide where the data belongs."),
                [&] { return QStringList{e.name}; });
        }
        const int store = storeAt[i];
        if (store < 0 && score.bestKind < 0) {
            add(Rule::UnplacedEntity, Severity::Warning, e.id, {},
                QT_TRANSLATE_NOOP("storemap::Findings",
                                  "%1 is not placed on any store yet; give it access patterns "
                                  "to see where it fits."),
                [&] { return QStringList{e.name}; });
            return;
        }
        if (store < 0) {
            add(Rule::UnplacedEntity, Severity::Warning, e.id, {},
                QT_TRANSLATE_NOOP("storemap::Findings",
                                  "%1 is not placed on any store yet; it fits %2 best (%3)."),
                [&] {
                    return QStringList{e.name, catalog.kind(score.bestKind).name,
                                       formatTenths(score.bestFit)};
                });
            return;
        }
        if (score.kind >= 0)
            placedRules(i, score, store, catalog.kind(score.kind));
    }

    /// An object store that charges for egress, where a zero-egress one would serve it for less.
    void egressCost(const Entity &e, const Store &store, int kind)
    {
        const EgressSaving saving = egressSaving(e, kind, catalog);
        if (saving.usd < MaterialSavingUsd)
            return;
        const KindPrices &prices = catalog.kind(kind).prices;
        const EgressTable &table = catalog.egressTables()[size_t(prices.egress)];
        add(Rule::EgressCost, Severity::Warning, e.id, store.id,
            QT_TRANSLATE_NOOP(
                "storemap::Findings",
                "%1 serves %2 GB a month to the internet from %3: %4 a month in egress alone "
                "(%5). %6 charges no egress: %1 there would save %7 a month (%8). Lesson: R2 has "
                "zero egress fees; for image-heavy apps and video streaming it can cut storage "
                "costs dramatically. %9"),
            [&] {
                return QStringList{
                    e.name,
                    formatQuantity(e.workload.egressGBPerMonth, 0),
                    storeLabels[qsizetype(storeIndex.value(store.id))],
                    formatUsd(egressUsd(e.workload.egressGBPerMonth, prices.egress, catalog)),
                    QStringLiteral("%1, %2, %3").arg(table.name, table.month, table.source),
                    catalog.kind(saving.to).name,
                    formatUsd(saving.usd),
                    saving.how,
                    catalog.kind(saving.to).prices.egress >= 0
                        ? catalog.egressTables()[size_t(catalog.kind(saving.to).prices.egress)]
                              .source
                        : QString()};
            });
    }

    void placedRules(size_t i, const EntityScore &score, int at, const KindInfo &kind)
    {
        const Entity &e = project.entities[i];
        if (kind.maxItemBytes > 0 && e.workload.itemBytes > kind.maxItemBytes) {
            add(Rule::ItemTooLarge, Severity::Error, e.id, project.stores[size_t(at)].id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 averages %2 an item, over the hard limit of %3 for a %4 on %5: writes of "
                    "such items fail. Keep the large part in object storage (S3 or R2) with a "
                    "pointer in %5, or choose a kind without this limit. Source: %6."),
                [&] {
                    return QStringList{e.name,
                                       formatBytes(e.workload.itemBytes),
                                       formatBytes(kind.maxItemBytes),
                                       kind.maxItemWhat,
                                       storeLabels[qsizetype(at)],
                                       kind.maxItemSource};
                });
        }
        const Store &store = project.stores[size_t(at)];
        const QString &where = storeLabels[at];
        if (kind.objectStorage && e.workload.egressGBPerMonth > 0)
            egressCost(e, store, catalog.kindIndex(kind.id));
        if (const Pattern *p = binaryIn(e, kind)) {
            add(Rule::BinaryInDatabase, Severity::Error, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 keeps binary data (\"%2\") in %3. Lesson: never store binary files in "
                    "the database; put them in object storage (S3) and keep only the URL/key. "
                    "No scale changes this; only object storage clears it."),
                [&] {
                    return QStringList{e.name, p->name, where};
                });
        }
        if (volatileCritical(e, kind)) {
            add(Rule::VolatilePrimary, Severity::Error, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 is critical data but its only home is %2, which is volatile by "
                    "default. Lesson: Redis is a speed layer, not a durable store; when it "
                    "runs out of memory it evicts keys, even with persistence on. It would be "
                    "fine if the data could be rebuilt or lost (reconstructible or ephemeral)."),
                [&] {
                    return QStringList{e.name, where};
                });
        }
        if (const Pattern *p = adhocOnKeyValue(e, kind)) {
            add(Rule::AdhocOnKeyValue, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 runs \"%2\" (%3) on %4, whose queries are key-based only. Lesson: "
                    "avoid key-value stores for ad-hoc queries or complex reporting. Without that "
                    "query, or on a store with query power (PostgreSQL), this goes away."),
                [&] {
                    return QStringList{e.name, p->name, toId(p->type), where};
                });
        }
        if (const Pattern *p = transactionOnDocument(e, kind)) {
            add(Rule::TransactionsOnDocument, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 needs a transaction (\"%2\") on %3. Lesson: MongoDB is to be avoided "
                    "for complex transactions; PostgreSQL is ACID. Without that transaction, or "
                    "on PostgreSQL, this goes away."),
                [&] {
                    return QStringList{e.name, p->name, where};
                });
        }
        if (const Pattern *p = queriesOnObjectStore(e, kind)) {
            add(Rule::QueriesOnObjectStore, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 needs \"%2\" (%3), but %4 can only get and put objects by key. "
                    "Lesson: avoid object storage for structured data queries. Keep only get and "
                    "put by key there, or move the entity to a database."),
                [&] {
                    return QStringList{e.name, p->name, toId(p->type), where};
                });
        }
        if (const Pattern *p = ephemeralInRelational(e, kind, growth)) {
            add(Rule::EphemeralInRelational, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 is %2 data read on every request (\"%3\", very high) and lives in %4. "
                    "Lesson: using PostgreSQL for session storage is a classic mistake; at %5 "
                    "users a speed layer such as Redis serves it in under a millisecond. Below "
                    "about %6 users it could stay where it is."),
                [&] {
                    return QStringList{e.name, toId(e.durability),          p->name,
                                       where,  formatUsers(analysis.users), aboutGrowthUsers()};
                });
        }
        poorFit(e, score, store, where);
        for (size_t p = 0; p < e.patterns.size(); ++p) {
            const Pattern &link = e.patterns[p];
            const int found =
                links ? links->target[links->first[i] + p] : linkTarget(link, entityIndex);
            if (found < 0)
                continue;
            const int otherStore = storeAt[size_t(found)];
            if (otherStore < 0 || otherStore == at) // store indexes: one id, one index
                continue;
            const bool tx = link.type == PatternType::Transaction;
            add(Rule::CrossStoreJoin, tx ? Severity::Warning : Severity::Info, e.id, store.id,
                tx ? QT_TRANSLATE_NOOP(
                         "storemap::Findings",
                         "\"%1\" spans %2 in %3 and %4 in %5: no transaction covers two "
                         "stores, so the application must keep them consistent itself "
                         "(outbox, saga or idempotent retries). This is the seam of the "
                         "polyglot design; both on one store would close it.")
                   : QT_TRANSLATE_NOOP(
                         "storemap::Findings",
                         "\"%1\" joins %2 in %3 with %4 in %5: no JOIN crosses two stores, "
                         "so the application must join them itself. This is the seam of the "
                         "polyglot design; both on one store would close it."),
                [&] {
                    return QStringList{link.name, e.name, where,
                                       project.entities[size_t(found)].name,
                                       storeLabels[otherStore]};
                });
        }
    }

    /// The decision matrix's value for @p type on @p kind as text ("40"), formatted once.
    const QString &cellText(int kind, PatternType type)
    {
        if (cellTexts.empty())
            cellTexts.resize(size_t(catalog.kindCount()) * PatternTypeCount);
        QString &text = cellTexts[size_t(kind) * PatternTypeCount + size_t(type)];
        if (text.isEmpty())
            text = QString::number(catalog.kind(kind).fit[size_t(type)].value);
        return text;
    }
    std::vector<QString> cellTexts;

    /// A kind the project runs, or one the budget affords next to them; worked out once.
    bool available(int k)
    {
        if (availableKinds.empty()) {
            const std::vector<int> &kinds = analysis.complexity.kinds;
            for (int kind = 0; kind < catalog.kindCount(); ++kind) {
                std::vector<int> grown = kinds;
                if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
                    grown.insert(std::upper_bound(grown.begin(), grown.end(), kind), kind);
                availableKinds.push_back(grown.size() == kinds.size() ||
                                         complexityCost(grown, catalog, operated) <=
                                             analysis.complexity.budget + 1e-9);
            }
        }
        return availableKinds[size_t(k)];
    }
    std::vector<char> availableKinds; ///< available() of every kind, once asked

    void poorFit(const Entity &e, const EntityScore &s, const Store &store, const QString &where)
    {
        if (s.kind < 0 || s.fit >= PoorFitBelow || e.patterns.empty())
            return;
        int better = -1;
        for (int k = 0; k < catalog.kindCount(); ++k) {
            if (s.fits[size_t(k)] >= s.fit + PoorFitMargin && available(k) &&
                (better < 0 || s.fits[size_t(k)] > s.fits[size_t(better)]))
                better = k;
        }
        if (better < 0)
            return;
        const KindInfo &kind = catalog.kind(s.kind);
        const Pattern *weak = weakestPattern(e, kind, catalog);
        add(Rule::PoorFit, s.fit < PoorFitErrorBelow ? Severity::Error : Severity::Warning, e.id,
            store.id,
            QT_TRANSLATE_NOOP(
                "storemap::Findings",
                "%1 fits %2 at only %3, while %4 (which the project runs or the budget affords) "
                "fits it at %5. Where it is, \"%6\" (%7, %8) scores %9 of 100. Lesson: map each "
                "access pattern to the storage that serves it. It would stay at 60 or more, or "
                "with "
                "no kind 20 points better in reach."),
            [&] {
                return QStringList{e.name,
                                   where,
                                   formatTenths(s.fit),
                                   catalog.kind(better).name,
                                   formatTenths(s.fits[size_t(better)]),
                                   weak->name,
                                   toId(weak->type),
                                   toId(weak->frequency),
                                   cellText(s.kind, weak->type)};
            });
    }

    /// formatAboutUsers() of growthUsers, made once.
    const QString &aboutGrowthUsers()
    {
        if (aboutGrowth.isNull())
            aboutGrowth = formatAboutUsers(growthUsers);
        return aboutGrowth;
    }

    /// Calls @p f with each entity on the store at @p store, in project order.
    template <typename F> void forEachHeld(size_t store, F &&f) const
    {
        if (storeLoads) {
            for (const size_t i : (*storeLoads)[store].held)
                f(project.entities[i]);
            return;
        }
        for (const Entity &e : project.entities) {
            if (e.store == project.stores[store].id)
                f(e);
        }
    }

    /// An in-memory store given its memory: the data its entities' workloads add up to (those
    /// without one count nothing, so it is a floor) against what it holds before it evicts.
    void memoryPressure()
    {
        for (size_t i = 0; i < project.stores.size(); ++i) {
            const Store &s = project.stores[i];
            const int k = catalog.kindIndex(s.kind);
            if (s.memoryGB <= 0 || k < 0 || catalog.kind(k).evictionSource.isEmpty())
                continue;
            double bytes = 0;
            const Entity *critical = nullptr;
            const Entity *largest = nullptr;
            double largestBytes = 0;
            forEachHeld(i, [&](const Entity &e) {
                if (e.workload.items < 0 || e.workload.itemBytes < 0)
                    return;
                const double b = double(e.workload.items) * e.workload.itemBytes;
                bytes += b;
                if (!largest || b > largestBytes) {
                    largest = &e;
                    largestBytes = b;
                }
                if (!critical && e.durability == Durability::Critical)
                    critical = &e;
            });
            if (bytes <= s.memoryGB * BytesPerGB)
                continue;
            // Critical data evicted is an error, named; otherwise the largest entity is named.
            const Entity *named = critical ? critical : largest;
            add(Rule::MemoryPressure, critical ? Severity::Error : Severity::Warning, named->id,
                s.id,
                critical ? QT_TRANSLATE_NOOP(
                               "storemap::Findings",
                               "%1 holds at least %2 of data in %3 GB of memory, and %4 is "
                               "critical: when the memory is full keys are evicted, or writes "
                               "refused, and critical data must never be lost (lesson's edge "
                               "case: Redis out of memory evicts keys you thought were saved). "
                               "Give it more memory, or keep %4 on durable storage. Source: %5.")
                         : QT_TRANSLATE_NOOP(
                               "storemap::Findings",
                               "%1 holds at least %2 of data in %3 GB of memory (%4 the most): "
                               "when the memory is full keys are evicted, or writes refused "
                               "(lesson's edge case: Redis out of memory evicts keys you thought "
                               "were saved). Rebuildable data survives that; size the memory, or "
                               "set a TTL. Source: %5."),
                [&] {
                    return QStringList{storeLabels[qsizetype(i)], formatBytes(bytes),
                                       QString::number(s.memoryGB), named->name,
                                       catalog.kind(k).evictionSource};
                });
        }
    }

    void perStore()
    {
        struct Load
        {
            bool holds = false;
            const Entity *analytics = nullptr;
            const Pattern *heavy = nullptr;
            const Pattern *hot = nullptr;
        };
        std::vector<Load> loads(project.stores.size());
        if (storeLoads) { // the first of each, kept by the Analyser
            for (size_t i = 0; i < loads.size(); ++i) {
                const Analyser::StoreLoad &kept = (*storeLoads)[i];
                Load &load = loads[i];
                load.holds = !kept.held.empty();
                if (!kept.analytics.empty()) {
                    load.analytics = &project.entities[*kept.analytics.begin()];
                    load.heavy = analyticsPattern(*load.analytics);
                }
                if (!kept.hot.empty())
                    load.hot = hotPattern(project.entities[*kept.hot.begin()]);
            }
        } else {
            for (size_t i = 0; i < project.entities.size(); ++i) {
                const Entity &e = project.entities[i];
                if (storeAt[i] < 0)
                    continue;
                Load &load = loads[size_t(storeAt[i])];
                load.holds = true;
                if (!load.analytics && (load.heavy = analyticsPattern(e)))
                    load.analytics = &e;
                if (!load.hot)
                    load.hot = hotPattern(e);
            }
        }
        memoryPressure();
        for (size_t i = 0; i < project.stores.size(); ++i) {
            const Store &s = project.stores[i];
            const Load &load = loads[i];
            if (!load.holds) {
                add(Rule::EmptyStore, Severity::Info, {}, s.id,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "%1 holds no entity, yet it is one more system to monitor, back up "
                        "and upgrade (lesson: every database you add has an operational "
                        "cost). Place an entity on it or remove it."),
                    [&] { return QStringList{storeLabels[qsizetype(i)]}; });
            }
            const int k = catalog.kindIndex(s.kind);
            if (growth && load.analytics && load.hot && k >= 0 && !catalog.kind(k).objectStorage) {
                add(Rule::AnalyticsOnPrimary, Severity::Warning, load.analytics->id, s.id,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "%1 runs \"%2\" (%3, %4) on %5, the same store that serves \"%6\" at "
                        "very high frequency. Lesson: running analytics queries on your "
                        "production database is a classic mistake; give reporting a replica "
                        "or its own store. Below about %7 users, or with the reporting at low "
                        "frequency, this would not apply."),
                    [&] {
                        return QStringList{load.analytics->name,      load.heavy->name,
                                           toId(load.heavy->type),    toId(load.heavy->frequency),
                                           storeLabels[qsizetype(i)], load.hot->name,
                                           aboutGrowthUsers()};
                    });
            }
        }
    }

    void perLayout()
    {
        const Complexity &c = analysis.complexity;
        if (overItsBudget(c)) {
            // The kind that earns its cost least: what its entities would lose on the other
            // kinds of the layout, in overall-fit points, against its burden and seam.
            const bool kept = layoutLosses && layoutLosses->isFor(c.kinds);
            const LayoutLosses own =
                kept ? LayoutLosses()
                     : LayoutLosses(analysis.entities, c.kinds, catalog.kindCount());
            const LayoutLosses &sums = kept ? *layoutLosses : own;
            const double total = sums.traffic();
            int weakest = c.kinds.front();
            double weakestMargin = 0, weakestLoss = 0;
            for (size_t at = 0; at < c.kinds.size(); ++at) {
                const int k = c.kinds[at];
                const double loss = total > 0 ? sums.loss(at) / total : 0;
                const double margin = loss - (complexityCost({k}, catalog, operated) +
                                              catalog.modifiers().integrationOverhead);
                if (k == c.kinds.front() || margin < weakestMargin) {
                    weakest = k;
                    weakestMargin = margin;
                    weakestLoss = loss;
                }
            }
            add(Rule::TooManyStores, Severity::Warning, {}, {},
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 kinds (%2) cost %3 against a budget of %4 at %5 users. %6 earns its "
                    "cost least: without it its entities would lose %7 points of overall fit "
                    "against its burden of %8. Lesson: every database you add is another thing "
                    "to monitor, back up and debug at 3 AM; add stores only for measured "
                    "bottlenecks. These kinds would be within budget from about %9 users."),
                [&] {
                    return QStringList{QString::number(c.kinds.size()),
                                       kindList(c.kinds, catalog),
                                       formatTenths(c.cost),
                                       formatTenths(c.budget),
                                       formatUsers(analysis.users),
                                       catalog.kind(weakest).name,
                                       formatTenths(std::max(0.0, weakestLoss)),
                                       formatTenths(complexityCost({weakest}, catalog, operated) +
                                                    catalog.modifiers().integrationOverhead),
                                       formatAboutUsers(usersAffording(c.cost, catalog))};
                });
        }
        int only = -1;
        int placed = 0;
        for (const EntityScore &s : analysis.entities) {
            if (s.kind < 0)
                continue;
            ++placed;
            if (only == -1)
                only = s.kind;
            else if (only != s.kind)
                return;
        }
        if (placed < 2)
            return;
        constexpr double farBetter = 25;
        for (size_t i = 0; i < analysis.entities.size(); ++i) {
            const EntityScore &s = analysis.entities[i];
            if (s.kind < 0)
                continue;
            for (int k = 0; k < catalog.kindCount(); ++k) {
                const double gain = s.fits[size_t(k)] - s.fit;
                std::vector<int> pair{std::min(only, k), std::max(only, k)};
                const double pairCost = complexityCost(pair, catalog, operated);
                if (gain < farBetter || pairCost > c.budget + 1e-9)
                    continue;
                const Entity &e = project.entities[i];
                add(Rule::OneDatabaseForEverything, Severity::Warning, e.id, e.store,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "Every entity lives in %1, but %2 fits %3 far better (%4 against %5), "
                        "and at %6 users the budget affords both. Lesson: using one database "
                        "for everything is a classic mistake; each of these has a better "
                        "tool. Below about %7 users the budget would not afford the second "
                        "kind."),
                    [&] {
                        return QStringList{catalog.kind(only).name,
                                           e.name,
                                           catalog.kind(k).name,
                                           formatTenths(s.fits[size_t(k)]),
                                           formatTenths(s.fit),
                                           formatUsers(analysis.users),
                                           formatAboutUsers(usersAffording(pairCost, catalog))};
                    });
                return;
            }
        }
    }
};

} // namespace

QString Finding::message() const
{
    QString out = QCoreApplication::translate("storemap::Findings", text);
    switch (args.size()) { // one multi-argument arg(): a name containing "%1" stays literal
    case 1:
        return out.arg(args[0]);
    case 2:
        return out.arg(args[0], args[1]);
    case 3:
        return out.arg(args[0], args[1], args[2]);
    case 4:
        return out.arg(args[0], args[1], args[2], args[3]);
    case 5:
        return out.arg(args[0], args[1], args[2], args[3], args[4]);
    case 6:
        return out.arg(args[0], args[1], args[2], args[3], args[4], args[5]);
    case 7:
        return out.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
    case 8:
        return out.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
    case 9:
        return out.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7],
                       args[8]);
    default:
        return out;
    }
}

QString toId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const QStringList &ruleIds()
{
    static const QStringList ids{QStringLiteral("binary-in-database"),
                                 QStringLiteral("volatile-primary"),
                                 QStringLiteral("adhoc-on-key-value"),
                                 QStringLiteral("transactions-on-document"),
                                 QStringLiteral("queries-on-object-store"),
                                 QStringLiteral("too-many-stores"),
                                 QStringLiteral("one-database-for-everything"),
                                 QStringLiteral("ephemeral-in-relational"),
                                 QStringLiteral("analytics-on-primary"),
                                 QStringLiteral("cross-store-join"),
                                 QStringLiteral("unplaced-entity"),
                                 QStringLiteral("no-access-patterns"),
                                 QStringLiteral("empty-store"),
                                 QStringLiteral("poor-fit"),
                                 QStringLiteral("item-too-large"),
                                 QStringLiteral("memory-pressure"),
                                 QStringLiteral("egress-cost")};
    return ids;
}

qint64 growthScaleUsers(const Catalog &catalog)
{
    std::vector<int> sweetSpot;
    for (const char *id : {"postgresql", "redis", "s3"}) {
        const int k = catalog.kindIndex(QString::fromLatin1(id));
        if (k >= 0)
            sweetSpot.push_back(k);
    }
    std::sort(sweetSpot.begin(), sweetSpot.end());
    return usersAffording(complexityCost(sweetSpot, catalog), catalog);
}

std::array<int, 2> placementWeights(const Entity &entity, int kind, const Catalog &catalog)
{
    // The severities placedRules() raises them with.
    const KindInfo &k = catalog.kind(kind);
    const int below =
        weightOf(Severity::Error) *
            (int(binaryIn(entity, k) != nullptr) + int(volatileCritical(entity, k))) +
        weightOf(Severity::Warning) * (int(adhocOnKeyValue(entity, k) != nullptr) +
                                       int(transactionOnDocument(entity, k) != nullptr) +
                                       int(queriesOnObjectStore(entity, k) != nullptr));
    return {below, below + weightOf(Severity::Warning) *
                               int(ephemeralInRelational(entity, k, true) != nullptr)};
}

void applyMinFit(const Project &project, Analysis *analysis, double minFit, const Catalog &catalog)
{
    Findings errors;
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const EntityScore &s = analysis->entities[i];
        if (s.fit < 0 || s.fit >= minFit)
            continue;
        analysis->findings.removeIf([&](const Finding &f) {
            return f.rule == QLatin1String("poor-fit") && f.entity == e.id;
        });
        errors.push_back(
            {QStringLiteral("poor-fit"),
             Severity::Error,
             e.id,
             e.store,
             QT_TRANSLATE_NOOP("storemap::Findings",
                               "%1 fits %2 at %3, below the required minimum of %4 "
                               "(--min-fit). It fits %5 best (%6); a fit of %4 or more passes."),
             {e.name, catalog.kind(s.kind).name, formatTenths(s.fit), formatTenths(minFit),
              catalog.kind(s.bestKind).name, formatTenths(s.bestFit)}});
    }
    analysis->findings = errors + analysis->findings;
}

LinkTargets linkTargets(const Project &project, const QHash<QString, int> &entityIndex)
{
    LinkTargets links;
    links.first.reserve(project.entities.size());
    for (const Entity &e : project.entities) {
        links.first.push_back(links.target.size());
        for (const Pattern &p : e.patterns)
            links.target.push_back(linkTarget(p, entityIndex));
    }
    return links;
}

FindingCounts countFindings(const Project &project, const Analysis &analysis,
                            const Catalog &catalog, const QHash<QString, int> *entityIndex,
                            const std::vector<int> *storeAt, const LinkTargets *links)
{
    Rules rules(project, analysis, catalog, entityIndex, storeAt);
    rules.links = links;
    rules.counting = true;
    rules.perLayout();
    rules.perEntity();
    rules.perStore();
    return rules.counts;
}

QStringList flaggingRules(const FindingCounts &counts)
{
    QStringList rules;
    for (const unsigned mask : {counts.errorRules, counts.warningRules & ~counts.errorRules}) {
        for (qsizetype r = 0; r < ruleIds().size(); ++r) {
            if (mask & (1u << unsigned(r)))
                rules << ruleIds()[r];
        }
    }
    return rules;
}

namespace {

/// The order that lists findings errors first, then warnings, then infos; within a severity in
/// rule order, and in the order found within a rule: a stable counting sort of their @p ranks.
std::vector<size_t> byRank(const std::vector<int> &ranks)
{
    const size_t n = ranks.size();
    const int highest = n ? *std::max_element(ranks.begin(), ranks.end()) : -1;
    std::vector<size_t> next(size_t(highest + 2), 0);
    for (const int rank : ranks)
        ++next[size_t(rank) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    std::vector<size_t> at(n);
    for (size_t i = 0; i < n; ++i)
        at[next[size_t(ranks[i])]++] = i;
    return at;
}

EntityScore scoreOf(const Entity &e, int kind, qint64 users, const LoadPressures &pressures,
                    const Catalog &catalog)
{
    EntityScore s;
    s.kind = kind;
    s.traffic = trafficOf(e, catalog);
    if (e.patterns.empty()) {
        // No access pattern, no fit: the lesson says to identify them first.
        s.fits.resize(catalog.kindCount());
        std::fill(s.fits.begin(), s.fits.end(), -1.0);
        return s;
    }
    s.fits = fitRow(e, users, pressures, catalog);
    const auto best = std::max_element(s.fits.begin(), s.fits.end());
    s.bestKind = int(best - s.fits.begin());
    s.bestFit = *best;
    if (s.kind >= 0)
        s.fit = s.fits[size_t(s.kind)];
    return s;
}

double overallFitOf(const std::vector<EntityScore> &scores)
{
    return OverallFit(scores).value();
}

} // namespace

Findings findingsOf(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    Rules rules(project, analysis, catalog);
    rules.perLayout();
    rules.perEntity();
    rules.perStore();
    Findings sorted;
    sorted.reserve(rules.out.size());
    for (const size_t i : byRank(rules.ranks))
        sorted.push_back(std::move(rules.out[i]));
    return sorted;
}

Analysis analyseFits(const Project &project, qint64 users, const Catalog &catalog)
{
    Analysis a;
    a.users = users;
    a.entities.reserve(project.entities.size());
    const LoadPressures pressures = loadPressures(users, catalog);
    QHash<QString, int> kindOfStore;
    for (const Store &st : project.stores)
        kindOfStore.insert(st.id, catalog.kindIndex(st.kind));
    for (const Entity &e : project.entities) {
        const int kind = e.store.isEmpty() ? -1 : kindOfStore.value(e.store, -1);
        a.entities.push_back(scoreOf(e, kind, users, pressures, catalog));
    }
    a.overallFit = overallFitOf(a.entities);
    a.complexity = complexityOf(project, users, catalog);
    a.cost = costOf(project, catalog);
    return a;
}

Analysis analyse(const Project &project, qint64 users, const Catalog &catalog)
{
    Analysis a = analyseFits(project, users, catalog);
    a.findings = findingsOf(project, a, catalog);
    return a;
}

BlockSums::BlockSums(size_t entities, size_t columns)
    : m_columns(columns)
    , m_sums(std::max<size_t>(1, (entities + Block - 1) / Block) * columns, 0)
    , m_pairs(4 * blocks() * columns, 0)
{}

const double *BlockSums::sumsOf(size_t node, size_t first, size_t count) const
{
    return (count == 1 ? m_sums.data() + first * m_columns : m_pairs.data() + node * m_columns);
}

void BlockSums::settle(size_t node, size_t first, size_t count, size_t block)
{
    if (count <= 1)
        return;
    // The halves of pairwise summing: the first count / 2 blocks, then the rest.
    const size_t half = count / 2;
    const size_t left = 2 * node + 1, right = 2 * node + 2;
    if (block < first + half)
        settle(left, first, half, block);
    else
        settle(right, first + half, count - half, block);
    const double *a = sumsOf(left, first, half);
    const double *b = sumsOf(right, first + half, count - half);
    double *sums = m_pairs.data() + node * m_columns;
    for (size_t c = 0; c < m_columns; ++c)
        sums[c] = a[c] + b[c];
}

double BlockSums::total(size_t column) const
{
    return m_sums.empty() ? 0 : sumsOf(0, 0, blocks())[column];
}

LayoutLosses::LayoutLosses(const std::vector<EntityScore> &scores, const std::vector<int> &kinds,
                           int kindCount)
    : m_made(true)
    , m_kinds(kinds)
    , m_position(size_t(kindCount), -1)
    , m_sums(scores.size(), 1 + kinds.size())
{
    for (size_t at = 0; at < kinds.size(); ++at)
        m_position[size_t(kinds[at])] = int(at);
    for (size_t block = 0; block * BlockSums::Block < scores.size(); ++block)
        addUp(scores, block);
}

void LayoutLosses::update(const std::vector<EntityScore> &scores, size_t entity)
{
    if (m_made)
        addUp(scores, entity / BlockSums::Block);
}

void LayoutLosses::addUp(const std::vector<EntityScore> &scores, size_t block)
{
    m_sums.addUp(block, [&](double *sums) {
        const size_t end = std::min(scores.size(), (block + 1) * BlockSums::Block);
        for (size_t i = block * BlockSums::Block; i < end; ++i) {
            const EntityScore &s = scores[i];
            sums[0] += s.fit >= 0 ? s.traffic : 0;
            if (s.kind < 0 || s.fit < 0 || m_position[size_t(s.kind)] < 0)
                continue;
            double elsewhere = 0;
            for (int other : m_kinds)
                elsewhere =
                    other == s.kind ? elsewhere : std::max(elsewhere, s.fits[size_t(other)]);
            sums[1 + size_t(m_position[size_t(s.kind)])] += s.traffic * (s.fit - elsewhere);
        }
    });
}

OverallFit::OverallFit(const std::vector<EntityScore> &scores)
    : m_sums(scores.size(), 2)
{
    for (size_t block = 0; block * BlockSums::Block < scores.size(); ++block)
        addUp(scores, block);
}

void OverallFit::update(const std::vector<EntityScore> &scores, size_t entity)
{
    addUp(scores, entity / BlockSums::Block);
}

void OverallFit::addUp(const std::vector<EntityScore> &scores, size_t block)
{
    m_sums.addUp(block, [&](double *sums) { // traffic x fit, then traffic, of the placed ones
        const size_t end = std::min(scores.size(), (block + 1) * BlockSums::Block);
        for (size_t i = block * BlockSums::Block; i < end; ++i) {
            const EntityScore &s = scores[i];
            if (s.kind >= 0 && s.bestKind >= 0) {
                sums[0] += s.traffic * s.fit;
                sums[1] += s.traffic;
            }
        }
    });
}

double OverallFit::value() const
{
    const double placed = m_sums.total(1);
    return placed > 0 ? m_sums.total(0) / placed : -1;
}

void Analyser::reset(const Project &project, qint64 users, const Catalog &catalog)
{
    m_analysis = analyseFits(project, users, catalog);
    const Complexity &c = m_analysis.complexity;
    m_losses = overItsBudget(c) ? LayoutLosses(m_analysis.entities, c.kinds, catalog.kindCount())
                                : LayoutLosses();
    m_fit = OverallFit(m_analysis.entities);
    m_pressures = loadPressures(users, catalog);
    m_entityIndex = indexOf(project);
    m_storeIndex = indexOfStores(project);
    // Two entities or stores with one id (a file the loader refused) are analysed whole.
    m_incremental = size_t(m_entityIndex.size()) == project.entities.size() &&
                    size_t(m_storeIndex.size()) == project.stores.size();
    m_storeAt = storesOf(project, m_storeIndex);
    m_storeLoads.assign(project.stores.size(), StoreLoad());
    m_linkedFrom.clear();
    m_workloads.clear();
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        noteLoad(e, i, +1);
        m_workloads.push_back(givesWorkload(e));
        noteLinks(e, int(i));
    }
    m_withWorkload = int(std::count(m_workloads.begin(), m_workloads.end(), true));
    m_ranks.clear();
    m_origins.clear();
    std::vector<size_t> all(project.entities.size());
    std::iota(all.begin(), all.end(), size_t(0));
    refind(project, catalog, all);
}

void Analyser::noteLinks(const Entity &entity, int index)
{
    for (const Pattern &p : entity.patterns) {
        if (p.with.isEmpty() ||
            (p.type != PatternType::OneToManyJoin && p.type != PatternType::Transaction))
            continue;
        std::vector<int> &from = m_linkedFrom[p.with];
        if (std::find(from.begin(), from.end(), index) == from.end())
            from.push_back(index);
    }
}

void Analyser::entityChanged(const Project &project, int index, const Catalog &catalog,
                             const Entity *was)
{
    if (!m_incremental || index < 0 || size_t(index) >= project.entities.size() ||
        project.entities.size() != m_analysis.entities.size()) {
        reset(project, project.users, catalog);
        return;
    }
    const size_t i = size_t(index);
    const Entity &e = project.entities[i];
    const int before = m_storeAt[i];
    const int after = e.store.isEmpty() ? -1 : m_storeIndex.value(e.store, -1);
    noteLoad(e, i, -1); // as it was, on the store it was on
    m_storeAt[i] = after;
    noteLoad(e, i, +1);
    const int kind = after < 0 ? -1 : catalog.kindIndex(project.stores[size_t(after)].kind);
    m_analysis.entities[i] = scoreOf(e, kind, m_analysis.users, m_pressures, catalog);
    m_losses.update(m_analysis.entities, i);
    m_fit.update(m_analysis.entities, i);
    m_analysis.overallFit = m_fit.value();

    // The stores it left and joined are priced again, with their entities in project order.
    Cost &cost = m_analysis.cost;
    const bool priceKept = was && before == after && samePriceInputs(*was, e);
    for (const int store : before == after ? std::vector{after} : std::vector{before, after}) {
        if (store < 0 || priceKept)
            continue;
        std::vector<const Entity *> held;
        held.reserve(m_storeLoads[size_t(store)].held.size());
        for (const size_t j : m_storeLoads[size_t(store)].held)
            held.push_back(&project.entities[j]);
        cost.stores[size_t(store)] = storeCostOf(project.stores[size_t(store)], held, catalog);
    }
    addUp(&cost);
    m_withWorkload += int(givesWorkload(e)) - int(m_workloads[i]);
    m_workloads[i] = givesWorkload(e);
    cost.shown = m_withWorkload > 0;

    // Its findings, and those of the entities that join it or span a transaction with it.
    noteLinks(e, index);
    std::vector<size_t> again{i};
    for (const int from : m_linkedFrom.value(e.id))
        again.push_back(size_t(from));
    std::sort(again.begin(), again.end());
    again.erase(std::unique(again.begin(), again.end()), again.end());
    refind(project, catalog, again);
}

void Analyser::noteLoad(const Entity &e, size_t index, int sign)
{
    if (m_storeAt[index] < 0)
        return;
    StoreLoad &load = m_storeLoads[size_t(m_storeAt[index])];
    const auto at = std::lower_bound(load.held.begin(), load.held.end(), index);
    if (sign < 0) { // whatever the entity was: it is in no list any more
        if (at != load.held.end() && *at == index)
            load.held.erase(at);
        load.analytics.erase(index);
        load.hot.erase(index);
        return;
    }
    load.held.insert(at, index);
    if (analyticsPattern(e))
        load.analytics.insert(index);
    if (hotPattern(e))
        load.hot.insert(index);
}

void Analyser::refind(const Project &project, const Catalog &catalog,
                      const std::vector<size_t> &entities)
{
    // Each finding comes from the layout (origin 0), an entity (1 + its index) or the stores
    // (1 + the number of entities); findingsOf() lists them by rank, then origin, then as found.
    const int storesOrigin = int(project.entities.size()) + 1;
    // The stores' entities kept are read only where ids are unique: with two stores of one id,
    // analyse() puts an entity on both, and they hold it on one.
    Rules rules(project, m_analysis, catalog, &m_entityIndex, &m_storeAt, &m_losses,
                m_incremental ? &m_storeLoads : nullptr);
    std::vector<int> origins;
    rules.perLayout();
    origins.resize(rules.out.size(), 0);
    for (const size_t i : entities) {
        rules.ofEntity(i);
        origins.resize(rules.out.size(), int(i) + 1);
    }
    rules.perStore();
    origins.resize(rules.out.size(), storesOrigin);
    const std::vector<size_t> fresh = byRank(rules.ranks); // @p entities are in project order

    // An edit changes the findings of a few origins. Each run of them (one origin's findings at
    // one rank) takes the place of the run before it, from the end of the list back, so that
    // the places before a run stay where they are. After a reset, or when many entities are
    // asked again, the list is merged anew.
    constexpr size_t MostInPlace = 64;
    if (!m_ranks.empty() && entities.size() <= MostInPlace) {
        std::vector<int> asked{0};
        for (const size_t i : entities)
            asked.push_back(int(i) + 1);
        asked.push_back(storesOrigin);
        std::vector<std::pair<int, int>> runs; // (rank, origin): every rank with every origin
        for (size_t k = 0; k < m_ranks.size();
             k = size_t(
                 std::upper_bound(m_ranks.begin() + qsizetype(k), m_ranks.end(), m_ranks[k]) -
                 m_ranks.begin())) {
            for (const int origin : asked)
                runs.emplace_back(m_ranks[k], origin);
        }
        for (const size_t f : fresh)
            runs.emplace_back(rules.ranks[f], origins[f]);
        std::sort(runs.begin(), runs.end());
        runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
        size_t end = fresh.size();     // the fresh findings not placed yet end here
        m_kept = {SIZE_MAX, SIZE_MAX}; // narrowed down by each run that changes a finding
        for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
            size_t begin = end;
            while (begin > 0 &&
                   std::pair(rules.ranks[fresh[begin - 1]], origins[fresh[begin - 1]]) == *run)
                --begin;
            const auto [first, last] = placesOf(run->first, run->second);
            replaceRun(first, last, rules.out, fresh.data() + begin, end - begin, *run);
            end = begin;
        }
        if (m_kept.first == SIZE_MAX) // none changed
            m_kept = {size_t(m_analysis.findings.size()), 0};
        return;
    }
    m_kept = {};

    // The findings kept, from the other entities, merged with the fresh ones.
    std::vector<char> again(size_t(storesOrigin) + 1, 0);
    again[0] = again[size_t(storesOrigin)] = 1;
    for (const size_t i : entities)
        again[i + 1] = 1;
    Findings kept = std::move(m_analysis.findings);
    std::vector<int> keptRanks = std::move(m_ranks), keptOrigins = std::move(m_origins);
    m_analysis.findings.clear();
    m_ranks.clear();
    m_origins.clear();
    m_analysis.findings.reserve(kept.size() + fresh.size());
    auto add = [this](Finding &&f, int rank, int origin) {
        m_analysis.findings.push_back(std::move(f));
        m_ranks.push_back(rank);
        m_origins.push_back(origin);
    };
    size_t k = 0;
    for (const size_t f : fresh) {
        const int rank = rules.ranks[f], origin = origins[f];
        for (; k < size_t(kept.size()) &&
               std::pair(keptRanks[k], keptOrigins[k]) < std::pair(rank, origin);
             ++k) {
            if (!again[size_t(keptOrigins[k])])
                add(std::move(kept[k]), keptRanks[k], keptOrigins[k]);
        }
        add(std::move(rules.out[f]), rank, origin);
    }
    for (; k < size_t(kept.size()); ++k) {
        if (!again[size_t(keptOrigins[k])])
            add(std::move(kept[k]), keptRanks[k], keptOrigins[k]);
    }
}

void Analyser::replaceRun(size_t first, size_t last, std::vector<Finding> &found,
                          const size_t *fresh, size_t count, std::pair<int, int> run)
{
    Findings &list = m_analysis.findings;
    size_t from = SIZE_MAX, to = 0; // what changed, in the list as it will be
    const size_t common = std::min(last - first, count);
    for (size_t j = 0; j < common; ++j) {
        if (std::as_const(list)[qsizetype(first + j)] == found[fresh[j]])
            continue; // found again: the finding a panel shows stays the one it has
        list[qsizetype(first + j)] = std::move(found[fresh[j]]);
        from = std::min(from, first + j);
        to = first + j + 1;
    }
    const auto at = qsizetype(first + common);
    if (count > common) {
        list.insert(at, qsizetype(count - common), Finding{}); // one move of those after it
        for (size_t j = common; j < count; ++j)
            list[qsizetype(first + j)] = std::move(found[fresh[j]]);
        m_ranks.insert(m_ranks.begin() + at, count - common, run.first);
        m_origins.insert(m_origins.begin() + at, count - common, run.second);
        from = std::min(from, first + common);
        to = first + count;
    } else if (last > first + common) {
        const auto end = qsizetype(last);
        list.erase(list.begin() + at, list.begin() + end);
        m_ranks.erase(m_ranks.begin() + at, m_ranks.begin() + end);
        m_origins.erase(m_origins.begin() + at, m_origins.begin() + end);
        from = std::min(from, first + common);
        to = std::max(to, first + common);
    }
    if (from == SIZE_MAX)
        return;
    // Runs come from the end of the list back: those before this one are where they were, and
    // what comes after what changed here stays as far from the end.
    m_kept.first = std::min(m_kept.first, from);
    m_kept.atEnd = std::min(m_kept.atEnd, size_t(list.size()) - to);
}

std::pair<size_t, size_t> Analyser::placesOf(int rank, int origin) const
{
    // The list is sorted by rank, then origin: two binary searches.
    const std::pair key(rank, origin);
    auto firstWhere = [this](auto past) {
        size_t low = 0, high = m_ranks.size();
        while (low < high) {
            const size_t mid = low + (high - low) / 2;
            if (past(std::pair(m_ranks[mid], m_origins[mid])))
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    return {firstWhere([&key](const std::pair<int, int> &at) { return at < key; }),
            firstWhere([&key](const std::pair<int, int> &at) { return at <= key; })};
}

int countFindings(const Findings &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

bool reachesSeverity(const Findings &findings, Severity threshold)
{
    return std::any_of(findings.begin(), findings.end(),
                       [threshold](const Finding &f) { return f.severity >= threshold; });
}

std::array<QStringList, CriterionCount> matrixRowReasons(const Entity &entity,
                                                         const Catalog &catalog)
{
    std::array<QStringList, CriterionCount> why;
    auto mark = [&why](Criterion row, const QString &reason) {
        QStringList &list = why[size_t(row)];
        if (!list.contains(reason))
            list << reason;
    };
    mark(Criterion::Schema,
         Tr::tr("Schema: %1")
             .arg(entity.schema == SchemaKind::Fixed ? Tr::tr("fixed") : Tr::tr("flexible")));
    if (entity.durability != Durability::Ephemeral)
        mark(Criterion::Durability, Tr::tr("Durability: %1").arg(toId(entity.durability)));
    for (const Pattern &p : entity.patterns) {
        const QString reason = QStringLiteral("%1 (%2)").arg(p.name, toId(p.type));
        for (Criterion row : catalog.pattern(p.type).criteria)
            mark(row, reason);
    }
    return why;
}

} // namespace storemap
