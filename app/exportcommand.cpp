#include "app/exportcommand.h"

#include "app/cli.h"

#include "model/projectio.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/exporter.h"
#include "views/diagram/graphviz.h"
#include "views/diagram/textdiagram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::ExportCommand)
};

void printError(const QString &text)
{
    printErr(QStringLiteral("storemap: %1\n").arg(text));
}

struct Options
{
    QString file;
    QString output;
    QString format;
    double scale = 0; // 0: not given
    double dpi = 0;
    int width = 0;
    bool ascii = false;
    bool transparent = false;
    qint64 users = -1;
};

/// The number option @p name into @p out; false when it is given and not a number in [min, max].
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max,
                double *out)
{
    if (!parser.isSet(name))
        return true;
    QString number = parser.value(name);
    if (name == QLatin1String("scale") && number.endsWith(QLatin1Char('x'), Qt::CaseInsensitive))
        number.chop(1);
    bool ok = false;
    *out = number.toDouble(&ok);
    return ok && *out >= min && *out <= max;
}

/// Parses the export's arguments; returns an error message, or an empty string.
QString parse(const QStringList &args, Options *o)
{
    QCommandLineParser parser;
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")},
        {{QStringLiteral("f"), QStringLiteral("format")}, QString(), QStringLiteral("format")},
        {QStringLiteral("scale"), QString(), QStringLiteral("N")},
        {QStringLiteral("dpi"), QString(), QStringLiteral("N")},
        {QStringLiteral("width"), QString(), QStringLiteral("N")},
        {QStringLiteral("ascii"), QString()},
        {QStringLiteral("transparent"), QString()},
        usersOption(),
    });
    if (const QString error = parseVerb(parser, args, 1, Tr::tr("a project file"));
        !error.isEmpty())
        return error;
    if (const QString error = readUsers(parser, &o->users); !error.isEmpty())
        return error;
    o->file = parser.positionalArguments().first();
    o->output = parser.value(QStringLiteral("output"));
    o->format = parser.value(QStringLiteral("format"));
    o->ascii = parser.isSet(QStringLiteral("ascii"));
    o->transparent = parser.isSet(QStringLiteral("transparent"));
    if (!readNumber(parser, QStringLiteral("scale"), MinScale, MaxScale, &o->scale))
        return Tr::tr("--scale takes a number from %1 to %2 (1 = 96 dpi), not \"%3\"")
            .arg(MinScale)
            .arg(MaxScale)
            .arg(parser.value(QStringLiteral("scale")));
    if (!readNumber(parser, QStringLiteral("dpi"), MinScale * BaseDpi, MaxScale * BaseDpi, &o->dpi))
        return Tr::tr("--dpi takes a number from %1 to %2, not \"%3\"")
            .arg(MinScale * BaseDpi)
            .arg(MaxScale * BaseDpi)
            .arg(parser.value(QStringLiteral("dpi")));
    double width = 0;
    if (!readNumber(parser, QStringLiteral("width"), MinTextWidth, MaxTextWidth, &width) ||
        width != std::floor(width))
        return Tr::tr("--width takes a whole number of columns from %1 to %2, not \"%3\"")
            .arg(MinTextWidth)
            .arg(MaxTextWidth)
            .arg(parser.value(QStringLiteral("width")));
    o->width = int(width);
    if (o->output.isEmpty())
        return Tr::tr("export needs an output file: -o OUT (or -o - for standard output)");
    if (o->scale > 0 && o->dpi > 0)
        return Tr::tr("give --scale or --dpi, not both");
    return {};
}

/// The format asked for, or an error message.
QString resolveFormat(const Options &o, ExportFormat *format)
{
    if (!o.format.isEmpty()) {
        const std::optional<ExportFormat> f = formatFromId(o.format);
        if (!f)
            return Tr::tr("unknown format \"%1\"; choose svg, png, txt, dot, md or mmd")
                .arg(o.format);
        const std::optional<ExportFormat> named = formatFromFileName(o.output);
        if (named && *named != *f)
            return Tr::tr("%1 names a %2 file, but --format asks for %3; make them agree")
                .arg(o.output, formatId(*named), formatId(*f));
        *format = *f;
        return {};
    }
    const std::optional<ExportFormat> f = formatFromFileName(o.output);
    if (!f)
        return Tr::
            tr("cannot tell the format from \"%1\"; name it .svg, .png, .txt, .dot, .md or .mmd, "
               "or give --format")
                .arg(o.output);
    *format = *f;
    return {};
}

