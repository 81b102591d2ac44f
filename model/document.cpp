#include "model/document.h"

#include <QThreadPool>
#include <QUndoStack>

#include <utility>

namespace storemap {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

void Document::setProject(const Project &project)
{
    m_project = project;
    dropSnapshot();
    emit projectReset();
    announce();
}

void Document::insertEntity(int index, const Entity &entity)
{
    if (index < 0 || index > int(m_project.entities.size()))
        index = int(m_project.entities.size());
    m_project.entities.insert(m_project.entities.begin() + index, entity);
    announce();
}

Entity Document::removeEntity(const QString &id)
{
    const int i = m_project.entityIndex(id);
    if (i < 0)
        return {};
    Entity e = std::move(m_project.entities[size_t(i)]);
    m_project.entities.erase(m_project.entities.begin() + i);
    announce();
    return e;
}

void Document::updateEntity(const Entity &entity)
{
    const int i = m_project.entityIndex(entity.id);
    if (i < 0)
        return;
    Entity &current = m_project.entities[size_t(i)];
    Entity next = entity;
    next.store = current.store;
    if (current == next)
        return;
    m_changedFrom = std::exchange(current, std::move(next));
    announce(i);
}

void Document::placeEntity(const QString &entityId, const QString &storeId)
{
    const int i = m_project.entityIndex(entityId);
    if (i < 0 || (!storeId.isEmpty() && m_project.storeIndex(storeId) < 0))
        return;
    Entity &e = m_project.entities[size_t(i)];
    if (e.store == storeId)
        return;
    m_changedFrom = e;
    e.store = storeId;
    announce(i);
}

void Document::insertStore(int index, const Store &store)
{
    if (index < 0 || index > int(m_project.stores.size()))
        index = int(m_project.stores.size());
    m_project.stores.insert(m_project.stores.begin() + index, store);
    announce();
}

Store Document::removeStore(const QString &id)
{
    const int i = m_project.storeIndex(id);
    if (i < 0)
        return {};
    for (Entity &e : m_project.entities) {
        if (e.store == id)
            e.store.clear();
    }
    Store s = std::move(m_project.stores[size_t(i)]);
    m_project.stores.erase(m_project.stores.begin() + i);
    announce();
    return s;
}

void Document::updateStore(const Store &store)
{
    const int i = m_project.storeIndex(store.id);
    if (i < 0 || m_project.stores[size_t(i)] == store)
        return;
    m_project.stores[size_t(i)] = store;
    announce();
}

void Document::setUsers(qint64 users)
{
    users = std::clamp(users, MinUsers, MaxUsers);
    if (m_project.users == users)
        return;
    m_project.users = users;
    dropSnapshot();
    emit usersChanged(users);
    announce();
}

void Document::setName(const QString &name)
{
    if (m_project.name == name)
        return;
    m_project.name = name;
    announce();
}

void Document::setOperates(const QStringList &kinds)
{
    if (m_project.operates == kinds)
        return;
    m_project.operates = kinds;
    announce();
}

void Document::dropSnapshot()
{
    // Its last holder deletes it: when that is this thread, a thread of the pool does, since
    // deleting 20,000 entities costs a quarter of a frame.
    if (m_snapshot.use_count() == 1)
        QThreadPool::globalInstance()->start([old = std::move(m_snapshot)] {});
    m_snapshot.reset();
}

std::shared_ptr<const Project> Document::snapshot() const
{
    if (!m_snapshot)
        m_snapshot = std::make_shared<const Project>(m_project);
    return m_snapshot;
}

void Document::announce(int entity)
{
    dropSnapshot();
    m_changedEntity = entity;
    emit changed();
}

} // namespace storemap
