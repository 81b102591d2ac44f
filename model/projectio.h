#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QString>

#include <future>

namespace storemap {

/// The format version this build reads and writes (DESIGN.md §5).
/// The newest format version this Storemap reads and writes (see formatVersionOf()).
inline constexpr int FormatVersion = 2;

/// Limits that keep a hostile file from exhausting memory or time.
namespace limits {
inline constexpr qint64 FileBytes = 64 * 1024 * 1024;
inline constexpr int Depth = 32;
inline constexpr int IdLength = 100;
inline constexpr int NameLength = 200;
inline constexpr int TextLength = 10000;
inline constexpr int Stores = 1000;
inline constexpr int Entities = 100000;
inline constexpr int PatternsPerEntity = 1000;
// Version 2's numbers: beyond these a value is a typo, not a workload.
inline constexpr double Items = 1e15;     ///< records of one entity
inline constexpr double ItemBytes = 5e12; ///< 5 TB, S3's largest object
inline constexpr double EgressGB = 1e9;   ///< an exabyte a month
inline constexpr double PerSecond = 1e9;  ///< operations a second
inline constexpr double MemoryGB = 1e6;   ///< a petabyte of memory
} // namespace limits

/// Why a project could not be read: where (line and column, or a JSON path) and what was expected.
struct LoadError
{
    QString where;   ///< "line 3, column 14" or "$.entities[2].store"; empty for the whole file
    QString message; ///< plain words
    bool newerVersion = false;

    /// "where: message", or just the message.
    QString toString() const;
};

/// Parses and validates the text of a .storemap file against @p catalog.
bool parseProject(const QByteArray &text, const Catalog &catalog, Project *out, LoadError *error);
/// parseProject() without its stream: the file read as one whole tree, slower, the reference that
/// the stream must agree with (tests and the loader's fuzzer compare the two).
bool parseProjectWhole(const QByteArray &text, const Catalog &catalog, Project *out,
                       LoadError *error);

/// Reads a .storemap file; the file is only read, never changed.
bool readProjectFile(const QString &path, const Catalog &catalog, Project *out, LoadError *error);

/// What readProjectFile() made of a file, in one value.
struct ProjectRead
{
    bool ok = false;
    Project project;
    LoadError error;
};
/// readProjectFile() on another thread: the window opening a large project reads it while it
/// builds itself.
std::future<ProjectRead> readProjectFileInBackground(const QString &path, const Catalog &catalog);

/// The file text of @p project: pretty, stable key and array order, ending in a newline.
QByteArray serializeProject(const Project &project);

/// Writes @p project to @p path atomically: the old file stays whole until the new one is complete,
/// and the version it replaces is kept as backupPath(@p path). Refuses to replace a file written by
/// a newer format version. On failure, says why in @p error; nothing on disk has changed.
bool writeProjectFile(const QString &path, const Project &project, QString *error);

/// Where writeProjectFile() keeps the previous version of @p path ("name.storemap.bak").
QString backupPath(const QString &path);

} // namespace storemap
