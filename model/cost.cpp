#include "model/cost.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Cost)
};

/// Numbers as the interface language reads them; English digits grouped where it is C.
QLocale numberLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString number(double value, int decimals)
{
    return formatQuantity(value, decimals);
}

/// A price per unit: "$0.023", "$105.85", as precise as the source gives it.
QString unitUsd(double usd)
{
    QString text = number(usd, usd < 1 ? 4 : 2);
    if (usd < 1) {
        while (text.endsWith(QLatin1Char('0')) && text.size() > 4)
            text.chop(1);
    }
    return QLatin1Char('$') + text;
}

QString cited(const Price &price)
{
    return QStringLiteral("(%1, %2)").arg(price.month, price.source);
}

/// Everything priceOf() adds up for one store.
struct Sum
{
    StoreCost out;
    bool known = true;

    void add(double usd, const QString &line, const QString &month)
    {
        out.pricedUsd += usd;
        out.lines << line;
        if (out.oldestMonth.isEmpty() || month < out.oldestMonth)
            out.oldestMonth = month;
    }
    void unknown(const QString &line)
    {
        known = false;
        out.lines << line;
    }
};

/// @p names joined with ", ", in their order; @p once: each name only the first time it comes.
QString joined(const std::vector<const QString *> &names, bool once)
{
    QSet<QStringView> seen;
    if (once)
        seen.reserve(qsizetype(names.size()));
    std::vector<const QString *> kept;
    kept.reserve(names.size());
    qsizetype size = 0;
    for (const QString *name : names) {
        if (once) {
            const qsizetype before = seen.size();
            seen.insert(*name);
            if (seen.size() == before)
                continue;
        }
        size += (kept.empty() ? 0 : 2) + name->size();
        kept.push_back(name);
    }
    QString out(size, Qt::Uninitialized);
    QChar *to = out.data();
    for (size_t i = 0; i < kept.size(); ++i) {
        if (i > 0) {
            *to++ = QLatin1Char(',');
            *to++ = QLatin1Char(' ');
        }
        to = std::copy(kept[i]->cbegin(), kept[i]->cend(), to);
    }
    return out;
}

} // namespace

