#include "views/panels/kindlistmodel.h"

#include "views/canvas/canvasscene.h"
#include "views/canvas/visuals.h"

#include "model/catalog.h"

#include <QMimeData>

namespace storemap {

KindListModel::KindListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int KindListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Catalog::builtin().kindCount();
}

QVariant KindListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const KindInfo &kind = Catalog::builtin().kind(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return kind.name;
    case Qt::DecorationRole:
        return Visuals::kindIcon(kind.id);
    case Qt::ToolTipRole:
        return tr("<b>%1</b><br>Best for: %2<br>Avoid for: %3<br><i>Drag onto the canvas, or "
                  "press Enter, to add a store.</i>")
            .arg(kind.name, kind.text(Criterion::BestFor).toHtmlEscaped(),
                 kind.text(Criterion::AvoidFor).toHtmlEscaped());
    case Qt::StatusTipRole:
        return tr("Drag %1 onto the canvas to add a store of that kind.").arg(kind.name);
    case KindIdRole:
        return kind.id;
    default:
        return {};
    }
}

Qt::ItemFlags KindListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList KindListModel::mimeTypes() const
{
    return {QString::fromLatin1(CanvasScene::KindMime)};
}

QMimeData *KindListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CanvasScene::KindMime, data(indexes.first(), KindIdRole).toString().toUtf8());
    return mime;
}

} // namespace storemap
