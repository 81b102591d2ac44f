#pragma once

#include "views/dialogs/prompts.h"

#include <QCoreApplication>

namespace storemap {

/// Prompts as message boxes and file dialogs.
class DialogPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(storemap::DialogPrompts)

public:
    Unsaved askUnsaved(QWidget *parent, const QString &name) override;
    bool askRestore(QWidget *parent, const QString &name) override;
    DiskChange askChangedOnDisk(QWidget *parent, const QString &name, bool unsaved) override;
    bool askOverwriteChanged(QWidget *parent, const QString &name, const QString &keptAs) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    QString openFileName(QWidget *parent, const QString &directory) override;
    QString saveFileName(QWidget *parent, const QString &suggestion) override;
    std::optional<QString> editNotes(QWidget *parent, const QString &notes) override;
    std::optional<QString> askProjectName(QWidget *parent, const QString &name) override;
    std::optional<double> askStoreMemory(QWidget *parent, const QString &name,
                                         double memoryGB) override;
    std::optional<QStringList> askOperatedKinds(QWidget *parent, const Catalog &catalog,
                                                const QStringList &operates) override;
};

} // namespace storemap
