#pragma once

// Shared by the GUI suites: a sample loaded into a document, and prompts answered by script.

#include "model/document.h"
#include "model/projectio.h"
#include "views/dialogs/prompts.h"

#include <QStringList>
#include <QTest>

namespace storemap::test {

inline Project sample(const QString &name = QStringLiteral("ecommerce"))
{
    Project project;
    LoadError error;
    const bool ok = readProjectFile(QStringLiteral(":/samples/%1.storemap").arg(name),
                                    Catalog::builtin(), &project, &error);
    if (!ok)
        qFatal("sample %s: %s", qPrintable(name), qPrintable(error.toString()));
    return project;
}

/// Answers every question as told and remembers what was asked.
class ScriptedPrompts : public Prompts
{
public:
    Unsaved unsaved = Unsaved::Discard;
    bool restore = true;
    QString openName;
    QString saveName;
    QStringList errors;
    int unsavedAsked = 0;
    int restoreAsked = 0;

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
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors << message;
    }
    QString openFileName(QWidget *, const QString &) override { return openName; }
    QString saveFileName(QWidget *, const QString &) override { return saveName; }
};

} // namespace storemap::test
