#include "model/report.h"
#include "model/fit.h"

#include "model/roadmap.h"

#include "model/jsondump.h"
#include "model/jsonvalues.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

#include <nlohmann/json.hpp>

namespace storemap {

namespace {

using json::fitOrNull;
using json::idOrNull;
using json::ordered;
constexpr auto s = json::str;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Report)
};
QString num(double v)
{
    return QString::number(rounded(v), 'f', 1);
}

ordered kindIds(const std::vector<int> &kinds, const Catalog &catalog)
{
    ordered a = ordered::array();
    for (int k : kinds)
        a.push_back(s(catalog.kind(k).id));
    return a;
}

ordered usdOrNull(double usd)
{
    return usd >= 0 ? ordered(std::round(usd * 100) / 100) : ordered(nullptr);
}

ordered costJson(const Project &project, const Cost &cost)
{
    ordered stores = ordered::array();
    for (const StoreCost &c : cost.stores) {
        ordered lines = ordered::array();
        for (const QString &line : c.lines)
            lines.push_back(s(line));
        stores.push_back(ordered{{"store", s(c.store)},
                                 {"kind", s(project.store(c.store)->kind)},
                                 {"monthly_usd", usdOrNull(c.monthlyUsd)},
                                 {"lines", std::move(lines)}});
    }
    return ordered{{"monthly_usd", usdOrNull(cost.monthlyUsd)},
                   {"prices_as_of",
                    cost.pricesAsOf.isEmpty() ? ordered(nullptr) : ordered(s(cost.pricesAsOf))},
                   {"stores", std::move(stores)}};
}

} // namespace

QString costText(const Project &project, const Cost &cost)
{
    QString out = Tr::tr("Money: %1 a month").arg(formatUsd(cost.monthlyUsd));
    if (cost.monthlyUsd < 0)
        out += Tr::tr(" (%1 known)").arg(formatUsd(cost.knownUsd));
    if (!cost.pricesAsOf.isEmpty())
        out += Tr::tr(", prices as of %1 or later").arg(cost.pricesAsOf);
    out += QLatin1Char('\n');
    for (const StoreCost &c : cost.stores) {
        const Store *store = project.store(c.store);
        out += QStringLiteral("  %1  %2\n")
                   .arg(store ? store->name : c.store, -20)
                   .arg(formatUsd(c.monthlyUsd));
        for (const QString &line : c.lines)
            out += QStringLiteral("      %1\n").arg(line);
    }
    return out;
}

QStringList fitReasons(const Project &project, const Entity &entity, const EntityScore &score,
                       qint64 users, const Catalog &catalog)
{
    Q_UNUSED(project);
    QStringList reasons;
    if (entity.patterns.empty()) {
        reasons << Tr::tr("No access patterns, so no fit: add the ways the application reads and "
                          "writes it (lesson: identify your access patterns first).");
        return reasons;
    }
    const int kind = score.kind >= 0 ? score.kind : score.bestKind;
    fitScore(entity, kind, users, catalog, &reasons);
    if (score.fit >= 0 && score.bestKind != score.kind && score.bestFit > score.fit + 0.05) {
        reasons << Tr::tr("Fits %1 better: %2 against %3 on %4.")
                       .arg(catalog.kind(score.bestKind).name, num(score.bestFit), num(score.fit),
                            catalog.kind(score.kind).name);
    }
    return reasons;
}

QByteArray checkJson(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    ordered root = json::object(7);
    root["project"] = s(project.name);
    root["users"] = analysis.users;
    root["overall_fit"] = fitOrNull(analysis.overallFit);
    ordered entities = ordered::array();
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        ordered o = json::object(11);
        o["id"] = s(e.id);
        o["name"] = s(e.name);
        o["store"] = idOrNull(e.store);
        o["kind"] = score.kind >= 0 ? ordered(s(catalog.kind(score.kind).id)) : ordered(nullptr);
        o["fit"] = fitOrNull(score.fit);
        o["best_kind"] =
            score.bestKind >= 0 ? ordered(s(catalog.kind(score.bestKind).id)) : ordered(nullptr);
        o["best_fit"] = fitOrNull(score.bestFit);
        ordered fits = json::object(size_t(catalog.kindCount()));
        for (int k = 0; k < catalog.kindCount(); ++k)
            fits[s(catalog.kind(k).id)] = fitOrNull(score.fits[size_t(k)]);
        o["fits"] = std::move(fits);
        o["traffic"] = rounded(score.traffic);
        ordered whatIf = ordered::array();
        for (const WhatIf &w : whatIfs(e, analysis.users, catalog))
            whatIf.push_back(
                ordered{{"change", s(w.change)}, {"best_kind", s(catalog.kind(w.bestKind).id)}});
        o["what_if"] = std::move(whatIf);
        ordered reasons = ordered::array();
        for (const QString &r : fitReasons(project, e, score, analysis.users, catalog))
            reasons.push_back(s(r));
        o["reasons"] = std::move(reasons);
        entities.push_back(std::move(o));
    }
    root["entities"] = std::move(entities);
    root["complexity"] = ordered{{"kinds", kindIds(analysis.complexity.kinds, catalog)},
                                 {"cost", rounded(analysis.complexity.cost)},
                                 {"budget", rounded(analysis.complexity.budget)}};
    root["cost"] = costJson(project, analysis.cost);
    ordered findings = ordered::array();
    for (const Finding &f : analysis.findings) {
        findings.push_back(ordered{{"rule", s(f.rule)},
                                   {"severity", s(toId(f.severity))},
                                   {"entity", idOrNull(f.entity)},
                                   {"store", idOrNull(f.store)},
                                   {"message", s(f.message())}});
    }
    root["findings"] = std::move(findings);
    return dumpJson(root);
}

