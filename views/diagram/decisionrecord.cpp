#include "views/diagram/decisionrecord.h"

#include "views/diagram/diagram.h"
#include "views/diagram/mermaidwriter.h"
#include "views/diagram/textdiagram.h"

#include "model/fit.h"
#include "model/report.h"
#include "model/roadmap.h"

#include <QCoreApplication>

#include <algorithm>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::DecisionRecord)
};

QString md(const QString &text)
{
    return markdownEscape(text);
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
}

/// A fence that no run of tildes inside @p text can close.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('~') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('~'));
}

QString storeLabel(const Project &project, const Entity &entity, const Catalog &catalog)
{
    const Store *store = project.store(entity.store);
    if (!store)
        return QStringLiteral("*%1*").arg(Tr::tr("unplaced"));
    const int kind = catalog.kindIndex(store->kind);
    return QStringLiteral("%1 (%2)").arg(md(store->name), md(catalog.kind(kind).name));
}

/// Free text written in the GUI: each line escaped, line breaks kept.
QString mdText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << md(line);
    return lines.join(QStringLiteral("  \n"));
}

/// The architect's own rationale: the project's notes, then each entity's.
QString notesSection(const Project &project)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Notes"));
    bool any = !project.notes.trimmed().isEmpty();
    if (any)
        out += mdText(project.notes.trimmed()) + QStringLiteral("\n\n");
    for (const Entity &e : project.entities) {
        if (e.notes.trimmed().isEmpty())
            continue;
        any = true;
        out += QStringLiteral("- **%1**: %2\n").arg(md(e.name), mdText(e.notes.trimmed()));
    }
    if (!any)
        out += QStringLiteral("*%1*\n").arg(
            md(Tr::tr("No notes yet: write the design's rationale in Edit > Project Notes "
                      "and each entity's in its Notes field.")));
    return out + QLatin1Char('\n');
}

/// What the scores rest on: every entity's schema, durability and access patterns.
QString inputsSection(const Project &project, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Inputs"));
    if (project.entities.empty())
        return out + Tr::tr("No entities yet.") + QStringLiteral("\n\n");
    out += row({Tr::tr("Entity"), Tr::tr("Schema"), Tr::tr("Durability"), Tr::tr("Access pattern"),
                Tr::tr("Type"), Tr::tr("Frequency"), Tr::tr("With")});
    out += QStringLiteral("|---|---|---|---|---|---|---|\n");
    for (const Entity &e : project.entities) {
        const QString head[] = {md(e.name), toId(e.schema), toId(e.durability)};
        if (e.patterns.empty()) {
            out += row({head[0], head[1], head[2],
                        QStringLiteral("*%1*").arg(Tr::tr("none: no fit yet")), QString(),
                        QString(), QString()});
        }
        for (const Pattern &p : e.patterns) {
            const Entity *with = project.entity(p.with);
            QString frequency = md(catalog.frequency(p.frequency).label);
            if (p.perSecond >= 0)
                frequency += QStringLiteral(" (%1)").arg(
                    Tr::tr("%1 a second")
                        .arg(formatQuantity(p.perSecond, p.perSecond < 10 ? 1 : 0)));
            out += row({head[0], head[1], head[2], md(p.name), md(catalog.pattern(p.type).label),
                        frequency, with ? md(with->name) : QString()});
        }
    }
    out += QLatin1Char('\n');
    if (hasWorkload(project)) {
        out += row({Tr::tr("Entity"), Tr::tr("Workload")});
        out += QStringLiteral("|---|---|\n");
        for (const Entity &e : project.entities)
            out += row({md(e.name), md(workloadText(e.workload))});
        out += QLatin1Char('\n');
    }
    return out;
}

