#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

#include <functional>
#include <optional>

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

/// Takes the argument after an option into @p out; false when there is none.
using TakeValue = std::function<bool(QString *out)>;
/// A verb's own options: handles @p option (taking its value with @p value) and returns the usage
/// error in plain words, empty when it is fine; std::nullopt for an option the verb lacks.
using OptionHandler =
    std::function<std::optional<QString>(const QString &option, const TakeValue &value)>;

/// Reads the arguments of the verb args[0]: its one project file into @p file, --users into
/// @p users (unchanged when absent), every other option through @p option. Returns the first usage
/// error in plain words, or an empty string.
QString parseVerbArguments(const QStringList &args, QString *file, qint64 *users,
                           const OptionHandler &option);

/// Runs a command-line verb and returns its exit code; prints to stdout and stderr. An export to
/// PNG is drawn by @p renderPng (see exportProject).
int runCommandLine(const QStringList &args, PngRenderer renderPng);

} // namespace storemap
