#include "model/placement.h"

#include "model/commands/commands.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace storemap {

QString Placement::addStore(Document *doc, int kind)
{
    const KindInfo &info = Catalog::builtin().kind(kind);
    Store store;
    store.id = doc->project().uniqueId(info.id);
    store.kind = info.id;
    QString name = info.name;
    int n = 1;
    auto taken = [doc](const QString &candidate) {
        for (const Store &s : doc->project().stores) {
            if (s.name == candidate)
                return true;
        }
        return false;
    };
    while (taken(name))
        name = QStringLiteral("%1 %2").arg(info.name).arg(++n);
    store.name = name;
    doc->undoStack()->push(new AddStoreCommand(doc, store));
    return store.id;
}

QString Placement::storeOfKind(const Document *doc, int kind)
{
    const QString kindId = Catalog::builtin().kind(kind).id;
    for (const Store &s : doc->project().stores) {
        if (s.kind == kindId)
            return s.id;
    }
    return QString();
}

void Placement::moveToKind(Document *doc, const QString &entityId, int kind)
{
    const Entity *entity = doc->project().entity(entityId);
    if (!entity || kind < 0 || kind >= Catalog::builtin().kindCount())
        return;
    QString store = storeOfKind(doc, kind);
    if (!store.isEmpty() && entity->store == store)
        return;
    QUndoStack *stack = doc->undoStack();
    stack->beginMacro(tr("Move %1 to %2").arg(entity->name, Catalog::builtin().kind(kind).name));
    if (store.isEmpty())
        store = addStore(doc, kind);
    stack->push(new PlaceEntityCommand(doc, entityId, store));
    stack->endMacro();
}

QString Placement::addEntity(Document *doc, const QString &storeId)
{
    Entity entity;
    entity.id = doc->project().uniqueId(QStringLiteral("entity"));
    QString name = tr("New entity");
    int n = 1;
    auto taken = [doc](const QString &candidate) {
        for (const Entity &e : doc->project().entities) {
            if (e.name == candidate)
                return true;
        }
        return false;
    };
    while (taken(name))
        name = tr("New entity %1").arg(++n);
    entity.name = name;
    entity.store = storeId;
    doc->undoStack()->push(new AddEntityCommand(doc, entity));
    return entity.id;
}

} // namespace storemap
