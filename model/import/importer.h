#pragma once

#include "model/project.h"

#include <QString>
#include <QStringList>

namespace storemap {

/// How `storemap import` reads: from a live server or from a schema dump.
struct ImportOptions
{
    qint64 users = DefaultUsers;
    int timeoutSeconds = 10; ///< connect and statement timeout of a live import
};

/// True when @p source names a live server (a postgresql:// or postgres:// URI, or a libpq
/// "key=value" connection string); false when it is a file (a pg_dump --schema-only .sql).
bool isLiveSource(const QString &source);

/// Imports a PostgreSQL database (DESIGN.md §8) into @p out: one entity per table, access patterns
/// from the structure and, on a live server, the measured statistics, all on one PostgreSQL store.
/// Statements of a dump that were skipped are listed in @p skipped. On failure, @p error names the
/// host and port, or the file and line; nothing else has happened.
bool importDatabase(const QString &source, const ImportOptions &options, Project *out,
                    QStringList *skipped, QString *error);

} // namespace storemap
