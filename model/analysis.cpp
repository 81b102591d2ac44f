#include "analysis.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

struct Rules
{
    Rules(const Project &p, const Analysis &a, const Catalog &c)
        : project(p)
        , analysis(a)
        , catalog(c)
        , growth(a.users >= growthScaleUsers(c))
    {
        entityIndex.reserve(qsizetype(p.entities.size()));
        for (size_t i = 0; i < p.entities.size(); ++i)
            entityIndex.insert(p.entities[i].id, int(i));
    }

    const Project &project;
    const Analysis &analysis;
    const Catalog &catalog;
    const bool growth; ///< the scale affords the lesson's sweet spot
    QHash<QString, int> entityIndex;
    std::vector<Finding> out;

    void add(const char *rule, Severity severity, const QString &entity, const QString &store,
             const QString &message)
    {
        out.push_back({QLatin1String(rule), severity, entity, store, message});
    }

    void perEntity()
    {
        for (size_t i = 0; i < project.entities.size(); ++i) {
            const Entity &e = project.entities[i];
            if (e.patterns.empty()) {
                add("no-access-patterns", Severity::Info, e.id, {},
                    Tr::tr(
                        "%1 has no access patterns. Lesson: identify your access patterns first; "
                        "they decide where the data belongs.")
                        .arg(e.name));
            }
            const int k = analysis.entities[i].kind;
            const Store *store = project.store(e.store);
            if (!store) {
                add("unplaced-entity", Severity::Warning, e.id, {},
                    Tr::tr("%1 is not placed on any store yet; it fits %2 best (%3).")
                        .arg(e.name, catalog.kind(analysis.entities[i].bestKind).name,
                             QString::number(rounded(analysis.entities[i].bestFit), 'f', 1)));
                continue;
            }
            if (k < 0)
                continue;
            placedRules(e, *store, catalog.kind(k));
        }
    }

