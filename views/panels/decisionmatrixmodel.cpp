#include "views/panels/decisionmatrixmodel.h"

#include "model/designcontext.h"

#include "model/document.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace storemap {

DecisionMatrixModel::DecisionMatrixModel(DesignContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &DecisionMatrixModel::onChanged);
    connect(m_context, &DesignContext::currentEntityChanged, this, &DecisionMatrixModel::onChanged);
    onChanged();
}

void DecisionMatrixModel::onChanged()
{
    const Entity *e = m_context->entity(m_context->currentEntity());
    const EntityScore *score = m_context->score(m_context->currentEntity());
    auto why = e ? matrixRowReasons(*e, m_context->catalog()) : decltype(m_why){};
    const int placed = score ? score->kind : -1;
    if (why == m_why && placed == m_placedKind)
        return; // most edits are of another entity: the rows say the same
    m_why = std::move(why);
    m_placedKind = placed;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QStringList DecisionMatrixModel::whyRelevant(int row) const
{
    return row >= 0 && size_t(row) < m_why.size() ? m_why[size_t(row)] : QStringList();
}

int DecisionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Catalog::matrixRows().size());
}

int DecisionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_context->catalog().kindCount();
}

QVariant DecisionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool relevant = !whyRelevant(index.row()).isEmpty();
    const EntityScore *score = m_context->score(m_context->currentEntity());
    const bool placedColumn = score && score->kind == index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_context->catalog().kind(index.column()).matrixText.value(index.row());
    case Qt::ToolTipRole:
        if (relevant)
            return tr("Matters for: %1").arg(whyRelevant(index.row()).join(QStringLiteral(", ")));
        return {};
    case Qt::BackgroundRole:
        if (relevant) {
            QColor c = QGuiApplication::palette().color(QPalette::Highlight);
            c.setAlphaF(placedColumn ? 0.42f : 0.22f);
            return c;
        }
        return {};
    case Qt::FontRole:
        if (relevant || placedColumn) {
            QFont f;
            f.setBold(relevant && placedColumn);
            return f;
        }
        return {};
    case RelevantRole:
        return relevant;
    default:
        return {};
    }
}

QVariant DecisionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < columnCount())
            return m_context->catalog().kind(section).name;
        return {};
    }
    const std::vector<MatrixRow> &rows = Catalog::matrixRows();
    if (section < 0 || size_t(section) >= rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("storemap::Catalog",
                                           rows[size_t(section)].label.toUtf8().constData());
    if (role == Qt::FontRole && !whyRelevant(section).isEmpty()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && !whyRelevant(section).isEmpty())
        return tr("Matters for: %1").arg(whyRelevant(section).join(QStringLiteral(", ")));
    return {};
}

} // namespace storemap
