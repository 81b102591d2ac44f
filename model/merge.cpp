#include "model/merge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Merge)
};

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("null") : QStringLiteral("\"%1\"").arg(value);
}
QString shown(qint64 value)
{
    return QString::number(value);
}
QString shown(double value)
{
    return value < 0 ? QStringLiteral("null") : QString::number(value, 'g', 12);
}
QString shown(const QStringList &value)
{
    return QLatin1Char('[') + value.join(QStringLiteral(", ")) + QLatin1Char(']');
}
template <typename Enum> QString shown(Enum value)
{
    return toId(value);
}

class Merger
{
public:
    std::vector<MergeConflict> conflicts;

    /// One field: whichever side changed it, or a conflict when both did, differently.
    template <typename T>
    T field(const T *base, const T &ours, const T &theirs, const QString &path)
    {
        if (ours == theirs)
            return ours;
        if (base && *base == ours)
            return theirs;
        if (base && *base == theirs)
            return ours;
        conflict(path, base ? Tr::tr("changed on both sides: ours %1, theirs %2 (was %3)")
                                  .arg(shown(ours), shown(theirs), shown(*base))
                            : Tr::tr("added on both sides with different values: ours %1, "
                                     "theirs %2")
                                  .arg(shown(ours), shown(theirs)));
        return ours;
    }

    void conflict(const QString &path, const QString &message)
    {
        conflicts.push_back({path, message});
    }

    /// A list whose items match by key (@p keysOf gives the keys of a list, in its order):
    /// additions and removals from either side combine, items on both sides merge field by field
    /// with @p mergeItem.
    template <typename T>
    std::vector<T>
    list(const std::vector<T> &base, const std::vector<T> &ours, const std::vector<T> &theirs,
         const std::function<QStringList(const std::vector<T> &)> &keysOf,
         const std::function<QString(const QString &)> &pathOf,
         const std::function<T(const T *, const T &, const T &, const QString &)> &mergeItem)
    {
        const QStringList oursKeys = keysOf(ours);
        const QStringList theirsKeys = keysOf(theirs);
        const QHash<QString, size_t> b = index(keysOf(base));
        const QHash<QString, size_t> o = index(oursKeys);
        const QHash<QString, size_t> t = index(theirsKeys);

        QHash<QString, T> kept;
        auto consider = [&](const QString &key) {
            if (kept.contains(key))
                return;
            const T *inBase = b.contains(key) ? &base[b.value(key)] : nullptr;
            const T *inOurs = o.contains(key) ? &ours[o.value(key)] : nullptr;
            const T *inTheirs = t.contains(key) ? &theirs[t.value(key)] : nullptr;
            if (inOurs && inTheirs) {
                kept.insert(key, mergeItem(inBase, *inOurs, *inTheirs, pathOf(key)));
            } else if (inOurs) {
                if (!inBase)
                    kept.insert(key, *inOurs); // added by ours
                else if (!(*inOurs == *inBase))
                    conflict(pathOf(key), Tr::tr("changed in ours, removed in theirs"));
            } else if (inTheirs) {
                if (!inBase)
                    kept.insert(key, *inTheirs);
                else if (!(*inTheirs == *inBase))
                    conflict(pathOf(key), Tr::tr("removed in ours, changed in theirs"));
            }
        };
        for (const QString &key : oursKeys)
            consider(key);
        for (const QString &key : theirsKeys)
            consider(key);

        // Ours' order; what only theirs has follows its predecessor in theirs. A run of theirs'
        // additions stays together after the item that precedes the run ("" = at the start).
        QHash<QString, QStringList> after;
        QString anchor;
        for (const QString &key : theirsKeys) {
            if (!kept.contains(key))
                continue;
            if (o.contains(key))
                anchor = key;
            else
                after[anchor] << key;
        }
        std::vector<T> out;
        out.reserve(size_t(kept.size()));
        auto emitAfter = [&](const QString &key) {
            for (const QString &added : after.value(key))
                out.push_back(kept.value(added));
        };
        emitAfter(QString());
        // Theirs' additions after an item wait until ours' own additions that follow it are out:
        // both sides appending gives ours' new items, then theirs'.
        QStringList anchors;
        for (const QString &key : oursKeys) {
            if (!kept.contains(key))
                continue;
            if (b.contains(key) || t.contains(key)) {
                for (const QString &a : std::as_const(anchors))
                    emitAfter(a);
                anchors.clear();
            }
            out.push_back(kept.value(key));
            anchors << key;
        }
        for (const QString &a : std::as_const(anchors))
            emitAfter(a);
        return out;
    }

private:
    static QHash<QString, size_t> index(const QStringList &keys)
    {
        QHash<QString, size_t> h;
        h.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            h.insert(keys[i], size_t(i));
        return h;
    }
};

/// The keys of patterns within their entity: a pattern's name, and from the second pattern of a
/// name on, which of them it is ("Get by id][1").
QStringList patternKeys(const std::vector<Pattern> &patterns)
{
    QHash<QString, int> seen;
    QStringList keys;
    keys.reserve(qsizetype(patterns.size()));
    for (const Pattern &p : patterns) {
        const int occurrence = seen[p.name]++;
        keys << (occurrence == 0 ? p.name : p.name + QStringLiteral("][%1").arg(occurrence));
    }
    return keys;
}

/// The path segment of a pattern key: `[name=Get by id]`, the second of a name `[name=X][1]`.
QString patternSegment(const QString &key)
{
    return QStringLiteral("[name=%1]").arg(key);
}

} // namespace

