#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace storemap {

enum class ExportFormat { Svg, Png, Text, Dot, Markdown, Mermaid };

/// What an export makes and how: the command line's options and the export dialog's controls.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Svg;
    double scale = 1;         ///< PNG: 1 = 96 dpi, 2 = twice as many pixels each way
    int width = 100;          ///< text: columns before the store boxes wrap into another row
    bool ascii = false;       ///< text: + - | instead of box drawing
    bool transparent = false; ///< SVG, PNG and DOT: no background
};

/// "svg", "png", "txt", "dot", "md", "mmd": the command line's --format values and file extensions.
QString formatId(ExportFormat format);
std::optional<ExportFormat> formatFromId(QStringView id);
/// The format a file name asks for by its extension (".text", ".markdown" and ".mermaid" count
/// too).
std::optional<ExportFormat> formatFromFileName(const QString &fileName);

/// The smallest and largest PNG scales offered (a scale of 10 is 960 dpi).
inline constexpr double MinScale = 0.25;
inline constexpr double MaxScale = 10;

/// The screen resolution a scale of 1 stands for: 1x is 96 dots per inch.
inline constexpr double BaseDpi = 96;

/// Draws Graphviz's @p svg as the bytes of a PNG file, at the scale and on the background of
/// @p options; returns false and says why in @p error when it cannot. Qt's SVG renderer needs
/// QtGui and QtSvg, which this library does not link (the command line would pay for loading
/// them at every start): the GUI passes svgimage.h's renderPng.
using PngRenderer = bool (*)(const QByteArray &svg, const ExportOptions &options, QByteArray *png,
                             QString *error);

/// Exports @p project, analysed at @p users, in the format of @p options; a PNG is drawn by
/// @p renderPng (without one, PNG fails). Returns false and says why in @p error when Graphviz or
/// the renderer fails.
bool exportProject(const Project &project, qint64 users, const Catalog &catalog,
                   const ExportOptions &options, QByteArray *out, QString *error,
                   PngRenderer renderPng);

} // namespace storemap
