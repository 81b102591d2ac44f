#pragma once

#include "views/diagram/exporter.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace storemap {

/// The pixel size of Graphviz's @p svg (sized in points) drawn at @p scale; empty when the SVG
/// cannot be read.
QSize svgPixelSize(const QByteArray &svg, double scale);

/// Draws @p svg with Qt's SVG renderer at @p scale (1 = 96 dpi, 2 = retina), on white or on a
/// transparent background. Needs a QGuiApplication (fonts); safe in a worker thread. Returns a
/// null image and says why in @p error when the SVG cannot be read or the image would be too big.
QImage renderSvgImage(const QByteArray &svg, double scale, bool transparent, QString *error);

/// exportProject's PngRenderer: @p svg drawn by renderSvgImage at @p options' scale and
/// background, encoded as PNG into @p png. Needs a QGuiApplication.
bool renderPng(const QByteArray &svg, const ExportOptions &options, QByteArray *png,
               QString *error);

} // namespace storemap
