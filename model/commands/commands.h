#pragma once

#include "model/project.h"

#include <QUndoCommand>

#include <vector>

namespace storemap {

class Document;

/// Ids of the commands that merge with their successor (QUndoCommand::id()); one enum for all.
enum class CommandId {
    None = -1, ///< QUndoCommand's "never merges"
    RenameEntity = 1,
    EditDescription,
    EditNotes,
    RenameStore,
    RenameProject,
};

/// One typing gesture: the edits made while one field keeps the focus merge into one undo step
/// (whose text is the final value); the next gesture starts a new step.
using Gesture = quint64;

/// Adds an entity (at the end, or at @p index).
class AddEntityCommand : public QUndoCommand
{
public:
    AddEntityCommand(Document *doc, const Entity &entity, int index = -1,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Entity m_entity;
    int m_index;
};

/// Removes an entity; the access patterns of others that pointed at it lose their `with` link,
/// and undo gives both back.
class RemoveEntityCommand : public QUndoCommand
{
public:
    RemoveEntityCommand(Document *doc, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    QString m_id;
    Entity m_entity;
    int m_index = -1;
    std::vector<Entity> m_linkedBefore; ///< other entities whose patterns named this one
};

/// Replaces an entity's editable fields (name, description, schema, durability, patterns, workload)
/// by id.
/// The factories below build one for each user action.
class EditEntityCommand : public QUndoCommand
{
public:
    EditEntityCommand(Document *doc, const Entity &before, const Entity &after, const QString &text,
                      CommandId mergeId = CommandId::None, Gesture gesture = 0,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    static EditEntityCommand *rename(Document *doc, const QString &id, const QString &name,
                                     Gesture gesture = 0);
    static EditEntityCommand *setDescription(Document *doc, const QString &id, const QString &text,
                                             Gesture gesture = 0);
    static EditEntityCommand *setNotes(Document *doc, const QString &id, const QString &text,
                                       Gesture gesture = 0);
    static EditEntityCommand *setSchema(Document *doc, const QString &id, SchemaKind schema);
    static EditEntityCommand *setDurability(Document *doc, const QString &id,
                                            Durability durability);
    static EditEntityCommand *addPattern(Document *doc, const QString &id, const Pattern &pattern);
    static EditEntityCommand *editPattern(Document *doc, const QString &id, int index,
                                          const Pattern &pattern);
    static EditEntityCommand *removePattern(Document *doc, const QString &id, int index);
    static EditEntityCommand *movePattern(Document *doc, const QString &id, int from, int to);
    static EditEntityCommand *setWorkload(Document *doc, const QString &id,
                                          const Workload &workload);

private:
    Document *m_doc;
    Entity m_before;
    Entity m_after;
    CommandId m_mergeId;
    Gesture m_gesture;
};

/// Puts an entity on a store (an empty store id unplaces it).
class PlaceEntityCommand : public QUndoCommand
{
public:
    PlaceEntityCommand(Document *doc, const QString &entityId, const QString &storeId,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    QString m_entity;
    QString m_from;
    QString m_to;
};

class AddStoreCommand : public QUndoCommand
{
public:
    AddStoreCommand(Document *doc, const Store &store, int index = -1,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Store m_store;
    int m_index;
};

/// Removes a store; its entities become unplaced, and undo puts them back.
class RemoveStoreCommand : public QUndoCommand
{
public:
    RemoveStoreCommand(Document *doc, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Store m_store;
    int m_index = -1;
    QStringList m_entities;
};

class RenameStoreCommand : public QUndoCommand
{
public:
    RenameStoreCommand(Document *doc, const QString &id, const QString &name, Gesture gesture = 0,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::RenameStore); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    QString m_id;
    QString m_before;
    QString m_after;
    Gesture m_gesture;
};

/// Sets what a store holds in memory before it evicts, in GB (-1: not given).
class SetStoreMemoryCommand : public QUndoCommand
{
public:
    SetStoreMemoryCommand(Document *doc, const QString &id, double memoryGB,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(double memoryGB);

    Document *m_doc;
    QString m_id;
    double m_before = -1;
    double m_after;
};

/// Changes the expected users: one step per change (the slider pushes once, on release).
class SetUsersCommand : public QUndoCommand
{
public:
    SetUsersCommand(Document *doc, qint64 users, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    qint64 m_before;
    qint64 m_after;
};

class RenameProjectCommand : public QUndoCommand
{
public:
    RenameProjectCommand(Document *doc, const QString &name, Gesture gesture = 0,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::RenameProject); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    QString m_before;
    QString m_after;
    Gesture m_gesture;
};

/// Sets the kinds the team already operates (Project::operates).
class SetOperatedKindsCommand : public QUndoCommand
{
public:
    SetOperatedKindsCommand(Document *doc, const QStringList &kinds,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    QStringList m_before;
    QStringList m_after;
};

/// Replaces the whole project in one step: applying the advisor's layout, or reloading the file
/// another program changed (@p text names the step; by default "Apply suggested layout").
class ApplyLayoutCommand : public QUndoCommand
{
public:
    ApplyLayoutCommand(Document *doc, const Project &after, const QString &text = {},
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Project m_before;
    Project m_after;
};

} // namespace storemap
