#include "model/scoring.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Scoring)
};

/// A weight or a fit from the catalog as the reasons write it ("0.5", "9"): the catalog has a
/// few dozen, and a report of 5,000 entities writes one pair per pattern.
QString catalogNumber(double v)
{
    thread_local std::unordered_map<double, QString> written;
    if (const auto it = written.find(v); it != written.end())
        return it->second;
    QString text = QString::number(v);
    if (written.size() < 256) // the catalog's; anything else is written each time
        written.emplace(v, text);
    return text;
}

QString signedPoints(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + formatTenths(v);
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

QString formatTenths(double value)
{
    static const std::vector<QString> tenths = [] {
        std::vector<QString> t(1001);
        for (int i = 0; i <= 1000; ++i)
            t[size_t(i)] = QString::number(i / 10.0, 'f', 1);
        return t;
    }();
    const double r = rounded(value);
    const long tenth = std::lround(r * 10);
    if (tenth >= 0 && tenth <= 1000 && !std::signbit(r))
        return tenths[size_t(tenth)];
    return QString::number(r, 'f', 1);
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

namespace {

double loadPressure(Frequency f, double log10Users, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    const double demand = log10Users + catalog.frequency(f).level;
    return std::clamp((demand - m.loadZeroAt) / (m.loadFullAt - m.loadZeroAt), 0.0, 1.0);
}

double log10Of(qint64 users)
{
    return std::log10(double(std::max<qint64>(users, 1)));
}

} // namespace

double loadPressure(Frequency f, qint64 users, const Catalog &catalog)
{
    return loadPressure(f, log10Of(users), catalog);
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
                                .arg(toId(p.type), p.name, toId(p.frequency), catalogNumber(w),
                                     catalogNumber(cell.value), kind.name, cell.why);
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
    const double log10Users = log10Of(users); // once: a rescore asks for every frequency
    for (int f = 0; f < FrequencyCount; ++f)
        p[size_t(f)] = loadPressure(Frequency(f), log10Users, catalog);
    return p;
}

FitRow fitRow(const Entity &entity, qint64 users, const Catalog &catalog)
{
    return fitRow(entity, users, loadPressures(users, catalog), catalog);
}

namespace {

/// The weight of each of @p entity's patterns and their sum; its load-sensitive patterns (their
/// frequency, and whether they read) are appended to @p loads.
struct Weights
{
    QVarLengthArray<double, 8> of;
    double sum = 0;
};
Weights weightsOf(const Entity &entity, const Catalog &catalog,
                  QVarLengthArray<std::pair<Frequency, bool>, 8> *loads)
{
    Weights w;
    for (const Pattern &p : entity.patterns) {
        w.of.append(catalog.frequency(p.frequency).weight);
        w.sum += w.of.back();
        const PatternInfo &info = catalog.pattern(p.type);
        if (info.loadSensitive)
            loads->append({p.frequency, info.read});
    }
    return w;
}

/// The frequency-weighted mean of @p entity's cells on @p kind; 50 without patterns.
double cellsMean(const Entity &entity, const KindInfo &kind, const Weights &w)
{
    if (entity.patterns.empty())
        return 50;
    double sum = 0;
    for (qsizetype i = 0; i < w.of.size(); ++i)
        sum += w.of[i] * kind.fit[size_t(entity.patterns[size_t(i)].type)].value;
    return sum / w.sum;
}

/// The pressure of the hottest load-sensitive pattern, and the same counting reads at a share (on
/// a vertical store).
std::pair<double, double> hottest(const QVarLengthArray<std::pair<Frequency, bool>, 8> &loads,
                                  const LoadPressures &pressureOf, const Modifiers &m)
{
    double pressure = 0, verticalPressure = 0;
    for (qsizetype i = 0; i < loads.size(); ++i) {
        const auto [frequency, read] = loads[i];
        const double pp = pressureOf[size_t(frequency)];
        const double vertical = pp * (read ? m.loadReadShare : 1.0);
        pressure = i > 0 ? std::max(pressure, pp) : pp;
        verticalPressure = i > 0 ? std::max(verticalPressure, vertical) : vertical;
    }
    return {pressure, verticalPressure};
}

/// score()'s sum on @p kind, in its order, from its parts.
double fitOf(const KindInfo &kind, double cells, bool loaded, std::pair<double, double> pressures,
             double schema, double durability, double latency, const Modifiers &m)
{
    double score = cells;
    score += loaded ? loadPoints(kind,
                                 kind.scaling.value < m.loadNeutralScaling ? pressures.second
                                                                           : pressures.first,
                                 m)
                    : 0;
    score += schema;
    score += durability;
    score += latency;
    return std::clamp(score, 0.0, 100.0);
}

} // namespace

FitRow fitRow(const Entity &entity, qint64 users, const LoadPressures &pressureOf,
              const Catalog &catalog)
{
    Q_UNUSED(users); // only in the reasons of score(), which this computes without them
    // score() on every kind, with the same arithmetic in the same order, but what does not depend
    // on the kind worked out once: each pattern's weight, the sum of the weights, and the pressure
    // of the hottest load-sensitive pattern.
    const Modifiers &m = catalog.modifiers();
    QVarLengthArray<std::pair<Frequency, bool>, 8> loads;
    const Weights w = weightsOf(entity, catalog, &loads);
    const auto pressures = hottest(loads, pressureOf, m);
    FitRow row(catalog.kindCount());
    for (int k = 0; k < catalog.kindCount(); ++k) {
        const KindInfo &kind = catalog.kind(k);
        row[size_t(k)] = fitOf(kind, cellsMean(entity, kind, w), !loads.isEmpty(), pressures,
                               schemaPoints(entity, kind, m), durabilityPoints(entity, kind, m),
                               latencyPoints(entity, kind, m), m);
    }
    return row;
}

FitBasis fitBasis(const Entity &entity, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    FitBasis basis;
    const Weights w = weightsOf(entity, catalog, &basis.loads);
    for (int k = 0; k < catalog.kindCount(); ++k) {
        const KindInfo &kind = catalog.kind(k);
        basis.cells.append(cellsMean(entity, kind, w));
        basis.schema.append(schemaPoints(entity, kind, m));
        basis.durability.append(durabilityPoints(entity, kind, m));
        basis.latency.append(latencyPoints(entity, kind, m));
    }
    return basis;
}

FitRow fitRow(const FitBasis &basis, const LoadPressures &pressureOf, const Catalog &catalog)
{
    const Modifiers &m = catalog.modifiers();
    const auto pressures = hottest(basis.loads, pressureOf, m);
    FitRow row(catalog.kindCount());
    for (int k = 0; k < catalog.kindCount(); ++k) {
        row[size_t(k)] = fitOf(catalog.kind(k), basis.cells[k], !basis.loads.isEmpty(), pressures,
                               basis.schema[k], basis.durability[k], basis.latency[k], m);
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
