#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QStyledItemDelegate>

class QComboBox;

namespace storemap {

/// Edits a cell whose model offers ChoicesRole (label, id pairs) with a combo box. Typing selects
/// the first choice whose label or id starts with everything typed so far; Enter or Tab commit.
/// The pattern table's rate gets a number field bounded as the file reader bounds it.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    /// The first item of @p combo whose label or id starts with @p prefix (any case), or -1.
    static int match(const QComboBox *combo, const QString &prefix);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString m_prefix;
    QElapsedTimer m_typed;
    QPointer<QComboBox> m_typedIn;
};

} // namespace storemap
