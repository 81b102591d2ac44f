#pragma once

#include "model/project.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace storemap {

/// The open project: owns its value, is changed only through this API (by undo commands), and
/// tells views what changed through past-tense signals.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    /// The project as it is now, for work on other threads: copied once after a change, however
    /// many take it (a copy of 20,000 entities is a frame's worth of work).
    std::shared_ptr<const Project> snapshot() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Replaces the whole project (open, new, apply a layout). Emits projectReset().
    void setProject(const Project &project);

    void insertEntity(int index, const Entity &entity);
    /// Removes an entity and returns it; an unknown id returns an empty entity.
    Entity removeEntity(const QString &id);
    /// Replaces the entity with the same id; the store it lives on is kept.
    void updateEntity(const Entity &entity);
    void placeEntity(const QString &entityId, const QString &storeId);

    void insertStore(int index, const Store &store);
    /// Removes a store; entities on it become unplaced.
    Store removeStore(const QString &id);
    void updateStore(const Store &store);

    void setUsers(qint64 users);
    void setName(const QString &name);
    /// The kind ids the team already runs (Project::operates).
    void setOperates(const QStringList &kinds);

    /// What the last change touched, for those that follow the project edit by edit: the index of
    /// the one entity edited or moved (its id kept), or -1 when anything may have changed.
    int changedEntity() const { return m_changedEntity; }
    /// The entity changedEntity() names, as it was before that change.
    const Entity &changedFrom() const { return m_changedFrom; }

signals:
    // The views follow one past-tense signal: after every change, DesignContext re-analyses the
    // project once and the canvas and panels bring themselves in line with it (matching items by
    // id). Finer signals had no listener, so they are gone rather than promised.
    void usersChanged(qint64 users);
    void projectReset();
    /// After any change to the project.
    void changed();

private:
    /// Emits changed() after a change of the entity at @p entity alone, or of anything (-1).
    void announce(int entity = -1);
    void dropSnapshot();

    Project m_project;
    mutable std::shared_ptr<const Project> m_snapshot; ///< made when asked, dropped on a change
    QUndoStack *m_undoStack;
    int m_changedEntity = -1;
    Entity m_changedFrom;
};

} // namespace storemap
