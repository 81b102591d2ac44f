#pragma once

#include "model/advisor.h"

#include <QDialog>

class QTreeWidget;

namespace storemap {

/// "Suggest layout": the advisor's plan (what moves where, which stores appear or go, why, and
/// the runners-up it rejected). Accepting it is applied by the caller as one ApplyLayoutCommand.
class AdviceDialog : public QDialog
{
    Q_OBJECT

public:
    AdviceDialog(const Project &project, const Catalog &catalog, QWidget *parent = nullptr);

    const Advice &advice() const { return m_advice; }
    /// The project as it would be after applying the advice.
    const Project &layout() const { return m_after; }
    /// Entities that would move ("Users: Mongo → PostgreSQL").
    QStringList moves() const { return m_moves; }
    QStringList storesAdded() const { return m_added; }
    QStringList storesRemoved() const { return m_removed; }
    bool changesAnything() const { return m_after != m_before; }

private:
    void build();

    const Catalog &m_catalog;
    Project m_before;
    Advice m_advice;
    Project m_after;
    QStringList m_moves, m_added, m_removed;
    QTreeWidget *m_tree;
};

} // namespace storemap
