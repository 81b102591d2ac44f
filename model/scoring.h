#pragma once

#include "model/project.h"

#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <vector>

namespace storemap {

/// How hard a load-sensitive pattern of frequency @p f presses on a store at @p users: 0 to 1.
double loadPressure(Frequency f, qint64 users, const Catalog &catalog);

/// Fit of @p entity on catalog kind @p kind at @p users, 0-100 (DESIGN.md §3): the
/// frequency-weighted mean of the pattern x kind cells, moved by load, schema, durability and
/// latency modifiers. When @p reasons is given, it receives one line per matrix cell and modifier
/// that moved the score.
double fitScore(const Entity &entity, int kind, qint64 users, const Catalog &catalog,
                QStringList *reasons = nullptr);

/// Fits on every kind, in catalog order. Held inline for the catalog's eight kinds: a rescore of
/// thousands of entities allocates nothing per entity.
using FitRow = QVarLengthArray<double, 8>;

/// Fit of @p entity on every kind, in catalog order.
FitRow fitRow(const Entity &entity, qint64 users, const Catalog &catalog);

/// loadPressure() of every frequency at @p users, for scoring many entities at one scale.
using LoadPressures = std::array<double, FrequencyCount>;
LoadPressures loadPressures(qint64 users, const Catalog &catalog);
FitRow fitRow(const Entity &entity, qint64 users, const LoadPressures &pressures,
              const Catalog &catalog);

/// What fitRow() works out of an entity whatever the users, for asking it at many user counts (the
/// roadmap): per kind, the mean of its matrix cells and the schema, durability and latency points;
/// and the frequency of each load-sensitive pattern, and whether it reads.
struct FitBasis
{
    FitRow cells, schema, durability, latency;
    QVarLengthArray<std::pair<Frequency, bool>, 8> loads;
};
FitBasis fitBasis(const Entity &entity, const Catalog &catalog);
/// fitRow() of the entity of @p basis, the same to the last bit.
FitRow fitRow(const FitBasis &basis, const LoadPressures &pressures, const Catalog &catalog);

/// How much of the application's traffic @p entity carries (DESIGN.md §3): the sum of its
/// patterns' frequency weights, at least the weight of one low pattern. It weights the entity in
/// the overall fit and in the advisor: a hot entity on a poor store costs more than a cold one.
double trafficOf(const Entity &entity, const Catalog &catalog);

/// The operational complexity a project of @p users can afford.
double budgetFor(qint64 users, const Catalog &catalog);

/// The users from which a budget of @p cost is affordable (inverse of budgetFor).
qint64 usersAffording(double cost, const Catalog &catalog);

/// Complexity cost of running the kinds in @p kinds (catalog indexes, each once): the sum of their
/// burdens plus an integration overhead for every kind beyond the first. A kind in @p operated (a
/// bit per catalog index: the team already runs it) costs Modifiers::operatedShare of its burden.
double complexityCost(const std::vector<int> &kinds, const Catalog &catalog, unsigned operated = 0);

/// The kinds @p project says the team already operates, a bit per catalog index.
unsigned operatedKinds(const Project &project, const Catalog &catalog);

/// The names of the kinds in @p operated (operatedKinds()), in catalog order: "PostgreSQL, Redis".
QString operatedNames(unsigned operated, const Catalog &catalog);

struct Complexity
{
    std::vector<int> kinds; ///< catalog indexes, in catalog order
    double cost = 0;
    double budget = 0;
};

/// The distinct kinds of the project's stores (each one is operated, even empty), cost and budget.
Complexity complexityOf(const Project &project, qint64 users, const Catalog &catalog);

/// Rounds a score for display and output: one decimal.
double rounded(double value);

/// @p value rounded to a tenth and written as every report writes fits and points: "88.5",
/// "-3.0". Fits repeat (0.0 to 100.0), so those are formatted once, not for every sentence.
QString formatTenths(double value);

/// "1,000,000" (or "1.000.000" in German): user counts as people of the current language read them.
QString formatUsers(qint64 users);

/// formatUsers() of @p users rounded to two significant digits ("27,000,000"), for the "about N
/// users" of a verdict that would change there.
QString formatAboutUsers(qint64 users);

} // namespace storemap
