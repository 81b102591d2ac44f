#include "model/import/dbschema.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Import)
};

/// Ids stay well inside the file format's limit even for two 63-byte names.
constexpr int IdStemLength = 90;

QString qualified(const DbTable &t)
{
    return t.schema + QLatin1Char('.') + t.name;
}

QString shownName(const QString &schema, const QString &name)
{
    return schema == QLatin1String("public") ? name : schema + QLatin1Char('.') + name;
}

/// The durability a table's name clearly states (sessions, caches); critical otherwise.
Durability durabilityFromName(const QString &name, QString *word)
{
    QString token;
    const QString lower = name.toLower() + QLatin1Char(' ');
    for (const QChar c : lower) {
        if (c.isLetter()) {
            token += c;
            continue;
        }
        if (token == QLatin1String("session") || token == QLatin1String("sessions")) {
            *word = token;
            return Durability::Ephemeral;
        }
        if (token == QLatin1String("cache") || token == QLatin1String("caches")) {
            *word = token;
            return Durability::Reconstructible;
        }
        token.clear();
    }
    return Durability::Critical;
}

class Builder
{
public:
    explicit Builder(const DbSchema &schema)
        : m_schema(schema)
    {}

    Project build(qint64 users)
    {
        Project p;
        p.name = m_schema.database;
        p.users = users;
        const QString storeId = p.uniqueId(QStringLiteral("postgresql"));
        p.stores.push_back(Store{storeId, QStringLiteral("postgresql"), m_schema.database});
        QHash<QString, QString> ids; // "schema.name" -> entity id
        for (const DbTable &t : m_schema.tables) {
            Entity e;
            e.id = p.uniqueId(shownName(t.schema, t.name).left(IdStemLength));
            e.name = shownName(t.schema, t.name);
            e.store = storeId;
            ids.insert(qualified(t), e.id);
            p.entities.push_back(std::move(e));
        }
        for (size_t i = 0; i < m_schema.tables.size(); ++i)
            fill(m_schema.tables[i], ids, &p.entities[i]);
        return p;
    }

private:
    bool measured() const { return m_schema.windowSeconds > 0; }

    double rate(qint64 count) const
    {
        return measured() && count > 0 ? double(count) / m_schema.windowSeconds : 0;
    }

    /// "in 8 s (1543/s)": the window and the average rate of @p count operations.
    QString perSecond(qint64 count) const
    {
        return Tr::tr("in %1 s (%2/s)")
            .arg(m_schema.windowSeconds, 0, 'f', 0)
            .arg(rate(count), 0, 'f', rate(count) < 10 ? 2 : 0);
    }

    Frequency frequency(qint64 count) const
    {
        return measured() ? frequencyForRate(rate(count)) : Frequency::Medium;
    }

    QString unmeasured(int line) const
    {
        return Tr::tr("schema dump %1, line %2; not measured: frequency left at medium")
            .arg(m_schema.origin)
            .arg(line);
    }

    /// Adds a pattern done @p count times over the statistics window: its frequency word, and
    /// on a live server its average rate as `perSecond` (a floor for the peak), rounded to 0.01.
    void add(Entity *e, const QString &name, PatternType type, qint64 count, const QString &source,
             const QString &with = {}) const
    {
        Pattern p;
        p.name = name;
        p.type = type;
        p.frequency = frequency(count);
        if (measured())
            p.perSecond = std::round(rate(count) * 100) / 100;
        p.with = with;
        p.source = source;
        e->patterns.push_back(std::move(p));
    }

