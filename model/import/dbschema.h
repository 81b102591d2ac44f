#pragma once

#include "model/project.h"

#include <QStringList>

#include <vector>

namespace storemap {

/// A primary key, unique constraint or unique index of a table.
struct DbKey
{
    QString name;        ///< the constraint or index ("users_pkey")
    QStringList columns; ///< the key's columns or expressions
    bool primary = false;
    qint64 scans = -1; ///< index scans since the statistics were reset; -1 when not measured
    int line = 0;      ///< line in a schema dump; 0 for a live database
};

/// A foreign key: this table's rows point at rows of another table.
struct DbForeignKey
{
    QString name;
    QStringList columns;
    QString refSchema;
    QString refTable;
    int line = 0;
};

/// A tsvector column or a GIN/GiST text index: the table is searched by text.
struct DbTextSearch
{
    QString what;      ///< "column search (tsvector)", "index products_search_idx (gin)"
    qint64 scans = -1; ///< index scans, or -1 when not measured
    int line = 0;
};

/// What an import learnt about one table, from a live server or from a schema dump.
struct DbTable
{
    QString schema;
    QString name;
    int line = 0; ///< line of CREATE TABLE in a dump; 0 for a live database
    std::vector<DbKey> keys;
    std::vector<DbForeignKey> foreignKeys;
    std::vector<DbTextSearch> textSearch;
    QStringList binaryColumns; ///< "image (bytea)", "scan (oid, large object)"

    // Measured on a live server (pg_class, pg_stat_user_tables, pg_stat_statements); -1: unknown.
    qint64 rows = -1;
    qint64 bytes = -1;
    qint64 seqScans = -1;
    qint64 idxScans = -1;
    qint64 inserts = -1;
    qint64 updates = -1;
    qint64 deletes = -1;
    qint64 searchCalls = -1; ///< calls of text-search statements on this table (pg_stat_statements)
};

/// A database as the importer saw it, before it becomes a project.
struct DbSchema
{
    QString database;         ///< names the project and its one PostgreSQL store
    QString origin;           ///< "PostgreSQL at 127.0.0.1:5432" or the dump's file name
    double windowSeconds = 0; ///< the statistics window (stats_reset to now); 0 for a dump
    std::vector<DbTable> tables;
};

// The frequency word of a measured rate: frequencyForRate() (model/project.h).

/// The project of an imported database: one entity per table with the access patterns its
/// structure and statistics show, every entity on one PostgreSQL store named after the database.
/// Each pattern's `source` says where it came from.
Project projectFromSchema(const DbSchema &schema, qint64 users);

} // namespace storemap
