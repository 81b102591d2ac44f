#include "model/project.h"

#include <QLocale>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace storemap {

Frequency frequencyForRate(double perSecond)
{
    if (perSecond >= VeryHighPerSecond)
        return Frequency::VeryHigh;
    if (perSecond >= HighPerSecond)
        return Frequency::High;
    if (perSecond >= MediumPerSecond)
        return Frequency::Medium;
    return Frequency::Low;
}

QString formatBytes(double bytes)
{
    static const char *const units[] = {"bytes", "KB", "MB", "GB", "TB", "PB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 5) {
        bytes /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QString::number(bytes, 'g', 3), QLatin1String(units[unit]));
}

QString workloadText(const Workload &w)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // 1,000,000: the C locale's digits, grouped
    QStringList parts;
    if (w.items >= 0)
        parts << QStringLiteral("%1 items").arg(c.toString(w.items));
    if (w.itemBytes >= 0)
        parts << QStringLiteral("%1 bytes each").arg(c.toString(w.itemBytes, 'g', 12));
    if (w.egressGBPerMonth >= 0)
        parts << QStringLiteral("%1 GB/month egress").arg(c.toString(w.egressGBPerMonth, 'g', 12));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

int formatVersionOf(const Project &project)
{
    if (!project.operates.isEmpty())
        return 2;
    for (const Store &s : project.stores) {
        if (s.memoryGB >= 0)
            return 2;
    }
    for (const Entity &e : project.entities) {
        if (!e.workload.isEmpty())
            return 2;
        for (const Pattern &p : e.patterns) {
            if (p.perSecond >= 0)
                return 2;
        }
    }
    return 1;
}

int Project::storeIndex(QStringView id) const
{
    for (size_t i = 0; i < stores.size(); ++i) {
        if (stores[i].id == id)
            return int(i);
    }
    return -1;
}

int Project::entityIndex(QStringView id) const
{
    for (size_t i = 0; i < entities.size(); ++i) {
        if (entities[i].id == id)
            return int(i);
    }
    return -1;
}

const Store *Project::store(QStringView id) const
{
    const int i = storeIndex(id);
    return i < 0 ? nullptr : &stores[size_t(i)];
}

const Entity *Project::entity(QStringView id) const
{
    const int i = entityIndex(id);
    return i < 0 ? nullptr : &entities[size_t(i)];
}

int Project::kindOf(const Entity &entity, const Catalog &catalog) const
{
    if (entity.store.isEmpty())
        return -1;
    const Store *s = store(entity.store);
    return s ? catalog.kindIndex(s->kind) : -1;
}

QString Project::uniqueId(const QString &base) const
{
    QString stem;
    for (const QChar c : base.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("item");
    QString id = stem;
    for (int n = 2; storeIndex(id) >= 0 || entityIndex(id) >= 0; ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

std::vector<WithLink> withLinks(const Project &project)
{
    QHash<QString, int> indexOf; // entity id -> index: a diff-sized project has thousands
    indexOf.reserve(qsizetype(project.entities.size()));
    QSet<QString> stores;
    for (const Store &s : project.stores)
        stores.insert(s.id);
    std::vector<QString> storeOf; // "" when unplaced
    storeOf.reserve(project.entities.size());
    for (const Entity &e : project.entities) {
        indexOf.insert(e.id, int(storeOf.size()));
        storeOf.push_back(stores.contains(e.store) ? e.store : QString());
    }
    std::vector<WithLink> links;
    QSet<quint64> seen;
    for (size_t i = 0; i < project.entities.size(); ++i) {
        const Entity &e = project.entities[i];
        for (const Pattern &p : e.patterns) {
            if (p.with.isEmpty() ||
                (p.type != PatternType::OneToManyJoin && p.type != PatternType::Transaction))
                continue;
            const auto other = indexOf.constFind(p.with);
            if (other == indexOf.cend() || size_t(*other) == i)
                continue;
            const bool transaction = p.type == PatternType::Transaction;
            // Orders' "Place order" with Payments and Payments' "Record payment" with Orders are
            // one line in the picture: a pair counts once per kind of link, either way round.
            const quint64 low = std::min<quint64>(i, quint64(*other));
            const quint64 high = std::max<quint64>(i, quint64(*other));
            const quint64 key = (low << 33) | (high << 1) | (transaction ? 1 : 0);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            links.push_back(
                {e.id, p.with, p.name, transaction, isSeam(storeOf[i], storeOf[size_t(*other)])});
        }
    }
    return links;
}

} // namespace storemap
