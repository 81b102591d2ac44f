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

/// A bundled sample by its file name ("ecommerce.storemap"), as the program carries it.
inline Project loadSample(const QString &fileName)
{
    Project p;
    LoadError error;
    if (!readProjectFile(QStringLiteral(":/samples/") + fileName, Catalog::builtin(), &p, &error))
        qFatal("sample %s does not load: %s", qPrintable(fileName), qPrintable(error.toString()));
    return p;
}

/// A bundled sample by its short name ("ecommerce", "startup").
inline Project sample(const QString &name = QStringLiteral("ecommerce"))
{
    return loadSample(name + QStringLiteral(".storemap"));
}

/// @p project without a field of format version 2 (workload, rates, memory, operated kinds): the
/// e-commerce sample as it was before it had a workload, for tests of what version 1 holds.
inline Project versionOne(Project project)
{
    for (Entity &e : project.entities) {
        e.workload = {};
        for (Pattern &pattern : e.patterns)
            pattern.perSecond = -1;
    }
    for (Store &s : project.stores)
        s.memoryGB = -1;
    project.operates.clear();
    return project;
}

/// Validates each of @p files against resources/storemap.schema.json with Python's jsonschema
/// (scripts/deps.sh installs it): the first error with its file and path, or an empty string.
inline QString schemaErrors(const QStringList &files)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("import json, sys, jsonschema\n"
                                   "schema = json.load(open(sys.argv[1]))\n"
                                   "for f in sys.argv[2:]:\n"
                                   "    try:\n"
                                   "        jsonschema.validate(json.load(open(f)), schema)\n"
                                   "    except jsonschema.ValidationError as e:\n"
                                   "        print(f, e.message, list(e.absolute_path))\n"
                                   "        sys.exit(1)\n"),
                    sourcePath(QStringLiteral("resources/storemap.schema.json"))} +
            files);
    if (!python.waitForStarted() || !python.waitForFinished(60000))
        return QStringLiteral("python3 did not run");
    return python.exitCode() == 0
               ? QString()
               : QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

/// What a program run printed and how it ended.
struct Run
{
    int exitCode = -1; ///< -2: it crashed; -1: it never finished (and was killed)
    QByteArray out;
    QByteArray err;
};

/// The environment of a command-line run in CI: no display of any kind.
inline QProcessEnvironment environmentWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

/// Runs @p program with @p args in @p env (and @p workingDirectory) and waits for it (a minute at
/// most, then kills it).
inline Run runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = environmentWithoutDisplay(),
                      const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
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

/// @p count entities "e0", "e1"... spread over @p stores in turn, each joined with the one
/// before it: count - 1 `with` links, enough to pass the drawings' limits.
inline Project chainedProject(int count, const std::vector<Store> &stores)
{
    Project p;
    p.stores = stores;
    for (int i = 0; i < count; ++i) {
        std::vector<Pattern> joins;
        if (i > 0)
            joins.push_back(pattern(PatternType::OneToManyJoin, Frequency::High,
                                    QStringLiteral("e%1").arg(i - 1)));
        p.entities.push_back(entity(QStringLiteral("e%1").arg(i), std::move(joins),
                                    stores[size_t(i) % stores.size()].id));
    }
    return p;
}

inline int kind(const char *id)
{
    return Catalog::builtin().kindIndex(QString::fromLatin1(id));
}

#ifdef STOREMAP_BIN
/// Runs `storemap ARGS` (the built program) with no display, in @p workingDirectory if given.
inline Run runStoremap(const QStringList &args, const QString &workingDirectory = {})
{
    return runProgram(QStringLiteral(STOREMAP_BIN), args, environmentWithoutDisplay(),
                      workingDirectory);
}
#endif

/// Writes @p project as a .storemap file at @p path (in a QTemporaryDir: never the source tree).
inline bool writeProject(const QString &path, const Project &project)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(serializeProject(project)) >= 0;
}

} // namespace storemap::test
