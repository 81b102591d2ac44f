#pragma once

#include <QString>

namespace storemap {

/// How a fit reads, on the canvas, in the panels and in every export: one rule (DESIGN.md §7).
enum class FitBand { Good, Fair, Poor, Unknown };

/// Good from 80, fair from 60, poor below, judged on the fit as it is shown (one decimal), so a
/// "79.6" is fair wherever it appears; unknown for no fit (fit < 0: unplaced, or no patterns).
FitBand fitBand(double fit);

/// An sRGB colour as 0xRRGGBB: the command line needs no QColor, so it links no QtGui.
using Rgb = quint32;

/// The colours of a fit band: a light fill and a dark text colour that reads on it.
struct FitColors
{
    Rgb fill;
    Rgb text;
};
FitColors fitColors(FitBand band);

/// "88.5", or "–" for no fit (unplaced, no access patterns, nothing scored).
QString formatFit(double fit);

} // namespace storemap