/// What the stores cost a month, each line of each sum with its price's month and source.
QString moneySection(const Project &project, const Analysis &analysis)
{
    if (!analysis.cost.shown)
        return {};
    const Cost &cost = analysis.cost;
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Money"));
    out += Tr::tr("%1 a month in total, from the workload and the catalog's dated public prices "
                  "(the oldest from %2); unknown, not zero, where a workload is missing.")
               .arg(formatUsd(cost.monthlyUsd), cost.pricesAsOf) +
           QStringLiteral("\n\n");
    out += row({Tr::tr("Store"), Tr::tr("A month"), Tr::tr("Lines")});
    out += QStringLiteral("|---|---:|---|\n");
    for (const StoreCost &c : cost.stores) {
        const Store *store = project.store(c.store);
        QStringList lines;
        for (const QString &line : c.lines)
            lines << md(line);
        out += row({md(store ? store->name : c.store), formatUsd(c.monthlyUsd),
                    lines.join(QStringLiteral("<br>"))});
    }
    return out + QLatin1Char('\n');
}

QString layoutSection(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Layout"));
    const Diagram diagram = buildDiagram(project, analysis, catalog);
    const QString picture = writeTextDiagram(diagram);
    const QString fence = fenceFor(picture);
    out += fence + QStringLiteral("text\n") + picture + fence + QStringLiteral("\n\n");
    // The same picture as a Mermaid flowchart, which GitHub and GitLab draw. Its labels escape
    // every backtick and tilde, so no name can close the fence.
    out += QStringLiteral("```mermaid\n") + writeMermaid(diagram) + QStringLiteral("```\n\n");

    if (diagram.boxes.empty())
        return out + Tr::tr("No stores and no entities yet.") + QStringLiteral("\n\n");
    out += row({Tr::tr("Store"), Tr::tr("Kind"), Tr::tr("Entities")});
    out += QStringLiteral("|---|---|---|\n");
    for (const DiagramBox &box : diagram.boxes) {
        QStringList names;
        for (const DiagramItem &item : box.items)
            names << md(item.name);
        const QString list = names.isEmpty() ? QStringLiteral("*%1*").arg(Tr::tr("empty"))
                                             : names.join(QStringLiteral(", "));
        if (box.unplaced)
            out += row({QStringLiteral("*%1*").arg(md(box.title)), QString(), list});
        else
            out += row({md(box.title), md(box.subtitle()), list});
    }
    return out + QLatin1Char('\n');
}

QString fitSection(const Project &project, const Analysis &analysis, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Fit"));
    out += Tr::tr("Fit is 0-100: how well the store's kind serves the entity's access patterns, "
                  "weighted by frequency. Good from 80, fair from 60.") +
           QStringLiteral("\n\n");
    if (project.entities.empty())
        return out + Tr::tr("No entities yet: list the data first, then its access patterns.") +
               QStringLiteral("\n\n");
    out += row({Tr::tr("Entity"), Tr::tr("Store"), Tr::tr("Fit"), Tr::tr("Best kind"),
                Tr::tr("Best fit")});
    out += QStringLiteral("|---|---|---:|---|---:|\n");
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const EntityScore &score = analysis.entities[i];
        out += row({md(e.name), storeLabel(project, e, catalog), formatFit(score.fit),
                    score.bestKind >= 0 ? md(catalog.kind(score.bestKind).name) : QString(),
                    formatFit(score.bestFit)});
    }
    out += QLatin1Char('\n') +
           Tr::tr("Overall fit of the placed entities: %1.").arg(formatFit(analysis.overallFit)) +
           QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString complexitySection(const Analysis &analysis, const Catalog &catalog)
{
    const Complexity &c = analysis.complexity;
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Complexity against budget"));
    out += row({Tr::tr("Kinds in use"), Tr::tr("Complexity cost"), Tr::tr("Budget")});
    out += QStringLiteral("|---|---:|---:|\n");
    const QString kinds = c.kinds.empty() ? QStringLiteral("*%1*").arg(Tr::tr("none"))
                                          : md(kindNames(c.kinds, catalog));
    out += row({kinds, formatTenths(c.cost), formatTenths(c.budget)});
    out += QLatin1Char('\n');
    if (rounded(c.cost) > rounded(c.budget))
        out +=
            Tr::tr("Over budget by %1 at %2 users: every store is another system to monitor, back "
                   "up, upgrade and debug at 3 AM.")
                .arg(formatTenths(c.cost - c.budget), formatUsers(analysis.users));
    else
        out += Tr::tr("Within budget at %1 users, %2 to spare.")
                   .arg(formatUsers(analysis.users), formatTenths(c.budget - c.cost));
    return out + QStringLiteral("\n\n");
}

