#include "app/cli.h"

#include "app/diffcommand.h"
#include "app/exportcommand.h"
#include "app/importcommand.h"
#include "app/mergecommand.h"
#include "app/roadmapcommand.h"

#include "model/advisor.h"
#include "model/projectio.h"
#include "model/report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::CommandLine)
};

int runCheck(const QStringList &args, PngRenderer);
int runAdvise(const QStringList &args, PngRenderer);

/// The verbs, one row each: the name typed after `storemap` and what runs it.
struct Verb
{
    const char *name;
    int (*run)(const QStringList &args, PngRenderer renderPng);
};

constexpr Verb Verbs[] = {
    {"check", runCheck}, {"advise", runAdvise}, {"export", runExport},   {"diff", runDiff},
    {"merge", runMerge}, {"import", runImport}, {"roadmap", runRoadmap},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : Verbs) {
        if (name == QLatin1String(v.name))
            return &v;
    }
    return nullptr;
}

QString verbList()
{
    QStringList names;
    for (const Verb &v : Verbs)
        names << QLatin1String(v.name);
    return names.join(QStringLiteral(", "));
}

QString baseUsage()
{
    return Tr::tr(
        "Usage:\n"
        "  storemap [FILE]                       open the designer (no FILE: last file, or "
        "the e-commerce sample)\n"
        "  storemap check FILE [--json] [--users N] [--fail-on warning|error] [--min-fit N]\n"
        "  storemap advise FILE [--json] [--users N] [-o OUT.storemap]\n"
        "  storemap --version | --help\n"
        "\n"
        "check   scores every entity on every store kind, the complexity against the budget,\n"
        "        and the findings (classic storage mistakes from the lesson); --min-fit N\n"
        "        makes every placed entity below fit N an error (poor-fit).\n"
        "advise  proposes the set of stores and the placement that best trade fit against\n"
        "        operational complexity at the project's scale; -o writes it as a project.\n"
        "\n"
        "Exit codes: 0 done; 1 --fail-on threshold reached; 2 usage error; 3 unreadable or\n"
        "invalid input file; 4 could not write the output.\n");
}

QString usage()
{
    return baseUsage() + exportUsage() + diffUsage() + mergeUsage() + importUsage() +
           roadmapUsage();
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool isOption(const QString &arg)
{
    return arg.startsWith(QLatin1Char('-')) && arg.size() > 1;
}

/// Reads the project file of a verb; prints why it cannot and returns false.
bool readProject(const QString &file, Project *project)
{
    LoadError error;
    if (readProjectFile(file, Catalog::builtin(), project, &error))
        return true;
    printErr(QStringLiteral("storemap: %1: %2\n").arg(file, error.toString()));
    return false;
}

int runCheck(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), QString(), QStringLiteral("level"));
    const QCommandLineOption minFit(QStringLiteral("min-fit"), QString(), QStringLiteral("N"));
    parser.addOptions({json, failOn, minFit, usersOption()});
    if (const QString error = parseVerb(parser, args, 1, Tr::tr("a project file"));
        !error.isEmpty())
        return usageError(error);
    qint64 users = -1;
    if (const QString error = readUsers(parser, &users); !error.isEmpty())
        return usageError(error);
    const QString level = parser.value(failOn);
    if (parser.isSet(failOn) && level != QLatin1String("warning") &&
        level != QLatin1String("error"))
        return usageError(Tr::tr("--fail-on takes \"warning\" or \"error\""));
    double floor = -1; // no --min-fit
    if (parser.isSet(minFit)) {
        bool ok = false;
        floor = parser.value(minFit).toDouble(&ok);
        if (!ok || floor < 0 || floor > 100)
            return usageError(Tr::tr("--min-fit takes a fit from 0 to 100"));
    }

    const Catalog &catalog = Catalog::builtin();
    Project project;
    if (!readProject(parser.positionalArguments().first(), &project))
        return ExitBadInput;
    Analysis analysis = analyse(project, users > 0 ? users : project.users, catalog);
    if (floor >= 0)
        applyMinFit(project, &analysis, floor, catalog);
    if (parser.isSet(json)) {
        checkJson(project, analysis, catalog,
                  [](const char *text, size_t size) { std::fwrite(text, 1, size, stdout); });
        std::fflush(stdout);
    } else {
        printOut(checkText(project, analysis, catalog));
    }
    const Severity threshold =
        level == QLatin1String("error") ? Severity::Error : Severity::Warning;
    return parser.isSet(failOn) && reachesSeverity(analysis.findings, threshold) ? ExitThreshold
                                                                                 : ExitOk;
}

