#pragma once

#include <QAbstractTableModel>

namespace storemap {

class DesignContext;

/// The access patterns of the current entity: name, type, frequency, `with`. Every edit is an
/// undo command; the table redraws from the document.
class PatternTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FrequencyColumn, WithColumn, ColumnCount };
    /// The choices of a combo-box column: (label, id) pairs.
    enum Role { ChoicesRole = Qt::UserRole + 1, IdRole };

    explicit PatternTableModel(DesignContext *context, QObject *parent = nullptr);

    QString entityId() const { return m_entityId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Edit role: a name, or the id of a type, frequency or `with` entity.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void addPattern();
    void removePattern(int row);
    void movePattern(int from, int to);

private:
    void onChanged();

    DesignContext *m_context;
    QString m_entityId;
    int m_rows = 0;
};

} // namespace storemap
