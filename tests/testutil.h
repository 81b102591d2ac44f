#pragma once

#include "model/catalog.h"
#include "model/project.h"
#include "model/projectio.h"

#include <QFile>
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

} // namespace storemap::test