    void placedRules(const Entity &e, const Store &store, const KindInfo &kind)
    {
        const auto where = [&] { return storeLabel(store, catalog); };
        const Pattern *p = nullptr;
        if (!kind.objectStorage && hasPattern(e, {PatternType::BinaryBlob}, Frequency::Low, &p)) {
            add("binary-in-database", Severity::Error, e.id, store.id,
                Tr::tr(
                    "%1 keeps binary data (\"%2\") in %3. Lesson: never store binary files in the "
                    "database; put them in object storage (S3) and keep only the URL/key.")
                    .arg(e.name, p->name, where()));
        }
        if (kind.volatileStore && e.durability == Durability::Critical) {
            add("volatile-primary", Severity::Error, e.id, store.id,
                Tr::tr("%1 is critical data but its only home is %2, which is volatile by default. "
                       "Lesson: Redis is a speed layer, not a durable store; when it runs out of "
                       "memory "
                       "it evicts keys, even with persistence on.")
                    .arg(e.name, where()));
        }
        if ((kind.family == QLatin1String("key-value") ||
             kind.family == QLatin1String("in-memory")) &&
            hasPattern(e, {PatternType::Aggregation, PatternType::AdHocQuery}, Frequency::Low,
                       &p)) {
            add("adhoc-on-key-value", Severity::Warning, e.id, store.id,
                Tr::tr("%1 runs \"%2\" (%3) on %4, whose queries are key-based only. Lesson: avoid "
                       "key-value stores for ad-hoc queries or complex reporting.")
                    .arg(e.name, p->name, toId(p->type), where()));
        }
        if (kind.family == QLatin1String("document") &&
            hasPattern(e, {PatternType::Transaction}, Frequency::Low, &p)) {
            add("transactions-on-document", Severity::Warning, e.id, store.id,
                Tr::tr(
                    "%1 needs a transaction (\"%2\") on %3. Lesson: MongoDB is to be avoided for "
                    "complex transactions; PostgreSQL is ACID.")
                    .arg(e.name, p->name, where()));
        }
        if (kind.objectStorage && hasPattern(e,
                                             {PatternType::OneToManyJoin, PatternType::Aggregation,
                                              PatternType::FullTextSearch, PatternType::AdHocQuery},
                                             Frequency::Low, &p)) {
            add("queries-on-object-store", Severity::Warning, e.id, store.id,
                Tr::tr("%1 needs \"%2\" (%3), but %4 can only get and put objects by key. Lesson: "
                       "avoid object storage for structured data queries.")
                    .arg(e.name, p->name, toId(p->type), where()));
        }
        if (growth && kind.family == QLatin1String("relational") &&
            e.durability != Durability::Critical &&
            hasPattern(e, {PatternType::LookupByKey, PatternType::IncrementCounter},
                       Frequency::VeryHigh, &p)) {
            add("ephemeral-in-relational", Severity::Warning, e.id, store.id,
                Tr::tr("%1 is %2 data read on every request (\"%3\", very high) and lives in %4. "
                       "Lesson: using PostgreSQL for session storage is a classic mistake; at %5 "
                       "users "
                       "a speed layer such as Redis serves it in under a millisecond.")
                    .arg(e.name, toId(e.durability), p->name, where(),
                         formatUsers(analysis.users)));
        }
        for (const Pattern &link : e.patterns) {
            if (link.with.isEmpty() ||
                (link.type != PatternType::OneToManyJoin && link.type != PatternType::Transaction))
                continue;
            const auto found = entityIndex.constFind(link.with);
            if (found == entityIndex.cend())
                continue;
            const Entity *other = &project.entities[size_t(*found)];
            if (other->store.isEmpty() || other->store == store.id)
                continue;
            const Store *otherStore = project.store(other->store);
            if (!otherStore)
                continue;
            const bool tx = link.type == PatternType::Transaction;
            const QString message =
                tx ? Tr::tr(
                         "\"%1\" spans %2 in %3 and %4 in %5: no transaction covers two stores, so "
                         "the application must keep them consistent itself (outbox, saga or "
                         "idempotent retries). This is the seam of the polyglot design.")
                   : Tr::tr(
                         "\"%1\" joins %2 in %3 with %4 in %5: no JOIN crosses two stores, so the "
                         "application must join them itself. This is the seam of the polyglot "
                         "design.");
            add("cross-store-join", tx ? Severity::Warning : Severity::Info, e.id, store.id,
                message.arg(link.name, e.name, where(), other->name,
                            storeLabel(*otherStore, catalog)));
        }
    }

    void perStore()
    {
        for (const Store &s : project.stores) {
            const int k = catalog.kindIndex(s.kind);
            bool holds = false;
            const Entity *analytics = nullptr;
            const Pattern *heavy = nullptr;
            const Pattern *hot = nullptr;
            for (const Entity &e : project.entities) {
                if (e.store != s.id)
                    continue;
                holds = true;
                const Pattern *p = nullptr;
                if (!analytics &&
                    hasPattern(e, {PatternType::Aggregation}, Frequency::Medium, &p)) {
                    analytics = &e;
                    heavy = p;
                }
                if (!hot && hasPattern(e,
                                       {PatternType::LookupByKey, PatternType::Transaction,
                                        PatternType::IncrementCounter, PatternType::AppendOnlyWrite,
                                        PatternType::OneToManyJoin},
                                       Frequency::VeryHigh, &p)) {
                    hot = p;
                }
            }
            if (!holds) {
                add("empty-store", Severity::Info, {}, s.id,
                    Tr::tr("%1 holds no entity, yet it is one more system to monitor, back up and "
                           "upgrade (lesson: every database you add has an operational cost).")
                        .arg(storeLabel(s, catalog)));
            }
            if (growth && analytics && hot && k >= 0 && !catalog.kind(k).objectStorage) {
                add("analytics-on-primary", Severity::Warning, analytics->id, s.id,
                    Tr::tr(
                        "%1 runs \"%2\" (%3, %4) on %5, the same store that serves \"%6\" at very "
                        "high frequency. Lesson: running analytics queries on your production "
                        "database is a classic mistake; give reporting a replica or its own store.")
                        .arg(analytics->name, heavy->name, toId(heavy->type),
                             toId(heavy->frequency), storeLabel(s, catalog), hot->name));
            }
        }
    }

