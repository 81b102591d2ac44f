#include "model/diff.h"
#include "model/fit.h"

#include "model/jsondump.h"
#include "model/jsonvalues.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <tuple>

namespace storemap {

namespace {

using json::fitOrNull;
using json::idOrNull;
using json::ordered;
constexpr auto s = json::str;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Diff)
};

/// @p text on one line: a name with a line break or a terminal escape cannot fake a line of output.
QString plain(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out;
}

QString fitOrDash(double fit)
{
    return fit < 0 ? QStringLiteral("-") : formatTenths(fit);
}

QString signedNum(double v)
{
    const double r = rounded(v);
    return (r > 0 ? QStringLiteral("+") : QString()) + formatTenths(r);
}

ordered ids(const QStringList &list)
{
    ordered a = ordered::array();
    for (const QString &id : list)
        a.push_back(s(id));
    return a;
}

/// Patterns keyed by name and occurrence: the second "Get by id" of an entity is ("Get by id", 1).
using PatternKey = std::pair<QString, int>;

std::vector<PatternKey> patternKeys(const std::vector<Pattern> &patterns)
{
    QHash<QString, int> seen;
    std::vector<PatternKey> keys;
    keys.reserve(patterns.size());
    for (const Pattern &p : patterns)
        keys.emplace_back(p.name, seen[p.name]++);
    return keys;
}

std::vector<PatternChange> patternChanges(const std::vector<Pattern> &before,
                                          const std::vector<Pattern> &after)
{
    const std::vector<PatternKey> keysBefore = patternKeys(before);
    const std::vector<PatternKey> keysAfter = patternKeys(after);
    std::map<PatternKey, size_t> indexBefore;
    for (size_t i = 0; i < keysBefore.size(); ++i)
        indexBefore[keysBefore[i]] = i;
    std::map<PatternKey, size_t> indexAfter;
    for (size_t i = 0; i < keysAfter.size(); ++i)
        indexAfter[keysAfter[i]] = i;

    std::vector<PatternChange> changes;
    for (size_t i = 0; i < keysBefore.size(); ++i) {
        const auto it = indexAfter.find(keysBefore[i]);
        if (it == indexAfter.end()) {
            changes.push_back({before[i].name, PatternChange::Removed, {}});
            continue;
        }
        const Pattern &a = before[i];
        const Pattern &b = after[it->second];
        QStringList fields;
        if (a.type != b.type)
            fields << QStringLiteral("type");
        if (a.frequency != b.frequency)
            fields << QStringLiteral("frequency");
        if (a.with != b.with)
            fields << QStringLiteral("with");
        if (a.perSecond != b.perSecond)
            fields << QStringLiteral("perSecond");
        if (!fields.isEmpty())
            changes.push_back({a.name, PatternChange::Changed, fields});
    }
    for (size_t i = 0; i < keysAfter.size(); ++i) {
        if (!indexBefore.count(keysAfter[i]))
            changes.push_back({after[i].name, PatternChange::Added, {}});
    }
    return changes;
}

FieldChange entityChange(const Entity &a, const Entity &b)
{
    FieldChange change{a.id, {}, {}};
    if (a.name != b.name)
        change.fields << QStringLiteral("name");
    if (a.description != b.description)
        change.fields << QStringLiteral("description");
    if (a.notes != b.notes)
        change.fields << QStringLiteral("notes");
    if (a.schema != b.schema)
        change.fields << QStringLiteral("schema");
    if (a.durability != b.durability)
        change.fields << QStringLiteral("durability");
    if (a.workload != b.workload)
        change.fields << QStringLiteral("workload");
    if (a.patterns != b.patterns) {
        change.patterns = patternChanges(a.patterns, b.patterns);
        // Reordering alone changes nothing a score or a finding reads.
        if (!change.patterns.empty())
            change.fields << QStringLiteral("patterns");
    }
    return change;
}

using FindingKey = std::tuple<QString, QString, QString>;

FindingKey keyOf(const Finding &f)
{
    return {f.rule, f.entity, f.store};
}

/// The findings of @p from that @p other does not raise (as many times).
Findings missingFrom(const Findings &from, const Findings &other)
{
    std::map<FindingKey, int> available;
    for (const Finding &f : other)
        ++available[keyOf(f)];
    Findings missing;
    for (const Finding &f : from) {
        int &n = available[keyOf(f)];
        if (n > 0)
            --n;
        else
            missing.push_back(f);
    }
    return missing;
}

ordered findingsJson(const Findings &findings)
{
    ordered a = ordered::array();
    for (const Finding &f : findings) {
        a.push_back(ordered{{"rule", s(f.rule)},
                            {"severity", s(toId(f.severity))},
                            {"entity", idOrNull(f.entity)},
                            {"store", idOrNull(f.store)},
                            {"message", s(f.message())}});
    }
    return a;
}

