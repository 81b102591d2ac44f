#include "model/advisor.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Advisor)
};
QString num(double v)
{
    return QString::number(rounded(v), 'f', 1);
}

/// Evaluates the kinds of @p mask over a fit matrix (entities x kinds).
Layout evaluate(unsigned mask, const std::vector<FitRow> &fits, const Catalog &catalog)
{
    Layout l;
    for (int k = 0; k < catalog.kindCount(); ++k) {
        if (mask & (1u << k))
            l.kinds.push_back(k);
    }
    l.cost = complexityCost(l.kinds, catalog);
    l.placement.reserve(fits.size());
    l.fits.reserve(fits.size());
    double sum = 0;
    for (const FitRow &row : fits) {
        int best = l.kinds.front();
        for (int k : l.kinds) {
            if (row[size_t(k)] > row[size_t(best)] + 1e-9)
                best = k;
        }
        l.placement.push_back(best);
        l.fits.push_back(row[size_t(best)]);
        sum += row[size_t(best)];
    }
    l.overallFit = fits.empty() ? 0 : sum / double(fits.size());
    l.value = l.overallFit - FitPointsPerCostUnit * l.cost;
    return l;
}

bool hasBinary(const Entity &e)
{
    return std::any_of(e.patterns.begin(), e.patterns.end(),
                       [](const Pattern &p) { return p.type == PatternType::BinaryBlob; });
}

bool usesEveryKind(const Layout &l)
{
    for (int k : l.kinds) {
        if (std::find(l.placement.begin(), l.placement.end(), k) == l.placement.end())
            return false;
    }
    return true;
}

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

Advice advise(const Project &project, qint64 users, const Catalog &catalog)
{
    Advice advice;
    advice.users = users;
    advice.budget = budgetFor(users, catalog);
    const QString usersText = formatUsers(users);
    if (project.entities.empty()) {
        advice.reasons << Tr::tr("The project has no entities: nothing to place.");
        return advice;
    }

    std::vector<FitRow> fits;
    fits.reserve(project.entities.size());
    const LoadPressures pressures = loadPressures(users, catalog);
    for (const Entity &e : project.entities)
        fits.push_back(fitRow(e, users, pressures, catalog));

    std::vector<Layout> affordable;
    std::optional<Layout> overBudget;
    const unsigned all = (1u << catalog.kindCount()) - 1;
    for (unsigned mask = 1; mask <= all; ++mask) {
        Layout l = evaluate(mask, fits, catalog);
        if (!usesEveryKind(l))
            continue; // the same layout without the idle kind is cheaper
        if (l.cost <= advice.budget + 1e-9)
            affordable.push_back(std::move(l));
        else if (!overBudget || better(l, *overBudget))
            overBudget = std::move(l);
    }
    if (affordable.empty()) { // a budget below every single kind: take the cheapest layout
        for (unsigned mask = 1; mask <= all; ++mask) {
            Layout l = evaluate(mask, fits, catalog);
            if (affordable.empty() || l.cost < affordable.front().cost)
                affordable.assign(1, std::move(l));
        }
    }
    std::sort(affordable.begin(), affordable.end(), better);
    advice.best = affordable.front();
    const Layout &best = advice.best;

    advice.reasons << Tr::tr("Budget at %1 users: %2. %3")
                          .arg(usersText, num(advice.budget), catalog.modifiers().budgetWhy);
    advice.reasons << Tr::tr(
                          "Chose %1: overall fit %2 at complexity cost %3 (value %4 = fit - %5 x "
                          "cost, the best of %6 affordable layouts).")
                          .arg(kindNames(best.kinds, catalog), num(best.overallFit), num(best.cost),
                               num(best.value), QString::number(FitPointsPerCostUnit),
                               QString::number(affordable.size()));
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
            const Layout smaller = evaluate(without, fits, catalog);
            line +=
                QLatin1Char(' ') +
                Tr::tr("Without it the overall fit drops by %1 points for %2 less cost.")
                    .arg(num(best.overallFit - smaller.overallFit), num(best.cost - smaller.cost));
        }
        advice.reasons << line;
    }
    for (size_t i = 0; i < project.entities.size(); ++i) {
        if (hasBinary(project.entities[i]) && catalog.kind(best.placement[i]).objectStorage) {
            advice.reasons << Tr::tr("Binary data goes to object storage (%1). Lesson: never store "
                                     "binary files in the database.")
                                  .arg(catalog.kind(best.placement[i]).name);
            break;
        }
    }

    for (size_t i = 1; i < affordable.size() && advice.rejected.size() < 2; ++i) {
        const Layout &l = affordable[i];
        if (std::abs(l.value - best.value) < 1e-9) {
            advice.reasons
                << Tr::tr("%1 would serve equally well; ties go to the kind listed first in "
                          "the catalog (the lesson's five come first).")
                       .arg(kindNames(l.kinds, catalog));
            continue;
        }
        if (!advice.rejected.empty() &&
            std::abs(l.value - advice.rejected.back().layout.value) < 1e-9)
            continue; // the same trade with an equivalent kind (S3 or R2): listed once
        advice.rejected.push_back({l, Tr::tr("%1: overall fit %2 at cost %3, value %4 against %5.")
                                          .arg(kindNames(l.kinds, catalog), num(l.overallFit),
                                               num(l.cost), num(l.value), num(best.value))});
    }
    if (overBudget &&
        overBudget->overallFit > best.overallFit + 1e-9) { // what the budget rules out
        advice.rejected.push_back(
            {*overBudget,
             Tr::tr("%1: overall fit %2, but its cost %3 exceeds the budget of %4 at %5 "
                    "users.")
                 .arg(kindNames(overBudget->kinds, catalog), num(overBudget->overallFit),
                      num(overBudget->cost), num(advice.budget), usersText)});
    }
    return advice;
}

Project applyAdvice(const Project &project, const Advice &advice, const Catalog &catalog)
{
    Project out = project;
    if (advice.best.placement.size() != project.entities.size())
        return out;
    std::vector<QString> storeOfKind(size_t(catalog.kindCount()));
    for (int k : advice.best.kinds) {
        // Keep the existing store of that kind that already holds most of the entities sent there.
        int bestCount = -1;
        for (const Store &s : project.stores) {
            if (s.kind != catalog.kind(k).id)
                continue;
            int count = 0;
            for (size_t i = 0; i < project.entities.size(); ++i)
                count += project.entities[i].store == s.id && advice.best.placement[i] == k;
            if (count > bestCount) {
                bestCount = count;
                storeOfKind[size_t(k)] = s.id;
            }
        }
        if (storeOfKind[size_t(k)].isEmpty()) {
            Store s{out.uniqueId(catalog.kind(k).id), catalog.kind(k).id, catalog.kind(k).name};
            storeOfKind[size_t(k)] = s.id;
            out.stores.push_back(std::move(s));
        }
    }
    for (size_t i = 0; i < out.entities.size(); ++i) {
        Entity &e = out.entities[i];
        const int k = advice.best.placement[i];
        if (project.kindOf(project.entities[i], catalog) != k)
            e.store = storeOfKind[size_t(k)];
    }
    std::erase_if(out.stores, [&](const Store &s) {
        return std::none_of(out.entities.begin(), out.entities.end(),
                            [&](const Entity &e) { return e.store == s.id; });
    });
    return out;
}

} // namespace storemap
