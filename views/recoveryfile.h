#pragma once

#include "../model/project.h"

#include <QString>

namespace storemap {

/// The autosave: unsaved work written to AppDataLocation, offered back after a crash.
class RecoveryFile
{
public:
    /// Defaults to "recovery.storemap" in QStandardPaths::AppDataLocation.
    explicit RecoveryFile(const QString &path = QString());

    QString path() const { return m_path; }
    bool exists() const;
    /// Writes @p project, remembering the file it came from (empty for an unsaved project).
    bool write(const Project &project, const QString &sourcePath, QString *error = nullptr);
    /// Reads the recovered project and the path of the file it came from.
    bool read(Project *project, QString *sourcePath) const;
    void discard();

private:
    QString m_path;
};

} // namespace storemap
