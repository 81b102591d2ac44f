#include "app/importcommand.h"

#include "app/cli.h"

#include "model/import/importer.h"
#include "model/projectio.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::ImportCommand)
};

constexpr int MaxTimeoutSeconds = 3600;

} // namespace

int runImport(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("file"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("S"));
    parser.addOptions({output, timeout, usersOption()});
    if (const QString error =
            parseVerb(parser, args, 1, Tr::tr("a source (postgresql://..., or a .sql file)"));
        !error.isEmpty())
        return usageError(error);
    ImportOptions options;
    if (const QString error = readUsers(parser, &options.users); !error.isEmpty())
        return usageError(error);
    const QString out = parser.value(output);
    if (out.isEmpty())
        return usageError(Tr::tr("import needs -o OUT.storemap, the project to write"));
    if (parser.isSet(timeout)) {
        bool ok = false;
        options.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > MaxTimeoutSeconds)
            return usageError(Tr::tr("--timeout takes a whole number of seconds from 1 to %1")
                                  .arg(MaxTimeoutSeconds));
    }

    Project project;
    QStringList skipped;
    QString error;
    const bool imported =
        importDatabase(parser.positionalArguments().first(), options, &project, &skipped, &error);
    for (const QString &line : skipped)
        printErr(QStringLiteral("storemap: %1\n").arg(line));
    if (!imported) {
        printErr(QStringLiteral("storemap: %1\n").arg(error));
        return ExitBadInput;
    }
    if (!writeProjectFile(out, project, &error)) {
        printErr(QStringLiteral("storemap: %1\n").arg(error));
        return ExitWriteFailed;
    }
    printOut(Tr::tr("%1: %2 tables imported into %3\n")
                 .arg(project.name)
                 .arg(project.entities.size())
                 .arg(out));
    return ExitOk;
}

QString importUsage()
{
    return Tr::tr(
        "\n"
        "  storemap import SOURCE -o OUT.storemap [--users N] [--timeout S]\n"
        "\n"
        "import  turns an existing PostgreSQL database into a project: SOURCE is a\n"
        "        postgresql:// URI, a libpq connection string (\"host=... dbname=...\") or a\n"
        "        .sql file from pg_dump --schema-only. A live import reads the catalog and the\n"
        "        statistics in one read-only transaction (--timeout bounds the connection and\n"
        "        every statement, default 10 s); the password is never written anywhere.\n");
}

} // namespace storemap
