#include "views/panels/findingsmodel.h"

#include "model/designcontext.h"
#include "model/placement.h"
#include "views/canvas/visuals.h"
#include "views/panels/visiblerows.h"

#include "model/document.h"

#include <QHeaderView>
#include <QTableView>

namespace storemap {

namespace {
/// Whether @p a and @p b are the same finding. An edit keeps the findings it did not find again,
/// and the rows share their strings: the same data, of the same length, is the same text, and
/// only the findings found again are compared character by character.
bool same(const Finding &a, const Finding &b)
{
    auto shared = [](const auto &x, const auto &y) {
        return x.constData() == y.constData() && x.size() == y.size();
    };
    return (a.severity == b.severity && a.text == b.text && shared(a.rule, b.rule) &&
            shared(a.entity, b.entity) && shared(a.store, b.store) && shared(a.args, b.args)) ||
           a == b;
}
} // namespace

void FindingsModel::take(const Findings &findings)
{
    // A copy of its own, made now: a list shared with the analysis was copied, all of it, by the
    // analysis's next edit, in the frame of a drop (3 ms of one at 20,000 entities).
    m_rows = findings;
    m_rows.detach();
}

FindingsModel::FindingsModel(DesignContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    take(m_context->analysis().findings);
    connect(m_context, &DesignContext::analysed, this, &FindingsModel::follow);
}

void FindingsModel::follow()
{
    const Findings &now = m_context->analysis().findings;
    // Both lists are in the same order, so each difference is a run of rows gone, a run of rows
    // new (each found again within a short look-ahead) or a row changed. Past a few hundred
    // differences a reset costs the views less. The rows the analysis kept as they were, at the
    // start and at the end, are not looked at.
    const auto [first, atEnd] = m_context->findingsKept();
    const bool kept = first + atEnd <= size_t(std::min(now.size(), m_rows.size()));
    const qsizetype nowEnd = now.size() - (kept ? qsizetype(atEnd) : 0);
    const qsizetype rowsEnd = m_rows.size() - (kept ? qsizetype(atEnd) : 0);
    constexpr qsizetype LookAhead = 64;
    constexpr int MaxSteps = 256;
    int steps = 0;
    // How far ahead of @p from, before @p end, @p row comes again in @p in (0: not within the
    // look-ahead).
    auto ahead = [](const Findings &in, qsizetype from, qsizetype end, const Finding &row) {
        for (qsizetype k = 1; k <= LookAhead && from + k < end; ++k) {
            if (same(in[from + k], row))
                return k;
        }
        return qsizetype(0);
    };
    qsizetype i = kept ? qsizetype(first) : 0;
    qsizetype rowsLeft = rowsEnd; // where the rows to compare end, as rows go and come
    while (i < nowEnd || i < rowsLeft) {
        if (i < nowEnd && i < rowsLeft && same(m_rows.at(i), now.at(i))) {
            ++i;
            continue;
        }
        if (++steps > MaxSteps) {
            beginResetModel();
            take(now);
            endResetModel();
            return;
        }
        const qsizetype gone = i >= nowEnd     ? rowsLeft - i
                               : i >= rowsLeft ? 0
                                               : ahead(m_rows, i, rowsLeft, now.at(i));
        const qsizetype added = i >= rowsLeft ? nowEnd - i
                                : i >= nowEnd ? 0
                                              : ahead(now, i, nowEnd, m_rows.at(i));
        if (gone > 0 && (added == 0 || gone <= added)) {
            beginRemoveRows({}, int(i), int(i + gone - 1));
            m_rows.remove(i, gone);
            endRemoveRows();
            rowsLeft -= gone;
        } else if (added > 0) {
            beginInsertRows({}, int(i), int(i + added - 1));
            m_rows.insert(i, added, Finding{}); // one move of the rows after them
            std::copy(now.begin() + i, now.begin() + i + added, m_rows.begin() + i);
            endInsertRows();
            i += added;
            rowsLeft += added;
        } else {
            m_rows[i] = now[i];
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            ++i;
        }
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Finding &f = m_rows[index.row()];
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
    for (const Finding &f : m_rows)
        result << f.rule;
    return result;
}

void showFindings(QTableView *view, FindingsModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn,
                                                   QHeaderView::Stretch);
    // The entity and rule columns fit their text, measured without laying it out: in
    // ResizeToContents mode the header measured a hundred rows after every edit.
    new VisibleRowsFitter(view, {FindingsModel::EntityColumn, FindingsModel::RuleColumn});
}

} // namespace storemap
