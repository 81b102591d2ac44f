#include "views/dialogs/advicedialog.h"

#include "model/fit.h"
#include "views/canvas/visuals.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storemap {

AdviceDialog::AdviceDialog(const Project &project, const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_before(project)
    , m_advice(advise(project, project.users, catalog))
    , m_after(applyAdvice(project, m_advice, catalog))
    , m_tree(new QTreeWidget)
{
    setWindowTitle(tr("Suggested layout"));
    resize(820, 640);
    build();
}

void AdviceDialog::build()
{
    const Layout &best = m_advice.best;
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(
        tr("<h3>%1</h3>At %2 users: overall fit <b>%3</b>, complexity <b>%4</b> of a budget of "
           "<b>%5</b>.")
            .arg(kindNames(best.kinds, m_catalog).toHtmlEscaped(), formatUsers(m_advice.users),
                 QString::number(rounded(best.overallFit)), QString::number(rounded(best.cost)),
                 QString::number(rounded(m_advice.budget))));
    headline->setWordWrap(true);
    layout->addWidget(headline);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Plan"), tr("Detail")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);
    m_tree->setRootIsDecorated(false);

    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        return item;
    };

    // Stores that appear and go
    auto *stores = section(tr("Stores"));
    for (const Store &s : m_after.stores) {
        if (!m_before.store(s.id)) {
            m_added << s.name;
            auto *item = new QTreeWidgetItem(stores, {tr("+ %1").arg(s.name), tr("new store")});
            item->setIcon(0, Visuals::kindIcon(s.kind));
        }
    }
    for (const Store &s : m_before.stores) {
        if (!m_after.store(s.id)) {
            m_removed << s.name;
            auto *item =
                new QTreeWidgetItem(stores, {tr("− %1").arg(s.name), tr("no longer needed")});
            item->setIcon(0, Visuals::kindIcon(s.kind));
        }
    }
    if (stores->childCount() == 0)
        new QTreeWidgetItem(stores, {tr("No store appears or goes.")});

    // Moves
    auto *moves = section(tr("Moves"));
    for (size_t i = 0; i < m_before.entities.size(); ++i) {
        const Entity &before = m_before.entities[i];
        const Entity *after = m_after.entity(before.id);
        if (!after || after->store == before.store)
            continue;
        const Store *from = m_before.store(before.store);
        const Store *to = m_after.store(after->store);
        const QString line = tr("%1: %2 → %3")
                                 .arg(before.name, from ? from->name : tr("Unplaced"),
                                      to ? to->name : tr("Unplaced"));
        m_moves << line;
        const double fit = i < best.fits.size() ? best.fits[i] : -1;
        auto *item = new QTreeWidgetItem(moves, {line, tr("fit %1").arg(formatFit(fit))});
        item->setBackground(1, Visuals::fitColor(fit));
        item->setForeground(1, Visuals::fitTextColor(fit));
    }
    if (moves->childCount() == 0)
        new QTreeWidgetItem(moves, {tr("Every entity stays where it is.")});

    // The reasons are sentences: they read better as wrapped text than as tree rows.
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("Why").toHtmlEscaped());
    for (const QString &reason : m_advice.reasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul><b>%1</b><ul>").arg(tr("Runners-up it rejected").toHtmlEscaped());
    for (const RejectedLayout &r : m_advice.rejected) {
        html += QStringLiteral("<li><b>%1</b> (fit %2, cost %3): %4</li>")
                    .arg(kindNames(r.layout.kinds, m_catalog).toHtmlEscaped(),
                         QString::number(rounded(r.layout.overallFit)),
                         QString::number(rounded(r.layout.cost)), r.why.toHtmlEscaped());
    }
    if (m_advice.rejected.empty())
        html += QStringLiteral("<li>%1</li>").arg(tr("No other layout fits the budget."));
    html += QStringLiteral("</ul>");
    auto *reasons = new QTextBrowser;
    reasons->setHtml(html);
    reasons->setOpenLinks(false);
    layout->addWidget(reasons, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *apply = buttons->addButton(tr("&Apply layout"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(changesAnything());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Enter applies the plan, or closes when there is none. Only a button already in the dialog
    // can be its default: set before, Cancel, first in the focus chain, took Enter.
    (apply->isEnabled() ? apply : buttons->button(QDialogButtonBox::Cancel))->setDefault(true);
}

} // namespace storemap
