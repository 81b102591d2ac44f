#pragma once

#include "model/catalog.h"

#include <QString>

#include <vector>

namespace storemap {

/// Peak operations per second that make each frequency word where a rate is given (format
/// version 2's `perSecond`, or an import's measured average): at least 100/s is very-high, 10/s
/// high, 1/s medium; below 1/s low. A tenfold step per word, as the words step the load's weight.
inline constexpr double VeryHighPerSecond = 100;
inline constexpr double HighPerSecond = 10;
inline constexpr double MediumPerSecond = 1;
/// The frequency word of a rate (see the thresholds above).
Frequency frequencyForRate(double perSecond);

/// An access pattern of an entity: what the application does with the data and how often.
struct Pattern
{
    QString name;
    PatternType type = PatternType::LookupByKey;
    Frequency frequency = Frequency::Medium;
    QString with; ///< id of the other entity a join or transaction touches; empty for none
    /// Where an imported pattern came from ("pg_stat_user_indexes: 2058 scans of sessions_pkey
    /// ..."), so a reviewer can check it; empty for patterns written by hand. Optional in the file.
    QString source = {}; // an initializer: brace-initialized Patterns may leave it out
    /// Peak operations per second (format version 2); -1 when not given. Where given it decides
    /// `frequency` (frequencyForRate()), so a measured workload and a guessed one read the same.
    double perSecond = -1;

    bool operator==(const Pattern &) const = default;
};

/// How much data and traffic an entity really has (format version 2); -1: not given.
struct Workload
{
    qint64 items = -1;            ///< records or objects
    double itemBytes = -1;        ///< average size of one
    double egressGBPerMonth = -1; ///< bytes served to the internet a month, in GB

    bool isEmpty() const { return items < 0 && itemBytes < 0 && egressGBPerMonth < 0; }
    bool operator==(const Workload &) const = default;
};

/// A piece of data (Users, Orders, Avatars) and how it is used.
struct Entity
{
    QString id;
    QString name;
    QString description;
    QString notes; ///< the architect's rationale for where it lives; optional in the file
    SchemaKind schema = SchemaKind::Fixed;
    Durability durability = Durability::Critical;
    QString store; ///< id of the store holding it; empty when unplaced
    std::vector<Pattern> patterns;
    Workload workload; ///< optional (format version 2)

    bool operator==(const Entity &) const = default;
};

/// An instance of a store kind on the canvas ("Primary Postgres").
struct Store
{
    QString id;
    QString kind;
    QString name;
    double memoryGB = -1; ///< what an in-memory store holds before it evicts; -1: not given (v2)

    bool operator==(const Store &) const = default;
};

inline constexpr qint64 DefaultUsers = 1000;
inline constexpr qint64 MinUsers = 1;
inline constexpr qint64 MaxUsers = 100'000'000'000; // more than every person on Earth, tenfold

/// A whole storage design: the contents of one .storemap file.
struct Project
{
    QString name;
    QString notes; ///< the architect's rationale for the whole design; optional in the file
    qint64 users = DefaultUsers;
    std::vector<Store> stores;
    std::vector<Entity> entities;
    QStringList operates; ///< kind ids the team already runs, their burden paid (v2)

    int storeIndex(QStringView id) const;
    int entityIndex(QStringView id) const;
    const Store *store(QStringView id) const;
    const Entity *entity(QStringView id) const;
    /// The catalog index of the kind of the store holding @p entity, or -1 when unplaced.
    int kindOf(const Entity &entity, const Catalog &catalog) const;
    /// An id not used by any store or entity, derived from @p base ("users", "users-2", ...).
    QString uniqueId(const QString &base) const;

    bool operator==(const Project &) const = default;
};

/// The file format version @p project needs: 2 when it uses any field of version 2 (a workload,
/// a rate, a store's memory, the kinds the team operates), else 1, written byte for byte as before.
int formatVersionOf(const Project &project);

/// A workload in a few words ("1,000,000 items of 2,048 bytes, 500 GB/month egress"); "none"
/// when nothing is given.
QString workloadText(const Workload &workload);

/// One gigabyte as the stores count it (1024^3 bytes, as "400 KB" is DynamoDB's 409,600 bytes).
inline constexpr double BytesPerGB = 1024.0 * 1024.0 * 1024.0;
/// @p bytes in the largest unit that keeps a number of at least 1: "400 KB", "16 MB", "1.5 TB"
/// (1 KB = 1024 bytes).
QString formatBytes(double bytes);

/// A `with` link: an access pattern of one entity that joins or transacts with another.
struct WithLink
{
    QString from;             ///< id of the entity whose pattern names the other
    QString to;               ///< id of the entity it names
    QString pattern;          ///< the pattern's name ("Get user's orders")
    bool transaction = false; ///< a transaction rather than a join
    bool seam = false; ///< not in the same store (or one unplaced): the application joins them

    bool operator==(const WithLink &) const = default;
};

/// Whether a `with` link is a seam, given the ids of the stores its two entities are on (empty
/// when unplaced, or on a store the project does not have): the application joins them.
inline bool isSeam(const QString &here, const QString &there)
{
    return here.isEmpty() || here != there;
}

/// The `with` links of the one-to-many-join and transaction patterns, in project order: one per
/// pair (either way round) and kind, as the canvas and every export draw them.
std::vector<WithLink> withLinks(const Project &project);

} // namespace storemap
