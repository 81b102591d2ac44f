#include "model/placement.h"

#include "model/commands/commands.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace storemap {

QString shortName(const QString &name, int letters)
{
    QString line = name;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    if (line.size() <= letters)
        return line;
    int cut = letters - 1;
    if (line.at(cut - 1).isHighSurrogate())
        --cut; // never half a letter
    return line.left(cut) + QChar(0x2026);
}

std::optional<QString> cleanName(const QString &typed, const QString &current)
{
    const QString name = typed.trimmed();
    if (name.isEmpty() || name == current)
        return std::nullopt;
    return name;
}

QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base, QString::number(n));
    return name;
}

Gesture newGesture()
{
    static Gesture last = 0;
    return ++last;
}

QString Placement::addStore(Document *doc, int kind)
{
    const KindInfo &info = Catalog::builtin().kind(kind);
    const Project &project = doc->project();
    Store store;
    store.id = project.uniqueId(info.id);
    store.kind = info.id;
    store.name = uniqueName(info.name, [&project](const QString &candidate) {
        return std::any_of(project.stores.begin(), project.stores.end(),
                           [&](const Store &s) { return s.name == candidate; });
    });
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
    const Project &project = doc->project();
    Entity entity;
    entity.name = uniqueName(tr("New entity"), [&project](const QString &candidate) {
        return std::any_of(project.entities.begin(), project.entities.end(),
                           [&](const Entity &e) { return e.name == candidate; });
    });
    entity.id = project.uniqueId(entity.name); // readable, and kept when the entity is renamed
    entity.store = storeId;
    doc->undoStack()->push(new AddEntityCommand(doc, entity));
    return entity.id;
}

bool Placement::renameEntity(Document *doc, const QString &id, const QString &typed,
                             Gesture gesture)
{
    const Entity *entity = doc->project().entity(id);
    const std::optional<QString> name = entity ? cleanName(typed, entity->name) : std::nullopt;
    if (!name)
        return false;
    doc->undoStack()->push(EditEntityCommand::rename(doc, id, *name, gesture));
    return true;
}

bool Placement::renameStore(Document *doc, const QString &id, const QString &typed, Gesture gesture)
{
    const Store *store = doc->project().store(id);
    const std::optional<QString> name = store ? cleanName(typed, store->name) : std::nullopt;
    if (!name)
        return false;
    doc->undoStack()->push(new RenameStoreCommand(doc, id, *name, gesture));
    return true;
}

bool Placement::renameProject(Document *doc, const QString &typed, Gesture gesture)
{
    const std::optional<QString> name = cleanName(typed, doc->project().name);
    if (!name)
        return false;
    doc->undoStack()->push(new RenameProjectCommand(doc, *name, gesture));
    return true;
}

} // namespace storemap
