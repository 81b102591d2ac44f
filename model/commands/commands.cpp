#include "model/commands/commands.h"

#include "model/document.h"

#include <QCoreApplication>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Commands)
};

Entity entityOf(Document *doc, const QString &id)
{
    const Entity *e = doc->project().entity(id);
    return e ? *e : Entity{};
}

} // namespace

AddEntityCommand::AddEntityCommand(Document *doc, const Entity &entity, int index,
                                   QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Add entity \"%1\"").arg(entity.name), parent)
    , m_doc(doc)
    , m_entity(entity)
    , m_index(index)
{}

void AddEntityCommand::redo()
{
    m_doc->insertEntity(m_index, m_entity);
}

void AddEntityCommand::undo()
{
    m_doc->removeEntity(m_entity.id);
}

RemoveEntityCommand::RemoveEntityCommand(Document *doc, const QString &id, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Remove entity \"%1\"").arg(entityOf(doc, id).name), parent)
    , m_doc(doc)
    , m_id(id)
{}

void RemoveEntityCommand::redo()
{
    m_linkedBefore.clear();
    for (const Entity &e : m_doc->project().entities) {
        if (e.id == m_id)
            continue;
        Entity unlinked = e;
        for (Pattern &p : unlinked.patterns) {
            if (p.with == m_id)
                p.with.clear();
        }
        if (unlinked != e) {
            m_linkedBefore.push_back(e);
            m_doc->updateEntity(unlinked);
        }
    }
    m_index = m_doc->project().entityIndex(m_id);
    m_entity = m_doc->removeEntity(m_id);
}

void RemoveEntityCommand::undo()
{
    m_doc->insertEntity(m_index, m_entity);
    for (const Entity &e : m_linkedBefore)
        m_doc->updateEntity(e);
}

EditEntityCommand::EditEntityCommand(Document *doc, const Entity &before, const Entity &after,
                                     const QString &text, CommandId mergeId, Gesture gesture,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{}

void EditEntityCommand::redo()
{
    m_doc->updateEntity(m_after);
}

void EditEntityCommand::undo()
{
    m_doc->updateEntity(m_before);
}

bool EditEntityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditEntityCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_gesture != m_gesture)
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before); // typed back to where it started: no step at all
    return true;
}

EditEntityCommand *EditEntityCommand::rename(Document *doc, const QString &id, const QString &name,
                                             Gesture gesture)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.name = name;
    return new EditEntityCommand(doc, before, after, Tr::tr("Rename entity to \"%1\"").arg(name),
                                 CommandId::RenameEntity, gesture);
}

namespace {

/// An edit of one text field of entity @p id; @p text names the step, "%1" the entity.
EditEntityCommand *editText(Document *doc, const QString &id, QString Entity::*field,
                            const QString &value, const QString &text, CommandId command,
                            Gesture gesture)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.*field = value;
    return new EditEntityCommand(doc, before, after, text.arg(before.name), command, gesture);
}

} // namespace

EditEntityCommand *EditEntityCommand::setDescription(Document *doc, const QString &id,
                                                     const QString &text, Gesture gesture)
{
    return editText(doc, id, &Entity::description, text, Tr::tr("Describe \"%1\""),
                    CommandId::EditDescription, gesture);
}

EditEntityCommand *EditEntityCommand::setNotes(Document *doc, const QString &id,
                                               const QString &text, Gesture gesture)
{
    return editText(doc, id, &Entity::notes, text, Tr::tr("Note on \"%1\""), CommandId::EditNotes,
                    gesture);
}

EditEntityCommand *EditEntityCommand::setSchema(Document *doc, const QString &id, SchemaKind schema)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.schema = schema;
    return new EditEntityCommand(
        doc, before, after, Tr::tr("Set schema of \"%1\" to %2").arg(before.name, toId(schema)));
}