QString findingsSection(const Analysis &analysis)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Findings"));
    if (analysis.findings.empty())
        return out + Tr::tr("No findings.") + QStringLiteral("\n\n");
    for (const Finding &f : analysis.findings)
        out += QStringLiteral("- **%1** `%2`: %3\n").arg(toId(f.severity), f.rule, md(f.message()));
    return out + QLatin1Char('\n');
}

QString adviceSection(const Project &project, const Advice &advice, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Advisor's recommendation"));
    if (advice.best.kinds.empty()) {
        for (const QString &r : advice.reasons)
            out += QStringLiteral("- %1\n").arg(md(r));
        return out + QLatin1Char('\n');
    }
    out +=
        Tr::tr("At %1 users the advisor picks **%2**: overall fit %3 at complexity cost %4 against "
               "a budget of %5.")
            .arg(formatUsers(advice.users), md(kindNames(advice.best.kinds, catalog)),
                 formatTenths(advice.best.overallFit), formatTenths(advice.best.cost),
                 formatTenths(advice.budget)) +
        QStringLiteral("\n\n");
    out += row({Tr::tr("Entity"), Tr::tr("Now"), Tr::tr("Advised"), Tr::tr("Fit")});
    out += QStringLiteral("|---|---|---|---:|\n");
    for (size_t i = 0; i < advice.best.placement.size() && i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        const int advised = advice.best.placement[i];
        const int now = project.kindOf(e, catalog);
        QString where = md(catalog.kind(advised).name);
        if (now != advised)
            where = QStringLiteral("**%1**").arg(where);
        out += row(
            {md(e.name),
             now >= 0 ? md(catalog.kind(now).name) : QStringLiteral("*%1*").arg(Tr::tr("unplaced")),
             where, formatTenths(advice.best.fits[i])});
    }
    out += QLatin1Char('\n') + Tr::tr("Why:") + QStringLiteral("\n\n");
    for (const QString &r : advice.reasons)
        out += QStringLiteral("- %1\n").arg(md(r));
    out += QLatin1Char('\n');

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Rejected alternatives"));
    if (advice.rejected.empty())
        return out + Tr::tr("None: no other affordable layout came close.") + QStringLiteral("\n");
    out +=
        row({Tr::tr("Kinds"), Tr::tr("Overall fit"), Tr::tr("Complexity cost"), Tr::tr("Why not")});
    out += QStringLiteral("|---|---:|---:|---|\n");
    for (const RejectedLayout &r : advice.rejected) {
        out += row({md(kindNames(r.layout.kinds, catalog)), formatTenths(r.layout.overallFit),
                    formatTenths(r.layout.cost), md(r.why)});
    }
    return out;
}

