#pragma once

#include "model/import/dbschema.h"

#include <QString>

namespace storemap {

/// Reads the tables, keys, foreign keys, text-search and binary columns and the statistics of a
/// live PostgreSQL database through libpq, in one read-only transaction. @p conninfo is a
/// postgresql:// URI or a "host=... dbname=..." string; @p timeoutSeconds bounds the connection
/// and every statement (the server's statement_timeout, and a client-side deadline for a server
/// that stops answering). The password is used to connect and never kept.
/// On failure, @p error names the host and port and what went wrong.
bool readLiveDatabase(const QString &conninfo, int timeoutSeconds, DbSchema *out, QString *error);

} // namespace storemap
