#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>

#include <vector>

class QTableView;

namespace storemap {

class DesignContext;

/// The findings of the shared Analysis: severity icon, rule, message, entity. After an analysis it
/// removes, inserts and changes the rows that differ, so an edit that touches a few findings of
/// thousands leaves the others (and the heights the view measured for them) alone.
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
    void follow();
    void take(const Findings &findings); ///< shows @p findings, all anew

    DesignContext *m_context;
    Findings m_rows; ///< what the rows show: the analysis's findings once followed
};

/// Makes @p view the Findings panel's table of @p model: one row selected at a time, each finding's
/// text wrapped, the rows on screen as tall as their text and Where and Rule as wide as theirs
/// (VisibleRowsFitter).
void showFindings(QTableView *view, FindingsModel *model);

} // namespace storemap
