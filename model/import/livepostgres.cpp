#include "model/import/livepostgres.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QLibrary>

#include <libpq-fe.h>

#include <memory>

#include <poll.h>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Import)
};

// Every user table, its size and its statistics (pg_stat_user_tables), in a stable order.
// Tables that belong to an extension are the extension's business, not the application's.
constexpr const char *TablesSql = R"(
SELECT c.oid, n.nspname, c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid),
       s.seq_scan, s.idx_scan, s.n_tup_ins, s.n_tup_upd, s.n_tup_del, s.n_live_tup
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
)";

// Large objects (oid, lo), bytea and tsvector columns.
constexpr const char *ColumnsSql = R"(
SELECT a.attrelid, a.attname, t.typname
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND t.typname IN ('bytea', 'oid', 'lo', 'tsvector')
ORDER BY a.attrelid, a.attnum
)";

// Unique indexes (primary keys and unique constraints have one) and text-search indexes, with
// their scans (pg_stat_user_indexes).
constexpr const char *IndexesSql = R"(
SELECT i.indrelid, ic.relname, i.indisprimary, i.indisunique, am.amname,
       (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), ', ' ORDER BY k)
        FROM generate_series(1, i.indnkeyatts) k),
       s.idx_scan,
       am.amname IN ('gin', 'gist') AND EXISTS (
           SELECT 1 FROM unnest(i.indclass) oc JOIN pg_opclass o ON o.oid = oc
           WHERE o.opcintype IN ('tsvector'::regtype, 'text'::regtype, 'varchar'::regtype))
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = i.indexrelid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY i.indrelid, NOT i.indisprimary, ic.relname
)";

constexpr const char *ForeignKeysSql = R"(
SELECT c.conrelid, c.conname, rn.nspname, r.relname,
       (SELECT string_agg(a.attname, ', ' ORDER BY k.n)
        FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)
FROM pg_constraint c
JOIN pg_class r ON r.oid = c.confrelid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE c.contype = 'f'
ORDER BY c.conrelid, c.conname
)";

// The statistics window: from the last reset of this database's statistics (or the server's
// start, when they were never reset) to now.
constexpr const char *WindowSql = R"(
SELECT current_database(),
       extract(epoch FROM now() - coalesce(d.stats_reset, pg_postmaster_start_time()))::float8,
       (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_stat_statements')
FROM pg_stat_database d WHERE d.datname = current_database()
)";

/// libpq, loaded on the first connection rather than linked: linking it pulled TLS, Kerberos and
/// LDAP into every run of storemap (16 ms of each start-up), which mostly never connects.
struct LibPq
{
// clang-format off
#define STOREMAP_LIBPQ(X)                                                                          \
    X(clear) X(connectdbParams) X(consumeInput) X(db) X(errorMessage) X(escapeIdentifier)          \
    X(finish) X(freemem) X(getResult) X(getisnull) X(getvalue) X(host) X(isBusy) X(ntuples)        \
    X(port) X(resultErrorMessage) X(resultStatus) X(sendQuery) X(socket) X(status)
// clang-format on
#define STOREMAP_LIBPQ_FUNCTION(name) decltype(&PQ##name) name = nullptr;
    STOREMAP_LIBPQ(STOREMAP_LIBPQ_FUNCTION)
#undef STOREMAP_LIBPQ_FUNCTION
};

