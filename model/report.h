#pragma once

#include "model/jsondump.h"

#include "model/advisor.h"

#include <QByteArray>
#include <QString>

namespace storemap {

/// `storemap check --json`: the object of DESIGN.md §6, pretty-printed. With @p sink the text goes
/// to it as it is written, 64 KiB at a time, and the result is empty: the report of 20,000
/// entities is 50 MB.
QByteArray checkJson(const Project &project, const Analysis &analysis, const Catalog &catalog,
                     JsonWriter::Sink sink = {});

/// `storemap check` for people: fits, complexity against budget, findings.
QString checkText(const Project &project, const Analysis &analysis, const Catalog &catalog);

/// `storemap advise --json`: the object of DESIGN.md §6, pretty-printed.
QByteArray adviseJson(const Project &project, const Advice &advice, const Catalog &catalog);

/// `storemap advise` for people: the layout, what moves, why, and the runners-up.
QString adviseText(const Project &project, const Advice &advice, const Catalog &catalog);

/// The money of `storemap check` for people: the total, then each store with its lines.
QString costText(const Project &project, const Cost &cost);

/// The reasons of one entity's fit on its store's kind (or its best kind when unplaced).
QStringList fitReasons(const Project &project, const Entity &entity, const EntityScore &score,
                       qint64 users, const Catalog &catalog);

} // namespace storemap
