#pragma once

namespace storemap {

/// Autosave: how long after the last edit unsaved work reaches the recovery file.
inline constexpr int DefaultAutosaveMs = 2000;
int autosaveIntervalMs();
void setAutosaveIntervalMs(int ms);

} // namespace storemap