    void fill(const DbTable &t, const QHash<QString, QString> &ids, Entity *e) const
    {
        const QString table = e->name;
        QString word;
        e->durability = durabilityFromName(t.name, &word);
        const QString guess =
            word.isEmpty()
                ? QString()
                : Tr::tr(" Durability guessed as %1 from the table name (\"%2\"); review it.")
                      .arg(toId(e->durability), word);
        if (measured() && t.rows >= 0) {
            e->workload.items = t.rows;
            if (t.rows > 0 && t.bytes > 0)
                e->workload.itemBytes = std::round(double(t.bytes) / double(t.rows));
        }
        if (measured()) {
            e->description =
                Tr::tr("PostgreSQL table %1: about %2 rows, %3 KiB (pg_total_relation_size). "
                       "Over the %4 s statistics window: %5 rows inserted, %6 updated, %7 "
                       "deleted; %8 index scans, %9 sequential scans.")
                    .arg(qualified(t))
                    .arg(std::max<qint64>(t.rows, 0))
                    .arg(std::max<qint64>(t.bytes, 0) / 1024)
                    .arg(m_schema.windowSeconds, 0, 'f', 0)
                    .arg(std::max<qint64>(t.inserts, 0))
                    .arg(std::max<qint64>(t.updates, 0))
                    .arg(std::max<qint64>(t.deletes, 0))
                    .arg(std::max<qint64>(t.idxScans, 0))
                    .arg(std::max<qint64>(t.seqScans, 0)) +
                guess;
        } else {
            e->description =
                Tr::tr("PostgreSQL table %1, from %2 line %3; no statistics, so every frequency "
                       "is unmeasured (medium).")
                    .arg(qualified(t), m_schema.origin)
                    .arg(t.line) +
                guess;
        }

        for (const DbKey &k : t.keys) {
            // A row that holds a file is fetched by its key to get the file: that is the
            // binary-blob pattern below (get and put by key, as object storage does it).
            if (k.primary && !t.binaryColumns.isEmpty())
                continue;
            const qint64 scans = k.scans >= 0 ? k.scans : t.idxScans;
            const QString source = measured() ? Tr::tr("pg_stat_user_indexes: %1 scans of %2 %3")
                                                    .arg(scans)
                                                    .arg(k.name, perSecond(scans))
                                              : unmeasured(k.line);
            add(e, Tr::tr("Get %1 by %2").arg(table, k.columns.join(QStringLiteral(", "))),
                PatternType::LookupByKey, scans,
                guess.isEmpty() ? source : source + QLatin1Char(';') + guess);
        }
        // A table that holds files points at their owner (avatars.user_id): in object storage
        // that is the key the file is stored under (lesson: avatars/${userId}.jpg), not a join
        // the store would have to run. The owner becomes the file's link below.
        QString owner;
        QString ownerKey;
        for (const DbForeignKey &fk : t.foreignKeys) {
            if (!t.binaryColumns.isEmpty()) {
                if (owner.isEmpty()) {
                    owner = ids.value(fk.refSchema + QLatin1Char('.') + fk.refTable);
                    ownerKey = fk.name;
                }
                continue;
            }
            const QString with = ids.value(fk.refSchema + QLatin1Char('.') + fk.refTable);
            const qint64 reads = std::max<qint64>(t.seqScans, 0) + std::max<qint64>(t.idxScans, 0);
            const QString source =
                measured() ? Tr::tr("foreign key %1; pg_stat_user_tables: %2 reads of %3 %4")
                                 .arg(fk.name)
                                 .arg(reads)
                                 .arg(qualified(t), perSecond(reads))
                           : Tr::tr("foreign key %1; %2").arg(fk.name, unmeasured(fk.line));
            add(e,
                Tr::tr("Join %1 to %2 on %3")
                    .arg(table, shownName(fk.refSchema, fk.refTable),
                         fk.columns.join(QStringLiteral(", "))),
                PatternType::OneToManyJoin, reads, source, with);
        }
        for (const DbTextSearch &s : t.textSearch) {
            QString source;
            qint64 count = s.scans;
            if (measured() && t.searchCalls >= 0) {
                count = t.searchCalls;
                source = Tr::tr("%1; pg_stat_statements: %2 text-search statements %3")
                             .arg(s.what)
                             .arg(count)
                             .arg(perSecond(count));
            } else if (measured()) {
                count = s.scans >= 0 ? s.scans : std::max<qint64>(t.seqScans, 0);
                source = Tr::tr("%1; pg_stat_user_indexes: %2 scans %3")
                             .arg(s.what)
                             .arg(count)
                             .arg(perSecond(count));
            } else {
                source = Tr::tr("%1; %2").arg(s.what, unmeasured(s.line));
            }
            add(e, Tr::tr("Search %1 by text").arg(table), PatternType::FullTextSearch, count,
                source);
        }
        for (const QString &column : t.binaryColumns) {
            const qint64 ops = std::max<qint64>(t.inserts, 0) + std::max<qint64>(t.updates, 0) +
                               std::max<qint64>(t.idxScans, 0) + std::max<qint64>(t.seqScans, 0);
            const QString source =
                measured() ? Tr::tr("column %1; pg_stat_user_tables: %2 reads and writes %3")
                                 .arg(column)
                                 .arg(ops)
                                 .arg(perSecond(ops))
                           : Tr::tr("column %1; %2").arg(column, unmeasured(t.line));
            add(e, Tr::tr("Store and fetch %1 %2").arg(table, column), PatternType::BinaryBlob, ops,
                owner.isEmpty()
                    ? source
                    : source +
                          Tr::tr("; stored under its owner's key (foreign key %1)").arg(ownerKey),
                owner);
        }
        if (!measured())
            return;
        if (t.inserts > 0 && t.updates == 0 && t.deletes == 0) {
            add(e, Tr::tr("Append to %1").arg(table), PatternType::AppendOnlyWrite, t.inserts,
                Tr::tr("pg_stat_user_tables: %1 rows inserted %2, none updated or deleted")
                    .arg(t.inserts)
                    .arg(perSecond(t.inserts)));
        }
        // Small and rewritten in place far more than it grows: a counter or a session.
        if (t.updates > 0 && t.updates > 4 * std::max<qint64>(t.inserts, 0) &&
            t.rows <= SmallTableRows && rate(t.updates) >= HighPerSecond) {
            add(e, Tr::tr("Update %1 in place").arg(table), PatternType::IncrementCounter,
                t.updates,
                Tr::tr("pg_stat_user_tables: %1 rows updated in place %2, %3 inserted; about %4 "
                       "rows")
                    .arg(t.updates)
                    .arg(perSecond(t.updates))
                    .arg(t.inserts)
                    .arg(std::max<qint64>(t.rows, 0)));
        }
    }

    /// A table this small that is rewritten at a high rate holds counters or sessions.
    static constexpr qint64 SmallTableRows = 1'000'000;

    const DbSchema &m_schema;
};

} // namespace

Project projectFromSchema(const DbSchema &schema, qint64 users)
{
    return Builder(schema).build(users);
}

} // namespace storemap