ordered changesJson(const std::vector<FieldChange> &changes, const char *key)
{
    ordered a = ordered::array();
    for (const FieldChange &c : changes)
        a.push_back(ordered{{key, s(c.id)}, {"fields", ids(c.fields)}});
    return a;
}

QString patternLine(const PatternChange &p)
{
    const QString name = QStringLiteral("\"%1\"").arg(p.name);
    switch (p.kind) {
    case PatternChange::Added:
        return Tr::tr("pattern %1 added").arg(name);
    case PatternChange::Removed:
        return Tr::tr("pattern %1 removed").arg(name);
    case PatternChange::Changed:
        break;
    }
    return Tr::tr("pattern %1: %2 changed").arg(name, p.fields.join(QStringLiteral(", ")));
}

QString fieldValue(const Entity &e, const QString &field)
{
    if (field == QLatin1String("schema"))
        return toId(e.schema);
    if (field == QLatin1String("durability"))
        return toId(e.durability);
    if (field == QLatin1String("workload"))
        return workloadText(e.workload);
    return {};
}

QString findingLine(const Finding &f)
{
    return QStringLiteral("  [%1] %2: %3\n").arg(toId(f.severity), f.rule, plain(f.message()));
}

void makePlain(Project *p)
{
    p->name = plain(p->name);
    for (Store &s : p->stores)
        s.name = plain(s.name);
    for (Entity &e : p->entities) {
        e.name = plain(e.name);
        for (Pattern &pattern : e.patterns)
            pattern.name = plain(pattern.name);
    }
}

} // namespace

bool ProjectDiff::isEmpty() const
{
    return moved.empty() && addedEntities.isEmpty() && removedEntities.isEmpty() &&
           addedStores.isEmpty() && removedStores.isEmpty() && changedEntities.empty() &&
           changedStores.empty() && changedProject.isEmpty();
}

ProjectDiff diffProjects(const Project &before, qint64 usersBefore, const Project &after,
                         qint64 usersAfter, const Catalog &catalog)
{
    ProjectDiff d;
    d.before = before;
    d.after = after;
    d.analysisBefore = analyse(before, usersBefore, catalog);
    d.analysisAfter = analyse(after, usersAfter, catalog);

    if (before.name != after.name)
        d.changedProject << QStringLiteral("name");
    if (before.users != after.users)
        d.changedProject << QStringLiteral("users");
    if (before.notes != after.notes)
        d.changedProject << QStringLiteral("notes");
    if (before.operates != after.operates)
        d.changedProject << QStringLiteral("operates");

    // Ids to indexes once: Project's lookups are linear, and a diff looks up every entity.
    const auto indexOf = [](const auto &items) {
        QHash<QString, size_t> index;
        index.reserve(qsizetype(items.size()));
        for (size_t i = 0; i < items.size(); ++i)
            index.insert(items[i].id, i);
        return index;
    };
    const QHash<QString, size_t> entitiesBefore = indexOf(before.entities);
    const QHash<QString, size_t> entitiesAfter = indexOf(after.entities);

    for (const Store &a : before.stores) {
        const Store *b = after.store(a.id);
        if (!b) {
            d.removedStores << a.id;
            continue;
        }
        FieldChange change{a.id, {}, {}};
        if (a.name != b->name)
            change.fields << QStringLiteral("name");
        if (a.kind != b->kind)
            change.fields << QStringLiteral("kind");
        if (a.memoryGB != b->memoryGB)
            change.fields << QStringLiteral("memoryGB");
        if (!change.fields.isEmpty())
            d.changedStores.push_back(std::move(change));
    }
    for (const Store &b : after.stores) {
        if (before.storeIndex(b.id) < 0)
            d.addedStores << b.id;
    }

    for (size_t i = 0; i < before.entities.size(); ++i) {
        const Entity &a = before.entities[i];
        const auto found = entitiesAfter.constFind(a.id);
        if (found == entitiesAfter.constEnd()) {
            d.removedEntities << a.id;
            continue;
        }
        const size_t j = *found;
        const Entity &b = after.entities[j];
        if (a.store != b.store) {
            d.moved.push_back({a.id, a.store, b.store, d.analysisBefore.entities[i].fit,
                               d.analysisAfter.entities[j].fit});
        }
        FieldChange change = entityChange(a, b);
        if (!change.fields.isEmpty())
            d.changedEntities.push_back(std::move(change));
    }
    for (const Entity &b : after.entities) {
        if (!entitiesBefore.contains(b.id))
            d.addedEntities << b.id;
    }

    d.findings.appeared = missingFrom(d.analysisAfter.findings, d.analysisBefore.findings);
    d.findings.resolved = missingFrom(d.analysisBefore.findings, d.analysisAfter.findings);
    return d;
}

