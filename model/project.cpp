#include "model/project.h"

namespace storemap {

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

} // namespace storemap
