#pragma once

#include "model/scoring.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

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
    /// What a row shows, to tell which rows an edit changed.
    struct Row
    {
        QString name;
        int kind = -1;
        FitRow fits;
        double traffic = 1;
        bool operator==(const Row &) const = default;
    };
    static QColor cellColor(double fit, bool placed);
    void onAnalysed();
    std::vector<Row> rows() const;
    Row rowAt(size_t entity) const;

    DesignContext *m_context;
    std::vector<Row> m_shown;
};

} // namespace storemap