QString formatQuantity(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

double egressUsd(double gb, int table, const Catalog &catalog)
{
    double usd = 0;
    double from = 0;
    for (const auto &[upTo, perGB] : catalog.egressTables()[size_t(table)].tiers) {
        if (gb <= from)
            break;
        usd += (std::min(gb, upTo) - from) * perGB;
        from = upTo;
    }
    return usd;
}

StoreCost priceOf(int kind, const std::vector<const Entity *> &entities, double memoryGB,
                  const Catalog &catalog)
{
    const KindInfo &k = catalog.kind(kind);
    const KindPrices &p = k.prices;
    Sum sum;
    sum.out.kind = kind;

    double bytes = 0, items = 0, egressGB = 0, rate = 0;
    double readUnits = 0, writeUnits = 0; // a second, at the peak rates
    // The names of those without a workload, and each name once of those without a rate, joined
    // in one go (the whole store's at 20,000 entities).
    std::vector<const QString *> noWorkloadNames, noRateNames;
    for (const Entity *e : entities) {
        bool listed = false; // in noRate already
        const Workload &w = e->workload;
        const bool sized = w.items >= 0 && w.itemBytes >= 0;
        if (sized) {
            bytes += double(w.items) * w.itemBytes;
            items += double(w.items);
        } else {
            noWorkloadNames.push_back(&e->name);
        }
        egressGB += std::max(0.0, w.egressGBPerMonth);
        for (const Pattern &pattern : e->patterns) {
            if (pattern.perSecond < 0) {
                if (!listed)
                    noRateNames.push_back(&e->name);
                listed = true;
                continue;
            }
            rate += pattern.perSecond;
            const bool writes = catalog.pattern(pattern.type).writes;
            const double unitBytes = writes ? p.writeUnitBytes : p.readUnitBytes;
            double units =
                unitBytes > 0 && sized ? std::max(1.0, std::ceil(w.itemBytes / unitBytes)) : 1.0;
            if (pattern.type == PatternType::Transaction && unitBytes > 0)
                units *= 2; // DynamoDB: a transactional request costs two units
            (writes ? writeUnits : readUnits) += pattern.perSecond * units;
        }
    }
    const QString noWorkload = joined(noWorkloadNames, false);
    const QString noRate = joined(noRateNames, true);
    if (!noWorkload.isEmpty())
        sum.unknown(Tr::tr("unknown: no items or item size for %1").arg(noWorkload));

    const bool inMemory = !k.evictionSource.isEmpty();
    const double dataGB = bytes / BytesPerGB;
    if (!p.instances.empty()) {
        // The memory an in-memory kind must hold: what its store is given, else all its data.
        const double holds = inMemory ? (memoryGB > 0 ? memoryGB : dataGB) : 0;
        if (inMemory && memoryGB <= 0 && !noWorkload.isEmpty()) {
            sum.unknown(Tr::tr("instances: unknown without the data size or the store's memory"));
        } else {
            const InstanceTier *tier = nullptr;
            for (const InstanceTier &t : p.instances) {
                if (t.perSecond >= rate && t.memoryGB * p.usableMemoryShare >= holds) {
                    tier = &t;
                    break;
                }
            }
            double count = 1;
            if (!tier) {
                tier = &p.instances.back();
                count = std::max(std::ceil(rate / tier->perSecond),
                                 std::ceil(holds / (tier->memoryGB * p.usableMemoryShare)));
            }
            QString why = Tr::tr("peak %1 operations a second, assumed %2 per instance")
                              .arg(number(rate, 0), number(tier->perSecond, 0));
            if (inMemory)
                why += Tr::tr("; %1 GB to hold, %2% of its %3 GB usable")
                           .arg(number(holds, 1), number(p.usableMemoryShare * 100, 0),
                                number(tier->memoryGB, 2));
            if (!noRate.isEmpty())
                why += Tr::tr("; no rate for %1").arg(noRate);
            sum.add(count * tier->price.usd,
                    Tr::tr("%1 x %2 at %3 a month = %4 (%5) %6")
                        .arg(number(count, 0), tier->name, unitUsd(tier->price.usd),
                             formatUsd(count * tier->price.usd), why, cited(tier->price)),
                    tier->price.month);
        }
    }
    if (p.storageGBMonth.given() && noWorkload.isEmpty()) {
        const double gb = (bytes + items * p.itemOverheadBytes) / BytesPerGB;
        const double usd = gb * p.storageGBMonth.usd;
        sum.add(usd,
                Tr::tr("storage: %1 GB x %2 per GB-month = %3 %4")
                    .arg(number(gb, 1), unitUsd(p.storageGBMonth.usd), formatUsd(usd),
                         cited(p.storageGBMonth)),
                p.storageGBMonth.month);
    }
    for (const auto &[perMillion, units, what] :
         {std::tuple{&p.readsPerMillion, readUnits, Tr::tr("reads")},
          std::tuple{&p.writesPerMillion, writeUnits, Tr::tr("writes")}}) {
        if (!perMillion->given())
            continue;
        if (!noRate.isEmpty()) {
            sum.unknown(Tr::tr("%1: unknown without a rate for %2").arg(what, noRate));
            continue;
        }
        if (units <= 0)
            continue; // no pattern of the kind: nothing to price
        const double millions = units * SecondsPerMonth / 1e6;
        const double usd = millions * perMillion->usd;
        sum.add(usd,
                Tr::tr("%1: %2 million x %3 per million = %4 %5")
                    .arg(what, number(millions, 1), unitUsd(perMillion->usd), formatUsd(usd),
                         cited(*perMillion)),
                perMillion->month);
    }
    if (egressGB > 0) {
        if (p.egress < 0) {
            sum.unknown(Tr::tr("egress: %1 GB a month, but the catalog has no public price for "
                               "%2's egress")
                            .arg(number(egressGB, 0), k.name));
        } else {
            const EgressTable &table = catalog.egressTables()[size_t(p.egress)];
            const double usd = egressUsd(egressGB, p.egress, catalog);
            sum.add(usd,
                    Tr::tr("egress: %1 GB a month = %2 (%3, %4: %5)")
                        .arg(number(egressGB, 0), formatUsd(usd), table.month, table.name,
                             table.source),
                    table.month);
        }
    }
    if (entities.empty() && p.instances.empty())
        sum.out.lines << Tr::tr("nothing stored: %1").arg(formatUsd(0));
    sum.out.monthlyUsd = sum.known ? sum.out.pricedUsd : -1;
    return std::move(sum.out);
}

bool samePriceInputs(const Entity &a, const Entity &b)
{
    return a.name == b.name && a.workload == b.workload &&
           std::equal(a.patterns.begin(), a.patterns.end(), b.patterns.begin(), b.patterns.end(),
                      [](const Pattern &p, const Pattern &q) {
                          return p.type == q.type && p.perSecond == q.perSecond;
                      });
}

StoreCost storeCostOf(const Store &store, const std::vector<const Entity *> &entities,
                      const Catalog &catalog)
{
    const int k = catalog.kindIndex(store.kind);
    StoreCost c;
    if (k >= 0)
        c = priceOf(k, entities, store.memoryGB, catalog);
    else
        c.lines << Tr::tr("unknown: the catalog has no kind %1").arg(store.kind);
    c.store = store.id;
    return c;
}

void addUp(Cost *cost)
{
    cost->monthlyUsd = 0;
    cost->knownUsd = 0;
    cost->pricesAsOf.clear();
    for (const StoreCost &c : cost->stores) {
        if (c.known())
            cost->knownUsd += c.monthlyUsd;
        else
            cost->monthlyUsd = -1;
        if (!c.oldestMonth.isEmpty() &&
            (cost->pricesAsOf.isEmpty() || c.oldestMonth < cost->pricesAsOf))
            cost->pricesAsOf = c.oldestMonth;
    }
    if (cost->monthlyUsd >= 0)
        cost->monthlyUsd = cost->knownUsd;
}

Cost costOf(const Project &project, const Catalog &catalog)
{
    Cost cost;
    QHash<QString, std::vector<const Entity *>> held;
    for (const Entity &e : project.entities) {
        if (!e.store.isEmpty())
            held[e.store].push_back(&e);
    }
    cost.shown = hasWorkload(project);
    cost.stores.reserve(project.stores.size());
    for (const Store &s : project.stores)
        cost.stores.push_back(storeCostOf(s, held.value(s.id), catalog));
    addUp(&cost);
    return cost;
}

bool givesWorkload(const Entity &entity)
{
    return !entity.workload.isEmpty() ||
           std::any_of(entity.patterns.begin(), entity.patterns.end(),
                       [](const Pattern &p) { return p.perSecond >= 0; });
}

bool hasWorkload(const Project &project)
{
    return std::any_of(project.entities.begin(), project.entities.end(), givesWorkload);
}

QString formatUsdRounded(double usd)
{
    return usd < 0 ? Tr::tr("unknown") : QLatin1Char('$') + number(std::round(usd), 0);
}

QString formatUsd(double usd)
{
    if (usd < 0)
        return Tr::tr("unknown");
    return QLatin1Char('$') + number(usd, 2);
}

QString formatMonthly(double usd)
{
    return Tr::tr("%1 a month").arg(formatUsd(usd));
}

} // namespace storemap
