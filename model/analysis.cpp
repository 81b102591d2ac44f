#include "model/analysis.h"

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

QString points(double v)
{
    return QString::number(rounded(v), 'f', 1);
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
    EmptyStore
};

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
        storeIndex.reserve(qsizetype(p.stores.size()));
        for (size_t i = 0; i < p.stores.size(); ++i) {
            storeIndex.insert(p.stores[i].id, int(i));
            storeLabels << storeLabel(p.stores[i], c);
        }
    }

    const Project &project;
    const Analysis &analysis;
    const Catalog &catalog;
    const bool growth; ///< the scale affords the lesson's sweet spot
    QHash<QString, int> entityIndex;
    QHash<QString, int> storeIndex;
    QStringList storeLabels; ///< "Postgres (PostgreSQL)", by store index
    std::vector<Finding> out;
    std::vector<int> ranks; ///< sort key of each finding: severity, then rule order

    /// Records a finding; its message is formatted only when someone reads it.
    void add(Rule rule, Severity severity, const QString &entity, const QString &store,
             const char *text, QStringList args)
    {
        out.push_back({ruleIds()[qsizetype(rule)], severity, entity, store, text, std::move(args)});
        ranks.push_back((2 - int(severity)) * 100 + int(rule));
    }

    void perEntity()
    {
        for (size_t i = 0; i < project.entities.size(); ++i) {
            const Entity &e = project.entities[i];
            const EntityScore &score = analysis.entities[i];
            if (e.patterns.empty()) {
                add(Rule::NoAccessPatterns, Severity::Info, e.id, {},
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "%1 has no access patterns. Lesson: identify your access patterns "
                        "first; they decide where the data belongs."),
                    {e.name});
            }
            const auto store =
                e.store.isEmpty() ? storeIndex.cend() : storeIndex.constFind(e.store);
            if (store == storeIndex.cend()) {
                add(Rule::UnplacedEntity, Severity::Warning, e.id, {},
                    QT_TRANSLATE_NOOP("storemap::Findings",
                                      "%1 is not placed on any store yet; it fits %2 best (%3)."),
                    {e.name, catalog.kind(score.bestKind).name, points(score.bestFit)});
                continue;
            }
            if (score.kind >= 0)
                placedRules(e, *store, catalog.kind(score.kind));
        }
    }

    void placedRules(const Entity &e, int storeAt, const KindInfo &kind)
    {
        const Store &store = project.stores[size_t(storeAt)];
        const QString &where = storeLabels[storeAt];
        const Pattern *p = nullptr;
        if (!kind.objectStorage && hasPattern(e, {PatternType::BinaryBlob}, Frequency::Low, &p)) {
            add(Rule::BinaryInDatabase, Severity::Error, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 keeps binary data (\"%2\") in %3. Lesson: never store binary files in "
                    "the database; put them in object storage (S3) and keep only the URL/key."),
                {e.name, p->name, where});
        }
        if (kind.volatileStore && e.durability == Durability::Critical) {
            add(Rule::VolatilePrimary, Severity::Error, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 is critical data but its only home is %2, which is volatile by "
                    "default. Lesson: Redis is a speed layer, not a durable store; when it "
                    "runs out of memory it evicts keys, even with persistence on."),
                {e.name, where});
        }
        if ((kind.family == QLatin1String("key-value") ||
             kind.family == QLatin1String("in-memory")) &&
            hasPattern(e, {PatternType::Aggregation, PatternType::AdHocQuery}, Frequency::Low,
                       &p)) {
            add(Rule::AdhocOnKeyValue, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 runs \"%2\" (%3) on %4, whose queries are key-based only. Lesson: "
                    "avoid key-value stores for ad-hoc queries or complex reporting."),
                {e.name, p->name, toId(p->type), where});
        }
        if (kind.family == QLatin1String("document") &&
            hasPattern(e, {PatternType::Transaction}, Frequency::Low, &p)) {
            add(Rule::TransactionsOnDocument, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 needs a transaction (\"%2\") on %3. Lesson: MongoDB is to be avoided "
                    "for complex transactions; PostgreSQL is ACID."),
                {e.name, p->name, where});
        }
        if (kind.objectStorage && hasPattern(e,
                                             {PatternType::OneToManyJoin, PatternType::Aggregation,
                                              PatternType::FullTextSearch, PatternType::AdHocQuery},
                                             Frequency::Low, &p)) {
            add(Rule::QueriesOnObjectStore, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 needs \"%2\" (%3), but %4 can only get and put objects by key. "
                    "Lesson: avoid object storage for structured data queries."),
                {e.name, p->name, toId(p->type), where});
        }
        if (growth && kind.family == QLatin1String("relational") &&
            e.durability != Durability::Critical &&
            hasPattern(e, {PatternType::LookupByKey, PatternType::IncrementCounter},
                       Frequency::VeryHigh, &p)) {
            add(Rule::EphemeralInRelational, Severity::Warning, e.id, store.id,
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 is %2 data read on every request (\"%3\", very high) and lives in %4. "
                    "Lesson: using PostgreSQL for session storage is a classic mistake; at %5 "
                    "users a speed layer such as Redis serves it in under a millisecond."),
                {e.name, toId(e.durability), p->name, where, formatUsers(analysis.users)});
        }
        for (const Pattern &link : e.patterns) {
            if (link.with.isEmpty() ||
                (link.type != PatternType::OneToManyJoin && link.type != PatternType::Transaction))
                continue;
            const auto found = entityIndex.constFind(link.with);
            if (found == entityIndex.cend())
                continue;
            const Entity &other = project.entities[size_t(*found)];
            const auto otherStore = storeIndex.constFind(other.store);
            if (otherStore == storeIndex.cend() || other.store == store.id)
                continue;
            const bool tx = link.type == PatternType::Transaction;
            add(Rule::CrossStoreJoin, tx ? Severity::Warning : Severity::Info, e.id, store.id,
                tx ? QT_TRANSLATE_NOOP(
                         "storemap::Findings",
                         "\"%1\" spans %2 in %3 and %4 in %5: no transaction covers two "
                         "stores, so the application must keep them consistent itself "
                         "(outbox, saga or idempotent retries). This is the seam of the "
                         "polyglot design.")
                   : QT_TRANSLATE_NOOP(
                         "storemap::Findings",
                         "\"%1\" joins %2 in %3 with %4 in %5: no JOIN crosses two stores, "
                         "so the application must join them itself. This is the seam of the "
                         "polyglot design."),
                {link.name, e.name, where, other.name, storeLabels[*otherStore]});
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
        for (const Entity &e : project.entities) {
            const auto at = e.store.isEmpty() ? storeIndex.cend() : storeIndex.constFind(e.store);
            if (at == storeIndex.cend())
                continue;
            Load &load = loads[size_t(*at)];
            load.holds = true;
            const Pattern *p = nullptr;
            if (!load.analytics &&
                hasPattern(e, {PatternType::Aggregation}, Frequency::Medium, &p)) {
                load.analytics = &e;
                load.heavy = p;
            }
            if (!load.hot && hasPattern(e,
                                        {PatternType::LookupByKey, PatternType::Transaction,
                                         PatternType::IncrementCounter,
                                         PatternType::AppendOnlyWrite, PatternType::OneToManyJoin},
                                        Frequency::VeryHigh, &p))
                load.hot = p;
        }
        for (size_t i = 0; i < project.stores.size(); ++i) {
            const Store &s = project.stores[i];
            const Load &load = loads[i];
            if (!load.holds) {
                add(Rule::EmptyStore, Severity::Info, {}, s.id,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "%1 holds no entity, yet it is one more system to monitor, back up "
                        "and upgrade (lesson: every database you add has an operational "
                        "cost)."),
                    {storeLabels[qsizetype(i)]});
            }
            const int k = catalog.kindIndex(s.kind);
            if (growth && load.analytics && load.hot && k >= 0 && !catalog.kind(k).objectStorage) {
                add(Rule::AnalyticsOnPrimary, Severity::Warning, load.analytics->id, s.id,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "%1 runs \"%2\" (%3, %4) on %5, the same store that serves \"%6\" at "
                        "very high frequency. Lesson: running analytics queries on your "
                        "production database is a classic mistake; give reporting a replica "
                        "or its own store."),
                    {load.analytics->name, load.heavy->name, toId(load.heavy->type),
                     toId(load.heavy->frequency), storeLabels[qsizetype(i)], load.hot->name});
            }
        }
    }

    void perLayout()
    {
        const Complexity &c = analysis.complexity;
        if (c.cost > c.budget + 1e-9) {
            add(Rule::TooManyStores, Severity::Warning, {}, {},
                QT_TRANSLATE_NOOP(
                    "storemap::Findings",
                    "%1 kinds (%2) cost %3 against a budget of %4 at %5 users. Lesson: every "
                    "database you add is another thing to monitor, back up and debug at 3 AM; "
                    "start with PostgreSQL + S3 and add stores only for measured bottlenecks."),
                {QString::number(c.kinds.size()), kindList(c.kinds, catalog), points(c.cost),
                 points(c.budget), formatUsers(analysis.users)});
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
                add(Rule::OneDatabaseForEverything, Severity::Warning, e.id, e.store,
                    QT_TRANSLATE_NOOP(
                        "storemap::Findings",
                        "Every entity lives in %1, but %2 fits %3 far better (%4 against %5), "
                        "and at %6 users the budget affords both. Lesson: using one database "
                        "for everything is a classic mistake; each of these has a better "
                        "tool."),
                    {catalog.kind(only).name, e.name, catalog.kind(k).name,
                     points(s.fits[size_t(k)]), points(s.fit), formatUsers(analysis.users)});
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
    std::vector<std::pair<int, size_t>> order;
    order.reserve(rules.out.size());
    for (size_t i = 0; i < rules.out.size(); ++i)
        order.emplace_back(rules.ranks[i], i);
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
    const LoadPressures pressures = loadPressures(users, catalog);
    QHash<QString, int> kindOfStore;
    for (const Store &st : project.stores)
        kindOfStore.insert(st.id, catalog.kindIndex(st.kind));
    for (const Entity &e : project.entities) {
        EntityScore s;
        s.fits = fitRow(e, users, pressures, catalog);
        const auto best = std::max_element(s.fits.begin(), s.fits.end());
        s.bestKind = int(best - s.fits.begin());
        s.bestFit = *best;
        s.kind = e.store.isEmpty() ? -1 : kindOfStore.value(e.store, -1);
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

int countFindings(const std::vector<Finding> &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

bool reachesSeverity(const std::vector<Finding> &findings, Severity threshold)
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