QString roadmapSection(const Project &project, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("Roadmap"));
    const Roadmap roadmap = roadmapOf(project, RoadmapFrom, RoadmapTo, catalog);
    out += Tr::tr("The advisor swept from %1 to %2 users: every user count at which the advised "
                  "layout changes, and what moves then.")
               .arg(formatUsers(roadmap.from), formatUsers(roadmap.to)) +
           QStringLiteral("\n\n");
    out += row({Tr::tr("From users"), Tr::tr("To users"), Tr::tr("Kinds"), Tr::tr("Overall fit"),
                Tr::tr("Complexity cost"), Tr::tr("Moves")});
    out += QStringLiteral("|---:|---:|---|---:|---:|---|\n");
    constexpr int MaxMoves = 12;
    for (size_t s = 0; s < roadmap.steps.size(); ++s) {
        const RoadmapStep &step = roadmap.steps[s];
        QStringList moves;
        if (s > 0) {
            for (const RoadmapMove &m : step.moves) {
                if (moves.size() == MaxMoves) {
                    moves << Tr::tr("%1 more").arg(int(step.moves.size()) - MaxMoves);
                    break;
                }
                const Entity *e = project.entity(m.entity);
                moves << QStringLiteral("%1: %2 → %3")
                             .arg(md(e ? e->name : m.entity), md(catalog.kind(m.from).name),
                                  md(catalog.kind(m.to).name));
            }
        }
        out += row({formatUsers(step.fromUsers),
                    step.toUsers >= 0 ? formatUsers(step.toUsers) : QStringLiteral("-"),
                    md(kindNames(step.layout.kinds, catalog)), formatTenths(step.layout.overallFit),
                    formatTenths(step.layout.cost),
                    moves.isEmpty() ? QStringLiteral("-") : moves.join(QStringLiteral(", "))});
    }
    return out + QLatin1Char('\n');
}

QString whatIfSection(const Project &project, qint64 users, const Catalog &catalog)
{
    QString out = QStringLiteral("## %1\n\n").arg(Tr::tr("What would change a verdict"));
    out += Tr::tr("For each entity, the single changes that would move the kind it fits best at "
                  "%1 users, smallest first.")
               .arg(formatUsers(users)) +
           QStringLiteral("\n\n");
    bool any = false;
    for (const Entity &e : project.entities) {
        QStringList ifs;
        for (const WhatIf &w : whatIfs(e, users, catalog)) {
            if (ifs.size() < 3)
                ifs << md(whatIfText(w, catalog));
        }
        if (ifs.isEmpty())
            continue;
        any = true;
        out += QStringLiteral("- **%1**: %2\n").arg(md(e.name), ifs.join(QStringLiteral("; ")));
    }
    if (!any)
        out += Tr::tr("No single change moves any entity's best kind.") + QLatin1Char('\n');
    return out;
}

} // namespace

