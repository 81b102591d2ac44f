#include "views/panels/patterntablemodel.h"

#include "model/designcontext.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "model/placement.h"

#include <QUndoStack>

namespace storemap {

PatternTableModel::PatternTableModel(DesignContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &PatternTableModel::onChanged);
    connect(m_context, &DesignContext::currentEntityChanged, this, &PatternTableModel::onChanged);
    m_entityId = m_context->currentEntity();
    const Entity *e = m_context->document()->project().entity(m_entityId);
    m_rows = e ? int(e->patterns.size()) : 0;
}

void PatternTableModel::onChanged()
{
    const QString id = m_context->currentEntity();
    const Entity *e = m_context->document()->project().entity(id);
    const int rows = e ? int(e->patterns.size()) : 0;
    if (id == m_entityId && rows == m_rows) {
        // Same rows: keep the view's current cell (the move buttons work from it).
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entityId = id;
    m_rows = rows;
    endResetModel();
}

int PatternTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PatternTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatternTableModel::data(const QModelIndex &index, int role) const
{
    const Project &project = m_context->document()->project();
    const Entity *e = project.entity(m_entityId);
    if (!e || !index.isValid() || size_t(index.row()) >= e->patterns.size())
        return {};
    const Pattern &p = e->patterns[size_t(index.row())];
    const Catalog &catalog = m_context->catalog();
    if (role == ChoicesRole) {
        QVariantList choices;
        auto add = [&choices](const QString &label, const QString &id) {
            choices << QVariant(QStringList{label, id});
        };
        if (index.column() == TypeColumn) {
            for (int i = 0; i < PatternTypeCount; ++i)
                add(catalog.patterns()[size_t(i)].label, toId(PatternType(i)));
        } else if (index.column() == FrequencyColumn) {
            for (int i = 0; i < FrequencyCount; ++i)
                add(catalog.frequencies()[size_t(i)].label, toId(Frequency(i)));
        } else if (index.column() == WithColumn) {
            add(tr("(none)"), QString());
            for (const Entity &other : project.entities) {
                if (other.id != e->id)
                    add(other.name, other.id);
            }
        }
        return choices;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == IdRole)
            return p.name;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return catalog.pattern(p.type).label;
        if (role == Qt::EditRole || role == IdRole)
            return toId(p.type);
        if (role == Qt::ToolTipRole)
            return tr("e.g. %1").arg(catalog.pattern(p.type).example);
        break;
    case FrequencyColumn:
        if (role == Qt::DisplayRole)
            return catalog.frequency(p.frequency).label;
        if (role == Qt::EditRole || role == IdRole)
            return toId(p.frequency);
        break;
    case WithColumn:
        if (role == Qt::DisplayRole) {
            const Entity *other = project.entity(p.with);
            return other ? other->name : QString();
        }
        if (role == Qt::EditRole || role == IdRole)
            return p.with;
        if (role == Qt::ToolTipRole)
            return tr("The other entity a join or transaction touches.");
        break;
    default:
        break;
    }
    return {};
}

QVariant PatternTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: // the table sits under "Access patterns": a longer title was cut off
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case FrequencyColumn:
        return tr("Frequency");
    case WithColumn:
        return tr("With");
    default:
        return {};
    }
}

Qt::ItemFlags PatternTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool PatternTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Document *doc = m_context->document();
    const Entity *e = doc->project().entity(m_entityId);
    if (role != Qt::EditRole || !e || !index.isValid() || size_t(index.row()) >= e->patterns.size())
        return false;
    Pattern p = e->patterns[size_t(index.row())];
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        if (const std::optional<QString> name = cleanName(text, p.name))
            p.name = *name;
        else
            return false;
        break;
    case TypeColumn:
        if (!parsePatternType(text, &p.type))
            return false;
        break;
    case FrequencyColumn:
        if (!parseFrequency(text, &p.frequency))
            return false;
        break;
    case WithColumn:
        if (!text.isEmpty() && !doc->project().entity(text))
            return false;
        p.with = text;
        break;
    default:
        return false;
    }
    if (p == e->patterns[size_t(index.row())])
        return false;
    doc->undoStack()->push(EditEntityCommand::editPattern(doc, m_entityId, index.row(), p));
    return true;
}

void PatternTableModel::addPattern()
{
    Document *doc = m_context->document();
    if (!doc->project().entity(m_entityId))
        return;
    Pattern p;
    p.name = tr("New access pattern");
    doc->undoStack()->push(EditEntityCommand::addPattern(doc, m_entityId, p));
}

void PatternTableModel::removePattern(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Document *doc = m_context->document();
    doc->undoStack()->push(EditEntityCommand::removePattern(doc, m_entityId, row));
}

void PatternTableModel::movePattern(int from, int to)
{
    if (from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return;
    Document *doc = m_context->document();
    doc->undoStack()->push(EditEntityCommand::movePattern(doc, m_entityId, from, to));
}

} // namespace storemap
