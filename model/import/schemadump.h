#pragma once

#include "model/import/dbschema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace storemap {

/// Reads the structure of a database from SQL text, such as a `pg_dump --schema-only` file, with
/// the PostgreSQL parser (libpg_query): tables, keys, unique and text-search indexes, foreign keys,
/// binary columns. @p fileName names the file in messages. A statement that says nothing about
/// tables is skipped; those worth a look are listed in @p skipped ("shop.sql:12: ..."). Text that
/// is not SQL, or SQL with a syntax error, is refused: @p error names the file and the line.
bool readSchemaDump(const QByteArray &sql, const QString &fileName, DbSchema *out,
                    QStringList *skipped, QString *error);

/// Reads the file at @p path and then as readSchemaDump().
bool readSchemaDumpFile(const QString &path, DbSchema *out, QStringList *skipped, QString *error);

} // namespace storemap
