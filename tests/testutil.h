#pragma once

#include "model/catalog.h"
#include "model/project.h"
#include "model/projectio.h"

#include <QFile>
#include <QProcess>
#include <QString>

namespace storemap::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(STOREMAP_SOURCE_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline Project loadSample(const QString &name)
{
    Project p;
    LoadError error;
    if (!readProjectFile(sourcePath(QStringLiteral("resources/samples/") + name),
                         Catalog::builtin(), &p, &error))
        qFatal("sample %s does not load: %s", qPrintable(name), qPrintable(error.toString()));
    return p;
}

/// A bundled sample by its short name ("ecommerce", "startup").
inline Project sample(const QString &name)
{
    return loadSample(name + QStringLiteral(".storemap"));
}

inline Pattern pattern(PatternType type, Frequency f, const QString &with = {})
{
    return Pattern{toId(type), type, f, with};
}

inline Entity entity(const QString &id, std::vector<Pattern> patterns, const QString &store = {},
                     Durability d = Durability::Critical, SchemaKind s = SchemaKind::Fixed)
{
    Entity e;
    e.id = id;
    e.name = id;
    e.store = store;
    e.durability = d;
    e.schema = s;
    e.patterns = std::move(patterns);
    return e;
}

inline int kind(const char *id)
{
    return Catalog::builtin().kindIndex(QString::fromLatin1(id));
}

/// What a run of the real command line printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -2 when it crashed, -1 when it did not finish
    QByteArray out;
    QByteArray err;
};

/// Runs `storemap ARGS` (the built program) with no display, in @p workingDirectory if given.
inline CliRun runStoremap(const QStringList &args, const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(STOREMAP_BIN), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

/// Writes @p project as a .storemap file at @p path (in a QTemporaryDir: never the source tree).
inline bool writeProject(const QString &path, const Project &project)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(serializeProject(project)) >= 0;
}

} // namespace storemap::test
