#include "model/fit.h"

#include "model/scoring.h"

namespace storemap {

FitBand fitBand(double fit)
{
    if (fit < 0)
        return FitBand::Unknown;
    if (rounded(fit) >= 80)
        return FitBand::Good;
    if (rounded(fit) >= 60)
        return FitBand::Fair;
    return FitBand::Poor;
}

FitColors fitColors(FitBand band)
{
    switch (band) {
    case FitBand::Good:
        return {0xD4EED6, 0x1B5E20};
    case FitBand::Fair:
        return {0xFFEBB8, 0x6D4C00};
    case FitBand::Poor:
        return {0xF8D3D0, 0x9A1B12};
    case FitBand::Unknown:
        break;
    }
    return {0xEEEEEE, 0x555555};
}

QString formatFit(double fit)
{
    return fit < 0 ? QStringLiteral("–") : formatTenths(fit);
}

} // namespace storemap