/// The loaded libpq, or null with @p error saying why it could not be loaded.
const LibPq *loadLibPq(QString *error)
{
    static QString failure;
    static const LibPq *const loaded = []() -> const LibPq * {
        static QLibrary library(QStringLiteral("pq"), 5);
        static LibPq functions;
        if (!library.load()) {
            failure = library.errorString();
            return nullptr;
        }
#define STOREMAP_LIBPQ_RESOLVE(name)                                                               \
    functions.name = reinterpret_cast<decltype(functions.name)>(library.resolve("PQ" #name));      \
    if (!functions.name) {                                                                         \
        failure = library.errorString();                                                           \
        return nullptr;                                                                            \
    }
        STOREMAP_LIBPQ(STOREMAP_LIBPQ_RESOLVE)
#undef STOREMAP_LIBPQ_RESOLVE
        return &functions;
    }();
    if (!loaded)
        *error = Tr::tr("the PostgreSQL client library (libpq.so.5) could not be loaded: %1. "
                        "Install it (apt-get install libpq5) to import from a live database.")
                     .arg(failure);
    return loaded;
}

/// libpq, once readLiveDatabase() has loaded it.
const LibPq &pq()
{
    QString unused;
    return *loadLibPq(&unused);
}

struct ConnDeleter
{
    void operator()(PGconn *c) const { pq().finish(c); }
};
struct ResultDeleter
{
    void operator()(PGresult *r) const { pq().clear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString firstLines(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    text.replace(QLatin1Char('\n'), QStringLiteral("; "));
    return text;
}

class Session
{
public:
    Session(PGconn *conn, int timeoutSeconds)
        : m_conn(conn)
        , m_timeoutSeconds(timeoutSeconds)
    {}

    QString where() const
    {
        return Tr::tr("PostgreSQL at %1:%2 (database %3)")
            .arg(QString::fromUtf8(pq().host(m_conn)), QString::fromUtf8(pq().port(m_conn)),
                 QString::fromUtf8(pq().db(m_conn)));
    }

    /// Runs @p sql and waits for its result at most the timeout (and a second for the server's
    /// own statement_timeout to answer first); null with @p error set on failure.
    Result exec(const char *sql, QString *error)
    {
        if (!pq().sendQuery(m_conn, sql)) {
            *error = Tr::tr("%1: %2").arg(where(), firstLines(pq().errorMessage(m_conn)));
            return nullptr;
        }
        const QDeadlineTimer deadline((m_timeoutSeconds + 1) * 1000);
        while (pq().isBusy(m_conn)) {
            pollfd fd{pq().socket(m_conn), POLLIN, 0};
            const int ready = ::poll(&fd, 1, int(deadline.remainingTime()));
            if (ready == 0) {
                *error = Tr::tr("%1: no answer within %2 s")
                             .arg(where(), QString::number(m_timeoutSeconds));
                return nullptr;
            }
            if (ready < 0 || !pq().consumeInput(m_conn)) {
                *error = Tr::tr("%1: %2").arg(where(), firstLines(pq().errorMessage(m_conn)));
                return nullptr;
            }
        }
        Result last;
        while (PGresult *r = pq().getResult(m_conn)) {
            const ExecStatusType status = pq().resultStatus(r);
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && error->isEmpty())
                *error = Tr::tr("%1: %2").arg(where(), firstLines(pq().resultErrorMessage(r)));
            last.reset(r);
        }
        if (!error->isEmpty())
            return nullptr;
        return last;
    }

private:
    PGconn *m_conn;
    int m_timeoutSeconds;
};

QString text(const PGresult *r, int row, int column)
{
    return QString::fromUtf8(pq().getvalue(r, row, column));
}

/// A number column; -1 when it is NULL (no statistics).
qint64 number(const PGresult *r, int row, int column)
{
    return pq().getisnull(r, row, column) ? -1
                                          : QByteArray(pq().getvalue(r, row, column)).toLongLong();
}

bool flag(const PGresult *r, int row, int column)
{
    return !pq().getisnull(r, row, column) && pq().getvalue(r, row, column)[0] == 't';
}

QString quoteIdentifier(PGconn *conn, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = pq().escapeIdentifier(conn, utf8.constData(), size_t(utf8.size()));
    const QString s = quoted ? QString::fromUtf8(quoted) : QString();
    pq().freemem(quoted);
    return s;
}

/// True when the (normalized) statement @p query names @p table as a word.
bool mentions(const QString &query, const QString &table)
{
    for (qsizetype at = query.indexOf(table); at >= 0; at = query.indexOf(table, at + 1)) {
        const auto boundary = [](QChar c) { return !c.isLetterOrNumber() && c != u'_'; };
        const qsizetype end = at + table.size();
        if ((at == 0 || boundary(query[at - 1])) && (end >= query.size() || boundary(query[end])))
            return true;
    }
    return false;
}

} // namespace

bool readLiveDatabase(const QString &conninfo, int timeoutSeconds, DbSchema *out, QString *error)
{
    if (!loadLibPq(error))
        return false;
    const QByteArray source = conninfo.toUtf8();
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    const QByteArray options =
        "-c statement_timeout=" + QByteArray::number(timeoutSeconds * 1000) +
        " -c default_transaction_read_only=on -c lock_timeout=" + QByteArray::number(1000);
    // The user's string first, expanded; our safety settings after it, so they always apply.
    const char *keywords[] = {"dbname", "connect_timeout", "options", "application_name", nullptr};
    const char *values[] = {source.constData(), timeout.constData(), options.constData(),
                            "storemap import", nullptr};
    std::unique_ptr<PGconn, ConnDeleter> conn(pq().connectdbParams(keywords, values, 1));
    if (!conn) {
        *error = Tr::tr("out of memory while connecting to PostgreSQL");
        return false;
    }
    if (pq().status(conn.get()) != CONNECTION_OK) {
        const QString host = QString::fromUtf8(pq().host(conn.get()));
        const QString port = QString::fromUtf8(pq().port(conn.get()));
        *error = Tr::tr("cannot connect to PostgreSQL at %1:%2 (database %3): %4")
                     .arg(host.isEmpty() ? QStringLiteral("localhost") : host, port,
                          QString::fromUtf8(pq().db(conn.get())),
                          firstLines(pq().errorMessage(conn.get())));
        return false;
    }
    Session session(conn.get(), timeoutSeconds);
    QString failure;
    if (!session.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &failure)) {
        *error = failure;
        return false;
    }

    DbSchema schema;
    schema.origin = session.where();
    const Result window = session.exec(WindowSql, &failure);
    if (!window || pq().ntuples(window.get()) != 1) {
        *error = failure.isEmpty()
                     ? Tr::tr("%1: no statistics for the current database").arg(session.where())
                     : failure;
        return false;
    }
    schema.database = text(window.get(), 0, 0);
    schema.windowSeconds = std::max(1.0, QByteArray(pq().getvalue(window.get(), 0, 1)).toDouble());
    const QString statementsSchema =
        pq().getisnull(window.get(), 0, 2) ? QString() : text(window.get(), 0, 2);

    const Result tables = session.exec(TablesSql, &failure);
    if (!tables) {
        *error = failure;
        return false;
    }
    QHash<QByteArray, size_t> byOid;
    for (int row = 0; row < pq().ntuples(tables.get()); ++row) {
        DbTable t;
        t.schema = text(tables.get(), row, 1);
        t.name = text(tables.get(), row, 2);
        // The planner's estimate, or the live-tuple count when it grew since (or never ran).
        t.rows = std::max(number(tables.get(), row, 3), number(tables.get(), row, 10));
        t.bytes = number(tables.get(), row, 4);
        t.seqScans = number(tables.get(), row, 5);
        t.idxScans = std::max<qint64>(number(tables.get(), row, 6), 0);
        t.inserts = number(tables.get(), row, 7);
        t.updates = number(tables.get(), row, 8);
        t.deletes = number(tables.get(), row, 9);
        byOid.insert(pq().getvalue(tables.get(), row, 0), schema.tables.size());
        schema.tables.push_back(std::move(t));
    }
    if (schema.tables.empty()) {
        *error = Tr::tr("%1: no user tables to import").arg(session.where());
        return false;
    }
    const auto tableOf = [&](const PGresult *r, int row) -> DbTable * {
        const auto it = byOid.constFind(pq().getvalue(r, row, 0));
        return it == byOid.constEnd() ? nullptr : &schema.tables[*it];
    };

    const Result columns = session.exec(ColumnsSql, &failure);
    if (!columns) {
        *error = failure;
        return false;
    }
    for (int row = 0; row < pq().ntuples(columns.get()); ++row) {
        DbTable *t = tableOf(columns.get(), row);
        if (!t)
            continue;
        const QString column = text(columns.get(), row, 1);
        const QString type = text(columns.get(), row, 2);
        if (type == QLatin1String("tsvector"))
            t->textSearch.push_back({Tr::tr("column %1 (tsvector)").arg(column), -1, 0});
        else if (type == QLatin1String("bytea"))
            t->binaryColumns << Tr::tr("%1 (bytea)").arg(column);
        else
            t->binaryColumns << Tr::tr("%1 (%2, large object)").arg(column, type);
    }

    const Result indexes = session.exec(IndexesSql, &failure);
    if (!indexes) {
        *error = failure;
        return false;
    }
    for (int row = 0; row < pq().ntuples(indexes.get()); ++row) {
        DbTable *t = tableOf(indexes.get(), row);
        if (!t)
            continue;
        const QString name = text(indexes.get(), row, 1);
        const qint64 scans = std::max<qint64>(number(indexes.get(), row, 6), 0);
        if (flag(indexes.get(), row, 3)) {
            t->keys.push_back({name, text(indexes.get(), row, 5).split(QStringLiteral(", ")),
                               flag(indexes.get(), row, 2), scans, 0});
        }
        if (flag(indexes.get(), row, 7)) {
            // One full-text pattern per table: the index is how the column is searched.
            const QString what = Tr::tr("index %1 (%2)").arg(name, text(indexes.get(), row, 4));
            if (t->textSearch.empty())
                t->textSearch.push_back({what, scans, 0});
            else
                t->textSearch.front() = {t->textSearch.front().what + QStringLiteral(", ") + what,
                                         scans, 0};
        }
    }

    const Result keys = session.exec(ForeignKeysSql, &failure);
    if (!keys) {
        *error = failure;
        return false;
    }
    for (int row = 0; row < pq().ntuples(keys.get()); ++row) {
        if (DbTable *t = tableOf(keys.get(), row)) {
            t->foreignKeys.push_back({text(keys.get(), row, 1),
                                      text(keys.get(), row, 4).split(QStringLiteral(", ")),
                                      text(keys.get(), row, 2), text(keys.get(), row, 3), 0});
        }
    }

    if (!statementsSchema.isEmpty()) {
        // Text searches by table, from the statements the server recorded. Reading them needs
        // pg_read_all_stats for other users' statements; without it, they are simply not seen.
        const QString sql =
            QStringLiteral("SELECT query, calls FROM %1.pg_stat_statements "
                           "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = "
                           "current_database()) AND query LIKE '%@@%' "
                           "ORDER BY calls DESC LIMIT 1000")
                .arg(quoteIdentifier(conn.get(), statementsSchema));
        QString ignored;
        if (const Result statements = session.exec(sql.toUtf8().constData(), &ignored)) {
            for (DbTable &t : schema.tables) {
                if (t.textSearch.empty())
                    continue;
                t.searchCalls = 0;
                for (int row = 0; row < pq().ntuples(statements.get()); ++row) {
                    if (mentions(text(statements.get(), row, 0), t.name))
                        t.searchCalls += number(statements.get(), row, 1);
                }
            }
        }
    }
    session.exec("COMMIT", &failure);
    *out = std::move(schema);
    return true;
}

} // namespace storemap
