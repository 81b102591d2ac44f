#include "model/scoring.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Scoring)
};

QString signedPoints(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QString::number(rounded(v), 'f', 1);
}

double loadPoints(const KindInfo &kind, double pressure, const Modifiers &m)
{
    const double side = std::clamp(
        (kind.scaling.value - m.loadNeutralScaling) / (100 - m.loadNeutralScaling), -1.0, 1.0);
    return side * (side < 0 ? m.loadLossPoints : m.loadGainPoints) * pressure;
}

/// What @p entity's schema gains or loses on @p kind.
double schemaPoints(const Entity &entity, const KindInfo &kind, const Modifiers &m)
{
    const double flex = (kind.schemaFlexibility.value - 50) / 50; // -1..+1
    return entity.schema == SchemaKind::Flexible ? flex * m.schemaFlexiblePoints
                                                 : -flex * m.schemaFixedPoints;
}

/// What critical data loses on a kind below the durability it needs.
double durabilityPoints(const Entity &entity, const KindInfo &kind, const Modifiers &m)
{
    if (entity.durability != Durability::Critical)
        return 0;
    return -std::max(0.0, m.criticalThreshold - kind.durability.value) * m.criticalPointsPerRating;
}

/// What data that may be rebuilt or lost gains or loses with @p kind's latency.
double latencyPoints(const Entity &entity, const KindInfo &kind, const Modifiers &m)
{
    if (entity.durability == Durability::Critical)
        return 0;
    const double points =
        entity.durability == Durability::Ephemeral ? m.ephemeralPoints : m.reconstructiblePoints;
    return std::max((kind.latency.value - m.neutralLatency) / (100 - m.neutralLatency) * points,
                    -points);
}

} // namespace

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

QString formatUsers(qint64 users)
{
    QLocale locale; // the interface language, set when translations are installed
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(users);
}

QString formatAboutUsers(qint64 users)
{
    qint64 unit = 1;
    while (users / unit >= 100)
        unit *= 10;
    return formatUsers((users + unit / 2) / unit * unit);
}

double loadPressure(Frequency f, qint64 users, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    const double demand =
        std::log10(double(std::max<qint64>(users, 1))) + catalog.frequency(f).level;
    return std::clamp((demand - m.loadZeroAt) / (m.loadFullAt - m.loadZeroAt), 0.0, 1.0);
}

namespace {

double score(const Entity &entity, int kindIndex, qint64 users, const LoadPressures &pressureOf,
             const Catalog &catalog, QStringList *reasons)
{
    const KindInfo &kind = catalog.kind(kindIndex);
    const Modifiers &m = catalog.modifiers();
    double score = 50;
    const Pattern *hottest = nullptr;
    double pressure = 0;
    if (entity.patterns.empty()) {
        if (reasons)
            *reasons << Tr::tr("No access patterns: neutral 50 (identify access patterns first).");
    } else {
        double sum = 0;
        double weights = 0;
        for (const Pattern &p : entity.patterns) {
            const Rated &cell = kind.fit[size_t(p.type)];
            const double w = catalog.frequency(p.frequency).weight;
            sum += w * cell.value;
            weights += w;
            if (reasons) {
                *reasons << Tr::tr("%1 \"%2\" (%3, weight %4): %5 on %6. %7")
                                .arg(toId(p.type), p.name, toId(p.frequency), QString::number(w),
                                     QString::number(cell.value), kind.name, cell.why);
            }
            if (catalog.pattern(p.type).loadSensitive) {
                // Reads spread over read replicas: a vertical store feels a share of them.
                const double pp =
                    pressureOf[size_t(p.frequency)] *
                    (catalog.pattern(p.type).read && kind.scaling.value < m.loadNeutralScaling
                         ? m.loadReadShare
                         : 1.0);
                if (!hottest || pp > pressure) {
                    hottest = &p;
                    pressure = pp;
                }
            }
        }
        score = sum / weights;
    }

    const double load = hottest ? loadPoints(kind, pressure, m) : 0;
    score += load;
    if (reasons && std::abs(load) >= 0.05) {
        *reasons << Tr::tr("Load of \"%1\" (%2) at %3 users: %4 for scaling '%5'. %6")
                        .arg(hottest->name, toId(hottest->frequency), formatUsers(users),
                             signedPoints(load), kind.text(Criterion::Scaling), m.loadWhy);
    }

    const double schema = schemaPoints(entity, kind, m);
    score += schema;
    if (reasons && std::abs(schema) >= 0.05) {
        *reasons << Tr::tr("Schema %1 on schema '%2': %3. %4")
                        .arg(toId(entity.schema), kind.text(Criterion::Schema),
                             signedPoints(schema), m.schemaWhy);
    }

    const double durability = durabilityPoints(entity, kind, m);
    score += durability;
    if (reasons && durability != 0) {
        *reasons << Tr::tr("Critical data on durability '%1': %2. %3")
                        .arg(kind.text(Criterion::Durability), signedPoints(durability),
                             m.durabilityWhy);
    }

    const double latency = latencyPoints(entity, kind, m);
    score += latency;
    if (reasons && std::abs(latency) >= 0.05) {
        *reasons << Tr::tr("%1 data at latency %2: %3. %4")
                        .arg(toId(entity.durability), kind.text(Criterion::Latency),
                             signedPoints(latency), m.latencyWhy);
    }
    return std::clamp(score, 0.0, 100.0);
}

} // namespace

double fitScore(const Entity &entity, int kind, qint64 users, const Catalog &catalog,
                QStringList *reasons)
{
    return score(entity, kind, users, loadPressures(users, catalog), catalog, reasons);
}

