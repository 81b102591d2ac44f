#include "views/panels/findingsmodel.h"

#include "model/designcontext.h"
#include "model/placement.h"
#include "views/canvas/visuals.h"

#include "model/document.h"

namespace storemap {

FindingsModel::FindingsModel(DesignContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_context->analysis().findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const std::vector<Finding> &findings = m_context->analysis().findings;
    if (!index.isValid() || size_t(index.row()) >= findings.size())
        return {};
    const Finding &f = findings[size_t(index.row())];
    const Project &project = m_context->document()->project();
    if (role == EntityIdRole)
        return f.entity;
    if (role == RuleRole)
        return f.rule;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("<b>%1</b> (%2)<br>%3")
            .arg(f.rule, toId(f.severity), f.message().toHtmlEscaped());
    switch (index.column()) {
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return f.message();
        if (role == Qt::DecorationRole)
            return Visuals::severityIcon(f.severity);
        break;
    case EntityColumn:
        if (role == Qt::DisplayRole) {
            if (const Entity *e = m_context->entity(f.entity))
                return shortName(e->name, 16);
            if (const Store *s = project.store(f.store))
                return shortName(s->name, 16);
        }
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return f.rule;
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Finding");
    case EntityColumn:
        return tr("Where");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

void FindingsModel::activate(const QModelIndex &index)
{
    const QString entity = data(index, EntityIdRole).toString();
    if (!entity.isEmpty())
        m_context->setCurrentEntity(entity);
}

QStringList FindingsModel::rules() const
{
    QStringList result;
    for (const Finding &f : m_context->analysis().findings)
        result << f.rule;
    return result;
}

} // namespace storemap