QString checkApplicable(const Options &o, ExportFormat format)
{
    const QString name = formatId(format);
    if ((o.scale > 0 || o.dpi > 0) && format != ExportFormat::Png)
        return Tr::tr("--scale and --dpi apply to png, not %1").arg(name);
    if ((o.width > 0 || o.ascii) && format != ExportFormat::Text)
        return Tr::tr("--width and --ascii apply to txt, not %1").arg(name);
    if (o.transparent && format != ExportFormat::Png && format != ExportFormat::Svg &&
        format != ExportFormat::Dot)
        return Tr::tr("--transparent applies to png, svg and dot, not %1").arg(name);
    return {};
}

bool isStandardOutput(const QString &output)
{
    return output == QLatin1String("-");
}

} // namespace

bool exportNeedsGui(const QStringList &args)
{
    if (args.value(0) != QLatin1String("export"))
        return false;
    Options o;
    ExportFormat format = ExportFormat::Svg;
    if (!parse(args, &o).isEmpty() || !resolveFormat(o, &format).isEmpty())
        return false;
    return format == ExportFormat::Png;
}

QString exportUsage()
{
    return Tr::tr(
        "\n"
        "  storemap export FILE -o OUT [--format svg|png|txt|dot|md|mmd] [--scale N | --dpi N]\n"
        "                  [--width N] [--ascii] [--transparent] [--users N]\n"
        "\n"
        "export  draws the layout as the lesson's diagram: svg or png (Graphviz), txt (box\n"
        "        drawing; --ascii for + - |), dot, mmd (a Mermaid flowchart) or md (a decision\n"
        "        record with the fits, findings and the advisor's view). The format follows\n"
        "        OUT's extension unless --format is given; -o - writes to standard output.\n"
        "        Exit codes as above.\n");
}

int runExport(const QStringList &args, PngRenderer renderPng)
{
    Options o;
    if (const QString error = parse(args, &o); !error.isEmpty())
        return usageError(error);
    ExportFormat format = ExportFormat::Svg;
    if (const QString error = resolveFormat(o, &format); !error.isEmpty())
        return usageError(error);
    if (const QString error = checkApplicable(o, format); !error.isEmpty())
        return usageError(error);
    std::future<void> graphviz; // started while the project is read and analysed
    if (format == ExportFormat::Svg || format == ExportFormat::Png)
        graphviz = startGraphvizInBackground(DotFontName);

    const Catalog &catalog = Catalog::builtin();
    Project project;
    LoadError loadError;
    if (!readProjectFile(o.file, catalog, &project, &loadError)) {
        printError(QStringLiteral("%1: %2").arg(o.file, loadError.toString()));
        return ExitBadInput;
    }
    if (!isStandardOutput(o.output) &&
        QFileInfo(o.output).absoluteFilePath() == QFileInfo(o.file).absoluteFilePath()) {
        printError(
            Tr::tr("refusing to overwrite the input file %1; choose another output").arg(o.file));
        return ExitWriteFailed;
    }

    ExportOptions options;
    options.format = format;
    options.scale = o.dpi > 0 ? o.dpi / BaseDpi : (o.scale > 0 ? o.scale : 1);
    options.width = o.width > 0 ? o.width : options.width;
    options.ascii = o.ascii;
    options.transparent = o.transparent;
    QByteArray bytes;
    QString error;
    const qint64 users = o.users > 0 ? o.users : project.users;
    if (!exportProject(project, users, catalog, options, &bytes, &error, renderPng)) {
        printError(Tr::tr("could not export %1: %2").arg(o.file, error));
        return ExitWriteFailed;
    }

    if (isStandardOutput(o.output)) {
        const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) ==
                                 size_t(bytes.size()) &&
                             std::fflush(stdout) == 0;
        if (!written) {
            printError(Tr::tr("could not write to standard output"));
            return ExitWriteFailed;
        }
        return ExitOk;
    }
    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(Tr::tr("could not write %1: %2").arg(o.output, file.errorString()));
        return ExitWriteFailed;
    }
    return ExitOk;
}

} // namespace storemap
