#pragma once

#include <QAbstractTableModel>

namespace storemap {

class DesignContext;
class OptionalNumberValidator;
struct Pattern;

/// The access patterns of the current entity: name, type, frequency, rate, `with`. Every edit is an
/// undo command; the table redraws from the document. Where a rate is given it decides the
/// frequency, which then reads as derived (italic, with the rule in its tooltip) and cannot be
/// edited: clearing the rate gives the word back to the user.
class PatternTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FrequencyColumn, RateColumn, WithColumn, ColumnCount };
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
    /// Edit role: a name, the id of a type, frequency or `with` entity, or a rate (empty: not
    /// given).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void addPattern();
    void removePattern(int row);
    void movePattern(int from, int to);

    /// What the rate column takes: empty, or 0 to the file's limit of operations per second.
    static OptionalNumberValidator *rateValidator(QObject *parent = nullptr);

private:
    void onChanged();
    /// The pattern shown in @p row, or nullptr.
    const Pattern *pattern(int row) const;

    DesignContext *m_context;
    QString m_entityId;
    int m_rows = 0;
};

} // namespace storemap
