#include "views/canvas/visuals.h"

#include "model/fit.h"
#include "model/scoring.h"

#include <QFile>
#include <QFontInfo>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>

namespace storemap {

QColor Visuals::fitColor(double fit)
{
    return QColor::fromRgb(fitColors(fitBand(fit)).fill);
}

QColor Visuals::fitTextColor(double fit)
{
    return QColor::fromRgb(fitColors(fitBand(fit)).text);
}

QColor Visuals::blend(const QColor &a, const QColor &b, double amount)
{
    const double k = qBound(0.0, amount, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k),
                            float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

QColor Visuals::textOn(const QColor &background)
{
    // WCAG relative luminance: dark text from where it contrasts more than white does.
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                     0.0722 * channel(background.blueF());
    const double dark = (l + 0.05) / (0.0078 + 0.05); // against rgb(20, 20, 20)
    const double light = (0.955 + 0.05) / (l + 0.05); // against rgb(250, 250, 250)
    return dark >= light ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

QColor Visuals::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xef, 0x9a, 0x1a);
    case Severity::Info:
        break;
    }
    return QColor(0x1e, 0x88, 0xe5);
}

QIcon Visuals::severityIcon(Severity severity)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(severity));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(severity));
        const QRectF r(size * 0.06, size * 0.06, size * 0.88, size * 0.88);
        if (severity == Severity::Warning) {
            QPolygonF triangle{QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()};
            p.drawPolygon(triangle);
        } else {
            p.drawEllipse(r);
        }
        p.setPen(QPen(Qt::white, size * 0.11, Qt::SolidLine, Qt::RoundCap));
        const double x = r.center().x();
        if (severity == Severity::Info) {
            p.drawPoint(QPointF(x, r.top() + r.height() * 0.28));
            p.drawLine(QPointF(x, r.top() + r.height() * 0.48),
                       QPointF(x, r.top() + r.height() * 0.76));
        } else {
            const double top = severity == Severity::Warning ? 0.36 : 0.24;
            p.drawLine(QPointF(x, r.top() + r.height() * top),
                       QPointF(x, r.top() + r.height() * 0.6));
            p.drawPoint(QPointF(x, r.top() + r.height() * 0.8));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(severity), icon);
    return icon;
}

QFont Visuals::legibleFont(QFont font, double zoom, double most)
{
    const double wanted = qMin(most, LegiblePixels / qMax(zoom, 0.01));
    if (QFontInfo(font).pixelSize() < wanted)
        font.setPixelSize(qCeil(wanted));
    return font;
}

QString Visuals::kindIconPath(const QString &kindId)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(kindId);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/store.svg");
}

QIcon Visuals::kindIcon(const QString &kindId)
{
    return QIcon(kindIconPath(kindId));
}

QPixmap Visuals::kindPixmap(const QString &kindId, int pixels)
{
    const QString key = QStringLiteral("storemap-kind:%1:%2").arg(kindId).arg(pixels);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QSvgRenderer(kindIconPath(kindId)).render(&painter);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace storemap
