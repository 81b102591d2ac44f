#include "cli.h"

#include "exportcommand.h"

#include "../model/advisor.h"
#include "../model/projectio.h"
#include "../model/report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::CommandLine)
};

const QStringList &verbs()
{
    static const QStringList v{QStringLiteral("check"), QStringLiteral("advise"),
                               QStringLiteral("export")};
    return v;
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
    return baseUsage() + exportUsage();
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("storemap: %1\n\n%2").arg(message, usage()));
    return ExitUsage;
}

struct Options
{
    QString verb;
    QString file;
    bool json = false;
    qint64 users = -1;
    QString failOn;
    double minFit = -1;
    QString output;
};

/// Parses the verb's arguments; returns an error message, or an empty string.
QString parse(const QStringList &args, Options *o)
{
    o->verb = args.value(0);
    const QString error = parseVerbArguments(
        args, &o->file, &o->users,
        [o](const QString &a, const TakeValue &value) -> std::optional<QString> {
            if (a == QLatin1String("--json")) {
                o->json = true;
            } else if (a == QLatin1String("--fail-on") && o->verb == QLatin1String("check")) {
                if (!value(&o->failOn) ||
                    (o->failOn != QLatin1String("warning") && o->failOn != QLatin1String("error")))
                    return Tr::tr("--fail-on takes \"warning\" or \"error\"");
            } else if (a == QLatin1String("--min-fit") && o->verb == QLatin1String("check")) {
                QString v;
                bool ok = false;
                if (value(&v))
                    o->minFit = v.toDouble(&ok);
                if (!ok || o->minFit < 0 || o->minFit > 100)
                    return Tr::tr("--min-fit takes a fit from 0 to 100");
            } else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) &&
                       o->verb == QLatin1String("advise")) {
                if (!value(&o->output))
                    return Tr::tr("%1 needs a file name").arg(a);
            } else {
                return std::nullopt;
            }
            return QString();
        });
    if (!error.isEmpty())
        return error;
    if (o->file.isEmpty())
        return Tr::tr("%1 needs a project file").arg(o->verb);
    return {};
}

} // namespace

QString parseVerbArguments(const QStringList &args, QString *file, qint64 *users,
                           const OptionHandler &option)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const TakeValue value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args[++i];
            return true;
        };
        if (a == QLatin1String("--users")) {
            QString v;
            if (!value(&v))
                return Tr::tr("--users needs a number");
            bool ok = false;
            *users = v.toLongLong(&ok);
            if (!ok || *users < MinUsers || *users > MaxUsers)
                return Tr::tr("--users takes a whole number from %1 to %2, not \"%3\"")
                    .arg(MinUsers)
                    .arg(MaxUsers)
                    .arg(v);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            const std::optional<QString> error = option(a, value);
            if (!error)
                return Tr::tr("unknown option \"%1\" for %2").arg(a, args.value(0));
            if (!error->isEmpty())
                return *error;
        } else if (file->isEmpty()) {
            *file = a;
        } else {
            return Tr::tr("one project file at a time; \"%1\" is one too many").arg(a);
        }
    }
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

bool isCommandLine(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return verbs().contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") ||
           first == QLatin1String("-v");
}

int runCommandLine(const QStringList &args, PngRenderer renderPng)
{
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        print(stdout, usage());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        print(stdout, QStringLiteral("storemap %1\n").arg(QLatin1String(STOREMAP_VERSION)));
        return ExitOk;
    }
    if (first == QLatin1String("export"))
        return runExport(args, renderPng);
    Options o;
    if (const QString error = parse(args, &o); !error.isEmpty())
        return usageError(error);

    const Catalog &catalog = Catalog::builtin();
    Project project;
    LoadError loadError;
    if (!readProjectFile(o.file, catalog, &project, &loadError)) {
        print(stderr, QStringLiteral("storemap: %1: %2\n").arg(o.file, loadError.toString()));
        return ExitBadInput;
    }
    const qint64 users = o.users > 0 ? o.users : project.users;

    if (o.verb == QLatin1String("check")) {
        Analysis analysis = analyse(project, users, catalog);
        if (o.minFit >= 0)
            applyMinFit(project, &analysis, o.minFit, catalog);
        if (o.json)
            printBytes(checkJson(project, analysis, catalog));
        else
            print(stdout, checkText(project, analysis, catalog));
        if (!o.failOn.isEmpty()) {
            const Severity threshold =
                o.failOn == QLatin1String("error") ? Severity::Error : Severity::Warning;
            for (const Finding &f : analysis.findings) {
                if (f.severity >= threshold)
                    return ExitThreshold;
            }
        }
        return ExitOk;
    }

    // advise
    const Advice advice = advise(project, users, catalog);
    if (!o.output.isEmpty()) {
        Project advised = applyAdvice(project, advice, catalog);
        advised.users = users;
        QString error;
        if (QFileInfo(o.output).absoluteFilePath() == QFileInfo(o.file).absoluteFilePath())
            error = Tr::tr("refusing to overwrite the input file %1; choose another output")
                        .arg(o.file);
        else
            writeProjectFile(o.output, advised, &error);
        if (!error.isEmpty()) {
            print(stderr, QStringLiteral("storemap: %1\n").arg(error));
            return ExitWriteFailed;
        }
    }
    if (o.json)
        printBytes(adviseJson(project, advice, catalog));
    else
        print(stdout, adviseText(project, advice, catalog));
    return ExitOk;
}

} // namespace storemap
