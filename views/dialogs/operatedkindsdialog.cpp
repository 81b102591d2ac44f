#include "views/dialogs/operatedkindsdialog.h"

#include "model/catalog.h"
#include "views/canvas/visuals.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace storemap {

OperatedKindsDialog::OperatedKindsDialog(const Catalog &catalog, const QStringList &operates,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Operated Kinds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the store kinds your team already runs in production: their "
                                "operational burden (monitoring, backups, upgrades, being woken "
                                "at 3 AM) is already paid."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const KindInfo &kind : catalog.kinds()) {
        auto *box = new QCheckBox(kind.name);
        box->setIcon(Visuals::kindIcon(kind.id));
        box->setChecked(operates.contains(kind.id));
        layout->addWidget(box);
        m_boxes.emplace_back(kind.id, box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_boxes.empty())
        m_boxes.front().second->setFocus();
}

QStringList OperatedKindsDialog::kinds() const
{
    QStringList ids;
    for (const auto &[id, box] : m_boxes) {
        if (box->isChecked())
            ids << id;
    }
    return ids;
}

QCheckBox *OperatedKindsDialog::checkBox(const QString &id) const
{
    for (const auto &[kind, box] : m_boxes) {
        if (kind == id)
            return box;
    }
    return nullptr;
}

} // namespace storemap
