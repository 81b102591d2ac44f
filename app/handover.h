#pragma once

#include <QString>

#include <chrono>
#include <vector>

namespace storemap {

/// A place storemap-gui was looked for, and why it could not be started from there (an errno).
struct GuiAttempt
{
    QString path;
    int error = 0;
};

/// Replaces this process with storemap-gui, the designer and the PNG export: same pid, same
/// @p argv. Looks next to this program first (the build tree), then in
/// <bindir>/../libexec/storemap, where it is installed. storemap-gui learns when this process
/// @p started (see takeHandOverStart). Returns only when it could not be started: every place
/// tried and why.
std::vector<GuiAttempt> execGui(char *argv[], std::chrono::steady_clock::time_point started);

/// Says on stderr, in plain words, that storemap-gui could not be started and names the places
/// tried; returns the exit code (usage error).
int reportGuiMissing(const std::vector<GuiAttempt> &attempts);

/// In storemap-gui: when the storemap process that handed over to it started, or now when it was
/// started directly. Takes the value out of the environment, so no child process inherits it.
std::chrono::steady_clock::time_point takeHandOverStart();

} // namespace storemap
