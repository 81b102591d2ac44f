#include "app/mergecommand.h"

#include "app/cli.h"
#include "app/diffcommand.h"

#include "model/merge.h"
#include "model/projectio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::MergeCommand)
};

} // namespace

QString mergeUsage()
{
    return Tr::tr(
        "\n"
        "  storemap merge BASE OURS THEIRS [-o OUT]\n"
        "\n"
        "merge   three-way merge by id of stores, entities and access patterns, as a git merge\n"
        "        driver: changes to different things combine; the same thing changed two ways\n"
        "        is a conflict (exit 1, each listed with its JSON path on stderr, OURS left\n"
        "        as it was). Writes into OURS unless -o OUT is given.\n");
}

int runMerge(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("file"));
    parser.addOption(output);
    if (const QString error =
            parseVerb(parser, args, 3, Tr::tr("three project files, BASE, OURS and THEIRS"));
        !error.isEmpty())
        return usageError(error);
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usageError(Tr::tr("%1 needs a file name").arg(QStringLiteral("-o")));

    const QStringList files = parser.positionalArguments();
    Project base;
    Project ours;
    Project theirs;
    if (!readVersion(files[0], &base) || !readVersion(files[1], &ours) ||
        !readVersion(files[2], &theirs))
        return ExitBadInput;

    const MergeResult result = mergeProjects(base, ours, theirs);
    if (!result.conflicts.empty()) {
        for (const MergeConflict &c : result.conflicts)
            printErr(QStringLiteral("storemap: conflict at %1: %2\n").arg(c.path, c.message));
        printErr(Tr::tr("storemap: %n conflict(s); %1 was left as it was\n", nullptr,
                        int(result.conflicts.size()))
                     .arg(files[1]));
        return ExitThreshold;
    }
    // Every store and entity came from a valid version and merge checked the references; what
    // remains is the size limits, which two sides adding can exceed together.
    const Project &merged = result.merged;
    if (merged.entities.size() > size_t(limits::Entities) ||
        merged.stores.size() > size_t(limits::Stores)) {
        printErr(QStringLiteral("storemap: conflict at $: %1\n")
                     .arg(Tr::tr("the merge holds %1 stores and %2 entities; at most %3 and %4 "
                                 "are allowed")
                              .arg(merged.stores.size())
                              .arg(merged.entities.size())
                              .arg(limits::Stores)
                              .arg(limits::Entities)));
        return ExitThreshold;
    }
    const QByteArray bytes = serializeProject(merged);
    const QString out = parser.isSet(output) ? parser.value(output) : files[1];
    // No backup next to OURS: git's merge driver works on a temporary file it then removes.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(QStringLiteral("storemap: %1\n")
                     .arg(Tr::tr("could not write %1: %2").arg(out, file.errorString())));
        return ExitWriteFailed;
    }
    return ExitOk;
}

} // namespace storemap
