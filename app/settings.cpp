#include "app/settings.h"

#include <QSettings>

#include <algorithm>

namespace storemap {

namespace {
constexpr int MinAutosaveMs = 100;
constexpr int MaxAutosaveMs = 600000;
} // namespace

int autosaveIntervalMs()
{
    return std::clamp(
        QSettings().value(QStringLiteral("autosaveIntervalMs"), DefaultAutosaveMs).toInt(),
        MinAutosaveMs, MaxAutosaveMs);
}

void setAutosaveIntervalMs(int ms)
{
    QSettings().setValue(QStringLiteral("autosaveIntervalMs"),
                         std::clamp(ms, MinAutosaveMs, MaxAutosaveMs));
}

bool gridLayout()
{
    return QSettings().value(QStringLiteral("gridLayout"), false).toBool();
}

void setGridLayout(bool on)
{
    QSettings().setValue(QStringLiteral("gridLayout"), on);
}

} // namespace storemap
