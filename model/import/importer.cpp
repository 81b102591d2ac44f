#include "model/import/importer.h"

#include "model/import/livepostgres.h"
#include "model/import/schemadump.h"

namespace storemap {

bool isLiveSource(const QString &source)
{
    return source.startsWith(QLatin1String("postgresql://")) ||
           source.startsWith(QLatin1String("postgres://")) ||
           (source.contains(QLatin1Char('=')) && !source.endsWith(QLatin1String(".sql")));
}

bool importDatabase(const QString &source, const ImportOptions &options, Project *out,
                    QStringList *skipped, QString *error)
{
    DbSchema schema;
    const bool read = isLiveSource(source)
                          ? readLiveDatabase(source, options.timeoutSeconds, &schema, error)
                          : readSchemaDumpFile(source, &schema, skipped, error);
    if (!read)
        return false;
    *out = projectFromSchema(schema, options.users);
    return true;
}

} // namespace storemap
