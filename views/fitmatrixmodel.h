#pragma once

#include <QAbstractTableModel>
#include <QColor>

namespace storemap {

class DesignContext;

/// Entities x kinds heat map of fits, the current placement marked. Tooltips give each fit's
/// reasons; every number comes from the shared Analysis.
class FitMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { FitRole = Qt::UserRole + 1, PlacedRole, EntityIdRole };

    explicit FitMatrixModel(DesignContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// What double-clicking a cell does: moves the entity of @p index's row to a store of its
    /// column's kind, creating the store when needed, as one undo step.
    void moveToCell(const QModelIndex &index);
    int rowOf(const QString &entityId) const;

private:
    static QColor cellColor(double fit, bool placed);
    void onAnalysed();

    DesignContext *m_context;
    int m_rows = 0;
};

} // namespace storemap
