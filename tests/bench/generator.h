#pragma once

#include "model/project.h"

#include <random>

namespace storemap::bench {

/// A project of @p entities entities with varied patterns, stores and `with` links, the same for
/// the same arguments, so every benchmark measures the same work.
inline Project generateProject(int entities, qint64 users = 1'000'000, unsigned seed = 42)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const char *kinds[] = {"postgresql", "mongodb",       "dynamodb", "redis",
                           "s3",         "elasticsearch", "kafka",    "r2"};
    Project p;
    p.name = QStringLiteral("Generated %1").arg(entities);
    p.users = users;
    const int stores = std::max(2, std::min(16, entities / 25));
    for (int i = 0; i < stores; ++i) {
        const QString kind = QString::fromLatin1(kinds[i % 8]);
        p.stores.push_back(
            {QStringLiteral("store-%1").arg(i), kind, QStringLiteral("%1 %2").arg(kind).arg(i)});
    }
    for (int i = 0; i < entities; ++i) {
        Entity e;
        e.id = QStringLiteral("entity-%1").arg(i);
        e.name = QStringLiteral("Entity %1").arg(i);
        e.schema = SchemaKind(pick(2));
        e.durability = Durability(pick(3));
        if (pick(10) > 0)
            e.store = p.stores[size_t(pick(stores))].id;
        const int patterns = 1 + pick(4);
        for (int j = 0; j < patterns; ++j) {
            Pattern pt;
            pt.type = PatternType(pick(PatternTypeCount));
            pt.frequency = Frequency(pick(FrequencyCount));
            pt.name = QStringLiteral("%1 %2").arg(toId(pt.type)).arg(j);
            if ((pt.type == PatternType::OneToManyJoin || pt.type == PatternType::Transaction) &&
                i > 0)
                pt.with = QStringLiteral("entity-%1").arg(pick(i));
            e.patterns.push_back(pt);
        }
        p.entities.push_back(std::move(e));
    }
    return p;
}

} // namespace storemap::bench