QString storeTitle(const Project &project, const QString &id, const Catalog &catalog)
{
    const Store *store = project.store(id);
    if (!store)
        return Tr::tr("unplaced");
    const int kind = catalog.kindIndex(store->kind);
    return QStringLiteral("%1 (%2)").arg(store->name,
                                         kind >= 0 ? catalog.kind(kind).name : store->kind);
}

QString entityName(const ProjectDiff &diff, const QString &id)
{
    if (const Entity *e = diff.after.entity(id))
        return e->name;
    if (const Entity *e = diff.before.entity(id))
        return e->name;
    return id;
}

QByteArray diffJson(const ProjectDiff &diff, const Catalog &catalog)
{
    Q_UNUSED(catalog);
    ordered root;
    ordered moved = ordered::array();
    for (const EntityMove &m : diff.moved) {
        moved.push_back(ordered{{"entity", s(m.entity)},
                                {"from", idOrNull(m.from)},
                                {"to", idOrNull(m.to)},
                                {"fit_before", fitOrNull(m.fitBefore)},
                                {"fit_after", fitOrNull(m.fitAfter)}});
    }
    root["moved"] = std::move(moved);
    root["added"] =
        ordered{{"entities", ids(diff.addedEntities)}, {"stores", ids(diff.addedStores)}};
    root["removed"] =
        ordered{{"entities", ids(diff.removedEntities)}, {"stores", ids(diff.removedStores)}};
    root["changed"] = changesJson(diff.changedEntities, "entity");
    root["overall_fit"] = ordered{{"before", fitOrNull(diff.analysisBefore.overallFit)},
                                  {"after", fitOrNull(diff.analysisAfter.overallFit)}};
    root["complexity"] = ordered{{"before", rounded(diff.analysisBefore.complexity.cost)},
                                 {"after", rounded(diff.analysisAfter.complexity.cost)}};
    // Unknown, never zero, where a workload is missing (a version 1 design has none).
    const auto usd = [](double v) {
        return v >= 0 ? ordered(std::round(v * 100) / 100) : ordered(nullptr);
    };
    root["monthly_usd"] = ordered{{"before", usd(diff.analysisBefore.cost.monthlyUsd)},
                                  {"after", usd(diff.analysisAfter.cost.monthlyUsd)}};
    root["findings"] = ordered{{"new", findingsJson(diff.findings.appeared)},
                               {"resolved", findingsJson(diff.findings.resolved)}};
    // Added keys (DESIGN.md §6 allows additions): stores and the project itself.
    root["changed_stores"] = changesJson(diff.changedStores, "store");
    root["changed_project"] = ids(diff.changedProject);
    root["users"] =
        ordered{{"before", diff.analysisBefore.users}, {"after", diff.analysisAfter.users}};
    return dumpJson(root);
}