MergeResult mergeProjects(const Project &base, const Project &ours, const Project &theirs)
{
    Merger m;
    MergeResult result;
    Project &p = result.merged;
    p.name = m.field(&base.name, ours.name, theirs.name, QStringLiteral("$.name"));
    p.users = m.field(&base.users, ours.users, theirs.users, QStringLiteral("$.scale.users"));
    p.notes = m.field(&base.notes, ours.notes, theirs.notes, QStringLiteral("$.notes"));
    p.operates =
        m.field(&base.operates, ours.operates, theirs.operates, QStringLiteral("$.operates"));

    const auto storeIds = [](const std::vector<Store> &v) {
        QStringList ids;
        ids.reserve(qsizetype(v.size()));
        for (const Store &s : v)
            ids << s.id;
        return ids;
    };
    p.stores = m.list<Store>(
        base.stores, ours.stores, theirs.stores, storeIds,
        [](const QString &id) { return QStringLiteral("$.stores[id=%1]").arg(id); },
        [&m](const Store *b, const Store &o, const Store &t, const QString &path) {
            Store s = o;
            s.kind =
                m.field(b ? &b->kind : nullptr, o.kind, t.kind, path + QStringLiteral(".kind"));
            s.name =
                m.field(b ? &b->name : nullptr, o.name, t.name, path + QStringLiteral(".name"));
            s.memoryGB = m.field(b ? &b->memoryGB : nullptr, o.memoryGB, t.memoryGB,
                                 path + QStringLiteral(".memoryGB"));
            return s;
        });

    const auto entityIds = [](const std::vector<Entity> &v) {
        QStringList ids;
        ids.reserve(qsizetype(v.size()));
        for (const Entity &e : v)
            ids << e.id;
        return ids;
    };
    p.entities = m.list<Entity>(
        base.entities, ours.entities, theirs.entities, entityIds,
        [](const QString &id) { return QStringLiteral("$.entities[id=%1]").arg(id); },
        [&m](const Entity *b, const Entity &o, const Entity &t, const QString &path) {
            if (b && o == *b)
                return t; // the common case: one side changed the entity, the other did not
            if (b && t == *b)
                return o;
            Entity e = o;
            auto at = [&path](const char *name) {
                return path + QLatin1Char('.') + QLatin1String(name);
            };
            e.name = m.field(b ? &b->name : nullptr, o.name, t.name, at("name"));
            e.description = m.field(b ? &b->description : nullptr, o.description, t.description,
                                    at("description"));
            e.notes = m.field(b ? &b->notes : nullptr, o.notes, t.notes, at("notes"));
            e.schema = m.field(b ? &b->schema : nullptr, o.schema, t.schema, at("schema"));
            e.durability =
                m.field(b ? &b->durability : nullptr, o.durability, t.durability, at("durability"));
            e.store = m.field(b ? &b->store : nullptr, o.store, t.store, at("store"));
            const Workload *bw = b ? &b->workload : nullptr;
            e.workload.items = m.field(bw ? &bw->items : nullptr, o.workload.items,
                                       t.workload.items, at("workload.items"));
            e.workload.itemBytes = m.field(bw ? &bw->itemBytes : nullptr, o.workload.itemBytes,
                                           t.workload.itemBytes, at("workload.itemBytes"));
            e.workload.egressGBPerMonth =
                m.field(bw ? &bw->egressGBPerMonth : nullptr, o.workload.egressGBPerMonth,
                        t.workload.egressGBPerMonth, at("workload.egressGBPerMonth"));
            static const std::vector<Pattern> none;
            e.patterns = m.list<Pattern>(
                b ? b->patterns : none, o.patterns, t.patterns, patternKeys,
                [&path](const QString &key) {
                    return path + QStringLiteral(".patterns") + patternSegment(key);
                },
                [&m](const Pattern *pb, const Pattern &po, const Pattern &pt,
                     const QString &ppath) {
                    Pattern x = po;
                    x.type = m.field(pb ? &pb->type : nullptr, po.type, pt.type,
                                     ppath + QStringLiteral(".type"));
                    x.frequency = m.field(pb ? &pb->frequency : nullptr, po.frequency, pt.frequency,
                                          ppath + QStringLiteral(".frequency"));
                    x.with = m.field(pb ? &pb->with : nullptr, po.with, pt.with,
                                     ppath + QStringLiteral(".with"));
                    x.perSecond = m.field(pb ? &pb->perSecond : nullptr, po.perSecond, pt.perSecond,
                                          ppath + QStringLiteral(".perSecond"));
                    if (x.perSecond >= 0)
                        x.frequency = frequencyForRate(x.perSecond); // the rate decides
                    return x;
                });
            return e;
        });

    // What one side refers to may be what the other side removed.
    QSet<QString> entityIdSet;
    entityIdSet.reserve(qsizetype(p.entities.size()));
    for (const Entity &e : p.entities)
        entityIdSet.insert(e.id);
    for (const Entity &e : p.entities) {
        const QString path = QStringLiteral("$.entities[id=%1]").arg(e.id);
        const QStringList keys = patternKeys(e.patterns);
        if (!e.store.isEmpty() && p.storeIndex(e.store) < 0)
            m.conflict(path + QStringLiteral(".store"),
                       Tr::tr("placed on store \"%1\", which the other side removed").arg(e.store));
        for (size_t i = 0; i < e.patterns.size(); ++i) {
            const QString &with = e.patterns[i].with;
            if (!with.isEmpty() && !entityIdSet.contains(with))
                m.conflict(
                    path + QStringLiteral(".patterns") + patternSegment(keys[qsizetype(i)]) +
                        QStringLiteral(".with"),
                    Tr::tr("refers to entity \"%1\", which the other side removed").arg(with));
        }
    }
    result.conflicts = std::move(m.conflicts);
    return result;
}

} // namespace storemap
