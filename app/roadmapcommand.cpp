#include "app/roadmapcommand.h"

#include "app/cli.h"

#include "model/projectio.h"
#include "model/roadmap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::CommandLine)
};

/// The value of @p option into @p users (left alone when absent); a usage error, or empty.
QString readBound(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *users)
{
    if (!parser.isSet(option))
        return {};
    bool ok = false;
    const QString value = parser.value(option);
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < MinUsers || n > MaxUsers)
        return Tr::tr("--%1 takes a whole number from %2 to %3, not \"%4\"")
            .arg(option.names().first())
            .arg(MinUsers)
            .arg(MaxUsers)
            .arg(value);
    *users = n;
    return {};
}

} // namespace

int runRoadmap(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("N"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("N"));
    parser.addOptions({json, from, to});
    if (const QString error = parseVerb(parser, args, 1, Tr::tr("a project file"));
        !error.isEmpty())
        return usageError(error);
    qint64 lo = RoadmapFrom;
    qint64 hi = RoadmapTo;
    if (const QString error = readBound(parser, from, &lo); !error.isEmpty())
        return usageError(error);
    if (const QString error = readBound(parser, to, &hi); !error.isEmpty())
        return usageError(error);
    if (lo >= hi)
        return usageError(Tr::tr("--from (%1) must be below --to (%2)").arg(lo).arg(hi));

    const Catalog &catalog = Catalog::builtin();
    const QString file = parser.positionalArguments().first();
    Project project;
    LoadError error;
    if (!readProjectFile(file, catalog, &project, &error)) {
        printErr(QStringLiteral("storemap: %1: %2\n").arg(file, error.toString()));
        return ExitBadInput;
    }
    // Every core: the command has nothing else to do meanwhile.
    const Roadmap roadmap =
        roadmapOf(project, lo, hi, catalog, nullptr, std::max(1, QThread::idealThreadCount()));
    if (parser.isSet(json))
        printBytes(roadmapJson(project, roadmap, catalog));
    else
        printOut(roadmapText(project, roadmap, catalog));
    return ExitOk;
}

QString roadmapUsage()
{
    return Tr::tr("\n"
                  "  storemap roadmap FILE [--json] [--from N] [--to N]\n"
                  "\n"
                  "roadmap sweeps the advisor from --from (100) to --to (1,000,000,000) users and\n"
                  "        prints every user count at which the advised layout changes, what\n"
                  "        moves where, and why.\n");
}

} // namespace storemap