QString diffText(const ProjectDiff &original, const Catalog &catalog)
{
    if (original.isEmpty())
        return Tr::tr("The designs are the same.\n");
    ProjectDiff diff = original;
    makePlain(&diff.before);
    makePlain(&diff.after);
    for (FieldChange &c : diff.changedEntities) {
        for (PatternChange &p : c.patterns)
            p.name = plain(p.name);
    }
    const Project &before = diff.before;
    const Project &after = diff.after;
    QString out;
    if (!diff.moved.empty()) {
        out += Tr::tr("Moved:\n");
        for (const EntityMove &m : diff.moved) {
            QString verdict;
            if (m.fitBefore >= 0 && m.fitAfter >= 0) {
                const double change = rounded(m.fitAfter) - rounded(m.fitBefore);
                verdict = change > 0   ? Tr::tr("better")
                          : change < 0 ? Tr::tr("worse")
                                       : Tr::tr("as good");
            }
            out += Tr::tr("  %1: %2 -> %3, fit %4 -> %5%6\n")
                       .arg(entityName(diff, m.entity), storeTitle(before, m.from, catalog),
                            storeTitle(after, m.to, catalog), fitOrDash(m.fitBefore),
                            fitOrDash(m.fitAfter),
                            verdict.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(verdict));
        }
    }
    auto listEntities = [&](const QString &title, const QStringList &list, const Project &p) {
        if (list.isEmpty())
            return;
        out += title;
        for (const QString &id : list) {
            const Entity *e = p.entity(id);
            out += QStringLiteral("  %1 (%2) on %3\n")
                       .arg(e->name, id, storeTitle(p, e->store, catalog));
        }
    };
    listEntities(Tr::tr("Added entities:\n"), diff.addedEntities, after);
    listEntities(Tr::tr("Removed entities:\n"), diff.removedEntities, before);
    auto listStores = [&](const QString &title, const QStringList &list, const Project &p) {
        if (list.isEmpty())
            return;
        out += title;
        for (const QString &id : list)
            out += QStringLiteral("  %1 [%2]\n").arg(storeTitle(p, id, catalog), id);
    };
    listStores(Tr::tr("Added stores:\n"), diff.addedStores, after);
    listStores(Tr::tr("Removed stores:\n"), diff.removedStores, before);

    if (!diff.changedStores.empty() || !diff.changedEntities.empty() ||
        !diff.changedProject.isEmpty()) {
        out += Tr::tr("Changed:\n");
        if (diff.changedProject.contains(QLatin1String("name")))
            out += Tr::tr("  project renamed \"%1\" -> \"%2\"\n").arg(before.name, after.name);
        if (diff.changedProject.contains(QLatin1String("users")))
            out += Tr::tr("  scale %1 -> %2 users\n")
                       .arg(formatUsers(before.users), formatUsers(after.users));
        if (diff.changedProject.contains(QLatin1String("notes")))
            out += Tr::tr("  project notes edited\n");
        if (diff.changedProject.contains(QLatin1String("operates")))
            out += Tr::tr("  kinds the team operates: %1 -> %2\n")
                       .arg(before.operates.join(QStringLiteral(", ")),
                            after.operates.join(QStringLiteral(", ")));
        for (const FieldChange &c : diff.changedStores) {
            const Store *a = before.store(c.id);
            const Store *b = after.store(c.id);
            if (c.fields.contains(QLatin1String("name")))
                out += Tr::tr("  store %1 renamed \"%2\" -> \"%3\"\n").arg(c.id, a->name, b->name);
            if (c.fields.contains(QLatin1String("kind")))
                out +=
                    Tr::tr("  store %1 (%2): kind %3 -> %4\n").arg(c.id, b->name, a->kind, b->kind);
            if (c.fields.contains(QLatin1String("memoryGB"))) {
                const auto memory = [](double gb) {
                    return gb < 0 ? Tr::tr("not given") : QStringLiteral("%1 GB").arg(gb);
                };
                out += Tr::tr("  store %1 (%2): memory %3 -> %4\n")
                           .arg(c.id, b->name, memory(a->memoryGB), memory(b->memoryGB));
            }
        }
        for (const FieldChange &c : diff.changedEntities) {
            const Entity *a = before.entity(c.id);
            const Entity *b = after.entity(c.id);
            QStringList parts;
            for (const QString &field : c.fields) {
                if (field == QLatin1String("name"))
                    parts << Tr::tr("renamed \"%1\" -> \"%2\"").arg(a->name, b->name);
                else if (field == QLatin1String("description"))
                    parts << Tr::tr("description edited");
                else if (field == QLatin1String("notes"))
                    parts << Tr::tr("notes edited");
                else if (field == QLatin1String("patterns"))
                    for (const PatternChange &p : c.patterns)
                        parts << patternLine(p);
                else
                    parts << QStringLiteral("%1 %2 -> %3")
                                 .arg(field, fieldValue(*a, field), fieldValue(*b, field));
            }
            out += QStringLiteral("  %1 (%2): %3\n")
                       .arg(b->name, c.id, parts.join(QStringLiteral("; ")));
        }
    }

    const Analysis &x = diff.analysisBefore;
    const Analysis &y = diff.analysisAfter;
    out += Tr::tr("Overall fit: %1 -> %2 (%3)\n")
               .arg(formatFit(x.overallFit), formatFit(y.overallFit),
                    x.overallFit < 0 || y.overallFit < 0 ? QStringLiteral("–")
                                                         : signedNum(y.overallFit - x.overallFit));
    out += Tr::tr("Complexity: %1 -> %2 (budget %3 -> %4)\n")
               .arg(formatTenths(x.complexity.cost), formatTenths(y.complexity.cost),
                    formatTenths(x.complexity.budget), formatTenths(y.complexity.budget));
    if (x.cost.knownUsd > 0 || y.cost.knownUsd > 0) {
        out += Tr::tr("Money: %1 -> %2 a month")
                   .arg(formatUsd(x.cost.monthlyUsd), formatUsd(y.cost.monthlyUsd));
        if (x.cost.monthlyUsd >= 0 && y.cost.monthlyUsd >= 0) {
            const double change = y.cost.monthlyUsd - x.cost.monthlyUsd;
            out += QStringLiteral(" (%1%2)").arg(change < 0 ? QStringLiteral("-")
                                                            : QStringLiteral("+"),
                                                 formatUsd(std::abs(change)));
        }
        out += QLatin1Char('\n');
    }
    if (!diff.findings.appeared.empty()) {
        out += Tr::tr("New findings:\n");
        for (const Finding &f : diff.findings.appeared)
            out += findingLine(f);
    }
    if (!diff.findings.resolved.empty()) {
        out += Tr::tr("Resolved findings:\n");
        for (const Finding &f : diff.findings.resolved)
            out += findingLine(f);
    }
    return out;
}

} // namespace storemap
