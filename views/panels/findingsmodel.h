#pragma once

#include <QAbstractTableModel>

namespace storemap {

class DesignContext;

/// The findings of the shared Analysis: severity icon, rule, message, entity.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, EntityColumn, RuleColumn, ColumnCount };
    enum Role { EntityIdRole = Qt::UserRole + 1, RuleRole };

    explicit FindingsModel(DesignContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// What clicking a finding does: selects its entity (if it names one).
    void activate(const QModelIndex &index);
    /// The rule ids listed, in order.
    QStringList rules() const;

private:
    DesignContext *m_context;
};

} // namespace storemap
