#pragma once

#include "model/project.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storemap {

/// Seconds in the month every price assumes (730 hours).
inline constexpr double SecondsPerMonth = 730.0 * 3600.0;

/// What one store costs a month (DESIGN.md §3, Money), with each line of the sum.
struct StoreCost
{
    QString store;          ///< store id; empty for a kind the advisor considers
    int kind = -1;          ///< catalog index
    double monthlyUsd = -1; ///< -1: unknown, a workload it needs is missing
    double pricedUsd = 0;   ///< the sum of the lines that could be priced, even when unknown
    QStringList lines;      ///< each price used, what it was multiplied by and its month
    QString oldestMonth;    ///< the month of the oldest price used ("2024-07")

    bool known() const { return monthlyUsd >= 0; }
};

/// What a project's stores cost a month, and in total.
struct Cost
{
    double monthlyUsd = -1;        ///< -1: at least one store's cost is unknown
    double knownUsd = 0;           ///< the sum of the stores whose cost is known
    QString pricesAsOf;            ///< the oldest price's month ("2024-07")
    std::vector<StoreCost> stores; ///< one per project store, in project order
    bool shown = false;            ///< hasWorkload(): the canvas and the exports show the money
};

/// What catalog kind @p kind costs a month holding @p entities (and, for an in-memory kind,
/// @p memoryGB of memory when given): instances sized for the data and the peak rate, storage,
/// requests and egress at the catalog's dated prices. Unknown when an entity has no items or no
/// item size, or, where requests are priced, a pattern has no rate.
StoreCost priceOf(int kind, const std::vector<const Entity *> &entities, double memoryGB,
                  const Catalog &catalog);
/// Whether priceOf() reads the same of @p a and @p b: their names, workloads and patterns' kinds
/// and rates.
bool samePriceInputs(const Entity &a, const Entity &b);

/// priceOf() every store of @p project and the total.
Cost costOf(const Project &project, const Catalog &catalog);
/// priceOf() @p store holding @p entities (those of the project on it, in project order).
StoreCost storeCostOf(const Store &store, const std::vector<const Entity *> &entities,
                      const Catalog &catalog);
/// Adds up the stores of @p cost into its total, known part and oldest price.
void addUp(Cost *cost);

/// What serving @p gb a month costs by the catalog's egress table @p table.
double egressUsd(double gb, int table, const Catalog &catalog);

/// Whether @p project gives any workload or rate: only then do the canvas and the exports show
/// money (a version 1 design has none and looks as before).
bool hasWorkload(const Project &project);
/// Whether @p entity gives a workload or a rate (hasWorkload() of a project of it alone).
bool givesWorkload(const Entity &entity);

/// "$2,166": whole dollars where a line is short (a store's header on the canvas); "unknown" for
/// a negative amount.
QString formatUsdRounded(double usd);

/// @p value with @p decimals in the interface language's digits, grouped ("51,200").
QString formatQuantity(double value, int decimals);

/// The monthly saving from which money speaks, Storemap's threshold: the advisor lets money break
/// a tie of fit, and `egress-cost` names a cheaper store, only from a hundred dollars a month;
/// below it moving the data is rarely worth an engineer's time.
inline constexpr double MaterialSavingUsd = 100;

/// "$1,840.00", "$12.41": to the cent, so that the lines of a sum add up; "unknown" for a
/// negative amount.
QString formatUsd(double usd);

/// "$2,525.97 a month": formatUsd() of a monthly amount, in the interface language.
QString formatMonthly(double usd);

} // namespace storemap
