#pragma once

#include "../views/exporter.h"

#include <QStringList>

namespace storemap {

/// Exit codes of the command line (DESIGN.md §6).
enum ExitCode {
    ExitOk = 0,
    ExitThreshold = 1,
    ExitUsage = 2,
    ExitBadInput = 3,
    ExitWriteFailed = 4,
};

/// Names the program for its settings (organisation, name, version) and returns its arguments,
/// without the program itself. Both programs start with it.
QStringList startProgram(int argc, char *argv[]);

/// True when @p args (argv without the program) ask for a command-line verb, --help or
/// --version: these run without a display.
bool isCommandLine(const QStringList &args);

/// Reads the value of --users (the argument after it, @p value; null when it is missing) into
/// @p users. Returns the usage error in plain words, or an empty string.
QString parseUsersOption(const QString &value, qint64 *users);

/// Runs a command-line verb and returns its exit code; prints to stdout and stderr. An export to
/// PNG is drawn by @p renderPng (see exportProject).
int runCommandLine(const QStringList &args, PngRenderer renderPng);

} // namespace storemap