QString markdownEscape(const QString &text)
{
    const QString line = singleLine(text).trimmed();
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            continue;
        case '<':
            out += QLatin1String("&lt;");
            continue;
        case '>':
            out += QLatin1String("&gt;");
            continue;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '!':
        case '#':
            out += QLatin1Char('\\');
            out += c;
            continue;
        default:
            break;
        }
        // Block markers only count at the start of a line (or of a list item's text).
        const bool atStart = i == 0;
        if (atStart && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('='))) {
            out += QLatin1Char('\\');
            out += c;
            continue;
        }
        if (i > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')'))) {
            bool digitsOnly = true;
            for (qsizetype j = 0; j < i; ++j)
                digitsOnly = digitsOnly && line[j].isDigit();
            if (digitsOnly) { // "1." or "1)" would start an ordered list
                out += QLatin1Char('\\');
                out += c;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString writeDecisionRecord(const Project &project, const Analysis &analysis, const Advice &advice,
                            const Catalog &catalog)
{
    QString out;
    const QString name = project.name.trimmed().isEmpty() ? Tr::tr("Untitled") : project.name;
    out += QStringLiteral("# %1\n\n").arg(Tr::tr("Storage decision record: %1").arg(md(name)));
    out +=
        Tr::tr("Scale: %1 users. Overall fit %2. Complexity %3 against a budget of %4.")
            .arg(formatUsers(analysis.users), formatFit(analysis.overallFit),
                 formatTenths(analysis.complexity.cost), formatTenths(analysis.complexity.budget));
    if (analysis.cost.shown)
        out += QLatin1Char(' ') +
               Tr::tr("Money: %1 a month.").arg(formatUsd(analysis.cost.monthlyUsd));
    out += QStringLiteral("\n\n");
    out += notesSection(project);
    out += inputsSection(project, catalog);
    out += layoutSection(project, analysis, catalog);
    out += fitSection(project, analysis, catalog);
    out += complexitySection(analysis, catalog);
    out += moneySection(project, analysis);
    out += findingsSection(analysis);
    out += adviceSection(project, advice, catalog);
    out += QLatin1Char('\n') + roadmapSection(project, catalog);
    out += whatIfSection(project, analysis.users, catalog);
    return out;
}

namespace {

QString changeFindings(const QString &title, const Findings &findings)
{
    if (findings.empty())
        return {};
    QString out = QStringLiteral("**%1**\n\n").arg(title);
    for (const Finding &f : findings)
        out += QStringLiteral("- **%1** `%2`: %3\n").arg(toId(f.severity), f.rule, md(f.message()));
    return out + QLatin1Char('\n');
}

} // namespace

QString writeChangeRecord(const ProjectDiff &diff, const Catalog &catalog)
{
    const Project &before = diff.before;
    const Project &after = diff.after;
    const Analysis &x = diff.analysisBefore;
    const Analysis &y = diff.analysisAfter;
    const QString name = after.name.trimmed().isEmpty() ? Tr::tr("Untitled") : after.name;
    QString out =
        QStringLiteral("### %1\n\n").arg(Tr::tr("Storage design change: %1").arg(md(name)));
    if (diff.isEmpty())
        return out + Tr::tr("The designs are the same.") + QStringLiteral("\n");

    out += row({QString(), Tr::tr("Before"), Tr::tr("After")});
    out += QStringLiteral("|---|---:|---:|\n");
    out += row({Tr::tr("Overall fit"), formatFit(x.overallFit), formatFit(y.overallFit)});
    out += row({Tr::tr("Complexity cost"), formatTenths(x.complexity.cost),
                formatTenths(y.complexity.cost)});
    out += row(
        {Tr::tr("Budget"), formatTenths(x.complexity.budget), formatTenths(y.complexity.budget)});
    if (x.cost.knownUsd > 0 || y.cost.knownUsd > 0)
        out += row({Tr::tr("A month"), formatUsd(x.cost.monthlyUsd), formatUsd(y.cost.monthlyUsd)});
    out += row({Tr::tr("Kinds in use"), md(kindNames(x.complexity.kinds, catalog)),
                md(kindNames(y.complexity.kinds, catalog))});
    out += QLatin1Char('\n');

    if (!diff.moved.empty()) {
        out += QStringLiteral("#### %1\n\n").arg(Tr::tr("Moved"));
        out += row({Tr::tr("Entity"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Fit before"),
                    Tr::tr("Fit after"), Tr::tr("Verdict")});
        out += QStringLiteral("|---|---|---|---:|---:|---|\n");
        for (const EntityMove &m : diff.moved) {
            QString verdict;
            if (m.fitBefore >= 0 && m.fitAfter >= 0) {
                const double change = rounded(m.fitAfter) - rounded(m.fitBefore);
                verdict = change > 0   ? Tr::tr("better by %1").arg(formatTenths(change))
                          : change < 0 ? Tr::tr("**worse** by %1").arg(formatTenths(-change))
                                       : Tr::tr("as good");
            }
            out += row({md(entityName(diff, m.entity)), md(storeTitle(before, m.from, catalog)),
                        md(storeTitle(after, m.to, catalog)), formatFit(m.fitBefore),
                        formatFit(m.fitAfter), verdict});
        }
        out += QLatin1Char('\n');
        // Why: the reasons of each moved entity's fit where it now sits.
        for (const EntityMove &m : diff.moved) {
            const int i = after.entityIndex(m.entity);
            if (i < 0 || m.to.isEmpty())
                continue;
            const Entity &e = after.entities[size_t(i)];
            out += QStringLiteral("- %1\n").arg(
                Tr::tr("Why %1 fits %2 as it does:")
                    .arg(md(e.name), md(storeTitle(after, m.to, catalog))));
            for (const QString &r : fitReasons(after, e, y.entities[size_t(i)], y.users, catalog))
                out += QStringLiteral("  - %1\n").arg(md(r));
        }
        out += QLatin1Char('\n');
    }

    auto entityList = [&](const QString &title, const QStringList &list, const Project &p) {
        if (list.isEmpty())
            return;
        out += QStringLiteral("#### %1\n\n").arg(title);
        for (const QString &id : list) {
            const Entity *e = p.entity(id);
            out += QStringLiteral("- %1 (%2)\n")
                       .arg(md(e->name), md(storeTitle(p, e->store, catalog)));
        }
        out += QLatin1Char('\n');
    };
    entityList(Tr::tr("Added entities"), diff.addedEntities, after);
    entityList(Tr::tr("Removed entities"), diff.removedEntities, before);
    auto storeList = [&](const QString &title, const QStringList &list, const Project &p) {
        if (list.isEmpty())
            return;
        out += QStringLiteral("#### %1\n\n").arg(title);
        for (const QString &id : list)
            out += QStringLiteral("- %1\n").arg(md(storeTitle(p, id, catalog)));
        out += QLatin1Char('\n');
    };
    storeList(Tr::tr("Added stores"), diff.addedStores, after);
    storeList(Tr::tr("Removed stores"), diff.removedStores, before);

    if (!diff.changedEntities.empty() || !diff.changedStores.empty() ||
        !diff.changedProject.isEmpty()) {
        out += QStringLiteral("#### %1\n\n").arg(Tr::tr("Changed"));
        if (diff.changedProject.contains(QLatin1String("name")))
            out += QStringLiteral("- %1\n").arg(
                Tr::tr("Project renamed from %1 to %2").arg(md(before.name), md(after.name)));
        if (diff.changedProject.contains(QLatin1String("users")))
            out += QStringLiteral("- %1\n").arg(
                Tr::tr("Scale changed from %1 to %2 users")
                    .arg(formatUsers(before.users), formatUsers(after.users)));
        for (const FieldChange &c : diff.changedStores) {
            const Store *a = before.store(c.id);
            const Store *b = after.store(c.id);
            if (c.fields.contains(QLatin1String("name")))
                out += QStringLiteral("- %1\n").arg(
                    Tr::tr("Store %1 renamed to %2").arg(md(a->name), md(b->name)));
            if (c.fields.contains(QLatin1String("kind")))
                out +=
                    QStringLiteral("- %1\n").arg(Tr::tr("Store %1 is now %2 (was %3)")
                                                     .arg(md(b->name), md(b->kind), md(a->kind)));
        }
        for (const FieldChange &c : diff.changedEntities) {
            const Entity *a = before.entity(c.id);
            const Entity *b = after.entity(c.id);
            if (c.fields.contains(QLatin1String("name")))
                out += QStringLiteral("- %1\n").arg(
                    Tr::tr("%1 renamed to %2").arg(md(a->name), md(b->name)));
            QStringList other = c.fields;
            other.removeAll(QStringLiteral("name"));
            if (!other.isEmpty())
                out += QStringLiteral("- %1\n").arg(
                    Tr::tr("%1: %2 changed").arg(md(b->name), other.join(QStringLiteral(", "))));
            for (const PatternChange &p : c.patterns) {
                const QString pattern = md(p.name);
                if (p.kind == PatternChange::Added)
                    out += QStringLiteral("  - %1\n").arg(Tr::tr("pattern %1 added").arg(pattern));
                else if (p.kind == PatternChange::Removed)
                    out +=
                        QStringLiteral("  - %1\n").arg(Tr::tr("pattern %1 removed").arg(pattern));
                else
                    out += QStringLiteral("  - %1\n")
                               .arg(Tr::tr("pattern %1: %2 changed")
                                        .arg(pattern, p.fields.join(QStringLiteral(", "))));
            }
        }
        out += QLatin1Char('\n');
    }

    out += changeFindings(Tr::tr("Findings that appeared"), diff.findings.appeared);
    out += changeFindings(Tr::tr("Findings that went away"), diff.findings.resolved);
    if (diff.findings.appeared.empty() && diff.findings.resolved.empty())
        out += Tr::tr("No finding appeared or went away.") + QLatin1Char('\n');
    return out;
}

} // namespace storemap
