#include "model/report.h"
#include "model/fit.h"

#include "model/roadmap.h"

#include "model/jsondump.h"
#include "model/jsonvalues.h"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>
#include <cmath>
#include <thread>

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
        // One arg(): a name with "%2" in it stays as it is.
        out += QStringLiteral("  %1  %2\n")
                   .arg((store ? store->name : c.store).leftJustified(20), formatUsd(c.monthlyUsd));
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
                       .arg(catalog.kind(score.bestKind).name, formatTenths(score.bestFit),
                            formatTenths(score.fit), catalog.kind(score.kind).name);
    }
    return reasons;
}

namespace {
/// Writes @p count values, write(writer, i) for each, as the next elements of the array that @p w
/// is in: a block of them at a time, each block shared out among every core and handed on in
/// order. The report is the same, sooner.
template <typename Write> void writeOnEveryCore(JsonWriter &w, size_t count, const Write &write)
{
    constexpr size_t Block = 512; // a block's text is held until it is handed on
    for (size_t first = 0; first < count; first += Block) {
        const size_t n = std::min(count - first, Block);
        std::vector<QByteArray> written(n);
        std::atomic<size_t> next{0};
        const auto run = [&] {
            for (size_t i = next++; i < n; i = next++) {
                JsonWriter one = JsonWriter::nested(w.depth());
                write(one, first + i);
                written[i] = one.finish();
            }
        };
        {
            // A thread a core, each with 64 values at least; joined before the block goes on.
            const size_t threads = std::min<size_t>(std::thread::hardware_concurrency(), n / 64);
            std::vector<std::jthread> pool;
            for (size_t t = 1; t < threads; ++t)
                pool.emplace_back(run);
            run();
        }
        for (const QByteArray &text : written)
            w.written(text);
    }
}
} // namespace

QByteArray checkJson(const Project &project, const Analysis &analysis, const Catalog &catalog,
                     JsonWriter::Sink sink)
{
    // Written as it goes: the report of 20,000 entities was a tree of a million values.
    JsonWriter w(std::move(sink));
    std::vector<std::string> kindId; // each kind's id, in UTF-8 once
    for (int k = 0; k < catalog.kindCount(); ++k)
        kindId.push_back(s(catalog.kind(k).id));
    const auto kind = [&](JsonWriter &one, int k) -> JsonWriter & {
        return k >= 0 ? one.value(kindId[size_t(k)]) : one.null();
    };
    w.beginObject();
    w.key("project").value(project.name);
    w.key("users").value(analysis.users);
    w.key("overall_fit");
    fitOrNull(w, analysis.overallFit);
    w.key("entities").beginArray();
    writeOnEveryCore(w, project.entities.size(), [&](JsonWriter &one, size_t i) {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        one.beginObject();
        one.key("id").value(e.id);
        one.key("name").value(e.name);
        one.key("store");
        idOrNull(one, e.store);
        one.key("kind");
        kind(one, score.kind);
        one.key("fit");
        fitOrNull(one, score.fit);
        one.key("best_kind");
        kind(one, score.bestKind);
        one.key("best_fit");
        fitOrNull(one, score.bestFit);
        one.key("fits").beginObject();
        for (int k = 0; k < catalog.kindCount(); ++k) {
            one.key(kindId[size_t(k)]);
            fitOrNull(one, score.fits[size_t(k)]);
        }
        one.end();
        one.key("traffic").value(rounded(score.traffic));
        one.key("what_if").beginArray();
        for (const WhatIf &change : whatIfs(e, analysis.users, catalog)) {
            one.beginObject().key("change").value(change.change);
            one.key("best_kind").value(kindId[size_t(change.bestKind)]).end();
        }
        one.end();
        one.key("reasons").beginArray();
        for (const QString &r : fitReasons(project, e, score, analysis.users, catalog))
            one.value(r);
        one.end();
        one.end();
    });
    w.end();
    w.key("complexity").beginObject();
    w.key("kinds").value(kindIds(analysis.complexity.kinds, catalog));
    w.key("cost").value(rounded(analysis.complexity.cost));
    w.key("budget").value(rounded(analysis.complexity.budget));
    w.end();
    w.key("cost").value(costJson(project, analysis.cost));
    w.key("findings").beginArray();
    writeOnEveryCore(w, analysis.findings.size(), [&](JsonWriter &one, size_t i) {
        const Finding &f = analysis.findings[i];
        one.beginObject().key("rule").value(f.rule);
        one.key("severity").value(toId(f.severity));
        one.key("entity");
        idOrNull(one, f.entity);
        one.key("store");
        idOrNull(one, f.store);
        one.key("message").value(f.message()).end();
    });
    w.end();
    return w.end().finish();
}

QString checkText(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    QString out;
    const QString users = formatUsers(analysis.users);
    out += Tr::tr("%1 at %2 users: overall fit %3\n")
               .arg(project.name.isEmpty() ? Tr::tr("Untitled") : project.name, users,
                    formatFit(analysis.overallFit));
    out += Tr::tr("Complexity: %1 (%2) against a budget of %3\n\n")
               .arg(formatTenths(analysis.complexity.cost),
                    kindNames(analysis.complexity.kinds, catalog),
                    formatTenths(analysis.complexity.budget));
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
            QStringLiteral("  %1  %2  %3")
                .arg(e.name.leftJustified(20), formatFit(score.fit).rightJustified(5), where);
        if (score.bestKind < 0)
            line += Tr::tr("  (no access patterns)");
        else if (score.kind != score.bestKind &&
                 (score.fit < 0 || score.bestFit > score.fit + 0.05))
            line += Tr::tr("  (best: %1 %2)")
                        .arg(catalog.kind(score.bestKind).name, formatTenths(score.bestFit));
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
               .arg(formatTenths(advice.best.overallFit), formatTenths(advice.best.cost),
                    formatTenths(advice.budget));
    for (size_t i = 0; i < advice.best.placement.size(); ++i) {
        const Entity &e = project.entities[i];
        const int k = advice.best.placement[i];
        const int now = project.kindOf(e, catalog);
        QString line =
            QStringLiteral("  %1  %2  %3")
                .arg(e.name.leftJustified(20), formatTenths(advice.best.fits[i]).rightJustified(5),
                     catalog.kind(k).name);
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
