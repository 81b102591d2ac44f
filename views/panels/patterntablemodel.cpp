#include "views/panels/patterntablemodel.h"

#include "model/designcontext.h"
#include "views/panels/optionalnumbervalidator.h"

#include "model/commands/commands.h"
#include "model/document.h"
#include "model/placement.h"
#include "model/projectio.h"

#include <QFont>
#include <QUndoStack>

#include <memory>

namespace storemap {

namespace {

/// The rates that make frequency word @p f (see frequencyForRate()).
QString rateBand(Frequency f)
{
    switch (f) {
    case Frequency::VeryHigh:
        return PatternTableModel::tr("%1 per second or more").arg(VeryHighPerSecond);
    case Frequency::High:
        return PatternTableModel::tr("%1 to under %2 per second")
            .arg(HighPerSecond)
            .arg(VeryHighPerSecond);
    case Frequency::Medium:
        return PatternTableModel::tr("%1 to under %2 per second")
            .arg(MediumPerSecond)
            .arg(HighPerSecond);
    case Frequency::Low:
        break;
    }
    return PatternTableModel::tr("under %1 per second").arg(MediumPerSecond);
}

} // namespace

OptionalNumberValidator *PatternTableModel::rateValidator(QObject *parent)
{
    return new OptionalNumberValidator(0, limits::PerSecond, false, parent);
}

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

const Pattern *PatternTableModel::pattern(int row) const
{
    const Entity *e = m_context->document()->project().entity(m_entityId);
    return e && row >= 0 && size_t(row) < e->patterns.size() ? &e->patterns[size_t(row)] : nullptr;
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
    case FrequencyColumn: {
        const bool derived = p.perSecond >= 0;
        const Frequency frequency = derived ? frequencyForRate(p.perSecond) : p.frequency;
        if (role == Qt::DisplayRole)
            return catalog.frequency(frequency).label;
        if (role == Qt::EditRole || role == IdRole)
            return toId(frequency);
        if (role == Qt::FontRole && derived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole && derived)
            return tr("Decided by the rate: %1 per second is “%2” (%3). Clear the rate to choose "
                      "the frequency yourself.")
                .arg(OptionalNumberValidator::text(p.perSecond), catalog.frequency(frequency).label,
                     rateBand(frequency));
        break;
    }
    case RateColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == IdRole)
            return OptionalNumberValidator::text(p.perSecond);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Peak operations per second; when given it decides the frequency. Empty: "
                      "not given.");
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
    case RateColumn:
        return tr("Rate (/s)");
    case WithColumn:
        return tr("With");
    default:
        return {};
    }
}

Qt::ItemFlags PatternTableModel::flags(const QModelIndex &index) const
{
    // A frequency its rate decides is not the user's to pick: changing the word would either
    // contradict the rate (which wins when the file is written) or silently drop a measurement.
    const Pattern *p = pattern(index.row());
    if (index.column() == FrequencyColumn && p && p->perSecond >= 0)
        return QAbstractTableModel::flags(index);
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
        if (p.perSecond >= 0 || !parseFrequency(text, &p.frequency))
            return false;
        break;
    case RateColumn: {
        const std::unique_ptr<OptionalNumberValidator> rate(rateValidator());
        if (!rate->accepts(text))
            return false;
        p.perSecond = OptionalNumberValidator::value(text);
        if (p.perSecond >= 0)
            p.frequency = frequencyForRate(p.perSecond);
        // Cleared, the word the rate decided stands until the user picks another.
        break;
    }
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