    void perLayout()
    {
        const Complexity &c = analysis.complexity;
        if (c.cost > c.budget + 1e-9) {
            add("too-many-stores", Severity::Warning, {}, {},
                Tr::tr("%1 kinds (%2) cost %3 against a budget of %4 at %5 users. Lesson: every "
                       "database you add is another thing to monitor, back up and debug at 3 AM; "
                       "start "
                       "with PostgreSQL + S3 and add stores only for measured bottlenecks.")
                    .arg(QString::number(c.kinds.size()), kindList(c.kinds, catalog),
                         QString::number(rounded(c.cost), 'f', 1),
                         QString::number(rounded(c.budget), 'f', 1), formatUsers(analysis.users)));
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
                if (gain < farBetter || complexityCost(pair, catalog) > c.budget + 1e-9)
                    continue;
                const Entity &e = project.entities[i];
                add("one-database-for-everything", Severity::Warning, e.id, e.store,
                    Tr::tr(
                        "Every entity lives in %1, but %2 fits %3 far better (%4 against %5), and "
                        "at %6 users the budget affords both. Lesson: using one database for "
                        "everything is a classic mistake; each of these has a better tool.")
                        .arg(catalog.kind(only).name, e.name, catalog.kind(k).name,
                             QString::number(rounded(s.fits[size_t(k)]), 'f', 1),
                             QString::number(rounded(s.fit), 'f', 1), formatUsers(analysis.users)));
                return;
            }
        }
    }
};

} // namespace

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
                                 QStringLiteral("empty-store")};
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

std::vector<Finding> findingsOf(const Project &project, const Analysis &analysis,
                                const Catalog &catalog)
{
    Rules rules(project, analysis, catalog);
    rules.perLayout();
    rules.perEntity();
    rules.perStore();
    // Errors first, then warnings, then infos; within a severity, in rule order.
    static const QHash<QString, int> rank = [] {
        QHash<QString, int> r;
        for (qsizetype i = 0; i < ruleIds().size(); ++i)
            r.insert(ruleIds()[i], int(i));
        return r;
    }();
    std::vector<std::pair<int, size_t>> order;
    order.reserve(rules.out.size());
    for (size_t i = 0; i < rules.out.size(); ++i)
        order.emplace_back((2 - int(rules.out[i].severity)) * 100 + rank.value(rules.out[i].rule),
                           i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Finding> sorted;
    sorted.reserve(order.size());
    for (const auto &[key, i] : order)
        sorted.push_back(std::move(rules.out[i]));
    return sorted;
}

Analysis analyse(const Project &project, qint64 users, const Catalog &catalog)
{
    Analysis a;
    a.users = users;
    a.entities.reserve(project.entities.size());
    double sum = 0;
    int placed = 0;
    for (const Entity &e : project.entities) {
        EntityScore s;
        s.fits = fitRow(e, users, catalog);
        const auto best = std::max_element(s.fits.begin(), s.fits.end());
        s.bestKind = int(best - s.fits.begin());
        s.bestFit = *best;
        s.kind = project.kindOf(e, catalog);
        if (s.kind >= 0) {
            s.fit = s.fits[size_t(s.kind)];
            sum += s.fit;
            ++placed;
        }
        a.entities.push_back(std::move(s));
    }
    a.overallFit = placed ? sum / placed : 0;
    a.complexity = complexityOf(project, users, catalog);
    a.findings = findingsOf(project, a, catalog);
    return a;
}

} // namespace storemap
