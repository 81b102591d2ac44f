#pragma once

#include "model/catalog.h"

#include <QAbstractTableModel>

#include <QStringList>

#include <array>

namespace storemap {

class DesignContext;

/// The lesson's decision matrix (criteria x kinds) as a reference; the rows that matter for the
/// current entity's access patterns, schema and durability are highlighted.
class DecisionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RelevantRole = Qt::UserRole + 1 };

    explicit DecisionMatrixModel(DesignContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Why row @p row matters for the current entity; empty when it does not.
    QStringList whyRelevant(int row) const;

private:
    void onChanged();

    DesignContext *m_context;
    std::array<QStringList, CriterionCount> m_why; ///< per matrix row
    int m_placedKind = -2; ///< the current entity's store kind (-1: none), as last shown
};

} // namespace storemap
