#pragma once

#include "model/project.h"

#include <QString>
#include <QThreadPool>

#include <memory>

#include <functional>
#include <optional>

class QObject;

namespace storemap {

/// The autosave: unsaved work written to AppDataLocation, offered back after a crash.
class RecoveryFile
{
public:
    /// Defaults to "recovery.storemap" in QStandardPaths::AppDataLocation.
    explicit RecoveryFile(const QString &path = QString());
    ~RecoveryFile(); ///< waits for a write under way

    QString path() const { return m_path; }
    bool exists() const;
    /// Writes @p project, remembering the file it came from (empty for an unsaved project), on a
    /// worker thread, one write after the other: writing and syncing thousands of entities to disk
    /// would stall the window for several frames. When a write fails, @p failed runs with the
    /// reason on @p context's thread (unless @p context is gone).
    void write(std::shared_ptr<const Project> project, const QString &sourcePath, QObject *context,
               std::function<void(const QString &)> failed);
    /// Blocks until the writes started in the background are done.
    void waitForWrites();
    /// Reads the recovered project and the path of the file it came from.
    bool read(Project *project, QString *sourcePath) const;
    /// Removes the file, once the writes under way are done.
    void discard();

private:
    QString m_path;
    QThreadPool m_writer;
    std::optional<QString> m_source; ///< the source path recorded in the settings, if any
};

} // namespace storemap
