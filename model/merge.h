#pragma once

#include "model/project.h"

#include <QString>

#include <vector>

namespace storemap {

/// The same thing changed two ways: where (a JSON path by id, such as
/// `$.entities[id=orders].store`) and what each side made of it.
struct MergeConflict
{
    QString path;
    QString message;
};

struct MergeResult
{
    Project merged;                       ///< meaningful only when there is no conflict
    std::vector<MergeConflict> conflicts; ///< in file order: project, stores, entities
};

/// Three-way merge of two versions of a design that both started from @p base (DESIGN.md §6,
/// `storemap merge`). Stores and entities match by id, access patterns by name within their entity
/// (the n-th pattern of a name matches the n-th of that name: a renamed pattern is one removed and
/// one added). Every field is merged on its own: changes on both sides to different things
/// combine; the same field changed two ways, or a thing removed on one side and changed on the
/// other, is a conflict, as is a reference to a store or an entity the other side removed. Order:
/// ours, with what only theirs added placed after its predecessor in theirs.
MergeResult mergeProjects(const Project &base, const Project &ours, const Project &theirs);

} // namespace storemap
