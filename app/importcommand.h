#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

namespace storemap {

/// `storemap import SOURCE -o OUT.storemap [--users N] [--timeout S]`: SOURCE is a postgresql://
/// URI, a libpq connection string or a pg_dump --schema-only .sql file; returns an exit code of
/// DESIGN.md §6 (3: the source cannot be read, 4: OUT cannot be written; nothing is written then).
int runImport(const QStringList &args, PngRenderer);

/// The import verb's part of `storemap --help`.
QString importUsage();

} // namespace storemap
