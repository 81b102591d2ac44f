#include "views/diagram/svgimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::SvgImage)
};

// Graphviz sizes its SVG in points; a scale of 1 draws one CSS pixel (1/96 inch) per pixel.
constexpr double PixelsPerPoint = BaseDpi / 72.0;
// Keeps a huge scale from asking for gigabytes: 100 megapixels (400 MB) at most.
constexpr double MaxPixels = 100.0 * 1000 * 1000;

} // namespace

QSize svgPixelSize(const QByteArray &svg, double scale)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    const QRectF box = renderer.viewBoxF();
    return QSize(int(std::ceil(box.width() * PixelsPerPoint * scale)),
                 int(std::ceil(box.height() * PixelsPerPoint * scale)));
}

QImage renderSvgImage(const QByteArray &svg, double scale, bool transparent, QString *error)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        if (error)
            *error = Tr::tr("the diagram's SVG could not be read");
        return {};
    }
    const QRectF box = renderer.viewBoxF();
    const double width = std::ceil(box.width() * PixelsPerPoint * scale);
    const double height = std::ceil(box.height() * PixelsPerPoint * scale);
    if (!(scale > 0) || width < 1 || height < 1 || width * height > MaxPixels) {
        if (error)
            *error = Tr::tr("an image of %1 x %2 pixels is too large; choose a smaller scale")
                         .arg(width)
                         .arg(height);
        return {};
    }
    QImage image(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? Qt::transparent : Qt::white);
    const int dotsPerMeter = int(std::lround(BaseDpi * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

bool renderPng(const QByteArray &svg, const ExportOptions &options, QByteArray *png, QString *error)
{
    QImage image = renderSvgImage(svg, options.scale, options.transparent, error);
    if (image.isNull())
        return false;
    if (!options.transparent)
        image.convertTo(QImage::Format_RGB32); // no alpha channel: a smaller file

    QBuffer buffer(png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = Tr::tr("the PNG could not be encoded");
        return false;
    }
    return true;
}

} // namespace storemap
