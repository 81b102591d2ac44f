#pragma once

#include "model/analysis.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace storemap {

/// An entity that sits on another store in the new version (or became placed or unplaced).
struct EntityMove
{
    QString entity;
    QString from;          ///< store id in the old version; empty when it was unplaced
    QString to;            ///< store id in the new version; empty when it is unplaced
    double fitBefore = -1; ///< fit on the old store's kind; -1 when unplaced
    double fitAfter = -1;  ///< fit on the new store's kind; -1 when unplaced
};

/// What changed about one access pattern, matched by name within its entity (the n-th pattern of a
/// name in the old version is the n-th of that name in the new one).
struct PatternChange
{
    QString name;
    enum Kind { Added, Removed, Changed } kind = Changed;
    QStringList fields; ///< for Changed: "type", "frequency", "with"
};

/// The fields of an entity or store that differ between the versions ("name", "patterns", ...).
struct FieldChange
{
    QString id;
    QStringList fields;
    std::vector<PatternChange> patterns; ///< entities only: what happened to which pattern
};

/// The findings one version raises and the other does not, matched by rule, entity and store.
struct FindingChanges
{
    Findings appeared; ///< raised by the new version only
    Findings resolved; ///< raised by the old version only
};

/// Two versions of a design compared by id (DESIGN.md §6, `storemap diff`): a rename is a rename,
/// not a removal and an addition. Order of stores and entities does not count.
struct ProjectDiff
{
    Project before;
    Project after;
    Analysis analysisBefore;
    Analysis analysisAfter;
    std::vector<EntityMove> moved;
    QStringList addedEntities;
    QStringList removedEntities;
    QStringList addedStores;
    QStringList removedStores;
    std::vector<FieldChange> changedEntities; ///< fields besides the store (moves are in `moved`)
    std::vector<FieldChange> changedStores;   ///< "name", "kind"
    QStringList changedProject;               ///< "name", "users"
    FindingChanges findings;

    /// True when nothing about the design differs (the scores then cannot differ either).
    bool isEmpty() const;
};

/// Compares @p before (analysed at @p usersBefore) with @p after (at @p usersAfter).
ProjectDiff diffProjects(const Project &before, qint64 usersBefore, const Project &after,
                         qint64 usersAfter, const Catalog &catalog);

/// `storemap diff --json`: the object of DESIGN.md §6, pretty-printed.
QByteArray diffJson(const ProjectDiff &diff, const Catalog &catalog);

/// `storemap diff` for people: what moved, was added, removed, renamed or changed, the scores
/// before and after and the findings that appeared or went away.
QString diffText(const ProjectDiff &diff, const Catalog &catalog);

/// "Postgres (PostgreSQL)" for store @p id of @p project, or "unplaced" for an empty id.
QString storeTitle(const Project &project, const QString &id, const Catalog &catalog);

/// The display name of entity @p id, from the version that has it.
QString entityName(const ProjectDiff &diff, const QString &id);

} // namespace storemap
