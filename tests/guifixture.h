#pragma once

// Shared by the GUI suites: a sample loaded into a document, and prompts answered by script.

#include "tests/testutil.h"

#include "model/document.h"
#include "model/projectio.h"
#include "views/dialogs/prompts.h"

#include <QStringList>
#include <QTest>

namespace storemap::test {

/// Answers every question as told and remembers what was asked.
class ScriptedPrompts : public Prompts
{
public:
    Unsaved unsaved = Unsaved::Discard;
    bool restore = true;
    QString openName;
    QString saveName;
    QStringList errors;
    DiskChange diskChange = DiskChange::Reload;
    bool overwrite = true;
    int unsavedAsked = 0;
    int restoreAsked = 0;
    int diskChangeAsked = 0;
    QStringList overwriteAsked; ///< the names the other versions were to be kept as

    Unsaved askUnsaved(QWidget *, const QString &) override
    {
        ++unsavedAsked;
        return unsaved;
    }
    bool askRestore(QWidget *, const QString &) override
    {
        ++restoreAsked;
        return restore;
    }
    DiskChange askChangedOnDisk(QWidget *, const QString &, bool) override
    {
        ++diskChangeAsked;
        return diskChange;
    }
    bool askOverwriteChanged(QWidget *, const QString &, const QString &keptAs) override
    {
        overwriteAsked << keptAs;
        return overwrite;
    }
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors << message;
    }
    QString openFileName(QWidget *, const QString &) override { return openName; }
    QString saveFileName(QWidget *, const QString &) override { return saveName; }
    std::optional<QString> notes; ///< what the user types as the project's notes; none: cancel
    std::optional<QString> editNotes(QWidget *, const QString &) override { return notes; }
    std::optional<QString> projectName; ///< what the user types as the project's name
    std::optional<QString> askProjectName(QWidget *, const QString &) override
    {
        return projectName;
    }
    std::optional<double> storeMemory; ///< what the user types as a store's memory; none: cancel
    QStringList storeMemoryAsked;      ///< the names of the stores asked about
    std::optional<double> askStoreMemory(QWidget *, const QString &name, double) override
    {
        storeMemoryAsked << name;
        return storeMemory;
    }
    std::optional<QStringList> operatedKinds; ///< the kinds the user ticks; none: cancel
    std::optional<QStringList> askOperatedKinds(QWidget *, const Catalog &,
                                                const QStringList &) override
    {
        return operatedKinds;
    }
};

} // namespace storemap::test