LoadPressures loadPressures(qint64 users, const Catalog &catalog)
{
    LoadPressures p;
    for (int f = 0; f < FrequencyCount; ++f)
        p[size_t(f)] = loadPressure(Frequency(f), users, catalog);
    return p;
}

FitRow fitRow(const Entity &entity, qint64 users, const Catalog &catalog)
{
    return fitRow(entity, users, loadPressures(users, catalog), catalog);
}

FitRow fitRow(const Entity &entity, qint64 users, const LoadPressures &pressureOf,
              const Catalog &catalog)
{
    Q_UNUSED(users); // only in the reasons of score(), which this computes without them
    // score() on every kind, with the same arithmetic in the same order, but what does not depend
    // on the kind worked out once: each pattern's weight, the sum of the weights, and the pressure
    // of the hottest load-sensitive pattern (reads count a share on a vertical store).
    const Modifiers &m = catalog.modifiers();
    QVarLengthArray<double, 8> weightOf;
    double weights = 0;
    bool loaded = false;
    double pressure = 0, verticalPressure = 0;
    for (const Pattern &p : entity.patterns) {
        weightOf.append(catalog.frequency(p.frequency).weight);
        weights += weightOf.back();
        const PatternInfo &info = catalog.pattern(p.type);
        if (!info.loadSensitive)
            continue;
        const double pp = pressureOf[size_t(p.frequency)];
        const double vertical = pp * (info.read ? m.loadReadShare : 1.0);
        pressure = loaded ? std::max(pressure, pp) : pp;
        verticalPressure = loaded ? std::max(verticalPressure, vertical) : vertical;
        loaded = true;
    }
    FitRow row(catalog.kindCount());
    for (int k = 0; k < catalog.kindCount(); ++k) {
        const KindInfo &kind = catalog.kind(k);
        double score = 50;
        if (!entity.patterns.empty()) {
            double sum = 0;
            for (qsizetype i = 0; i < weightOf.size(); ++i)
                sum += weightOf[i] * kind.fit[size_t(entity.patterns[size_t(i)].type)].value;
            score = sum / weights;
        }
        score += loaded ? loadPoints(kind,
                                     kind.scaling.value < m.loadNeutralScaling ? verticalPressure
                                                                               : pressure,
                                     m)
                        : 0;
        score += schemaPoints(entity, kind, m);
        score += durabilityPoints(entity, kind, m);
        score += latencyPoints(entity, kind, m);
        row[size_t(k)] = std::clamp(score, 0.0, 100.0);
    }
    return row;
}

double trafficOf(const Entity &entity, const Catalog &catalog)
{
    double traffic = 0;
    for (const Pattern &p : entity.patterns)
        traffic += catalog.frequency(p.frequency).weight;
    return std::max(traffic, catalog.frequency(Frequency::Low).weight);
}

double budgetFor(qint64 users, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    const double u = std::max(double(users), 1.0);
    const double gentle = std::log10(std::min(u, m.budgetSteepUsers) / m.budgetBaseUsers);
    const double steep = std::log10(std::max(u, m.budgetSteepUsers) / m.budgetSteepUsers);
    return m.budgetBase + std::max(0.0, gentle) * m.budgetPerTenfold +
           steep * m.budgetPerTenfoldSteep;
}

qint64 usersAffording(double cost, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    if (cost <= m.budgetBase)
        return 1;
    const double atSteep = budgetFor(qint64(m.budgetSteepUsers), catalog);
    const double users =
        cost <= atSteep
            ? m.budgetBaseUsers * std::pow(10.0, (cost - m.budgetBase) / m.budgetPerTenfold)
            : m.budgetSteepUsers * std::pow(10.0, (cost - atSteep) / m.budgetPerTenfoldSteep);
    return qint64(std::ceil(users - 1e-6));
}

unsigned operatedKinds(const Project &project, const Catalog &catalog)
{
    unsigned mask = 0;
    for (const QString &id : project.operates) {
        if (const int k = catalog.kindIndex(id); k >= 0)
            mask |= 1u << k;
    }
    return mask;
}

QString operatedNames(unsigned operated, const Catalog &catalog)
{
    QStringList names;
    for (int k = 0; k < catalog.kindCount(); ++k) {
        if (operated & (1u << k))
            names << catalog.kind(k).name;
    }
    return names.join(QStringLiteral(", "));
}

double complexityCost(const std::vector<int> &kinds, const Catalog &catalog, unsigned operated)
{
    double cost = 0;
    for (int k : kinds)
        cost += catalog.kind(k).burden.value *
                (operated & (1u << k) ? catalog.modifiers().operatedShare : 1.0);
    if (kinds.size() > 1)
        cost += double(kinds.size() - 1) * catalog.modifiers().integrationOverhead;
    return cost;
}

Complexity complexityOf(const Project &project, qint64 users, const Catalog &catalog)
{
    std::vector<bool> used(size_t(catalog.kindCount()), false);
    for (const Store &s : project.stores) {
        const int k = catalog.kindIndex(s.kind);
        if (k >= 0)
            used[size_t(k)] = true;
    }
    Complexity c;
    for (int k = 0; k < catalog.kindCount(); ++k) {
        if (used[size_t(k)])
            c.kinds.push_back(k);
    }
    c.cost = complexityCost(c.kinds, catalog, operatedKinds(project, catalog));
    c.budget = budgetFor(users, catalog);
    return c;
}

} // namespace storemap
