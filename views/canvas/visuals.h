#pragma once

#include "model/analysis.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QSvgRenderer;

namespace storemap {

/// Colours and icons shared by the canvas and the panels, so one fit reads the same everywhere.
class Visuals
{
public:
    /// The fill of @p fit's band (model/fit.h), and the text colour that reads on it.
    static QColor fitColor(double fit);
    static QColor fitTextColor(double fit);
    /// @p a mixed with @p b: @p amount 0 is all a, 1 is all b.
    static QColor blend(const QColor &a, const QColor &b, double amount);
    /// Black or white, whichever reads on @p background.
    static QColor textOn(const QColor &background);
    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);
    /// The kind's SVG icon (":/icons/<kind>.svg"); a generic one for an unknown kind.
    static QIcon kindIcon(const QString &kindId);
    /// The kind's icon, @p pixels wide and high; drawn once per size, then cached.
    static QPixmap kindPixmap(const QString &kindId, int pixels);
    static QString kindIconPath(const QString &kindId);
    /// Below this zoom the canvas draws plain boxes: text would be unreadable and, with thousands
    /// of entities on screen, slow to draw.
    static constexpr double FarZoom = 0.35;
    /// The outline of a chip a comparison marks (moved, added or removed).
    static constexpr QColor MarkColor{230, 126, 34};
    /// The smallest text, in screen pixels, the canvas draws while zoomed out.
    static constexpr double LegiblePixels = 7.5;
    /// @p font, grown when @p zoom would shrink it below LegiblePixels on screen, but to no more
    /// than @p most scene pixels (the room it has): zoomed out, names stay readable.
    static QFont legibleFont(QFont font, double zoom, double most);
};

} // namespace storemap
