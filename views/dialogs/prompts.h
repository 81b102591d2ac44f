#pragma once

#include <QString>

class QWidget;

namespace storemap {

/// The questions the main window asks the user. The dialogs live in DialogPrompts; tests answer
/// with a scripted implementation, so no modal dialog blocks them.
class Prompts
{
public:
    enum class Unsaved { Save, Discard, Cancel };

    virtual ~Prompts() = default;
    virtual Unsaved askUnsaved(QWidget *parent, const QString &name) = 0;
    virtual bool askRestore(QWidget *parent, const QString &name) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    /// Empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &directory) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &suggestion) = 0;
};

} // namespace storemap
