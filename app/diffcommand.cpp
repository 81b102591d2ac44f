#include "app/diffcommand.h"

#include "app/cli.h"

#include "model/diff.h"
#include "model/projectio.h"
#include "views/diagram/decisionrecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::DiffCommand)
};

} // namespace

bool readVersion(const QString &file, Project *project)
{
    const QFileInfo info(file);
    if (file == QLatin1String("/dev/null") || (info.isFile() && info.size() == 0)) {
        *project = Project();
        return true;
    }
    LoadError error;
    if (readProjectFile(file, Catalog::builtin(), project, &error))
        return true;
    printErr(QStringLiteral("storemap: %1: %2\n").arg(file, error.toString()));
    return false;
}

QString diffUsage()
{
    return Tr::tr(
        "\n"
        "  storemap diff OLD NEW [--json | --format md] [--users N] [--exit-code]\n"
        "\n"
        "diff    compares two versions of a design by id: what moved (with the fit before and\n"
        "        after), what was added, removed, renamed or changed, overall fit, complexity\n"
        "        and the findings that appeared or went away. --json for tools, --format md\n"
        "        for a pull-request comment; --exit-code exits 1 when the designs differ.\n");
}

int runDiff(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")}, QString(),
                                    QStringLiteral("format"));
    const QCommandLineOption exitCode(QStringLiteral("exit-code"));
    parser.addOptions({json, format, exitCode, usersOption()});
    if (const QString error = parseVerb(parser, args, 2, Tr::tr("two project files, OLD and NEW"));
        !error.isEmpty())
        return usageError(error);
    qint64 users = -1;
    if (const QString error = readUsers(parser, &users); !error.isEmpty())
        return usageError(error);
    QString kind = parser.value(format).toLower();
    if (parser.isSet(format) && kind != QLatin1String("md") && kind != QLatin1String("markdown") &&
        kind != QLatin1String("txt") && kind != QLatin1String("text") &&
        kind != QLatin1String("json"))
        return usageError(
            Tr::tr("unknown diff format \"%1\"; choose txt, json or md").arg(parser.value(format)));
    if (parser.isSet(json)) {
        if (parser.isSet(format) && kind != QLatin1String("json"))
            return usageError(Tr::tr("give --json or --format, not both"));
        kind = QStringLiteral("json");
    }

    const QStringList files = parser.positionalArguments();
    Project before;
    Project after;
    if (!readVersion(files[0], &before) || !readVersion(files[1], &after))
        return ExitBadInput;
    const Catalog &catalog = Catalog::builtin();
    const ProjectDiff diff = diffProjects(before, users > 0 ? users : before.users, after,
                                          users > 0 ? users : after.users, catalog);
    if (kind == QLatin1String("json"))
        printBytes(diffJson(diff, catalog));
    else if (kind == QLatin1String("md") || kind == QLatin1String("markdown"))
        printOut(writeChangeRecord(diff, catalog));
    else
        printOut(diffText(diff, catalog));
    return parser.isSet(exitCode) && !diff.isEmpty() ? ExitThreshold : ExitOk;
}

} // namespace storemap
