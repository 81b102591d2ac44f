#include "views/panels/comparepanel.h"

#include "model/designcontext.h"
#include "model/diff.h"
#include "model/document.h"
#include "model/fit.h"
#include "model/scoring.h"
#include "views/canvas/canvasscene.h"
#include "views/canvas/canvasview.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace storemap {

namespace {
constexpr int EntityRole = Qt::UserRole;
} // namespace

ComparePanel::ComparePanel(DesignContext *current, CanvasScene *currentScene, QWidget *parent)
    : QWidget(parent)
    , m_current(current)
    , m_currentScene(currentScene)
    , m_otherDocument(new Document(this))
    , m_otherContext(new DesignContext(m_otherDocument, this))
    , m_otherScene(new CanvasScene(m_otherContext, this))
    , m_otherView(new CanvasView(m_otherScene))
    , m_title(new QLabel)
    , m_list(new QListWidget)
{
    // The other version is looked at, never edited: no drags, no drops, no keys.
    m_otherView->setInteractive(false);
    m_otherView->setAcceptDrops(false);
    m_otherView->setStatusTip(tr("The other version, read-only: marked chips moved, came or went"));
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_list->setObjectName(QStringLiteral("compareDifferences"));
    m_list->setWordWrap(true);
    m_list->setStatusTip(tr("Click a difference to select its entity"));
    connect(m_list, &QListWidget::currentRowChanged, this, &ComparePanel::onActivated);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_otherView);
    split->addWidget(m_list);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    connect(m_current, &DesignContext::analysed, this, &ComparePanel::refresh);
    stop();
}

ComparePanel::~ComparePanel()
{
    delete m_otherView; // before its scene
}

void ComparePanel::compareWith(const Project &other, const QString &source)
{
    m_source = source;
    m_otherDocument->setProject(other);
    refresh();
    m_otherView->fitToWindow();
}

void ComparePanel::stop()
{
    m_source.clear();
    m_currentScene->setMarks({});
    m_otherDocument->setProject(Project());
    m_list->clear();
    m_title->setText(tr("Compare this design with another file or with its version at git's "
                        "HEAD: File > Compare With."));
}

QString ComparePanel::title() const
{
    return m_title->text();
}

void ComparePanel::refresh()
{
    if (!isComparing())
        return;
    const Catalog &catalog = m_current->catalog();
    const Project &now = m_current->document()->project();
    const ProjectDiff d = diffProjects(m_otherDocument->project(), m_otherDocument->project().users,
                                       now, now.users, catalog);
    QHash<QString, QString> here, there;
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(EntityRole).toString() : QString();
    QSignalBlocker quiet(m_list);
    m_list->clear();
    auto add = [this](const QString &text, const QString &entity = {}) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(EntityRole, entity);
        item->setToolTip(text);
    };
    for (const EntityMove &m : d.moved) {
        const QString name = entityName(d, m.entity);
        const QString from = storeTitle(d.before, m.from, catalog);
        const QString to = storeTitle(d.after, m.to, catalog);
        add(tr("Moved %1: %2 → %3, fit %4 → %5")
                .arg(name, from, to, formatFit(m.fitBefore), formatFit(m.fitAfter)),
            m.entity);
        here.insert(m.entity, tr("Moved here from %1 (in %2)").arg(from, m_source));
        there.insert(m.entity, tr("Moved to %1 in this design").arg(to));
    }
    for (const QString &id : d.addedEntities) {
        add(tr("Added %1").arg(entityName(d, id)), id);
        here.insert(id, tr("Not in %1").arg(m_source));
    }
    for (const QString &id : d.removedEntities) {
        add(tr("Removed %1").arg(entityName(d, id)), id);
        there.insert(id, tr("Removed from this design"));
    }
    for (const QString &id : d.addedStores)
        add(tr("Added store %1").arg(storeTitle(d.after, id, catalog)));
    for (const QString &id : d.removedStores)
        add(tr("Removed store %1").arg(storeTitle(d.before, id, catalog)));
    for (const FieldChange &c : d.changedEntities)
        add(tr("Changed %1: %2").arg(entityName(d, c.id), c.fields.join(QStringLiteral(", "))),
            c.id);
    for (const FieldChange &c : d.changedStores)
        add(tr("Changed store %1: %2")
                .arg(storeTitle(d.after, c.id, catalog), c.fields.join(QStringLiteral(", "))));
    if (d.changedProject.contains(QLatin1String("users")))
        add(tr("Scale %1 → %2 users").arg(formatUsers(d.before.users), formatUsers(d.after.users)));
    if (d.changedProject.contains(QLatin1String("name")))
        add(tr("Project renamed \"%1\" → \"%2\"").arg(d.before.name, d.after.name));
    for (const Finding &f : d.findings.appeared)
        add(tr("New finding: %1").arg(f.message()), f.entity);
    for (const Finding &f : d.findings.resolved)
        add(tr("Resolved finding: %1").arg(f.message()), f.entity);
    m_title->setText(d.isEmpty() ? tr("Compared with %1: the designs are the same.").arg(m_source)
                                 : tr("Compared with %1: %n difference(s). Overall fit %2 → %3.",
                                      nullptr, m_list->count())
                                       .arg(m_source, formatFit(d.analysisBefore.overallFit),
                                            formatFit(d.analysisAfter.overallFit)));
    m_currentScene->setMarks(here);
    m_otherScene->setMarks(there);
    for (int row = 0; row < m_list->count() && !selected.isEmpty(); ++row) {
        if (m_list->item(row)->data(EntityRole).toString() == selected) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

void ComparePanel::onActivated(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    const QString id = item ? item->data(EntityRole).toString() : QString();
    if (id.isEmpty())
        return;
    if (m_current->document()->project().entity(id))
        m_current->setCurrentEntity(id);
    if (m_otherDocument->project().entity(id))
        m_otherContext->setCurrentEntity(id);
}

} // namespace storemap
