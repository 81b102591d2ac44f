#include "views/panels/palettedock.h"

#include "views/canvas/canvasscene.h"
#include "views/panels/kindlistmodel.h"

#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace storemap {

PaletteDock::PaletteDock(CanvasScene *scene, QAction *newEntity, QWidget *parent)
    : QDockWidget(tr("Palette"), parent)
    , m_scene(scene)
    , m_kinds(new KindListModel(this))
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("paletteDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *hint = new QLabel(tr("Drag a kind onto the canvas to add a store."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_list->setModel(m_kinds);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setIconSize(QSize(28, 28));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    auto *add = new QToolButton;
    add->setDefaultAction(newEntity);
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(add);
    setWidget(body);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { addStore(index.row()); });
}

QString PaletteDock::addStore(int row)
{
    const QString kind = m_kinds->data(m_kinds->index(row), KindListModel::KindIdRole).toString();
    return m_scene->addStoreOfKind(kind);
}

} // namespace storemap