QString checkText(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    QString out;
    const QString users = formatUsers(analysis.users);
    out += Tr::tr("%1 at %2 users: overall fit %3\n")
               .arg(project.name.isEmpty() ? Tr::tr("Untitled") : project.name, users,
                    formatFit(analysis.overallFit));
    out += Tr::tr("Complexity: %1 (%2) against a budget of %3\n\n")
               .arg(num(analysis.complexity.cost), kindNames(analysis.complexity.kinds, catalog),
                    num(analysis.complexity.budget));
    if (analysis.cost.shown)
        out += costText(project, analysis.cost) + QLatin1Char('\n');
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        const Store *store = project.store(e.store);
        const QString where =
            store ? QStringLiteral("%1 (%2)").arg(store->name, catalog.kind(score.kind).name)
                  : Tr::tr("unplaced");
        QString line =
            QStringLiteral("  %1  %2  %3").arg(e.name, -20).arg(formatFit(score.fit), 5).arg(where);
        if (score.bestKind < 0)
            line += Tr::tr("  (no access patterns)");
        else if (score.kind != score.bestKind &&
                 (score.fit < 0 || score.bestFit > score.fit + 0.05))
            line += Tr::tr("  (best: %1 %2)")
                        .arg(catalog.kind(score.bestKind).name, num(score.bestFit));
        out += line + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    if (analysis.findings.empty())
        out += Tr::tr("No findings.\n");
    for (const Finding &f : analysis.findings)
        out += QStringLiteral("%1 [%2] %3\n").arg(toId(f.severity), f.rule, f.message());
    return out;
}

QByteArray adviseJson(const Project &project, const Advice &advice, const Catalog &catalog)
{
    ordered root;
    root["users"] = advice.users;
    root["kinds"] = kindIds(advice.best.kinds, catalog);
    root["overall_fit"] = rounded(advice.best.overallFit);
    root["complexity"] =
        ordered{{"cost", rounded(advice.best.cost)}, {"budget", rounded(advice.budget)}};
    ordered placements = ordered::array();
    for (size_t i = 0; i < advice.best.placement.size(); ++i) {
        placements.push_back(ordered{{"entity", s(project.entities[i].id)},
                                     {"kind", s(catalog.kind(advice.best.placement[i]).id)},
                                     {"fit", rounded(advice.best.fits[i])}});
    }
    root["placements"] = std::move(placements);
    ordered reasons = ordered::array();
    for (const QString &r : advice.reasons)
        reasons.push_back(s(r));
    root["reasons"] = std::move(reasons);
    ordered rejected = ordered::array();
    for (const RejectedLayout &r : advice.rejected) {
        rejected.push_back(ordered{{"kinds", kindIds(r.layout.kinds, catalog)},
                                   {"overall_fit", rounded(r.layout.overallFit)},
                                   {"cost", rounded(r.layout.cost)},
                                   {"why", s(r.why)}});
    }
    root["rejected"] = std::move(rejected);
    return dumpJson(root);
}

QString adviseText(const Project &project, const Advice &advice, const Catalog &catalog)
{
    QString out;
    out += Tr::tr("Suggested layout at %1 users: %2\n")
               .arg(formatUsers(advice.users), kindNames(advice.best.kinds, catalog));
    out += Tr::tr("Overall fit %1, complexity %2 against a budget of %3\n\n")
               .arg(num(advice.best.overallFit), num(advice.best.cost), num(advice.budget));
    for (size_t i = 0; i < advice.best.placement.size(); ++i) {
        const Entity &e = project.entities[i];
        const int k = advice.best.placement[i];
        const int now = project.kindOf(e, catalog);
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(e.name, -20)
                           .arg(num(advice.best.fits[i]), 5)
                           .arg(catalog.kind(k).name);
        if (now != k)
            line += now >= 0 ? Tr::tr("  (moves from %1)").arg(catalog.kind(now).name)
                             : Tr::tr("  (new)");
        out += line + QLatin1Char('\n');
    }
    out += Tr::tr("\nWhy:\n");
    for (const QString &r : advice.reasons)
        out += QStringLiteral("  - %1\n").arg(r);
    if (!advice.rejected.empty()) {
        out += Tr::tr("\nRejected:\n");
        for (const RejectedLayout &r : advice.rejected)
            out += QStringLiteral("  - %1\n").arg(r.why);
    }
    return out;
}

} // namespace storemap
