#include "app/exportcommand.h"

#include "app/cli.h"

#include "model/projectio.h"
#include "views/diagram/exporter.h"
#include "views/diagram/graphviz.h"
#include "views/diagram/textdiagram.h"

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
    const QByteArray bytes = QStringLiteral("storemap: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printError(message);
    const QByteArray hint = Tr::tr("Try \"storemap --help\".\n").toUtf8();
    std::fwrite(hint.constData(), 1, size_t(hint.size()), stderr);
    return ExitUsage;
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

/// Parses the export's arguments; returns an error message, or an empty string.
QString parse(const QStringList &args, Options *o)
{
    const QString error = parseVerbArguments(
        args, &o->file, &o->users,
        [o](const QString &a, const TakeValue &value) -> std::optional<QString> {
            QString v;
            bool ok = false;
            if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
                if (!value(&o->output) || o->output.isEmpty())
                    return Tr::tr("%1 needs a file name").arg(a);
            } else if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
                if (!value(&o->format))
                    return Tr::tr("--format takes svg, png, txt, dot or md");
            } else if (a == QLatin1String("--scale")) {
                if (!value(&v))
                    return Tr::tr("--scale needs a number");
                QString number = v;
                if (number.endsWith(QLatin1Char('x'), Qt::CaseInsensitive))
                    number.chop(1);
                o->scale = number.toDouble(&ok);
                if (!ok || !(o->scale >= MinScale && o->scale <= MaxScale))
                    return Tr::tr("--scale takes a number from %1 to %2 (1 = 96 dpi), not \"%3\"")
                        .arg(MinScale)
                        .arg(MaxScale)
                        .arg(v);
            } else if (a == QLatin1String("--dpi")) {
                if (!value(&v))
                    return Tr::tr("--dpi needs a number");
                o->dpi = v.toDouble(&ok);
                if (!ok || !(o->dpi >= MinScale * BaseDpi && o->dpi <= MaxScale * BaseDpi))
                    return Tr::tr("--dpi takes a number from %1 to %2, not \"%3\"")
                        .arg(MinScale * BaseDpi)
                        .arg(MaxScale * BaseDpi)
                        .arg(v);
            } else if (a == QLatin1String("--width")) {
                if (!value(&v))
                    return Tr::tr("--width needs a number of columns");
                o->width = v.toInt(&ok);
                if (!ok || o->width < MinTextWidth || o->width > MaxTextWidth)
                    return Tr::tr(
                               "--width takes a whole number of columns from %1 to %2, not \"%3\"")
                        .arg(MinTextWidth)
                        .arg(MaxTextWidth)
                        .arg(v);
            } else if (a == QLatin1String("--ascii")) {
                o->ascii = true;
            } else if (a == QLatin1String("--transparent")) {
                o->transparent = true;
            } else {
                return std::nullopt;
            }
            return QString();
        });
    if (!error.isEmpty())
        return error;
    if (o->file.isEmpty())
        return Tr::tr("export needs a project file");
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
            return Tr::tr("unknown format \"%1\"; choose svg, png, txt, dot or md").arg(o.format);
        *format = *f;
        return {};
    }
    const std::optional<ExportFormat> f = formatFromFileName(o.output);
    if (!f)
        return Tr::tr("cannot tell the format from \"%1\"; name it .svg, .png, .txt, .dot or .md, "
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
        "  storemap export FILE -o OUT [--format svg|png|txt|dot|md] [--scale N | --dpi N]\n"
        "                  [--width N] [--ascii] [--transparent] [--users N]\n"
        "\n"
        "export  draws the layout as the lesson's diagram: svg or png (Graphviz), txt (box\n"
        "        drawing; --ascii for + - |), dot, or md (a decision record with the fits,\n"
        "        findings and the advisor's view). The format follows OUT's extension unless\n"
        "        --format is given; -o - writes to standard output. Exit codes as above.\n");
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
        graphviz = startGraphvizInBackground();

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
