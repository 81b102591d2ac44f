#pragma once

#include <QDialog>

#include <utility>
#include <vector>

class QCheckBox;

namespace storemap {

class Catalog;

/// Edit > Operated Kinds: the store kinds the team already runs, one check box each (Tab moves,
/// Space ticks).
class OperatedKindsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens with the kinds in @p operates ticked.
    OperatedKindsDialog(const Catalog &catalog, const QStringList &operates,
                        QWidget *parent = nullptr);

    /// The ticked kinds' ids, in catalog order.
    QStringList kinds() const;
    /// The check box of kind @p id, or nullptr.
    QCheckBox *checkBox(const QString &id) const;

private:
    std::vector<std::pair<QString, QCheckBox *>> m_boxes; ///< kind id and its box, catalog order
};

} // namespace storemap
