#pragma once

#include "model/catalog.h"

#include <QString>

#include <vector>

namespace storemap {

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

    bool operator==(const Pattern &) const = default;
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

    bool operator==(const Entity &) const = default;
};

/// An instance of a store kind on the canvas ("Primary Postgres").
struct Store
{
    QString id;
    QString kind;
    QString name;

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

/// The `with` links of the one-to-many-join and transaction patterns, in project order: one per
/// pair (either way round) and kind, as the canvas and every export draw them.
std::vector<WithLink> withLinks(const Project &project);

} // namespace storemap