EditEntityCommand *EditEntityCommand::setDurability(Document *doc, const QString &id,
                                                    Durability durability)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.durability = durability;
    return new EditEntityCommand(
        doc, before, after,
        Tr::tr("Set durability of \"%1\" to %2").arg(before.name, toId(durability)));
}

EditEntityCommand *EditEntityCommand::addPattern(Document *doc, const QString &id,
                                                 const Pattern &pattern)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.patterns.push_back(pattern);
    return new EditEntityCommand(
        doc, before, after,
        Tr::tr("Add access pattern \"%1\" to \"%2\"").arg(pattern.name, before.name));
}

EditEntityCommand *EditEntityCommand::editPattern(Document *doc, const QString &id, int index,
                                                  const Pattern &pattern)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    if (index >= 0 && index < int(after.patterns.size()))
        after.patterns[size_t(index)] = pattern;
    return new EditEntityCommand(doc, before, after,
                                 Tr::tr("Edit access pattern \"%1\"").arg(pattern.name));
}

EditEntityCommand *EditEntityCommand::removePattern(Document *doc, const QString &id, int index)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    QString name;
    if (index >= 0 && index < int(after.patterns.size())) {
        name = after.patterns[size_t(index)].name;
        after.patterns.erase(after.patterns.begin() + index);
    }
    return new EditEntityCommand(doc, before, after,
                                 Tr::tr("Remove access pattern \"%1\"").arg(name));
}

EditEntityCommand *EditEntityCommand::movePattern(Document *doc, const QString &id, int from,
                                                  int to)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    const int n = int(after.patterns.size());
    if (from >= 0 && from < n && to >= 0 && to < n && from != to) {
        const Pattern p = after.patterns[size_t(from)];
        after.patterns.erase(after.patterns.begin() + from);
        after.patterns.insert(after.patterns.begin() + to, p);
    }
    return new EditEntityCommand(doc, before, after,
                                 Tr::tr("Reorder access patterns of \"%1\"").arg(before.name));
}

EditEntityCommand *EditEntityCommand::setWorkload(Document *doc, const QString &id,
                                                  const Workload &workload)
{
    const Entity before = entityOf(doc, id);
    Entity after = before;
    after.workload = workload;
    return new EditEntityCommand(doc, before, after,
                                 Tr::tr("Set workload of \"%1\"").arg(before.name));
}

PlaceEntityCommand::PlaceEntityCommand(Document *doc, const QString &entityId,
                                       const QString &storeId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_entity(entityId)
    , m_from(entityOf(doc, entityId).store)
    , m_to(storeId)
{
    const Store *store = doc->project().store(storeId);
    const QString name = entityOf(doc, entityId).name;
    setText(store ? Tr::tr("Place \"%1\" on \"%2\"").arg(name, store->name)
                  : Tr::tr("Unplace \"%1\"").arg(name));
}

void PlaceEntityCommand::redo()
{
    m_doc->placeEntity(m_entity, m_to);
}

void PlaceEntityCommand::undo()
{
    m_doc->placeEntity(m_entity, m_from);
}

AddStoreCommand::AddStoreCommand(Document *doc, const Store &store, int index, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Add store \"%1\"").arg(store.name), parent)
    , m_doc(doc)
    , m_store(store)
    , m_index(index)
{}

void AddStoreCommand::redo()
{
    m_doc->insertStore(m_index, m_store);
}

void AddStoreCommand::undo()
{
    m_doc->removeStore(m_store.id);
}

RemoveStoreCommand::RemoveStoreCommand(Document *doc, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
{
    if (const Store *s = doc->project().store(id))
        m_store = *s;
    m_store.id = id;
    setText(Tr::tr("Remove store \"%1\"").arg(m_store.name));
}

void RemoveStoreCommand::redo()
{
    m_entities.clear();
    for (const Entity &e : m_doc->project().entities) {
        if (e.store == m_store.id)
            m_entities << e.id;
    }
    m_index = m_doc->project().storeIndex(m_store.id);
    m_store = m_doc->removeStore(m_store.id);
}

void RemoveStoreCommand::undo()
{
    m_doc->insertStore(m_index, m_store);
    for (const QString &id : std::as_const(m_entities))
        m_doc->placeEntity(id, m_store.id);
}

RenameStoreCommand::RenameStoreCommand(Document *doc, const QString &id, const QString &name,
                                       Gesture gesture, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Rename store to \"%1\"").arg(name), parent)
    , m_doc(doc)
    , m_id(id)
    , m_after(name)
    , m_gesture(gesture)
{
    if (const Store *s = doc->project().store(id))
        m_before = s->name;
}

