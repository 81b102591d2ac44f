#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace storemap {

class Catalog;

/// The questions the main window asks the user. The dialogs live in DialogPrompts; tests answer
/// with a scripted implementation, so no modal dialog blocks them.
class Prompts
{
public:
    enum class Unsaved { Save, Discard, Cancel };
    enum class DiskChange { Reload, KeepMine };

    virtual ~Prompts() = default;
    virtual Unsaved askUnsaved(QWidget *parent, const QString &name) = 0;
    virtual bool askRestore(QWidget *parent, const QString &name) = 0;
    /// Another program changed the open file @p name; @p unsaved: the window has edits of its own.
    virtual DiskChange askChangedOnDisk(QWidget *parent, const QString &name, bool unsaved) = 0;
    /// Saving would replace a version of @p name that another program wrote: true to save (the
    /// other version is kept as @p keptAs), false to cancel.
    virtual bool askOverwriteChanged(QWidget *parent, const QString &name,
                                     const QString &keptAs) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    /// Empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &directory) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &suggestion) = 0;
    /// The project's notes as the user edits them; nothing when the user cancels.
    virtual std::optional<QString> editNotes(QWidget *parent, const QString &notes) = 0;
    /// The project's name as the user types it; nothing when the user cancels.
    virtual std::optional<QString> askProjectName(QWidget *parent, const QString &name) = 0;
    /// What store @p name holds in memory before it evicts, in GB (-1: not given), as the user
    /// types it starting from @p memoryGB; nothing when the user cancels.
    virtual std::optional<double> askStoreMemory(QWidget *parent, const QString &name,
                                                 double memoryGB) = 0;
    /// The kind ids the team already operates, as the user ticks them starting from @p operates;
    /// nothing when the user cancels.
    virtual std::optional<QStringList> askOperatedKinds(QWidget *parent, const Catalog &catalog,
                                                        const QStringList &operates) = 0;
};

} // namespace storemap