int runAdvise(const QStringList &args, PngRenderer)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("file"));
    parser.addOptions({json, output, usersOption()});
    if (const QString error = parseVerb(parser, args, 1, Tr::tr("a project file"));
        !error.isEmpty())
        return usageError(error);
    qint64 users = -1;
    if (const QString error = readUsers(parser, &users); !error.isEmpty())
        return usageError(error);
    const QString out = parser.value(output);
    if (parser.isSet(output) && out.isEmpty())
        return usageError(Tr::tr("%1 needs a file name").arg(QStringLiteral("-o")));

    const Catalog &catalog = Catalog::builtin();
    const QString file = parser.positionalArguments().first();
    Project project;
    if (!readProject(file, &project))
        return ExitBadInput;
    if (users <= 0)
        users = project.users;
    const Advice advice = advise(project, users, catalog);
    if (!out.isEmpty()) {
        Project advised = applyAdvice(project, advice, catalog);
        advised.users = users;
        QString error;
        if (QFileInfo(out).absoluteFilePath() == QFileInfo(file).absoluteFilePath())
            error =
                Tr::tr("refusing to overwrite the input file %1; choose another output").arg(file);
        else
            writeProjectFile(out, advised, &error);
        if (!error.isEmpty()) {
            printErr(QStringLiteral("storemap: %1\n").arg(error));
            return ExitWriteFailed;
        }
    }
    if (parser.isSet(json))
        printBytes(adviseJson(project, advice, catalog));
    else
        printOut(adviseText(project, advice, catalog));
    return ExitOk;
}

} // namespace

void printOut(const QString &text)
{
    print(stdout, text);
}

void printErr(const QString &text)
{
    print(stderr, text);
}

void printBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("storemap: %1\n%2").arg(message, Tr::tr("Try \"storemap --help\".\n")));
    return ExitUsage;
}

QCommandLineOption usersOption()
{
    return QCommandLineOption(QStringLiteral("users"), QString(), QStringLiteral("N"));
}

QString parseVerb(QCommandLineParser &parser, const QStringList &args, int positionals,
                  const QString &what)
{
    const QString verb = args.value(0);
    if (!parser.parse(args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString name = unknown.first();
            return Tr::tr("unknown option \"%1\" for %2")
                .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name, verb);
        }
        return parser.errorText();
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() < positionals)
        return Tr::tr("%1 needs %2").arg(verb, what);
    if (files.size() > positionals && positionals == 1)
        return Tr::tr("one project file at a time; \"%1\" is one too many")
            .arg(files.value(positionals));
    if (files.size() > positionals)
        return Tr::tr("%1 takes %2 files; \"%3\" is one too many")
            .arg(verb)
            .arg(positionals)
            .arg(files.value(positionals));
    return {};
}

QString readUsers(const QCommandLineParser &parser, qint64 *users)
{
    const QStringList values = parser.values(QStringLiteral("users"));
    if (values.isEmpty())
        return {};
    bool ok = false;
    const qint64 n = values.last().toLongLong(&ok);
    if (!ok || n < MinUsers || n > MaxUsers)
        return Tr::tr("--users takes a whole number from %1 to %2, not \"%3\"")
            .arg(MinUsers)
            .arg(MaxUsers)
            .arg(values.last());
    *users = n;
    return {};
}

QStringList startProgram(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Storemap"));
    QCoreApplication::setApplicationName(QStringLiteral("storemap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREMAP_VERSION));
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

Request classify(const QStringList &args)
{
    if (args.isEmpty())
        return Request::Designer;
    const QString &first = args.first();
    if (findVerb(first) || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v"))
        return Request::CommandLine;
    if (isOption(first))
        return Request::Designer; // --palette, --quit-after-shown
    // A file to open names a path or has an extension; a bare word is a mistyped verb.
    const bool looksLikeFile = first.contains(QLatin1Char('/')) ||
                               first.contains(QLatin1Char('.')) || QFileInfo::exists(first);
    return looksLikeFile ? Request::Designer : Request::UnknownVerb;
}

QString missingDisplay()
{
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return {};
    }
    return Tr::tr("no display to open the designer on (DISPLAY is not set); the verbs %1 need "
                  "none: see \"storemap --help\"")
        .arg(verbList());
}

int runCommandLine(const QStringList &args, PngRenderer renderPng)
{
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printOut(usage());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QStringLiteral("storemap %1\n").arg(QLatin1String(STOREMAP_VERSION)));
        return ExitOk;
    }
    if (const Verb *verb = findVerb(first))
        return verb->run(args, renderPng);
    return usageError(Tr::tr("unknown verb \"%1\"; the verbs are %2").arg(first, verbList()));
}

} // namespace storemap
