#pragma once

namespace storemap {

/// Autosave: how long after the last edit unsaved work reaches the recovery file.
inline constexpr int DefaultAutosaveMs = 2000;
int autosaveIntervalMs();
void setAutosaveIntervalMs(int ms);

/// Whether the canvas lays the stores out in a grid that fits the window (View > Grid Layout).
bool gridLayout();
void setGridLayout(bool on);

} // namespace storemap