void RenameStoreCommand::redo()
{
    if (const Store *s = m_doc->project().store(m_id)) {
        Store next = *s;
        next.name = m_after;
        m_doc->updateStore(next);
    }
}

void RenameStoreCommand::undo()
{
    if (const Store *s = m_doc->project().store(m_id)) {
        Store next = *s;
        next.name = m_before;
        m_doc->updateStore(next);
    }
}

bool RenameStoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameStoreCommand *>(other);
    if (next->m_id != m_id || next->m_gesture != m_gesture)
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before);
    return true;
}

SetStoreMemoryCommand::SetStoreMemoryCommand(Document *doc, const QString &id, double memoryGB,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_id(id)
    , m_after(memoryGB)
{
    QString name;
    if (const Store *s = doc->project().store(id)) {
        name = s->name;
        m_before = s->memoryGB;
    }
    setText(
        memoryGB >= 0
            ? Tr::tr("Set memory of \"%1\" to %2 GB").arg(name, QString::number(memoryGB, 'g', 12))
            : Tr::tr("Clear memory of \"%1\"").arg(name));
}

void SetStoreMemoryCommand::redo()
{
    apply(m_after);
}

void SetStoreMemoryCommand::undo()
{
    apply(m_before);
}

void SetStoreMemoryCommand::apply(double memoryGB)
{
    if (const Store *s = m_doc->project().store(m_id)) {
        Store next = *s;
        next.memoryGB = memoryGB;
        m_doc->updateStore(next);
    }
}

SetUsersCommand::SetUsersCommand(Document *doc, qint64 users, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Set scale to %1 users").arg(users), parent)
    , m_doc(doc)
    , m_before(doc->project().users)
    , m_after(users)
{}

void SetUsersCommand::redo()
{
    m_doc->setUsers(m_after);
}

void SetUsersCommand::undo()
{
    m_doc->setUsers(m_before);
}

RenameProjectCommand::RenameProjectCommand(Document *doc, const QString &name, Gesture gesture,
                                           QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Rename project to \"%1\"").arg(name), parent)
    , m_doc(doc)
    , m_before(doc->project().name)
    , m_after(name)
    , m_gesture(gesture)
{}

void RenameProjectCommand::redo()
{
    m_doc->setName(m_after);
}

void RenameProjectCommand::undo()
{
    m_doc->setName(m_before);
}

bool RenameProjectCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameProjectCommand *>(other);
    if (next->m_gesture != m_gesture)
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before);
    return true;
}

SetOperatedKindsCommand::SetOperatedKindsCommand(Document *doc, const QStringList &kinds,
                                                 QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Set operated kinds"), parent)
    , m_doc(doc)
    , m_before(doc->project().operates)
    , m_after(kinds)
{}

void SetOperatedKindsCommand::redo()
{
    m_doc->setOperates(m_after);
}

void SetOperatedKindsCommand::undo()
{
    m_doc->setOperates(m_before);
}

ApplyLayoutCommand::ApplyLayoutCommand(Document *doc, const Project &after, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? Tr::tr("Apply suggested layout") : text, parent)
    , m_doc(doc)
    , m_before(doc->project())
    , m_after(after)
{}

void ApplyLayoutCommand::redo()
{
    m_doc->setProject(m_after);
}

void ApplyLayoutCommand::undo()
{
    m_doc->setProject(m_before);
}

} // namespace storemap
