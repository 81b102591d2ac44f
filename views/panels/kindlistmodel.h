#pragma once

#include <QAbstractListModel>

namespace storemap {

/// The catalog's store kinds as a list that can be dragged onto the canvas.
class KindListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindIdRole = Qt::UserRole + 1 };

    explicit KindListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
};

} // namespace storemap
